package redact

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestLetterWordAnchors holds foldAnchors' walk over the text's words to a search per word,
// for words of letters after digits, non-ASCII characters and separators, and inside words.
func TestLetterWordAnchors(t *testing.T) {
	wordSets := [][]string{
		{"no.", "nos.", "number", "nr", "№"},
		{"nana", "n", "an", "a"},
		{"number", "numbers", "nr", "nrs"},
	}
	texts := []string{"", "n", "number", "Number 5", "2number nr3 4nr", "case no. 5, Nr. 7 and №8",
		"ünumber —number “number” 'nr' _nr n_r numbers-nr", "nanana bananas 9nana", "1.5nr 3 4number 5,nr 6 nr", "x\\nnr\\n"}
	r := rand.New(rand.NewSource(4))
	pieces := []string{"n", "a", "nr", "number", "s", "1", "2", ",", " ", "_", "-", "ü", "—", "N", ".", "№"}
	for range 3000 {
		var b strings.Builder
		for range r.Intn(12) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		tx := NewText(text)
		for _, words := range wordSets {
			if got, want := foldAnchors(tx, words...), naiveFoldAnchors(tx.Fold, words...); !slices.Equal(got, want) {
				t.Fatalf("foldAnchors(%q, %q) = %v, want %v", tx.Fold, words, got, want)
			}
		}
	}
}
