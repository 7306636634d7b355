package reviewpage

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteText writes the page for a terminal. Lines without a span are printed once, indented;
// a changed line is printed twice, "- " with the original and "+ " with the redacted text,
// every span in ⟦N …⟧ brackets where N is its number in the span table that follows. A
// character that draws nothing or turns the text's direction is printed as ⟨U+XXXX⟩, never
// raw, and the header says where such characters are.
func WriteText(w io.Writer, p *Page) error {
	bw := bufio.NewWriter(w)
	writeHeader(bw, p)
	if p.Title != "" {
		fmt.Fprintln(bw, "\nTITLE")
		writeRows(bw, p.TitleLayout().Rows)
	}
	fmt.Fprintln(bw, "\nTEXT (- original, + redacted; ⟦N …⟧ is span N below)")
	writeRows(bw, p.Body().Rows)
	fmt.Fprintln(bw, "\nSPANS")
	tw := tabwriter.NewWriter(bw, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tWHERE\tCATEGORY\tACTION\tORIGINAL\tREPLACEMENT\tDETECTOR\tRULE\tREASON")
	for i, s := range p.Spans {
		repl := s.Replacement
		if repl == "" {
			repl = "-"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", i+1, where(s), s.Category, s.Action,
			flat(s.Text), flat(repl), dash(s.Detector), dash(s.Rule), dash(s.Reason))
	}
	tw.Flush()
	if len(p.AddedTerms) > 0 || len(p.Kept) > 0 {
		fmt.Fprintln(bw, "\nREVIEWER AMENDMENTS")
		for _, t := range p.AddedTerms {
			fmt.Fprintf(bw, "  added term: %s\n", flat(t))
		}
		for _, k := range p.Kept {
			fmt.Fprintf(bw, "  kept: %s (reason: %s)\n", flat(k.Text), flat(k.Reason))
		}
	}
	return bw.Flush()
}

func writeHeader(w io.Writer, p *Page) {
	fmt.Fprintf(w, "testimony %s  status %s  policy %s %s (sha256 %s)  run %s", visibleText(p.ID), visibleText(p.Status),
		visibleText(p.Policy), visibleText(p.PolicyVersion), shortHash(visibleText(p.PolicySHA256)), visibleText(p.Run))
	if !p.RunTime.IsZero() {
		fmt.Fprintf(w, "  %s", p.RunTime.UTC().Format("2006-01-02T15:04:05Z"))
	}
	fmt.Fprintln(w)
	changed, kept := p.Counts()
	var parts []string
	for _, c := range p.categoriesIn() {
		if n := changed[c]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", c, n))
		}
	}
	if len(parts) == 0 {
		parts = append(parts, "nothing")
	}
	fmt.Fprintf(w, "changed: %s; kept as is: %d\n", strings.Join(parts, ", "), kept)
	if h := p.Hidden().Summary(); h != "" {
		fmt.Fprintf(w, "WARNING: this testimony %s\n", h)
	}
}

func writeRows(w io.Writer, rows []Row) {
	for _, r := range rows {
		if !r.Changed() {
			fmt.Fprintf(w, "  %s\n", joinSegments(r.Original))
			continue
		}
		fmt.Fprintf(w, "- %s\n+ %s\n", joinSegments(r.Original), joinSegments(r.Redacted))
	}
}

func joinSegments(segs []Segment) string {
	var b strings.Builder
	for _, s := range segs {
		if s.Span < 0 {
			b.WriteString(visibleText(s.Text))
			continue
		}
		fmt.Fprintf(&b, "⟦%d %s⟧", s.Span+1, visibleText(s.Text))
	}
	return b.String()
}

// flat keeps a table cell on one line, invisible characters shown as markers.
func flat(s string) string {
	return strings.Join(strings.Fields(visibleText(s)), " ")
}

func dash(s string) string {
	if s = flat(s); s == "" {
		return "-"
	}
	return s
}
