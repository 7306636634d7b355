package redact

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestOccupationWordsEndAgreesWithRegexp: the hand-written occupationWords matcher ends
// where the pattern's match does, from every offset of the interviews and the gold texts and
// on strings made of the pattern's pieces.
func TestOccupationWordsEndAgreesWithRegexp(t *testing.T) {
	texts := testdataTexts(t)
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

// TestFindOccupationCuesAtAgrees: reading only the text's words that may be cues finds what reading
// every byte of a window does, on the interviews, the gold texts and strings made of the
// pattern's pieces, over windows that start after a space as scanNear's do.
func TestFindOccupationCuesAtAgrees(t *testing.T) {
	texts := testdataTexts(t)
	pieces := []string{"was", "WAS", "Was", "wass", "as", "ass", "job", "post", "of", "career", "applicant",
		"applicants", "works", ",", " ", "  ", "\t", "\n", "a", "an", "the", "A", "x", "_", "é", "1", "-", "'",
		"worked", "Am", "is", "were", "teacher", "한"}
	rng := rand.New(rand.NewPCG(9, 10))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(16); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	found := 0
	for _, s := range texts {
		text := NewText(s)
		norm := text.Norm
		// Windows from after each space or line break (or the start) to before a later one.
		var starts []int
		starts = append(starts, 0)
		for i := 0; i < len(norm); i++ {
			if norm[i] == ' ' || norm[i] == '\n' {
				starts = append(starts, i+1)
			}
		}
		ends := append(starts[1:len(starts):len(starts)], len(norm)+1)
		for k := 0; k < len(starts); {
			lo := starts[k]
			k += 1 + rng.IntN(12)
			hi := ends[min(k, len(ends))-1] - 1
			if hi < lo {
				hi = lo
			}
			want := findOccupationCues(norm[lo:hi])
			got := findOccupationCuesAt(text, lo, hi)
			if len(want) != len(got) {
				t.Fatalf("window %q: cues %v, reading every byte %v", norm[lo:hi], got, want)
			}
			for i := range want {
				if !slices.Equal(want[i], got[i]) {
					t.Fatalf("window %q: cues %v, reading every byte %v", norm[lo:hi], got, want)
				}
			}
			found += len(want)
			if k < len(starts) && rng.IntN(3) == 0 {
				k++ // a gap between windows
			}
		}
	}
	if found < 1000 {
		t.Errorf("only %d cues: the test tries too little", found)
	}
}

// findOccupationCuesAt is findOccupationCuesKept listing every cue.
func findOccupationCuesAt(t *Text, lo, hi int) [][]int {
	return findOccupationCuesKept(t, lo, hi, nil)
}
