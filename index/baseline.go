package index

import (
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/testimony-archive/testimony/redact"
)

// IndexWithBleveOnly indexes docs into a new index at dir the way a program using bleve alone
// would: the same mapping, analyzers and batch size as Create and Add, straight through
// bleve's API, then closes it. It exists for benchmarks, which divide an end-to-end ingest
// rate by this one, measured in the same process on the same documents, to show what the
// rest of the pipeline costs on top of bleve. It is not for production use: the index it
// writes is an ordinary Testimony index, but nothing records it.
func IndexWithBleveOnly(dir string, docs []*redact.Redacted) error {
	m, err := newMapping()
	if err != nil {
		return err
	}
	b, err := bleve.NewUsing(dir, m, scorch.Name, bleve.Config.DefaultKVStore,
		map[string]interface{}{"bolt_timeout": createBoltTimeout})
	if err != nil {
		return fmt.Errorf("index: creating %s: %w", dir, err)
	}
	for start := 0; start < len(docs); start += BatchSize {
		batch := b.NewBatch()
		for _, d := range docs[start:min(start+BatchSize, len(docs))] {
			if err := batch.Index(d.ID(), fromRedacted(d)); err != nil {
				_ = b.Close()
				return fmt.Errorf("index: mapping testimony %s: %w", d.ID(), err)
			}
		}
		if err := b.Batch(batch); err != nil {
			_ = b.Close()
			return fmt.Errorf("index: writing a batch to %s: %w", dir, err)
		}
	}
	return b.Close()
}

// SearchWithBleveOnly runs the query of a Request the way Search parses it, straight through
// bleve: with bleve's own term facets on FacetFields if facets is true (what Search did before
// it counted facets itself), with neither facets nor snippets otherwise (the floor for any
// search). It returns the total. It exists for benchmarks, which compare Search with it in the
// same process; it is not for production use.
func (ix *Index) SearchWithBleveOnly(req Request, facets bool) (uint64, error) {
	q, err := parseQuery(req.Query)
	if err != nil {
		return 0, err
	}
	limit := req.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	sr := bleve.NewSearchRequestOptions(q, min(limit, MaxLimit), 0, false)
	if facets {
		for _, f := range FacetFields {
			sr.AddFacet(f, bleve.NewFacetRequest(f, facetSize))
		}
	}
	res, err := ix.b.Search(sr)
	if err != nil {
		return 0, err
	}
	return res.Total, nil
}
