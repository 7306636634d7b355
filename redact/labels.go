package redact

import (
	"strings"
	// The package has a variable atomic (the atomic categories).
	syncatomic "sync/atomic"
)

// labelCache keeps the strings that runs make again and again from a few parts: the
// replacements of generalized spans ("[a city in Ryanggang Province]", "in the 1990s") and
// the rules of derived decisions ("names (part of a name)"). A run made each anew, an
// allocation per span. It is lossy, a slot per hash of the string, so its memory is bounded
// whatever the documents, and safe for concurrent use: a slot holds the last string stored
// there, and a string is compared with the parts before it is returned. Only what may be
// read by anyone goes there (the output's replacements, rule names): no testimony text
// that the output does not show.
type labelCache struct {
	slots [labelSlots]syncatomic.Pointer[string]
}

const labelSlots = 1024

// labels is the engine's label cache, shared by every engine: labels depend on nothing else.
var labels labelCache

// concat returns the parts joined.
func (c *labelCache) concat(parts ...string) string {
	h, n := phraseHashSeed, 0
	for _, p := range parts {
		h = phraseHash(h, p)
		n += len(p)
	}
	slot := &c.slots[h%labelSlots]
	if s := slot.Load(); s != nil && len(*s) == n && joins(*s, parts) {
		return *s
	}
	var b strings.Builder
	b.Grow(n)
	for _, p := range parts {
		b.WriteString(p)
	}
	s := b.String()
	slot.Store(&s)
	return s
}

// fromBytes returns b as a string.
func (c *labelCache) fromBytes(b []byte) string {
	slot := &c.slots[phraseHashBytes(phraseHashSeed, b)%labelSlots]
	if s := slot.Load(); s != nil && *s == string(b) {
		return *s
	}
	s := string(b)
	slot.Store(&s)
	return s
}

// joins says whether s is the parts joined (len(s) is the sum of their lengths).
func joins(s string, parts []string) bool {
	for _, p := range parts {
		if s[:len(p)] != p {
			return false
		}
		s = s[len(p):]
	}
	return true
}
