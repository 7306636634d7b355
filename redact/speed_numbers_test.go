package redact

import (
	"testing"
	"unicode/utf8"
)

// digitsAt reads from a word's flags what isAllDigits reads from its bytes, and
// isSinoDigitSyllable's table holds the twelve syllables a number is read out with.
func TestDigitsAtMatchesIsAllDigits(t *testing.T) {
	for _, s := range wordTestTexts(t) {
		tx := NewText(s + " 010-1234 12k 3.5 x9 ４２ ٣ 2019년 공일공 9")
		c := newWordScan(tx)
		for k := -1; k <= len(c.ws); k++ {
			if got, want := c.digitsAt(k), isAllDigits(c.w(k)); got != want {
				t.Fatalf("digitsAt(%d) = %v for %q, isAllDigits says %v", k, got, c.w(k), want)
			}
		}
	}
	digits := map[rune]bool{}
	for _, r := range "공영일이삼사오육륙칠팔구" {
		digits[r] = true
	}
	for r := rune(0); r < 0x10000; r++ {
		if isSinoDigitSyllable(r) != digits[r] {
			t.Fatalf("isSinoDigitSyllable(%q) = %v", r, !digits[r])
		}
	}
}

// sinoNumeral's table gives what the switch it replaced gave, for every rune of the BMP.
func TestSinoNumeralTable(t *testing.T) {
	want := map[rune][2]float64{'일': {1, 1}, '이': {2, 1}, '삼': {3, 1}, '사': {4, 1}, '오': {5, 1},
		'육': {6, 1}, '칠': {7, 1}, '팔': {8, 1}, '구': {9, 1}, '십': {10, 2}, '백': {100, 2}, '천': {1e3, 2},
		'만': {1e4, 3}, '억': {1e8, 3}, '조': {1e12, 3}, '千': {1e3, 2}, '万': {1e4, 3}, '萬': {1e4, 3},
		'亿': {1e8, 3}, '億': {1e8, 3}}
	for r := rune(-1); r < 0x110000; r++ {
		v, kind := sinoNumeral(r)
		if w := want[r]; v != w[0] || float64(kind) != w[1] {
			t.Fatalf("sinoNumeral(%q) = %v, %d; want %v, %v", r, v, kind, w[0], w[1])
		}
	}
}

// wellFormedSyllable gives isSinoDigitSyllable what a UTF-8 decode gave it, for any bytes.
func TestSinoDigitSyllableRead(t *testing.T) {
	for _, s := range append(wordTestTexts(t), "공일공\xed\xa0\x80이\xea\xb0", "\xe3\x84\xb1일", "륙칠") {
		for i := range len(s) {
			r, _ := utf8.DecodeRuneInString(s[i:])
			if got, want := isSinoDigitSyllable(wellFormedSyllable(s[i:])), isSinoDigitSyllable(r); got != want {
				t.Fatalf("at %q: %v, a decode says %v", s[i:min(len(s), i+6)], got, want)
			}
		}
	}
}
