package redact

import (
	"math/rand"
	"testing"
	"unicode/utf8"
)

// decodeRune, decodeLastRune, runeCount, twoRunesOrMore, firstSyllable and lastSyllable
// must answer as unicode/utf8 does on any input, invalid UTF-8 included.
func TestDecodeRuneMatchesUTF8(t *testing.T) {
	inputs := []string{
		"", "a", "Z9", "김", "김지민", "혜산에서", "é", "€", "𝄞", "\x00", "\x7f",
		"\xe0\x80\x80", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xed\xa0\x80", "\xed\xbf\xbf", "\xef\xbf\xbf",
		"\xea\xb0", "\xea", "\xb0\x80", "\x80\x80\x80", "\xea\xb0\x80\x80", "a\xea\xb0\x80", "\xea\xb0\x80a",
		"\xff", "\xc0\x80", "\xf0\x90\x80\x80", "\xf4\x90\x80\x80", "김\xed\xa0\x80",
		"가", "힣", "\uabff", "\ud7a4", "x가", "가x", "\xfa\xb0\x80",
	}
	// Every three-byte pattern whose bytes are drawn from the boundaries of the ranges.
	edges := []byte{0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9e, 0x9f, 0xa0, 0xa3, 0xa4, 0xb0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe1, 0xe9, 0xea, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf4, 0xf5, 0xfa, 0xff}
	for _, a := range edges {
		for _, b := range edges {
			for _, c := range edges {
				inputs = append(inputs, string([]byte{a, b, c}), string([]byte{a, b}), string([]byte{'x', a, b, c}))
			}
		}
	}
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		b := make([]byte, rng.Intn(10))
		for k := range b {
			switch rng.Intn(3) {
			case 0:
				b[k] = byte(rng.Intn(256))
			case 1:
				b[k] = 0xe0 + byte(rng.Intn(16))
			default:
				b[k] = 0x80 + byte(rng.Intn(64))
			}
		}
		inputs = append(inputs, string(b))
	}
	for _, s := range inputs {
		if r, n, wr, wn := decodeRuneAnd(s); r != wr || n != wn {
			t.Fatalf("decodeRune(%q) = %U, %d; utf8 says %U, %d", s, r, n, wr, wn)
		}
		if r, n, wr, wn := decodeLastRuneAnd(s); r != wr || n != wn {
			t.Fatalf("decodeLastRune(%q) = %U, %d; utf8 says %U, %d", s, r, n, wr, wn)
		}
		if r, want := firstSyllable(s), syllableOrNone(utf8.DecodeRuneInString(s)); r != want {
			t.Fatalf("firstSyllable(%q) = %d, want %d", s, r, want)
		}
		if r, want := lastSyllable(s), syllableOrNone(utf8.DecodeLastRuneInString(s)); r != want {
			t.Fatalf("lastSyllable(%q) = %d, want %d", s, r, want)
		}
		if n, wn := runeCount(s), utf8.RuneCountInString(s); n != wn {
			t.Fatalf("runeCount(%q) = %d; utf8 says %d", s, n, wn)
		}
		if two, want := twoRunesOrMore(s), utf8.RuneCountInString(s) >= 2; two != want {
			t.Fatalf("twoRunesOrMore(%q) = %v; utf8 counts %d runes", s, two, utf8.RuneCountInString(s))
		}
	}
}

// decodeRuneAnd returns decodeRune's answer on s, then utf8's.
func decodeRuneAnd(s string) (rune, int, rune, int) {
	r, n := decodeRune(s)
	wr, wn := utf8.DecodeRuneInString(s)
	return r, n, wr, wn
}

// decodeLastRuneAnd returns decodeLastRune's answer on s, then utf8's.
func decodeLastRuneAnd(s string) (rune, int, rune, int) {
	r, n := decodeLastRune(s)
	wr, wn := utf8.DecodeLastRuneInString(s)
	return r, n, wr, wn
}

// syllableOrNone is the rune utf8 decoded when it is a Hangul syllable, else -1.
func syllableOrNone(r rune, _ int) rune {
	if isHangulSyllable(r) {
		return r
	}
	return -1
}

// syllableCount counts the syllables of a word of Hangul syllables as runeCount does.
func TestSyllableCount(t *testing.T) {
	for _, w := range []string{"", "김", "지민", "김지민", "남궁민수", "세르게이였어요"} {
		if n, want := syllableCount(w), runeCount(w); n != want {
			t.Errorf("syllableCount(%q) = %d, want %d", w, n, want)
		}
	}
}
