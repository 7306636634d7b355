package redact

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestDropAspirationMarks holds normalize to normalizeNFKC with the aspiration marks taken
// out one byte at a time: Norm, Fold and the offset map of every byte kept, on texts of
// McCune-Reischauer pieces and near misses, ASCII or not.
func TestDropAspirationMarks(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	pieces := []string{"Ch", "ch", "K", "k", "T", "p", "P", "c", "h", "n", "'", "’", "ʼ", "‘", "oe", "o", "a", "y", "w",
		"ŏ", "Ŭ", "o\u0306", "s", " ", "-", "김", "é", "\u200b", "ﬁ", "Ж", "\u0301", "don't", "Ji'an", "it's"}
	texts := []string{"", "'", "k'", "'a", "Ch'oe", "ch'ŏl", "K'ang T'ae-ho", "P'yŏngyang", "don't", "it's", "Ji'an",
		"Pyongyang's", "Ch'", "c'a", "h'a", "Kk'a", "CH'OE", "Ch’ŏl-su ‘K’ang’"}
	for n := range 4000 {
		var b strings.Builder
		for range n%30 + 1 {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	dropped := 0
	for _, s := range texts {
		var nfkcOffsets, offsets []int32
		n0, f0, at0, same := normalizeNFKC(s, &nfkcOffsets)
		if at0 == nil {
			at0 = append(appendRuneStarts(nil, s), int32(len(s))) // the implicit map
		}
		var wantNorm, wantFold []byte
		var wantAt []int32
		for j := 0; j < len(n0); j++ {
			if n0[j] == '\'' && aspirationMarkAt(n0, j) {
				continue
			}
			wantNorm, wantFold, wantAt = append(wantNorm, n0[j]), append(wantFold, f0[j]), append(wantAt, at0[j])
		}
		wantAt = append(wantAt, int32(len(s)))
		gotNorm, gotFold, gotAt := normalize(s, &offsets)
		if gotNorm != string(wantNorm) || gotFold != string(wantFold) {
			t.Fatalf("%q: Norm %q Fold %q, want %q %q", s, gotNorm, gotFold, wantNorm, wantFold)
		}
		if len(wantNorm) == len(n0) {
			continue // nothing dropped: normalize is normalizeNFKC, checked elsewhere
		}
		dropped++
		if !slices.Equal(gotAt, wantAt) {
			t.Fatalf("%q: offsets %v, want %v", s, gotAt, wantAt)
		}
		// A Text of s: the map kept, no shortcut that says Norm is Original.
		x := NewText(s)
		if x.Norm != gotNorm || x.Fold != gotFold || !slices.Equal(x.origAt, gotAt) || x.runeStarts || x.isASCII() {
			t.Fatalf("%q: NewText differs from normalize (same %v)", s, same)
		}
		x.release()
	}
	if dropped < 300 {
		t.Fatalf("only %d texts had a mark dropped", dropped)
	}
}

// Apostrophes that are no aspiration mark stay, and the Text of an ASCII text without one
// keeps its shortcut (no offset map).
func TestAspirationMarkNearMisses(t *testing.T) {
	for _, s := range []string{"don't", "it's", "Ji'an", "Pyongyang's", "Kim's", "can't", "O'Brien", "rock'n'roll",
		"'Ch'", "k'", "'a", "Pak'", "said 'yes'", "Hawai'i", "Ch'ŏl-su's", "ŏ'a"} {
		x := NewText(s)
		if strings.Count(x.Norm, "'") != strings.Count(s, "'")-strings.Count(s, "h'ŏ") {
			t.Errorf("%q: Norm %q", s, x.Norm)
		}
		if isASCII(s) && (x.origAt != nil || x.Norm != s) {
			t.Errorf("%q: an offset map for an unchanged ASCII text", s)
		}
		x.release()
	}
}
