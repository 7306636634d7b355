package index

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveindex "github.com/blevesearch/bleve_index_api"
	bolt "go.etcd.io/bbolt"

	"github.com/testimony-archive/testimony/redact"
)

// ErrBusy is returned when another process holds the index and it did not free in time.
var ErrBusy = errors.New("the archive index is busy (another command is writing); try again shortly")

// ErrNotFound is returned by Get for an ID that is not indexed.
var ErrNotFound = errors.New("testimony is not in the index")

// ErrReadOnly is returned by Add and Delete on an index opened with OpenReadOnly.
var ErrReadOnly = errors.New("the index is open read-only")

// BatchSize is the number of documents Add and Delete hand to bleve at once. About 1,000 is
// where bleve's indexing throughput levels off on 5 KB documents; larger batches only cost
// memory.
const BatchSize = 1000

// DefaultLimit is the number of hits Search returns when Request.Limit is zero.
const DefaultLimit = 10

// MaxLimit caps Request.Limit: every hit is highlighted, which reads its stored text.
const MaxLimit = 1000

// createBoltTimeout is stored in the index's own metadata, so that even a program that opens
// the index with plain bleve.Open gives up after it instead of blocking forever.
const createBoltTimeout = "10s"

// Index is an open bleve index. It is safe for concurrent use.
type Index struct {
	b        bleve.Index
	dir      string
	readOnly bool

	purgeMu sync.Mutex // one forced merge at a time: bleve refuses a second

	closeOnce sync.Once
	closeErr  error
}

// Create makes a new, empty index at dir with Testimony's mapping and returns it open for
// writing. dir must not hold an index already.
func Create(dir string) (*Index, error) {
	m, err := newMapping()
	if err != nil {
		return nil, fmt.Errorf("index: building the mapping: %w", err)
	}
	b, err := bleve.NewUsing(dir, m, scorch.Name, bleve.Config.DefaultKVStore,
		map[string]interface{}{"bolt_timeout": createBoltTimeout})
	if err != nil {
		if errors.Is(err, bleve.ErrorIndexPathExists) {
			return nil, fmt.Errorf("index: creating %s: %w", dir, fs.ErrExist)
		}
		return nil, fmt.Errorf("index: creating %s: %w", dir, err)
	}
	// bleve writes its metadata file 0666 minus umask; every file of the archive is 0600.
	if err := os.Chmod(filepath.Join(dir, "index_meta.json"), 0o600); err != nil {
		_ = b.Close()
		return nil, fmt.Errorf("index: creating %s: %w", dir, err)
	}
	return &Index{b: b, dir: dir}, nil
}

// Open opens the index at dir for writing, waiting at most timeout for another writer or
// reader to let go; after that it returns ErrBusy. A timeout of zero tries once.
func Open(dir string, timeout time.Duration) (*Index, error) {
	return open(dir, timeout, false)
}

// OpenReadOnly opens the index at dir for searching, waiting at most timeout for a writer to
// let go; after that it returns ErrBusy. Any number of readers may hold the index at once.
func OpenReadOnly(dir string, timeout time.Duration) (*Index, error) {
	return open(dir, timeout, true)
}

func open(dir string, timeout time.Duration, readOnly bool) (*Index, error) {
	if timeout <= 0 {
		// bolt treats a zero timeout as "wait forever"; the smallest positive one means
		// "try once".
		timeout = time.Nanosecond
	}
	cfg := map[string]interface{}{"bolt_timeout": timeout.String()}
	if readOnly {
		cfg["read_only"] = true
	}
	b, err := bleve.OpenUsing(dir, cfg)
	switch {
	case err == nil:
		return &Index{b: b, dir: dir, readOnly: readOnly}, nil
	case errors.Is(err, bolt.ErrTimeout):
		return nil, ErrBusy
	case errors.Is(err, bleve.ErrorIndexPathDoesNotExist), errors.Is(err, bleve.ErrorIndexMetaMissing):
		return nil, fmt.Errorf("index: no index at %s: %w", dir, fs.ErrNotExist)
	default:
		return nil, fmt.Errorf("index: opening %s: %w", dir, err)
	}
}

// Close closes the index and releases its lock. Calling it again does nothing.
func (ix *Index) Close() error {
	ix.closeOnce.Do(func() {
		if err := ix.b.Close(); err != nil {
			ix.closeErr = fmt.Errorf("index: closing %s: %w", ix.dir, err)
		}
	})
	return ix.closeErr
}

// Add indexes redacted documents with status "released", in batches of BatchSize. A
// document whose ID is already indexed is replaced, so adding the same documents twice (after
// a crash, say) leaves one copy of each. Every batch is on disk when Add returns. If Add fails,
// batches before the failing one stay indexed; nothing is indexed if any document is invalid.
//
// Add takes *redact.Redacted and nothing else: only the output of a verified redaction run
// can reach the index.
func (ix *Index) Add(docs ...*redact.Redacted) error {
	if ix.readOnly {
		return ErrReadOnly
	}
	for i, d := range docs {
		if d == nil {
			return fmt.Errorf("index: document %d is nil", i)
		}
		if d.ID() == "" {
			return fmt.Errorf("index: document %d has no ID", i)
		}
	}
	return ix.write(len(docs), func(i int) (string, bleveDoc) {
		return docs[i].ID(), fromRedacted(docs[i])
	})
}

// write indexes n documents, the i-th given by doc(i), in batches of BatchSize.
func (ix *Index) write(n int, doc func(i int) (string, bleveDoc)) error {
	for start := 0; start < n; start += BatchSize {
		batch := ix.b.NewBatch()
		for i := start; i < min(start+BatchSize, n); i++ {
			id, d := doc(i)
			d.markMissing()
			if err := batch.Index(id, d); err != nil {
				return fmt.Errorf("index: mapping testimony %s: %w", id, err)
			}
		}
		if err := ix.b.Batch(batch); err != nil {
			return fmt.Errorf("index: writing a batch to %s: %w", ix.dir, err)
		}
	}
	return nil
}

// Delete removes documents by testimony ID, for withdrawal; IDs that are not indexed are
// ignored. bleve only marks a deleted document as deleted inside its segment file, so Delete
// then merges the index into one segment without it and waits until the old files are
// removed: when Delete returns, no file of the index holds the deleted text. This rewrites the
// whole index, which takes seconds for tens of thousands of testimonies; withdrawals are rare.
func (ix *Index) Delete(ids ...string) error {
	if ix.readOnly {
		return ErrReadOnly
	}
	indexed := false
	for _, id := range ids {
		has, err := ix.Has(id)
		if err != nil {
			return err
		}
		if has {
			indexed = true
			break
		}
	}
	if !indexed {
		return nil
	}
	if err := ix.deleteBatches(ids); err != nil {
		return err
	}
	if err := ix.purge(); err != nil {
		return fmt.Errorf("index: removing deleted text from %s: %w", ix.dir, err)
	}
	return nil
}

func (ix *Index) deleteBatches(ids []string) error {
	for start := 0; start < len(ids); start += BatchSize {
		batch := ix.b.NewBatch()
		for _, id := range ids[start:min(start+BatchSize, len(ids))] {
			batch.Delete(id)
		}
		if err := ix.b.Batch(batch); err != nil {
			return fmt.Errorf("index: deleting from %s: %w", ix.dir, err)
		}
	}
	return nil
}

// purgeSentinel is a document ID no testimony can have (IDs are random text, never NUL).
const purgeSentinel = "\x00purge"

// purgeTimeout bounds the wait for bleve to remove the segment files a merge replaced.
const purgeTimeout = 60 * time.Second

// scorch returns the bleve index's scorch engine, which merges segments on request.
func (ix *Index) scorch() (*scorch.Scorch, error) {
	adv, err := ix.b.Advanced()
	if err != nil {
		return nil, err
	}
	sc, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil, fmt.Errorf("unexpected index type %T", adv)
	}
	return sc, nil
}

// purge rewrites the index so that documents marked deleted are gone from its files.
func (ix *Index) purge() (err error) {
	ix.purgeMu.Lock()
	defer ix.purgeMu.Unlock()
	sc, err := ix.scorch()
	if err != nil {
		return err
	}
	// The segment files that hold the deleted documents, which the merge must replace.
	old, err := filepath.Glob(filepath.Join(ix.dir, "store", "*.zap"))
	if err != nil {
		return err
	}
	// bleve's merge planner leaves a lone segment alone, deletions or not, and drops a segment
	// whose documents are all deleted without merging anything. A throwaway document, live
	// during the merge, makes sure there are at least two segments, so that the forced merge
	// rewrites everything into one without the deleted documents. It holds no text, and is
	// deleted (marked only) afterwards.
	if err := ix.write(1, func(int) (string, bleveDoc) {
		return purgeSentinel, bleveDoc{Status: "purge"}
	}); err != nil {
		return err
	}
	defer func() {
		if err2 := ix.deleteBatches([]string{purgeSentinel}); err == nil {
			err = err2
		}
	}()
	// One forced merge takes at most ten segments per task, and bleve removes replaced files
	// once the merged segment is persisted: merge again until every old file is gone.
	deadline := time.Now().Add(purgeTimeout)
	for {
		if err := sc.ForceMerge(context.Background(), nil); err != nil {
			return err
		}
		round := time.Now().Add(2 * time.Second)
		for time.Now().Before(round) {
			if !anyExists(old) {
				return nil
			}
			time.Sleep(10 * time.Millisecond)
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("bleve did not remove the replaced segment files in %v", purgeTimeout)
		}
	}
}

// Compact merges the index into one segment file and returns when the files it replaced are
// gone. Every search opens each segment (a bolt lookup, a mapping of the file, its
// doc-value readers) and walks each one's dictionaries, so after a bulk ingest, which leaves
// a segment per batch that bleve's background merger has not yet folded, one segment makes
// every later search cheaper. It does nothing when the index is one segment already.
func (ix *Index) Compact() error {
	if ix.readOnly {
		return ErrReadOnly
	}
	ix.purgeMu.Lock()
	defer ix.purgeMu.Unlock()
	sc, err := ix.scorch()
	if err != nil {
		return err
	}
	deadline := time.Now().Add(purgeTimeout)
	for {
		old, err := filepath.Glob(filepath.Join(ix.dir, "store", "*.zap"))
		if err != nil {
			return err
		}
		if len(old) <= 1 {
			return nil
		}
		if err := sc.ForceMerge(context.Background(), nil); err != nil {
			return fmt.Errorf("index: merging %s: %w", ix.dir, err)
		}
		// bleve removes the replaced files once the merged segment is persisted.
		round := time.Now().Add(2 * time.Second)
		for time.Now().Before(round) && anyExists(old) {
			time.Sleep(5 * time.Millisecond)
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("index: bleve did not merge %s into one segment in %v", ix.dir, purgeTimeout)
		}
	}
}

func anyExists(paths []string) bool {
	for _, p := range paths {
		if _, err := os.Stat(p); !errors.Is(err, fs.ErrNotExist) {
			return true
		}
	}
	return false
}

// Has reports whether a testimony is indexed.
func (ix *Index) Has(id string) (bool, error) {
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery([]string{id}), 0, 0, false)
	res, err := ix.b.Search(req)
	if err != nil {
		return false, fmt.Errorf("index: looking up a testimony in %s: %w", ix.dir, err)
	}
	return res.Total > 0, nil
}

// IDs lists every indexed testimony ID, sorted.
func (ix *Index) IDs() ([]string, error) {
	adv, err := ix.b.Advanced()
	if err != nil {
		return nil, fmt.Errorf("index: listing %s: %w", ix.dir, err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("index: listing %s: %w", ix.dir, err)
	}
	defer r.Close()
	dr, err := r.DocIDReaderAll()
	if err != nil {
		return nil, fmt.Errorf("index: listing %s: %w", ix.dir, err)
	}
	defer dr.Close()
	var ids []string
	for {
		iid, err := dr.Next()
		if err != nil {
			return nil, fmt.Errorf("index: listing %s: %w", ix.dir, err)
		}
		if iid == nil {
			break
		}
		id, err := r.ExternalID(iid)
		if err != nil {
			return nil, fmt.Errorf("index: listing %s: %w", ix.dir, err)
		}
		if id != purgeSentinel {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids, nil
}

// Get returns the stored redacted title and text of one document, or ErrNotFound.
func (ix *Index) Get(id string) (title, text string, err error) {
	doc, err := ix.b.Document(id)
	if err != nil {
		return "", "", fmt.Errorf("index: reading a testimony from %s: %w", ix.dir, err)
	}
	if doc == nil {
		return "", "", ErrNotFound
	}
	doc.VisitFields(func(f bleveindex.Field) {
		switch f.Name() {
		case FieldTitle:
			title = string(f.Value())
		case FieldText:
			text = string(f.Value())
		}
	})
	return title, text, nil
}

// Request is a search.
type Request struct {
	// Query uses bleve's query-string syntax: words, "quoted phrases", +required and
	// -excluded terms, field:value (fields: text, title, topic, year, language, policy,
	// status), year ranges (year:>=2015). Words without a field search the title and the
	// text. An empty query or "*" matches every document, which is useful for facet counts.
	Query string
	// Limit is the number of hits to return: DefaultLimit if zero, at most MaxLimit.
	Limit int
}

// Result is a search result.
type Result struct {
	Total  uint64             `json:"total"`
	Hits   []Hit              `json:"hits"`
	Facets map[string][]Facet `json:"facets,omitempty"`
	Took   time.Duration      `json:"-"`
}

// Hit is one matching testimony.
type Hit struct {
	ID    string  `json:"id"`
	Score float64 `json:"score"`
	// Snippets are up to three short passages of the redacted text with the matched words
	// between MarkStart and MarkEnd. Empty when only the title matched.
	Snippets []string `json:"snippets"`
}

// Facet is one value of a facet field with its count.
type Facet struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

// FacetFields are the fields Search counts values of, over all matching documents.
var FacetFields = []string{FieldTopic, FieldYear, FieldLanguage, FieldPolicy}

// facetSize is the number of values returned per facet field (the most frequent).
const facetSize = 50

// Search runs a query.
func (ix *Index) Search(req Request) (*Result, error) {
	q, err := parseQuery(req.Query)
	if err != nil {
		return nil, err
	}
	limit := req.Limit
	switch {
	case limit <= 0:
		limit = DefaultLimit
	case limit > MaxLimit:
		limit = MaxLimit
	}
	sr := bleve.NewSearchRequestOptions(q, limit, 0, false)
	// Facets are counted from the matches afterwards (see facetCounter), not by bleve.
	fc := &facetCounter{}
	defer fc.release()
	// Phrase searches read term locations to match anyway, so they highlight in the same
	// pass; anything else highlights in a second, narrow pass (see snippets).
	onePass := hasPhrase(q)
	if onePass {
		sr.Highlight = bleve.NewHighlightWithStyle(highlighterName)
		sr.Highlight.AddField(FieldText)
	}
	res, err := ix.b.SearchInContext(fc.context(context.Background()), sr)
	if err != nil {
		return nil, fmt.Errorf("index: searching %s: %w", ix.dir, err)
	}
	facets, err := fc.counts(FacetFields, facetSize)
	if err != nil {
		return nil, fmt.Errorf("index: searching %s: %w", ix.dir, err)
	}
	var fragments map[string][]string
	if onePass {
		fragments = make(map[string][]string, len(res.Hits))
		for _, h := range res.Hits {
			fragments[h.ID] = h.Fragments[FieldText]
		}
	} else if fragments, err = ix.snippets(q, res); err != nil {
		return nil, err
	}
	out := &Result{
		Total:  res.Total,
		Hits:   make([]Hit, 0, len(res.Hits)),
		Facets: facets,
		Took:   res.Took,
	}
	for _, h := range res.Hits {
		snippets := fragments[h.ID]
		if snippets == nil {
			snippets = []string{}
		}
		out.Hits = append(out.Hits, Hit{ID: h.ID, Score: h.Score, Snippets: snippets})
	}
	return out, nil
}

// snippets highlights the hits of res. It runs the query a second time, restricted to those
// hits: asking bleve to highlight in the first search makes it read the term locations of
// every match, which for a common word is most of the index and several times the cost of
// the search itself.
func (ix *Index) snippets(q query.Query, res *bleve.SearchResult) (map[string][]string, error) {
	if len(res.Hits) == 0 {
		return nil, nil
	}
	ids := make([]string, 0, len(res.Hits))
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	hq := query.NewConjunctionQuery([]query.Query{query.NewDocIDQuery(ids), q})
	hr := bleve.NewSearchRequestOptions(hq, len(ids), 0, false)
	hr.Highlight = bleve.NewHighlightWithStyle(highlighterName)
	hr.Highlight.AddField(FieldText)
	hres, err := ix.b.Search(hr)
	if err != nil {
		return nil, fmt.Errorf("index: highlighting in %s: %w", ix.dir, err)
	}
	out := make(map[string][]string, len(hres.Hits))
	for _, h := range hres.Hits {
		out[h.ID] = h.Fragments[FieldText]
	}
	return out, nil
}

// hasPhrase reports whether q contains a phrase query.
func hasPhrase(q query.Query) bool {
	switch q := q.(type) {
	case *query.MatchPhraseQuery, *query.PhraseQuery, *query.MultiPhraseQuery:
		return true
	case *query.BooleanQuery:
		return (q.Must != nil && hasPhrase(q.Must)) || (q.Should != nil && hasPhrase(q.Should)) ||
			(q.MustNot != nil && hasPhrase(q.MustNot))
	case *query.ConjunctionQuery:
		return slices.ContainsFunc(q.Conjuncts, hasPhrase)
	case *query.DisjunctionQuery:
		return slices.ContainsFunc(q.Disjuncts, hasPhrase)
	}
	return false
}

// parseQuery parses a query string and rewrites it for Testimony's index (see rewrite).
func parseQuery(s string) (query.Query, error) {
	s = strings.TrimSpace(s)
	if s == "" || s == "*" {
		return query.NewMatchAllQuery(), nil
	}
	q, err := query.NewQueryStringQuery(s).Parse()
	if err != nil {
		return nil, fmt.Errorf("index: cannot parse the query: %w", err)
	}
	return rewrite(q), nil
}

// rewrite walks a parsed query and changes two kinds of leaf:
//
//   - A Korean word becomes the phrase of its bigrams, so that 어머니 finds 어머니가 but not a
//     document that merely contains 머니 somewhere.
//   - A word or phrase without a field searches both the text and the title. The index has no
//     _all field (it would cost a third more CPU per document for a duplicate of the text), so
//     the expansion happens here instead.
func rewrite(q query.Query) query.Query {
	switch q := q.(type) {
	case *query.BooleanQuery:
		if q.Must != nil {
			q.Must = rewrite(q.Must)
		}
		if q.Should != nil {
			q.Should = rewrite(q.Should)
		}
		if q.MustNot != nil {
			q.MustNot = rewrite(q.MustNot)
		}
	case *query.ConjunctionQuery:
		for i := range q.Conjuncts {
			q.Conjuncts[i] = rewrite(q.Conjuncts[i])
		}
	case *query.DisjunctionQuery:
		for i := range q.Disjuncts {
			q.Disjuncts[i] = rewrite(q.Disjuncts[i])
		}
	case *query.MatchQuery:
		if q.Fuzziness == 0 && hasHangul([]byte(q.Match)) {
			p := query.NewMatchPhraseQuery(q.Match)
			p.FieldVal = q.FieldVal
			p.Analyzer = q.Analyzer
			p.BoostVal = q.BoostVal
			return rewrite(p)
		}
		return textAndTitle(q, func(f string) query.Query { c := *q; c.FieldVal = f; return &c })
	case *query.NumericRangeQuery:
		if q.FieldVal == FieldYear {
			return yearRange(q)
		}
	case *query.MatchPhraseQuery:
		return textAndTitle(q, func(f string) query.Query { c := *q; c.FieldVal = f; return &c })
	case *query.WildcardQuery:
		return textAndTitle(q, func(f string) query.Query { c := *q; c.FieldVal = f; return &c })
	case *query.RegexpQuery:
		return textAndTitle(q, func(f string) query.Query { c := *q; c.FieldVal = f; return &c })
	}
	return q
}

// yearRange turns a numeric range on the year (year:>=2015, year:<2020) into a range of
// terms: the year is a keyword field, for facets, and four-digit years sort as strings the
// way they sort as numbers.
func yearRange(q *query.NumericRangeQuery) query.Query {
	bound := func(v *float64, inclusive *bool, round func(float64) float64) (string, *bool) {
		if v == nil {
			return "", nil
		}
		r := round(*v)
		if r != *v { // year:>2015.5 means year >= 2016
			t := true
			inclusive = &t
		}
		return formatYear(int(r)), inclusive
	}
	minTerm, minIncl := bound(q.Min, q.InclusiveMin, math.Ceil)
	maxTerm, maxIncl := bound(q.Max, q.InclusiveMax, math.Floor)
	tr := query.NewTermRangeInclusiveQuery(minTerm, maxTerm, minIncl, maxIncl)
	tr.FieldVal = FieldYear
	tr.BoostVal = q.BoostVal
	return tr
}

// textAndTitle returns q as it is if it names a field, or else the disjunction of a copy on
// the text and a copy on the title.
func textAndTitle(q query.FieldableQuery, on func(field string) query.Query) query.Query {
	if q.Field() != "" {
		return q
	}
	return query.NewDisjunctionQuery([]query.Query{on(FieldText), on(FieldTitle)})
}
