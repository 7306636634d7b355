package redact

import "testing"

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
