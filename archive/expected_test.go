package archive

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/archive/transcript"
	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// knownSampleLeaks are the must-remove items of testdata/interviews-expected.md the engine
// still leaves readable. The test fails on any leak not listed here, and on a listed one that
// no longer leaks, so the list only shrinks. Each entry names the file and the item.
var knownSampleLeaks = []string{}

// knownSampleLosses are must-keep items the engine removes (over-redaction), same rules.
var knownSampleLosses = []string{
	"13-seoul-resettlement.md: Young people",
}

// sampleExpectation is one file's section of interviews-expected.md.
type sampleExpectation struct {
	file, policy string
	remove, keep []string
}

func readSampleExpectations(t *testing.T) []sampleExpectation {
	b, err := os.ReadFile(expectedFile(interviewsDir))
	require.NoError(t, err)
	var out []sampleExpectation
	var list *[]string
	for _, l := range strings.Split(string(b), "\n") {
		switch {
		case strings.HasPrefix(l, "## "):
			out = append(out, sampleExpectation{file: strings.TrimSpace(l[3:])})
			list = nil
		case len(out) == 0:
		case strings.HasPrefix(l, "policy:"):
			out[len(out)-1].policy = strings.TrimSpace(l[len("policy:"):])
		case strings.HasPrefix(l, "remove:"):
			list = &out[len(out)-1].remove
		case strings.HasPrefix(l, "keep:"):
			list = &out[len(out)-1].keep
		case strings.HasPrefix(l, "- ") && list != nil:
			*list = append(*list, strings.TrimSpace(l[2:]))
		}
	}
	return out
}

// appearsIn follows the matching rules the expectations file states: Latin items whole-word
// and case-sensitive (ASCII letters, digits and _ as word characters); items with Hangul as
// substrings, because Korean particles attach to names.
func appearsIn(item, text string) bool {
	for _, r := range item {
		if unicode.Is(unicode.Hangul, r) {
			return strings.Contains(text, item)
		}
	}
	return regexp.MustCompile(`(^|[^A-Za-z0-9_])` + regexp.QuoteMeta(item) + `($|[^A-Za-z0-9_])`).MatchString(text)
}

// TestSampleExpectations redacts every sample interview with its policy, as ingest does, and
// compares what is left readable with the hand-written expectations.
func TestSampleExpectations(t *testing.T) {
	samples := readSampleExpectations(t)
	require.NotEmpty(t, samples)
	var leaks, losses []string
	removeItems := 0
	for _, s := range samples {
		data, err := os.ReadFile(filepath.Join(interviewsDir, s.file))
		require.NoError(t, err)
		tm, err := transcript.Parse(s.file, data)
		require.NoError(t, err, s.file)
		doc, err := Document(tm)
		require.NoError(t, err, s.file)
		p, err := policies.Load(s.policy)
		require.NoError(t, err, s.file)
		e, err := redact.New(p)
		require.NoError(t, err)
		red, err := e.Redact(doc)
		require.NoError(t, err, s.file)
		out := red.Title() + "\n" + red.Text()
		removeItems += len(s.remove)
		for _, item := range s.remove {
			if appearsIn(item, out) {
				leaks = append(leaks, s.file+": "+item)
			}
		}
		for _, item := range s.keep {
			if !appearsIn(item, out) {
				losses = append(losses, s.file+": "+item)
			}
		}
	}
	t.Logf("%d of %d must-remove items left readable, %d must-keep items removed", len(leaks), removeItems, len(losses))
	assert.ElementsMatch(t, knownSampleLeaks, leaks, "leaks differ from the known list (a new leak, or a fixed one to strike off)")
	assert.ElementsMatch(t, knownSampleLosses, losses, "over-redaction differs from the known list")
}
