package redact_test

import (
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// TestKnownVariantsAreThePersonVariantsKeys checks that a known person's variants are the
// keys of personVariants' forms and of the name's word runs, in order, each once, one-letter
// keys left out, the full key last if it is not among them: the variants built from
// personForms, with repeats, are those of the deduplicated list. Names: the corpus's, and
// generated ones from the shipped gazetteer's surnames and given names in every order and
// spelling.
func TestKnownVariantsAreThePersonVariantsKeys(t *testing.T) {
	p, err := policies.Load("strict")
	require.NoError(t, err)
	e, err := redact.New(p)
	require.NoError(t, err)
	g := p.Gazetteer
	var names []string
	for _, c := range loadCorpus(t) {
		for _, k := range c.doc.Known {
			names = append(names, k.Text)
		}
	}
	surnames := make([]string, 0, len(g.Surnames))
	for s := range g.Surnames {
		surnames = append(surnames, s)
	}
	sort.Strings(surnames)
	givens := []string{"Ji-min", "jimin", "Sun Hui", "Young", "Chol-su", "Myong-chol", "So", "Un-hui", "Hyun Woo", "A"}
	for i, s := range surnames {
		gv := givens[i%len(givens)]
		names = append(names, s+" "+gv, strings.ToUpper(s)+" "+gv, gv+" "+s, s, "Mr "+s, s+"  "+gv+",")
	}
	names = append(names, "김지민", "박 선희", "Elena Marsh", "Auntie Wang", "A", "Ri", "Kim Jong Un", "  Lee  ",
		"Elena Márquez", "Łukasz Nowak", "O'Brien Smith", "Ms Ana-Maria Popescu")
	for _, name := range names {
		got, _ := redact.KnownVariants(e, redact.Document{Known: []redact.Known{{Text: name, Category: redact.Person}}})
		if strings.TrimSpace(name) == "" {
			continue
		}
		require.Len(t, got, 1, name)
		var want []string
		for _, f := range append(redact.PersonVariants(name, g), redact.WordRuns(name)...) {
			if k := redact.PhraseKey(f); utf8.RuneCountInString(k) >= 2 && !slices.Contains(want, k) {
				want = append(want, k)
			}
		}
		if full := redact.PhraseKey(name); utf8.RuneCountInString(full) >= 2 && !slices.Contains(want, full) {
			want = append(want, full)
		}
		assert.True(t, slices.Equal(want, got[0]), "%q: %q, %q", name, want, got[0])
	}
	assert.Greater(t, len(names), 100)
}
