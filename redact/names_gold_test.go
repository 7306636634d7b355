package redact_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// goldMention is one annotated mention in testdata/gold, in byte offsets of the stripped body.
type goldMention struct {
	typ, idType string
	start, end  int
}

var goldMarkup = regexp.MustCompile(`\{\{([A-Z]+):([A-Z_]+):[^|]*\|([^}]*)\}\}`)

// parseGoldMarkup strips the {{TYPE:IDTYPE:ENTITY|surface}} markup (testdata/README.md) and
// returns the text and the mentions. The evaluation package has its own parser; this one only
// serves the detector tests and keeps them independent of it.
func parseGoldMarkup(src string) (string, []goldMention) {
	var b strings.Builder
	var ms []goldMention
	last := 0
	for _, m := range goldMarkup.FindAllStringSubmatchIndex(src, -1) {
		b.WriteString(src[last:m[0]])
		surface := src[m[6]:m[7]]
		st := b.Len()
		b.WriteString(surface)
		ms = append(ms, goldMention{typ: src[m[2]:m[3]], idType: src[m[4]:m[5]], start: st, end: b.Len()})
		last = m[1]
	}
	b.WriteString(src[last:])
	return b.String(), ms
}

// TestNamesRecallOnGold measures, on the synthetic gold corpus, how many annotated private
// person mentions and sub-province places the names, Hangul and places detectors cover, and
// how many person candidates hit nothing annotated as a person. It is a detector-level
// measure: the engine's own evaluation scores the whole policy.
func TestNamesRecallOnGold(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "gold", "*.md"))
	if len(files) == 0 {
		t.Skip("no gold corpus")
	}
	g := namesGazetteer(t)
	var personGold, personHit, placeGold, placeHit, personCands, personFP int
	for _, f := range files {
		if filepath.Base(f) == "README.md" {
			continue
		}
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		body := string(src)
		if i := strings.Index(body, "\n---\n"); strings.HasPrefix(body, "---\n") && i > 0 {
			body = body[i+5:]
		}
		text, ms := parseGoldMarkup(body)
		cands := detectNames(text, g)
		covered := func(m goldMention, cat redact.Category) bool {
			for _, c := range cands {
				if c.Category == cat && c.Start < m.end && m.start < c.End {
					return true
				}
			}
			return false
		}
		for _, m := range ms {
			switch {
			case m.typ == "PERSON" && m.idType == "DIRECT":
				personGold++
				if covered(m, redact.Person) {
					personHit++
				} else if testing.Verbose() {
					t.Logf("%s: missed person %q", filepath.Base(f), text[m.start:m.end])
				}
			case m.typ == "LOC" && m.idType == "QUASI":
				placeGold++
				if covered(m, redact.Place) {
					placeHit++
				} else if testing.Verbose() {
					t.Logf("%s: missed place %q", filepath.Base(f), text[m.start:m.end])
				}
			}
		}
		for _, c := range cands {
			if c.Category != redact.Person {
				continue
			}
			personCands++
			hit := false
			for _, m := range ms {
				if (m.typ == "PERSON" && m.idType == "DIRECT" || m.typ == "MISC" || m.typ == "CODE") && c.Start < m.end && m.start < c.End {
					hit = true
				}
			}
			if !hit {
				personFP++
				if testing.Verbose() {
					t.Logf("%s: person candidate %q not annotated as a person (%s)", filepath.Base(f), text[c.Start:c.End], c.Reason)
				}
			}
		}
	}
	pr := float64(personHit) / float64(max(personGold, 1))
	lr := float64(placeHit) / float64(max(placeGold, 1))
	pp := 1 - float64(personFP)/float64(max(personCands, 1))
	t.Logf("person mentions covered %d/%d (%.3f); sub-province places covered %d/%d (%.3f); person candidates on annotated spans %.3f",
		personHit, personGold, pr, placeHit, placeGold, lr, pp)
	assert.GreaterOrEqual(t, pr, 0.95, "person recall floor")
	assert.GreaterOrEqual(t, lr, 0.93, "place recall floor")
	assert.GreaterOrEqual(t, pp, 0.97, "person precision floor")
}

// BenchmarkNameDetectors runs the names, Hangul and places detectors over the gold corpus.
func BenchmarkNameDetectors(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "gold", "*.md"))
	if len(files) == 0 {
		b.Skip("no gold corpus")
	}
	var docs []string
	size := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(b, err)
		text, _ := parseGoldMarkup(string(src))
		docs = append(docs, text)
		size += len(text)
	}
	g, err := policies.Gazetteer()
	require.NoError(b, err)
	b.SetBytes(int64(size))
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			detectNames(d, g)
		}
	}
}

// BenchmarkNameDetectorsOnly is BenchmarkNameDetectors without NewText, which the engine
// runs once for all detectors: it measures the names, Hangul and places detectors alone
// (go test -run '^$' -bench NameDetectorsOnly -cpu 1 ./redact/).
func BenchmarkNameDetectorsOnly(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "gold", "*.md"))
	if len(files) == 0 {
		b.Skip("no gold corpus")
	}
	var texts []*redact.Text
	size := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(b, err)
		text, _ := parseGoldMarkup(string(src))
		texts = append(texts, redact.NewText(text))
		size += len(text)
	}
	g, err := policies.Gazetteer()
	require.NoError(b, err)
	names := []string{"names", "hangul-names", "places"}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, t := range texts {
			redact.RunDetectorsOn(names, t, g)
		}
	}
}
