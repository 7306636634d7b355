package redact

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// hangulClassRef is hangulClass as it was before syllableWordClasses: the first syllable's
// classes, then koreanWordClasses' walks over the bytes of every word.
func hangulClassRef(w string) uint32 {
	if syllableAt(w, 0) {
		return clsHangul | uint32(koreanSyllableClasses[leadSyllable(w)-0xAC00]&sylLeadClasses)<<koreanLeadShift |
			koreanWordClasses(w)
	}
	if w[0] >= 0xE1 && w[0] <= 0xED {
		if r, _ := utf8.DecodeRuneInString(w); unicode.Is(unicode.Hangul, r) {
			return clsHangul | koreanWordClasses(w)
		}
	}
	return 0
}

// TestHangulClass holds hangulClass to hangulClassRef: on every syllable after one and two
// others, on random words of the syllables the tables mark (and others), and on words with
// bytes that are no syllable (a Jamo, ASCII, a cut or broken sequence) among them.
func TestHangulClass(t *testing.T) {
	lexOnce.Do(buildLexicon)
	check := func(w string) {
		t.Helper()
		if w == "" {
			return
		}
		if got, want := hangulClass(w), hangulClassRef(w); got != want {
			t.Fatalf("hangulClass(%q) = %#x, want %#x", w, got, want)
		}
	}
	var marked []string // syllables with a bit in koreanSyllableClasses
	for k, b := range koreanSyllableClasses {
		r := string(rune(0xAC00 + k))
		if b != 0 {
			marked = append(marked, r)
		}
		for _, p := range []string{"", "가", "중", "가가", "정찰", "가로", "대"} {
			check(p + r)
			check(p + r + "로")
			check(p + r + "대")
		}
	}
	if len(marked) < 20 {
		t.Fatalf("only %d marked syllables", len(marked))
	}
	others := []string{"ᄀ", "ㄱ", "a", "1", "é", "中", "\xeb", "\xeb\x8c", "\xed\x9f\xbf", "\x80", "\xea\xb0"}
	rng := rand.New(rand.NewSource(1))
	for range 200000 {
		var b strings.Builder
		for n := 1 + rng.Intn(6); n > 0; n-- {
			switch x := rng.Intn(20); {
			case x == 0:
				b.WriteString(others[rng.Intn(len(others))])
			case x < 4:
				b.WriteRune(rune(0xAC00 + rng.Intn(hangulSyllableCount)))
			default:
				b.WriteString(marked[rng.Intn(len(marked))])
			}
		}
		w := b.String()
		check(w)
		check(w[:len(w)-1])
	}
}
