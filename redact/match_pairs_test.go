package redact

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestPairsFilterFindsTheSame: a shared matcher, which passes words over by its pairs
// filter too, finds what the same keys find without it, across any spacing of the keys'
// words, and a key added after the filter is made is found.
func TestPairsFilterFindsTheSame(t *testing.T) {
	phrases := []string{"the Workers' Party", "Kim Jong Un", "North Korea", "Hanawon", "the", "Ministry of State Security",
		"Kim", "Jong-un", "the Party", "of", "김정은", "노동당"}
	words := []string{"the", "of", "Kim", "Jong", "Un", "Jong-un", "Workers'", "Party", "North", "Korea", "Hana", "won",
		"Ministry", "State", "Security", "ministryof", "김정은이", "노동당", "said", "and", "a"}
	shared, plain := newMatcher(), newRunMatcher()
	for i, p := range phrases {
		shared.add(phraseKey(p), i)
		plain.add(phraseKey(p), i)
	}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := rng.Intn(12); k >= 0; k-- {
			b.WriteString(words[rng.Intn(len(words))])
			b.WriteString([]string{" ", "  ", "-", ", ", ". ", "\n"}[rng.Intn(6)])
		}
		text := NewText(b.String())
		require.Equal(t, plain.find(text, nil), shared.find(text, nil), "%q", b.String())
		require.NotNil(t, shared.pairs)
	}
	shared.add(phraseKey("said and"), 99)
	require.Equal(t, []phraseMatch{{0, 8, 0, 2, []int{99}}}, shared.find(NewText("said and"), nil))
}
