package redact

import (
	"math/rand"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNextWithPrefixBit checks the skip against a plain scan with hasBit.
func TestNextWithPrefixBit(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	for round := 0; round < 100; round++ {
		m := newRunMatcher()
		for i := 0; i < rng.Intn(40); i++ {
			m.setBit(m.prefixes, rng.Uint32())
		}
		hashes := make([]uint32, rng.Intn(300))
		for i := range hashes {
			hashes[i] = rng.Uint32()
			if rng.Intn(20) == 0 {
				m.setBit(m.prefixes, hashes[i]) // a word where a key may start
			}
		}
		for from := 0; from <= len(hashes); from++ {
			want := from
			for want < len(hashes) && !m.hasBit(m.prefixes, hashes[want]) {
				want++
			}
			assert.Equal(t, want, m.nextWithPrefixBit(hashes, from), "round %d from %d", round, from)
		}
	}
}
