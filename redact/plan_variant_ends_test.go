package redact

import (
	"math/rand"
	"strings"
	"testing"
)

// TestVariantEndsAgreesWithPairs: the chained search finds the same variants a part of
// another as comparing every pair does, on spellings that share starts and ends, some of
// them longer than endsSortedLen (chained unsorted).
func TestVariantEndsAgreesWithPairs(t *testing.T) {
	long := strings.Repeat("kimjimin", 4)
	parts := []string{"ki", "kim", "gim", "mr", "mrs", "comrade", "ji", "min", "jimin", "ho", "lee", "young", "김", "지민", long, long + "x"}
	rng := rand.New(rand.NewSource(1))
	var ends variantEnds
	for n := 0; n < 2000; n++ {
		seen := map[string]bool{}
		var vs []string
		for k := rng.Intn(60) + 1; k > 0; k-- {
			v := ""
			for p := rng.Intn(3) + 1; p > 0; p-- {
				v += parts[rng.Intn(len(parts))]
			}
			if !seen[v] {
				seen[v] = true
				vs = append(vs, v)
			}
		}
		if !ends.index(vs) {
			t.Fatalf("index(%q) refused", vs)
		}
		for _, v := range vs {
			if got, want := ends.partOfAnother(vs, v), partOfAnother(vs, v); got != want {
				t.Fatalf("partOfAnother(%q) in %q = %v, want %v", v, vs, got, want)
			}
		}
	}
	if ends.index([]string{"ab", "c"}) {
		t.Error("index took a variant of one byte")
	}
}
