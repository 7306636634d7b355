package redact

import "strings"

// stringArena makes a scan's strings (the candidates' reasons and entities) as slices of a
// few larger strings. why: a testimony's names pass made hundreds of small strings, one
// allocation each; a strings.Builder hands out its bytes as a string without copying them,
// and the bytes written before stay as they are while the buffer has room, so each string
// cut from it is a slice of one allocation. A full buffer is left to the strings cut from
// it, and a new one, twice as large, is begun.
type stringArena struct{ b strings.Builder }

// Sizes of an arena's buffers: the first, and the most a later one doubles to.
const arenaFirst, arenaMost = 256, 8 << 10

// room makes room for n more bytes.
func (a *stringArena) room(n int) {
	if a.b.Cap()-a.b.Len() >= n {
		return
	}
	size := arenaFirst
	if c := a.b.Cap(); c > 0 {
		size = min(2*c, arenaMost)
	}
	a.b = strings.Builder{}
	a.b.Grow(max(size, n))
}

// last returns the last n bytes written as a string.
func (a *stringArena) last(n int) string {
	s := a.b.String()
	return s[len(s)-n:]
}

// of returns b as a string.
func (a *stringArena) of(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	a.room(len(b))
	a.b.Write(b)
	return a.last(len(b))
}

// join returns x + y + z.
func (a *stringArena) join(x, y, z string) string {
	n := len(x) + len(y) + len(z)
	if n == 0 {
		return ""
	}
	a.room(n)
	a.b.WriteString(x)
	a.b.WriteString(y)
	a.b.WriteString(z)
	return a.last(n)
}
