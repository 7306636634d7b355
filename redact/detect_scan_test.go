package redact

import (
	"strings"
	"testing"
)

func TestIndexByteFrom(t *testing.T) {
	s := "ab_cd_e"
	for _, tc := range []struct {
		from int
		want int
	}{{0, 2}, {2, 2}, {3, 5}, {6, len(s)}, {len(s), len(s)}, {len(s) + 3, len(s)}} {
		if got := indexByteFrom(s, tc.from, '_'); got != tc.want {
			t.Errorf("indexByteFrom(%q, %d, '_') = %d, want %d", s, tc.from, got, tc.want)
		}
	}
}

func TestNextDigitWithin(t *testing.T) {
	// digitWithin is the test the loop made at every word before.
	digitWithin := func(cls []uint32, i, n int) bool {
		for k := i; k < len(cls) && k < i+n; k++ {
			if cls[k]&clsDigit != 0 {
				return true
			}
		}
		return false
	}
	for _, text := range []string{"", "no digits at all here", "7 at the start", "at the end 7",
		"a b c d e f 12 g h i j k l m n o p q 3 r", strings.Repeat("word ", 70) + "x9 " + strings.Repeat("more ", 70) + "1"} {
		c := newWordScan(NewText(text))
		for n := 1; n <= 5; n++ {
			for i := 0; i <= len(c.ws); i++ {
				want := i
				for want < len(c.ws) && !digitWithin(c.cls, want, n) {
					want++
				}
				if got := c.nextDigitWithin(i, n); got != want {
					t.Errorf("%q: nextDigitWithin(%d, %d) = %d, want %d", text, i, n, got, want)
				}
			}
		}
	}
}
