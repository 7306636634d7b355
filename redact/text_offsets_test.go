package redact

import (
	"math/rand/v2"
	"sort"
	"testing"
)

// TestSearchOffsets checks searchOffsets against sort.Search on nondecreasing offset maps
// with runs (expansions) and jumps (removals), for every offset around them.
func TestSearchOffsets(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for n := range 400 {
		a := make([]int32, n%40)
		v := int32(0)
		for i := range a {
			switch rng.IntN(6) {
			case 0: // an expansion: the same original offset again
			case 1:
				v += int32(rng.IntN(9)) // a removal or a long character
			default:
				v++
			}
			a[i] = v
		}
		last := 0
		if len(a) > 0 {
			last = int(a[len(a)-1])
		}
		for o := -3; o <= int(v)+3; o++ {
			want := sort.Search(len(a), func(i int) bool { return int(a[i]) >= o })
			if got := searchOffsets(a, o, last); got != want {
				t.Fatalf("searchOffsets(%v, %d) = %d, want %d", a, o, got, want)
			}
		}
	}
}
