package redact

// capLists holds the capitalised word tokens each pass over them may act on, found in one
// walk over them (sortCaps). why: each pass walked every capitalised word, some ten of
// them per text, and turned most away by a test of the word alone (its class, its
// neighbours, the byte after it): each list keeps the words that pass the test of one
// pass, which then walks only those, testing them again as before. A list is a superset of
// the words its pass acts on; its pass's own tests decide.
type capLists struct {
	sur     []int // maySurnameAt: fullNames(1), bareSurnames
	nearSur []int // maySurnameAt at the word or one of the next two: fullNames(2)
	cue     []int // after a word that may end a cue: cuedNames
	dot     []int // a full stop right after: initialNames
	given   []int // a given syllable, and another after it: standaloneGiven
	first   []int // a first name, or a name that is also a word: firstNames, ambiguousMidSentence
	slavic  []int // a Slavic surname ending, not a non-name: firstNames' second loop
	line    []int // the first token of a line: speakerLabels
	jp      []int // a Japanese honorific next: japaneseHonorifics
}

func (l *capLists) reset() {
	l.sur, l.nearSur, l.cue, l.dot = l.sur[:0], l.nearSur[:0], l.cue[:0], l.dot[:0]
	l.given, l.first, l.slavic, l.line = l.given[:0], l.first[:0], l.slavic[:0], l.line[:0]
	l.jp = l.jp[:0]
}

// sortCaps sets s.caps to the capitalised word tokens caps (analysis.caps) and fills the
// lists of s.capsBy. One loop, with the lists in locals: a call per word
// cost as much as a pass's own test.
func (s *nameScan) sortCaps(caps []int32) {
	toks, norm := s.toks, s.t.Norm
	l := s.capsBy
	all := s.caps
	// nearSur takes a word of sur with the capitalised words two or fewer tokens before it,
	// which are among the two before it in caps: prev2 and prev1, not taken yet if after
	// lastNear.
	prev2, prev1, lastNear := -3, -3, -1
	for _, k := range caps {
		i := int(k)
		all = append(all, i)
		t := &toks[i]
		c := t.cls
		var sur bool
		if c&clsKnown != 0 { // the class says which tables list the word
			sur = c&clsSurname != 0 && t.kind == tokWord && t.upper // maySurnameAt
			if c&(clsFirstName|clsAmbName) != 0 {
				l.first = append(l.first, i)
			}
		} else {
			sur = s.maySurnameAt(i)
			if s.firstNameTok(i) || t.has(clsAmbName, s.g.AmbiguousNames) {
				l.first = append(l.first, i)
			}
		}
		if sur {
			l.sur = append(l.sur, i)
			for _, x := range [2]int{prev2, prev1} {
				if x >= i-2 && x > lastNear {
					l.nearSur = append(l.nearSur, x)
				}
			}
			l.nearSur = append(l.nearSur, i)
			lastNear = i
		}
		prev2, prev1 = prev1, i
		if i > 0 && toks[i-1].cls&(clsKnown|clsCue) != clsKnown {
			l.cue = append(l.cue, i)
		}
		if t.e < len(norm) && norm[t.e] == '.' {
			l.dot = append(l.dot, i)
		}
		// (The -i of familiar address: "Song-i", diminutiveAt.)
		if i+1 < len(toks) && (s.hyphenGivenFirst(i) && (s.givenSylTok(i+1) || toks[i+1].low == "i") || toks[i+1].kind == tokHangul && toks[i+1].s == t.e) {
			l.given = append(l.given, i)
		}
		if len(t.low) >= 5 && isRussianSurname(t.low) && !t.nonName() {
			l.slavic = append(l.slavic, i)
		}
		if t.lineStart {
			l.line = append(l.line, i)
		}
		if i+1 < len(toks) && toks[i+1].cls&clsJpHonorific != 0 {
			l.jp = append(l.jp, i)
		}
	}
	s.caps, s.capsBy = all, l
	if !s.prefilter {
		s.allCaps()
	}
}

// allCaps makes every list every capitalised word: without the prefilter, the test that
// turns the prefilters off (TestNamePrefiltersChangeNothing) holds the lists to walks over
// all of them.
func (s *nameScan) allCaps() {
	l := &s.capsBy
	for _, list := range []*[]int{&l.sur, &l.nearSur, &l.cue, &l.dot, &l.given, &l.first, &l.slavic, &l.line, &l.jp} {
		*list = append((*list)[:0], s.caps...)
	}
}
