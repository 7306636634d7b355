package redact

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// phraseKey is the matching key of a phrase: its normalised, case-folded words joined with
// nothing between them. "Ji-min", "Ji Min", "JiMin" and "ji_min" all have the key "jimin", so
// one list entry matches every way of spacing and hyphenating the same name.
func phraseKey(s string) string { return phraseKeySep(s, "") }

// phraseKeySep joins the words with sep: an exact matcher (sep " ") matches the phrase's
// words one for one, so a rank table entry "hasa" never matches the words "has a".
func phraseKeySep(s, sep string) string {
	if k, ok := asciiKey(s, sep); ok {
		return k
	}
	_, fold, _ := normalize(s, nil)
	var b strings.Builder
	for i, w := range splitWords(fold) {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(fold[w.start:w.end])
	}
	return b.String()
}

// maxGap is how many separator bytes may sit between two words of one match ("Kim  Ji-min",
// "Yeokjeon-dong, Hyesan"); the separators themselves are any non-word characters except
// line breaks and sentence ends.
const maxGap = 3

func gapJoins(s string) bool {
	if len(s) == 0 || len(s) > maxGap {
		return false
	}
	newlines := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			// A hard-wrapped line may break a name ("Kim\nJi-min"); a blank line may not.
			if newlines++; newlines > 1 {
				return false
			}
		case '\r':
		case ' ', '\t', '-', '_', '\'', ',', '/', '&', '.':
		default:
			if s[i] >= utf8.RuneSelf {
				r, _ := utf8.DecodeRuneInString(s[i:])
				if unicode.IsSpace(r) && r != '\u2028' && r != '\u2029' {
					continue
				}
			}
			return false
		}
	}
	// "Min. Ji" is two sentences, not one name; "kim.jimin" is one handle.
	return len(s) == 1 || !strings.Contains(s, ".")
}

// matcher finds phrases (by key) as sequences of whole words of a text.
type matcher struct {
	// slots is a hash table (open addressing, by phraseHash) of every key with its
	// payloads, nkeys keys in it: findAppend has the hash of the words at hand, where a map
	// of strings hashed every candidate phrase again.
	slots  []keySlot
	nkeys  int
	slab   []int // backing store of single payloads (add)
	maxLen int
	// hangulHeads chains the keys written in Hangul by first letter, through hangulKeys
	// (one slice for all of them: a pooled matcher reuses it, where a list per letter was
	// an allocation per letter and run). Their payloads are in slots, marked hangul.
	hangulHeads  []hangulChain
	nHangulHeads int
	hangulKeys   []hangulKey
	// hangulFirst holds the first letters of the Hangul keys that are syllables, so most
	// words of a Korean text skip the hangul lookup.
	hangulFirst *sylSet
	// hangulSecond tells apart the words that start with two syllables: most words of a
	// Korean text, whose first syllable alone (a common surname, a particle) often starts a
	// key. nil while hangulFirst is.
	hangulSecond *sylPairs
	sep          string // between words of a key: "" (flexible spacing) or " " (exact words)

	// Two bit sets of hashes (phraseHash) filter the words a match is tried at, so most
	// words cost a few multiplications and one bit test instead of a map lookup: prefixes
	// holds every prefix of every key (the key itself included), ends every key. A bit may
	// be set by another string (the filter has false positives, never false negatives).
	prefixes, ends []uint64
	mask           uint32

	// pairs is a third filter, of a shared matcher's word pairs (pairHash of the hashes of
	// two words a key may start with), made on its first findAppend (pairsOnce) when it has
	// keys of several words to tell apart: "the", "north" or "kim" begin many of an allow
	// list's keys, and most words after them end the match at once. nil: none.
	shared    bool
	pairsOnce sync.Once
	pairs     []uint64
	pairMask  uint32
}

// phraseHash is FNV-1a, extended byte by byte as a match grows word by word.
const phraseHashSeed uint32 = 2166136261

func phraseHash(h uint32, b string) uint32 {
	for i := 0; i < len(b); i++ {
		h = (h ^ uint32(b[i])) * 16777619
	}
	return h
}

// phraseHashBytes is phraseHash of the bytes b.
func phraseHashBytes(h uint32, b []byte) uint32 {
	for _, c := range b {
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

// sharedFilterBits sizes the filters of matchers built once per engine (allow and deny
// lists, some hundreds of keys): 2^17 bits, 16 KB each, small enough to stay in cache.
const sharedFilterBits = 1 << 17

func newMatcher() *matcher {
	m := newMatcherBits(sharedFilterBits)
	m.shared = true
	return m
}

func newMatcherBits(bits int) *matcher {
	return &matcher{prefixes: make([]uint64, bits/64), ends: make([]uint64, bits/64), mask: uint32(bits - 1)}
}

// newRunMatcher is a matcher for one run (known names, removed forms): it is built for
// every document, so its filters are small. Not safe for concurrent use.
func newRunMatcher() *matcher { return newRunMatcherSize(0) }

// newRunMatcherSize is newRunMatcher for about n keys, its filters runFilterBits(n).
func newRunMatcherSize(n int) *matcher {
	m := newMatcherBits(runFilterBits(n))
	m.slots = make([]keySlot, slotsFor(n))
	m.slab = make([]int, 0, n)
	return m
}

// runMatchers recycles the matchers of propagate and of the known identifiers, which are
// built and dropped several times per document: their maps and filters were a sixth of
// what a run allocated. A pooled matcher holds at most one document's keys.
var runMatchers = sync.Pool{New: func() any { return newMatcherBits(1 << 12) }}

// borrowRunMatcher is newRunMatcherSize from the pool. The caller gives it back with
// returnRunMatcher once nothing it returned (payload slices included) is used any more.
func borrowRunMatcher(n int) *matcher {
	m := runMatchers.Get().(*matcher)
	bits := runFilterBits(n)
	if len(m.prefixes)*64 < bits {
		m.prefixes, m.ends = make([]uint64, bits/64), make([]uint64, bits/64)
	} else {
		m.prefixes, m.ends = m.prefixes[:bits/64], m.ends[:bits/64]
		clear(m.prefixes)
		clear(m.ends)
	}
	m.mask = uint32(bits - 1)
	// The table is sized for n keys within the pooled one, which past its length is all free:
	// returnRunMatcher clears only what was used, where clearing the largest table a pooled
	// matcher ever had cost more than most runs' keys.
	if size := slotsFor(n); cap(m.slots) >= size {
		m.slots = m.slots[:size]
	} else {
		m.slots = make([]keySlot, size)
	}
	return m
}

// matchLists recycles the match lists a run reads once and drops (the allow list, the
// known and deny hits, propagation, the residual check): a fresh list each time was a
// tenth of what a run allocated.
var matchLists = sync.Pool{New: func() any { return new([]phraseMatch) }}

// borrowMatchList returns an empty list from the pool. The caller gives it back with
// returnMatchList once it no longer reads the matches.
func borrowMatchList() *[]phraseMatch {
	l := matchLists.Get().(*[]phraseMatch)
	*l = (*l)[:0]
	return l
}

func returnMatchList(l *[]phraseMatch) {
	clear(*l) // their payloads point into matchers' slabs
	*l = (*l)[:0]
	matchLists.Put(l)
}

func returnRunMatcher(m *matcher) {
	clear(m.slots) // the table's length only: the rest of its capacity is free already
	m.nkeys = 0
	clear(m.slab)
	m.slab = m.slab[:0]
	// The Hangul maps and keys are kept, emptied: a Korean testimony fills them again.
	clear(m.hangulHeads)
	m.nHangulHeads = 0
	clear(m.hangulKeys)
	m.hangulKeys = m.hangulKeys[:0]
	if m.hangulFirst != nil {
		clear(m.hangulFirst[:])
		*m.hangulSecond = sylPairs{}
	}
	m.maxLen = 0
	m.prefixes, m.ends = m.prefixes[:cap(m.prefixes)], m.ends[:cap(m.ends)]
	runMatchers.Put(m)
}

// repeatCache remembers some of the keys a caller has added to a matcher with addFirst, by a
// cheap hash of their length and end bytes, so a list with many repeats (propagate's
// decisions, the residual check's forms: a name removed twenty times is there twenty times)
// skips the hashing and probing of most repeats. addFirst of a key added before changes
// nothing, so skipping it changes nothing either; a key not remembered is added as before.
type repeatCache [64]string

// seen reports whether key was given to seen before (and so added); if not, the caller adds it.
func (c *repeatCache) seen(key string) bool {
	if key == "" {
		return false
	}
	s := &c[(uint(len(key))*31+uint(key[0])*7+uint(key[len(key)-1]))&63]
	if *s == key {
		return true
	}
	*s = key
	return false
}

// runFilterBits is the filter size of a run matcher of n keys: 256 bits per key, at least
// 4096. A key of ten letters sets ten prefix bits, so some 4% of a text's words pass the
// filter by chance, where with 64 bits per key (15%) they were more than the words that
// start a key and each cost findAppend a try; clearing the larger filters costs less.
func runFilterBits(n int) int {
	bits := 1 << 12
	for bits < n*256 && bits < sharedFilterBits {
		bits <<= 1
	}
	return bits
}

// fitFilters resizes the filters of a run matcher that has more keys than it was borrowed
// for to runFilterBits of its keys, setting the bits of every key again.
func (m *matcher) fitFilters() {
	bits := runFilterBits(m.nkeys)
	if bits <= len(m.prefixes)*64 {
		return
	}
	if cap(m.prefixes) >= bits/64 {
		m.prefixes, m.ends = m.prefixes[:bits/64], m.ends[:bits/64]
		clear(m.prefixes)
		clear(m.ends)
	} else {
		m.prefixes, m.ends = make([]uint64, bits/64), make([]uint64, bits/64)
	}
	m.mask = uint32(bits - 1)
	for i := range m.slots {
		if s := &m.slots[i]; s.key != "" && !s.hangul {
			m.setBit(m.ends, m.setPrefixBits(s.key))
		}
	}
}

// setPrefixBits sets the prefixes bit of every prefix of key and returns key's phraseHash.
// The filter and its mask are kept in locals: through m, the loop read both again at every
// byte, as the store to the filter might have changed them.
func (m *matcher) setPrefixBits(key string) uint32 {
	h := phraseHashSeed
	prefixes, mask := m.prefixes, m.mask
	for i := 0; i < len(key); i++ {
		h = (h ^ uint32(key[i])) * 16777619
		b := h & mask
		prefixes[b/64] |= 1 << (b % 64)
	}
	return h
}

func (m *matcher) setBit(set []uint64, h uint32) {
	h &= m.mask
	set[h/64] |= 1 << (h % 64)
}

func (m *matcher) hasBit(set []uint64, h uint32) bool {
	h &= m.mask
	return set[h/64]&(1<<(h%64)) != 0
}

// newExactMatcher matches keys made with phraseKeySep(s, " ") word for word.
func newExactMatcher() *matcher {
	m := newMatcher()
	m.sep = " "
	m.shared = false // its keys split at spaces only: no pairs filter
	return m
}

// add registers key with payload p. Empty keys are ignored.
func (m *matcher) add(key string, p int) { m.addPayload(key, p, true) }

// addFirst is add for a caller that reads only a match's first payload: a key added
// before keeps its one payload, and the repeat costs no copy of its payload list.
func (m *matcher) addFirst(key string, p int) { m.addPayload(key, p, false) }

func (m *matcher) addPayload(key string, p int, every bool) {
	if key == "" {
		return
	}
	if m.sep == "" && key[0] >= 0xE1 && isHangulKey(key) { // most keys fail the inline test
		// A Hangul key's payloads are in the table too (a map of them cost several map
		// operations per key), in a slot marked hangul, which lookup passes over.
		h := phraseHash(phraseHashSeed, key)
		slot := m.slot(key, h)
		if slot.key != "" {
			if every {
				slot.ps = append(slot.ps, p)
			}
			return
		}
		if m.hangulFirst == nil {
			m.hangulFirst, m.hangulSecond = new(sylSet), new(sylPairs)
		}
		r, _ := utf8.DecodeRuneInString(key)
		k := int32(len(m.hangulKeys))
		m.hangulKeys = append(m.hangulKeys, hangulKey{key: key, next: -1, h: h})
		if c := m.addHangulChain(r); c.first >= 0 {
			m.hangulKeys[c.last].next = k
			c.last = k
		} else {
			c.first, c.last = k, k
		}
		m.hangulFirst.add(r)
		m.hangulSecond.addKey(key, r)
		// A one-element window of the shared slab, as for entries below.
		m.slab = append(m.slab, p)
		n := len(m.slab)
		*slot = keySlot{key: key, ps: m.slab[n-1 : n : n], h: h, hangul: true}
		m.nkeys++
		return
	}
	// The filter bits are set as the key's hash is worked out: for a key added before they
	// are set already, and setting them again changes nothing.
	h := m.setPrefixBits(key)
	m.setBit(m.ends, h)
	if m.pairs != nil {
		m.setPairs(key) // a key added after the pairs were made
	}
	slot := m.slot(key, h)
	if slot.key != "" {
		if every {
			slot.ps = append(slot.ps, p)
		}
		return // its maxLen was set when it was first added
	}
	// Most keys have one payload: it is a one-element window of a shared slice (capacity
	// one, so a second payload copies it out) instead of an allocation per key.
	m.slab = append(m.slab, p)
	n := len(m.slab)
	*slot = keySlot{key: key, ps: m.slab[n-1 : n : n], h: h}
	m.nkeys++
	if len(key) > m.maxLen {
		m.maxLen = len(key)
	}
}

func (m *matcher) empty() bool { return m.nkeys == 0 && len(m.hangulKeys) == 0 }

// keySlot is a key of a matcher's table, its payloads and its phraseHash; an empty key is
// a free slot (empty keys are never added).
type keySlot struct {
	key    string
	ps     []int
	h      uint32
	hangul bool // a Hangul key, matched by findAppend's Hangul pass only
}

// slotsFor is the table size for n keys: a power of two, at most half full.
func slotsFor(n int) int {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return size
}

// slot returns key's slot (h is its phraseHash), or the free slot where it goes, growing
// the table first if one more key would fill it over half.
func (m *matcher) slot(key string, h uint32) *keySlot {
	if 2*(m.nkeys+1) > len(m.slots) {
		old := m.slots
		m.slots = make([]keySlot, slotsFor(m.nkeys+1))
		mask := uint32(len(m.slots) - 1)
		for _, s := range old {
			if s.key != "" {
				i := s.h & mask
				for m.slots[i].key != "" {
					i = (i + 1) & mask
				}
				m.slots[i] = s
			}
		}
	}
	mask := uint32(len(m.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		if s := &m.slots[i]; s.key == "" || s.h == h && s.key == key {
			return s
		}
	}
}

// lookup returns the payloads of key, whose phraseHash is h (nil: not a key).
func (m *matcher) lookup(key string, h uint32) []int {
	if m.nkeys == 0 {
		return nil
	}
	mask := uint32(len(m.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &m.slots[i]
		if s.key == "" {
			return nil
		}
		if s.h == h && !s.hangul && s.key == key {
			return s.ps
		}
	}
}

// hangulPayloads returns the payloads of the Hangul key k (of hangulKeys).
func (m *matcher) hangulPayloads(k *hangulKey) []int {
	mask := uint32(len(m.slots) - 1)
	for i := k.h & mask; ; i = (i + 1) & mask {
		if s := &m.slots[i]; s.h == k.h && s.hangul && s.key == k.key {
			return s.ps
		}
	}
}

// hangulChain is the first and last of the Hangul keys with the first letter r, as
// indices into matcher.hangulKeys; r 0 is a free slot of matcher.hangulHeads.
type hangulChain struct {
	r           rune
	first, last int32
}

// hangulChainOf returns the chain of the keys that start with r, nil if there is none.
// hangulHeads is an open-addressing table of the chains: a run's few first letters cost a
// map two operations per key.
func (m *matcher) hangulChainOf(r rune) *hangulChain {
	if len(m.hangulHeads) == 0 {
		return nil
	}
	if c := m.hangulHeadSlot(r); c.r == r {
		return c
	}
	return nil
}

// addHangulChain returns the chain of r, a new one (first -1) if it had none.
func (m *matcher) addHangulChain(r rune) *hangulChain {
	if 2*(m.nHangulHeads+1) > len(m.hangulHeads) {
		old := m.hangulHeads
		m.hangulHeads = make([]hangulChain, max(16, 2*len(old)))
		for _, c := range old {
			if c.r != 0 {
				*m.hangulHeadSlot(c.r) = c
			}
		}
	}
	c := m.hangulHeadSlot(r)
	if c.r == 0 {
		*c = hangulChain{r: r, first: -1, last: -1}
		m.nHangulHeads++
	}
	return c
}

// hangulHeadSlot returns r's slot of hangulHeads, or the free slot where it goes.
func (m *matcher) hangulHeadSlot(r rune) *hangulChain {
	mask := uint32(len(m.hangulHeads) - 1)
	h := uint32(r) * 2654435761
	for i := (h ^ h>>16) & mask; ; i = (i + 1) & mask {
		if c := &m.hangulHeads[i]; c.r == r || c.r == 0 {
			return c
		}
	}
}

// hangulKey is a Hangul key and the index of the next key with its first letter (-1: none),
// so a letter's keys are read in the order they were added.
type hangulKey struct {
	key  string
	next int32
	h    uint32 // its phraseHash, where its slot is
}

func isHangulKey(k string) bool {
	if k == "" || k[0] < 0xE1 {
		return false // Hangul letters start at U+1100 (lead byte 0xE1): most keys stop here
	}
	for _, r := range k {
		// Most letters of a Hangul key are syllables: a range test, not a table search.
		if !isHangulSyllable(r) && !unicode.Is(unicode.Hangul, r) {
			return false
		}
	}
	return true
}

// phraseMatch is one match in Norm/Fold byte offsets. words[wi:wj] of its Text are the words
// it overlaps (wordRange of start and end): the matchers know them, and the callers that
// read a match's words searched the text's words for them once per match.
type phraseMatch struct {
	start, end int
	wi, wj     int32
	payloads   []int
}

// matchOf is the phraseMatch of [start, end) of words' text, for a match not found word by
// word (its words are searched for).
func matchOf(words []word, start, end int, ps []int) phraseMatch {
	i, j := wordRange(words, start, end)
	return phraseMatch{start, end, int32(i), int32(j), ps}
}

// find returns, for every word of t where a key starts, the longest key match there. Words
// for which skip returns true (replacement text in an output) are never part of a match.
func (m *matcher) find(t *Text, skip func(word) bool) []phraseMatch {
	return m.findAppend(nil, t, skip)
}

// findAppend is find appending to out, so a caller that reads the matches at once can reuse
// one slice for them.
func (m *matcher) findAppend(out []phraseMatch, t *Text, skip func(word) bool) []phraseMatch {
	return m.findAppendOutside(out, t, skip, nil)
}

// findAppendOutside is findAppend without the matches that lie inside one of covered
// (sorted by start, non-overlapping, in offsets of t, which must be ASCII so that its Norm
// offsets are its Original ones): propagate drops those at once (coveredBy), and most of
// its matches are the removed spans themselves. A word inside a span of covered still
// starts a match that runs past the span's end; inside it, no key is looked up.
func (m *matcher) findAppendOutside(out []phraseMatch, t *Text, skip func(word) bool, covered []*decision) []phraseMatch {
	if m.empty() {
		return out
	}
	// A matcher of Hangul keys only (a Korean testimony's known names) has no word pass.
	if m.nkeys > len(m.hangulKeys) {
		out = m.findWords(out, t, skip, covered)
	}
	if len(m.hangulKeys) == 0 || t.isASCII() {
		// The text is ASCII, so no word of it is Hangul.
		return out
	}
	return m.findHangul(out, t, skip)
}

// findWords appends the matches of the keys that are not Hangul. Each pass of
// findAppendOutside is a loop of its own, and a candidate's match is longestAt's: in one
// function, the scan held so many values that the loops reloaded them from the stack.
func (m *matcher) findWords(out []phraseMatch, t *Text, skip func(word) bool, covered []*decision) []phraseMatch {
	fold, words, hashes := t.Fold, t.wordList(), t.wordHashes()
	if m.shared {
		m.pairsOnce.Do(m.makePairs)
	}
	pairs := m.pairs != nil
	k := 0 // covered[k] is the first span that ends after the word at hand starts
	// Most words start no key: nextWithPair and nextWithNext pass them by a bit test or two,
	// with the word's hash computed once per text, in a loop that reads nothing else.
	for i := 0; ; i++ {
		if pairs {
			i = m.nextWithPair(hashes, i)
		} else {
			i = m.nextWithNext(hashes, fold, words, i)
		}
		if i >= len(words) {
			return out
		}
		if skip != nil && skip(words[i]) {
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
		if end, last, ps := m.longestAt(fold, words, i, hashes[i], coverEnd, skip); ps != nil {
			out = append(out, phraseMatch{words[i].start, end, int32(i), int32(last + 1), ps})
		}
	}
}

// longestAt returns the end, the last word and the payloads of the longest key that the
// words from i on make (h is word i's hash), ending after coverEnd; nil payloads if there is
// none.
func (m *matcher) longestAt(fold string, words []word, i int, h uint32, coverEnd int, skip func(word) bool) (end, last int, ps []int) {
	n := words[i].end - words[i].start
	if n > m.maxLen {
		return 0, 0, nil
	}
	if words[i].end > coverEnd && m.hasBit(m.ends, h) {
		if p := m.lookup(fold[words[i].start:words[i].end], h); len(p) > 0 && !gluedByApostrophe(fold, words, i) {
			end, last, ps = words[i].end, i, p
		}
	}
	// The phrase grows by its hash alone: most words after a prefix break the filter, so the
	// cheap tests come first (the order of the breaks does not change the result), and a key
	// whose hash is the phrase's is compared with the words themselves (lookupWords).
	for j := i + 1; j < len(words); j++ {
		wj := words[j]
		if n += len(m.sep) + wj.end - wj.start; n > m.maxLen {
			break
		}
		h = phraseHash(phraseHash(h, m.sep), fold[wj.start:wj.end])
		if !m.hasBit(m.prefixes, h) {
			break // no key starts with these words
		}
		// One space, the usual gap, joins without a call.
		if g := fold[words[j-1].end:wj.start]; !(len(g) == 1 && g[0] == ' ') && !gapJoins(g) || skip != nil && skip(wj) {
			break
		}
		if wj.end > coverEnd && m.hasBit(m.ends, h) {
			if p := m.lookupWords(fold, words[i:j+1], h); len(p) > 0 && !gluedByApostrophe(fold, words, j) {
				end, last, ps = wj.end, j, p
			}
		}
	}
	return end, last, ps
}

// gluedByApostrophe says whether word i, of Latin letters, goes on past an apostrophe into
// a word of Latin letters that is no clitic: "Ji" of "Ji'an" (a pinyin city's syllable) is
// no mention of a "Ji", where "Ji" of "Ji's" is. No key's match ends there, in any matcher
// (the residual check's too). A quotation mark before a particle ("'독수리-5'였어요") or a
// space ("'Chol' said") is no such apostrophe.
func gluedByApostrophe(fold string, words []word, i int) bool {
	if i+1 >= len(words) {
		return false
	}
	if g := fold[words[i].end:words[i+1].start]; g != "'" && g != "\u2019" {
		return false
	}
	next := fold[words[i+1].start:words[i+1].end]
	switch next {
	case "s", "t", "d", "m", "ll", "re", "ve":
		return false
	}
	return asciiLetters(fold[words[i].start:words[i].end]) && asciiLetters(next)
}

// asciiLetters says whether s is made of the letters a to z only (a Fold word's).
func asciiLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}

// lookupWords is lookup of the key the words ws of fold make (joined by sep), whose
// phraseHash is h, without copying them into one string.
func (m *matcher) lookupWords(fold string, ws []word, h uint32) []int {
	mask := uint32(len(m.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &m.slots[i]
		if s.key == "" {
			return nil
		}
		if s.h == h && !s.hangul && keyIsWords(s.key, m.sep, fold, ws) {
			return s.ps
		}
	}
}

// keyIsWords says whether key is the words ws of fold joined by sep.
func keyIsWords(key, sep, fold string, ws []word) bool {
	for k, w := range ws {
		if k > 0 {
			if !strings.HasPrefix(key, sep) {
				return false
			}
			key = key[len(sep):]
		}
		f := fold[w.start:w.end]
		if !strings.HasPrefix(key, f) {
			return false
		}
		key = key[len(f):]
	}
	return key == ""
}

// findHangul appends the matches of the Hangul keys: the words of the phrase in order, any
// spacing, and the last word may go on (Korean particles attach to the name: "김지민이",
// "노란 우산이라고").
func (m *matcher) findHangul(out []phraseMatch, t *Text, skip func(word) bool) []phraseMatch {
	fold, words := t.Fold, t.wordList()
	for i := 0; ; i++ {
		var first rune
		if i, first = m.nextHangulStart(fold, words, i); i >= len(words) {
			return out
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
					// It ends inside word j, past its start (pos < len(k)).
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
}

// nextHangulStart returns the first word from from on that may start a Hangul key, and its
// first letter: a Hangul letter is U+1100 or above (lead byte 0xE1 or more), a syllable must
// start some key (hangulFirst), and two syllables must start one (hangulSecond).
// len(words) if there is none.
func (m *matcher) nextHangulStart(fold string, words []word, from int) (int, rune) {
	firsts, seconds := m.hangulFirst, m.hangulSecond
	for i := from; i < len(words); i++ {
		st, end := words[i].start, words[i].end
		if fold[st] < 0xE1 {
			continue
		}
		if !syllableAt(fold, st) {
			r, _ := utf8.DecodeRuneInString(fold[st:])
			return i, r
		}
		// Most words of a Korean text: the syllable read from its three bytes.
		r := syllableRune(fold[st : st+3])
		if !firsts.has(r) {
			continue
		}
		if end-st >= 6 && syllableAt(fold, st+3) && !seconds.mayStart(r, syllableRune(fold[st+3:st+6])) {
			continue
		}
		return i, r
	}
	return len(words), 0
}

// syllableRune is the Hangul syllable whose three bytes b are (syllableAt).
func syllableRune(b string) rune {
	return rune(b[0]&0x0f)<<12 | rune(b[1]&0x3f)<<6 | rune(b[2]&0x3f)
}

// sylPairs is what a word that starts with two syllables must start with to start a Hangul
// key (findHangul), as such a word is either a prefix of the key or goes on past it: a key's
// first two syllables r, r2, or a key of one syllable r (r2 0 here). A bit set of their
// sylPairBit.
type sylPairs [1 << 12 / 64]uint64

// addKey adds the Hangul key k, whose first letter is r.
func (p *sylPairs) addKey(k string, r rune) {
	n := utf8.RuneLen(r)
	r2 := rune(0)
	if n < len(k) {
		r2, _ = utf8.DecodeRuneInString(k[n:])
	}
	// Other keys start no word of two syllables.
	if isHangulSyllable(r) && (r2 == 0 || isHangulSyllable(r2)) {
		b := sylPairBit(r, r2)
		p[b/64] |= 1 << (b % 64)
	}
}

// mayStart says whether a word that starts with the syllables r and r2 may start a key.
func (p *sylPairs) mayStart(r, r2 rune) bool {
	b, whole := sylPairBit(r, r2), sylPairBit(r, 0)
	return p[b/64]&(1<<(b%64)) != 0 || p[whole/64]&(1<<(whole%64)) != 0
}

func sylPairBit(r, r2 rune) uint32 {
	return (uint32(r)*0x9E3779B1 ^ uint32(r2)) * 0x85EBCA6B >> 20
}

// nextWithPrefixBit returns the first index i >= from of hashes whose hash has its prefixes
// bit set (a key may start at word i), or len(hashes).
func (m *matcher) nextWithPrefixBit(hashes []uint32, from int) int {
	set, mask := m.prefixes, m.mask
	for i := from; i < len(hashes); i++ {
		h := hashes[i] & mask
		if set[h/64]&(1<<(h%64)) != 0 {
			return i
		}
	}
	return len(hashes)
}

// nextWithNext is nextWithPrefixBit for a matcher without pairs (a run's), with the test
// nextWithPair makes by its pairs made with the next word itself: a word whose prefixes bit
// is set must end a key (its ends bit) or, followed by the next word's first byte, still be
// the start of one (the prefixes bit of that phrase's hash, as longestAt grows it). The
// prefixes filter holds every byte prefix of every key, so short words ("a", "in", "he")
// that begin some key pass it; most of them are turned away here, a byte hashed each,
// before a candidate's setup (skip, the covered spans, longestAt).
func (m *matcher) nextWithNext(hashes []uint32, fold string, words []word, from int) int {
	for i := m.nextWithPrefixBit(hashes, from); i < len(hashes); i = m.nextWithPrefixBit(hashes, i+1) {
		h := hashes[i]
		if m.hasBit(m.ends, h) {
			return i
		}
		if i+1 == len(words) {
			break // the last word, and it ends no key
		}
		// A word is never empty, and the filter holds every byte prefix of a key.
		if m.sep != "" {
			h = (h ^ ' ') * 16777619
		}
		if m.hasBit(m.prefixes, (h^uint32(fold[words[i+1].start]))*16777619) {
			return i
		}
	}
	return len(hashes)
}

// nextWithPair is nextWithPrefixBit for a matcher with pairs: a word whose prefixes bit is
// set must also end a key (its ends bit) or, with the next word, make a pair of pairs, as
// the first two words of a key longer than one word do.
func (m *matcher) nextWithPair(hashes []uint32, from int) int {
	// The prefix test in a loop of its own (nextWithPrefixBit), which keeps its values in
	// registers; most words stop there.
	for i := m.nextWithPrefixBit(hashes, from); i < len(hashes); i = m.nextWithPrefixBit(hashes, i+1) {
		if m.hasBit(m.ends, hashes[i]) || i+1 < len(hashes) && m.hasPair(hashes[i], hashes[i+1]) {
			return i
		}
	}
	return len(hashes)
}

// pairHash mixes the hashes of two words (phraseHash of each alone).
func pairHash(a, b uint32) uint32 {
	h := a*0x9E3779B1 ^ b
	h *= 0x85EBCA6B
	return h ^ h>>15
}

func (m *matcher) hasPair(a, b uint32) bool {
	h := pairHash(a, b) & m.pairMask
	return m.pairs[h/64]&(1<<(h%64)) != 0
}

// makePairs makes the pairs filter of a shared matcher whose keys may span several words:
// 16 bits per pair, up to 2^21 bits. It runs once, on the first findAppend (the keys are
// all added by then; one added later sets its pairs in addPayload).
func (m *matcher) makePairs() {
	if m.sep != "" {
		return
	}
	n := 0
	for i := range m.slots {
		if s := &m.slots[i]; s.key != "" && !s.hangul {
			n += len(s.key) * (len(s.key) - 1) / 2
		}
	}
	if n == 0 {
		return
	}
	bits := 1 << 12
	for bits < n*16 && bits < 1<<21 {
		bits <<= 1
	}
	m.pairs, m.pairMask = make([]uint64, bits/64), uint32(bits-1)
	for i := range m.slots {
		if s := &m.slots[i]; s.key != "" && !s.hangul {
			m.setPairs(s.key)
		}
	}
}

// setPairs sets the pairs of key: for every way its bytes may be the whole of a first word
// (key[:p]) and a second (key[p:q]), the pairHash of their hashes.
func (m *matcher) setPairs(key string) {
	a := phraseHashSeed
	for p := 1; p < len(key); p++ {
		a = (a ^ uint32(key[p-1])) * 16777619
		b := phraseHashSeed
		for q := p; q < len(key); q++ {
			b = (b ^ uint32(key[q])) * 16777619
			h := pairHash(a, b) & m.pairMask
			m.pairs[h/64] |= 1 << (h % 64)
		}
	}
}

// asciiKey is phraseKeySep for pure ASCII input, without building a Text: it is called for
// every span of every run.
func asciiKey(s, sep string) (string, bool) {
	// A single lower-case word is its own key: no copy.
	if isLowerAlnum(s) {
		return s, true
	}
	var buf [64]byte
	b, ok := appendASCIIKey(buf[:0], s, sep)
	if !ok {
		return "", false
	}
	return string(b), true
}

// appendASCIIKey is asciiKey appending the key to dst, for a caller that looks a key up
// before it keeps a copy. It reads each byte's part in the key from asciiKeyBytes.
func appendASCIIKey(dst []byte, s, sep string) ([]byte, bool) {
	b := slices.Grow(dst, len(s)) // the key's letters are at most s's bytes
	if sep == "" {
		for i := 0; i < len(s); i++ {
			switch c := asciiKeyBytes[s[i]]; c {
			case 0: // between words
			case 0xFF:
				return dst, false
			default:
				b = append(b, c)
			}
		}
		return b, true
	}
	inWord := false
	for i := 0; i < len(s); i++ {
		switch c := asciiKeyBytes[s[i]]; c {
		case 0:
			inWord = false
		case 0xFF:
			return dst, false
		default:
			if !inWord && len(b) > len(dst) {
				b = append(b, sep...)
			}
			b = append(b, c)
			inWord = true
		}
	}
	return b, true
}

// asciiKeyBytes maps a byte to its part in an ASCII key: a letter or digit to itself in
// lower case, other ASCII to 0 (between words), a byte of a non-ASCII character to 0xFF.
var asciiKeyBytes = func() (t [256]byte) {
	for c := 0x80; c < 0x100; c++ {
		t[c] = 0xFF
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	return t
}()

// isLowerAlnum says whether s is only ASCII a-z and 0-9.
func isLowerAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}
