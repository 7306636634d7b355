package index

import (
	"context"
	"fmt"
	"sort"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// facetCounter counts facet values over every document a search matches.
//
// bleve's own term facets read the doc values of each facet field for each match: for a
// common word that is four fields times most of the index, and it was about 80% of a search
// on 10,000 testimonies. The facet fields have few distinct values (a few languages and
// policies, some dozens of years and topics), so counting the other way round is far
// cheaper: note the number of each match in a bitmap as bleve's collector sees it, then
// intersect that bitmap with the postings bitmap of every facet value, segment by segment.
//
// It hooks into bleve's collector through search.MakeDocumentMatchHandlerKey, bleve's
// documented way to see every match, and keeps bleve's own handler behind it, so hits, scores
// and totals are bleve's.
type facetCounter struct {
	snap    *scorch.IndexSnapshot // the snapshot the search ran on, referenced until done
	segs    []*scorch.SegmentSnapshot
	offsets []uint64          // global number of each segment's first document
	matched []*roaring.Bitmap // per segment: local numbers of the matches
	cur     int               // segment of the latest match (matches come in order)
}

// context returns ctx set up so that a search run with it records its matches in fc.
func (fc *facetCounter) context(ctx context.Context) context.Context {
	return context.WithValue(ctx, search.MakeDocumentMatchHandlerKey,
		search.MakeDocumentMatchHandler(fc.makeHandler))
}

func (fc *facetCounter) makeHandler(sctx *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
	next, loadID, err := collector.MakeTopNDocumentMatchHandler(sctx)
	if err != nil {
		return nil, false, err
	}
	snap, ok := sctx.IndexReader.(*scorch.IndexSnapshot)
	if !ok {
		return nil, false, fmt.Errorf("facets: unexpected index reader %T", sctx.IndexReader)
	}
	fc.release() // a collector that runs twice counts only its last run
	snap.AddRef()
	fc.snap = snap
	fc.segs = snap.Segments()
	fc.offsets = make([]uint64, len(fc.segs))
	fc.matched = make([]*roaring.Bitmap, len(fc.segs))
	var running uint64
	for i, ss := range fc.segs {
		// The same numbering as scorch's: each segment's documents, deleted ones included,
		// follow the previous segment's.
		fc.offsets[i] = running
		running += ss.Segment().Count()
		fc.matched[i] = roaring.New()
	}
	fc.cur = 0
	return func(d *search.DocumentMatch) error {
		if d != nil {
			fc.add(d.IndexInternalID.Value())
		}
		return next(d)
	}, loadID, nil
}

func (fc *facetCounter) add(num uint64) {
	if len(fc.offsets) == 0 {
		return
	}
	if num < fc.offsets[fc.cur] || (fc.cur+1 < len(fc.offsets) && num >= fc.offsets[fc.cur+1]) {
		fc.cur = sort.Search(len(fc.offsets), func(i int) bool { return fc.offsets[i] > num }) - 1
		if fc.cur < 0 {
			fc.cur = 0
			return
		}
	}
	fc.matched[fc.cur].Add(uint32(num - fc.offsets[fc.cur]))
}

// release lets go of the snapshot.
func (fc *facetCounter) release() {
	if fc.snap != nil {
		_ = fc.snap.DecRef()
		fc.snap = nil
	}
}

// counts returns, for each field, its values among the recorded matches with their counts,
// the most frequent first (ties by value), at most size of them. Every field is in the map,
// with an empty slice if no match has a value for it. It releases the snapshot.
func (fc *facetCounter) counts(fields []string, size int) (map[string][]Facet, error) {
	defer fc.release()
	out := make(map[string][]Facet, len(fields))
	for _, f := range fields {
		out[f] = []Facet{}
	}
	if fc.snap == nil {
		return out, nil // the search never reached the collector: nothing matched
	}
	excepts := make([]*roaring.Bitmap, len(fc.segs))
	for i, ss := range fc.segs {
		if !fc.matched[i].IsEmpty() {
			// Postings lists count what they hold outside "except": everything not matched.
			excepts[i] = roaring.Flip(fc.matched[i], 0, ss.Segment().Count())
		}
	}
	for _, field := range fields {
		counts := map[string]int{}
		missing := map[string]int{}
		for i, ss := range fc.segs {
			if excepts[i] == nil {
				continue
			}
			if err := countField(ss.Segment(), field, excepts[i], counts); err != nil {
				return nil, fmt.Errorf("facets: counting %s: %w", field, err)
			}
			if err := countTerm(ss.Segment(), FieldMissing, field, excepts[i], missing); err != nil {
				return nil, fmt.Errorf("facets: counting documents without %s: %w", field, err)
			}
		}
		// The term "" counts the matches without a value (FieldMissing), as bleve's own
		// facets report them apart; a real value is never empty.
		if n := missing[field]; n > 0 {
			counts[""] += n
		}
		facets := make([]Facet, 0, len(counts))
		for term, n := range counts {
			facets = append(facets, Facet{Term: term, Count: n})
		}
		sort.Slice(facets, func(i, j int) bool {
			if facets[i].Count != facets[j].Count {
				return facets[i].Count > facets[j].Count
			}
			return facets[i].Term < facets[j].Term
		})
		if len(facets) > size {
			facets = facets[:size]
		}
		out[field] = facets
	}
	return out, nil
}

// countField adds to counts, for each value of field in seg, how many of its documents are
// not in except.
func countField(seg segment.Segment, field string, except *roaring.Bitmap, counts map[string]int) error {
	dict, err := seg.Dictionary(field)
	if err != nil {
		return err
	}
	it := dict.AutomatonIterator(nil, nil, nil)
	var pl segment.PostingsList
	for {
		e, err := it.Next()
		if err != nil {
			return err
		}
		if e == nil {
			return nil
		}
		if e.Term == "" {
			// bleve indexes an empty string value as the term ""; those documents are
			// counted once, through FieldMissing, like those without the field at all.
			continue
		}
		if pl, err = dict.PostingsList([]byte(e.Term), except, pl); err != nil {
			return err
		}
		if n := pl.Count(); n > 0 {
			counts[e.Term] += int(n)
		}
	}
}

// countTerm adds to counts[term] how many documents of seg hold term in field and are not in
// except.
func countTerm(seg segment.Segment, field, term string, except *roaring.Bitmap, counts map[string]int) error {
	dict, err := seg.Dictionary(field)
	if err != nil {
		return err
	}
	pl, err := dict.PostingsList([]byte(term), except, nil)
	if err != nil {
		return err
	}
	if n := pl.Count(); n > 0 {
		counts[term] += int(n)
	}
	return nil
}
