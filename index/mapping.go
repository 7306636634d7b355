package index

import (
	"fmt"
	"strconv"

	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/single"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/testimony-archive/testimony/redact"
)

// Field names in the index. They are also the names a researcher uses in a query
// ("topic:remittance", "language:ko", "title:border").
const (
	FieldText     = "text"
	FieldTitle    = "title"
	FieldTopic    = "topic"
	FieldYear     = "year"
	FieldLanguage = "language"
	FieldPolicy   = "policy"
	FieldStatus   = "status"
	// FieldMissing lists the facet fields a document has no value for ("year" when the
	// interview date is unknown), so that facets can count those documents as cheaply as a
	// value (see facetCounter).
	FieldMissing = "missing"
)

// StatusReleased is the status of every document Add indexes: it passed the redaction run,
// the residual check and, where the policy asks for one, the review.
const StatusReleased = "released"

// Analyzer names, registered with bleve's registry by this package. The mapping stored inside
// an index refers to them by name, so any program that opens the index must import this
// package (which it has to anyway: the index only accepts *redact.Redacted).
const (
	textAnalyzer  = "testimony_text"
	facetAnalyzer = "testimony_facet"
	docType       = "testimony"
)

// bleveDoc is what bleve sees of a redacted document: its text, its title and its safe
// metadata. Nothing else from *redact.Redacted (above all not the report) reaches the index.
type bleveDoc struct {
	Title    string   `json:"title"`
	Text     string   `json:"text"`
	Topic    []string `json:"topic,omitempty"`
	Year     string   `json:"year,omitempty"`
	Language string   `json:"language,omitempty"`
	Policy   string   `json:"policy,omitempty"`
	Status   string   `json:"status"`
	Missing  []string `json:"missing,omitempty"` // set by write, never by callers
}

// markMissing sets d.Missing to the facet fields d has no value for.
func (d *bleveDoc) markMissing() {
	d.Missing = nil
	for _, f := range FacetFields {
		empty := false
		switch f {
		case FieldTopic:
			empty = len(d.Topic) == 0
		case FieldYear:
			empty = d.Year == ""
		case FieldLanguage:
			empty = d.Language == ""
		case FieldPolicy:
			empty = d.Policy == ""
		}
		if empty {
			d.Missing = append(d.Missing, f)
		}
	}
}

// BleveType tells bleve which document mapping applies, without reflection on a type field.
func (bleveDoc) BleveType() string { return docType }

func fromRedacted(r *redact.Redacted) bleveDoc {
	d := bleveDoc{
		Title:    r.Title(),
		Text:     r.Text(),
		Topic:    r.Topics(),
		Language: r.Language(),
		Status:   StatusReleased,
	}
	if r.Report() != nil {
		d.Policy = r.Policy()
	}
	if y := r.Year(); y != 0 {
		d.Year = formatYear(y)
	}
	return d
}

// formatYear writes a year as four digits, so that years sort as strings the way they sort as
// numbers (year ranges in queries rely on it).
func formatYear(y int) string {
	if y < 0 {
		return strconv.Itoa(y)
	}
	return fmt.Sprintf("%04d", y)
}

// newMapping builds the index mapping. See the package documentation (# Analysis) for why
// English and Korean share one analyzer.
func newMapping() (*mapping.IndexMappingImpl, error) {
	im := mapping.NewIndexMapping()
	err := im.AddCustomAnalyzer(textAnalyzer, map[string]interface{}{
		"type":      custom.Name,
		"tokenizer": unicode.Name,
		"token_filters": []interface{}{
			hangulBigramName,
			en.PossessiveName,
			lowercase.Name,
			en.StopName,
			porter.Name,
		},
	})
	if err != nil {
		return nil, err
	}
	err = im.AddCustomAnalyzer(facetAnalyzer, map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     single.Name,
		"token_filters": []interface{}{lowercase.Name},
	})
	if err != nil {
		return nil, err
	}

	// Text and title: stored (Get, highlighting), with term vectors (highlighting, phrase
	// queries). Not in _all: a query without a field is rewritten to search both (see
	// rewrite), which saves indexing every word twice. No doc values: nothing sorts or facets
	// on free text, and doc values of 5 KB texts would double the index.
	text := func() *mapping.FieldMapping {
		f := mapping.NewTextFieldMapping()
		f.Analyzer = textAnalyzer
		f.Store = true
		f.Index = true
		f.IncludeTermVectors = true
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	// Facet fields: exact (lower-cased) terms with doc values for facets, not in _all so that
	// a free-text "en" does not match every English document, not stored.
	facet := func() *mapping.FieldMapping {
		f := mapping.NewKeywordFieldMapping()
		f.Analyzer = facetAnalyzer
		f.Store = false
		f.Index = true
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = true
		return f
	}

	dm := mapping.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt(FieldText, text())
	dm.AddFieldMappingsAt(FieldTitle, text())
	for _, name := range []string{FieldTopic, FieldYear, FieldLanguage, FieldPolicy, FieldStatus, FieldMissing} {
		dm.AddFieldMappingsAt(name, facet())
	}

	im.AddDocumentMapping(docType, dm)
	im.DefaultMapping = dm
	im.DefaultAnalyzer = textAnalyzer
	im.DefaultField = FieldText // for query types rewrite does not expand to text and title
	im.DefaultType = docType
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false
	if err := im.Validate(); err != nil {
		return nil, err
	}
	return im, nil
}
