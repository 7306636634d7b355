package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/testimony-archive/testimony/index"
	"github.com/urfave/cli/v2"
)

const defaultSearchLimit = 10

func searchCommand() *cli.Command {
	return &cli.Command{
		Name:      "search",
		Usage:     "search the redacted copies",
		UsageText: "testimony search --archive DIR [--json] [--limit N] QUERY",
		Description: "Needs no key; opens the index read-only. QUERY uses bleve's query-string syntax:\n" +
			"words, \"phrases\", +must, -mustnot, field:value (topic, year, language, policy).\n" +
			"Several arguments are joined with spaces into one query.",
		Flags: []cli.Flag{
			archiveFlag(),
			jsonFlag(`print {"total": N, "hits": [{"id", "score", "snippets"}], "facets": {...}}`),
			&cli.IntFlag{Name: "limit", Value: defaultSearchLimit, Usage: "return at most `N` hits"},
		},
		Action: runSearch,
	}
}

// searchJSON is the output of `search --json`, documented in README.md.
type searchJSON struct {
	Total  uint64                 `json:"total"`
	Hits   []hitJSON              `json:"hits"`
	Facets map[string][]facetJSON `json:"facets"`
}

type hitJSON struct {
	ID       string   `json:"id"`
	Score    float64  `json:"score"`
	Snippets []string `json:"snippets"`
}

type facetJSON struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

func runSearch(c *cli.Context) error {
	if _, err := archiveDir(c); err != nil {
		return err
	}
	if c.NArg() == 0 {
		return usagef("search: missing QUERY")
	}
	query := strings.TrimSpace(strings.Join(c.Args().Slice(), " "))
	if query == "" {
		return usagef("search: the QUERY is empty")
	}
	limit := c.Int("limit")
	if limit < 1 {
		return usagef("search: --limit must be at least 1")
	}
	a, err := openArchive(c)
	if err != nil {
		return err
	}
	res, err := a.Search(index.Request{Query: query, Limit: limit})
	if err != nil {
		return err
	}
	if c.Bool("json") {
		return writeJSON(c.App.Writer, toSearchJSON(res))
	}
	printSearch(c.App.Writer, res)
	return nil
}

// toSearchJSON copies a result into the documented shape: hits, snippets and facets are
// never null.
func toSearchJSON(res *index.Result) searchJSON {
	out := searchJSON{Total: res.Total, Hits: []hitJSON{}, Facets: map[string][]facetJSON{}}
	for _, h := range res.Hits {
		snips := append([]string{}, h.Snippets...)
		out.Hits = append(out.Hits, hitJSON{ID: h.ID, Score: h.Score, Snippets: snips})
	}
	for name, fs := range res.Facets {
		terms := make([]facetJSON, 0, len(fs))
		for _, f := range fs {
			terms = append(terms, facetJSON{Term: f.Term, Count: f.Count})
		}
		out.Facets[name] = terms
	}
	return out
}

// printSearch prints the human form:
//
//	2 testimonies match (showing 2)
//	<id>  score 0.8123
//	    …snippet…
//	facets: language: en (2) · year: 2019 (1), 2021 (1)
func printSearch(w io.Writer, res *index.Result) {
	noun := "testimonies match"
	if res.Total == 1 {
		noun = "testimony matches"
	}
	fmt.Fprintf(w, "%d %s (showing %d)\n", res.Total, noun, len(res.Hits))
	for _, h := range res.Hits {
		fmt.Fprintf(w, "%s  score %.4f\n", h.ID, h.Score)
		for _, s := range h.Snippets {
			fmt.Fprintf(w, "    %s\n", flatten(s))
		}
	}
	if f := formatFacets(res.Facets); f != "" && res.Total > 0 {
		fmt.Fprintf(w, "facets: %s\n", f)
	}
}

// formatFacets renders facets on one line, fields in name order, terms in the index's order.
func formatFacets(facets map[string][]index.Facet) string {
	names := make([]string, 0, len(facets))
	for n, fs := range facets {
		if len(fs) > 0 {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	parts := make([]string, 0, len(names))
	for _, n := range names {
		terms := make([]string, 0, len(facets[n]))
		for _, f := range facets[n] {
			term := f.Term
			if term == "" {
				term = "(none)"
			}
			terms = append(terms, fmt.Sprintf("%s (%d)", term, f.Count))
		}
		parts = append(parts, n+": "+strings.Join(terms, ", "))
	}
	return strings.Join(parts, " · ")
}

// flatten puts a snippet on one line: every run of white space, line breaks included,
// becomes one space.
func flatten(s string) string { return strings.Join(strings.Fields(s), " ") }
