package redact

import (
	"math/bits"
	"strconv"
	"strings"
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

// firstSyllables is the set of the words' first syllables.
func firstSyllables(words []string) *sylSet {
	s := new(sylSet)
	for _, w := range words {
		r, _ := decodeRune(w)
		s.add(r)
	}
	return s
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
			r, _ = decodeRune(e)
		} else {
			r, _ = decodeLastRune(e)
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

// hangulIndex is what the Hangul and place passes derive from a name index once. The
// gazetteer's places again, each with the reason and entity key a match on it gives, so a
// match costs one lookup and no formatting; which pairs of syllables begin a Hangul place
// (a word that begins otherwise needs no lookup at all); and the first syllables of the
// foreign names and public figures written in Hangul.
type hangulIndex struct {
	places       map[string]*placeHit
	heads        map[string]placeHead // first word of every place key
	placeOne     sylSet               // first syllable of a place key whose second is not a Hangul syllable
	placePairs   map[uint32]bool      // first two syllables of every other Hangul place key
	foreignFirst sylSet               // first syllable of every foreign name written in Hangul
	foreign      map[string]bool      // nameIndex.foreignHangul: "나탈리아" is no village in 리
	// The public figures written in Hangul, grouped by first syllable: figureSlot holds, by
	// syllable, 1 + the index of its group in figureGroups (0: no figure begins with it).
	// why: every Hangul word is tested, and a slot is read where a map was hashed.
	figureSlot   []uint16
	figureGroups [][]string
	verbStems    map[string]bool // nameIndex.verbStems: "굶주리는" is no village in 리
	given        map[string]bool // nameIndex.hangulGiven: "원주 씨" is a person
}

// placeHead says of a word that begins place keys how many tokens those keys have: the most,
// and each count as a bit (all bits when one has more than 31), so matchPlaces tries only
// windows of those lengths.
type placeHead struct {
	most int
	lens uint32
}

// placeHit is one gazetteer place with what a match on it says.
type placeHit struct {
	entry        PlaceEntry
	reason       string // of a match on its own: "gazetteer city \"Hyesan\"", or the country's
	hangulReason string // of a match on its Hangul name
	entity       string
}

var (
	hangulIndexCache sync.Map // *nameIndex → *hangulIndex
	givenSetCache    sync.Map // *Gazetteer → *givenSet
)

func hangulIndexFor(ix *nameIndex) *hangulIndex {
	if v, ok := hangulIndexCache.Load(ix); ok {
		return v.(*hangulIndex)
	}
	h := &hangulIndex{places: make(map[string]*placeHit, len(ix.places)), heads: map[string]placeHead{}, placePairs: map[uint32]bool{}, figureSlot: make([]uint16, hangulSyllableCount),
		verbStems: ix.verbStems, given: ix.hangulGiven}
	hits := map[PlaceEntry]*placeHit{}
	for k, e := range ix.places {
		hit := hits[e]
		if hit == nil {
			hit = &placeHit{entry: e, reason: placeReason(e), hangulReason: "gazetteer " + e.Kind + " " + strconv.Quote(e.Name) + " (Hangul)",
				entity: placeEntity(e.Name)}
			hits[e] = hit
		}
		h.places[k] = hit
		h.addPlacePrefix(k)
		// The same tokens as indexFor reads for ix.placeHead.
		if vt := tokenize(k); len(vt) > 0 {
			hd := h.heads[vt[0].low]
			hd.most = max(hd.most, len(vt))
			if len(vt) < 32 {
				hd.lens |= 1 << len(vt)
			} else {
				hd.lens = ^uint32(0)
			}
			h.heads[vt[0].low] = hd
		}
	}
	for k := range ix.provinceStem {
		h.addPlacePrefix(k)
	}
	for r := range ix.foreignFirst {
		h.foreignFirst.add(r)
	}
	h.foreign = ix.foreignHangul
	for _, f := range ix.figHangul {
		r, _ := decodeRune(f)
		if !isHangulSyllable(r) {
			continue // isFigure answers only for words that begin with a syllable
		}
		sl := &h.figureSlot[r-0xAC00]
		if *sl == 0 {
			h.figureGroups = append(h.figureGroups, nil)
			*sl = uint16(len(h.figureGroups))
		}
		h.figureGroups[*sl-1] = append(h.figureGroups[*sl-1], f)
	}
	v, _ := hangulIndexCache.LoadOrStore(ix, h)
	return v.(*hangulIndex)
}

func (h *hangulIndex) addPlacePrefix(k string) {
	r1, n := decodeRune(k)
	if !isHangulSyllable(r1) {
		return // no Hangul word begins so
	}
	if r2, _ := decodeRune(k[n:]); isHangulSyllable(r2) {
		h.placePairs[sylPair(r1, r2)] = true
	} else {
		h.placeOne.add(r1)
	}
}

func sylPair(r1, r2 rune) uint32 { return uint32(r1-0xAC00)*hangulSyllableCount + uint32(r2-0xAC00) }

// mayBePlace says whether a place key (or province stem) can be w or begin w: it must begin
// with w's first two syllables, or with its first and then no other syllable.
func (h *hangulIndex) mayBePlace(w string) bool {
	r1 := firstSyllable(w)
	if r1 < 0 {
		return true // not a Hangul word: no shortcut
	}
	if h.placeOne.has(r1) {
		return true
	}
	r2 := firstSyllable(w[3:])
	return r2 >= 0 && h.placePairs[sylPair(r1, r2)]
}

// placeReason says why a gazetteer place on its own is a place.
func placeReason(e PlaceEntry) string {
	if e.Kind == "country" {
		return "country " + strconv.Quote(e.Name) + " (kept readable by policy)"
	}
	return "gazetteer " + e.Kind + " " + strconv.Quote(e.Name)
}

// placeEntity is the entity key of a place: every spelling of it is one place.
func placeEntity(name string) string { return "place|" + strings.ToLower(name) }

// isFigure reports a Hangul word that begins with a public figure's name.
func (h *hangulIndex) isFigure(w string) bool {
	r := firstSyllable(w)
	if r < 0 || h.figureSlot[r-0xAC00] == 0 {
		return false
	}
	for _, f := range h.figureGroups[h.figureSlot[r-0xAC00]-1] {
		if strings.HasPrefix(w, f) {
			return true
		}
	}
	return false
}

// givenSet is what the Hangul passes derive from a Gazetteer's names: its Hangul given-name
// syllables and one-syllable surnames as syllable sets, the first syllables of its
// two-syllable Hangul surnames, and the shape of its first names written in Hangul.
type givenSet struct {
	g      *Gazetteer
	hangul sylSet // given-name syllables
	// listedFirst holds the first syllables of the listed given names (Gazetteer.HangulGiven)
	// that are neither given-name syllables nor surnames: 갑 of 갑순, 귀 of 귀남.
	listedFirst sylSet
	surname     sylSet // one-syllable surnames
	surname2    sylSet // first syllable of every two-syllable surname
	// The first names written in Hangul (the foreign names): the first two syllables of
	// each, the one-syllable ones, and the length in bytes of the longest.
	foreignPairs map[uint32]bool
	foreignOne   sylSet
	maxForeign   int
	// mongol holds the elements of Mongolian given names in Hangul (hangul_mongolian.go).
	mongol mongolSet
	// surnameReasons holds the reason of a surname + given-name match for every surname
	// written in Hangul, built once instead of per match.
	surnameReasons map[string]string
	// listBits answers most questions about the Gazetteer's Hangul word lists without a map
	// lookup: a word's slot (listSlot) holds the gz bits (below) of every listed word of that
	// slot, so a list whose bit is not there does not hold the word. The passes ask these
	// lists of nearly every Hangul word, most of them in none. (Bytes, not a table of
	// strings: the garbage collector has no pointers to follow.)
	listBits  []uint8
	listShift uint32
}

// The bits of givenSet.listBits: the Gazetteer's lists that may hold a word.
const (
	gzNouns         uint8 = 1 << iota // Gazetteer.HangulNouns
	gzVerbStems                       // Gazetteer.HangulVerbStems
	gzGiven                           // Gazetteer.HangulGiven
	gzCompoundParts                   // Gazetteer.HangulCompoundParts
	gzHomographs                      // Gazetteer.HangulHomographs
)

// gzLists are the Gazetteer's lists of the gz bits, in their order.
func gzLists(g *Gazetteer) [5]map[string]bool {
	return [5]map[string]bool{g.HangulNouns, g.HangulVerbStems, g.HangulGiven, g.HangulCompoundParts, g.HangulHomographs}
}

// listSlot is w's slot in listBits.
func (s *givenSet) listSlot(w string) uint32 {
	return (phraseHash(phraseHashSeed, w) * fibMul) >> s.listShift
}

// lists returns which of the Gazetteer's lists of the bits want hold w: a list whose bit
// w's slot lacks is not asked.
func (s *givenSet) lists(w string, want uint8) uint8 {
	maybe := s.listBits[s.listSlot(w)] & want
	if maybe == 0 {
		return 0
	}
	var in uint8
	for k, l := range gzLists(s.g) {
		if bit := uint8(1) << k; maybe&bit != 0 && l[w] {
			in |= bit
		}
	}
	return in
}

func givenSetFor(g *Gazetteer) *givenSet {
	if v, ok := givenSetCache.Load(g); ok {
		return v.(*givenSet)
	}
	s := &givenSet{g: g}
	for k, ok := range g.GivenSyllables {
		if r, n := decodeRune(k); ok && n == len(k) {
			s.hangul.add(r)
		}
	}
	for k := range g.HangulGiven {
		s.listedFirst.add(firstSyllable(k))
	}
	s.surnameReasons = map[string]string{}
	for k := range g.Surnames {
		r1, n1 := decodeRune(k)
		if isHangulSyllable(r1) {
			s.surnameReasons[k] = surnameGivenReason(k)
		}
		if n1 == len(k) {
			s.surname.add(r1)
		} else if r2, n2 := decodeRune(k[n1:]); n1+n2 == len(k) && isHangulSyllable(r2) {
			s.surname2.add(r1)
		}
	}
	s.foreignPairs = map[uint32]bool{}
	for k := range g.FirstNames {
		r1, n := decodeRune(k)
		if !isHangulSyllable(r1) {
			continue // no Hangul word begins so
		}
		s.maxForeign = max(s.maxForeign, len(k))
		if r2, _ := decodeRune(k[n:]); isHangulSyllable(r2) {
			s.foreignPairs[sylPair(r1, r2)] = true
		} else {
			s.foreignOne.add(r1)
		}
	}
	s.mongol = newMongolSet(g.MongolianHangulParts)
	listed := 0
	for _, l := range gzLists(g) {
		listed += len(l)
	}
	size := 64 // eight slots a listed word at least: few words share a slot
	for size < 8*listed {
		size *= 2
	}
	s.listBits, s.listShift = make([]uint8, size), uint32(32-bits.TrailingZeros(uint(size)))
	for k, l := range gzLists(g) {
		for w, ok := range l {
			if ok {
				s.listBits[s.listSlot(w)] |= 1 << k
			}
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

// mayBeginName reports a syllable a Hangul name can begin with: a surname's first or a
// given-name syllable. Other runes are not answered (true).
func (s *givenSet) mayBeginName(r rune) bool {
	return !isHangulSyllable(r) || s.hangul.has(r) || s.surname.has(r) || s.surname2.has(r)
}

// mayBeForeign says whether a first name written in Hangul can be w or begin w, for a word
// of Hangul syllables: it must begin with w's first two syllables, or be w's first.
func (s *givenSet) mayBeForeign(w string) bool {
	r1 := firstSyllable(w)
	if r1 < 0 {
		return false
	}
	if s.foreignOne.has(r1) {
		return true
	}
	r2 := firstSyllable(w[3:])
	return r2 >= 0 && s.foreignPairs[sylPair(r1, r2)]
}

// splitName is splitHangulName(w, s.g), answered from the syllable sets when w begins with
// Hangul syllables.
func (s *givenSet) splitName(w string) (string, string) {
	r1, n1 := firstSyllable(w), 3
	if r1 < 0 {
		return splitHangulName(w, s.g)
	}
	if n1 < len(w) {
		r2, n2 := decodeRune(w[n1:])
		if n1+n2 < len(w) && (!isHangulSyllable(r2) || s.surname2.has(r1)) { // three syllables or more
			if _, ok := s.g.Surnames[w[:n1+n2]]; ok {
				return w[:n1+n2], w[n1+n2:]
			}
		}
	}
	if s.surname.has(r1) {
		return w[:n1], w[n1:]
	}
	return "", w
}

// decodeRune is utf8.DecodeRuneInString with a valid three-byte rune (every Hangul syllable
// is one) decoded without the library's general path. The Hangul passes decode a syllable or
// two of every Hangul word. Small enough to be inlined.
func decodeRune(s string) (rune, int) {
	if len(s) >= 3 && s[0]&0xF0 == 0xE0 {
		if r := rune3(s[0], s[1], s[2]); r >= 0 {
			return r, 3
		}
	}
	return utf8.DecodeRuneInString(s)
}

// decodeLastRune is utf8.DecodeLastRuneInString with the same shortcut.
func decodeLastRune(s string) (rune, int) {
	if n := len(s); n >= 3 && s[n-3]&0xF0 == 0xE0 {
		if r := rune3(s[n-3], s[n-2], s[n-1]); r >= 0 {
			return r, 3
		}
	}
	return utf8.DecodeLastRuneInString(s)
}

// rune3 decodes the three bytes a (0xE0-0xEF), b, c as one rune, or returns -1 when they
// are not a valid encoding (a byte that does not continue, an overlong form, a surrogate).
func rune3(a, b, c byte) rune {
	r := rune(a&0x0F)<<12 | rune(b&0x3F)<<6 | rune(c&0x3F)
	if b&0xC0 != 0x80 || c&0xC0 != 0x80 || r < 0x800 || 0xD800 <= r && r <= 0xDFFF {
		return -1
	}
	return r
}

// runeCount is utf8.RuneCountInString, stepping over valid three-byte runes without
// decoding them in full.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		if c := s[i]; c < utf8.RuneSelf {
			i++
		} else if i+3 <= len(s) && c&0xF0 == 0xE0 && rune3(c, s[i+1], s[i+2]) >= 0 {
			i += 3
		} else {
			_, w := utf8.DecodeRuneInString(s[i:])
			i += w
		}
	}
	return n
}

// syllableCount is runeCount(w) for a w of Hangul syllables only, three bytes each: a Hangul
// token (analyse makes them of syllables alone) or a part of one cut between syllables, as
// every name part of the Hangul passes is.
func syllableCount(w string) int { return len(w) / 3 }

// twoRunesOrMore is runeCount(s) >= 2: a rune has at most four bytes, so five bytes or more
// hold two (a byte that is not UTF-8 counts as a rune of its own).
func twoRunesOrMore(s string) bool { return len(s) >= 5 || len(s) >= 2 && runeCount(s) >= 2 }

// firstSyllable returns the Hangul syllable s begins with, or -1 when s begins otherwise.
// Small enough to be inlined: the Hangul passes ask it of every Hangul word, where all that
// matters of a first letter is which syllable it is, if one.
func firstSyllable(s string) rune {
	if len(s) < 3 {
		return -1
	}
	return syllable3(s[0], s[1], s[2])
}

// lastSyllable returns the Hangul syllable s ends with, or -1 when s ends otherwise.
func lastSyllable(s string) rune {
	if len(s) < 3 {
		return -1
	}
	return syllable3(s[len(s)-3], s[len(s)-2], s[len(s)-1])
}

// syllable3 decodes the bytes a, b, c as a Hangul syllable, or returns -1 when they are not
// the UTF-8 encoding of one: a three-byte lead and two continuation bytes, then the range.
func syllable3(a, b, c byte) rune {
	r := rune(a&0x0F)<<12 | rune(b&0x3F)<<6 | rune(c&0x3F)
	if (uint32(a)<<16|uint32(b)<<8|uint32(c))&0xF0C0C0 != 0xE08080 || uint32(r-0xAC00) >= hangulSyllableCount {
		return -1
	}
	return r
}
