package redact

import (
	"math/rand"
	"strings"
	"testing"
)

// TestNonPartWords holds nameParts' one set to the two lists it asked before (the function
// words and the titles), and its filter to the set's keys.
func TestNonPartWords(t *testing.T) {
	for w := range nonPartWords {
		if !functionWords[w] && !partTitles[w] && !titles[w] {
			t.Errorf("%q is in nonPartWords but in neither list", w)
		}
		if !nonPartFilter.mayHold(w) {
			t.Errorf("the filter turns away %q, a key of nonPartWords", w)
		}
	}
	for _, list := range []map[string]bool{functionWords, partTitles, titles} {
		for w := range list {
			if !nonPartWords[w] {
				t.Errorf("%q is missing from nonPartWords", w)
			}
		}
	}
}

// TestFindHangulRandom holds the Hangul pass (its first and second syllable filters) to
// findAppendOutsideRef on random Korean words of a few syllables and letters, so that keys
// and words share their first syllables often: keys of one syllable, of two and more, words
// that are a key's prefix and words that go on past it (particles).
func TestFindHangulRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	letters := []string{"김", "지", "민", "이", "박", "가", "ᄀ", "ᅡ", "x"}
	randomWord := func() string {
		var b strings.Builder
		for i := 0; i < 1+rng.Intn(4); i++ {
			b.WriteString(letters[rng.Intn(len(letters))])
		}
		return b.String()
	}
	seps := []string{" ", "  ", "-", ", ", "\n"}
	for round := 0; round < 3000; round++ {
		var b strings.Builder
		for i := 0; i < 1+rng.Intn(40); i++ {
			if i > 0 {
				b.WriteString(seps[rng.Intn(len(seps))])
			}
			b.WriteString(randomWord())
		}
		text := NewText(b.String())
		kind := refMatcherKinds[round%2] // the exact matcher has no Hangul pass
		m := kind.make(8)
		for i := 0; i < 1+rng.Intn(8); i++ {
			phrase := randomWord()
			if rng.Intn(3) == 0 {
				phrase += " " + randomWord()
			}
			m.add(refKey(m, phrase), i)
		}
		checkSameMatches(t, m, text, randomCovered(rng, len(text.Norm)), randomSkip(rng, len(text.Norm)), kind.name)
		if kind.name == "run" {
			returnRunMatcher(m)
		}
		text.release()
	}
}
