package redact

import (
	"math/rand"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMatcherHangulKeys checks the Hangul keys' table and first-letter chains: every key is
// found in a text of its own, with its payloads (add keeps them all, addFirst the first),
// through the chains' growth (many first letters) and pooled matchers reused run after run.
// Hangul keys are never found by lookup, which serves the other keys.
func TestMatcherHangulKeys(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for round := 0; round < 40; round++ {
		m := borrowRunMatcher(rng.Intn(50))
		want := map[string][]int{}
		var order []string
		for i := range 1 + rng.Intn(120) {
			// Up to 60 first letters, so the chains' table grows.
			k := string([]rune{0xAC00 + rune(rng.Intn(60))*28, 0xB098 + rune(rng.Intn(3))})
			if rng.Intn(3) == 0 {
				m.addFirst(k, i)
				if _, ok := want[k]; !ok {
					want[k] = []int{i}
					order = append(order, k)
				}
			} else {
				m.add(k, i)
				if _, ok := want[k]; !ok {
					order = append(order, k)
				}
				want[k] = append(want[k], i)
			}
		}
		require.Equal(t, len(want), m.nkeys)
		for _, k := range order {
			assert.Nil(t, m.lookup(k, phraseHash(phraseHashSeed, k)), "round %d key %s", round, k)
			found := m.find(NewText("x "+k+" y"), nil)
			require.Len(t, found, 1, "round %d key %s", round, k)
			assert.Equal(t, want[k], found[0].payloads, "round %d key %s", round, k)
		}
		// A letter's keys are chained in the order they were added.
		for _, k := range order {
			c := m.hangulChainOf([]rune(k)[0])
			require.NotNil(t, c)
			var chain []string
			for n := c.first; n >= 0; n = m.hangulKeys[n].next {
				chain = append(chain, m.hangulKeys[n].key)
			}
			var same []string
			for _, o := range order {
				if []rune(o)[0] == []rune(k)[0] {
					same = append(same, o)
				}
			}
			assert.Equal(t, same, chain, "round %d key %s", round, k)
		}
		assert.Nil(t, m.hangulChainOf('가'+1))
		returnRunMatcher(m)
	}
}
