package index

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"sort"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bleveFacets counts the facets of a query with bleve's own term facets, which read each
// match's doc values: the reference Search's facet counts must equal.
func bleveFacets(t *testing.T, ix *Index, query string) (uint64, map[string][]Facet) {
	t.Helper()
	q, err := parseQuery(query)
	require.NoError(t, err)
	sr := bleve.NewSearchRequestOptions(q, 1, 0, false)
	for _, f := range FacetFields {
		sr.AddFacet(f, bleve.NewFacetRequest(f, facetSize))
	}
	res, err := ix.b.Search(sr)
	require.NoError(t, err)
	out := map[string][]Facet{}
	for name, fr := range res.Facets {
		facets := []Facet{}
		for _, tf := range fr.Terms.Terms() {
			facets = append(facets, Facet{Term: tf.Term, Count: tf.Count})
		}
		if fr.Missing > 0 { // Search reports documents without a value as the term ""
			facets = append(facets, Facet{Term: "", Count: fr.Missing})
		}
		sort.Slice(facets, func(i, j int) bool {
			if facets[i].Count != facets[j].Count {
				return facets[i].Count > facets[j].Count
			}
			return facets[i].Term < facets[j].Term
		})
		out[name] = facets
	}
	return res.Total, out
}

// TestFacetsMatchBleve builds an index of many segments, with replaced and deleted
// documents, and checks that Search's facet counts equal bleve's for a range of queries.
func TestFacetsMatchBleve(t *testing.T) {
	// Create's index, except that bleve never merges two of its 100-document batches, so that
	// the index keeps many segments however fast its background merger runs.
	dir := filepath.Join(t.TempDir(), "index")
	m, err := newMapping()
	require.NoError(t, err)
	b, err := bleve.NewUsing(dir, m, scorch.Name, bleve.Config.DefaultKVStore, map[string]interface{}{
		"bolt_timeout":           createBoltTimeout,
		"scorchMergePlanOptions": map[string]interface{}{"MaxSegmentSize": 100},
	})
	require.NoError(t, err)
	ix := &Index{b: b, dir: dir}
	defer ix.Close()

	words := []string{"river", "broker", "market", "winter", "train", "family", "letter", "rice", "factory", "mountain"}
	topics := []string{"crossing", "remittance", "work", "family", "prison", "food", "Brokers"}
	langs := []string{"en", "ko", ""}
	policies := []string{"base", "strict", "pow", "defector-family"}
	r := rand.New(rand.NewPCG(3, 4))
	doc := func() bleveDoc {
		var text string
		for k := 0; k < 30; k++ {
			text += words[int(r.ExpFloat64()*2)%len(words)] + " "
		}
		d := bleveDoc{Title: words[r.IntN(len(words))], Text: text, Language: langs[r.IntN(len(langs))],
			Policy: policies[r.IntN(len(policies))], Status: StatusReleased}
		if r.IntN(5) > 0 {
			d.Year = formatYear(1990 + r.IntN(35))
		}
		for k := r.IntN(4); k > 0; k-- {
			d.Topic = append(d.Topic, topics[r.IntN(len(topics))])
		}
		return d
	}
	// Twelve batches make as many segments; later batches replace some earlier documents,
	// and some are deleted.
	const n = 1200
	for b := 0; b < 12; b++ {
		require.NoError(t, ix.write(100, func(i int) (string, bleveDoc) {
			id := b*100 + i
			if b >= 8 && i%3 == 0 {
				id = r.IntN(n) // replace an earlier one
			}
			return fmt.Sprintf("d%04d", id), doc()
		}))
	}
	require.NoError(t, ix.deleteBatches([]string{"d0001", "d0002", "d0500", "d1199"}))
	adv, err := ix.b.Advanced()
	require.NoError(t, err)
	r0, err := adv.Reader()
	require.NoError(t, err)
	segs := r0.(*scorch.IndexSnapshot).Segments()
	require.NoError(t, r0.Close())
	require.Greater(t, len(segs), 1, "the test needs several segments")

	for _, query := range []string{"*", "river", "broker -market", `"river broker"`, "+topic:crossing +winter",
		"language:ko", "year:>=2010", "topic:brokers", "nosuchword"} {
		t.Run(query, func(t *testing.T) {
			total, want := bleveFacets(t, ix, query)
			res, err := ix.Search(Request{Query: query, Limit: 5})
			require.NoError(t, err)
			assert.Equal(t, total, res.Total)
			assert.Equal(t, want, res.Facets)
			if query != "nosuchword" {
				assert.NotZero(t, total)
				assert.NotEmpty(t, res.Facets[FieldPolicy])
			}
		})
	}
}
