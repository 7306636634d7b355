package redact

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestFindLetterCodesAgreesWithRegexp: findLetterCodes finds what letterCode's FindAll does,
// in windows from every offset of the interviews and the gold texts and of strings made of
// the pattern's pieces.
func TestFindLetterCodesAgreesWithRegexp(t *testing.T) {
	texts := testdataTexts(t)
	pieces := []string{"RA", "UA", "POW", "ECHR", "EUR", "A", "ВК", "Ä", "É", "é", "ǅ", "ß", "x", "ab", "12", "7720413",
		"2008", "0417", "5", "-", "/", " ", "  ", "_", ".", ",", "(", ")", "\n", "\xff", "한", "٣", "²", "ª", "no.", "Case"}
	rng := rand.New(rand.NewPCG(23, 24))
	for n := 0; n < 30000; n++ {
		var b strings.Builder
		for k := rng.IntN(14); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(4) == 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	found := 0
	for _, s := range texts {
		step := 1
		if len(s) > 2000 {
			step = 7 // the long texts: enough windows, in reasonable time
		}
		for p := 0; p < len(s); p += step {
			w := s[p:min(len(s), p+50)]
			want := letterCode.FindAllStringSubmatchIndex(w, -1)
			got := findLetterCodes(w)
			if len(got) != len(want) {
				t.Fatalf("findLetterCodes(%q) = %v, the pattern says %v", w, got, want)
			}
			for k := range want {
				if !slices.Equal(got[k], want[k]) {
					t.Fatalf("findLetterCodes(%q) = %v, the pattern says %v", w, got, want)
				}
			}
			found += len(want)
		}
	}
	if found < 1000 {
		t.Errorf("only %d matches: the test tries too little", found)
	}
}
