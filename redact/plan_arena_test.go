package redact

import "testing"

// TestArenaDecisionsStartZero: allocDecision does not zero what it hands out, so every
// decision of a block must be zero past what a run used, in a new block, in the rest of a
// block a run used in part and in blocks a run released, whole or in part.
func TestArenaDecisionsStartZero(t *testing.T) {
	for _, n := range []int{1, 7, arenaBlockLen - 1, arenaBlockLen, arenaBlockLen + 3, 3 * arenaBlockLen} {
		r := new(runState)
		for i := range n {
			d := r.allocDecision()
			if *d != (decision{}) {
				t.Fatalf("decision %d of a first run is not zero: %+v", i, *d)
			}
			d.Text, d.key, d.Start, d.priority, d.place = "Kim", "kim", i, 1, &PlaceEntry{}
		}
		r.releaseArena()
		for i := range 2 * n {
			if d := r.allocDecision(); *d != (decision{}) {
				t.Fatalf("after a run of %d, decision %d is not zero: %+v", n, i, *d)
			}
		}
		r.releaseArena()
	}
}
