package redact

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestDottedAnchorsTable holds foldAnchors' table walk over full stops to a search per word,
// with words whose full stop starts or ends them and texts that start or end with one.
func TestDottedAnchorsTable(t *testing.T) {
	wordSets := [][]string{
		dottedForms,
		{"no.", "nos.", "number", "nr", "№"},
		{".com", "a.", "e.g.", "s.a.s.a", "..", "x"},
	}
	texts := []string{"", ".", "..", "a.", ".com", "s.a.s.a.s.a", "e.g. no.5, nos. 1 and 2 a.ş b.v.x",
		"Şirket A.Ş. and Foo s.a.r.l. and bar s.a.", "x.com..com"}
	r := rand.New(rand.NewSource(1))
	const alphabet = "asnoegbv.ş .c"
	for range 2000 {
		var b strings.Builder
		for range r.Intn(30) {
			b.WriteByte(alphabet[r.Intn(len(alphabet))])
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
