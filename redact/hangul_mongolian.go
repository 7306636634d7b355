package redact

// Mongolian given names written in Hangul. A Mongolian given name is a compound of a few
// dozen elements (Gazetteer.MongolianHangulParts: 바트 + 바야르, 간 + 바타르, 오윤 + 체체그),
// so no list of whole names holds them all, as names_route.go reads the romanized ones. A
// Hangul word whose first syllables split into two elements or more, or are one element of
// three syllables or more, with only grammar after them ("바트에르덴이", "오윤체체그는"),
// is read as one; the Korean words the elements' syllables begin (간 of 간부, 나란 of
// 나란히) split into none, and a compound that is a listed Korean noun or verb stem is not
// taken.

// mongolSet is what the Hangul detector needs of the elements: the first syllables of those
// of two syllables or more paired with their second, the one-syllable elements, the first
// syllable of every element, and the longest element in bytes.
type mongolSet struct {
	first sylSet
	one   sylSet
	pairs map[uint32]bool
	max   int
}

func newMongolSet(parts map[string]bool) mongolSet {
	m := mongolSet{pairs: map[uint32]bool{}}
	for p := range parts {
		r1, n := decodeRune(p)
		if !isHangulSyllable(r1) {
			continue
		}
		m.first.add(r1)
		m.max = max(m.max, len(p))
		if n == len(p) {
			m.one.add(r1)
		} else if r2, _ := decodeRune(p[n:]); isHangulSyllable(r2) {
			m.pairs[sylPair(r1, r2)] = true
		}
	}
	return m
}

// mayBegin says whether an element can begin w, a word of Hangul syllables: its first two
// syllables begin one, or its first is one and the second begins another.
func (m *mongolSet) mayBegin(w string) bool {
	r1 := firstSyllable(w)
	if r1 < 0 || !m.first.has(r1) || len(w) < 2*3 {
		return false
	}
	r2 := firstSyllable(w[3:])
	return r2 >= 0 && (m.pairs[sylPair(r1, r2)] || m.one.has(r1) && m.first.has(r2))
}

// mongolianHangulName reads a Mongolian given name at the start of token i, the longest
// that only grammar follows.
func mongolianHangulName(norm string, toks []token, i int, g *Gazetteer, gs *givenSet) (hangulName, bool) {
	w := toks[i].text(norm)
	if !gs.mongol.mayBegin(w) {
		return hangulName{}, false
	}
	end := mongolEnd(w, 0, 0, g.MongolianHangulParts, gs.mongol.max)
	if end < 0 {
		return hangulName{}, false
	}
	stem := w[:end]
	// A Korean word spelled with the same syllables is that word.
	if gs.lists(stem, gzNouns|gzVerbStems|gzGiven|gzCompoundParts|gzHomographs) != 0 || hangulListsOf(stem) != 0 {
		return hangulName{}, false
	}
	return hangulName{from: toks[i].s, to: toks[i].s + end, given: stem, rule: "mongolian-name",
		reason: "Mongolian given name in Hangul (composed of name elements)", score: 0.75, foreign: true}, true
}

// mongolEnd returns the end of the longest run of elements from byte at of w (n elements
// read before it) that is a name (two elements or more, or one of three syllables or more,
// of three syllables in all at least) with only grammar after it, or -1.
func mongolEnd(w string, at, n int, parts map[string]bool, most int) int {
	best := -1
	// Elements are whole syllables, three bytes each in UTF-8.
	for cut := at + min(len(w)-at, most)/3*3; cut > at; cut -= 3 {
		if !parts[w[at:cut]] {
			continue
		}
		if e := mongolEnd(w, cut, n+1, parts, most); e > best {
			best = e
		}
		if cut > best && cut >= 3*3 && (n >= 1 || cut-at >= 3*3) && endingOK(w[cut:]) {
			best = cut
		}
	}
	return best
}
