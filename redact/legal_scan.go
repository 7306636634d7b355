package redact

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The legal detectors are regular expressions, and Go's regexp runs a pattern that has no
// literal prefix at a few MB/s, too slow for an engine that must do 10 MB/s. So no pattern
// runs over the whole text:
//
//   - scanAt runs a pattern that starts with a known word ("Mr", "lives") only where that
//     word stands, anchored;
//   - scanNear runs a pattern that contains a known word ("Court", "Prison"), a number, a
//     slash or an initial only in a window around it.
//
// The anchor words are found in one walk over the text's words (anchorTable). None of the
// patterns needs to cross a line break.

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// scanNear runs re only in windows around anchors: from before bytes ahead of each anchor
// to after bytes past it, within the anchor's line, widened to whole words; overlapping
// windows are merged. It suits patterns whose matches always contain one of a few words
// ("Court", "Prison", a digit).
func scanNear(t *Text, re *regexp.Regexp, anchors []int, before, after int) [][]int {
	return scanNearIf(t, re, anchors, before, after, nil)
}

// scanNearIf is scanNear that runs re only in the windows for which need (given the
// window's case-folded text) is true: a cheap test of what every match must contain.
func scanNearIf(t *Text, re *regexp.Regexp, anchors []int, before, after int, need func(fold string) bool) [][]int {
	var needAt func(lo, hi int) bool
	if need != nil {
		needAt = func(lo, hi int) bool { return need(t.Fold[lo:hi]) }
	}
	return scanNearWhere(t, re, anchors, before, after, needAt)
}

// scanNearWhere is scanNearIf with a test given the window's bounds (in Norm), for tests
// that need the window's case.
func scanNearWhere(t *Text, re *regexp.Regexp, anchors []int, before, after int, needAt func(lo, hi int) bool) [][]int {
	return scanNearFunc(t, func(w string) [][]int { return re.FindAllStringSubmatchIndex(w, -1) }, anchors, before, after, needAt)
}

// scanNearFunc is scanNearWhere with a hand-written matcher: find returns what
// FindAllStringSubmatchIndex would on one window.
func scanNearFunc(t *Text, find func(w string) [][]int, anchors []int, before, after int, needAt func(lo, hi int) bool) [][]int {
	s := t.Norm
	var out [][]int
	run := func(lo, hi int) {
		if needAt != nil && !needAt(lo, hi) {
			return
		}
		for _, m := range find(s[lo:hi]) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += lo
				}
			}
			out = append(out, m)
		}
	}
	curLo, curHi := -1, -1
	for _, p := range anchors {
		lo := max(0, p-before)
		if nl := strings.LastIndexByte(s[lo:p], '\n'); nl >= 0 {
			lo += nl + 1
		}
		// Start at a space, so that a word is never cut and "^" stands where a word starts.
		for lo > 0 && lo < p && s[lo-1] != ' ' && s[lo-1] != '\n' {
			lo--
		}
		hi := min(len(s), p+after)
		if nl := strings.IndexByte(s[p:hi], '\n'); nl >= 0 {
			hi = p + nl
		}
		for hi < len(s) && s[hi] != ' ' && s[hi] != '\n' {
			hi++
		}
		if curLo >= 0 && lo <= curHi && !strings.Contains(s[curHi:max(curHi, lo)], "\n") {
			curHi = max(curHi, hi)
			continue
		}
		if curLo >= 0 {
			run(curLo, curHi)
		}
		curLo, curHi = lo, hi
	}
	if curLo >= 0 {
		run(curLo, curHi)
	}
	return out
}

// foldAnchors returns the offsets of every occurrence of words (lower case) in t.Fold that
// starts a word, sorted.
func foldAnchors(t *Text, words ...string) []int {
	f := t.Fold
	var out []int
	for _, w := range words {
		for off := 0; ; {
			i := strings.Index(f[off:], w)
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(w)
			if w[0] == ' ' || at == 0 || !isLetterByte(f[at-1]) {
				out = append(out, at)
			}
		}
	}
	slices.Sort(out)
	return out
}

// mergeAnchors returns a and b as one sorted list.
func mergeAnchors(a, b []int) []int {
	out := append(append([]int(nil), a...), b...)
	slices.Sort(out)
	return out
}

// substrAnchors returns the offsets of every occurrence of w (lower case) in t.Fold, inside
// words too ("Etibank").
func substrAnchors(t *Text, w string) []int {
	var out []int
	for off := 0; ; {
		i := strings.Index(t.Fold[off:], w)
		if i < 0 {
			return out
		}
		out = append(out, off+i)
		off += i + len(w)
	}
}

// isLetterByte says whether b is an ASCII letter or part of a multi-byte character.
func isLetterByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= utf8.RuneSelf
}

// numberAnchors returns the offset of the first digit of every run of digits (with the
// separators of a written number) in t.Norm.
func numberAnchors(t *Text) []int {
	t.numOnce.Do(func() { t.numAnchors = findNumberAnchors(t) })
	return t.numAnchors
}

func findNumberAnchors(t *Text) []int {
	s := t.Norm
	var out []int
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			continue
		}
		out = append(out, i)
		for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == ',' || s[i] == '.' || s[i] == ' ') {
			if s[i] == ' ' && (i+1 >= len(s) || s[i+1] < '0' || s[i+1] > '9') {
				break
			}
			i++
		}
	}
	return out
}

// initialAnchors returns the offset of every full stop that follows an upper-case letter.
func initialAnchors(t *Text) []int {
	t.initialOnce.Do(func() { t.initials = findInitialAnchors(t) })
	return t.initials
}

func findInitialAnchors(t *Text) []int {
	s := t.Norm
	var out []int
	for i := 1; i < len(s); i++ {
		if s[i] != '.' {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsUpper(r) {
			out = append(out, i)
		}
	}
	return out
}

// anchored returns re matching only at the start of its input.
func anchored(re *regexp.Regexp) *regexp.Regexp {
	return regexp.MustCompile(`^(?:` + re.String() + `)`)
}

// scanAt runs re (made with anchored) at each anchor, on at most span bytes: for patterns
// that start with the anchor word ("Mr ...", "lives in ..."). A match that starts inside an
// earlier match is dropped, as FindAll would.
func scanAt(t *Text, re *regexp.Regexp, anchors []int, span int) [][]int {
	s := t.Norm
	var out [][]int
	last := -1
	for _, p := range anchors {
		if p < last {
			continue
		}
		m := re.FindStringSubmatchIndex(s[p:min(len(s), p+span)])
		if m == nil {
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += p
			}
		}
		out = append(out, m)
		last = m[1]
	}
	return out
}

// anchorTable finds the anchors of several word sets. Every table's sets live in one
// package-wide index (anchorWords), so a text's words are looked up once for all of them,
// however many detectors ask (Text.anchorLists).
type anchorTable struct {
	base, n int // the table's sets are anchorWords' sets base .. base+n-1
}

// anchorWords maps a word to the sets (of every anchor table) that hold it, one bit each.
var (
	anchorWords = map[string]uint64{}
	anchorSets  int
)

// newAnchorTable registers sets in anchorWords; it is called only while the package is
// initialised.
func newAnchorTable(sets ...map[string]bool) *anchorTable {
	a := &anchorTable{base: anchorSets, n: len(sets)}
	for i, s := range sets {
		if anchorSets+i >= 64 {
			panic("redact: more than 64 anchor word sets")
		}
		for w := range s {
			anchorWords[w] |= 1 << (anchorSets + i)
		}
	}
	anchorSets += len(sets)
	return a
}

// find returns, per set, the offsets of the words of t (case-folded, or with a trailing "s"
// dropped) that the set holds. The lists are shared: callers must not modify them.
func (a *anchorTable) find(t *Text) [][]int {
	return t.anchorLists()[a.base : a.base+a.n]
}

// anchorLists returns the anchors of every registered set, found with the word classes
// (Text.lookupWords).
func (t *Text) anchorLists() [][]int {
	t.lookupWords()
	return t.anchors
}

// hasDigit says whether s holds an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// scanAround runs re in windows from before bytes ahead of each anchor to after bytes past
// it, widened to whole words and merged where they overlap. Unlike scanNear a window may
// cross a line break, for patterns whose \s may match one. It suits patterns whose every
// match holds an anchor word within before bytes of its start.
func scanAround(t *Text, re *regexp.Regexp, anchors []int, before, after int) [][]int {
	s := t.Norm
	var out [][]int
	run := func(lo, hi int) {
		for _, m := range re.FindAllStringSubmatchIndex(s[lo:hi], -1) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += lo
				}
			}
			out = append(out, m)
		}
	}
	curLo, curHi := -1, -1
	for _, p := range anchors {
		lo := max(0, p-before)
		for lo > 0 && lo < p && !isSpaceByte(s[lo-1]) {
			lo--
		}
		hi := min(len(s), p+after)
		for hi < len(s) && !isSpaceByte(s[hi]) {
			hi++
		}
		if curLo >= 0 && lo <= curHi {
			curHi = max(curHi, hi)
			continue
		}
		if curLo >= 0 {
			run(curLo, curHi)
		}
		curLo, curHi = lo, hi
	}
	if curLo >= 0 {
		run(curLo, curHi)
	}
	return out
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }
