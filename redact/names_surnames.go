package redact

import "sync"

// surnameTable is Gazetteer.Surnames (spelling → canonical surname) in an open-addressing
// table hashed by FNV-1a. why: the names passes look up the surname of every capitalised
// word of the class and of identifier parts, some thousands of words per pass; a Go map
// lookup of a short string cost about 140 instructions, a probe here a third of that.
type surnameTable struct {
	slots  []int32 // index+1 into keys and canons; 0 is an empty slot
	keys   []string
	canons []string
}

// surnameTables keeps the table of each nameIndex (and so of each Gazetteer), made once.
var surnameTables sync.Map // *nameIndex → *surnameTable

// surnameTableFor returns the table of g's surnames; ix is indexFor(g).
func surnameTableFor(ix *nameIndex, g *Gazetteer) *surnameTable {
	if v, ok := surnameTables.Load(ix); ok {
		return v.(*surnameTable)
	}
	t := newSurnameTable(g.Surnames)
	v, _ := surnameTables.LoadOrStore(ix, t)
	return v.(*surnameTable)
}

func newSurnameTable(m map[string]string) *surnameTable {
	size := 16
	for size < 2*len(m) {
		size *= 2
	}
	t := &surnameTable{slots: make([]int32, size)}
	mask := uint32(size - 1)
	for w, c := range m {
		t.keys = append(t.keys, w)
		t.canons = append(t.canons, c)
		h := fnvString(w) & mask
		for t.slots[h] != 0 {
			h = (h + 1) & mask
		}
		t.slots[h] = int32(len(t.keys))
	}
	return t
}

// get is Surnames[w].
func (t *surnameTable) get(w string) (string, bool) {
	mask := uint32(len(t.slots) - 1)
	for h := fnvString(w) & mask; ; h = (h + 1) & mask {
		n := t.slots[h]
		if n == 0 {
			return "", false
		}
		if t.keys[n-1] == w {
			return t.canons[n-1], true
		}
	}
}

// fnvString is FNV-1a of s.
func fnvString(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}
