package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

// writeJSON prints v as indented JSON followed by a newline. HTML characters are not escaped:
// snippets carry highlight marks that must stay readable.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// newTable returns a writer that aligns tab-separated columns with two spaces between them.
func newTable(w io.Writer) *tabwriter.Writer {
	return tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
}

// countsTable renders per-category counts, largest first, then by name, as aligned lines:
//
//	person        4
//	phone         1
//	total         5
func countsTable[K ~string](counts map[K]int) string {
	type row struct {
		cat string
		n   int
	}
	var rows []row
	total := 0
	for k, n := range counts {
		if n == 0 {
			continue
		}
		rows = append(rows, row{string(k), n})
		total += n
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].n != rows[j].n {
			return rows[i].n > rows[j].n
		}
		return rows[i].cat < rows[j].cat
	})
	var b strings.Builder
	tw := newTable(&b)
	fmt.Fprintf(tw, "category\tremoved\n")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%d\n", r.cat, r.n)
	}
	fmt.Fprintf(tw, "total\t%d\n", total)
	tw.Flush()
	return b.String()
}

// countsInline renders counts on one line, by category name: "person=2 phone=1".
func countsInline(counts map[string]int) string {
	keys := make([]string, 0, len(counts))
	for k, n := range counts {
		if n != 0 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s=%d", k, counts[k])
	}
	return strings.Join(parts, " ")
}

// withNewline returns s ending in exactly one newline (the empty string stays empty).
func withNewline(s string) string {
	if s == "" || strings.HasSuffix(s, "\n") {
		return s
	}
	return s + "\n"
}
