package redact

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestDottedFormAnchors holds dottedFormAnchors, which looks at the forms' first letters as
// words, to foldAnchors' search for the forms: on our interviews and on random texts of
// forms, letters, digits, separators and characters that are not ASCII.
func TestDottedFormAnchors(t *testing.T) {
	texts := anchorTestTexts(t)
	pieces := []string{"s", "a", "b", "n", "d", "v", "o", "r", "p", "l", "ş", "Ş", "S", "A", ".", ".", ".", " ",
		"s.a.", "A.Ş.", "s.r.o", "d.o.o.", "3", "12", ",", "_", "-", "é", "’", "—", "\u0301", "한", "\n"}
	r := rand.New(rand.NewSource(5))
	for range 20000 {
		var b strings.Builder
		for range r.Intn(20) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	found := 0
	for _, text := range texts {
		tx := NewText(text)
		want := foldAnchors(tx, dottedForms...)
		if got := dottedFormAnchors(tx, orgAnchors.find(tx)[10]); !slices.Equal(got, want) {
			t.Fatalf("dottedFormAnchors(%q) = %v, want %v", tx.Fold, got, want)
		}
		found += len(want)
	}
	if found < 1000 {
		t.Errorf("only %d forms found: the texts no longer exercise the search", found)
	}
}
