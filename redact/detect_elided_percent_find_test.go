package redact

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestFindElidedPercents holds the search from word starts to the pattern's own search.
func TestFindElidedPercents(t *testing.T) {
	texts := []string{"she received eighty percent; now sixty.", "first 30 per cent, later 50.",
		"twenty-five PERCENT, and then only 12;", "a-b-c percent, 7.", "x1234 percent, 5."}
	pieces := []string{"30", "1234", "eighty", "twenty-five", " ", "\t", "percent", "PER CENT", "per cent", "per",
		",", ";", ".", "and ", "now ", "only ", "é", "_", "-", "x", "\n"}
	r := rand.New(rand.NewSource(3))
	pick := func() string { return pieces[r.Intn(len(pieces))] }
	for range 20000 {
		var b strings.Builder
		if r.Intn(2) == 0 { // the shape of a match, a piece here and there changed
			for _, part := range []string{pick(), "30", " ", "percent", pick(), ",", " ", pick(), "50", "."} {
				if r.Intn(8) == 0 {
					part = pick()
				}
				b.WriteString(part)
			}
		} else {
			for range r.Intn(16) {
				b.WriteString(pick())
			}
		}
		texts = append(texts, b.String())
	}
	matched := 0
	for _, w := range texts {
		got, want := findElidedPercents(w), elidedPercent.FindAllStringSubmatchIndex(w, -1)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("findElidedPercents(%q) = %v, want %v", w, got, want)
		}
		matched += len(want)
	}
	if matched < 100 {
		t.Errorf("only %d matches: the texts no longer exercise the pattern", matched)
	}
}
