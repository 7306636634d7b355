package redact

import "testing"

// Lists carved from the run's blocks hold their room only: appending past it does not write
// into the next list; a list longer than a block is made apart; releaseArena clears them.
func TestDecisionLists(t *testing.T) {
	r := &runState{}
	a := r.decisionList(3)
	b := r.decisionList(2)
	d1, d2 := &decision{}, &decision{}
	b = append(b, d1)
	a = append(a, d2, d2, d2, d2) // past a's room: moves
	if cap(a) < 4 || b[0] != d1 || len(r.lists) != 5 || r.lists[3] != d1 {
		t.Fatalf("lists overlap: a %v, b %v", a, b)
	}
	if big := r.decisionList(listBlockLen + 1); cap(big) != listBlockLen+1 || len(r.listBlocks) != 1 {
		t.Fatalf("a list longer than a block: cap %d, %d blocks", cap(big), len(r.listBlocks))
	}
	for range 3 {
		r.decisionList(listBlockLen / 2)
	}
	if len(r.listBlocks) != 2 {
		t.Fatalf("%d blocks, want 2", len(r.listBlocks))
	}
	blocks := append([]*[]*decision(nil), r.listBlocks...)
	r.releaseArena()
	for _, blk := range blocks {
		for _, d := range (*blk)[:cap(*blk)] {
			if d != nil {
				t.Fatal("a released block keeps a decision")
			}
		}
	}
}

// A run state reset for the pool (recycle) keeps no document, decision or string.
func TestRunStateReset(t *testing.T) {
	r := newRunState(&Engine{}, Document{Text: "x"})
	r.forms = append(r.forms, "kim")
	r.cluster = append(r.cluster, &decision{})
	r.known = append(r.known, knownEntry{fullKey: "kim"})
	forms, cluster, known := r.forms, r.cluster, r.known
	r.reset()
	if forms[0] != "" || cluster[0] != nil || known[0].fullKey != "" {
		t.Fatal("recycle left the run's strings or decisions in its slices")
	}
	if r.doc.Text != "" || r.e != nil || len(r.forms) != 0 {
		t.Fatal("recycle left the run's document")
	}
}
