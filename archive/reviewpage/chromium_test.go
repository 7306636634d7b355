package reviewpage_test

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"image"
	"image/color"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// chromium runs headless Chromium (Debian's `chromium`) on a file with extra flags and
// returns its stdout. The test is skipped when Chromium is not installed (.ci/run installs it
// where it can).
func chromium(t *testing.T, file string, flags ...string) string {
	t.Helper()
	bin := ""
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		if os.Getenv("TESTIMONY_REQUIRE_CHROMIUM") == "1" { // .ci/run found or installed it
			t.Fatal("chromium is not installed, and TESTIMONY_REQUIRE_CHROMIUM=1 says it must be")
		}
		t.Skip("chromium is not installed (apt-get install chromium)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--no-first-run", "--disable-extensions", "--user-data-dir=" + t.TempDir()}, flags...)
	args = append(args, "file://"+file)
	cmd := exec.CommandContext(ctx, bin, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	require.NoError(t, cmd.Run(), "chromium: %s", lastLines(errb.String(), 5))
	return out.String()
}

func lastLines(s string, n int) string {
	l := strings.Split(strings.TrimSpace(s), "\n")
	if len(l) > n {
		l = l[len(l)-n:]
	}
	return strings.Join(l, "\n")
}

// What a reviewer sees in a browser: Chromium parses the file into a DOM with the legend,
// both columns and every span marked with its category, and draws the category colours.
func TestHTMLRendersInChromium(t *testing.T) {
	_, page := runEngine(t, "pow", powTitle, powText)
	file := filepath.Join(t.TempDir(), "review.html")
	require.NoError(t, os.WriteFile(file, []byte(writeHTML(t, page)), 0o600))

	dom := chromium(t, file, "--dump-dom")
	require.Contains(t, dom, `id="legend"`)
	changed, _ := page.Counts()
	for c, n := range changed {
		assert.Regexp(t, `<li class="c-`+string(c)+`" data-category="`+string(c)+`">`+string(c)+`: `+strconv.Itoa(n)+` changed`, dom)
	}
	// Each span is marked once on each side of its row.
	marks := regexp.MustCompile(`<mark class="c-([a-z_]+)( keep)?" data-category="([a-z_]+)"`).FindAllStringSubmatch(dom, -1)
	assert.Len(t, marks, 2*len(page.Spans))
	for _, m := range marks {
		assert.Equal(t, m[1], m[3])
	}
	// The script in the testimony is text, not a script element.
	assert.NotContains(t, dom, "<script")
	assert.Contains(t, html.UnescapeString(dom), "<script>alert(1)</script>")
	// The side-by-side rows: original on the left, redacted on the right.
	assert.Regexp(t, `<td dir="auto"><mark class="c-person" data-category="person"[^>]*>Private Ri Chol-ung<sup>1</sup></mark>: In a trench`, dom)
	assert.Regexp(t, `<td dir="auto"><mark class="c-person" data-category="person"[^>]*>\[Speaker A\]<sup>1</sup></mark>: In a trench`, dom)

	// The screenshot shows the category colours: the style sheet was applied (a CSP that
	// blocked it would leave the marks without colour).
	img := screenshot(t, file, "1280,1600")
	for _, hex := range []string{"#ffc9c9" /* person */, "#bac8ff" /* place */} {
		assert.Greater(t, countColour(img, hex), 50, "colour %s not drawn", hex)
	}
}

// screenshot draws a file in Chromium in a window of size "W,H".
func screenshot(t *testing.T, file, size string) image.Image {
	t.Helper()
	shot := filepath.Join(t.TempDir(), "shot.png")
	chromium(t, file, "--screenshot="+shot, "--window-size="+size, "--hide-scrollbars")
	f, err := os.Open(shot)
	require.NoError(t, err)
	defer f.Close()
	img, err := png.Decode(f)
	require.NoError(t, err)
	return img
}

func countColour(img image.Image, hex string) int {
	var want color.RGBA
	if _, err := fmt.Sscanf(hex, "#%02x%02x%02x", &want.R, &want.G, &want.B); err != nil {
		panic(err)
	}
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bb, _ := img.At(x, y).RGBA()
			if near(r>>8, want.R) && near(g>>8, want.G) && near(bb>>8, want.B) {
				n++
			}
		}
	}
	return n
}

func near(a uint32, b uint8) bool { d := int(a) - int(b); return d >= -3 && d <= 3 }

// The page's CSP really stops network requests in Chromium: a probe page with an image and a
// style sheet from a local server makes requests without the CSP and none with it.
func TestCSPBlocksRequestsInChromium(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	_, page := runEngine(t, "base", "", "Interviewer: hello\nKim Ji-min: hello\n")
	doc := writeHTML(t, page)
	probe := `<img src="` + srv.URL + `/img.png"><link rel="stylesheet" href="` + srv.URL + `/s.css">`
	withProbe := strings.Replace(doc, "<body>", "<body>"+probe, 1)
	require.NotEqual(t, doc, withProbe)
	dir := t.TempDir()

	noCSP := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy"[^>]*>`).ReplaceAllString(withProbe, "")
	control := filepath.Join(dir, "control.html")
	require.NoError(t, os.WriteFile(control, []byte(noCSP), 0o600))
	chromium(t, control, "--dump-dom")
	require.Greater(t, hits.Load(), int32(0), "the probe made no request even without the CSP: the test proves nothing")

	hits.Store(0)
	guarded := filepath.Join(dir, "guarded.html")
	require.NoError(t, os.WriteFile(guarded, []byte(withProbe), 0o600))
	chromium(t, guarded, "--dump-dom")
	assert.Equal(t, int32(0), hits.Load(), "a request got through the page's CSP")
}
