// Package reviewpage lays out one redaction run for a reviewer: the original and the
// redacted text side by side, line by line, every span marked with its number, category,
// action, detector, rule and reason.
//
// It writes two forms. [WriteText] is for a terminal: unchanged lines once, changed lines as
// a pair (original, then redacted) with each span in ⟦…⟧ brackets and a table of spans.
// [WriteHTML] writes one self-contained HTML file: inline CSS only (allowed by its hash in a
// strict Content-Security-Policy), no script, no external resource, colour-coded by category
// with a legend, escaped by html/template, readable in any browser without the program.
//
// Neither form emits a character a reviewer could not see: format characters (bidi
// overrides, zero-width characters, soft hyphen, ...), variation selectors, Hangul fillers and
// control characters are shown as ⟨U+XXXX⟩ markers, and [Page.Hidden] says where they are.
//
// Both forms hold original testimony text. The caller decides where they go; the archive
// writes the HTML file mode 0600 and never inside the archive.
package reviewpage

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/testimony-archive/testimony/redact"
)

// Page is one run as a reviewer sees it.
type Page struct {
	ID            string
	Status        string
	Policy        string
	PolicyVersion string
	PolicySHA256  string
	Run           string
	RunTime       time.Time
	Title         string        // the original title ("" if none)
	Text          string        // the original body the spans point into
	Spans         []redact.Span // the run's report, with surface forms
	AddedTerms    []string      // sensitive terms a reviewer added to this testimony
	Kept          []Kept        // forms a reviewer marked as false positives
}

// Kept is one form a reviewer marked to keep, with the reason given.
type Kept struct {
	Text   string
	Reason string
}

// Segment is a piece of one side of a row: plain text (Span < 0) or span number Span.
type Segment struct {
	Text string
	Span int // index into Page.Spans, or -1
}

// Row is one line (or several, when a span crosses a line break) of the original and the
// same stretch of the redacted text.
type Row struct {
	Original []Segment
	Redacted []Segment
}

// Changed reports whether the row holds any span.
func (r Row) Changed() bool {
	for _, s := range r.Original {
		if s.Span >= 0 {
			return true
		}
	}
	return false
}

// Layout is a field (the body or the title) cut into rows.
type Layout struct {
	Rows     []Row
	Redacted string // the redacted field, exactly as the engine renders it from these spans
}

// Body lays out the body of the page.
func (p *Page) Body() Layout { return layout(p.Text, p.Spans, "") }

// TitleLayout lays out the title of the page.
func (p *Page) TitleLayout() Layout { return layout(p.Title, p.Spans, "title") }

// layout applies the spans of one field as the engine renders them: spans in order of start,
// a change that starts inside an earlier change is skipped; keep spans change nothing. A keep
// span is marked only where it overlaps no change.
func layout(text string, spans []redact.Span, field string) Layout {
	var idx []int
	for i, s := range spans {
		if s.Field == field && s.Start >= 0 && s.End <= len(text) && s.Start <= s.End {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return spans[idx[a]].Start < spans[idx[b]].Start })
	var marks []int
	last := 0
	for _, i := range idx {
		s := spans[i]
		if s.Action == redact.Keep || s.Start < last {
			continue
		}
		marks = append(marks, i)
		last = s.End
	}
	for _, i := range idx {
		s := spans[i]
		if s.Action != redact.Keep || overlapsAny(s, spans, marks) {
			continue
		}
		marks = append(marks, i)
	}
	sort.SliceStable(marks, func(a, b int) bool { return spans[marks[a]].Start < spans[marks[b]].Start })

	var out Layout
	var red strings.Builder
	row := Row{}
	flushPlain := func(s string) {
		for {
			nl := strings.IndexByte(s, '\n')
			if nl < 0 {
				break
			}
			if nl > 0 {
				row.Original = append(row.Original, Segment{Text: s[:nl], Span: -1})
				row.Redacted = append(row.Redacted, Segment{Text: s[:nl], Span: -1})
			}
			out.Rows = append(out.Rows, row)
			row = Row{}
			s = s[nl+1:]
		}
		if s != "" {
			row.Original = append(row.Original, Segment{Text: s, Span: -1})
			row.Redacted = append(row.Redacted, Segment{Text: s, Span: -1})
		}
	}
	pos := 0
	for _, i := range marks {
		s := spans[i]
		flushPlain(text[pos:s.Start])
		red.WriteString(text[pos:s.Start])
		orig := text[s.Start:s.End]
		repl := orig
		if s.Action != redact.Keep {
			repl = s.Replacement
		}
		row.Original = append(row.Original, Segment{Text: orig, Span: i})
		row.Redacted = append(row.Redacted, Segment{Text: repl, Span: i})
		red.WriteString(repl)
		pos = s.End
	}
	flushPlain(text[pos:])
	red.WriteString(text[pos:])
	if len(row.Original) > 0 {
		out.Rows = append(out.Rows, row)
	}
	out.Redacted = red.String()
	return out
}

func overlapsAny(s redact.Span, spans []redact.Span, marks []int) bool {
	for _, j := range marks {
		if o := spans[j]; s.Start < o.End && o.Start < s.End {
			return true
		}
	}
	return false
}

// Counts returns the spans per category whose action changed text, and the keeps.
func (p *Page) Counts() (changed map[redact.Category]int, kept int) {
	changed = map[redact.Category]int{}
	for _, s := range p.Spans {
		if s.Action == redact.Keep {
			kept++
		} else {
			changed[s.Category]++
		}
	}
	return changed, kept
}

// categoriesIn lists the categories of the page's spans in the engine's order.
func (p *Page) categoriesIn() []redact.Category {
	seen := map[redact.Category]bool{}
	for _, s := range p.Spans {
		seen[s.Category] = true
	}
	var out []redact.Category
	for _, c := range redact.Categories() {
		if seen[c] {
			out = append(out, c)
			delete(seen, c)
		}
	}
	var rest []string
	for c := range seen {
		rest = append(rest, string(c))
	}
	sort.Strings(rest)
	for _, c := range rest {
		out = append(out, redact.Category(c))
	}
	return out
}

// where names a span's place: "text 39–50" (byte offsets) or "title 0–4".
func where(s redact.Span) string {
	f := s.Field
	if f == "" {
		f = "text"
	}
	return fmt.Sprintf("%s %d–%d", f, s.Start, s.End)
}

func shortHash(s string) string {
	if len(s) > 12 {
		return s[:12] + "…"
	}
	return s
}
