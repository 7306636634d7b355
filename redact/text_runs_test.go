package redact

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestNormalizePlainRuns checks normalize, which copies runs of ASCII and Hangul syllables
// whole, against normalizeReference (one character at a time) on texts of long such runs,
// in either case, broken by what ends or joins them: confusables, zero-width characters,
// combining marks and conjoining jamo after an ASCII letter or a syllable, NFKC expansions.
func TestNormalizePlainRuns(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	pieces := []string{"The Quick Brown Fox ", "jumps over the lazy dog. ", "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
		"0123456789", "김지민은 평양에서 ", "가나다라마바사아자차카타파하", "Kim 지민 ", "\n\n", "  ",
		"\u1161", "\u11a8", "\u0301", "\u0308", "\u200b", "\u00ad", "’", "А", "ﬁ", "①", "ｶ", "é", "ẞ", "İ", "\xff", "ㄳ"}
	for n := range 3000 {
		var b strings.Builder
		for range n%60 + 1 {
			p := pieces[rng.IntN(len(pieces))]
			if rng.IntN(3) == 0 {
				p = p[:rng.IntN(len(p)+1)] // cut anywhere, even inside a character
			}
			b.WriteString(p)
		}
		s := b.String()
		var refOffsets, offsets []int32
		wantNorm, wantFold, wantAt := normalizeReference(s, &refOffsets)
		gotNorm, gotFold, gotAt := normalize(s, &offsets)
		if gotNorm != wantNorm || gotFold != wantFold {
			t.Fatalf("%q: Norm %q Fold %q, want %q %q", s, gotNorm, gotFold, wantNorm, wantFold)
		}
		if len(gotAt) != len(wantAt) || (gotAt == nil) != (wantAt == nil) {
			t.Fatalf("%q: %d offsets, want %d", s, len(gotAt), len(wantAt))
		}
		for i := range gotAt {
			if gotAt[i] != wantAt[i] {
				t.Fatalf("%q: offset %d is %d, want %d", s, i, gotAt[i], wantAt[i])
			}
		}
	}
}

// TestUpperASCIIBytes checks upperASCIIBytes, hasUpperASCII and writeFoldedASCII on bytes of
// every value, ASCII or not, against the plain definitions.
func TestUpperASCIIBytes(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for n := range 2000 {
		b := make([]byte, n%40)
		for i := range b {
			b[i] = byte(rng.IntN(256))
			if rng.IntN(2) == 0 {
				b[i] = 'A' + byte(rng.IntN(30)) // around A-Z
			}
		}
		s := string(b)
		want := []byte(s)
		upper := false
		for i, c := range want {
			if 'A' <= c && c <= 'Z' {
				want[i] += 'a' - 'A'
				upper = true
			}
		}
		if hasUpperASCII(s) != upper {
			t.Fatalf("%q: hasUpperASCII %v", s, !upper)
		}
		var f strings.Builder
		writeFoldedASCII(&f, s)
		if f.String() != string(want) {
			t.Fatalf("%q: folded %q, want %q", s, f.String(), want)
		}
	}
}
