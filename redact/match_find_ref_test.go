package redact

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// findAppendOutsideRef is findAppendOutside as it was before its word and Hangul passes were
// split and its candidates cut by the next word's first byte (with the later rule that no
// match ends in a word glued to the next by an apostrophe, gluedByApostrophe): the tests
// below hold the matcher to it, match for match.
func (m *matcher) findAppendOutsideRef(out []phraseMatch, t *Text, skip func(word) bool, covered []*decision) []phraseMatch {
	if m.empty() {
		return out
	}
	fold, words := t.Fold, t.wordList()
	hashes := t.wordHashes()
	buf := make([]byte, 0, 64)
	k := 0 // covered[k] is the first span that ends after the word at hand starts
	if m.shared {
		m.pairsOnce.Do(m.makePairs)
	}
	// Most words start no key: nextCandidate passes them by one bit test each (two for a
	// shared matcher's), with the word's hash computed once per text, in a loop that reads
	// nothing else.
	for i := m.nextCandidateRef(hashes, 0); i < len(words); i = m.nextCandidateRef(hashes, i+1) {
		h := hashes[i]
		if skip != nil && skip(words[i]) {
			continue
		}
		w := fold[words[i].start:words[i].end]
		if len(w) > m.maxLen {
			continue
		}
		// A match that ends by coverEnd lies inside covered[k], which holds word i.
		coverEnd := -1
		if covered != nil {
			st := words[i].start
			for k < len(covered) && covered[k].End <= st {
				k++
			}
			if k < len(covered) && covered[k].Start <= st {
				coverEnd = covered[k].End
			}
		}
		best := -1
		var bestP []int
		if words[i].end > coverEnd && m.hasBit(m.ends, h) && !gluedByApostrophe(fold, words, i) {
			if ps := m.lookup(w, h); len(ps) > 0 {
				best, bestP = i, ps
			}
		}
		// The phrase grows by its hash alone: most words after a prefix break the filter, so
		// the cheap tests come first (the order of the breaks does not change the result) and
		// buf holds the words i..built, copied only when a key may end (lookupBytes).
		n, built := len(w), i-1
		for j := i + 1; j < len(words); j++ {
			w := fold[words[j].start:words[j].end]
			if n += len(m.sep) + len(w); n > m.maxLen {
				break
			}
			h = phraseHash(phraseHash(h, m.sep), w)
			if !m.hasBit(m.prefixes, h) {
				break // no key starts with these words
			}
			if !gapJoins(fold[words[j-1].end:words[j].start]) || skip != nil && skip(words[j]) {
				break
			}
			if words[j].end > coverEnd && m.hasBit(m.ends, h) && !gluedByApostrophe(fold, words, j) {
				if built < i {
					buf, built = append(buf[:0], fold[words[i].start:words[i].end]...), i
				}
				for ; built < j; built++ {
					buf = append(buf, m.sep...)
					buf = append(buf, fold[words[built+1].start:words[built+1].end]...)
				}
				if ps := m.lookupBytes(buf, h); len(ps) > 0 {
					best, bestP = j, ps
				}
			}
		}
		if best >= 0 {
			out = append(out, phraseMatch{words[i].start, words[best].end, int32(i), int32(best + 1), bestP})
		}
	}
	// Hangul keys: the words of the phrase in order, any spacing, and the last word may go
	// on (Korean particles attach to the name: "김지민이", "노란 우산이라고").
	if len(m.hangulKeys) == 0 || t.isASCII() {
		// The text is ASCII, so no word of it is Hangul.
		return out
	}
	for i := range words {
		// A Hangul letter is U+1100 or above (lead byte 0xE1 or more); a syllable must start
		// some key.
		st := words[i].start
		if fold[st] < 0xE1 {
			continue
		}
		var first rune
		if syllableAt(fold, st) {
			// Most words of a Korean text: the syllable read from its three bytes.
			first = rune(fold[st]&0x0f)<<12 | rune(fold[st+1]&0x3f)<<6 | rune(fold[st+2]&0x3f)
			if !m.hangulFirst.has(first) {
				continue
			}
		} else {
			first, _ = utf8.DecodeRuneInString(fold[st:])
		}
		c := m.hangulChainOf(first)
		if c == nil || skip != nil && skip(words[i]) {
			continue
		}
		for n := c.first; n >= 0; n = m.hangulKeys[n].next {
			hk := &m.hangulKeys[n]
			k := hk.key
			pos, j := 0, i
			for j < len(words) {
				if j > i && (!gapJoins(fold[words[j-1].end:words[j].start]) || skip != nil && skip(words[j])) {
					break
				}
				w := fold[words[j].start:words[j].end]
				if strings.HasPrefix(w, k[pos:]) {
					out = append(out, phraseMatch{words[i].start, words[j].start + len(k) - pos, int32(i), int32(j + 1), m.hangulPayloads(hk)})
					break
				}
				if !strings.HasPrefix(k[pos:], w) {
					break
				}
				pos += len(w)
				j++
			}
		}
	}
	return out
}

// nextCandidateRef is the candidate test findAppendOutsideRef used.
func (m *matcher) nextCandidateRef(hashes []uint32, from int) int {
	if m.pairs != nil {
		return m.nextWithPair(hashes, from)
	}
	return m.nextWithPrefixBit(hashes, from)
}

// lookupBytes is lookup for a key in a buffer, without making it a string.
func (m *matcher) lookupBytes(key []byte, h uint32) []int {
	if m.nkeys == 0 {
		return nil
	}
	mask := uint32(len(m.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &m.slots[i]
		if s.key == "" {
			return nil
		}
		if s.h == h && !s.hangul && s.key == string(key) {
			return s.ps
		}
	}
}

// refMatcherKinds makes the three kinds of matcher the engine uses: a run's (pooled), a
// shared one (with the pairs filter) and an exact one (words joined by spaces).
var refMatcherKinds = []struct {
	name string
	make func(n int) *matcher
}{
	{"run", borrowRunMatcher},
	{"shared", func(int) *matcher { return newMatcher() }},
	{"exact", func(int) *matcher { return newExactMatcher() }},
}

// refKey is the key of phrase for a matcher of kind k.
func refKey(m *matcher, phrase string) string { return phraseKeySep(phrase, m.sep) }

// checkSameMatches holds m's matches in t to findAppendOutsideRef's, with and without skip
// and covered.
func checkSameMatches(t *testing.T, m *matcher, text *Text, covered []*decision, skip func(word) bool, what string) {
	t.Helper()
	require.Equal(t, m.findAppendOutsideRef(nil, text, nil, nil), m.findAppendOutside(nil, text, nil, nil), "%s: %q", what, text.Original)
	require.Equal(t, m.findAppendOutsideRef(nil, text, skip, nil), m.findAppendOutside(nil, text, skip, nil), "%s (skip): %q", what, text.Original)
	require.Equal(t, m.findAppendOutsideRef(nil, text, skip, covered), m.findAppendOutside(nil, text, skip, covered), "%s (skip, covered): %q", what, text.Original)
}

func randomCovered(rng *rand.Rand, n int) []*decision {
	var covered []*decision
	for at := rng.Intn(8); at < n; at += 1 + rng.Intn(12) {
		end := min(at+1+rng.Intn(15), n)
		covered = append(covered, &decision{Span: Span{Start: at, End: end}})
		at = end
	}
	return covered
}

// randomSkip skips the words that start in one of a few random ranges of Norm.
func randomSkip(rng *rand.Rand, n int) func(word) bool {
	var ranges [][2]int
	for at := rng.Intn(40); at < n; at += 20 + rng.Intn(60) {
		ranges = append(ranges, [2]int{at, at + 1 + rng.Intn(12)})
	}
	return func(w word) bool {
		for _, r := range ranges {
			if w.start < r[1] && r[0] < w.end {
				return true
			}
		}
		return false
	}
}

func TestFindMatchesRefRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	vocab := []string{"kim", "ji", "min", "jimin", "park", "the", "north", "hyesan", "lee", "a", "in", "of",
		"Ji-min", "young", "mi", "Seoul", "김", "지민", "김지민", "김지민이", "노란", "우산이라고", "우산", "박", "ᄀ", "é", "x1", "15"}
	seps := []string{" ", "-", ", ", "  ", ". ", "\n", "\n\n", " / ", "_", "'"}
	for round := 0; round < 3000; round++ {
		var b strings.Builder
		for i := 0; i < 1+rng.Intn(60); i++ {
			if i > 0 {
				b.WriteString(seps[rng.Intn(len(seps))])
			}
			w := vocab[rng.Intn(len(vocab))]
			if rng.Intn(3) == 0 && w[0] < utf8.RuneSelf {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			b.WriteString(w)
		}
		text := NewText(b.String())
		kind := refMatcherKinds[round%len(refMatcherKinds)]
		m := kind.make(8)
		for i := 0; i < 1+rng.Intn(12); i++ {
			phrase := vocab[rng.Intn(len(vocab))]
			for rng.Intn(2) == 0 {
				phrase += seps[rng.Intn(3)] + vocab[rng.Intn(len(vocab))]
			}
			if rng.Intn(2) == 0 {
				m.add(refKey(m, phrase), i)
			} else {
				m.addFirst(refKey(m, phrase), i)
			}
		}
		checkSameMatches(t, m, text, randomCovered(rng, len(text.Norm)), randomSkip(rng, len(text.Norm)), kind.name)
		if kind.name == "run" {
			returnRunMatcher(m)
		}
		text.release()
	}
}

// TestFindMatchesRefTestdata holds the matcher to findAppendOutsideRef on the interviews, with
// keys made of their own words (one to four in a row) and some that are not there.
func TestFindMatchesRefTestdata(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for n, s := range testdataTexts(t) {
		text := NewText(s)
		words := text.wordList()
		for _, kind := range refMatcherKinds {
			for round := 0; round < 4; round++ {
				m := kind.make(64)
				for i := 0; i < 1+rng.Intn(120); i++ {
					a := rng.Intn(len(words))
					z := min(len(words), a+1+rng.Intn(4))
					phrase := text.Norm[words[a].start:words[z-1].end]
					if rng.Intn(8) == 0 {
						phrase += "x"
					}
					m.add(refKey(m, phrase), i)
				}
				checkSameMatches(t, m, text, randomCovered(rng, len(text.Norm)), randomSkip(rng, len(text.Norm)), kind.name)
				if kind.name == "run" {
					returnRunMatcher(m)
				}
			}
		}
		text.release()
		_ = n
	}
}

func TestKeyIsWords(t *testing.T) {
	text := NewText("Kim Ji-min, of Hyesan")
	ws := text.wordList() // kim ji min of hyesan
	for _, c := range []struct {
		key, sep string
		from, to int
		want     bool
	}{
		{"kimjimin", "", 0, 3, true},
		{"kimji", "", 0, 3, false},
		{"kimjiminx", "", 0, 3, false},
		{"kim ji min", " ", 0, 3, true},
		{"kimji min", " ", 0, 3, false},
		{"hyesan", "", 4, 5, true},
		{"ofhyesan", "", 3, 5, true},
		{"of hyesa", " ", 3, 5, false},
	} {
		require.Equal(t, c.want, keyIsWords(c.key, c.sep, text.Fold, ws[c.from:c.to]), "%q", c.key)
	}
}
