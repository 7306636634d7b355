package redact

import (
	"regexp"
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

func TestContainsAfter(t *testing.T) {
	for _, s := range []string{"", " ", "for", " for", "for ", " for ", "xfor for ", "before for a day",
		"in the", "was in the spring", "within the", "  in the ", "in the  in the "} {
		for _, rest := range []string{"for ", "in the "} {
			if got, want := containsAfter(s, ' ', rest), strings.Contains(s, " "+rest); got != want {
				t.Errorf("containsAfter(%q, ' ', %q) = %v, want %v", s, rest, got, want)
			}
			for from := 0; from <= len(s); from++ {
				want := strings.Index(s[from:], " "+rest)
				if want >= 0 {
					want += from
				}
				if got := indexAfter(s, from, ' ', rest); got != want {
					t.Errorf("indexAfter(%q, %d, ' ', %q) = %d, want %d", s, from, rest, got, want)
				}
			}
		}
	}
}

// The event patterns' prefilters must pass wherever the patterns match.
func TestEventPrefilters(t *testing.T) {
	matches := 0
	for _, s := range []string{
		"He was wounded in the spring.",
		"She was captured by soldiers in the early winter of that year",
		"They crossed the river in the\nlate autumn",
		"arrested in the fall",
		"he was held for three weeks",
		"Questioned by them for 12 days",
		"I was hidden for a month",
		"locked up in a cell for several years",
		"detained\tfor one year",
		"held for 100 days",
		"held for about a week",
		"wounded in spring",
	} {
		for _, c := range []struct {
			re *regexp.Regexp
			ok anchorTest
			n  int
		}{{seasonOfEventAt, seasonAfter, 120}, {lastingEventAt, lastingAfter, 100}} {
			tx := NewText(s)
			for p := range tx.Norm {
				if !c.re.MatchString(tx.Norm[p:min(len(tx.Norm), p+c.n)]) {
					continue
				}
				matches++
				if !c.ok(tx, p) {
					t.Errorf("%q at %d: the pattern matches but its prefilter says no", s, p)
				}
			}
		}
	}
	if matches < 8 {
		t.Errorf("the patterns matched %d times: the cases no longer test the prefilters", matches)
	}
}

func TestIsDay(t *testing.T) {
	for w, want := range map[string]bool{"1": true, "12": true, "31": true, "32": false, "0": false, "1st": true,
		"22nd": true, "3rd": true, "12th": true, "12s": false, "123": false, "th": false, "": false, "1sth": false, "x1": false} {
		if got := isDay(w); got != want {
			t.Errorf("isDay(%q) = %v, want %v", w, got, want)
		}
	}
}
