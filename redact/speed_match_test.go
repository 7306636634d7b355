package redact

import (
	"math/rand"
	"testing"
)

// TestMatchWordsAreWordRange checks that a match's words (wi, wj), which the matchers record
// as they find it, are wordRange of its offsets, for word and Hangul keys of every kind of
// matcher on the testdata texts.
func TestMatchWordsAreWordRange(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	for _, s := range testdataTexts(t) {
		text := NewText(s)
		words := text.wordList()
		for _, kind := range refMatcherKinds {
			m := kind.make(64)
			for i := 0; i < 1+rng.Intn(200); i++ {
				a := rng.Intn(len(words))
				z := min(len(words), a+1+rng.Intn(4))
				m.add(refKey(m, text.Norm[words[a].start:words[z-1].end]), i)
			}
			for _, mt := range m.find(text, nil) {
				if i, j := wordRange(words, mt.start, mt.end); int(mt.wi) != i || int(mt.wj) != j {
					t.Fatalf("%s match %d..%d: words %d..%d, wordRange %d..%d", kind.name, mt.start, mt.end, mt.wi, mt.wj, i, j)
				}
			}
			if kind.name == "run" {
				returnRunMatcher(m)
			}
		}
		text.release()
	}
}
