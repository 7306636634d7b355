package reviewpage_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"html"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/archive/reviewpage"
	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// A synthetic prisoner-of-war interview: a speaker label, places, a unit, an age, a physical
// description, and markup that must come out escaped.
const powTitle = "Private Ri Chol-ung in Kursk"
const powText = `Interviewer: Where were you held?
Private Ri Chol-ung: In a trench near Kursk, then in a camp. My unit was the 94th Brigade. I was 24.
Interviewer: Who waits for you?
Private Ri Chol-ung: My mother in Hamhung. I have a scar on my left cheek. <script>alert(1)</script> & "fine"
`

func runEngine(t *testing.T, policy, title, text string, keep ...string) (*redact.Redacted, *reviewpage.Page) {
	t.Helper()
	pol, err := policies.Load(policy)
	require.NoError(t, err)
	eng, err := redact.New(pol)
	require.NoError(t, err)
	doc := redact.Document{ID: "tabcdefghijklmnopqrstu", Title: title, Text: text, Keep: keep,
		Known: []redact.Known{{Text: "Private Ri Chol-ung", Category: redact.Person, Role: redact.RoleSpeaker}}}
	red, err := eng.Redact(doc)
	require.NoError(t, err)
	rep := red.Report()
	return red, &reviewpage.Page{ID: doc.ID, Status: "review", Policy: rep.Policy, PolicyVersion: rep.PolicyVersion,
		PolicySHA256: rep.PolicySHA256, Run: "0123456789abcdef", Title: title, Text: text, Spans: rep.Spans}
}

// The layout renders the spans exactly as the engine did: the redacted side is the engine's
// output, byte for byte, for the title and the text.
func TestLayoutReproducesEngineOutput(t *testing.T) {
	for _, policy := range []string{"base", "strict", "defector-family", "pow"} {
		t.Run(policy, func(t *testing.T) {
			red, page := runEngine(t, policy, powTitle, powText)
			require.NotEmpty(t, page.Spans)
			assert.Equal(t, red.Text(), page.Body().Redacted)
			assert.Equal(t, red.Title(), page.TitleLayout().Redacted)
			// Every changed line is one row; joining the original sides gives the text back.
			var orig strings.Builder
			for _, r := range page.Body().Rows {
				for _, s := range r.Original {
					orig.WriteString(s.Text)
				}
				orig.WriteString("\n")
			}
			assert.Equal(t, powText, orig.String())
		})
	}
}

func TestTextMarksEverySpan(t *testing.T) {
	_, page := runEngine(t, "pow", powTitle, powText)
	var b bytes.Buffer
	require.NoError(t, reviewpage.WriteText(&b, page))
	out := b.String()
	assert.Contains(t, out, "- ⟦1 Private Ri Chol-ung⟧: In a trench")
	assert.Contains(t, out, "+ ⟦1 [Speaker A]⟧: In a trench")
	assert.Contains(t, out, "  Interviewer: Where were you held?\n") // unchanged line printed once
	for i, s := range page.Spans {
		row := regexp.MustCompile(`(?m)^` + strconv.Itoa(i+1) + `\s+(text|title) \d+–\d+\s+` + string(s.Category) + `\s+` + string(s.Action) + `\s`)
		assert.Regexp(t, row, out, "span %d", i+1)
	}
}

func writeHTML(t *testing.T, page *reviewpage.Page) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, reviewpage.WriteHTML(&b, page))
	return b.String()
}

// The HTML is self-contained: a strict CSP whose style hash matches the one style element,
// no script, no URL, no inline style attribute; every category present is in the legend and
// marked; testimony text is escaped.
func TestHTMLIsSelfContained(t *testing.T) {
	_, page := runEngine(t, "pow", powTitle, powText)
	doc := writeHTML(t, page)
	assertSelfContained(t, doc)
	assert.Contains(t, doc, "&lt;script&gt;alert(1)&lt;/script&gt;")

	changed, _ := page.Counts()
	require.NotEmpty(t, changed)
	for c := range changed {
		assert.Regexp(t, `<li class="c-`+string(c)+`" data-category="`+string(c)+`">`, doc, "legend lacks %s", c)
		assert.Contains(t, doc, `<mark class="c-`+string(c), "no mark for %s", c)
	}
	plain := html.UnescapeString(doc)
	for _, s := range page.Spans {
		assert.Contains(t, plain, "<td>"+s.Detector+"</td><td>"+s.Rule+"</td><td>"+s.Reason+"</td>")
	}
	assert.NotContains(t, doc, `class="inv"`, "a marker on a page without invisible characters")
	assert.NotContains(t, doc, `id="invisible"`)

	// Testimony text that closes the style element, opens a script and hides characters:
	// still one style element, no script, every hidden character a marker and never raw.
	t.Run("hostile", func(t *testing.T) {
		doc := writeHTML(t, hostilePage())
		assertSelfContained(t, doc)
		assert.Contains(t, doc, "&lt;/style&gt;&lt;script&gt;alert(2)&lt;/script&gt;")
		assertMarkedHTML(t, doc)
	})
}

// assertSelfContained checks a page for a strict CSP whose style hash matches the one style
// element, and for no script, no URL and no inline style or event attribute.
func assertSelfContained(t *testing.T, doc string) {
	t.Helper()
	csp := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]+)">`).FindStringSubmatch(doc)
	require.NotNil(t, csp, "no CSP meta tag")
	assert.Contains(t, csp[1], "default-src 'none'")
	assert.NotContains(t, csp[1], "unsafe")
	styles := regexp.MustCompile(`(?s)<style>(.*?)</style>`).FindAllStringSubmatch(doc, -1)
	require.Len(t, styles, 1)
	sum := sha256.Sum256([]byte(styles[0][1]))
	assert.Contains(t, csp[1], "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'", "the style element's hash is not in the CSP")
	// The CSP must come before anything it governs.
	assert.Less(t, strings.Index(doc, "Content-Security-Policy"), strings.Index(doc, "<style>"))

	assert.NotContains(t, doc, "<script")
	assert.NotRegexp(t, `(?i)(https?:|ftp:|data:|//[a-z0-9])`, doc)
	assert.NotRegexp(t, `(?i)\s(src|href|style|on[a-z]+)=`, doc)
}
