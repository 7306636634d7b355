package redact

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestStringTableIsASet checks stringTable against a map of the same inserts, with tags,
// through growth and reuse after reset.
func TestStringTableIsASet(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	tab := &stringTable{slots: make([]stringSlot, 64)}
	type pair struct {
		tag int32
		s   string
	}
	for round := 0; round < 50; round++ {
		want := map[pair]bool{}
		for range rng.Intn(500) {
			p := pair{int32(rng.Intn(3)), fmt.Sprintf("k%d", rng.Intn(300))}
			h := phraseHash(phraseHashSeed, p.s)
			if !tab.has(p.s, h, p.tag) {
				tab.insert(p.s, h, p.tag)
			}
			want[p] = true
		}
		for tag := int32(0); tag < 3; tag++ {
			for i := 0; i < 300; i++ {
				s := fmt.Sprintf("k%d", i)
				h := phraseHash(phraseHashSeed, s)
				assert.Equal(t, want[pair{tag, s}], tab.has(s, h, tag), "round %d %d %s", round, tag, s)
				if tag == 0 {
					got, ok := tab.findBytes([]byte(s), h)
					assert.Equal(t, want[pair{0, s}], ok)
					if ok {
						assert.Equal(t, s, got)
					}
				}
			}
		}
		assert.Equal(t, len(want), tab.n)
		tab.reset()
	}
}
