package redact

import "sync"

// candidateArena is a Text's pooled room for detectors' candidates. A detector that grows
// its own slice by doubling allocates about twice what it finds, for every text; with the
// room, a run that has seen texts as long allocates nothing for them.
//
// The protocol: a detector takes candidateRoom, appends to it and returns the result; the
// run then calls endCandidateRoom with what the detector returned, which keeps the part of
// the room that result uses. Nothing else may hold on to the room. A detector that never
// asks for a room, or whose appends outgrew it (append moved them to the heap), is
// unaffected.
type candidateArena struct {
	cands  []Candidate // kept candidates; the free room is cands[len:cap]
	lentAt int         // where the room lent out starts, or -1
	want   int         // the largest result that outgrew its room: the next array holds it
}

var candidateArenas = sync.Pool{New: func() any { return &candidateArena{lentAt: -1} }}

// candidateRoom returns an empty slice whose capacity is free room of t's arena, for one
// detector to append to. A second room asked before endCandidateRoom is nil: append then
// allocates as it would without the arena.
func (t *Text) candidateRoom() []Candidate {
	if t.candBuf == nil {
		t.candBuf = candidateArenas.Get().(*candidateArena)
	}
	a := t.candBuf
	if a.lentAt >= 0 {
		return nil
	}
	if free := cap(a.cands) - len(a.cands); free < 16 || free < a.want {
		// A new array, not a grown copy: candidates already kept stay where the detectors
		// that found them returned them. The old array is not cleared, for those results
		// are read until the run ends; it goes to the collector with them.
		a.cands = make([]Candidate, 0, max(2*cap(a.cands), 64, 2*a.want))
		a.want = 0
	}
	a.lentAt = len(a.cands)
	return a.cands[a.lentAt:a.lentAt:cap(a.cands)]
}

// endCandidateRoom ends the room lent by candidateRoom: got is what the detector returned.
// If got lies in the room (from its start, or a later part of it), the room up to got's end
// is kept; otherwise the room is free again, for nothing returned refers to it.
func (t *Text) endCandidateRoom(got []Candidate) {
	a := t.candBuf
	if a == nil || a.lentAt < 0 {
		return
	}
	room := a.cands[a.lentAt:cap(a.cands)]
	a.lentAt = -1
	if len(got) == 0 {
		return
	}
	// A result appended to the room and returned whole, or from a later start, keeps the
	// room's capacity, which gives where it starts; a clipped one (out[:n:n]) is looked for
	// element by element. A result found nowhere in the room is on the heap: it outgrew it.
	j := len(room) - cap(got)
	if j < 0 || j >= len(room) || &room[j] != &got[0] {
		if j = indexOfElement(room, &got[0]); j < 0 {
			a.want = max(a.want, len(got))
			return
		}
	}
	a.cands = a.cands[:len(a.cands)+j+len(got)]
}

// indexOfElement returns the index of the element of s at p, or -1.
func indexOfElement(s []Candidate, p *Candidate) int {
	for i := range s {
		if &s[i] == p {
			return i
		}
	}
	return -1
}

// release clears the arena's candidates (they hold text) and gives it back to the pool.
func (a *candidateArena) release() {
	clear(a.cands[:cap(a.cands)])
	a.cands, a.lentAt = a.cands[:0], -1
	candidateArenas.Put(a)
}
