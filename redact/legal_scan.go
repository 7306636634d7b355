package redact

import (
	"math/bits"
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
	if len(anchors) == 0 {
		return nil // most calls, as in scanNearBounds: no wrapping closures to make
	}
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
	if len(anchors) == 0 {
		return nil // most calls, as in scanNearBounds: no wrapping closures to make
	}
	return scanNearFuncIf(t, find, anchors, before, after, nil, needAt)
}

// scanNearOK is scanNear that searches a window only if ok is true for one of the anchors
// that made it, or the window holds anyway (unless it is ""): ok is a cheap test at an
// anchor of what a match through it must hold (a capital before "Court"), anyway a word of
// the pattern that is no anchor ("A/S"). The windows are the ones scanNear makes, so a
// window that is searched finds what scanNear finds there.
func scanNearOK(t *Text, re *regexp.Regexp, anchors []int, before, after int, ok anchorTest, anyway string) [][]int {
	if len(anchors) == 0 {
		return nil // most calls, as in scanNearBounds: no wrapping closures to make
	}
	return scanNearOKFunc(t, func(w string) [][]int { return re.FindAllStringSubmatchIndex(w, -1) }, anchors, before, after, ok, anyway)
}

// scanNearOKFunc is scanNearOK with a hand-written matcher: find returns what
// FindAllStringSubmatchIndex would on one window.
func scanNearOKFunc(t *Text, find func(w string) [][]int, anchors []int, before, after int, ok anchorTest, anyway string) [][]int {
	if len(anchors) == 0 {
		return nil // most calls, as in scanNearBounds: no wrapping closures to make
	}
	var need func(lo, hi int) bool
	if anyway != "" {
		need = func(lo, hi int) bool { return strings.Contains(t.Norm[lo:hi], anyway) }
	}
	return scanNearFuncIf(t, find, anchors, before, after, ok, need)
}

// scanNearFuncIf is scanNearFunc with a test per anchor: a window is searched if needAt is
// true for it, and, unless needAt alone is given, if ok is true for one of its anchors or
// needAt is true (needAt then says the window holds a match through no anchor).
func scanNearFuncIf(t *Text, find func(w string) [][]int, anchors []int, before, after int, ok anchorTest, needAt func(lo, hi int) bool) [][]int {
	return scanNearBounds(t, func(lo, hi int) [][]int { return find(t.Norm[lo:hi]) }, anchors, before, after, ok, needAt)
}

// scanNearBounds is scanNearFuncIf with a matcher given the window's bounds (in Norm), for
// a matcher that reads what the Text knows of the window (its anchors) besides its bytes.
// find's matches are offsets in the window, as scanNearFuncIf's.
func scanNearBounds(t *Text, find func(lo, hi int) [][]int, anchors []int, before, after int, ok anchorTest, needAt func(lo, hi int) bool) [][]int {
	if len(anchors) == 0 {
		return nil // most calls: no window to make
	}
	s := t.Norm
	var out [][]int
	run := func(lo, hi int, anchorOK bool) {
		if ok != nil {
			if !anchorOK && (needAt == nil || !needAt(lo, hi)) {
				return
			}
		} else if needAt != nil && !needAt(lo, hi) {
			return
		}
		for _, m := range find(lo, hi) {
			shiftMatch(m, lo)
			out = append(out, m)
		}
	}
	curLo, curHi, curOK := -1, -1, false
	for _, p := range anchors {
		lo := max(0, p-before)
		if nl := lastNewline(s[lo:p]); nl >= 0 {
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
			curOK = curOK || ok != nil && ok(t, p)
			continue
		}
		if curLo >= 0 {
			run(curLo, curHi, curOK)
		}
		curLo, curHi, curOK = lo, hi, ok != nil && ok(t, p)
	}
	if curLo >= 0 {
		run(curLo, curHi, curOK)
	}
	return out
}

// lastNewline is strings.LastIndexByte(s, '\n'), eight bytes at a time where LastIndexByte
// reads one: a window's start looks back up to a hundred bytes, past no line break mostly.
func lastNewline(s string) int {
	i := len(s)
	for i >= 8 && equalBytes(load64(s[i-8:]), '\n') == 0 {
		i -= 8
	}
	return strings.LastIndexByte(s[:i], '\n')
}

// asciiOnly says whether s holds no byte outside ASCII, eight bytes at a time.
func asciiOnly(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if load64(s[i:])&hiBits != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldAnchors returns the offsets of every occurrence of words (lower case) in t.Fold that
// starts a word, sorted. Per word, occurrences do not overlap (each search goes on after the
// last one found), as strings.Index in a loop would find them.
func foldAnchors(t *Text, words ...string) []int {
	f := t.Fold
	var out []int
	dotted, lettered := false, false
	for _, w := range words {
		if len(words) <= maxDottedWords && strings.IndexByte(w, '.') >= 0 {
			dotted = true
			continue
		}
		if isLowerASCIIWord(w) {
			lettered = true
			continue
		}
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
	if lettered {
		out = letterWordAnchors(t, words, out)
	}
	if dotted {
		out = dottedAnchors(f, words, out)
	}
	slices.Sort(out)
	return out
}

// isLowerASCIIWord says whether w is one or more lower-case ASCII letters.
func isLowerASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// letterWordAnchors appends to out foldAnchors' offsets for the words of lower-case ASCII
// letters ("number", "nr"): one walk over the text's words (Text.wordList) instead of a
// search per word. Such an occurrence starts after a byte that is not a letter, which is
// where a word of the text starts, after a separator, or inside one, after a digit: where a
// run of digits (numberAnchors) ends. No other byte need be tried. Nor can an occurrence
// start inside another of the same word, where a letter stands before it, so none is lost
// that the search would have found.
func letterWordAnchors(t *Text, words []string, out []int) []int {
	f := t.Fold
	var buf [8]string
	lettered := buf[:0]
	var starts [256]bool // the letters a word starts with
	for _, w := range words {
		if isLowerASCIIWord(w) {
			lettered = append(lettered, w)
			starts[w[0]] = true
		}
	}
	at := func(p int) {
		for _, w := range lettered {
			if strings.HasPrefix(f[p:], w) {
				out = append(out, p)
			}
		}
	}
	for _, wd := range t.wordList() {
		if p := wd.start; starts[f[p]] && (p == 0 || !isLetterByte(f[p-1])) {
			at(p)
		}
	}
	// A letter after a digit ends the digit's run: the runs hold digits and the separators
	// of a written number only. Fold has Norm's digits and separators where Norm has them.
	for _, p := range numberAnchors(t) {
		e := numberRunEnd(f, p)
		if e < len(f) && starts[f[e]] && isDigit(f[e-1]) {
			at(e)
		}
	}
	return out
}

// maxDottedWords is the most words dottedAnchors takes: one bit of a uint32 each.
const maxDottedWords = 32

// dottedAnchors appends to out foldAnchors' offsets for the words that hold a full stop
// ("s.a.", "no."): one walk over the text's full stops, rarer than any letter, instead of
// one search per word. Most full stops end a sentence, after a letter no word puts before
// its full stop or before a space none puts after it: two table look-ups, of the bytes on
// either side, turn them away before any word is compared.
func dottedAnchors(f string, words []string, out []int) []int {
	var next, dots [maxDottedWords]int // per word, where its next occurrence may start; its first full stop
	// Bit k of before[c] (after[c]) is set if word k can have c before (after) the full stop
	// at dots[k]; noBefore (noAfter) are the words with nothing there.
	var before, after [256]uint32
	var noBefore, noAfter uint32
	for k, w := range words {
		d := strings.IndexByte(w, '.')
		dots[k] = d
		if d < 0 {
			continue
		}
		bit := uint32(1) << k
		if d == 0 {
			noBefore |= bit
		} else {
			before[w[d-1]] |= bit
		}
		if d+1 == len(w) {
			noAfter |= bit
		} else {
			after[w[d+1]] |= bit
		}
	}
	for off := 0; ; {
		i := strings.IndexByte(f[off:], '.')
		if i < 0 {
			return out
		}
		dot := off + i
		off = dot + 1
		cand := noBefore
		if dot > 0 {
			cand |= before[f[dot-1]]
		}
		if dot+1 < len(f) {
			cand &= after[f[dot+1]] | noAfter
		} else {
			cand &= noAfter
		}
		for ; cand != 0; cand &= cand - 1 {
			k := bits.TrailingZeros32(cand)
			w := words[k]
			at := dot - dots[k]
			if at < next[k] || !strings.HasPrefix(f[at:], w) {
				continue
			}
			next[k] = at + len(w)
			if w[0] == ' ' || at == 0 || !isLetterByte(f[at-1]) {
				out = append(out, at)
			}
		}
	}
}

// byFirstByte returns words by their first byte, each list in the order of words, for a
// matcher that tries, where a text's byte stands, only the words that can start there.
func byFirstByte(words []string) *[256][]string {
	var m [256][]string
	for _, w := range words {
		m[w[0]] = append(m[w[0]], w)
	}
	return &m
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

// findNumberAnchors reads only the words with a digit (clsDigit), which the word classes
// find a block of words at a time, instead of every byte of the text: every digit is in a
// word. A run that goes on into the next words passes them over.
func findNumberAnchors(t *Text) []int {
	s := t.Norm
	c := newWordScan(t)
	var out []int
	end := 0 // where the last run ended
	for k := c.next(0, clsDigit); k < len(c.ws); k = c.next(k+1, clsDigit) {
		for i := max(c.ws[k].start, end); i < c.ws[k].end; i++ {
			if isDigit(s[i]) {
				out = append(out, i)
				end = numberRunEnd(s, i)
				i = end - 1
			}
		}
	}
	return out
}

// numberRunEnd returns the end of the run from i of digits and the separators of a written
// number (",", ".", and " " before a digit).
func numberRunEnd(s string, i int) int {
	i, done := numberBytesEnd(s, i, true)
	if done {
		return i
	}
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == ',' || s[i] == '.' || s[i] == ' ') {
		if s[i] == ' ' && (i+1 >= len(s) || s[i+1] < '0' || s[i+1] > '9') {
			break
		}
		i++
	}
	return i
}

// numberBytesEnd reads eight bytes at a time the run from i that numberRunEnd (anySep) or
// numberEnd reads: digits, and "," and "." anywhere (anySep) or before a digit, and " "
// before a digit (anySep). Where a byte one at a time cost a branch or more each, which the
// processor mispredicts where a run ends, a run of fewer than eight bytes (most numbers)
// costs one test. It returns the run's end and true, or where fewer than nine bytes are left
// and false (the caller reads the rest byte by byte).
func numberBytesEnd(s string, i int, anySep bool) (int, bool) {
	for i+9 <= len(s) {
		v, next := load64(s[i:]), load64(s[i+1:])
		nextDigit := digitBytes(next) // byte k: s[i+k+1] is a digit
		seps := equalBytes(v, ',') | equalBytes(v, '.')
		run := digitBytes(v)
		if anySep {
			run |= seps | equalBytes(v, ' ')&nextDigit
		} else {
			run |= seps & nextDigit
		}
		if stop := ^run & hiBits; stop != 0 {
			return i + bits.TrailingZeros64(stop)/8, true
		}
		i += 8
	}
	return i, false
}

// digitBytes has the high bit set in each byte of v that is an ASCII digit. The bytes are
// tested without their high bit, so no sum carries into the next byte; a byte of 0x80 or
// more is then turned away by its own high bit.
func digitBytes(v uint64) uint64 {
	low := v &^ hiBits
	return (low + (0x80-'0')*loBits) &^ (low + (0x80-'9'-1)*loBits) &^ v & hiBits
}

// initialAnchors returns the offset of every full stop that follows an upper-case letter.
func initialAnchors(t *Text) []int {
	t.initialOnce.Do(func() { t.initials = findInitialAnchors(t) })
	return t.initials
}

func findInitialAnchors(t *Text) []int {
	s := t.Norm
	var out []int
	for off := 1; off < len(s); {
		j := strings.IndexByte(s[off:], '.')
		if j < 0 {
			break
		}
		i := off + j
		off = i + 1
		if c := s[i-1]; c < utf8.RuneSelf {
			if isUpperASCII(c) {
				out = append(out, i)
			}
		} else if i >= 3 && syllableAt(s, i-3) {
			// A Hangul syllable, no capital: most full stops of Korean text, not decoded.
		} else if r, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsUpper(r) {
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
	return scanAtIf(t, re, anchors, span, nil)
}

// scanAtIf is scanAt that runs re only at the anchors for which ok is true: a cheap test of
// what a match starting there must hold ("in" after "lives", a capital after "Mr"). ok must
// be true wherever re matches, or a match is lost.
func scanAtIf(t *Text, re *regexp.Regexp, anchors []int, span int, ok anchorTest) [][]int {
	return scanAtFuncIf(t, re.FindStringSubmatchIndex, anchors, span, ok)
}

// scanAtFunc is scanAt with a hand-written matcher: find returns what
// FindStringSubmatchIndex would at the start of its input.
func scanAtFunc(t *Text, find func(w string) []int, anchors []int, span int) [][]int {
	return scanAtFuncIf(t, find, anchors, span, nil)
}

func scanAtFuncIf(t *Text, find func(w string) []int, anchors []int, span int, ok anchorTest) [][]int {
	s := t.Norm
	var out [][]int
	last := -1
	for _, p := range anchors {
		if p < last || ok != nil && !ok(t, p) {
			continue
		}
		m := find(s[p:min(len(s), p+span)])
		if m == nil {
			continue
		}
		shiftMatch(m, p)
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
	if lexicon != nil {
		panic("redact: an anchor table made after the lexicon") // its words would be in none
	}
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
	lists := t.anchorLists()
	if lists == nil {
		return noAnchorLists[a.base : a.base+a.n : a.base+a.n]
	}
	return lists[a.base : a.base+a.n]
}

// noAnchorLists stands for every set's list of a text with no anchor word at all, which
// lookupWords then need not allocate. Nothing ever writes to it.
var noAnchorLists [64][]int

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

// scanAroundIf runs re in windows from before bytes ahead of each anchor to after bytes past
// it, widened to whole words and merged where they overlap. Unlike scanNear a window may
// cross a line break, for patterns whose \s may match one. It suits patterns whose every
// match holds an anchor word within before bytes of its start. A window is searched only if
// ok is nil or true for one of the anchors that made it.
func scanAroundIf(t *Text, re *regexp.Regexp, anchors []int, before, after int, ok anchorTest) [][]int {
	return scanAroundFuncIf(t, func(w string) [][]int { return re.FindAllStringSubmatchIndex(w, -1) }, anchors, before, after, ok)
}

// scanAroundFuncIf is scanAroundIf with a hand-written matcher: find returns what
// FindAllStringSubmatchIndex would on one window.
func scanAroundFuncIf(t *Text, find func(w string) [][]int, anchors []int, before, after int, ok anchorTest) [][]int {
	s := t.Norm
	var out [][]int
	run := func(lo, hi int) {
		for _, m := range find(s[lo:hi]) {
			shiftMatch(m, lo)
			out = append(out, m)
		}
	}
	curLo, curHi, curOK := -1, -1, false
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
			curOK = curOK || ok == nil || ok(t, p)
			continue
		}
		if curLo >= 0 && curOK {
			run(curLo, curHi)
		}
		curLo, curHi, curOK = lo, hi, ok == nil || ok(t, p)
	}
	if curLo >= 0 && curOK {
		run(curLo, curHi)
	}
	return out
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// anchorTest is a cheap test, at an anchor p, of what a match through the anchor must hold
// (a capital before "Court", "in" after "lives"), for scanAtIf, scanNearOK and
// scanAroundIf. It may say yes where the pattern fails, never no where it matches.
type anchorTest func(t *Text, p int) bool

// afterToken says whether, after the token at p (up to the first white space) and that
// one white-space character (the class \s), s continues with one of next. For a pattern
// whose alternatives are words without spaces followed by \s, the first white space after
// the anchor is where the alternative ends.
func afterToken(s string, p int, next ...string) bool {
	e := p
	for e < len(s) && !isRESpace(s[e]) {
		e++
	}
	if e >= len(s) {
		return false
	}
	for _, n := range next {
		if strings.HasPrefix(s[e+1:], n) {
			return true
		}
	}
	return false
}

// spaceBound returns the offset of the n-th white-space character (the class \s) at or
// after pos, or len(s). An anchored pattern whose matches hold fewer than n white spaces
// and that has no assertion at its end ("$", "\b") finds in s[pos:spaceBound(s, pos, n)]
// what it finds in s[pos:], without reading the rest of the text.
func spaceBound(s string, pos, n int) int {
	for i := pos; i < len(s); i++ {
		if isRESpace(s[i]) {
			if n--; n == 0 {
				return i
			}
		}
	}
	return len(s)
}

// wordEnd is the end of the run of ASCII letters at p.
func wordEnd(s string, p int) int {
	for p < len(s) && (s[p] >= 'a' && s[p] <= 'z' || s[p] >= 'A' && s[p] <= 'Z') {
		p++
	}
	return p
}

// upperBefore says whether the token that ends at i (from the white space before it)
// holds an upper-case letter, as a capitalised word before a head word ("Kayseri Court")
// must.
func upperBefore(s string, i int) bool {
	for i > 0 && !isRESpace(s[i-1]) {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsUpper(r) {
			return true
		}
		i -= n
	}
	return false
}

// upperAt says whether the character at i is an upper-case letter (\p{Lu}).
func upperAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return isUpperASCII(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}

// findFromWordStarts is re.FindAllStringSubmatchIndex(w, -1) for a pattern re that begins
// with "\b" and a word character, so that every match starts where an ASCII word starts (as
// "\b" sees it). A big pattern without a literal prefix runs slowly at every byte of w;
// here reAt (anchored(re)) is tried only at those word starts, and only where mayStart,
// which must be true wherever a match can start, says so. A match that starts inside an
// earlier one is skipped, as FindAll does; each try reads to the end of w, so the pattern
// sees what follows a match as it would in w.
func findFromWordStarts(reAt *regexp.Regexp, w string, mayStart func(w string, i int) bool) [][]int {
	return findFromWordStartsFunc(reAt.FindStringSubmatchIndex, w, mayStart)
}

// findFromWordStartsFunc is findFromWordStarts with a hand-written matcher: find returns
// what reAt.FindStringSubmatchIndex would.
func findFromWordStartsFunc(find func(w string) []int, w string, mayStart func(w string, i int) bool) [][]int {
	var out [][]int
	for i := 0; i < len(w); i++ {
		if !isRegexpWordByte(w[i]) || i > 0 && isRegexpWordByte(w[i-1]) || !mayStart(w, i) {
			continue
		}
		m := find(w[i:])
		if m == nil {
			continue
		}
		shiftMatch(m, i)
		out = append(out, m)
		i = m[1] - 1 // the next try is where the match ends
	}
	return out
}

// findFromUppers is re.FindAllStringSubmatchIndex(w, -1) for a pattern re whose every
// match starts with an upper-case letter (\p{Lu}) and that reads nothing before its match
// (no "\b" or "^" at its start): reAt (anchored(re)) is tried only where such a letter
// stands, at the characters the matcher would step through. A big pattern without a literal
// prefix runs slowly from every byte of a window; most bytes are no capital. Each try reads
// up to the n-th white space (spaceBound): re's matches must hold fewer, and what re reads
// after a match ("\b", a character that is no letter, "$") must see at that white space what
// it sees in w. mayStart, if not nil, must be true wherever a match can start.
func findFromUppers(reAt *regexp.Regexp, w string, n int, mayStart func(w string, i int) bool) [][]int {
	var out [][]int
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if isUpperASCII(c) && (mayStart == nil || mayStart(w, i)) {
				if m := reAt.FindStringSubmatchIndex(w[i:spaceBound(w, i, n)]); m != nil {
					shiftMatch(m, i)
					out = append(out, m)
					i = m[1]
					continue
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if unicode.IsUpper(r) && (mayStart == nil || mayStart(w, i)) {
			if m := reAt.FindStringSubmatchIndex(w[i:spaceBound(w, i, n)]); m != nil {
				shiftMatch(m, i)
				out = append(out, m)
				i = m[1]
				continue
			}
		}
		i += size
	}
	return out
}

// wordIn says whether the run of ASCII letters at i of w, lower-cased, is one of words (of
// at most 16 letters), or runs into a non-ASCII character: a test for findFromWordStarts'
// mayStart. Under (?i) a pattern's "s" also matches "ſ" and its "k" the Kelvin sign, which
// the test does not read, so it lets such a word through.
func wordIn(words map[string]bool, w string, i int) bool {
	e := wordEnd(w, i)
	if e < len(w) && w[e] >= utf8.RuneSelf {
		return true
	}
	var buf [16]byte
	if e-i > len(buf) {
		return false
	}
	for k := i; k < e; k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k-i] = c
	}
	return words[string(buf[:e-i])]
}

// shiftMatch moves a match's offsets (unset groups stay -1) from a window that starts at
// off to the text the window was cut from.
func shiftMatch(m []int, off int) {
	for k := range m {
		if m[k] >= 0 {
			m[k] += off
		}
	}
}
