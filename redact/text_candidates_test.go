package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestCandidateRoomKeepsResults lends the room to several "detectors" in turn, the way a
// run does, and checks that what each returned still reads the same after the others have
// appended: from the room, from a later part of it, outgrown onto the heap, or nothing.
func TestCandidateRoomKeepsResults(t *testing.T) {
	text := NewText("a text the room belongs to")
	defer text.release()
	fill := func(out []Candidate, n, tag int) []Candidate {
		for i := range n {
			out = append(out, Candidate{Start: tag, End: i})
		}
		return out
	}
	var kept [][]Candidate
	var want [][2]int // tag and count of each kept result
	lend := func(n, tag, skip int) {
		room := text.candidateRoom()
		require.Nil(t, text.candidateRoom(), "a second room while one is lent must be nil")
		got := fill(room, n, tag)[skip:]
		text.endCandidateRoom(got)
		kept = append(kept, got)
		want = append(want, [2]int{tag, n - skip})
	}
	lend(5, 1, 0)    // in the room
	lend(3, 2, 1)    // a later part of the room
	lend(0, 3, 0)    // nothing
	lend(500, 4, 0)  // outgrows the room: append moves it to the heap
	lend(7, 5, 0)    // the next array is large enough for 500
	lend(20, 6, 18)  // only the last two are returned
	lend(400, 7, 10) // fits the array made after the 500
	// A clipped result ([skip:n:n]) has no capacity to tell where it starts.
	room := text.candidateRoom()
	clipped := fill(room, 6, 8)
	clipped = clipped[2:6:6]
	text.endCandidateRoom(clipped)
	kept = append(kept, clipped)
	want = append(want, [2]int{8, 4})
	lend(30, 9, 0) // must not be lent what the clipped result holds
	for k, got := range kept {
		require.Len(t, got, want[k][1], "result %d", k)
		for i, c := range got {
			require.Equal(t, want[k][0], c.Start, "result %d, candidate %d was overwritten", k, i)
		}
	}
	// The 500 moved the arena to a larger array, which the 400 fitted in without moving.
	require.GreaterOrEqual(t, cap(text.candBuf.cands), 1000)
}

// TestCandidateRoomNested checks that a detector that calls another detector's code while
// it holds the room gets no second room, so neither writes over the other.
func TestCandidateRoomNested(t *testing.T) {
	text := NewText("nested")
	defer text.release()
	outer := text.candidateRoom()
	require.NotNil(t, outer)
	inner := text.candidateRoom()
	require.Nil(t, inner)
	inner = append(inner, Candidate{Start: 2})
	outer = append(outer, Candidate{Start: 1})
	text.endCandidateRoom(outer)
	require.Equal(t, 1, outer[0].Start)
	require.Equal(t, 2, inner[0].Start)
	next := append(text.candidateRoom(), Candidate{Start: 3})
	text.endCandidateRoom(next)
	require.Equal(t, 1, outer[0].Start, "the kept result must not be the next room")
}
