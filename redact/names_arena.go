package redact

import (
	"strings"
	"sync"
)

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

// lowerASCII returns s, which is ASCII, with its upper-case letters lowered: foldASCII(s).
func (a *stringArena) lowerASCII(s string) string {
	if s == "" {
		return ""
	}
	a.room(len(s))
	var buf [64]byte
	for rest := s; rest != ""; {
		chunk := buf[:copy(buf[:], rest)]
		rest = rest[len(chunk):]
		for k, c := range chunk {
			if 'A' <= c && c <= 'Z' {
				chunk[k] = c + 'a' - 'A'
			}
		}
		a.b.Write(chunk)
	}
	return a.last(len(s))
}

// formArenas hold strings personFormsOf makes of known names: their lower case, the spaced
// form of a Hangul name. why: a run makes a few per document, each its own small string;
// an arena is never written over (see stringArena), so one can serve any number of runs,
// one after another.
var formArenas = sync.Pool{New: func() any { return new(stringArena) }}

// foldASCIIShared is foldASCII(s) for an ASCII s, cut from a pooled arena.
func foldASCIIShared(s string) string {
	a := formArenas.Get().(*stringArena)
	f := a.lowerASCII(s)
	formArenas.Put(a)
	return f
}
