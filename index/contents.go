package index

import (
	"fmt"
	"sort"

	bleveindex "github.com/blevesearch/bleve_index_api"
)

// Contents is everything a reader of the index files can recover through bleve: the stored
// fields of every document and the term dictionary of every field. Leak tests scan it,
// because bleve compresses stored fields on disk, so a scan of the raw files misses text.
type Contents struct {
	// Stored maps each document ID to its stored fields (field name -> value).
	Stored map[string]map[string]string
	// Terms maps each field name to its dictionary: the analysed terms, sorted.
	Terms map[string][]string
}

// Contents reads every stored field and every term of the index. It changes nothing.
func (ix *Index) Contents() (*Contents, error) {
	c := &Contents{Stored: map[string]map[string]string{}, Terms: map[string][]string{}}
	ids, err := ix.IDs()
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		doc, err := ix.b.Document(id)
		if err != nil {
			return nil, fmt.Errorf("index: reading a testimony from %s: %w", ix.dir, err)
		}
		if doc == nil {
			continue
		}
		fields := map[string]string{}
		doc.VisitFields(func(f bleveindex.Field) {
			if v := f.Value(); len(v) > 0 {
				fields[f.Name()] += string(v)
			}
		})
		c.Stored[id] = fields
	}
	names, err := ix.b.Fields()
	if err != nil {
		return nil, fmt.Errorf("index: listing the fields of %s: %w", ix.dir, err)
	}
	for _, name := range names {
		terms, err := ix.fieldTerms(name)
		if err != nil {
			return nil, err
		}
		c.Terms[name] = terms
	}
	return c, nil
}

func (ix *Index) fieldTerms(field string) ([]string, error) {
	d, err := ix.b.FieldDict(field)
	if err != nil {
		return nil, fmt.Errorf("index: reading the terms of %s in %s: %w", field, ix.dir, err)
	}
	defer d.Close()
	var terms []string
	for {
		e, err := d.Next()
		if err != nil {
			return nil, fmt.Errorf("index: reading the terms of %s in %s: %w", field, ix.dir, err)
		}
		if e == nil {
			break
		}
		terms = append(terms, e.Term)
	}
	sort.Strings(terms)
	return terms, nil
}

// Analyze returns the terms the index makes of s in field, in order: what a search for s
// in that field looks up, and what indexing s would add to the field's dictionary.
func (ix *Index) Analyze(field, s string) []string {
	m := ix.b.Mapping()
	a := m.AnalyzerNamed(m.AnalyzerNameForPath(field))
	if a == nil {
		return []string{s}
	}
	var out []string
	for _, t := range a.Analyze([]byte(s)) {
		out = append(out, string(t.Term))
	}
	return out
}
