package reviewpage

import (
	"fmt"
	"html/template"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A reviewer must see every character that changes what a name is, even one that draws
// nothing: "Kim\u200bJong" looks like "KimJong" and escapes a rule for "Kim Jong", and a
// right-to-left override reorders what follows it. Both renderings therefore show such a
// character as a marker, ⟨U+200B⟩, and never emit it raw.

// invisible reports whether r draws nothing, or changes how its neighbours are drawn, in a
// terminal or a browser: format characters (Cf: bidi embeddings, overrides and isolates,
// zero-width space and joiners, word joiner, byte-order mark, soft hyphen, tag characters),
// variation selectors, the other default-ignorable code points (Hangul fillers, combining
// grapheme joiner, ...), line and paragraph separators, and control characters other than
// newline and tab (ingest refuses them; the page does not rely on it).
func invisible(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r == 0x7f:
		return true
	case r < 0x80:
		return false
	}
	return unicode.In(r, unicode.Cc, unicode.Cf, unicode.Zl, unicode.Zp,
		unicode.Variation_Selector, unicode.Other_Default_Ignorable_Code_Point)
}

// marker is how a character nobody could see is shown: its code point, or the byte value of
// a byte that is not UTF-8.
func marker(r rune, size int, first byte) string {
	if r == utf8.RuneError && size == 1 {
		return fmt.Sprintf("⟨0x%02X⟩", first)
	}
	return fmt.Sprintf("⟨U+%04X⟩", r)
}

// scanVisible calls plain for each stretch of ordinary text in s and mark for each character
// that must be shown as a marker.
func scanVisible(s string, plain func(string), mark func(string)) {
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if invisible(r) || (r == utf8.RuneError && size == 1) {
			if start < i {
				plain(s[start:i])
			}
			mark(marker(r, size, s[i]))
			start = i + size
		}
		i += size
	}
	if start < len(s) {
		plain(s[start:])
	}
}

// visibleText is s with every invisible character replaced by its marker, for the terminal
// and for HTML attributes.
func visibleText(s string) string {
	var b strings.Builder
	scanVisible(s, func(p string) { b.WriteString(p) }, func(m string) { b.WriteString(m) })
	return b.String()
}

// visibleHTML is s escaped for an HTML text node, every invisible character replaced by its
// marker in a span of class "inv" so it stands out from testimony text that happens to
// read "⟨U+200B⟩".
func visibleHTML(s string) template.HTML {
	var b strings.Builder
	scanVisible(s, func(p string) { b.WriteString(template.HTMLEscapeString(p)) }, func(m string) {
		b.WriteString(`<span class="inv" title="invisible character">`)
		b.WriteString(m)
		b.WriteString(`</span>`)
	})
	return template.HTML(b.String())
}

// countInvisible counts the characters of s that are shown as markers.
func countInvisible(s string) int {
	n := 0
	scanVisible(s, func(string) {}, func(string) { n++ })
	return n
}

// Hidden says where a page holds characters shown as markers.
type Hidden struct {
	Total int   // in the title, the text and the reviewers' amendments
	Title int   // in the title
	Lines []int // lines of the text (from 1) holding at least one
	Spans []int // spans (from 1, as in the span table) whose original or replacement holds one
}

// Hidden finds the invisible characters of the page.
func (p *Page) Hidden() Hidden {
	var h Hidden
	h.Title = countInvisible(p.Title)
	h.Total = h.Title
	for i, line := range strings.Split(p.Text, "\n") {
		if n := countInvisible(line); n > 0 {
			h.Total += n
			h.Lines = append(h.Lines, i+1)
		}
	}
	for i, s := range p.Spans {
		if countInvisible(s.Text)+countInvisible(s.Replacement) > 0 {
			h.Spans = append(h.Spans, i+1)
		}
	}
	for _, t := range p.AddedTerms {
		h.Total += countInvisible(t)
	}
	for _, k := range p.Kept {
		h.Total += countInvisible(k.Text) + countInvisible(k.Reason)
	}
	return h
}

// Summary is one sentence for the reviewer, "" when there is nothing to say.
func (h Hidden) Summary() string {
	if h.Total == 0 {
		return ""
	}
	noun := "characters"
	if h.Total == 1 {
		noun = "character"
	}
	var where []string
	if h.Title > 0 {
		where = append(where, "the title")
	}
	if len(h.Lines) > 0 {
		where = append(where, "text line "+joinInts(h.Lines))
	}
	if len(h.Spans) > 0 {
		where = append(where, "span "+joinInts(h.Spans))
	}
	s := fmt.Sprintf("contains %d invisible or direction-changing %s, shown as ⟨U+…⟩", h.Total, noun)
	if len(where) > 0 {
		s += " (" + strings.Join(where, "; ") + ")"
	}
	return s + ": check that no name or detail is split or hidden by one"
}

func joinInts(v []int) string {
	parts := make([]string, len(v))
	for i, n := range v {
		parts[i] = fmt.Sprint(n)
	}
	return strings.Join(parts, ", ")
}
