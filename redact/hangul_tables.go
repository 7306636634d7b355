package redact

import (
	"sync"
	"unicode/utf8"
)

// Lookup tables for the Hangul passes. A Korean testimony has thousands of Hangul words and
// each is checked against a dozen lists of endings and words: indexing those lists by
// syllable turns each check into an array read instead of a hash or a scan of the list.

const hangulSyllableCount = 0xD7A4 - 0xAC00

// sylSet is a set of Hangul syllables, one bit each.
type sylSet [(hangulSyllableCount + 63) / 64]uint64

// add puts r in the set; runes outside the Hangul syllables are ignored (has never reports
// them).
func (s *sylSet) add(r rune) {
	if isHangulSyllable(r) {
		k := r - 0xAC00
		s[k>>6] |= 1 << (k & 63)
	}
}

func (s *sylSet) has(r rune) bool {
	if !isHangulSyllable(r) {
		return false
	}
	k := r - 0xAC00
	return s[k>>6]&(1<<(k&63)) != 0
}

// hangulRuneSet builds a sylSet of runes that must all be Hangul syllables (a table of this
// file listing anything else is a programming error).
func hangulRuneSet(rs ...rune) *sylSet {
	s := new(sylSet)
	for _, r := range rs {
		if !isHangulSyllable(r) {
			panic("redact: not a Hangul syllable in a Hangul table: " + string(r))
		}
		s.add(r)
	}
	return s
}

// endingIndex groups a list of Hangul endings by their last syllable (or first, for
// prefixes), keeping the list's order within each group: a word is compared only with the
// endings that can end (begin) it, in the order the list gives.
type endingIndex struct {
	slot  []uint8 // by syllable: 1 + index into groups; 0 when no ending has that syllable
	group [][]int // indices into the list
}

func newEndingIndex(list []string, first bool) *endingIndex {
	x := &endingIndex{slot: make([]uint8, hangulSyllableCount)}
	for k, e := range list {
		var r rune
		if first {
			r, _ = utf8.DecodeRuneInString(e)
		} else {
			r, _ = utf8.DecodeLastRuneInString(e)
		}
		if !isHangulSyllable(r) {
			panic("redact: Hangul ending does not end in a Hangul syllable: " + e)
		}
		s := &x.slot[r-0xAC00]
		if *s == 0 {
			x.group = append(x.group, nil)
			*s = uint8(len(x.group))
		}
		x.group[*s-1] = append(x.group[*s-1], k)
	}
	if len(x.group) > 255 {
		panic("redact: too many syllables in an ending index")
	}
	return x
}

// of returns the indices of the endings whose last (first) syllable is r, in list order.
func (x *endingIndex) of(r rune) []int {
	if !isHangulSyllable(r) {
		return nil
	}
	if s := x.slot[r-0xAC00]; s != 0 {
		return x.group[s-1]
	}
	return nil
}

// hangulIndex is what the Hangul passes derive from a name index once, as syllable sets:
// the first syllables of its Hangul places, foreign names and public figures. A word whose
// first syllable begins no entry needs no lookup. givenSyllables holds the Hangul given-name
// syllables of a Gazetteer the same way.
type hangulIndex struct {
	placeFirst   sylSet // first syllable of every place key (and province stem)
	foreignFirst sylSet // first syllable of every foreign name written in Hangul
	figureFirst  sylSet // first syllable of every public figure written in Hangul
}

var (
	hangulIndexCache sync.Map // *nameIndex → *hangulIndex
	givenSetCache    sync.Map // *Gazetteer → *sylSet
)

func hangulIndexFor(ix *nameIndex) *hangulIndex {
	if v, ok := hangulIndexCache.Load(ix); ok {
		return v.(*hangulIndex)
	}
	h := &hangulIndex{}
	for k := range ix.places {
		r, _ := utf8.DecodeRuneInString(k)
		h.placeFirst.add(r)
	}
	for k := range ix.provinceStem {
		r, _ := utf8.DecodeRuneInString(k)
		h.placeFirst.add(r)
	}
	for r := range ix.foreignFirst {
		h.foreignFirst.add(r)
	}
	for r := range ix.figHangulFirst {
		h.figureFirst.add(r)
	}
	v, _ := hangulIndexCache.LoadOrStore(ix, h)
	return v.(*hangulIndex)
}

// mayBePlace says whether ix.places or ix.provinceStem can hold a word that begins with r.
func (h *hangulIndex) mayBePlace(r rune) bool { return !isHangulSyllable(r) || h.placeFirst.has(r) }

// givenSet is a Gazetteer's given-name syllables, with its Hangul ones as a sylSet.
type givenSet struct {
	g      *Gazetteer
	hangul sylSet
}

func givenSetFor(g *Gazetteer) *givenSet {
	if v, ok := givenSetCache.Load(g); ok {
		return v.(*givenSet)
	}
	s := &givenSet{g: g}
	for k, ok := range g.GivenSyllables {
		if r, n := utf8.DecodeRuneInString(k); ok && n == len(k) {
			s.hangul.add(r)
		}
	}
	v, _ := givenSetCache.LoadOrStore(g, s)
	return v.(*givenSet)
}

// has reports a given-name syllable, as g.GivenSyllables[string(r)] does.
func (s *givenSet) has(r rune) bool {
	if isHangulSyllable(r) {
		return s.hangul.has(r)
	}
	return s.g.GivenSyllables[string(r)]
}
