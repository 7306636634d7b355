package redact

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
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

// TestBoundaryASCII holds isBoundaryBefore and isBoundaryAfter's shortcuts (an ASCII byte,
// a Hangul syllable) to isWordRune, on every ASCII byte between two letters, and at every
// offset of strings with syllables, broken sequences and other letters.
func TestBoundaryASCII(t *testing.T) {
	for c := range 128 {
		s := "a" + string(rune(c)) + "가"
		want := !isWordRune(rune(c))
		if got := isBoundaryBefore(s, 2); got != want {
			t.Errorf("isBoundaryBefore after %q = %v, want %v", rune(c), got, want)
		}
		if got := isBoundaryAfter(s, 1); got != want {
			t.Errorf("isBoundaryAfter before %q = %v, want %v", rune(c), got, want)
		}
	}
	for _, s := range []string{"", "가", "a", "é", "\xff", "가나", "a가", "\x80가\x80", "\xeb가", "가\xeb\x8c", "힣", "\xed\x9f\xbf"} {
		for o := 0; o <= len(s); o++ {
			r1, _ := utf8.DecodeLastRuneInString(s[:o])
			if got, want := isBoundaryBefore(s, o), o <= 0 || !isWordRune(r1); got != want {
				t.Errorf("isBoundaryBefore(%q, %d) = %v, want %v", s, o, got, want)
			}
			r2, _ := utf8.DecodeRuneInString(s[o:])
			if got, want := isBoundaryAfter(s, o), o >= len(s) || !isWordRune(r2); got != want {
				t.Errorf("isBoundaryAfter(%q, %d) = %v, want %v", s, o, got, want)
			}
		}
	}
}
