package redact

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestOccupationWordsEndAgreesWithRegexp: the hand-written occupationWords matcher ends
// where the pattern's match does, from every offset of the interviews and the gold texts and
// on strings made of the pattern's pieces.
func TestOccupationWordsEndAgreesWithRegexp(t *testing.T) {
	var texts []string
	for _, dir := range []string{"../testdata/interviews", "../testdata/gold"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
		for _, fn := range files {
			if b, err := os.ReadFile(fn); err == nil {
				texts = append(texts, string(b))
			}
		}
	}
	pieces := []string{"ballet", "dancer", "x-ray", "-", "é", "ß", "A", "É", "Σ", "σ", "ǅ", "ʰ", "1", "'", ".",
		" ", " ", "  ", "\t", "\n", "\f", "\r", "\v", "\u00a0", "\xff", "한", "ª"}
	rng := rand.New(rand.NewPCG(7, 8))
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for k := rng.IntN(10); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	matched := 0
	for _, s := range texts {
		for p := range len(s) {
			want := occupationWords.FindStringIndex(s[p:])
			got := occupationWordsEnd(s[p:])
			if want == nil && got != -1 || want != nil && !slices.Equal(want, []int{0, got}) {
				t.Fatalf("occupationWordsEnd(%q) = %d, the pattern says %v", s[p:min(len(s), p+40)], got, want)
			}
			if want != nil {
				matched++
			}
		}
	}
	if matched < 1000 {
		t.Errorf("only %d matches: the test tries too little", matched)
	}
}
