// Package index is the searchable side of the archive: a bleve index that holds only redacted
// documents. Its writer accepts *redact.Redacted and nothing else.
//
// The index is the only plaintext an archive keeps, so it holds only what a researcher may
// read: the redacted title and text of each testimony and its safe metadata (topics, interview
// year, language, policy name, status). Never the original, never the run report.
//
// For the common case, create the index once, add what the redaction engine returns, and
// search it from another process read-only:
//
//	ix, err := index.Create(dir)
//	...
//	err = ix.Add(redacted...) // *redact.Redacted, from redact.Engine.Redact
//	...
//	ix.Close()
//
//	ix, err = index.OpenReadOnly(dir, 2*time.Second)
//	if errors.Is(err, index.ErrBusy) {
//		// an ingest is writing; say so and let the user retry
//	}
//	res, err := ix.Search(index.Request{Query: `+topic:remittance "border city"`, Limit: 20})
//
// # Only redacted text
//
// Add takes *redact.Redacted. Its fields cannot be set outside package redact, and the engine
// returns one only after a run that passed its residual check, so a string, a byte slice or a
// look-alike struct does not compile (a test in this package proves it). Everything that
// reaches bleve goes through one conversion, which copies the redacted title and text and the
// safe metadata and leaves the report behind. The mapping is static: a field bleve is not told
// about is not indexed.
//
// # Locking
//
// bleve keeps its root in a bolt file, and bolt locks it: one writer, or any number of
// readers, at a time, across processes. Open takes the writer lock and OpenReadOnly a reader
// lock; both wait at most the timeout they are given and then return ErrBusy, so a search
// during a long ingest says "busy" instead of hanging. A timeout of zero tries once. Close
// releases the lock. The index also records a ten-second lock timeout in its own metadata, so
// even a tool that opens it with plain bleve gives up instead of blocking forever.
//
// # Writing
//
// Add hands documents to bleve in batches of BatchSize (1,000, where bleve's throughput levels
// off), and returns once every batch is on disk (bleve's unsafe_batch mode is never used: it
// lost the last batch on close). Adding a document whose ID is indexed replaces it, so a bulk
// ingest re-run after a crash leaves no duplicates (the replaced copy, itself redacted, stays
// in a segment file until bleve merges it away). Files are created 0600 and directories 0700.
//
// Delete removes documents by ID, for withdrawal. bleve itself only marks a deleted document
// inside its segment file; Delete also rewrites the index into one segment without it and
// waits until the old files are removed, so that when it returns no file of the index holds
// the withdrawn text. The old files are unlinked, not overwritten: on a disk without
// encryption their blocks stay readable to forensic tools until reused. Keep archives on an
// encrypted volume.
//
// # Search
//
// Search takes bleve's query-string syntax: words, "quoted phrases", +required and -excluded
// terms, and field:value for the fields text, title, topic, year, language, policy and status,
// with ranges on the year (year:>=2015). Words and phrases without a field search the title
// and the text (the index has no _all field; the query is rewritten instead, which saves
// indexing every word twice). An empty query or "*" matches every document. Each hit carries
// up to three snippets of its redacted text, with the matched words between MarkStart and
// MarkEnd, and every result counts the values of the facet fields (FacetFields: topic, year,
// language, policy) over all matches, not only the returned page; the term "" counts the
// matches without a value (each document lists the facet fields it lacks in the unstored
// field "missing", so missing:year finds testimonies without a known year). The facet fields
// are exact and case-insensitive: topic:Remittance finds topic "remittance".
//
// # Analysis
//
// Title and text, in English and Korean alike, go through one analyzer: bleve's unicode
// tokenizer, then a Hangul filter, then bleve's English filters (possessive, lower case,
// stop words, Porter stemmer). The Hangul filter splits every run of Hangul into overlapping
// two-syllable terms (북한에서 → 북한 한에 에서): Korean attaches particles and endings to
// words, so whole words would never match the bare noun a researcher types, and bleve's own
// cjk analyzer leaves Hangul words whole. The English filters do not touch Hangul terms.
//
// One analyzer rather than a field per language, because testimonies mix scripts (Korean
// interviews quote English names and organisations, English ones quote Korean words and
// places), because the language tag can be missing or wrong, and because a query then means
// the same thing whichever language it is typed in and whichever documents it hits, without a
// researcher naming a field. The cost is that English words in Korean documents are stemmed
// too, which is what one wants anyway.
//
// In a query, a Korean word is searched as the phrase of its bigrams, so 어머니 finds 어머니가
// but not a document that merely contains 머니 elsewhere. Decomposed Hangul (conjoining jamo)
// is composed first, so it matches text typed in the usual precomposed form.
//
// # Benchmarks
//
// BenchmarkIndex and BenchmarkSearch in this package measure Add and Search on generated 5 KB
// documents (a Zipf-distributed vocabulary, English and Korean):
//
//	go test ./index/ -run '^$' -bench BenchmarkIndex -benchtime 2x -count 3
//	go test ./index/ -run '^$' -bench BenchmarkSearch -benchtime 1800x
//
// BenchmarkSearch reports the median and 90th percentile of Search on 10,000 documents beside
// the same queries through bleve alone (SearchWithBleveOnly), with bleve's term facets and
// with nothing but hits. Search counts facets itself (facetCounter): bleve's term facets read
// the doc values of four fields for every match, which for a common word was 80% of a search;
// intersecting the matches with the postings of each facet value costs a fraction of that.
//
// BenchmarkIndex reports docs/s (wall clock) and docs/cpu-s (documents per second of process
// CPU time, which stays steady when other work shares the machine). IndexWithBleveOnly indexes the same documents with bleve alone, with the same
// mapping and batches, so that a benchmark elsewhere (the archive's end-to-end ingest) can
// report its throughput as a fraction of bleve's, measured in the same process.
package index
