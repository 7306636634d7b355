package redact

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestFindFractionsOfMoney holds the search from word starts to the pattern's own search.
func TestFindFractionsOfMoney(t *testing.T) {
	pieces := []string{"a", "A", "one", "Two", "three", "half", "HALF", "halves", "quarter", "thirds", " ", "\n",
		"of", "the", "my", "money", "fees", "sum", "x", "é", "_", "1", ".", ";", "-"}
	r := rand.New(rand.NewSource(5))
	pick := func() string { return pieces[r.Intn(len(pieces))] }
	matched := 0
	for range 20000 {
		var b strings.Builder
		if r.Intn(2) == 0 { // the shape of a match, a piece here and there changed
			for _, part := range []string{pick(), " ", "a", " ", "quarter", " ", "of", " ", "the", " ", pick(), " ", "money"} {
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
		w := b.String()
		got, want := findFractionsOfMoney(w), fractionOfMoney.FindAllStringSubmatchIndex(w, -1)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("findFractionsOfMoney(%q) = %v, want %v", w, got, want)
		}
		matched += len(want)
	}
	if matched < 100 {
		t.Errorf("only %d matches: the texts no longer exercise the pattern", matched)
	}
}
