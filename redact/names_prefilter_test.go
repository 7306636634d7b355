package redact_test

import (
	"fmt"
	"math/rand"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/redact"
)

// TestNamePrefiltersChangeNothing runs the names and Hangul detectors with and without the
// prefilters that let their passes skip words, over the corpus, the test cases and generated
// texts full of name parts: the candidates must be the same.
func TestNamePrefiltersChangeNothing(t *testing.T) {
	g := namesGazetteer(t)
	var docs []string
	for _, c := range loadCorpus(t) {
		docs = append(docs, c.doc.Text)
	}
	for _, tc := range nameCases {
		docs = append(docs, tc.doc)
	}
	for _, tc := range hangulCases {
		docs = append(docs, tc.doc)
	}
	docs = append(docs, generatedNameTexts(g, 400)...)
	dets := []string{"names", "hangul-names"}
	found := 0
	defer redact.SetNamePrefilters(true)
	for n, doc := range docs {
		redact.SetNamePrefilters(true)
		with := redact.RunDetectors(dets, doc, g)
		redact.SetNamePrefilters(false)
		without := redact.RunDetectors(dets, doc, g)
		// why: a mismatch reports offsets and rules only, never the text or its reasons.
		if !reflect.DeepEqual(without, with) {
			k := 0
			for k < len(with) && k < len(without) && reflect.DeepEqual(with[k], without[k]) {
				k++
			}
			t.Fatalf("text %d (%d bytes): prefilters changed the candidates from #%d (%d with, %d without)%s",
				n, len(doc), k, len(with), len(without), firstRule(with, without, k))
		}
		found += len(with)
	}
	require.Greater(t, found, len(docs), "the texts should hold names")
}

// firstRule describes candidate k of a and b by span and rule.
func firstRule(a, b []redact.Candidate, k int) string {
	d := ""
	if k < len(a) {
		d += fmt.Sprintf("; with: [%d,%d) %s", a[k].Start, a[k].End, a[k].Rule)
	}
	if k < len(b) {
		d += fmt.Sprintf("; without: [%d,%d) %s", b[k].Start, b[k].End, b[k].Rule)
	}
	return d
}

// generatedNameTexts writes n texts of surnames, given syllables (joined, hyphenated,
// spaced, in any case), first names and common words with assorted separators, so that the
// same people recur in many spellings.
func generatedNameTexts(g *redact.Gazetteer, n int) []string {
	rng := rand.New(rand.NewSource(1))
	keys := func(m map[string]bool) []string {
		var out []string
		for k, ok := range m {
			if ok {
				out = append(out, k)
			}
		}
		sort.Strings(out)
		return out
	}
	var surnames []string
	for k := range g.Surnames {
		surnames = append(surnames, k)
	}
	sort.Strings(surnames)
	syls, firsts := keys(g.GivenSyllables), keys(g.FirstNames)
	words := []string{"the", "and", "said", "my", "sister", "Mr", "named", "was", "in", "so", "young",
		"park", "song", "moon", "will", "Comrade", "called", "told", "me", "Ms", "known", "as", "village"}
	seps := []string{" ", " ", " ", "-", ", ", ". ", "\n", "_", ".", "'s ", ": "}
	pick := func(l []string) string { return l[rng.Intn(len(l))] }
	cased := func(w string) string {
		switch rng.Intn(4) {
		case 0:
			return w
		case 1:
			return strings.ToUpper(w)
		}
		if w == "" {
			return w
		}
		return strings.ToUpper(w[:1]) + w[1:]
	}
	out := make([]string, 0, n)
	for range n {
		var b strings.Builder
		for k := range 40 + rng.Intn(80) {
			if k > 0 {
				b.WriteString(pick(seps))
			}
			switch rng.Intn(7) {
			case 0:
				b.WriteString(cased(pick(surnames)))
			case 1, 2:
				b.WriteString(cased(pick(syls)))
			case 3:
				b.WriteString(cased(pick(syls) + pick(syls)))
			case 4:
				b.WriteString(cased(pick(firsts)))
			default:
				b.WriteString(cased(pick(words)))
			}
		}
		out = append(out, b.String())
	}
	return out
}
