package redact

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestAppendByStartMatchesStableSort compares spans' merge of a field's decisions and keeps
// with what it replaced, a stable sort by start of the decisions followed by the keeps, on
// random fields (equal starts included, and unsorted decisions, which take the slow path).
func TestAppendByStartMatchesStableSort(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 2000; n++ {
		mk := func(k int, sorted bool, tag string) []*decision {
			ds := make([]*decision, k)
			pos := 0
			for i := range ds {
				start := rng.Intn(40)
				if sorted {
					pos += rng.Intn(3) // repeats a start now and then
					start = pos
				}
				ds[i] = &decision{Span: Span{Start: start, End: start + 1, Rule: tag, Score: float64(i)}}
			}
			return ds
		}
		ds := mk(rng.Intn(12), n%10 != 0, "decision")
		keeps := mk(rng.Intn(6), false, "keep")

		all := append(append([]*decision(nil), ds...), keeps...)
		slices.SortStableFunc(all, func(a, b *decision) int { return a.Start - b.Start })
		var want []Span
		for _, d := range all {
			want = append(want, d.Span)
		}
		got := appendByStart(nil, ds, keeps)
		require.Equal(t, want, got, "case %d", n)
	}
}
