package redact

import (
	"math/rand"
	"strings"
	"testing"
)

// TestNameMatchersRandom holds nameRunMatch and nameAfterTitlesEnd to the patterns they
// stand for, nameRun and nameAfterTitlesAt, at every offset of random texts of names,
// initials, particles, lower-case words, white space and punctuation, and of our
// interviews.
func TestNameMatchersRandom(t *testing.T) {
	pieces := []string{"Selma", "Willis", "Ó", "Súilleabháin-Ní", "O’Neill", "d'Arcy", "McKinley", "KIM", "A.", "K.H.",
		"Ch.", "Ch", "Sz.", "J.-P.", "J.-", "A.-", "Ab", "de", "der", "della", "dell", "von", "y", "van", "desk", "was", "and",
		"la", "yes", "x", "ibn", "Ǆx", "ǅx", "Σa", "É\u0301", "-Lee", "-l", "-L", "’s", "'S", "-", "'", "’",
		" ", " ", " ", " ", "  ", "\t", "\n", ",", ".", "5", "é", "ü", "Ş", "한", "\u0301", "(", "_", "\xff"}
	texts := anchorTestTexts(t)
	r := rand.New(rand.NewSource(9))
	for range 20000 {
		var b strings.Builder
		for range r.Intn(16) {
			b.WriteString(pieces[r.Intn(len(pieces))])
			if r.Intn(2) == 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	runs, names := 0, 0
	for _, text := range texts {
		for _, s := range []string{text, NewText(text).Norm} {
			for p := range len(s) {
				w := s[p:min(len(s), p+120)]
				want, got := -1, nameRunMatch(w)
				if m := nameRun.FindStringIndex(w); m != nil {
					want = m[1]
					runs++
				}
				if got != want {
					t.Fatalf("nameRunMatch(%q) = %d, nameRun says %d", w, got, want)
				}
				m := nameAfterTitlesAt.FindStringIndex(w)
				if got := nameAfterTitlesEnd(w); got != m[1] {
					t.Fatalf("nameAfterTitlesEnd(%q) = %d, nameAfterTitlesAt says %d", w, got, m[1])
				}
				if m[1] > 0 {
					names++
				}
			}
		}
	}
	if runs < 10000 || names < 10000 {
		t.Errorf("nameRun matched %d times, nameAfterTitlesAt %d: the texts no longer exercise them", runs, names)
	}
}
