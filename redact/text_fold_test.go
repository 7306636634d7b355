package redact

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestASCIIFolding checks the eight-bytes-at-a-time paths of asciiCase and foldASCII
// against the plain definitions, on every length around the word size and every byte.
func TestASCIIFolding(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 1100 {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.IntN(128))
		}
		s := string(b)
		ascii, upper := asciiCase(s)
		assert.True(t, ascii)
		assert.Equal(t, strings.ToLower(s) != s, upper, "length %d", n)
		assert.Equal(t, strings.ToLower(s), foldASCII(s), "length %d", n)
		if n > 0 {
			b[rng.IntN(n)] = 0x80 | byte(rng.IntN(128))
			ascii, _ := asciiCase(string(b))
			assert.False(t, ascii, "length %d", n)
		}
	}
	for c := range 128 {
		s := strings.Repeat(string(rune(c)), 9)
		assert.Equal(t, strings.ToLower(s), foldASCII(s), "byte %d", c)
		_, upper := asciiCase(s)
		assert.Equal(t, 'A' <= c && c <= 'Z', upper, "byte %d", c)
	}
}

// TestSplitWords checks splitWords against the definition: maximal runs of word runes.
// wordsByDefinition splits s as the engine's word scanners must: maximal runs of word runes,
// cut where a Hangul syllable follows an ASCII letter ("Blackbird라고" is two words).
func wordsByDefinition(s string) []word {
	var ws []word
	start := -1
	for i, r := range s {
		latin := i > 0 && ('a' <= s[i-1] && s[i-1] <= 'z' || 'A' <= s[i-1] && s[i-1] <= 'Z')
		switch {
		case start >= 0 && r >= 0xAC00 && r <= 0xD7A3 && latin:
			ws = append(ws, word{start, i})
			start = i
		case isWordRune(r) && start < 0:
			start = i
		case !isWordRune(r) && start >= 0:
			ws = append(ws, word{start, i})
			start = -1
		}
	}
	if start >= 0 {
		ws = append(ws, word{start, len(s)})
	}
	return ws
}

func TestSplitWords(t *testing.T) {
	ref := wordsByDefinition
	rng := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"a", "Z", "9", " ", "-", "'", "\n", "김", "지", "é", "\u0301", "ﬁ", "\xff", "\u200b", "Ж", "。", "_"}
	for n := range 2000 {
		var b strings.Builder
		for range n % 40 {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := ref(s)
		got := splitWords(s)
		if len(want) == 0 {
			assert.Empty(t, got)
			continue
		}
		assert.Equal(t, want, got, "%q", s)
	}
}
