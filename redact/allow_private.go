package redact

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Public figures are on the allow list by their full names, but testimonies are full of
// private people who share a name with one: "My uncle Ri Yong-ho drove the truck", "the
// broker Kim Yong-nam", "Captain Belousov hit me". Heads of state are not anyone's uncle,
// broker or sergeant, so a kinship word, a private role or a junior rank right before a
// listed name (or in apposition right after it: "Kim Yong-nam, my uncle,") marks a private
// namesake. So does the name's given-name part used alone as a person elsewhere ("Yong-chol
// was arrested"): no one calls a head of state by the given name alone, unless some mention
// gives the figure a public title ("Chairman Kim Jong Un", "김정은 위원장"). A private
// namesake is a private person throughout the document: every mention of that spelling
// loses its allow span and is pseudonymised (privateFigureCandidates), and the residual
// check does not count it as allowed. Safety first: a cue that is ambiguous counts.

// figureCues are the words that, right before a listed name, make its bearer a private
// person: kinship, private roles, junior ranks. Generals and marshals are not here: the
// listed figures hold those ranks ("General Kim Yong-chol", "Marshal O Jin-u").
var figureCues = unionOf(figureKin, set(
	// private roles
	"broker", "smuggler", "middleman", "courier", "guide", "friend", "neighbour", "neighbor",
	"classmate", "schoolmate", "roommate", "cellmate", "inmate", "colleague", "coworker",
	"boss", "teacher", "girlfriend", "boyfriend", "acquaintance", "landlord", "landlady",
	"driver", "guard", "interrogator", "investigator", "prisoner", "soldier", "trader",
	"merchant", "pastor", "missionary", "foreman", "supervisor",
	// the ends of a transfer and an account's holder ("Recipient: Ri Yong-ho")
	"holder", "recipient", "beneficiary", "payee", "payer", "sender", "remitter", "depositor",
	// junior ranks, up to colonel
	"private", "corporal", "sergeant", "lieutenant", "captain", "major", "colonel", "ensign",
))

// figureKin are the kinship words among figureCues. The figures have kin too: after "his",
// "her", "their" or a possessive name, with a figure named just before, a kin
// word is the figure's genealogy ("Kim Jong Il died and his son Kim Jong Un took power",
// "Kim Jong Un's sister Kim Yo Jong"), no private person.
var figureKin = set(
	"mother", "father", "mom", "mum", "dad", "mama", "papa", "sister", "brother", "son",
	"daughter", "wife", "husband", "aunt", "auntie", "uncle", "cousin", "niece", "nephew",
	"grandmother", "grandfather", "grandma", "grandpa", "granny", "grandson", "granddaughter",
	"stepmother", "stepfather", "stepson", "stepdaughter", "relative", "fiance", "fiancee",
	"fiancé", "fiancée", "widow", "widower", "sibling", "half", "brothers", "sisters",
)

// adjectiveRanks are ranks that are also adjectives.
var adjectiveRanks = set("major", "private")

// figureHonorifics before a full name make it a private acquaintance ("Mr O Jin-u"); before
// a surname alone ("Mr Putin") they are the press's style and mark nothing.
var figureHonorifics = set("mr", "mrs", "ms", "miss", "mister", "ajumma", "ajeossi", "ajumoni")

// figureOwners are the possessives that, right before a listed name used as a person ("our
// Kim Yong-nam was arrested"), mark a private person; "my Kim Il Sung badge" is not one.
var figureOwners = set("my", "our", "his", "her", "their", "your")

// figureDeterminers may stand between a copula or a comma and a cue word ("was the driver",
// ", my uncle,").
var figureDeterminers = set("a", "an", "the", "my", "our", "his", "her", "their", "your")

// figureCopulas link a cue and a name: "The driver was O Jin-u", "Lavrov was the driver".
var figureCopulas = set("was", "is", "were")

// figureTitles before a name or surname are public offices: the figure in its own context.
var figureTitles = set(
	"chairman", "president", "secretary", "premier", "marshal", "leader", "minister",
	"general", "comrade", "supremo", "chancellor", "ambassador", "envoy", "vice",
)

// figureTitles returns the Original span of the public titles right before a public
// figure's name ("Marshal Kim Jong Un", "Vice Marshal Choe Ryong Hae", "General Secretary
// Kim Jong Un"), ok false when none stands there: the figure's office is as public as the
// name, so the allow span takes it in and the rank detector's "[general officer]" does not
// hide it. i is the name's first word. Only spaces may part the words; a private namesake
// never gets here (privateFigure).
func figureTitlesBefore(t *Text, words []word, i int) (span [2]int, ok bool) {
	c := figureWords{fold: t.Fold, words: words}
	j := i
	for i > 0 && figureTitles[c.word(i-1)] && c.joined(i) {
		i--
	}
	if i == j {
		return span, false
	}
	span[0], span[1] = t.Orig(words[i].start, words[j-1].end)
	return span, true
}

// figureSurnameTitles before a surname alone make it a public figure's ("President Moon",
// "Chairman Kim"): offices held by one person at a time. Not "Comrade", "Secretary",
// "General" or "Minister": a village has its party secretary, a prisoner his general, a
// church its minister, and everyone is a comrade.
var figureSurnameTitles = set("chairman", "president", "premier", "marshal", "supremo", "chancellor")

// leaderGivenNames are the given names of the Kim family's leaders (and the leader's wife), which the press and
// testimonies use alone ("Jong Un's sister", "정은이"): used alone, they do not make the
// leader's full name a private namesake's (letters only, lower case).
var leaderGivenNames = set("ilsung", "jongil", "jongun", "yojong", "juae", "solju", "일성", "정일", "정은", "여정", "주애", "설주")

// figureGroupNouns after a surname alone name a public figure's rule or family ("the Kim
// regime", "Yoon's government", "the Moon administration").
var figureGroupNouns = set(
	"family", "regime", "government", "administration", "dynasty", "clan", "era", "cabinet",
	"presidency", "leadership",
)

// hangulFigureCues are the Korean kinship and private-role words that, right before a
// listed Hangul name, make its bearer a private person ("우리 삼촌 김영철은", "제 친구
// 김정숙이는", "우리 동네 김영남 아저씨"); an adnominal 인 may follow them ("삼촌인 김영철").
var hangulFigureCues = set(
	"삼촌", "외삼촌", "큰아버지", "작은아버지", "고모", "고모부", "이모", "이모부", "사촌",
	"형", "오빠", "누나", "언니", "동생", "남동생", "여동생", "아버지", "어머니", "아빠",
	"엄마", "할머니", "할아버지", "남편", "아내", "아들", "딸", "조카", "매형", "매부",
	"형부", "제부", "올케", "시누이", "처남", "사위", "며느리", "친척", "친구", "동창",
	"이웃", "동네", "옆집", "브로커", "중개인", "운전수", "운전기사", "기사", "경비원",
	"보위원", "보안원", "심문관", "선생", "선생님", "담임", "아저씨", "아줌마", "아주머니",
)

// hangulFigureAfter are the words right after a Hangul name that make it a private person's:
// kin titles and the honorific 씨 ("김영남 아저씨", "김영철 씨").
var hangulFigureAfter = set(
	"씨", "아저씨", "아줌마", "아주머니", "할머니", "할아버지", "삼촌", "이모", "고모",
	"언니", "오빠", "누나", "형",
)

// hangulNamingTails glued to a Hangul name introduce it as someone's name ("김정일이라는
// 이웃 아저씨"): a head of state is not introduced.
var hangulNamingTails = []string{"이라는", "라는", "이란", "이라고", "라고", "씨"}

// hangulFigureTitles after a Hangul name are public offices ("김정은 위원장").
var hangulFigureTitles = set(
	"위원장", "총비서", "비서", "대통령", "원수", "동지", "장군", "수령", "총리", "외무상",
	"주석", "국무위원장", "부위원장", "장관", "대장",
)

// figureWords reads the words around a listed name in a field's Fold.
type figureWords struct {
	fold  string
	words []word
	// figEnds are the Norm offsets where the field's public figures' names end, in order
	// (genealogy).
	figEnds []int
	// firstPerson is where the field's first private person is named (Norm offset; -1 for
	// none): before it, a third person's kin word has no private owner in the text to be
	// kin of ("His grandfather Kim Il Sung founded the state"), so it is the figure's.
	firstPerson int
}

// genealogy says whether the kin word at word p belongs to a figure: "his"/"her"/"their"
// or an "'s" before it, and a figure's name earlier in its sentence or the one before.
func (c figureWords) genealogy(p int) bool {
	owner, q := c.before(p)
	if q < 0 {
		return false
	}
	if owner != "his" && owner != "her" && owner != "their" && !(c.word(q+1) == "s" && c.gap(q+1) == "'") {
		return false
	}
	// The sentence and the one before it ("Kim Jong Un purged them. His uncle Jang Song
	// Thaek was executed").
	from := strings.LastIndexAny(c.fold[:c.words[p].start], ".!?\n")
	from = strings.LastIndexAny(c.fold[:max(from, 0)], ".!?\n") + 1
	for _, e := range c.figEnds {
		if e > from && e <= c.words[p].start {
			return true
		}
	}
	return c.firstPerson < 0 || c.firstPerson > c.words[p].start
}

// figureOwnerBefore says whether the Hangul cue word at word p follows a figure's name in
// the possessive ("김정은의 아버지 김정일"): the figure's kin or circle, no private person.
func (c figureWords) figureOwnerBefore(p int) bool {
	if p <= 0 || !c.joined(p) {
		return false
	}
	w := c.words[p-1]
	if !strings.HasSuffix(c.fold[w.start:w.end], "의") {
		return false
	}
	return slices.Contains(c.figEnds, w.end-len("의"))
}

// word returns word j lower-cased, or "" out of range.
func (c figureWords) word(j int) string {
	if j < 0 || j >= len(c.words) {
		return ""
	}
	return c.fold[c.words[j].start:c.words[j].end]
}

// gap returns the text between words j-1 and j.
func (c figureWords) gap(j int) string {
	if j <= 0 || j >= len(c.words) {
		return ""
	}
	return c.fold[c.words[j-1].end:c.words[j].start]
}

// joined says that words j-1 and j are separated by spaces only.
func (c figureWords) joined(j int) bool {
	g := c.gap(j)
	return g != "" && strings.Trim(g, " \t") == ""
}

// before returns the word before word j that is joined to it (an "'s" is read as part of
// the word before it), and its index; "" when a sentence mark or a line break separates them.
func (c figureWords) before(j int) (string, int) {
	k := j - 1
	if c.word(k) == "s" && c.gap(k) == "'" {
		k--
	}
	if k < 0 || !c.joined(k+1) && !(c.word(k+1) == "s" && c.gap(k+1) == "'" && c.joined(k+2)) {
		return "", -1
	}
	return c.word(k), k
}

// after returns the word after word j (the last word of a name) when joined to it, skipping
// an "'s", and its index.
func (c figureWords) after(j int) (string, int) {
	k := j + 1
	if c.word(k) == "s" && c.gap(k) == "'" {
		k++
	}
	if k >= len(c.words) || !c.joined(k) {
		return "", -1
	}
	return c.word(k), k
}

// figureNameAt says how a listed name, words i to j-1 of the field (Norm offsets start, end),
// is used: as a private person's name (a cue from figureCues and the rest) or with a public
// title. For a Hangul name, end may stop inside the last word, before its particles.
func (c figureWords) figureNameAt(norm string, i, j, end int) (private, public bool) {
	if i >= j {
		return false, false
	}
	if r, _ := utf8.DecodeRuneInString(c.fold[c.words[i].start:]); isSyllable(r) {
		return c.hangulNameAt(i, j, end)
	}
	// A capitalised word right after the name makes it part of a longer proper noun ("Kim
	// Il Sung University", "Kim Jong Il Street"): no cue before it speaks of a person.
	next, k := c.after(j - 1)
	partOfProper := k >= 0 && c.gap(k) == " " && startsUpper(norm[c.words[k].start:])
	prev, p := c.before(i)
	if g := strings.TrimSpace(c.gap(i)); p < 0 && i > 0 && (g == "," || g == ":") && figureCues[c.word(i-1)] && !adjectiveRanks[c.word(i-1)] {
		// "My uncle, Ri Yong-ho, drove", "Account holder: Ri Yong-ho"
		if !(figureKin[c.word(i-1)] && c.genealogy(i-1)) {
			private = true
		}
	}
	if p >= 0 {
		switch {
		case figureTitles[prev]:
			public = true
		case partOfProper:
		case figureKin[prev] && c.genealogy(p):
			public = true // "his son Kim Jong Un"
		case figureCues[prev] && (!adjectiveRanks[prev] || startsUpper(norm[c.words[p].start:])):
			// "the broker Kim Yong-nam", "My uncle Ri Yong-ho", "Captain Belousov" ("a major
			// Kim Jong Un speech" is no rank: a rank that is also an adjective is one only
			// capitalised).
			private = true
		case namingCues[prev]:
			private = true // "a man named Kim Yong-nam"
		case prev == "of" && c.word(p-1) == "name" && c.word(p-2) == "the" && c.word(p-3) == "in":
			private = true // "the account was in the name of Ri Yong-ho": its holder
		case figureHonorifics[prev] && j-i >= 2:
			private = true // "Mr O Jin-u"
		case prev == "law" && c.word(p-1) == "in" && c.gap(p) == "-":
			private = true // "brother-in-law Kim Yong-chol"
		case figureOwners[prev] && (k < 0 || personVerbs[next]):
			private = true // "our Kim Yong-nam was arrested"
		case figureCopulas[prev]:
			// "The driver was O Jin-u", "His name was Lavrov".
			if w, q := c.before(p); q >= 0 && (figureCues[w] || w == "name") {
				private = true
			}
		}
	}
	if k < 0 {
		// Apposition after a comma: "Kim Yong-nam, my uncle, ..."
		if g := c.gap(j); strings.TrimSpace(g) == "," && j < len(c.words) {
			w, q := c.word(j), j
			if figureDeterminers[w] {
				q++
				w = c.word(q)
				if !c.joined(q) {
					w = ""
				}
			}
			if figureCues[w] {
				private = true
			}
		}
		return private, public
	}
	switch {
	case figureCopulas[next]:
		// "Lavrov was the driver('s name)", "Kim Yong-nam is my neighbour".
		w, q := c.after(k)
		if figureDeterminers[w] {
			w, q = c.after(q)
		}
		if q >= 0 && (figureCues[w] || w == "name") {
			private = true
		}
	}
	return private, public
}

// hangulNameAt is figureNameAt for a Hangul name: the cue words before it, the kin title or
// 씨 after it, or a naming tail glued to it ("김정일이라는").
func (c figureWords) hangulNameAt(i, j, end int) (private, public bool) {
	last := c.words[j-1]
	tail := c.fold[end:last.end]
	if prev, p := c.before(i); p >= 0 {
		stem := strings.TrimSuffix(prev, "인")
		if (hangulFigureCues[prev] || hangulFigureCues[stem]) && !c.figureOwnerBefore(p) {
			private = true
		}
	}
	for _, n := range hangulNamingTails {
		if strings.HasPrefix(tail, n) {
			private = true
		}
	}
	if tail == "" {
		if next, k := c.after(j - 1); k >= 0 {
			w := hangulStem(next)
			switch {
			case hangulFigureAfter[w]:
				private = true
			case hangulFigureTitles[w]:
				public = true
			}
		}
	}
	return private, public
}

// hangulStem drops the particles a word may carry ("아저씨가" → "아저씨", "위원장은" →
// "위원장") as far as a listed word is left.
func hangulStem(w string) string {
	for k := len(w); k > 0; {
		_, n := utf8.DecodeLastRuneInString(w[:k])
		if hangulFigureAfter[w[:k]] || hangulFigureTitles[w[:k]] {
			return w[:k]
		}
		k -= n
	}
	return w
}

// figureMatch says whether an allow-list match is a public figure's name (from the
// gazetteer's list), not a public body's.
func (e *Engine) figureMatch(m phraseMatch) bool {
	for _, p := range m.payloads {
		if p >= e.figFrom && p < e.figTo {
			return true
		}
	}
	return false
}

// privateFigure says whether an allow-list match is a spelling this run found to name a
// private person.
func (r *runState) privateFigure(m phraseMatch) bool {
	for _, p := range m.payloads {
		for _, q := range r.privateFigs {
			if p == q {
				return true
			}
		}
	}
	return false
}

// markPrivateFigures reads the context of each public figure's name in a field (hits are
// the allow list's matches) and adds to r.privateFigs the spellings used for a private
// person: a cue around a mention, or the given name alone among the detected persons
// (found) when no mention has a public title.
func (r *runState) markPrivateFigures(t *Text, words []word, hits []phraseMatch, found [][]Candidate) {
	c := figureWords{fold: t.Fold, words: words, figEnds: r.figs.ends[:0], firstPerson: -1}
	defer func() { r.figs.ends = c.figEnds }()
	for _, m := range hits {
		if r.e.figureMatch(m) {
			c.figEnds = append(c.figEnds, m.end)
		}
	}
	if len(c.figEnds) > 0 {
		c.firstPerson = firstPrivatePerson(t, words, hits, found)
	}
	var public []int // payloads of spellings some mention of which has a public title
	given := r.figs.given[:0]
	defer func() { r.figs.given = given }()
	for _, m := range hits {
		if !r.e.figureMatch(m) {
			continue
		}
		i, j := int(m.wi), int(m.wj)
		private, pub := c.figureNameAt(t.Norm, i, j, m.end)
		switch {
		case private:
			r.privateFigs = append(r.privateFigs, m.payloads...)
		case pub:
			public = append(public, m.payloads...)
		default:
			given = append(given, m)
		}
	}
	// The given names of the spellings still undecided, each once: a testimony names its
	// head of state hundreds of times.
	var givens map[string][]int
	for _, m := range given {
		if r.privateFigure(m) || containsAny(public, m.payloads) {
			continue
		}
		if g := figureGiven(t, words, m); g != "" && !leaderGivenNames[lettersOnly(g)] {
			if givens == nil {
				givens = map[string][]int{}
			}
			givens[g] = append(givens[g], m.payloads...)
		}
	}
	if len(givens) == 0 {
		return
	}
	for cd := range personCandidates(found, t) {
		// "Kim Yong-chol ... Yong-chol was arrested": a private person's given name; a
		// Hangul one may keep the 이 of familiar address ("영철이").
		// The candidate's letters, lower-cased, in a buffer on the stack: map lookups by
		// string(bytes) allocate nothing, and most candidates are no given name.
		var lbuf [64]byte
		l := appendLowerLetters(lbuf[:0], t.Original[cd.Start:cd.End])
		ps, ok := givens[string(l)]
		if _, n := utf8.DecodeLastRune(l); !ok && n > 0 {
			if r, _ := utf8.DecodeRune(l); isSyllable(r) {
				ps, ok = givens[string(l[:len(l)-n])]
			}
		}
		if ok && !insideHit(hits, t, cd) {
			r.privateFigs = append(r.privateFigs, ps...)
		}
	}
}

// firstPrivatePerson returns the Norm offset where the field's first person candidate
// outside the allow list's matches starts, -1 for none.
func firstPrivatePerson(t *Text, words []word, hits []phraseMatch, found [][]Candidate) int {
	first := -1
	for _, cs := range found {
		for k := range cs {
			cd := &cs[k]
			if cd.Category != Person || cd.End <= cd.Start || first >= 0 && cd.Start >= first || insideHit(hits, t, cd) {
				continue
			}
			first = cd.Start
		}
	}
	if first < 0 {
		return -1
	}
	return normStart(t, first)
}

// containsAny says whether a and b share an element.
func containsAny(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// insideHit says whether a candidate lies inside some allow-list match (original offsets).
func insideHit(hits []phraseMatch, t *Text, cd *Candidate) bool {
	for _, h := range hits {
		s, e := t.Orig(h.start, h.end)
		if cd.Start >= s && cd.End <= e {
			return true
		}
	}
	return false
}

// figureGiven returns the given-name part of a listed Korean name (the words after the
// surname, "yongchol" of "Kim Yong-chol"; the syllables after the first of a three-syllable
// Hangul name), letters only and lower-cased; "" for a name of one part.
func figureGiven(t *Text, words []word, m phraseMatch) string {
	i, j := int(m.wi), int(m.wj)
	if j-i >= 2 {
		return lettersOnly(t.Fold[words[i+1].start:m.end])
	}
	s := t.Fold[m.start:m.end]
	r, n := utf8.DecodeRuneInString(s)
	if isSyllable(r) && utf8.RuneCountInString(s) == 3 {
		return s[n:]
	}
	return ""
}

// lettersOnly drops every character that is not a letter.
func lettersOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return -1
	}, s)
}

// appendLowerLetters appends the letters of s, lower-cased, to b: lettersOnly(strings.ToLower(s)).
func appendLowerLetters(b []byte, s string) []byte {
	for _, r := range s {
		if unicode.IsLetter(r) {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return b
}

// figureScratch holds the public-figure passes' lists from one field to the next, so that
// they are not made again for each: where the figures' names end (Norm), the mentions whose
// given names decide, and the surnames mentioned. reset clears the mentions, which hold
// testimony text.
type figureScratch struct {
	ends     []int
	given    []phraseMatch
	mentions []figureMention
}

// figureMention is a mention of a surname: its word, where it ends (Norm), and whether it is
// a public figure's.
type figureMention struct {
	surname string
	end     int
	public  bool
}

// privateFigureCandidate is the person candidate of a public figure's name used for a
// private namesake (original offsets).
func privateFigureCandidate(start, end int) Candidate {
	return Candidate{Start: start, End: end, Category: Person, Detector: "public_figures",
		Rule: "private namesake", Score: 0.9,
		Reason: "a public figure's name used for a private person (kinship, role or rank word, or the given name alone)"}
}

// figureSurnames returns allow with the spans of the surnames alone that refer to a public
// figure: after a public title ("Chairman Kim", "President Moon"), before a word for the
// figure's rule or family ("the Kim regime", "Yoon's government"), or the nearest earlier
// mention of that surname, in the same or the sentence before, is a public figure's full
// name ("Choe Ryong-hae gave a speech. Choe's speech was long"), not a private person's.
// A surname that is part of a name listed for this testimony is never kept: safety wins.
func (r *runState) figureSurnames(t *Text, words []word, hits []phraseMatch, found [][]Candidate, knownHits []phraseMatch, allow [][2]int) [][2]int {
	e := r.e
	c := figureWords{fold: t.Fold, words: words}
	type mention = figureMention
	ms := r.figs.mentions[:0]
	defer func() { r.figs.mentions = ms }()
	for _, m := range hits {
		if !e.figureMatch(m) || r.privateFigure(m) {
			continue
		}
		i, j := int(m.wi), int(m.wj)
		if j-i >= 2 {
			ms = append(ms, mention{c.word(i), m.end, true})
		}
	}
	if len(ms) == 0 {
		return allow // no public figure named in full: no surname alone is kept (below)
	}
	type single struct{ start, end, i int }
	var singles []single
	var cur spanCursor // the candidates come detector by detector, each in order
	for cd := range personCandidates(found, t) {
		_, ne, i, j := cur.locate(t, words, cd.Start, cd.End)
		// A surname followed by a capitalised word is a full name, whatever span the
		// detector gave it ("Choe" of "Choe Hyang-mi").
		_, q := c.after(i)
		full := j-i == 1 && q >= 0 && c.gap(q) == " " && startsUpper(t.Norm[words[q].start:])
		if full || j-i >= 2 && !(j-i == 2 && c.word(i+1) == "s" && c.gap(i+1) == "'") {
			if _, ok := covering(allow, cd.Start, cd.End); !ok {
				// Another person of that surname: a surname after it is theirs.
				ms = append(ms, mention{c.word(i), ne, false})
			}
			continue
		}
		if j-i < 1 || !e.figSurnames[c.word(i)] {
			continue
		}
		if _, ok := covering(allow, cd.Start, cd.End); ok {
			continue
		}
		singles = append(singles, single{cd.Start, cd.End, i})
	}
	// A surname alone is kept only where a public figure of that surname is named in full in
	// the field and no private person of that surname is: "the Ri family hid us", "Comrade
	// Pak", or "Kim's brother" beside a Ms Kim stay removed. Safety wins over readability.
	// A field names few people: slices scanned, not maps made.
	named := func(w string, public bool) bool {
		return slices.ContainsFunc(ms, func(m mention) bool { return m.surname == w && m.public == public })
	}
	var privateSingles []string
	for _, sg := range singles {
		// "Ms Kim", "the broker Kim", "Comrade Pak", "Teacher Ri": a title that is no office
		// of state before a surname alone makes it a private person's.
		if prev, p := c.before(sg.i); p >= 0 && !figureSurnameTitles[prev] && (figureHonorifics[prev] || figureCues[prev] || titles[prev] || ranks[prev]) {
			privateSingles = append(privateSingles, c.word(sg.i))
		}
	}
	for _, sg := range singles {
		w := c.word(sg.i)
		if !named(w, true) || named(w, false) || slices.Contains(privateSingles, w) {
			continue
		}
		known := false
		for _, h := range knownHits {
			if s, en := t.Orig(h.start, h.end); s < sg.end && sg.start < en {
				known = true
			}
		}
		if known {
			continue
		}
		if private, _ := c.figureNameAt(t.Norm, sg.i, sg.i+1, words[sg.i].end); private {
			continue // "Kim, my neighbour," is no figure, whoever was named before
		}
		keep := false
		prev, p := c.before(sg.i)
		next, q := c.after(sg.i)
		switch {
		case p >= 0 && (figureSurnameTitles[prev] || prev == "secretary" && c.word(p-1) == "general") && startsUpper(t.Norm[words[p].start:]):
			keep = true // "Chairman Kim", "General Secretary Kim", "President Moon"
		case q >= 0 && figureGroupNouns[next]:
			keep = true // "the Kim regime", "Yoon's government"
		default:
			// The nearest earlier mention of the surname, in this or the sentence before.
			best := -1
			for k, m := range ms {
				if m.surname == w && m.end <= words[sg.i].start && (best < 0 || m.end > ms[best].end) {
					best = k
				}
			}
			if best >= 0 && ms[best].public {
				between := t.Norm[ms[best].end:words[sg.i].start]
				keep = strings.Count(between, ".")+strings.Count(between, "!")+strings.Count(between, "?")+strings.Count(between, "\n") <= 1
			}
		}
		if keep {
			allow = append(allow, [2]int{sg.start, sg.end})
			// A title makes the surname a figure's mention for the ones after it.
			ms = append(ms, mention{w, normEnd(t, sg.end), true})
		}
	}
	return allow
}

// figureGivens returns allow with the spans of a public figure's given name used alone
// ("Kim Jong Un arrived. Jong Un smiled", "Ri Sol-ju appeared; Sol-ju wore a brooch") where
// the field names the figure in full, not as a private namesake, and names no private person
// of that given name: no other person's full name ends in it ("Pak Sol-ju") and no mention
// of it alone has a private role ("my sister Sol-ju"). Safety wins: then every mention of
// the given name alone is removed.
func (r *runState) figureGivens(t *Text, words []word, hits []phraseMatch, found [][]Candidate, allow [][2]int) [][2]int {
	var keys []string // a field names few figures
	for _, m := range hits {
		if !r.e.figureMatch(m) || r.privateFigure(m) {
			continue
		}
		if g := figureGiven(t, words, m); g != "" && !slices.Contains(keys, g) {
			keys = append(keys, g)
		}
	}
	if len(keys) == 0 {
		return allow
	}
	n := len(allow)
	var kept []string // the key of each span appended to allow
	var private []string
	for cd := range personCandidates(found, t) {
		if _, ok := covering(allow[:n], cd.Start, cd.End); ok {
			continue // the figure's own name
		}
		var lbuf [64]byte
		l := appendLowerLetters(lbuf[:0], t.Original[cd.Start:cd.End])
		for _, g := range keys {
			alone := string(l) == g
			if !alone && len(l) == len(g)+len("이") && strings.HasSuffix(string(l), "이") && strings.HasPrefix(string(l), g) {
				alone = true // "정은이": the 이 of familiar address
			}
			switch {
			case alone && (cd.Role == "" || cd.Role == RolePerson):
				allow = append(allow, [2]int{cd.Start, cd.End})
				kept = append(kept, g)
			case alone || strings.HasSuffix(string(l), g):
				private = append(private, g)
			}
		}
	}
	if len(private) == 0 {
		return allow
	}
	out := allow[:n]
	for k, sp := range allow[n:] {
		if !slices.Contains(private, kept[k]) {
			out = append(out, sp)
		}
	}
	return out
}

// privateGivenCandidates returns a person candidate for each word that begins with the given
// name of a private namesake's Hangul name, particles after it ("우리 삼촌 김영철은 … 영철이는
// 잡혔다"): the Hangul names detector links a given name to its full name, but never read the
// figure's name as one.
func (r *runState) privateGivenCandidates(t *Text, words []word, hits []phraseMatch, out []Candidate) []Candidate {
	var givens []string
	for _, m := range hits {
		if !r.e.figureMatch(m) || !r.privateFigure(m) {
			continue
		}
		if g := figureGiven(t, words, m); g != "" {
			if r, _ := utf8.DecodeRuneInString(g); isSyllable(r) {
				givens = append(givens, g)
			}
		}
	}
	if len(givens) == 0 {
		return out
	}
	for _, w := range words {
		s := t.Fold[w.start:w.end]
		for _, g := range givens {
			if strings.HasPrefix(s, g) && endingOK(s[len(g):]) {
				st, en := t.Orig(w.start, w.start+len(g))
				c := privateFigureCandidate(st, en)
				c.Rule, c.Score = "private namesake's given name", 0.8
				c.Reason = "the given name of a public figure's name used for a private person"
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// keepFigureSurnames moves the keep records of the surnames figureSurnames kept (spans, in
// original offsets) from keeps into the field's decisions, as Keep decisions: render then
// reports them as kept ranges, and the residual check does not take "Kim" of "the Kim
// regime" for a leak of a "Kim" removed elsewhere. The allow list's phrases are found again
// in the output; these surnames, kept by their context, would not be.
func keepFigureSurnames(ds, keeps []*decision, spans [][2]int) ([]*decision, []*decision) {
	rest := keeps[:0]
	n := len(ds) // ds[:n] is sorted, as overlapsAny needs
	for _, k := range keeps {
		if slices.Contains(spans, [2]int{k.Start, k.End}) && !overlapsAny(ds[:n], k.Start, k.End) {
			ds = append(ds, k)
			spans = slices.DeleteFunc(slices.Clone(spans), func(s [2]int) bool { return s == [2]int{k.Start, k.End} })
			continue
		}
		rest = append(rest, k)
	}
	if len(ds) > n {
		sortByStart(ds)
	}
	return ds, rest
}

// personCandidates yields the person candidates of found whose bounds lie in the text.
func personCandidates(found [][]Candidate, t *Text) iter.Seq[*Candidate] {
	return func(yield func(*Candidate) bool) {
		for _, cs := range found {
			for k := range cs {
				if cd := &cs[k]; cd.Category == Person && cd.End > cd.Start && cd.Start >= 0 && cd.End <= len(t.Original) {
					if !yield(cd) {
						return
					}
				}
			}
		}
	}
}
