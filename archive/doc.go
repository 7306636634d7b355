// Package archive is Testimony's archive on disk: age-encrypted originals, encrypted
// redaction reports, a bleve index that holds only verified redacted copies, a manifest and an
// audit log (hash chain, Merkle tree, signed checkpoints), behind one writer lock.
//
// For the common case, create an archive once with [Init], then [Open] it and call
// [Archive.Ingest] with files or directories. Ingest needs only the archive's public
// recipients; no private key is ever read. Researchers use [Archive.Search], [Archive.Show] and
// [Archive.List], which need no key either. [Archive.Reveal] and [Archive.Withdraw] need an
// identity (see [LoadIdentities]) and are audited, as are [Archive.PolicyDiff] (two policies
// over every original, in memory: counts of what would change) and [Archive.Reindex] (a
// policy applied to the whole archive as new runs, switched to atomically). So is a
// reviewer's side (see Review).
//
//	res, _ := archive.Init(dir, archive.InitOptions{IdentityOut: keyFile})
//	a, _ := archive.Open(dir)
//	results, err := a.Ingest(ctx, []string{"interviews/"}, archive.IngestOptions{Policy: "defector-family"})
//	hits, _ := a.Search(index.Request{Query: "border", Limit: 10})
//
// # Promises
//
//   - Nothing readable is written to disk. The original bytes, the metadata (interviewee,
//     interviewer, sensitive terms, consent) and every redaction report (which holds the
//     removed surface forms) are age-encrypted as a stream before any byte reaches a file;
//     there are no plaintext temporary files, caches or logs. The index holds redacted text
//     only, and it accepts nothing but *redact.Redacted, the output of a verified run.
//   - Before a run reaches the index, the archive repeats a residual check of its own,
//     behind the engine's: no known identifier (interviewee, interviewer, speakers, sensitive
//     terms) and no removed direct identifier may remain in the redacted title or text
//     (Latin script: case-sensitive whole words; Hangul: anywhere, since particles attach to
//     names). A hit keeps the testimony pending; nothing of it is indexed.
//   - Errors name the file or the testimony ID and the problem; they never quote testimony
//     text.
//   - Every file is written atomically and in a fixed order, so a crash leaves nothing
//     half-visible, and [Archive.Check] can tell and repair what it left. A file something
//     already refers to is replaced by a temporary file in the same directory, fsynced and
//     renamed into place, and the directory fsynced. The objects and reports an ingest
//     creates get new names nothing refers to yet: they are written under those names and
//     made durable for the whole batch (see Write order) before the manifest refers to them;
//     a crash before that leaves files no entry names, which check --repair deletes.
//   - A file that fails validation (unreadable, empty, not UTF-8, binary, malformed front
//     matter, unknown policy) is refused before anything is stored for it: the archive stays
//     byte for byte as it was.
//   - A file whose redaction fails after its original was stored stays stored, encrypted, with
//     status pending; nothing of it is indexed. Re-running the same ingest completes it.
//   - Re-running an ingest never duplicates a testimony (see Fingerprints below).
//
// # Keys
//
// Keys follow age's conventions. [InitOptions.Recipients] and [InitOptions.RecipientsFile]
// take X25519 recipients (age1...), hybrid post-quantum recipients (age1pq1...) and plugin
// recipients (age1yubikey1..., for hardware tokens). Without recipients, Init generates an
// X25519 identity and writes it, mode 0600, in age-keygen's format to
// [InitOptions.IdentityOut], which must be outside the archive; the file and its folder are
// fsynced before the archive is made. [LoadIdentities] reads
// identity files as age-keygen writes them, passphrase-protected identity files (age -p), and
// plugin identities (AGE-PLUGIN-...).
//
// Init also creates the archive secret (secret.age: 32 random bytes, hex-encoded, encrypted
// to the recipients). It keys archive-wide pseudonyms, which only policies that ask for them use;
// ingesting with such a policy needs an identity ([IngestOptions.Identities]) to unlock it.
// Every other ingest needs no private key.
//
// Init also creates the archive's checkpoint key: an Ed25519 key for C2SP signed notes, named
// after the archive ("testimony.archive/<archive_id>", archive_id 32 random hex digits). The
// private (signer) key is in signing.age, encrypted to the recipients; the public verifier key
// is checkpoint_key in testimony.toml and is recorded in the audit log by a key entry. Before
// the key entry, Init signs a first checkpoint (of the init entry) and stores it as
// audit.log.checkpoint, so a log that records a key always has a stored checkpoint. signing.age
// is created exclusively: nothing ever writes over it. Appending to the log needs no key;
// [Archive.Checkpoint] (audit checkpoint) needs an identity that decrypts signing.age. An
// archive made before checkpoints has neither archive_id nor key: its first Checkpoint checks
// that neither signing.age nor a key entry exists, that the log verifies and that the identity
// decrypts secret.age, then creates both (signing.age, a stored checkpoint signed by it, the
// key entry, then testimony.toml, in that order) and signs. A testimony.toml without
// checkpoint_key while signing.age or a key entry exists is an edit: Checkpoint refuses to
// make a new key, and verification fails ("the log records checkpoint key X; testimony.toml
// has none").
//
// # Fingerprints
//
// To recognise a file ingested before, the manifest keeps, per testimony, the HMAC-SHA256 of
// the original bytes under fingerprint_key, a random key in testimony.toml. The key is not
// protected: it must be readable by an ingest that has no private key. So someone with the
// disk and an exact copy of an original can confirm that this original is in the archive
// (and learn its ID, status and ingest time). They learn nothing about files they do not
// already hold, and fingerprints cannot be compared across archives. A file that differs by
// one byte is a new testimony.
//
// # On-disk format, version 1
//
// An archive is one directory, mode 0700; every file in it is mode 0600.
//
//	ARCHIVE/
//	  testimony.toml       format = 1, created, default_policy, recipients, fingerprint_key,
//	                       archive_id, checkpoint_key, reveal_reason_required, review_required
//	  secret.age           the archive secret, encrypted to the recipients
//	  signing.age          the checkpoint signer key, encrypted to the recipients
//	  manifest.json        the catalogue: one entry per testimony (below)
//	  objects/<id>.age     one per testimony: the original and its metadata, encrypted
//	  reports/<id>-<run>.age  one per redaction run: the engine's report, encrypted
//	  amendments/<id>-<v>.age  per amended testimony: reviewers' added terms and kept forms,
//	                       encrypted (created by the first amendment)
//	  index/               the bleve index: redacted text and safe metadata only
//	  index.current        the name of the index in service (index-<run>), after a reindex
//	  index-<run>/         an index built by a reindex (see Index location)
//	  audit.log            append-only JSON lines, hash-chained and a Merkle tree (package audit)
//	  audit.log.head       the last sequence number and hash of audit.log
//	  audit.log.checkpoint the latest signed checkpoint (C2SP signed note); from the first at init
//	  lock                 the writer lock (flock); empty
//	  rekey/               only while a rekey runs (see Rekey)
//
// testimony.toml holds no secret. A reader refuses a format newer than its own. With
// reveal_reason_required = true (init --require-reveal-reason; false by default, and older
// archives read as false) [Archive.Reveal] refuses to run without a reason, before it takes
// the lock or decrypts anything.
//
// A testimony ID is "t" followed by 20 base32 characters (100 random bits from crypto/rand).
// IDs are never derived from content or names. A run ID is 16 random hex digits.
//
// An object is an age file whose plaintext is one line of JSON (format, the input file's
// base name, its transcript format, the front matter including interviewee, interviewer,
// sensitive terms and consent, the speaker labels, the size and SHA-256 of the original, the
// ingest time), a newline, and then the original bytes exactly as read. [Archive.Reveal]
// returns those bytes after checking their size and hash.
//
// A report is an age file holding one JSON object: format, testimony ID, run ID, time, and the
// engine's redact.Report (policy name, version and SHA-256, every span with its surface form,
// category, rule, reason and replacement, counts per category, hashes of input and output).
//
// An amendments file is an age file holding one JSON object: format, testimony ID, terms
// (each with the text, the actor and the time) and keep (the same, with the reason). It is
// never changed: an amendment writes a new file under a new random version <v> and the
// manifest entry then names it; the superseded file is deleted.
//
// manifest.json is {"format": 1, "entries": [...]} (with "reindex" between them only while a
// reindex switches indexes; see Write order), one entry per line, each entry: id, status (released, review,
// pending, rejected; withdrawing while a withdrawal runs), ingested (time), policy, policy_version,
// policy_sha256, fingerprint, object_sha256 (of the ciphertext), run and report_sha256 (of the
// report's ciphertext), counts (per category), output_sha256 (of the redacted text), review
// (held by request), problem (fixed wording: why a testimony is pending), amendments and
// amendments_sha256 (the amendments file's version and the SHA-256 of its ciphertext). It holds nothing
// that identifies anyone: no names, no file names, no text.
//
// The audit log has one entry per step: init; per testimony ingest (object stored, with the
// ciphertext's SHA-256), redact (policy name, version and SHA-256, counts, output hash, or
// that it failed), index or review; per reindex the same redact, index or review entries
// (detail "reindex") and a reindex summary; policy-diff (both policies and the totals;
// whether the caller asked to see the text, never the text); reveal (with the reason as given, checked like a
// reviewer's); inspect (a reviewer saw the original and the report), approve, reject and
// amend (with the reviewer's reason as given; a reason that contains a removed form, a known
// identifier, an added term or a kept form is refused before anything is written; amend records how
// many terms were added, never the terms); withdraw; repair; rekey; key (a new checkpoint key: "checkpoint key created:
// <verifier key>"); checkpoint (a signed checkpoint: "checkpoint signed: size N, root
// <base64>"). Entries hold IDs, hashes, counts and fixed wording, never text.
// Each line is the canonical JSON of its entry and a leaf of an RFC 6962 Merkle tree; a
// checkpoint is the C2SP tlog-checkpoint body "<origin>\n<N>\n<base64 root>\n" signed with the
// checkpoint key. Package audit documents the format and what verification checks.
// Every entry whose step wrote an encrypted file records that file's SHA-256 and size under
// files, by its path in the archive: init (secret.age and any other *.age it made), ingest
// (the object), redact (the report, reindex and a reviewer's new run included), amend (the
// new amendments file), rekey (every file it re-encrypted). That is what
// check --read-data authenticates against without a key. A step that writes a new *.age
// file must record it the same way, or check --read-data reports the file as not recorded.
//
// # Index location
//
// The index in service is the directory index.current names ("index-" and 16 hex digits),
// or index/ when there is no index.current (every archive until its first reindex). Every
// command resolves it the same way when it opens the index. A reindex builds a new
// index-<run>/ beside the one in service and switches by replacing index.current atomically
// (temporary file, fsync, rename, fsync of the archive directory): a reader sees the old
// index or the new one, never a mix. A reader that opened the old index keeps its view until
// it closes it; the old directory is removed after the switch (once its readers let go, or
// after a few seconds, when the file system keeps their open files until they close them).
// Any other index directory is left by an interrupted reindex: check reports it and
// check --repair removes it.
//
// # Write order
//
// Ingest validates every input first. Then, per testimony, in this order:
//
//  1. the encrypted object (objects/<id>.age, created under its final name, no fsync);
//  2. the redaction, then the encrypted report (reports/<id>-<run>.age, the same way);
//  3. per batch of about 1000 testimonies: an fsync of each of the batch's objects and
//     reports, then of objects/ and reports/;
//  4. manifest.json, rewritten atomically, with every testimony of the batch: those to be
//     released are still pending ("indexing not finished");
//  5. one index batch with the released documents;
//  6. manifest.json again, with their final status (released);
//  7. the batch's audit entries, appended with one write and an fsync.
//
// A crash before step 4 leaves objects and reports the manifest does not know: their ingest
// was never reported done, check --repair deletes them (ciphertext), and a re-run of the
// ingest stores them again. A crash between steps 4 and 6 leaves pending testimonies, some
// perhaps already in the index: check --repair takes them out of the index, and a re-run of
// the ingest recognises each file by its fingerprint and completes it under the same ID,
// writing no second object. A crash before step 7 leaves testimonies without audit
// entries; check --repair writes them from the manifest, marked as recorded by repair, when
// the log verifies (never into a log that does not: it is evidence). So
// the CLI's check --repair --read-data runs [Archive.ReadData] first and repairs nothing
// when it finds a problem: those entries would vouch for a planted object or report.
//
// A write that fails without a crash (a full disk, say) is cleaned up at once: before step 4
// the batch's new objects and reports are removed again and each of its files is reported
// "not stored"; if step 6 fails, the batch's documents leave the index again and the audit
// log records them as pending, and each file is reported stored under its ID but not
// finished (a re-run completes it). Every file gets its own error and the archive passes
// check without repair, unless an append to the audit log or that index delete fails too (the
// same full disk): then the ingest's error says what is left, check lists it (documents of
// pending testimonies in the index, testimonies without audit entries), and check --repair
// removes those documents from the index and writes the missing entries from the manifest.
//
// [Archive.Reindex] (holding the writer lock throughout, with an identity that must decrypt
// secret.age before anything is written) redacts every testimony again from its original,
// decrypted in memory only, through the same engine and residual checks as ingest:
//
//  1. per testimony, the new encrypted report (reports/<id>-<run>.age, a new name, no
//     fsync); the released ones go into a new index, index-<run>/, built beside the one in
//     service, in batches; before each batch is indexed its reports and reports/ are fsynced;
//  2. the new index is closed, its directory and the archive directory fsynced;
//  3. manifest.json, rewritten atomically, with every new run (policy, counts, output hash,
//     status) and a journal ("reindex": the new index's name and the IDs redacted again);
//  4. index.current, replaced atomically: the new index is in service;
//  5. the audit entries: per testimony redact (detail "reindex", or that it failed) and
//     index or review, then a summary entry of action reindex naming the new index;
//  6. manifest.json without the journal;
//  7. the old index (after its readers let go, or a few seconds) and the superseded reports
//     are deleted.
//
// An error before step 3 (a report or the index cannot be written) deletes what steps 1 and
// 2 wrote; a crash there leaves an index not in service and reports nothing refers to,
// which check --repair deletes. Either way the old index stays in service and the manifest
// unchanged. From step 3 on the manifest refers only to durable reports and a complete
// index; a crash after it leaves the journal, and check --repair finishes steps 4 to 7
// (writing the audit entries, marked as recorded by repair, unless the summary is already
// there). Ingest and withdraw refuse to start while the journal is there. A testimony whose
// new run fails (its original cannot be read, or the engine or a residual check fails) is
// pending afterwards, out of the new index, with problem "reindex failed": nothing stays
// searchable under a policy the archive no longer applies to it; reindex names it and exits
// non-zero, and a later reindex retries it with the policy recorded for it. One that was
// held for review is also marked review: a later run goes to a reviewer again, never
// straight to the index. A rejected testimony stays rejected: a successful run is a new run,
// never indexed, whatever the policy; a failed one leaves its earlier run and report in
// place, with problem "reindex failed".
//
// Withdraw first marks the testimony withdrawing in the manifest, then deletes the index
// document, the reports and the object, appends the withdraw entry, and finally drops the
// manifest entry. check --repair finishes a withdrawal a crash interrupted.
//
// # Review
//
// A testimony is held for review (status review, not indexed) when its policy says
// review_required (pow), when testimony.toml says review_required = true, or when it was
// ingested with [IngestOptions.Review]. Once held, or approved, the entry's review flag stays
// set: every later run (a reindex to a weaker policy too) goes to a reviewer again. Every
// reviewer action needs identities that decrypt its object: holding the key is the authority;
// once it is proved, the action refuses an archive another write left unfinished (an
// interrupted reindex, rekey or withdrawal, an incomplete audit entry) before writing anything. [Archive.ReviewQueue] lists what waits (no
// key). [Archive.ReviewShow] returns the original, the redacted copy rendered from the run's
// spans (checked against the run's output hash) and every span; an HTML file it writes holds
// original text, so it is created mode 0600, never inside the archive, never over a file.
//
// [Archive.Approve] indexes a testimony under review. The redacted text is stored nowhere but
// the index, and the index accepts only *redact.Redacted, so approve redacts the decrypted
// original again with the run's policy (name, version and SHA-256 must be the recorded ones,
// otherwise a new run is needed) and the same amendments, repeats the residual check, and
// indexes the result only if its output hash is the reviewed run's. Order: index, manifest
// (released), audit (approve, with the reason, and index, as an ingest writes it). A crash after the index leaves a review entry in the index, which check
// --repair takes out. [Archive.Reject] sets status rejected: original and report are kept,
// nothing is indexed.
//
// [Archive.Amend] adds sensitive terms, keeps a false positive (Document.Keep), or just asks
// for a new run. Order: the new amendments file and report under new names, fsynced; for a
// released testimony, its index document is deleted; the manifest (status review, new run);
// the audit entries (amend, redact, review); then the superseded report and amendments file
// are deleted. A crash before the manifest leaves files nothing names (check --repair deletes
// them: the amendment did not happen); a crash after the index deletion leaves a released
// entry that is not indexed (check --repair marks it pending). Either way nothing a reviewer
// asked to remove stays searchable. A pending testimony with amendments is redone by
// review rerun, not by ingest, which has no key to read them.
//
// # Rekey
//
// [Archive.Rekey] re-encrypts every *.age file (outside the index directories) to a new
// recipient set, streaming each through age decryption and encryption in memory. Phase one
// writes every new ciphertext to rekey/<same path> and fsyncs them and their directories;
// any failure removes rekey/ and the archive is as it was. Then rekey/journal.json (paths,
// old and new size and SHA-256, the new recipients: no secret) is written atomically: that
// commits the rekey. Phase two, which needs no key and can run again from any point:
// testimony.toml gets the new recipients, each new file is renamed over its old one (a file
// that already has its new hash is left alone; one removed since, or rewritten with the
// manifest recording its new hash, is skipped and named; any other read error or hash stops
// the rekey with an error naming the file, keeping rekey/ and the journal),
// the manifest's object_sha256, report_sha256 and amendments_sha256 are updated where they still hold the old
// hash, the audit log gets one rekey entry per testimony with its new files and a last one
// with the counts, the other files and the new recipients' fingerprints (SHA256: and 16 hex
// digits of the SHA-256 of the recipient string), once per rekey, and rekey/ is removed.
// check reports rekey/; check --repair rolls back a rekey without a journal (deletes rekey/)
// and finishes one with a journal. At every point each file decrypts with the old identities
// or with the new ones. While a committed rekey is unfinished, [Open] encrypts new files to
// the journal's recipients, so an ingest before the repair writes nothing only the old key
// opens. A Rekey that re-encrypted fewer files than it staged (one removed while it held the
// lock) finishes and returns an error naming them. Rekey refuses to start while check finds
// a problem or an earlier rekey is unfinished. TestRekeyCrashAtEveryStep stops a rekey after each step;
// TestRekeyCrashRecovery (-archive.rekeycrash N) kills one with SIGKILL at random points.
//
// A rekey does not erase the old ciphertexts' blocks: a copy of the disk taken before, with
// an old key, still opens them. Rekey is for a key that is lost to you or retired, not a
// substitute for destroying old backups.
//
// # Locking
//
// Every command that writes (Ingest, Reindex, Reveal, Withdraw, Checkpoint and the reviewer actions, which append to
// the audit log, Rekey and Check) holds an exclusive flock on ARCHIVE/lock; a second one waits three seconds and then
// fails with [ErrBusy] ("archive is busy: another command holds the lock"). Readers (List,
// Show, Search, AuditLog, VerifyAudit) take no lock: every file they read is replaced
// atomically. The index has its own lock; Search and Show wait two seconds for a writer to
// let go of it and then return ErrBusy rather than hang.
//
// # Check
//
// [Archive.Check] verifies, and with repair mends:
//
//   - audit.log: the chain and the head verify, the log extends the stored checkpoint
//     (signature checked with checkpoint_key; a log cut below it or rewritten fails; a log
//     that records a key needs one, no older than its last checkpoint entry, and needs
//     checkpoint_key) and records that key (a broken log is reported, never "repaired": the
//     log is evidence); an incomplete last line, left by a crash during append, is removed by
//     repair; an audit.log that cannot be read is reported, not repaired;
//   - modes: directories 0700, files 0600 (repair sets them);
//   - temporary files left by a crash (repair deletes them; they only ever hold ciphertext or
//     data without testimony text);
//   - every manifest entry has its object, and the object's SHA-256 matches (not repairable:
//     restore from a backup);
//   - every released, review or rejected entry has its report with a matching hash (repair:
//     pending);
//   - every amendments file an entry names exists with its recorded hash (not repairable:
//     restore it from a backup; until then approve and new runs of it fail);
//   - no reindex journal is left in the manifest (repair finishes that reindex);
//   - index.current, if present, names an index directory; no other index directory exists
//     (repair removes it);
//   - the index exists (repair creates an empty one); every released entry is indexed
//     (repair: pending), and nothing else is (repair: removed from the index);
//   - every entry has its audit entries (repair writes them from the manifest, only into a
//     log that verifies);
//   - no object, report, amendments file or index document exists without a manifest entry
//     (repair deletes them; see Write order and Review);
//   - an unfinished withdrawal (repair finishes it).
//
// [Archive.ReadData] (check --read-data) authenticates every encrypted file. It replays the
// audit log (whose chain it verifies first) into the files the archive should hold and what
// the manifest should say, then reports, naming the file or ID: a file whose size or SHA-256
// differs from its record (truncated, grown, or changed: a flipped byte); a recorded file that
// is missing; an *.age file no entry records (an added file; index/ is not searched); a
// manifest entry whose object_sha256, run, report_sha256, policy, policy_version,
// policy_sha256, counts or output_sha256 disagree with the audit log, that claims released
// without an index entry for its run, or that the log says was withdrawn; a testimony the log
// says was ingested and not withdrawn but the manifest lacks. With an identity it also
// decrypts every *.age file (objects: and checks the original's hash). A testimony the
// manifest holds as pending is never a problem for it (check --repair makes that state), and
// it cannot tell an edit of both the audit log and its head that cuts entries appended after
// the stored checkpoint (see Limits).
//
// Repair never writes plaintext and never needs a key. The index accepts only
// *redact.Redacted, which only a redaction run produces, and the redacted text is not kept
// anywhere else; so a released testimony whose index document or report is lost goes back to
// pending, and re-running the ingest of its file redacts and indexes it again under the same
// ID (the fingerprint finds it).
//
// # Limits
//
//   - A crash after a reviewer action changed the manifest but before its audit entries were
//     appended leaves the action done without them; check --repair does not write them (it
//     cannot know the actor or the reason).
//   - Deleting from the index (withdraw, repair) rewrites the index without the document
//     (index.Index.Delete merges its segments), so no index file holds it afterwards; the
//     file system may still keep the freed blocks until they are reused. The index only ever
//     held redacted text.
//   - Someone who can rewrite audit.log and audit.log.head can still cut entries appended
//     after the latest stored checkpoint, and can append well-formed entries (appending needs
//     no key, by design: ingest runs with recipients only). Cutting below the stored
//     checkpoint, or rewriting what it covers, fails verification, and without an identity
//     nobody can sign a new one. Deleting the stored checkpoint fails too, and so does putting
//     an older copy of it back while the log still holds a later checkpoint entry; an older
//     copy put back together with cutting the log to the entries it signed passes (the
//     stored checkpoint then covers less). Someone who also replaces audit.log.checkpoint,
//     checkpoint_key and the key entry, or removes all three with every entry from the key
//     entry on (the archive then looks made before checkpoints), or who holds an identity
//     and re-signs, can replace the whole history; only a checkpoint kept outside the archive proves that (audit verify --since,
//     with the verifier key the reviewer noted for --key). The external copy is the proof;
//     the stored one only raises the bar.
//   - The manifest is held in memory during an ingest (about 600 bytes per testimony) and
//     rewritten whole, streamed, twice per batch.
//   - Each testimony costs two file creations (object and report), with no rename and no
//     fsync of their own. Where creating a file is slow (0.3 to 1 ms of CPU on the benchmark
//     machine, a VM), that is the archive's largest cost after the redaction itself; packing
//     objects into larger files, as restic does, would lift it.
package archive
