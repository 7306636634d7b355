package redact

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// renderByCopy is render as it was: the builder sized at a guess, every field copied.
func renderByCopy(s string, ds []*decision) (string, []replacedRange, [][2]int) {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	var repl []replacedRange
	var kept [][2]int
	last := 0
	for _, d := range ds {
		if d.Start < last {
			continue
		}
		if d.Action == Keep {
			start := b.Len() + d.Start - last
			kept = append(kept, [2]int{start, start + d.End - d.Start})
			continue
		}
		b.WriteString(s[last:d.Start])
		start := b.Len()
		b.WriteString(d.Replacement)
		repl = append(repl, replacedRange{start: start, end: b.Len(), origStart: d.Start, origEnd: d.End})
		last = d.End
	}
	b.WriteString(s[last:])
	return b.String(), repl, kept
}

// TestRenderSizedOnce checks render, which sizes its output first and returns a field
// that nothing changes as it is, against renderByCopy on random decisions: sorted by
// start, overlapping at times, keeps among them, replacements longer and shorter.
func TestRenderSizedOnce(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	repls := []string{"", "[a place]", "X", "[Person A]", "in the 1990s"}
	for range 3000 {
		s := strings.Repeat("Kim went to Hyesan. ", 5)[:1+rng.Intn(80)]
		var ds []*decision
		for range rng.Intn(6) {
			a := rng.Intn(len(s))
			e := min(len(s), a+1+rng.Intn(12))
			d := &decision{Span: Span{Start: a, End: e, Action: Suppress, Replacement: repls[rng.Intn(len(repls))]}}
			if rng.Intn(3) == 0 {
				d.Action, d.Replacement = Keep, ""
			}
			ds = append(ds, d)
		}
		slices.SortStableFunc(ds, func(a, b *decision) int { return a.Start - b.Start })
		got, gotRepl, gotKept := render(s, ds, nil, nil)
		want, wantRepl, wantKept := renderByCopy(s, ds)
		if got != want || !slices.Equal(gotRepl, wantRepl) || !slices.Equal(gotKept, wantKept) {
			t.Fatalf("render(%q) = %q %v %v, want %q %v %v", s, got, gotRepl, gotKept, want, wantRepl, wantKept)
		}
	}
}
