package redact

import (
	"fmt"
	"math/rand"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMatcherTableIsAMap checks the matcher's key table against a map of the same adds:
// every key's payloads (add keeps them all, addFirst the first), and nothing for strings
// that are not keys, through growth and through pooled matchers reused run after run.
func TestMatcherTableIsAMap(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for round := 0; round < 200; round++ {
		var m *matcher
		pooled := round%2 == 1
		if pooled {
			m = borrowRunMatcher(rng.Intn(50))
		} else {
			m = newRunMatcher()
		}
		want := map[string][]int{}
		n := rng.Intn(1 << uint(rng.Intn(11)))
		for i := 0; i < n; i++ {
			k := fmt.Sprintf("k%d", rng.Intn(n+1))
			if rng.Intn(3) == 0 {
				m.addFirst(k, i)
				if _, ok := want[k]; !ok {
					want[k] = []int{i}
				}
			} else {
				m.add(k, i)
				want[k] = append(want[k], i)
			}
		}
		require.Equal(t, len(want), m.nkeys)
		for k, ps := range want {
			h := phraseHash(phraseHashSeed, k)
			assert.True(t, slices.Equal(ps, m.lookup(k, h)), "round %d key %s", round, k)
			assert.True(t, slices.Equal(ps, m.lookupBytes([]byte(k), h)), "round %d key %s", round, k)
		}
		for i := 0; i < 100; i++ {
			k := fmt.Sprintf("x%d", i)
			assert.Nil(t, m.lookup(k, phraseHash(phraseHashSeed, k)))
		}
		if pooled {
			returnRunMatcher(m)
		}
	}
}

// TestRepeatCacheSkipsOnlyRepeats checks that a matcher built with addFirst behind a
// repeatCache (propagate, formMatcher) has the keys and first payloads of one built with
// addFirst for every key, on lists with many repeats and colliding shapes.
func TestRepeatCacheSkipsOnlyRepeats(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	for round := 0; round < 100; round++ {
		var keys []string
		for range 1 + rng.Intn(300) {
			// Few lengths and end letters, so keys share the cache's slots.
			n := 1 + rng.Intn(4)
			b := make([]byte, n)
			for i := range b {
				b[i] = "abk"[rng.Intn(3)]
			}
			keys = append(keys, string(b))
		}
		all, cached := newRunMatcher(), newRunMatcher()
		var c repeatCache
		for i, k := range keys {
			all.addFirst(k, i)
			if !c.seen(k) {
				cached.addFirst(k, i)
			}
		}
		require.Equal(t, all.nkeys, cached.nkeys)
		for _, k := range keys {
			h := phraseHash(phraseHashSeed, k)
			assert.Equal(t, all.lookup(k, h), cached.lookup(k, h), k)
		}
	}
}
