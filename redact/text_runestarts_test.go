package redact

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestNewTextRuneStarts holds a Text whose Norm is its Original without an offset map
// (runeStarts: normalising changed no character) to the same Text with the map written out,
// as normalize makes it: Norm, Fold, Orig and normOffset at every offset, in range or not.
func TestNewTextRuneStarts(t *testing.T) {
	texts := testdataTexts(t)
	rng := rand.New(rand.NewPCG(11, 12))
	pieces := []string{"Kim ", "지민이 ", "평양에서", "가", "a", "Z", "9", " ", "\n", "中", "Ж", "é", "ǅ", "Σ",
		"…", "·", "\ufffd", "’", "\u0301", "\u200b", "\u1161", "ﬁ", "\xff", "\xea\xb0"}
	for n := range 3000 {
		var b strings.Builder
		for range n%40 + 1 {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	lazy := 0
	for _, s := range texts {
		got := NewText(s)
		var offsets []int32
		want := &Text{Original: s}
		want.Norm, want.Fold, want.origAt = normalize(s, &offsets)
		if got.Norm != want.Norm || got.Fold != want.Fold {
			t.Fatalf("%q: Norm %q Fold %q, want %q %q", s, got.Norm, got.Fold, want.Norm, want.Fold)
		}
		if got.isASCII() != (want.origAt == nil) {
			t.Fatalf("%q: isASCII %v", s, got.isASCII())
		}
		if !got.runeStarts {
			continue
		}
		lazy++
		if got.origAt != nil || got.Norm != s {
			t.Fatalf("%q: runeStarts with a map, or Norm not Original", s)
		}
		if got.origLen() != want.origLen() {
			t.Fatalf("%q: origLen %d, want %d", s, got.origLen(), want.origLen())
		}
		for o := -2; o <= len(s)+2; o++ {
			if g, w := got.normOffset(o), want.normOffset(o); g != w {
				t.Fatalf("%q: normOffset(%d) = %d, want %d", s, o, g, w)
			}
		}
		for range 200 {
			a, e := rng.IntN(len(s)+5)-2, rng.IntN(len(s)+5)-2
			if rng.IntN(2) == 0 && a < len(s) {
				e = a + rng.IntN(4) // short spans, most of them inside a character
			}
			gs, ge := got.Orig(a, e)
			ws, we := want.Orig(a, e)
			if gs != ws || ge != we {
				t.Fatalf("%q: Orig(%d, %d) = %d, %d, want %d, %d", s, a, e, gs, ge, ws, we)
			}
		}
	}
	if lazy < 100 {
		t.Fatalf("only %d texts without a map", lazy)
	}
}

// TestTextReleaseReuse holds a Text made after another was released (and so, likely, in the
// same memory) to one made while the first is still in use: nothing of the first is left.
func TestTextReleaseReuse(t *testing.T) {
	texts := testdataTexts(t)
	for i, s := range texts {
		prev := NewText(texts[(i+7)%len(texts)])
		prev.classes()
		prev.anchorLists()
		prev.release()
		got, want := NewText(s), NewText(s)
		if got.Norm != want.Norm || got.Fold != want.Fold || got.runeStarts != want.runeStarts ||
			!slices.Equal(got.origAt, want.origAt) || !slices.Equal(got.wordList(), want.wordList()) ||
			!slices.Equal(got.wordHashes(), want.wordHashes()) || !slices.Equal(got.classes(), want.classes()) ||
			len(got.anchorLists()) != len(want.anchorLists()) {
			t.Fatalf("text %d differs when made after another was released", i)
		}
		got.release()
		want.release()
	}
}
