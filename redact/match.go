package redact

import (
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
	for i := 0; i < len(s); i++ {
		switch s[i] {
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
	keys     map[string][]int // key → payload indexes
	prefixes map[string]bool  // every prefix of a key that ends where a text word could end
	maxLen   int
	hangul   []string // keys written in Hangul: matched as prefixes of words (particles follow)
	hangulP  map[string][]int
	sep      string // between words of a key: "" (flexible spacing) or " " (exact words)
}

func newMatcher() *matcher {
	return &matcher{keys: map[string][]int{}, prefixes: map[string]bool{}, hangulP: map[string][]int{}}
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
			m.hangul = append(m.hangul, key)
		}
		m.hangulP[key] = append(m.hangulP[key], p)
		return
	}
	m.keys[key] = append(m.keys[key], p)
	for i := 1; i < len(key); i++ {
		m.prefixes[key[:i]] = true
	}
	if len(key) > m.maxLen {
		m.maxLen = len(key)
	}
}

func (m *matcher) empty() bool { return len(m.keys) == 0 && len(m.hangul) == 0 }

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
			if len(buf) > m.maxLen {
				break
			}
			if p, ok := m.keys[string(buf)]; ok {
				best, bestP = j, p
			}
			if !m.prefixes[string(buf)] {
				break
			}
		}
		if best >= 0 {
			out = append(out, phraseMatch{words[i].start, words[best].end, bestP})
		}
	}
	for _, k := range m.hangul {
		for off := 0; ; {
			n := strings.Index(fold[off:], k)
			if n < 0 {
				break
			}
			s := off + n
			off = s + len(k)
			if s > 0 {
				r, _ := utf8.DecodeLastRuneInString(fold[:s])
				if unicode.Is(unicode.Hangul, r) {
					continue
				}
			}
			out = append(out, phraseMatch{s, s + len(k), m.hangulP[k]})
		}
	}
	return out
}
