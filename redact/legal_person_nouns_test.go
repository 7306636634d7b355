package redact

import (
	"math/rand"
	"strings"
	"testing"
)

// afterPersonNounFields is afterPersonNoun as it was written first, with strings.Fields:
// the reference the in-place walk is held to.
func afterPersonNounFields(s string, i int) bool {
	ws := strings.Fields(s[max(0, i-40):i])
	if len(ws) > 0 && i-40 > 0 {
		ws = ws[1:] // the first may be cut
	}
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-2; k-- {
		if legalPersonNouns[strings.ToLower(strings.Trim(ws[k], ",;:.\"'"))] {
			return true
		}
	}
	return false
}

// TestAfterPersonNounWalk holds afterPersonNoun to its strings.Fields form at every offset of
// the interviews and of random texts of person nouns, other words, white space (Unicode's
// too) and punctuation.
func TestAfterPersonNounWalk(t *testing.T) {
	pieces := []string{"man", "Broker", "GUARD,", "\"she\"", "officer.", "friend'", "town", "called", "named", "a",
		"the", "Woman:", "x", " ", " ", "  ", "\t", "\n", "\u00a0", "\u3000", "\u2003", ",", ".", "'", "한", "é",
		"\xff", "\x80", "Teacher;", "lady", "someone", "ŞEN"}
	texts := testdataTexts(t)
	r := rand.New(rand.NewSource(7))
	for range 5000 {
		var b strings.Builder
		for range r.Intn(24) {
			b.WriteString(pieces[r.Intn(len(pieces))])
			if r.Intn(2) == 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	found := 0
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			want := afterPersonNounFields(s, i)
			if got := afterPersonNoun(s, i); got != want {
				t.Fatalf("afterPersonNoun(%q, %d) = %v, want %v", s[max(0, i-40):i], i, got, want)
			}
			if want {
				found++
			}
		}
	}
	if found == 0 {
		t.Fatal("no person noun found: the test tests nothing")
	}
}

// TestInLowered holds inLowered to a lookup of strings.ToLower, for short, long and
// non-ASCII words.
func TestInLowered(t *testing.T) {
	set := map[string]bool{"the": true, "şen": true, strings.Repeat("ab", 30): true, "mr": true}
	for _, w := range []string{"The", "THE", "the", "ŞEN", "Şen", "Mr", "MR.", "", strings.Repeat("AB", 30), strings.Repeat("Ab", 31), "İ"} {
		if got, want := inLowered(set, w), set[strings.ToLower(w)]; got != want {
			t.Errorf("inLowered(%q) = %v, want %v", w, got, want)
		}
	}
}
