package reviewpage_test

import (
	"bytes"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/archive/reviewpage"
	"github.com/testimony-archive/testimony/redact"
)

// hiddenRunes are characters that draw nothing or change the direction of what follows:
// format characters (bidi embeddings, overrides, isolates, zero-width characters, soft
// hyphen, byte-order mark, a tag character), variation selectors, Hangul fillers, the
// combining grapheme joiner, line and paragraph separators and control characters.
var hiddenRunes = []rune{
	0x00AD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF,
	0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
	0xFE0F, 0xE0100, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x034F, 0xE0041, 0x061C, 0x180E,
	0x2028, 0x2029, 0x0085, 0x001B, '\r', 0x007F,
}

const (
	hostileTitle = "Testimony of Kim\u200bJong"
	hostileLine2 = "Kim\u200bJong: My cousin \u202eHyesan\u202c and \u2066Lee\u2069."
	hostileLine4 = "</style><script>alert(2)</script><style>x{}</style>"
)

// hostileLine3 holds every hidden rune once, each after an "x", and one byte that is not
// UTF-8.
func hostileLine3() string {
	var b strings.Builder
	b.WriteString("rest:")
	for _, r := range hiddenRunes {
		b.WriteString("x")
		b.WriteRune(r)
	}
	b.WriteString(" bad\xff.")
	return b.String()
}

// hostilePage is a synthetic page whose text, title, spans and amendments hide characters.
func hostilePage() *reviewpage.Page {
	text := "Interviewer: Who crossed with you?\n" + hostileLine2 + "\n" + hostileLine3() + "\n" + hostileLine4 + "\n"
	name := "Kim\u200bJong"
	place := "\u202eHyesan\u202c"
	at := strings.Index(text, name)
	pl := strings.Index(text, place)
	ti := strings.Index(hostileTitle, name)
	return &reviewpage.Page{ID: "tabcdefghijklmnopqrstu", Status: "review", Policy: "base", PolicyVersion: "1.0",
		PolicySHA256: "00112233445566778899aabbccddeeff", Run: "0123456789abcdef", Title: hostileTitle, Text: text,
		Spans: []redact.Span{
			{Start: at, End: at + len(name), Text: name, Category: redact.Person, Detector: "test", Rule: "name",
				Reason: "closes </style><script>alert(3)</script>", Action: redact.Pseudonymize, Replacement: "[Interviewee]"},
			{Start: ti, End: ti + len(name), Text: name, Category: redact.Person, Detector: "test", Rule: "name",
				Reason: "title", Action: redact.Pseudonymize, Replacement: "[Interviewee]", Field: "title"},
			{Start: pl, End: pl + len(place), Text: place, Category: redact.Place, Detector: "test", Rule: "place",
				Reason: "kept\u200b", Action: redact.Keep},
		},
		AddedTerms: []string{"Lee\u200b"},
		Kept:       []reviewpage.Kept{{Text: "Hyesan\u202e", Reason: "a county </script>"}},
	}
}

// hostileTotal is the number of hidden characters in hostilePage: one in the title, five on
// line 2, the hidden runes and the bad byte on line 3, one in the added term and one in the
// kept form (span texts and reasons are not counted again).
var hostileTotal = 1 + 5 + len(hiddenRunes) + 1 + 1 + 1

func markerOf(r rune) string { return fmt.Sprintf("⟨U+%04X⟩", r) }

// assertNoRaw fails when any hidden rune or the bad byte is in out.
func assertNoRaw(t *testing.T, out string) {
	t.Helper()
	for _, r := range hiddenRunes {
		assert.False(t, strings.ContainsRune(out, r), "raw %U in the output", r)
	}
	assert.True(t, utf8.ValidString(out), "a byte that is not UTF-8 in the output")
}

// assertMarkedHTML checks an HTML page of hostilePage: every hidden rune is an "inv" marker,
// none is raw, not even as a character reference, and the warning says where they are.
func assertMarkedHTML(t *testing.T, doc string) {
	t.Helper()
	assertNoRaw(t, doc)
	assertNoRaw(t, html.UnescapeString(doc))
	for _, r := range hiddenRunes {
		assert.Contains(t, doc, `<span class="inv" title="invisible character">`+markerOf(r)+`</span>`, "no marker for %U", r)
	}
	assert.Contains(t, doc, `<span class="inv" title="invisible character">⟨0xFF⟩</span>`)
	// The name split by a zero-width space is marked inside its span on the original side.
	assert.Regexp(t, `<td dir="auto"><mark class="c-person" data-category="person" title="#1 person · pseudonymize · test · name · closes &lt;/style&gt;&lt;script&gt;alert\(3\)&lt;/script&gt;">Kim<span class="inv" title="invisible character">⟨U\+200B⟩</span>Jong<sup>1</sup></mark>`, doc)
	// Attributes carry the marker as text.
	// (html/template writes "+" as "&#43;" there.)
	plain := html.UnescapeString(doc)
	assert.Contains(t, plain, `title="#3 place · keep · test · place · kept⟨U+200B⟩"`)
	assert.Contains(t, plain, `<p class="warn" id="invisible">This testimony contains `+fmt.Sprint(hostileTotal)+
		` invisible or direction-changing characters, shown as ⟨U+…⟩ (the title; text line 2, 3; span 1, 2, 3)`)
	assert.Contains(t, doc, `<li>added sensitive term: <span dir="auto">Lee<span class="inv" title="invisible character">⟨U+200B⟩</span></span></li>`)
	// Every cell of testimony text is its own direction, and spans and markers are isolates.
	assert.Regexp(t, `(?s)<style>.*mark,\.inv\{unicode-bidi:isolate\}.*</style>`, doc)
	assert.NotRegexp(t, `<tr( class="same")?><td>`, doc, "a side-by-side row without dir=auto")
	assert.Regexp(t, `<tr class="same"><td dir="auto">Interviewer: Who crossed with you\?</td><td dir="auto">Interviewer`, doc)
}

func TestTextShowsInvisibleCharacters(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, reviewpage.WriteText(&b, hostilePage()))
	out := b.String()
	assertNoRaw(t, out)
	for _, r := range hiddenRunes {
		assert.Contains(t, out, markerOf(r), "no marker for %U", r)
	}
	assert.Contains(t, out, "⟨0xFF⟩")
	assert.Contains(t, out, "\n- ⟦1 Kim⟨U+200B⟩Jong⟧: My cousin ⟦3 ⟨U+202E⟩Hyesan⟨U+202C⟩⟧ and ⟨U+2066⟩Lee⟨U+2069⟩.\n")
	assert.Contains(t, out, "\n+ ⟦1 [Interviewee]⟧: My cousin ⟦3 ⟨U+202E⟩Hyesan⟨U+202C⟩⟧ and ⟨U+2066⟩Lee⟨U+2069⟩.\n")
	assert.Contains(t, out, "\n- Testimony of ⟦2 Kim⟨U+200B⟩Jong⟧\n")
	// The third line stays one line: line and paragraph separators, NEL and CR are markers.
	assert.Regexp(t, `\n  rest:x⟨U\+00AD⟩x.*x⟨U\+2028⟩x⟨U\+2029⟩x⟨U\+0085⟩x⟨U\+001B⟩x⟨U\+000D⟩x⟨U\+007F⟩ bad⟨0xFF⟩\.\n`, out)
	assert.Contains(t, out, "\nWARNING: this testimony contains "+fmt.Sprint(hostileTotal)+
		" invisible or direction-changing characters, shown as ⟨U+…⟩ (the title; text line 2, 3; span 1, 2, 3)")
	// The span table and the amendments show the markers too.
	assert.Regexp(t, `(?m)^1\s+text \d+–\d+\s+person\s+pseudonymize\s+Kim⟨U\+200B⟩Jong\s+\[Interviewee\]`, out)
	assert.Contains(t, out, "  added term: Lee⟨U+200B⟩\n")
	assert.Contains(t, out, "  kept: Hyesan⟨U+202E⟩ (reason: a county </script>)\n")
}

// Ordinary text in any script, with typographic punctuation and no-break spaces, is left as
// it is: no marker, no warning.
func TestOrdinaryTextHasNoMarkers(t *testing.T) {
	text := "Interviewer: 어디에서 오셨어요?\nPark Su-jin: 함경북도 청진에서 왔어요 — “quoted” café, Ürümqi, שלום, سلام, 1\u00a0000 ‘x’.\n"
	page := &reviewpage.Page{ID: "tabcdefghijklmnopqrstu", Status: "review", Title: "Park Su-jin", Text: text}
	var b bytes.Buffer
	require.NoError(t, reviewpage.WriteText(&b, page))
	assert.Contains(t, b.String(), "  Park Su-jin: 함경북도 청진에서 왔어요 — “quoted” café, Ürümqi, שלום, سلام, 1\u00a0000 ‘x’.\n")
	assert.NotContains(t, b.String(), "⟨")
	assert.NotContains(t, b.String(), "WARNING")
	doc := writeHTML(t, page)
	assert.NotContains(t, doc, "⟨")
	assert.Contains(t, doc, "함경북도 청진에서 왔어요")
	assert.Equal(t, reviewpage.Hidden{}, page.Hidden())
}

// In Chromium the markers are in the DOM, no hidden character is, and the marker style is
// drawn (a blocked style sheet would leave them without their dark background).
func TestInvisibleMarkersRenderInChromium(t *testing.T) {
	file := filepath.Join(t.TempDir(), "review.html")
	require.NoError(t, os.WriteFile(file, []byte(writeHTML(t, hostilePage())), 0o600))
	dom := chromium(t, file, "--dump-dom")
	assertNoRaw(t, dom)
	assert.NotContains(t, dom, "<script")
	markers := regexp.MustCompile(`<span class="inv" title="invisible character">⟨(U\+[0-9A-F]{4,6}|0x[0-9A-F]{2})⟩</span>`).FindAllString(dom, -1)
	assert.GreaterOrEqual(t, len(markers), len(hiddenRunes)+1)

	assert.Greater(t, countColour(screenshot(t, file, "1280,1200"), "#212529"), 200, "the invisible-character markers are not drawn")
}
