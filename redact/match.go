package redact

import (
	"sort"
	"strings"
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
	t := NewText(s)
	var b strings.Builder
	for i, w := range t.wordList() {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(t.Fold[w.start:w.end])
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
	// entries maps every key and every proper prefix of a key to what it is: one map lookup
	// per word tells both whether a key ends here and whether a longer one may.
	entries map[string]*matchEntry
	maxLen  int
	hangul  map[rune][]string // keys written in Hangul, by first letter
	hangulP map[string][]int
	sep     string // between words of a key: "" (flexible spacing) or " " (exact words)

	prefixIndex bool     // entries hold every prefix (shared matchers built once)
	sortedKeys  []string // otherwise: the keys, sorted on first use
	sorted      bool
	// heads filters longer without the prefix index: bit h(p) is set for every prefix p of
	// up to headLen bytes of a key, so most words are turned away without a search.
	heads [headBits / 64]uint64
}

const (
	headLen  = 3
	headBits = 1 << 12
)

func headHash(b string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(b); i++ {
		h = (h ^ uint32(b[i])) * 16777619
	}
	return h % headBits
}

type matchEntry struct {
	payloads []int // non-empty when a key ends here
	prefix   bool  // a longer key continues
}

func newMatcher() *matcher {
	return &matcher{entries: map[string]*matchEntry{}, hangulP: map[string][]int{}, hangul: map[rune][]string{},
		prefixIndex: true}
}

// newRunMatcher is a matcher for one run (known names, removed forms): it is built for
// every document, so it skips the prefix index and answers "could a longer key start
// like this?" from a sorted key list instead. Not safe for concurrent use.
func newRunMatcher() *matcher { return newRunMatcherSize(0) }

// newRunMatcherSize is newRunMatcher for about n keys.
func newRunMatcherSize(n int) *matcher {
	return &matcher{entries: make(map[string]*matchEntry, n), hangulP: map[string][]int{}, hangul: map[rune][]string{}}
}

// longer says whether some key is longer than buf and starts with it.
func (m *matcher) longer(buf []byte) bool {
	if m.prefixIndex {
		e := m.entries[string(buf)]
		return e != nil && e.prefix
	}
	m.prepare()
	if !m.headOK(buf) {
		return false
	}
	// Binary search by hand: string(buf) in a comparison does not allocate.
	lo, hi := 0, len(m.sortedKeys)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if m.sortedKeys[h] < string(buf) {
			lo = h + 1
		} else {
			hi = h
		}
	}
	for i := lo; i < len(m.sortedKeys); i++ {
		k := m.sortedKeys[i]
		if len(k) < len(buf) || k[:len(buf)] != string(buf) {
			return false
		}
		if len(k) > len(buf) {
			return true
		}
	}
	return false
}

// prepare sorts the keys and sets the head bits of a matcher without the prefix index.
func (m *matcher) prepare() {
	if m.sorted || m.prefixIndex {
		return
	}
	m.sortedKeys = make([]string, 0, len(m.entries))
	m.heads = [headBits / 64]uint64{}
	for k, e := range m.entries {
		if len(e.payloads) > 0 {
			m.sortedKeys = append(m.sortedKeys, k)
			for i := 1; i <= headLen && i <= len(k); i++ {
				h := headHash(k[:i])
				m.heads[h/64] |= 1 << (h % 64)
			}
		}
	}
	sort.Strings(m.sortedKeys)
	m.sorted = true
}

// headOK says whether some key may start with buf (false: none does, nor equals it).
func (m *matcher) headOK(buf []byte) bool {
	h := headHash(string(buf[:min(len(buf), headLen)]))
	return m.heads[h/64]&(1<<(h%64)) != 0
}

func (m *matcher) entry(k string) *matchEntry {
	e := m.entries[k]
	if e == nil {
		e = &matchEntry{}
		m.entries[k] = e
	}
	return e
}

// newExactMatcher matches keys made with phraseKeySep(s, " ") word for word.
func newExactMatcher() *matcher {
	m := newMatcher()
	m.sep = " "
	return m
}

// add registers key with payload p. Empty keys are ignored.
func (m *matcher) add(key string, p int) {
	if key == "" {
		return
	}
	if m.sep == "" && isHangulKey(key) {
		if _, ok := m.hangulP[key]; !ok {
			r, _ := utf8.DecodeRuneInString(key)
			m.hangul[r] = append(m.hangul[r], key)
		}
		m.hangulP[key] = append(m.hangulP[key], p)
		return
	}
	e := m.entry(key)
	e.payloads = append(e.payloads, p)
	m.sorted = false
	if m.prefixIndex {
		for i := 1; i < len(key); i++ {
			m.entry(key[:i]).prefix = true
		}
	}
	if len(key) > m.maxLen {
		m.maxLen = len(key)
	}
}

func (m *matcher) empty() bool { return len(m.entries) == 0 && len(m.hangul) == 0 }

func isHangulKey(k string) bool {
	for _, r := range k {
		if !unicode.Is(unicode.Hangul, r) {
			return false
		}
	}
	return k != ""
}

// phraseMatch is one match in Norm/Fold byte offsets.
type phraseMatch struct {
	start, end int
	payloads   []int
}

// find returns, for every word where a key starts, the longest key match there. Words for
// which skip returns true (replacement text in an output) are never part of a match.
func (m *matcher) find(fold string, words []word, skip func(word) bool) []phraseMatch {
	var out []phraseMatch
	if m.empty() {
		return nil
	}
	buf := make([]byte, 0, 64)
	m.prepare()
	for i := range words {
		if skip != nil && skip(words[i]) {
			continue
		}
		buf = buf[:0]
		best := -1
		var bestP []int
		for j := i; j < len(words); j++ {
			if j > i {
				if !gapJoins(fold[words[j-1].end:words[j].start]) || skip != nil && skip(words[j]) {
					break
				}
				buf = append(buf, m.sep...)
			}
			buf = append(buf, fold[words[j].start:words[j].end]...)
			if len(buf) > m.maxLen || !m.prefixIndex && !m.headOK(buf) {
				break
			}
			e := m.entries[string(buf)]
			if e != nil && len(e.payloads) > 0 {
				best, bestP = j, e.payloads
			}
			if m.prefixIndex && (e == nil || !e.prefix) || !m.prefixIndex && !m.longer(buf) {
				break
			}
		}
		if best >= 0 {
			out = append(out, phraseMatch{words[i].start, words[best].end, bestP})
		}
	}
	// Hangul keys: the words of the phrase in order, any spacing, and the last word may go
	// on (Korean particles attach to the name: "김지민이", "노란 우산이라고").
	if len(m.hangul) == 0 {
		return out
	}
	for i := range words {
		first, _ := utf8.DecodeRuneInString(fold[words[i].start:])
		ks := m.hangul[first]
		if len(ks) == 0 || skip != nil && skip(words[i]) {
			continue
		}
		for _, k := range ks {
			pos, j := 0, i
			for j < len(words) {
				if j > i && (!gapJoins(fold[words[j-1].end:words[j].start]) || skip != nil && skip(words[j])) {
					break
				}
				w := fold[words[j].start:words[j].end]
				if strings.HasPrefix(w, k[pos:]) {
					out = append(out, phraseMatch{words[i].start, words[j].start + len(k) - pos, m.hangulP[k]})
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

// asciiKey is phraseKeySep for pure ASCII input, without building a Text: it is called for
// every span of every run.
func asciiKey(s, sep string) (string, bool) {
	b := make([]byte, 0, len(s))
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return "", false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			if !inWord && len(b) > 0 {
				b = append(b, sep...)
			}
			b = append(b, c)
			inWord = true
		} else {
			inWord = false
		}
	}
	return string(b), true
}
