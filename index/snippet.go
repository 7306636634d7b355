package index

import (
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/highlight"
	simpleFragmenter "github.com/blevesearch/bleve/v2/search/highlight/fragmenter/simple"
	simpleHighlighter "github.com/blevesearch/bleve/v2/search/highlight/highlighter/simple"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// MarkStart and MarkEnd surround each matched word in a snippet. Snippets are plain text, not
// HTML: a terminal prints them as they are, and a caller that wants colour or <mark> replaces
// the two markers.
const (
	MarkStart = "«"
	MarkEnd   = "»"
)

const (
	snippetFormatterName = "testimony_snippet"
	highlighterName      = "testimony"
	snippetSize          = 160 // bytes of context per snippet
	maxSnippets          = 3
)

// snippetFormatter marks term locations in a fragment. Unlike bleve's formatters it merges
// overlapping and touching locations: Hangul is indexed as overlapping bigrams (어머, 머니), and
// marking them one by one would cut a word in half.
type snippetFormatter struct{}

func (snippetFormatter) Format(f *highlight.Fragment, locs highlight.TermLocations) string {
	var b strings.Builder
	curr := f.Start
	markStart, markEnd := -1, -1
	flush := func() {
		if markStart < 0 {
			return
		}
		b.Write(f.Orig[curr:markStart])
		b.WriteString(MarkStart)
		b.Write(f.Orig[markStart:markEnd])
		b.WriteString(MarkEnd)
		curr = markEnd
		markStart, markEnd = -1, -1
	}
	for _, loc := range locs {
		if loc == nil || !loc.ArrayPositions.Equals(f.ArrayPositions) {
			continue
		}
		if loc.Start < f.Start || loc.End > f.End || loc.Start < curr {
			continue
		}
		if markStart >= 0 && loc.Start <= markEnd {
			markEnd = max(markEnd, loc.End)
			continue
		}
		flush()
		markStart, markEnd = loc.Start, loc.End
	}
	flush()
	b.Write(f.Orig[curr:f.End])
	return b.String()
}

// snippetHighlighter is bleve's simple highlighter, asked for up to maxSnippets fragments per
// field instead of the one bleve asks for.
type snippetHighlighter struct {
	*simpleHighlighter.Highlighter
}

func (h snippetHighlighter) BestFragmentsInField(dm *search.DocumentMatch, doc bleveindex.Document, field string, _ int) []string {
	return h.Highlighter.BestFragmentsInField(dm, doc, field, maxSnippets)
}

func init() {
	err := registry.RegisterFragmentFormatter(snippetFormatterName,
		func(map[string]interface{}, *registry.Cache) (highlight.FragmentFormatter, error) {
			return snippetFormatter{}, nil
		})
	if err != nil {
		panic(err)
	}
	err = registry.RegisterHighlighter(highlighterName,
		func(_ map[string]interface{}, cache *registry.Cache) (highlight.Highlighter, error) {
			formatter, err := cache.FragmentFormatterNamed(snippetFormatterName)
			if err != nil {
				return nil, fmt.Errorf("building snippet formatter: %w", err)
			}
			return snippetHighlighter{simpleHighlighter.NewHighlighter(
				simpleFragmenter.NewFragmenter(snippetSize),
				formatter,
				simpleHighlighter.DefaultSeparator)}, nil
		})
	if err != nil {
		panic(err)
	}
}
