package redact

import (
	"hash/maphash"
	// The package has a variable atomic (the atomic categories).
	syncatomic "sync/atomic"
)

// labelCache keeps the strings that runs make again and again from a few parts: the
// replacements of generalized spans ("[a city in Ryanggang Province]", "in the 1990s") and
// the rules of derived decisions ("names (part of a name)"). A run made each anew, an
// allocation per span. It is lossy, a slot per hash of the string, so its memory is bounded
// whatever the documents, and safe for concurrent use: a slot holds the last string stored
// there, and a string is compared with the one asked for before it is returned. Only what
// may be read by anyone goes there (the output's replacements, rule names): no testimony
// text that the output does not show.
type labelCache struct {
	slots [labelSlots]syncatomic.Pointer[string]
}

// labelSlots is some 30 times the labels of a pass over the corpus (about 160): with 1,024
// slots some pairs of them shared one and were made again in turn, an allocation each time.
const labelSlots = 4096

// labels is the engine's label cache, shared by every engine: labels depend on nothing else.
var labels labelCache

// labelSeed seeds the hash that picks a label's slot: which slot a label takes changes
// nothing but which labels share one.
var labelSeed = maphash.MakeSeed()

// concat returns the parts joined. They are joined on the stack first: one hash of the
// joined bytes (some bytes at a time) and one comparison cost less than hashing and
// comparing part by part.
func (c *labelCache) concat(parts ...string) string {
	var buf [128]byte
	b := buf[:0]
	for _, p := range parts {
		b = append(b, p...)
	}
	return c.fromBytes(b)
}

// fromBytes returns b as a string.
func (c *labelCache) fromBytes(b []byte) string {
	slot := &c.slots[maphash.Bytes(labelSeed, b)%labelSlots]
	if s := slot.Load(); s != nil && *s == string(b) {
		return *s
	}
	s := string(b)
	slot.Store(&s)
	return s
}
