package redact

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFindAppendOutside holds findAppendOutside to findAppend's matches less those that
// coveredBy puts inside one of the spans, on random ASCII texts and spans.
func TestFindAppendOutside(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	dropped, kept := 0, 0
	vocab := []string{"kim", "ji", "min", "jimin", "park", "the", "north", "hyesan", "lee", "a"}
	seps := []string{" ", "-", ", ", "  ", ". ", "\n"}
	for round := 0; round < 300; round++ {
		var b strings.Builder
		for i := 0; i < 1+rng.Intn(40); i++ {
			if i > 0 {
				b.WriteString(seps[rng.Intn(len(seps))])
			}
			w := vocab[rng.Intn(len(vocab))]
			if rng.Intn(3) == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			b.WriteString(w)
		}
		text := NewText(b.String())
		m := borrowRunMatcher(8)
		for i := 0; i < 1+rng.Intn(8); i++ {
			key := vocab[rng.Intn(len(vocab))]
			for rng.Intn(2) == 0 {
				key += vocab[rng.Intn(len(vocab))]
			}
			m.addFirst(key, i)
		}
		// Non-overlapping spans sorted by start, on word bounds or not.
		var covered []*decision
		for at := rng.Intn(8); at < len(text.Original); at += 1 + rng.Intn(12) {
			end := min(at+1+rng.Intn(15), len(text.Original))
			covered = append(covered, &decision{Span: Span{Start: at, End: end}})
			at = end
		}
		var want []phraseMatch
		for _, mt := range m.find(text, nil) {
			if s, e := text.Orig(mt.start, mt.end); !coveredBy(covered, s, e) {
				want = append(want, mt)
				kept++
			} else {
				dropped++
			}
		}
		got := m.findAppendOutside(nil, text, nil, covered)
		assert.Equal(t, want, got, "round %d: %q", round, text.Original)
		returnRunMatcher(m)
		text.release()
	}
	assert.True(t, dropped > 100 && kept > 100, "dropped %d, kept %d", dropped, kept)
}
