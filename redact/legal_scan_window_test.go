package redact

import (
	"math/rand"
	"strings"
	"testing"
)

// TestLastNewline holds lastNewline to strings.LastIndexByte on random strings of a few
// bytes (line breaks, other control bytes, bytes past ASCII), of every length up to 40.
func TestLastNewline(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	alphabet := []byte{'\n', '\r', '\t', ' ', 'a', 0x0b, 0x8a, 0xea, 0xff, 0}
	buf := make([]byte, 40)
	for range 100000 {
		n := rng.Intn(len(buf) + 1)
		for i := range n {
			buf[i] = alphabet[rng.Intn(len(alphabet))]
			if rng.Intn(4) != 0 && buf[i] == '\n' {
				buf[i] = 'x' // most windows hold no line break
			}
		}
		s := string(buf[:n])
		if got, want := lastNewline(s), strings.LastIndexByte(s, '\n'); got != want {
			t.Fatalf("lastNewline(%q) = %d, want %d", s, got, want)
		}
	}
}
