package redact

import (
	"math/rand"
	"strings"
	"testing"
)

// TestNumberBytesEnd holds numberRunEnd and numberEnd, which read eight bytes at a time
// (numberBytesEnd), to their rules read one byte at a time, from every offset of random runs
// of digits, separators, letters and bytes that are not ASCII.
func TestNumberBytesEnd(t *testing.T) {
	runEnd := func(s string, i int) int { // digits, ",", ".", " " before a digit
		for i < len(s) && (isDigit(s[i]) || s[i] == ',' || s[i] == '.' || s[i] == ' ' && i+1 < len(s) && isDigit(s[i+1])) {
			i++
		}
		return i
	}
	end := func(s string, i int) int { // digits, "," and "." before a digit
		for i < len(s) && (isDigit(s[i]) || (s[i] == ',' || s[i] == '.') && i+1 < len(s) && isDigit(s[i+1])) {
			i++
		}
		return i
	}
	parts := []string{"0", "1", "9", "12", "345", ",", ".", " ", "  ", "a", "x", "é", "년", "\n", "/", ":", "０"}
	r := rand.New(rand.NewSource(7))
	for range 3000 {
		var b strings.Builder
		for range r.Intn(16) {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		s := b.String()
		for i := range len(s) + 1 {
			if got, want := numberRunEnd(s, i), runEnd(s, i); got != want {
				t.Fatalf("numberRunEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
			if got, want := numberEnd(s, i), end(s, i); got != want {
				t.Fatalf("numberEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}
