package redact

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	syncatomic "sync/atomic" // the package has a table named atomic (plan.go)
	"unicode"
	"unicode/utf8"
)

// The names detector finds private persons in romanized text: Korean names in every common
// romanization, Chinese names in pinyin, English and Russian names, names after titles and
// cues, speaker labels, and names inside identifier-like tokens. It works in two passes: the
// first finds names that are certain on their own (a surname followed by given-name
// syllables, a title, a cue); the second finds the partial mentions of those same people
// ("Jimin", "Ji-min's", "Park") anywhere else in the document. Every candidate carries an
// entity key (canonical surname + folded given name) so the engine gives one pseudonym to
// one person across spellings.

func init() { register(namesDetector{}) }

type namesDetector struct{}

func (namesDetector) name() string { return "names" }

func (namesDetector) detect(t *Text, g *Gazetteer) []Candidate {
	if g == nil {
		g = &Gazetteer{}
	}
	s := newNameScan(t, g)
	s.speakerLabels()
	s.japaneseHonorifics()
	s.fullNames(2)
	s.fullNames(1)
	s.routeNames()
	s.cuedNames()
	s.appositionNames()
	s.initialNames()
	s.initialMentions()
	s.identifiers()
	s.standaloneGiven()
	s.partialMentions(true)
	s.joinedGiven()
	s.lowerHyphenatedGiven()
	s.lowerNameAfterField()
	s.firstNames()
	s.quotedNicknames()
	s.partialMentions(false) // again: first names found above have surnames to look for
	s.bareSurnames()
	s.familyNames()
	s.ambiguousMidSentence()
	s.linkSpeakerLabels()
	// why: s.out is the pooled scan's buffer; the caller gets the candidates in the Text's
	// candidate room.
	var out []Candidate
	if len(s.out) > 0 {
		out = append(t.candidateRoom(), s.out...)
	}
	s.release()
	return out
}

// person is a name found in the first pass; the second pass looks for its parts.
type person struct {
	entity  string
	surname string   // canonical surname ("" if unknown)
	given   []string // folded given syllables (Korean/pinyin) or lower-case first name
	last    string   // lower-case surname spelling for non-Korean names
	// givenKey is given joined, the key givenEntity compares: a suffix of a Korean name's
	// entity, the one given part of another.
	givenKey string
}

type nameScan struct {
	t       *Text
	g       *Gazetteer
	ix      *nameIndex
	toks    []token
	taken   []bool // token already part of a candidate or a kept public figure
	ident   []bool // token is part of an identifier-like run ("Ji_Min_3"): prose rules skip it
	place   []bool // token is part of a gazetteer place
	out     []Candidate
	persons []person
	inIdent bool    // the identifier pass is running: identifier tokens are fair game
	segs    []int32 // per token: 0 not yet split, 1 no syllables, k+2 its split in segList[k]
	surs    []int32 // per token: 0 not yet looked up, 1 no surname, k+2 canons[k] (surnameOf)
	canons  []string
	segList [][]string
	pool    []string // backing store for short syllable lists, handed out by strs
	labels  []label  // speaker labels, linked to people once the whole text is read
	idRuns  [][2]int // identifier-like token runs [from, to), found once by newNameScan
	hyphens []int32  // the tokens followed by a gap of one hyphen, found with idRuns
	// caps lists the capitalised word tokens in order. Every pass but the lower-case
	// partial mentions starts from one, so they walk this list instead of every token.
	caps []int
	// capsBy lists the capitalised words by the passes that may act on them (capLists).
	capsBy capLists
	parts  []identPart // one identifier's parts, for namesInIdentifier
	why    reasonText  // the candidate's reason, being written
	// labelNames holds what speakerLabels found of each label text, labelBuf the entity
	// labelEntity is writing.
	labelNames map[string]speakerLabel
	labelBuf   []byte
	// The keys of koreanPartials: a document names a few people, so two short lists
	// searched in order cost less than two maps rebuilt for every scan. partialKeys holds
	// the bytes of the keys that are not already strings.
	byGiven, bySyl partialKeys
	known          map[string]int
	knownEnts      []string
	bySurname      map[string]int // westernPartials
	// prefilter lets the passes skip the words that a cheap test shows cannot match; only
	// the test that compares the passes with and without it turns it off (namesNoPrefilter).
	prefilter bool

	// surnames is g.Surnames as a table (surnameTable).
	surnames *surnameTable
	// personIx finds persons by key once a document names many (indexedPersons).
	personIx personIndex
	// titledInitials are the tokens of the initials read as a person after a title
	// (titledInitial): their letters are looked for alone (initialMentions).
	titledInitials []int
	// vietNames are the Vietnamese names read in full (vietnameseName), whose given names
	// vietGivenMentions looks for alone.
	vietNames []vietNamed
	// texts holds the strings the scan makes: reasons (why) and entities. The candidates
	// keep its strings, so it only ever appends: a later scan goes on where this one
	// stopped, in the same buffer while it has room.
	texts stringArena
}

// namesNoPrefilter turns the passes' prefilters off, for the test that shows they change
// nothing.
var namesNoPrefilter syncatomic.Bool

// reasonText writes a candidate's reason into one buffer the scan keeps, and makes it a
// string in the scan's arena: quoting its parts and concatenating them made a string for
// each.
type reasonText struct {
	b     []byte
	arena *stringArena
}

func (r *reasonText) start(text string) *reasonText {
	r.b = append(r.b[:0], text...)
	return r
}

func (r *reasonText) then(text string) *reasonText {
	r.b = append(r.b, text...)
	return r
}

// quoted writes strconv.Quote(text).
func (r *reasonText) quoted(text string) *reasonText {
	r.b = appendQuoted(r.b, text)
	return r
}

// appendQuoted is strconv.AppendQuote. why: the reasons quote romanized names, printable
// ASCII that Quote leaves as it is but for '"' and '\\'; such text is copied between quotes
// without Quote's look at every rune.
func appendQuoted[T string | []byte](b []byte, text T) []byte {
	for k := 0; k < len(text); k++ {
		if c := text[k]; c < ' ' || c > '~' || c == '"' || c == '\\' {
			return strconv.AppendQuote(b, string(text))
		}
	}
	b = append(b, '"')
	b = append(b, text...)
	return append(b, '"')
}

// quotedSyllables writes strconv.Quote(strings.Join(syls, "-")): a given name as the reasons show it.
func (r *reasonText) quotedSyllables(syls []string) *reasonText {
	var buf [32]byte
	joined := buf[:0]
	for k, y := range syls {
		if k > 0 {
			joined = append(joined, '-')
		}
		joined = append(joined, y...)
	}
	r.b = appendQuoted(r.b, joined)
	return r
}

func (r *reasonText) String() string { return r.arena.of(r.b) }

// givenRule is "given-" + form without building it: standaloneGiven names its rule so.
func givenRule(form string) string {
	switch form {
	case "hyphenated":
		return "given-hyphenated"
	case "spaced":
		return "given-spaced"
	}
	return "given-" + form
}

// strs returns a, b (or a alone when b is "") as a slice of a shared store: the passes
// build such lists for every candidate name, and one allocation per list added up. The
// slice's capacity is its length, so an append by the caller copies it.
func (s *nameScan) strs(a, b string) []string {
	if b == "" {
		l := s.strsN(1)
		l[0] = a
		return l
	}
	l := s.strsN(2)
	l[0], l[1] = a, b
	return l
}

// strsN returns n empty strings from the shared store of strs.
func (s *nameScan) strsN(n int) []string {
	if cap(s.pool)-len(s.pool) < n {
		// The slices handed out keep the full store alive; the larger one is kept for the
		// next scan (nameScans).
		s.pool = make([]string, 0, max(32, 2*cap(s.pool), n))
	}
	k := len(s.pool)
	s.pool = s.pool[:k+n]
	return s.pool[k : k+n : k+n]
}

// label is a speaker-label candidate and its tokens.
type label struct{ cand, from, to int }

// nameScans keeps the per-token buffers of finished scans: a testimony's are tens of
// kilobytes, and every Redact made them again.
var nameScans = sync.Pool{New: func() any { return new(nameScan) }}

// resized returns b with length n and every element zero, reusing its array when it fits.
func resized[E any](b []E, n int) []E {
	if cap(b) < n {
		return make([]E, n)
	}
	b = b[:n]
	clear(b)
	return b
}

func newNameScan(t *Text, g *Gazetteer) *nameScan {
	ix := indexFor(g)
	a := analyse(t, ix)
	toks, places := a.toks, a.places
	s := nameScans.Get().(*nameScan)
	s.t, s.g, s.ix, s.toks = t, g, ix, toks
	s.surnames = surnameTableFor(ix, g)
	s.why.arena = &s.texts
	s.prefilter = !namesNoPrefilter.Load()
	s.taken = append(s.taken[:0], a.prot...)
	s.place = resized(s.place, len(toks))
	s.ident = resized(s.ident, len(toks))
	s.segs = resized(s.segs, len(toks))
	s.surs = resized(s.surs, len(toks))
	s.idRuns, s.hyphens = identifierGaps(s.idRuns, s.hyphens, t.Norm, toks)
	for _, r := range s.idRuns {
		for k := r[0]; k < r[1]; k++ {
			s.ident[k] = true
		}
	}
	// The capitalised words, which the analysis listed while classifying the tokens.
	s.sortCaps(a.caps)
	for _, m := range places {
		for k := m.from; k < m.to; k++ {
			s.place[k] = true
		}
	}
	return s
}

// release gives the scan's buffers back to nameScans, emptied and without the strings of
// the testimony, but for its string arena (texts): the strings it handed out stay valid, so
// its bytes are never cleared, only left behind when a new buffer begins. Nothing may use s
// afterwards.
func (s *nameScan) release() {
	clear(s.out)
	clear(s.persons)
	s.personIx.reset()
	clear(s.segList)
	clear(s.canons)
	clear(s.pool) // past its length the store holds nothing (strsN)
	// namesInIdentifier cuts parts back for each identifier: a shorter identifier leaves
	// the longer one's parts past the length.
	clear(s.parts[:cap(s.parts)])
	clear(s.why.b[:cap(s.why.b)])
	clear(s.labelNames)
	s.byGiven.reset()
	s.bySyl.reset()
	clear(s.known)
	clear(s.bySurname)
	clear(s.knownEnts[:cap(s.knownEnts)])
	clear(s.labelBuf[:cap(s.labelBuf)])
	s.capsBy.reset()
	*s = nameScan{
		why: reasonText{b: s.why.b[:0]}, labelNames: s.labelNames, labelBuf: s.labelBuf[:0],
		byGiven: s.byGiven, bySyl: s.bySyl, known: s.known, knownEnts: s.knownEnts[:0], bySurname: s.bySurname, out: s.out[:0], taken: s.taken[:0], ident: s.ident[:0], place: s.place[:0], segs: s.segs[:0], surs: s.surs[:0], canons: s.canons[:0],
		persons: s.persons[:0], personIx: s.personIx, segList: s.segList[:0], pool: s.pool[:0], labels: s.labels[:0],
		idRuns: s.idRuns[:0], hyphens: s.hyphens[:0], caps: s.caps[:0], capsBy: s.capsBy, parts: s.parts[:0], titledInitials: s.titledInitials[:0], vietNames: s.vietNames[:0],
		texts: s.texts, // its bytes handed out are never written again
	}
	nameScans.Put(s)
}

// add records a candidate over tokens [from, to) and marks them taken.
func (s *nameScan) add(from, to int, rule, reason string, score float64, entity string, role Role) {
	for k := from; k < to; k++ {
		if s.taken[k] {
			return
		}
	}
	st, en := s.t.Orig(s.toks[from].s, s.toks[to-1].e)
	if role == "" {
		role = RolePerson
	}
	s.out = append(s.out, Candidate{
		Start: st, End: en, Category: Person, Detector: "names", Rule: rule,
		Reason: reason, Score: score, Entity: entity, Role: role,
	})
	for k := from; k < to; k++ {
		s.taken[k] = true
	}
}

func (s *nameScan) gap(i int) string {
	g := gapBefore(s.t.Norm, s.toks, i)
	if len(g) > 0 && g[0] == '-' { // a dash, or a hyphen at a line's end (nameGap)
		return nameGap(s.t, s.toks[i-1].e, g)
	}
	if len(g) > 1 && (g[0] == '*' || g[len(g)-1] == '*') { // "**Pak** Sun-hui" (emphasisGap)
		return emphasisGap(g)
	}
	return g
}

func (s *nameScan) word(i int) bool { return i >= 0 && i < len(s.toks) && s.toks[i].kind == tokWord }

func (s *nameScan) free(from, to int) bool {
	if from < 0 || to > len(s.toks) {
		return false
	}
	for k := from; k < to; k++ {
		if s.taken[k] || s.toks[k].kind != tokWord || s.ident[k] && !s.inIdent {
			return false
		}
	}
	return true
}

// ambiguousTok is ambiguous for token i, from its word class when it has one.
func (s *nameScan) ambiguousTok(i int) bool {
	if c := s.toks[i].cls; c&clsKnown != 0 {
		return c&clsAmbiguous != 0
	}
	return s.ambiguous(s.toks[i].low)
}

// englishTok reports token i's word as one of englishWords, from its word class when it has one.
func (s *nameScan) englishTok(i int) bool { return s.toks[i].has(clsEnglish, englishWords) }

// ambiguous reports a name part that is also a common word: it needs context. For a
// token's word, ambiguousTok answers from its class without a lookup.
func (s *nameScan) ambiguous(low string) bool { return s.g.AmbiguousNames[low] || englishWords[low] }

// givenSylTok reports token i's word as a given syllable.
func (s *nameScan) givenSylTok(i int) bool { return s.toks[i].has(clsGivenSyl, s.ix.givenSyl) }

// hyphenGivenFirst reports token i as the first syllable of a hyphenated given name: a
// given-name syllable, or I, the romanization of 이 (I-seul, I-na), which the syllable list
// leaves out for the pronoun; the pronoun is never joined by a hyphen to a given syllable.
func (s *nameScan) hyphenGivenFirst(i int) bool {
	return s.givenSylTok(i) || s.toks[i].low == "i" && i+1 < len(s.toks) && s.gap(i+1) == "-"
}

// firstNameTok reports token i's word as a listed first name.
func (s *nameScan) firstNameTok(i int) bool { return s.toks[i].has(clsFirstName, s.g.FirstNames) }

// surnameTok reports token i's word as a surname spelling, whatever its case.
func (s *nameScan) surnameTok(i int) bool {
	if c := s.toks[i].cls; c&clsKnown != 0 {
		return c&clsSurname != 0
	}
	_, ok := s.surnames.get(s.toks[i].low)
	return ok
}

// surnameAt returns the canonical surname for token i when it is capitalised and listed.
func (s *nameScan) surnameAt(i int) (string, bool) {
	if !s.word(i) || !s.toks[i].upper {
		return "", false
	}
	return s.surnameOf(i)
}

// maySurnameAt is false when surnameAt(i) is certainly false, without a lookup.
func (s *nameScan) maySurnameAt(i int) bool {
	if !s.word(i) || !s.toks[i].upper {
		return false
	}
	c := s.toks[i].cls
	return c&clsKnown == 0 || c&clsSurname != 0
}

// surnameOf is Gazetteer.Surnames[token i's lower-case text], looked up once per token: the
// passes ask for the same surnames again and again.
func (s *nameScan) surnameOf(i int) (string, bool) {
	if c := s.toks[i].cls; c&clsKnown != 0 && c&clsSurname == 0 {
		return "", false
	}
	switch m := s.surs[i]; m {
	case 0:
	case 1:
		return "", false
	default:
		return s.canons[m-2], true
	}
	c, ok := s.surnames.get(s.toks[i].low)
	if !ok {
		s.surs[i] = 1
		return "", false
	}
	s.canons = append(s.canons, c)
	s.surs[i] = int32(len(s.canons) + 1)
	return c, true
}

// surnameCanon is surnameOf's canonical surname alone: "" when token i is no surname.
func (s *nameScan) surnameCanon(i int) string {
	c, _ := s.surnameOf(i)
	return c
}

// given is a parsed given name: tokens [from, to) and their syllables.
type given struct {
	from, to int
	syls     []string // lower-case syllables as written
	form     string   // "hyphenated", "spaced", "joined", "single"
}

// fold is foldSyllable, from the index's trie or table for the given syllables it lists.
func (s *nameScan) fold(y string) string {
	if f, ok := s.ix.sylTrie.fold(y); ok {
		return f
	}
	if f, ok := s.ix.fold[y]; ok {
		return f
	}
	return foldSyllable(y)
}

// appendKey appends the folded syllables of syls (given.key, foldSyllables) to b: a lookup
// with string(b) allocates nothing.
func (s *nameScan) appendKey(b []byte, syls []string) []byte {
	for _, y := range syls {
		b = append(b, s.fold(y)...)
	}
	return b
}

// joinedIs reports whether the strings of parts, joined, are key.
func joinedIs(parts []string, key string) bool {
	for _, p := range parts {
		if !strings.HasPrefix(key, p) {
			return false
		}
		key = key[len(p):]
	}
	return key == ""
}

// foldMemo caches foldSyllable: a testimony repeats the same few names.
var foldMemo sync.Map // string → string

// givenAt parses a Korean or pinyin given name of one or two syllables starting at token i:
// "Ji-min" / "Ji-Min", "Ji Min", "Jimin", "Min". The first letter must be upper case unless
// lower is set (identifier parts).
func (s *nameScan) givenAt(i int, lower bool) (given, bool) {
	if !s.free(i, i+1) || (!lower && !s.toks[i].upper) || s.segmentTok(i) == nil && !s.hyphenGivenFirst(i) {
		// Every form below starts with a given syllable or a word made of them.
		return given{}, false
	}
	a := s.toks[i].low
	// Hyphenated: two single syllables, the second in any case ("Hye-joo", "Hye-Joo"), or
	// the -i of familiar address ("Sun-i", diminutiveAt).
	if s.free(i+1, i+2) && s.gap(i+1) == "-" && s.hyphenGivenFirst(i) && (s.givenSylTok(i+1) || s.toks[i+1].low == "i" && s.givenSylTok(i)) {
		// A third hyphenated part means a longer word (a place like "Rajin-Sonbong-...").
		if !(i+2 < len(s.toks) && s.gap(i+2) == "-" && s.word(i+2)) {
			return given{from: i, to: i + 2, syls: s.strs(a, s.toks[i+1].low), form: "hyphenated"}, true
		}
	}
	if s.givenSylTok(i) && s.free(i+1, i+2) && isSpaceGap(s.gap(i+1)) && s.toks[i+1].upper && s.givenSylTok(i+1) && !s.toks[i+1].lineStart {
		// Spaced syllables ("Ji Min") only when the second is not itself a surname followed by
		// a given name, which would make it the start of another name.
		b := s.toks[i+1].low
		if !s.surnameTok(i+1) || !(s.free(i+2, i+3) && isSpaceGap(s.gap(i+2)) && s.toks[i+2].upper && s.givenSylTok(i+2)) {
			if !(i+2 < len(s.toks) && s.gap(i+2) == "-") {
				return given{from: i, to: i + 2, syls: s.strs(a, b), form: "spaced"}, true
			}
		}
	}
	if i+1 < len(s.toks) && s.gap(i+1) == "-" && s.word(i+1) {
		// "Yeokjeon-dong", "Chol-su-ya": a hyphenated word that is not two syllables.
		return given{}, false
	}
	if syls := s.segmentTok(i); syls != nil {
		form := "joined"
		if len(syls) == 1 {
			form = "single"
		}
		return given{from: i, to: i + 1, syls: syls, form: form}, true
	}
	return given{}, false
}

// segment splits a word into one or two given-name syllables, preferring the longest first
// syllable ("jeonghyuk" → jeong+hyuk, "youngmi" → young+mi).
func (s *nameScan) segment(w string) []string { return segmentSyllables(w, s.ix) }

// segmentTok is segment for token i's lower-case text, computed once per token: the passes
// ask for the same tokens again and again.
func (s *nameScan) segmentTok(i int) []string {
	switch m := s.segs[i]; m {
	case 0:
	case 1:
		return nil
	default:
		return s.segList[m-2]
	}
	w := s.toks[i].low
	k, ok := segmentSplit(w, s.ix)
	if !ok {
		s.segs[i] = 1
		return nil
	}
	var syls []string
	if k == len(w) {
		syls = s.strs(w, "")
	} else {
		syls = s.strs(w[:k], w[k:])
	}
	if cap(s.segList) == 0 {
		s.segList = make([][]string, 0, 16)
	}
	s.segList = append(s.segList, syls)
	s.segs[i] = int32(len(s.segList) + 1)
	return syls
}

func segmentSyllables(w string, ix *nameIndex) []string {
	k, ok := segmentSplit(w, ix)
	switch {
	case !ok:
		return nil
	case k == len(w):
		return []string{w}
	}
	return []string{w[:k], w[k:]}
}

// segmentSplit is segmentSyllables without the slice: w is w[:k] + w[k:], or one syllable
// when k is len(w).
func segmentSplit(w string, ix *nameIndex) (int, bool) {
	if !ix.sylTrie.other && len(ix.sylTrie.nodes) > 0 {
		if k, found, ok := ix.sylTrie.split(w); ok {
			return k, found
		}
	}
	if ix.givenSyl[w] {
		return len(w), true
	}
	// Two syllables are at most twice the longest, and the split point lies where both fit.
	maxSyl := ix.maxSyl
	if len(w) > 2*maxSyl || len(w) < 2 {
		return 0, false
	}
	for k := min(len(w)-1, maxSyl); k >= max(1, len(w)-maxSyl); k-- {
		if ix.givenSyl[w[:k]] && ix.givenSyl[w[k:]] {
			return k, true
		}
	}
	return 0, false
}

// fullNames finds surname + given name in either order: "Park Ji-min", "Ri Chol Su",
// "Wang Xiaoming", "Ji-min Park".
func (s *nameScan) fullNames(minSyl int) {
	caps := s.capsBy.sur // with one syllable, only a surname first
	if minSyl == 2 {
		caps = s.capsBy.nearSur
	}
	for _, i := range caps {
		if s.taken[i] {
			continue
		}
		// Most capitalised words are no surname: maySurnameAt, inlined, says so without a call.
		if s.maySurnameAt(i) {
			if canon, ok := s.surnameAt(i); ok && s.free(i, i+1) && i+1 < len(s.toks) && isSpaceGap(s.gap(i+1)) {
				if s.toks[i].sentStart && s.toks[i].has(clsDeterminer, determiners) {
					// A possessive that is also a surname ("Her", as Heo is spelled) starting
					// a sentence is the pronoun, as wordsBeforeNames are: "Her Line is busy",
					// "Her Junho came". Only a hyphenated given name ("Her Jun-ho said")
					// makes it a surname; else the capitalised word after it is a given name
					// alone, unless it is a common word or a messenger's name.
					if gv, ok := s.givenAt(i+1, false); ok && len(gv.syls) >= minSyl && gv.form != "hyphenated" {
						if s.givenAfterPossessive(gv) {
							s.add(gv.from, gv.to, givenRule(gv.form), s.why.start("given syllables ").quotedSyllables(gv.syls).then(" after a possessive").String(), 0.75, s.givenEntity(gv.syls), "")
						}
						continue
					}
				}
				if gv, ok := s.givenAt(i+1, false); ok && len(gv.syls) >= minSyl && s.acceptFull(i, gv, true) {
					// "Ji Min" where "Jimin" is a known given name: the given name, not surname Ji.
					if len(gv.syls) == 1 && gv.form == "single" {
						if syls := []string{s.toks[i].low, gv.syls[0]}; s.givenKnown(syls) {
							e := s.givenEntity(syls)
							s.add(i, gv.to, "known-given", s.why.start("given name ").quotedSyllables(syls).then(" of a person named in full elsewhere in the document").String(), 0.8, e, "")
							continue
						}
					}
					p := s.remember(canon, gv.syls)
					s.add(i, gv.to, "surname+given", s.why.start("surname ").quoted(s.toks[i].text(s.t.Norm)).then(" + given syllables ").quotedSyllables(gv.syls).String(), fullNameScore, p.entity, "")
					continue
				}
			}
		}
		// Surname last: the given name must be unmistakable (two syllables).
		if minSyl != 2 {
			continue
		}
		// The given name ends at i+1 or i+2, where a capitalised surname must follow: most
		// capitalised words have none there and need no parsing.
		if s.prefilter && !s.maySurnameAt(i+1) && !s.maySurnameAt(i+2) {
			continue
		}
		if gv, ok := s.givenAt(i, false); ok && len(gv.syls) == 2 && gv.to < len(s.toks) && isSpaceGap(s.gap(gv.to)) {
			if canon, ok := s.surnameAt(gv.to); ok && s.free(gv.to, gv.to+1) && !s.place[i] && !s.blocked(gv) {
				if !(gv.form == "spaced" && s.toks[i].sentStart && s.ambiguous(gv.syls[0])) {
					p := s.remember(canon, gv.syls)
					s.add(i, gv.to+1, "given+surname", s.why.start("given syllables ").quotedSyllables(gv.syls).then(" + surname ").quoted(s.toks[gv.to].text(s.t.Norm)).String(), 0.85, p.entity, "")
				}
			}
		}
	}
}

// givenAfterPossessive says whether gv, after a possessive at a sentence's start ("Her
// Junho"), is a given name: no word of it is a common word, a non-name, or a messenger's
// name ("Her Line", "Her Signal").
func (s *nameScan) givenAfterPossessive(gv given) bool {
	if s.blocked(gv) {
		return false
	}
	for k := gv.from; k < gv.to; k++ {
		if s.englishTok(k) || s.ambiguousTok(k) || s.toks[k].nonName() || slices.Contains(handleCues, s.toks[k].low) {
			return false
		}
	}
	return true
}

// blocked reports given names that are English words or places in disguise.
func (s *nameScan) blocked(gv given) bool {
	if gv.form == "joined" || gv.form == "single" {
		// A kin or role word is no given name, though its letters split into syllables
		// ("Niece Kang Sun-i": nie+ce; "Cousin Han Ok-ju": cou+sin).
		if s.englishTok(gv.from) || s.place[gv.from] || s.toks[gv.from].nonName() || kinCues[s.toks[gv.from].low] != "" {
			return true
		}
	}
	for _, y := range gv.syls {
		if placeSuffix[y] && gv.form == "hyphenated" && y == gv.syls[len(gv.syls)-1] {
			return true
		}
	}
	for k := gv.from; k < gv.to; k++ {
		// Either syllable of a hyphenated name may be a word ("Hye-ok", "Mi-ok", "Ok-hui"):
		// the hyphen between given syllables makes it a name's, unless both are words
		// ("So-so", "No-no").
		if s.toks[k].nonName() && !(gv.form == "hyphenated" && (k > gv.from || !s.toks[gv.from+1].nonName())) {
			return true
		}
	}
	return false
}

// acceptFull decides whether surname token i followed by gv is a name.
func (s *nameScan) acceptFull(i int, gv given, surnameFirst bool) bool {
	sur := s.toks[i].low
	if (len(sur) == 1 || s.englishTok(i)) && gv.form != "hyphenated" { // "I", "O", "In", "So" are words first
		// ... unless a two-syllable joined given name follows: "Fan Zhiyong", or given
		// syllables that only a name spells: "He Jun", "Dong Mei", "Long Wei".
		if !(len(sur) > 1 && gv.form == "joined" && !s.englishTok(gv.from) && !s.ambiguousTok(gv.from)) && !s.wordSurnameNamed(i, gv) {
			return false
		}
	}
	if s.place[i] && s.place[gv.from] {
		return false
	}
	if gv.form == "joined" || gv.form == "single" {
		if s.toks[gv.from].nonName() && !s.monthAsName(gv.from) || s.place[gv.from] {
			return false
		}
		// An English word after a surname is no given name ("Kim Sun" may be a headline), but
		// a given syllable that a person's verb follows is one ("Kim Sol stayed"), and so is
		// one that another person named in full bears ("Pak Sol … my niece Kim Sol").
		if s.englishTok(gv.from) && !s.firstNameTok(gv.from) && !(gv.form == "single" && s.givenSylTok(gv.from) && (s.personFollows(gv.to) || s.givenKnown(gv.syls))) {
			return false
		}
	}
	if gv.form == "hyphenated" && placeSuffix[gv.syls[1]] && !s.surnamedGiven(i, gv) {
		return false
	}
	// Both parts ambiguous at the start of a sentence ("So Young men ..." cannot happen since
	// the given part must be capitalised, but "Song Il" or "Park Min" can): ask for a verb.
	if s.toks[i].sentStart && s.ambiguousTok(i) && gv.form != "hyphenated" {
		allAmb := true
		for _, y := range gv.syls {
			if !s.ambiguous(y) {
				allAmb = false
			}
		}
		if allAmb && !s.personFollows(gv.to) {
			return false
		}
	}
	return true
}

// surnamedGiven says whether gv, a two-syllable hyphenated given name that ends like a
// village ("Hye-ri", "Sang-dong"), is a person's because surname token i stands right
// before it: "Kim Hye-ri". A village is named after a place ("Hyesan's Wiyon-dong"), not
// after a surname; a surname that is also a word ("In", "So", "Song" at a sentence's start)
// proves nothing.
func (s *nameScan) surnamedGiven(i int, gv given) bool {
	t := &s.toks[i]
	return len(gv.syls) == 2 && len(t.low) >= 2 && t.upper && !s.englishTok(i) && !s.place[i] &&
		!(t.sentStart && s.ambiguousTok(i)) && isSpaceGap(s.gap(i+1))
}

// wordSurnameNamed reports a surname that is also an English word ("He", "Long", "Ma",
// "Dong") followed by given syllables that only a name spells: capitalised, no English word,
// no name that is also a word ("He Jun", "Dong Mei"). English puts no word of that kind
// right after a pronoun or an adjective; it does after the words listed in wordsBeforeNames
// ("So Jun left", "In Jun's house"), which are the word at the start of a sentence.
func (s *nameScan) wordSurnameNamed(i int, gv given) bool {
	if len(s.toks[i].low) < 2 || s.toks[i].sentStart && wordsBeforeNames[s.toks[i].low] {
		return false
	}
	for k := gv.from; k < gv.to; k++ {
		t := &s.toks[k]
		if !t.upper || s.englishTok(k) || s.ambiguousTok(k) || s.place[k] || t.nonName() && !s.monthAsName(k) {
			return false
		}
	}
	return true
}

// monthAsName reports a month's short form that is also a given syllable ("Jun") used as a
// name: no day or year follows it ("Jun 5", "Jun. 2019").
func (s *nameScan) monthAsName(k int) bool {
	if !monthAbbreviations[s.toks[k].low] || !s.givenSylTok(k) {
		return false
	}
	return k+1 >= len(s.toks) || s.toks[k+1].kind != tokNumber
}

// personFollows reports context after a name that only people have: a speech or action verb,
// or a possessive followed by a kinship word.
func (s *nameScan) personFollows(j int) bool {
	if j >= len(s.toks) {
		return false
	}
	if s.koreanTitleAt(j) {
		return true
	}
	// A particle glued to the name ends it as a space would: look at the word after it
	// ("Park이 said").
	if s.gluedParticle(j) {
		j++
		if j >= len(s.toks) {
			return false
		}
	}
	gap := s.gap(j)
	if (gap == "'" || gap == "’") && s.toks[j].low == "s" {
		return true
	}
	return isSpaceGap(gap) && s.toks[j].has(clsPersonVerb, personVerbs)
}

// remember records a person for the second pass and returns it.
func (s *nameScan) remember(canon string, syls []string) person {
	// why: most calls name a person already found; the entity is written into a stack buffer
	// and compared there, so only a new person allocates.
	var buf [48]byte
	key := append(append(buf[:0], canon...), '|')
	key = s.appendKey(key, syls)
	if s.indexedPersons() {
		if k, ok := s.personIx.byEntity[string(key)]; ok {
			return s.persons[k]
		}
	} else {
		for _, q := range s.persons {
			if q.entity == string(key) {
				return q
			}
		}
	}
	p := person{surname: canon, given: s.strsN(len(syls)), entity: s.texts.of(key)}
	for k, y := range syls {
		p.given[k] = s.fold(y)
	}
	p.givenKey = p.entity[len(canon)+1:] // canon + "|" + the folded syllables joined
	s.persons = append(s.persons, p)
	return p
}

// cuedNames finds names after titles ("Mr Pak", "Comrade Ri") and cues ("named", "known as",
// "my sister", "the broker").
func (s *nameScan) cuedNames() {
	for _, i := range s.capsBy.cue {
		if s.taken[i] || !s.word(i) {
			continue
		}
		// Most words follow a word that ends no cue: its class says so without a call.
		if i == 0 || s.toks[i-1].cls&(clsKnown|clsCue) == clsKnown {
			continue
		}
		cue, role, kind := s.cueBefore(i)
		if cue == "" {
			continue
		}
		if kind == cueCopula {
			if to, entity := s.copulaName(i); to > i {
				s.add(i, to, "cue", s.why.start("cue ").quoted(cue).String(), 0.85, entity, role)
			}
			continue
		}
		// "Mr. K. (the broker)", "Comrade R. watched": an initial alone stands for the person.
		if (kind == cueTitle || kind == cueRank) && s.titledInitial(i, cue) {
			continue
		}
		// "Mr F. Gölcüklü", "Ms N.Ö. Akın": initials between a title and the surname.
		start := i
		if kind == cueTitle {
			i = s.skipInitials(i)
		}
		if i >= len(s.toks) || !s.toks[i].upper || len(s.toks[i].low) < 2 && !s.letterSurname(i) || s.taken[i] { // "a woman I know"
			continue
		}
		// After a rank as after a title, one syllable is a surname: "Officer Mun", "Captain Ri".
		to, entity := s.nameRun(i, kind == cueTitle || kind == cueRank)
		if to == i {
			continue
		}
		// A surname after a title ("Ms Ko") is not linked here to the one person found
		// with it ("Ko Tae-il", maybe her son): the labels decide (titledApart).
		if kind == cueTitle && to == i+1 {
			if canon, ok := s.surnameAt(i); ok {
				entity = s.texts.join(canon, "|", "")
			}
		}
		// A quoted nickname and the surname after the name are the same person's.
		if to+1 < len(s.toks) && s.toks[to].upper && s.toks[to+1].upper && s.free(to, to+2) && nicknameGaps(s.gap(to), s.gap(to+1)) {
			to += 2
		}
		if kind == cueRank && !s.knownNamePart(i) {
			continue
		}
		s.add(start, to, "cue", s.why.start("cue ").quoted(cue).String(), 0.85, entity, role)
	}
}

// copulaName reads the name after a person noun and a copula ("My cellmate was Ma-ri",
// "The broker was Kim Hye-ri"): a surname and a given name, or a hyphenated two-syllable
// given name, and returns where it ends and its entity (i when there is none). A place is
// what a person is not: there a given name in -ri or -dong ("Ma-ri", "Sang-dong") is no
// village (blocked). Other capitalised words stay ("My father was Catholic").
func (s *nameScan) copulaName(i int) (int, string) {
	if canon, ok := s.surnameAt(i); ok && i+1 < len(s.toks) && isSpaceGap(s.gap(i+1)) {
		if gv, ok := s.givenAt(i+1, false); ok && (gv.form == "hyphenated" || !s.blocked(gv)) {
			return gv.to, s.remember(canon, gv.syls).entity
		}
	}
	if gv, ok := s.givenAt(i, false); ok && gv.form == "hyphenated" && len(gv.syls) == 2 {
		return gv.to, s.givenEntity(gv.syls)
	}
	return i, ""
}

// appositionNames finds a name the testimony explains in apposition: "Xi, the broker's
// wife, hid us", "Bolat, my cellmate, was from Kazakhstan". A capitalised word that is no
// common word or place, then a comma, a determiner, at most three words (a possessive
// among them) ending in a person noun (kinCues), and a comma or "who" after it: the
// closing comma tells an apposition from "Yes, the broker's wife was kind".
func (s *nameScan) appositionNames() {
	for _, i := range s.caps {
		// appositionAfter wants a comma and a word after the name: most capitalised words
		// are turned away by their gap, before the lookups of the word.
		if i+2 >= len(s.toks) || s.gap(i+1) != ", " {
			continue
		}
		if s.taken[i] || !s.word(i) || len(s.toks[i].low) < 2 || s.place[i] || s.toks[i].nonName() || stopWords[s.toks[i].low] || discourseOpener(s.toks[i].low) && !s.firstNameTok(i) {
			continue
		}
		// Surnames and first names are the other passes' (bareSurnames knows "Kim, our
		// neighbour," from the interviewee Kim): this pass takes the words no table knows.
		if _, ok := s.surnameAt(i); ok || s.firstNameTok(i) || s.toks[i].has(clsAmbName, s.g.AmbiguousNames) {
			continue
		}
		// One word: longer names are the other passes'. nameRun remembers the name it reads,
		// so it is called only once the apposition is there.
		to := i + 1
		role, head := s.appositionAfter(i, false)
		if role == "" {
			continue
		}
		end, entity := s.nameRun(i, false)
		if end != to {
			continue
		}
		s.add(i, to, "apposition", s.why.start("a person noun in apposition: ").quoted(head).String(), 0.75, entity, role)
	}
}

// appositionAfter reads the apposition after the one-word name at token i: a comma, a
// determiner, at most three words ending in a person noun (kinCues; with jobs also the
// private roles of figureCues: "the driver"), and a comma or "who" after it. It returns the
// role and the noun, or "" when there is none.
func (s *nameScan) appositionAfter(i int, jobs bool) (Role, string) {
	to := i + 1
	if to+1 >= len(s.toks) || s.gap(to) != ", " || !s.toks[to].has(clsDeterminer, determiners) {
		return "", ""
	}
	role, head := Role(""), ""
	for k := to + 1; k < len(s.toks) && k <= to+4; k++ {
		if g := s.gap(k); g != " " && g != "'" && g != "’" && g != "-" {
			break
		}
		after := s.gap(k + 1)
		closed := strings.HasPrefix(after, ",") || k+1 < len(s.toks) && after == " " && s.toks[k+1].low == "who"
		r := kinCues[s.toks[k].low]
		if r == "" && jobs && figureCues[s.toks[k].low] && !figureKin[s.toks[k].low] {
			r = RolePerson
		}
		if r != "" && closed {
			role, head = r, s.toks[k].low
			if r == RoleRelative && s.toks[to].low != "my" && s.toks[to].low != "our" {
				role = RolePerson // "the broker's wife": not the interviewee's relative
			}
		}
		if closed || k+1 >= len(s.toks) {
			break
		}
	}
	return role, head
}

// familiarPrefixes are the words of familiar address before a Chinese surname: "Old Ma",
// "Little Long", "Lao He", "Xiao Dong" (老, 小). After one, a capitalised surname is the
// person's, even one that is also a word.
var familiarPrefixes = set("old", "little", "lao", "xiao")

// familiarBefore reports a familiar prefix right before token i ("Lao Ma"), where i does
// not go on into a capitalised phrase ("Old Long Road").
func (s *nameScan) familiarBefore(i int) bool {
	if i == 0 || !familiarPrefixes[s.toks[i-1].low] || s.gap(i) != " " {
		return false
	}
	return !(i+1 < len(s.toks) && s.toks[i+1].upper && isSpaceGap(s.gap(i+1)))
}

// discourseOpeners begin a sentence with a comma after them as a name in apposition does:
// "Later, the broker's wife, who ...". With the words in -ly ("Luckily, my uncle, who ...")
// they are no names.
var discourseOpeners = set("later", "then", "afterwards", "afterward", "meanwhile", "today", "yesterday",
	"tomorrow", "now", "well", "anyway", "still", "however", "also", "finally", "first", "next", "soon",
	"once", "again", "sometimes", "eventually", "instead", "besides", "otherwise", "therefore", "thus",
	"so", "oh", "ah", "sir", "madam", "please", "look", "listen", "see", "sorry", "thanks", "indeed",
	"anyhow", "nevertheless", "nonetheless", "furthermore", "moreover", "earlier", "recently", "back")

func discourseOpener(w string) bool {
	return discourseOpeners[w] || len(w) > 4 && strings.HasSuffix(w, "ly")
}

// skipInitials returns the first token after a run of initials ("F.", "C.A.", "N.Ö.")
// starting at i, or i when there are none.
func (s *nameScan) skipInitials(i int) int {
	j := i
	for j+1 < len(s.toks) && s.isInitial(j) {
		j++
	}
	return j
}

// isInitial reports a single capital letter followed by a full stop.
func (s *nameScan) isInitial(j int) bool {
	t := &s.toks[j]
	// One letter is one to utf8.UTFMax bytes: longer words are not counted.
	if t.kind != tokWord || !t.upper || t.e-t.s > utf8.UTFMax || utf8.RuneCountInString(t.text(s.t.Norm)) != 1 || s.taken[j] {
		return false
	}
	next := len(s.t.Norm)
	if j+1 < len(s.toks) {
		next = s.toks[j+1].s
	}
	g := s.t.Norm[t.e:next]
	return g == "." || g == ". " || g == ".-"
}

// initialsKey writes initials [i, j) as lower-case letters ("fe").
func (s *nameScan) initialsKey(i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		b.WriteString(s.toks[k].low)
	}
	return b.String()
}

// knownAbbreviations are dotted initials that are not people.
var knownAbbreviations = set("us", "uk", "eu", "un", "po", "am", "pm", "ad", "bc", "ie", "eg", "cv", "ok", "nb", "ps", "dc", "jr", "sr", "ss", "ee", "rf", "ussr", "prc", "rok", "dprk", "usa", "ca", "vs", "no", "nos", "op", "cit", "al", "etc", "ibid")

// initialNames finds names written with initials: "J. Mackenzie", "C.A. Whomersley". Initials
// before a capitalised word that is not a common word or a place are a person's name.
func (s *nameScan) initialNames() {
	for _, i := range s.capsBy.dot {
		// An initial is followed by a full stop: most capitalised words are not, and need
		// no call to isInitial.
		if e := s.toks[i].e; e >= len(s.t.Norm) || s.t.Norm[e] != '.' {
			continue
		}
		if !s.isInitial(i) || (i > 0 && s.isInitial(i-1)) {
			continue
		}
		j := s.skipInitials(i)
		if j-i >= 2 && !knownAbbreviations[s.initialsKey(i, j)] && (j >= len(s.toks) || !s.toks[j].upper || !isSpaceGap(strings.TrimPrefix(s.gap(j), "."))) {
			// "the applicant, F.E., complained": initials alone stand for a person.
			s.add(i, j, "initials", "initials standing alone for a name", 0.55, s.texts.join("|", s.initialsKey(i, j), ""), "")
			continue
		}
		if s.toks[i].lineStart && j-i == 1 { // "A. Criminal proceedings" is a heading
			continue
		}
		if j == i || j >= len(s.toks) || !s.free(j, j+1) || !s.toks[j].upper || len(s.toks[j].low) < 2 || s.place[j] || s.toks[j].nonName() || cueSetsOf[s.toks[j].low]&(cueInTitles|cueInRanks) != 0 {
			continue
		}
		to := j + 1
		if to < len(s.toks) && s.gap(to) == "-" && s.free(to, to+1) && s.toks[to].upper { // double-barrelled
			to++
		}
		last := s.toks[to-1].low
		s.persons = append(s.persons, person{entity: s.texts.join("|", last, ""), last: last, given: s.strs("", "")})
		s.add(i, to, "initials", s.why.start("initials before capitalised surname ").quoted(s.toks[j].text(s.t.Norm)).String(), 0.7, s.lastEntity(last), "")
	}
}

type cueKind int

const (
	cueNone cueKind = iota
	cueTitle
	cueRank
	cueNaming
	cueKin
	cueCopula // a person noun and "is"/"was": "my cellmate was"
)

// cueBefore looks at the words just before token i for a title or a naming, kinship or role
// cue. It returns the cue as written (for the reason), the role it implies and its kind.
func (s *nameScan) cueBefore(i int) (string, Role, cueKind) {
	if i == 0 {
		return "", "", cueNone
	}
	if p := s.toks[i-1]; p.cls&clsKnown != 0 && p.cls&clsCue == 0 || p.cls&clsKnown == 0 && !cueWords[p.low] {
		return "", "", cueNone // the common case, without building the gap
	}
	gap := s.gap(i)
	if gap != " " { // one space, the usual gap, trims to ""
		gap = strings.TrimSpace(strings.Trim(gap, " \t\"'“”‘’«»"))
	} else {
		gap = ""
	}
	p := s.toks[i-1]
	if p.kind != tokWord {
		return "", "", cueNone
	}
	// One lookup says which cue lists hold the word, where each case looked it up again.
	sets := cueSetsOf[p.low]
	switch {
	// A full stop is an abbreviated title's ("Dr. Kim"); after a whole word ("dongmu.",
	// "Comrade.") it ends the sentence.
	case (gap == "" || gap == "." && len(p.low) <= 3) && sets&cueInTitles != 0:
		return p.text(s.t.Norm), "", cueTitle
	case (gap == "" || gap == ",") && sets&cueInNaming != 0:
		if s.placeNounBefore(i-1) || s.orgNounBefore(i-1) {
			return "", "", cueNone
		}
		return p.text(s.t.Norm), s.roleBefore(i - 1), cueNaming
	case gap == "" && sets&cueInObjectPronouns != 0 && i >= 2 && (namingCues[s.toks[i-2].low] || s.toks[i-2].low == "call" || s.toks[i-2].low == "calls"):
		// "we nicknamed him Tiger", "they call her Miso"
		return s.spacedText(i-2, i-1), "", cueNaming
	case gap == "" && (p.low == "call" || p.low == "calls") && i >= 3 && callers[s.toks[i-2].low] && (s.toks[i-3].low == "whom" || s.toks[i-3].low == "who"):
		// "Her youngest, whom we call Ssuki": the name a person goes by.
		return s.spacedText(i-3, i-1), "", cueNaming
	case gap == "" && p.low == "as" && i >= 2 && (s.toks[i-2].low == "known" || s.toks[i-2].low == "referred"):
		return s.texts.join(s.toks[i-2].text(s.t.Norm), " as", ""), "", cueNaming
	case gap == "" && (p.low == "is" || p.low == "was") && i >= 2 && s.toks[i-2].low == "name":
		return s.texts.join("name ", p.text(s.t.Norm), ""), "", cueNaming
	case gap == "" && (p.low == "is" || p.low == "was") && i >= 3:
		// "My cellmate was Ma-ri", "Her best friend was Yu-ri": a person noun after a
		// determiner (one word may stand between them) and a copula.
		n := s.toks[i-2]
		if r := kinCues[n.low]; r != "" && !n.upper && isSpaceGap(s.gap(i-1)) {
			if s.toks[i-3].has(clsDeterminer, determiners) {
				return s.spacedText(i-3, i-1), r, cueCopula
			}
			if i >= 4 && s.toks[i-4].has(clsDeterminer, determiners) && s.toks[i-3].kind == tokWord && !s.toks[i-3].upper {
				return s.spacedText(i-4, i-1), r, cueCopula
			}
		}
	case gap == "" && p.low == "by" && i >= 2 && (s.toks[i-2].low == "goes" || s.toks[i-2].low == "went"):
		return s.texts.join(s.toks[i-2].text(s.t.Norm), " by", ""), "", cueNaming
	case (gap == "" || gap == ",") && sets&cueInKin != 0 && !p.upper: // "the Child Benefits Act" is no cue
		// Only a possessive or article makes "sister" a cue: "my sister Jimin", "the broker Chol".
		if i >= 2 && s.toks[i-2].has(clsDeterminer, determiners) {
			return s.spacedText(i-2, i-1), kinCues[p.low], cueKin
		}
		// "older sister", "younger brother"
		if i >= 3 && (s.toks[i-2].low == "older" || s.toks[i-2].low == "younger" || s.toks[i-2].low == "elder" || s.toks[i-2].low == "little" || s.toks[i-2].low == "big") && s.toks[i-3].has(clsDeterminer, determiners) {
			return s.spacedText(i-3, i-1), kinCues[p.low], cueKin
		}
	}
	if (gap == "" || gap == "." && rankAbbreviations[p.low]) && sets&cueInRanks != 0 {
		return p.text(s.t.Norm), "", cueRank
	}
	return "", "", cueNone
}

// spacedText returns the words of tokens from..to (adjacent, to included) joined by single
// spaces: a slice of Norm where one space is what lies between them, as it mostly does,
// else a string of the scan's arena.
func (s *nameScan) spacedText(from, to int) string {
	norm := s.t.Norm
	plain := true
	for k := from + 1; k <= to; k++ {
		if e := s.toks[k-1].e; s.toks[k].s != e+1 || norm[e] != ' ' {
			plain = false
		}
	}
	if plain {
		return norm[s.toks[from].s:s.toks[to].e]
	}
	text := s.toks[from].text(norm)
	for k := from + 1; k <= to; k++ {
		text = s.texts.join(text, " ", s.toks[k].text(norm))
	}
	return text
}

// cueSets says which of the cue lists hold a word: cueSetsOf[w] has cueInTitles if titles[w],
// and so on.
type cueSets uint8

const (
	cueInTitles cueSets = 1 << iota
	cueInRanks
	cueInNaming
	cueInObjectPronouns
	cueInKin // kinCues[w] != ""
)

var cueSetsOf = func() map[string]cueSets {
	m := map[string]cueSets{}
	for set, words := range map[cueSets]map[string]bool{cueInTitles: titles, cueInRanks: ranks, cueInNaming: namingCues, cueInObjectPronouns: objectPronouns} {
		for w, in := range words {
			if in {
				m[w] |= set
			}
		}
	}
	for w, r := range kinCues {
		if r != "" {
			m[w] |= cueInKin
		}
	}
	return m
}()

// cueWords holds every word that can end a cue, so the common case costs one lookup.
var cueWords = func() map[string]bool {
	m := set("as", "is", "was", "by", "call", "calls")
	for _, l := range []map[string]bool{titles, ranks, namingCues, objectPronouns} {
		for w := range l {
			m[w] = true
		}
	}
	for w := range kinCues {
		m[w] = true
	}
	return m
}()

// roleBefore finds a role noun just before a naming cue: "a broker named Chol".
func (s *nameScan) roleBefore(cue int) Role {
	for k := cue - 1; k >= 0 && k >= cue-3; k-- {
		if r := kinCues[s.toks[k].low]; r != "" {
			return r
		}
	}
	return ""
}

// placeNounBefore reports "a village called X": the cue names a place, not a person.
func (s *nameScan) placeNounBefore(cue int) bool {
	for k := cue - 1; k >= 0 && k >= cue-3; k-- {
		if placeNouns[s.toks[k].low] != "" {
			return true
		}
	}
	return false
}

// orgNounBefore reports "a company called X": workplaces are another detector's business.
func (s *nameScan) orgNounBefore(cue int) bool {
	for k := cue - 1; k >= 0 && k >= cue-3; k-- {
		if orgNouns[s.toks[k].low] {
			return true
		}
	}
	return false
}

// nameRun reads the name that starts at token i after a cue: a full Korean name, a given
// name, a first name + surname, or up to three capitalised words. It returns the end token
// and the entity key.
func (s *nameScan) nameRun(i int, afterTitle bool) (int, string) {
	if canon, ok := s.surnameAt(i); ok && i+1 < len(s.toks) && isSpaceGap(s.gap(i+1)) {
		if gv, ok := s.givenAt(i+1, false); ok && !s.blocked(gv) {
			return gv.to, s.remember(canon, gv.syls).entity
		}
	}
	if gv, ok := s.givenAt(i, false); ok && !s.blocked(gv) && !(afterTitle && len(gv.syls) == 1) {
		if gv.to < len(s.toks) && isSpaceGap(s.gap(gv.to)) {
			if canon, ok := s.surnameAt(gv.to); ok && s.free(gv.to, gv.to+1) {
				return gv.to + 1, s.remember(canon, gv.syls).entity
			}
			// One syllable and then a given name ("the broker Xi Lanying"): a surname the
			// tables lack, in Chinese order, and the given name is the same person's.
			if len(gv.syls) == 1 && s.toks[gv.to].upper && s.free(gv.to, gv.to+1) {
				if g2, ok := s.givenAt(gv.to, false); ok && !s.blocked(g2) {
					return g2.to, s.remember(s.toks[i].low, g2.syls).entity
				}
			}
		}
		return gv.to, s.givenEntity(gv.syls)
	}
	if canon, ok := s.surnameAt(i); ok {
		return i + 1, s.surnameEntity(canon)
	}
	to := i
	for k := i; k < len(s.toks) && k < i+3; k++ {
		// Sergeant Ilya "Kaban" Zhukov: a quoted nickname between two names is the same person's.
		nick := k == i+1 && k+1 < len(s.toks) && s.toks[k+1].upper && s.free(k+1, k+2) && nicknameGaps(s.gap(k), s.gap(k+1))
		if nick && s.toks[k].upper && s.free(k, k+1) {
			to = k + 2
			break
		}
		if s.wordSurnameAfterFirst(i, k) { // "Pastor Daniel Oh"
			to = k + 1
			continue
		}
		if !s.free(k, k+1) || !s.toks[k].upper || len(s.toks[k].low) < 2 || s.toks[k].nonName() || (k > i && !isSpaceGap(s.gap(k))) || cueSetsOf[s.toks[k].low]&(cueInTitles|cueInRanks) != 0 {
			break
		}
		if k > i && s.place[k] {
			break
		}
		to = k + 1
	}
	if to == i {
		return i, ""
	}
	// Remember the name so later mentions of its last word ("Petrov", "Morgan") link to it.
	first, last := "", s.toks[to-1].low
	if to > i+1 {
		first = s.toks[i].low
	}
	entity := s.texts.join(first, "|", last)
	if first != "" && first != firstNameKey(first) { // "Sasha Volkov" is Aleksandr Volkov
		entity = s.texts.join(firstNameKey(first), "|", last)
	}
	if s.firstNameTok(i) && to == i+1 {
		first, last, entity = s.toks[i].low, "", s.texts.join(s.toks[i].low, "|", "")
	}
	s.persons = append(s.persons, person{entity: entity, given: s.strs(first, ""), last: last, givenKey: first})
	return to, entity
}

// knownNamePart reports whether token i is listed as a name of some kind.
func (s *nameScan) knownNamePart(i int) bool {
	l := s.toks[i].low
	_, sur := s.surnames.get(l)
	return sur || s.g.FirstNames[l] || s.segmentTok(i) != nil
}

// givenEntity links a given name to a person already found with it, if exactly one.
func (s *nameScan) givenEntity(syls []string) string {
	var buf [32]byte
	key := s.appendKey(buf[:0], syls)
	if s.indexedPersons() {
		if o, ok := s.personIx.byGiven[string(key)]; ok && !o.shared {
			return o.entity
		}
		return s.sharedEntity(key)
	}
	match := ""
	for _, p := range s.persons {
		if joinedIs(p.given, string(key)) {
			if match != "" && match != p.entity {
				return s.sharedEntity(key)
			}
			match = p.entity
		}
	}
	if match == "" {
		return s.sharedEntity(key)
	}
	return match
}

// sharedEntity is "|" + key: the entity of a given name no one person has alone.
func (s *nameScan) sharedEntity(key []byte) string {
	s.texts.room(1 + len(key))
	s.texts.b.WriteByte('|')
	s.texts.b.Write(key)
	return s.texts.last(1 + len(key))
}

// surnameEntity links a bare surname to the only person found with it, if exactly one.
func (s *nameScan) surnameEntity(canon string) string {
	if canon != "" && s.indexedPersons() { // the index holds no empty key
		if o, ok := s.personIx.bySurname[canon]; ok && !o.shared {
			return o.entity
		}
		return s.texts.join(canon, "|", "")
	}
	match := ""
	for _, p := range s.persons {
		if p.surname == canon || p.last == canon {
			if match != "" && match != p.entity {
				return s.texts.join(canon, "|", "")
			}
			match = p.entity
		}
	}
	if match == "" {
		return s.texts.join(canon, "|", "")
	}
	return match
}

// firstNames finds English and Russian names: a listed first name, optionally followed by
// a capitalised surname (and a patronymic).
func (s *nameScan) firstNames() {
	for _, i := range s.capsBy.first {
		if !s.free(i, i+1) || !s.toks[i].upper || s.place[i] {
			continue
		}
		first := s.toks[i].low
		if i+1 < len(s.toks) && s.gap(i+1) == "-" { // "Jun-ho" is a Korean given name
			continue
		}
		if s.beforeRank(i) { // "Lance Corporal Paek": a rank's first word
			continue
		}
		// "Jan. 2020", "Jan 5": a month before a number, not Jan the name.
		if i+1 < len(s.toks) && s.toks[i+1].kind == tokNumber && monthAbbreviations[first] {
			continue
		}
		// An ambiguous first name counts when a surname follows ("Grace Yi", "Rose Kim") or,
		// in mid-sentence, any capitalised word that is not a common noun ("Mark Feldman").
		if !s.firstNameTok(i) {
			if !s.toks[i].has(clsAmbName, s.g.AmbiguousNames) || s.toks[i].nonName() || !s.free(i+1, i+2) || !isSpaceGap(s.gap(i+1)) || !s.toks[i+1].upper {
				continue
			}
			_, sur := s.surnameAt(i + 1)
			westernFirst := !s.ix.givenSyl[first] && s.surnameCanon(i) == "" && len(first) > 2
			next := s.toks[i+1].low
			if !sur && !(westernFirst && !s.toks[i].sentStart && !nonNames[next] && !commonNounsAfterNames[next] && !s.place[i+1]) {
				continue
			}
		}
		if s.thingNamedLikePerson(i) {
			continue
		}
		to := i + 1
		// A nickname in quotes between the given name and the surname is part of the name
		// (Ilya "Kaban" Zhukov): one person, not two.
		if i+2 < len(s.toks) && s.toks[i+1].upper && s.toks[i+2].upper && s.free(i+1, i+3) && nicknameGaps(s.gap(i+1), s.gap(i+2)) {
			to = i + 3
		}
		for k := to; k < len(s.toks) && k < i+3; k++ {
			if s.wordSurnameAfterFirst(i, k) {
				to = k + 1
				continue
			}
			if !s.free(k, k+1) || !isSpaceGap(s.gap(k)) || !s.toks[k].upper || s.toks[k].nonName() || s.place[k] || s.firstNameTok(k) && k == i+1 && !isRussianSurname(s.toks[k].low) && s.surnameCanon(k) == "" {
				break
			}
			to = k + 1
		}
		amb := s.ambiguousTok(i) // first's
		if to == i+1 && amb && (s.toks[i].sentStart || !s.toks[i].upper) {
			continue
		}
		// A lone one-syllable Chinese name ("Jun", "Yong") is also a Korean syllable: it needs
		// a surname or a cue, which the other rules handle.
		if to == i+1 && s.ix.givenSyl[first] {
			continue
		}
		// The official Russian and Ukrainian order puts the surname first: "Volkov Aleksandr
		// Petrovich", "Prokhorenko, Aleksandr Nikolayevich". A word with a Slavic surname ending
		// right before the given name, or before a comma when a patronymic follows, is the same
		// person's surname, not a second person.
		from := i
		if i > 0 && s.surnameBefore(i-1) && (isSpaceGap(s.gap(i)) || to > i+1 && isPatronymic(s.toks[to-1].low) && s.gap(i) == ", ") {
			from = i - 1
		}
		last := ""
		if from < i {
			last = s.toks[from].low
		} else if to > i+1 {
			last = s.toks[to-1].low
		}
		// With a surname, a diminutive keys as its full name: "Sasha Volkov" is the
		// "Aleksandr Volkov" of another page (firstNameKey).
		entity := s.texts.join(first, "|", last)
		if last != "" {
			entity = s.texts.join(firstNameKey(first), "|", last)
		}
		p := person{entity: entity, given: s.strs(first, ""), last: last, givenKey: first}
		s.persons = append(s.persons, p)
		why := s.why.start("first name ").quoted(s.toks[i].text(s.t.Norm))
		if to > i+1 {
			why.then(" + capitalised surname ").quoted(s.toks[to-1].text(s.t.Norm))
		}
		if from < i {
			why.then(" after surname ").quoted(s.toks[from].text(s.t.Norm))
		}
		s.add(from, to, "first-name", why.String(), 0.8, entity, "")
	}
	// Russian surnames by their endings ("Petrov", "Ivanova", "Shevchenko") stand alone.
	for _, i := range s.capsBy.slavic {
		if !s.free(i, i+1) || !s.toks[i].upper || s.place[i] || !isRussianSurname(s.toks[i].low) || s.toks[i].nonName() {
			continue
		}
		if s.thingNamedLikePerson(i) {
			continue
		}
		// "near Cherkasskaya Konopelka", "in Geneva": places share these endings.
		afterPreposition := i > 0 && placePrepositions[s.toks[i-1].low]
		beforeCapital := i+1 < len(s.toks) && s.toks[i+1].upper && isSpaceGap(s.gap(i+1)) && s.free(i+1, i+2) && !s.firstNameTok(i+1)
		if afterPreposition || beforeCapital {
			continue
		}
		s.add(i, i+1, "surname-suffix", s.why.start("capitalised word with a Slavic surname ending ").quoted(s.toks[i].text(s.t.Norm)).String(), 0.6, s.lastEntity(s.toks[i].low), "")
	}
}

// wordSurnameAfterFirst reports token k, right after the first name at token i, as a
// surname that is also an English word or interjection ("Daniel Oh", "Grace Son", "Peter
// No"): the name loops stop at such words, which are nonNames, but after a first name a
// capitalised listed surname is the rest of the name. "Oh, Daniel" and "Daniel, oh no" have
// a comma between or no capital; a capital after it is a title-cased line ("Daniel In
// Beijing"), and one letter is a pronoun ("Daniel I met").
func (s *nameScan) wordSurnameAfterFirst(i, k int) bool {
	if k != i+1 || len(s.toks[k].low) < 2 || !s.toks[k].upper || s.toks[k].sentStart || !isSpaceGap(s.gap(k)) || !s.free(k, k+1) {
		return false
	}
	if !s.firstNameTok(i) && !s.toks[i].has(clsAmbName, s.g.AmbiguousNames) || s.surnameCanon(k) == "" {
		return false
	}
	return !(k+1 < len(s.toks) && s.toks[k+1].upper && isSpaceGap(s.gap(k+1)))
}

func (s *nameScan) lastEntity(last string) string {
	if last != "" && s.indexedPersons() { // the index holds no empty key
		if e, ok := s.personIx.byLast[last]; ok && e != "" {
			return e
		}
		return s.texts.join("|", last, "")
	}
	// A last name two people share ("Olena Petrenko", "Ivan Petrenko") names neither.
	match := ""
	for _, p := range s.persons {
		if p.last == last {
			if match != "" && match != p.entity {
				return s.texts.join("|", last, "")
			}
			match = p.entity
		}
	}
	if match == "" {
		return s.texts.join("|", last, "")
	}
	return match
}

// nicknameGaps says whether the gaps a, b around a word quote it as a nickname: ` "` and `" `.
func nicknameGaps(a, b string) bool {
	for _, q := range [][2]string{{` "`, `" `}, {" “", "” "}, {" '", "' "}, {" ‘", "’ "}} {
		if a == q[0] && b == q[1] {
			return true
		}
	}
	return false
}

// weaponNouns follow a maker's or designer's name that names a weapon or a vehicle ("a
// Makarov pistol", "the Dragunov rifle").
var weaponNouns = set("pistol", "pistols", "rifle", "rifles", "gun", "guns", "carbine", "tank", "tanks",
	"launcher", "launchers", "vehicle", "vehicles", "grenade", "grenades", "machine", "sniper", "submachine")

// productNouns follow a maker's name that is also a surname ("a Suzuki motorcycle", "the
// Honda factory"): ambiguousMidSentence leaves the maker.
var productNouns = set("motorcycle", "motorcycles", "motorbike", "motorbikes", "car", "cars", "truck", "trucks",
	"van", "vans", "scooter", "scooters", "engine", "engines", "factory", "plant", "dealer", "dealership")

// thingNamedLikePerson says whether the capitalised word at token i, a first name or a Slavic
// surname by its form, names a thing: after the indefinite article ("a Kalashnikov", "A
// Bradley came up the road": a person is not "a Petrov") or before a weapon noun ("a Makarov
// pistol").
func (s *nameScan) thingNamedLikePerson(i int) bool {
	if i+1 < len(s.toks) && isSpaceGap(s.gap(i+1)) && weaponNouns[s.toks[i+1].low] {
		return true
	}
	return i > 0 && (s.toks[i-1].low == "a" || s.toks[i-1].low == "an") && isSpaceGap(s.gap(i)) && !(i+1 < len(s.toks) && isSpaceGap(s.gap(i+1)) && s.toks[i+1].upper)
}

// surnameBefore says whether token j is a capitalised word with a Slavic surname ending, free,
// and neither a place nor a common word: the surname of a name written surname first.
//
// A listed Japanese surname is one too: Japanese names are written surname first ("Tanaka
// Yoshiko", "Suzuki Ichiro"), and a surname that is also a word or a brand ("Suzuki",
// "Mori") is the surname when a given name follows.
func (s *nameScan) surnameBefore(j int) bool {
	return s.word(j) && s.toks[j].upper && s.free(j, j+1) && !s.place[j] && !s.toks[j].nonName() &&
		(isRussianSurname(s.toks[j].low) && !isPatronymic(s.toks[j].low) || s.toks[j].has(clsJpSurname, s.g.JapaneseSurnames))
}

// isPatronymic says whether w ends as a Russian or Ukrainian patronymic does ("Petrovich",
// "Nikolayevich", "Petrovych", "Ivanovna", "Ivanivna", "Ilyinichna").
func isPatronymic(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, e := range []string{"ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna", "ichna", "ychna"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

func isRussianSurname(w string) bool {
	if len(w) < 5 {
		return false
	}
	// The endings "ov", "ova", "ev", "eva", "yov", "sky", "skiy", "skii", "skaya", "enko",
	// "chuk", "shvili", "ovich", "evich", "ovna", "evna", "yan", "ykh", "ikh", by their last
	// letter: a capitalised word is tested against the few that can match, not all of them.
	has := strings.HasSuffix
	switch w[len(w)-1] {
	case 'v': // "yov" ends in "ov"
		return has(w, "ov") || has(w, "ev")
	case 'a':
		return has(w, "ova") || has(w, "eva") || has(w, "skaya") || has(w, "ovna") || has(w, "evna") || has(w, "ivna") || has(w, "ichna")
	case 'y':
		return has(w, "sky") || has(w, "skiy")
	case 'i':
		return has(w, "skii") || has(w, "shvili")
	case 'o':
		return has(w, "enko")
	case 'k':
		return has(w, "chuk")
	case 'h':
		return has(w, "ovich") || has(w, "evich") || has(w, "ovych") || has(w, "evych") || has(w, "ykh") || has(w, "ikh")
	case 'n':
		return has(w, "yan")
	}
	return false
}

// standaloneGiven finds Korean given names without a surname when their form is distinctive:
// hyphenated syllables ("Ji-min", "Young-mi") or two capitalised spaced syllables ("Young Mi")
// that are not English words.
func (s *nameScan) standaloneGiven() {
	var buf [8]int
	villageLike := buf[:0] // blocked as villages, not found as anyone yet
	for _, i := range s.capsBy.given {
		if s.diminutiveAt(i) {
			syls := s.strs(s.toks[i].low, "i")
			// The person is the one the syllable names ("We called Hyok "Hyok-i"").
			s.add(i, i+2, "given-diminutive", s.why.start("given syllable ").quotedSyllables(syls[:1]).then(" with the -i of familiar address").String(), 0.75, s.givenEntity(syls[:1]), "")
			continue
		}
		// Only the hyphenated and spaced forms are wanted: two words that are both given
		// syllables (givenAt).
		if s.prefilter && (i+1 >= len(s.toks) || !s.hyphenGivenFirst(i) || !s.givenSylTok(i+1)) && !s.gluedParticle(i+1) {
			continue
		}
		gv, ok := s.givenAt(i, false)
		if !ok || len(gv.syls) != 2 || s.place[i] {
			continue
		}
		score := 0.75
		if s.blocked(gv) {
			if !s.speakingGiven(gv) {
				villageLike = append(villageLike, i)
				continue
			}
			score = 0.85 // over the village in -ri that the place detector reads there
		}
		// A joined given name ("Hyejin") is a word too often to stand alone, unless a Korean
		// particle is glued to it: then it is a Korean noun, a name, not an English word.
		// (joinedGiven takes those that spell a listed Hangul given name.)
		if gv.form == "joined" && (!s.gluedParticle(gv.to) || s.ambiguousTok(i)) {
			continue
		}
		a, b := gv.syls[0], gv.syls[1]
		if gv.form == "hyphenated" && a == b && s.ambiguous(a) { // "Ha-ha"
			continue
		}
		if gv.form == "spaced" && (englishWords[a] || englishWords[b] || s.ambiguous(a) && s.ambiguous(b)) {
			continue
		}
		s.add(gv.from, gv.to, givenRule(gv.form), s.why.start("given syllables ").quotedSyllables(gv.syls).then(" written as a Korean given name").String(), score, s.givenEntity(gv.syls), "")
	}
	s.villageNamedPersons(villageLike)
}

// villageNamedPersons takes the mentions at token indexes idx of a given name that ends like
// a village ("Hye-ri", "Sang-dong") once the same name was found as a person elsewhere
// ("Hye-ri told me. Hye-ri left."): one person, one label for every mention. After "in" or
// "near" it stays the place ("I lived in Ma-ri").
func (s *nameScan) villageNamedPersons(idx []int) {
	for _, i := range idx {
		gv, ok := s.givenAt(i, false)
		if !ok || !s.free(gv.from, gv.to) || i > 0 && (s.toks[i-1].low == "in" || s.toks[i-1].low == "near") {
			continue
		}
		e := s.givenEntity(gv.syls)
		for k := range s.out {
			if c := &s.out[k]; c.Category == Person && c.Entity == e {
				s.add(gv.from, gv.to, "known-given", s.why.start("given name ").quotedSyllables(gv.syls).then(" of a person found elsewhere in the document").String(), 0.85, e, "")
				break
			}
		}
	}
}

// diminutiveAt says whether token i, a capitalised given syllable, takes the -i of
// familiar address (이: "Song-i", "Chol-i", "Ok-i"): a name wherever it stands, a sentence's
// start too, for no English word is written so. A third part ("Song-i-ya") makes it
// something else.
func (s *nameScan) diminutiveAt(i int) bool {
	j := i + 1
	if j >= len(s.toks) || s.toks[j].low != "i" || s.gap(j) != "-" || !s.free(i, j+1) || !s.givenSylTok(i) || s.place[i] {
		return false
	}
	return !(j+1 < len(s.toks) && s.gap(j+1) == "-" && s.word(j+1))
}

// joinedGiven finds joined Korean given names that stand alone ("Then Jeonghyuk came"):
// a capitalised word made of two given syllables, that folds to a listed
// Hangul given name (정혁) and is no English word, no romanized Korean common word ("Juche",
// "Hanbok") and no place.
func (s *nameScan) joinedGiven() {
	maxLen := 2 * s.ix.maxSyl
	for _, i := range s.caps {
		t := &s.toks[i]
		// The tests of the word alone first, in one without a branch for each (boolInt):
		// its length, and the classes that turn it away when it has them.
		if c, n := t.cls, len(t.low); boolInt(n < 4)|boolInt(n > maxLen)|boolInt(c&clsKnown != 0)&boolInt(c&(clsNonName|clsEnglish|clsAmbiguous) != 0) != 0 {
			continue
		}
		if t.kind != tokWord || t.nonName() || s.englishTok(i) || !s.free(i, i+1) || s.place[i] || s.ambiguousTok(i) {
			continue
		}
		// A joined given name is the word's own two syllables (givenAt's last form): a word
		// that does not split so is no such name, without asking givenAt's other forms.
		if len(s.segmentTok(i)) != 2 {
			continue
		}
		gv, ok := s.givenAt(i, false)
		if !ok || gv.form != "joined" || gv.to != i+1 || s.blocked(gv) || !s.spellsHangulGiven(i, gv.syls) {
			continue
		}
		s.add(gv.from, gv.to, givenRule(gv.form), s.why.start("given syllables ").quotedSyllables(gv.syls).then(" spell a Korean given name").String(), 0.75, s.givenEntity(gv.syls), "")
	}
}

// lowerHyphenatedGiven finds a given name written in lower case with its hyphen ("i texted
// min-ji", "tell jun-ho"), as chat messages write names: two different Korean given
// syllables that fold to a listed Hangul given name. English hyphenated words are neither
// ("so-so", "in-law", "yo-yo").
func (s *nameScan) lowerHyphenatedGiven() {
	next := 0 // the first token not yet part of a name found
	for _, h := range s.hyphens {
		i := int(h) // followed by "-" and token i+1
		t := &s.toks[i]
		if i < next || t.kind != tokWord || t.upper || s.toks[i+1].upper {
			continue
		}
		gv, ok := s.givenAt(i, true)
		if !ok || gv.form != "hyphenated" || gv.syls[0] == gv.syls[1] || s.place[i] || s.blocked(gv) {
			continue
		}
		a, b := gv.syls[0], gv.syls[1]
		if !s.g.KoreanGivenSyllables[a] || !s.g.KoreanGivenSyllables[b] || englishWords[a] && englishWords[b] || !s.ix.givenFolds[foldSyllable(a)+foldSyllable(b)] {
			continue
		}
		// A surname in lower case beside it is the same name's ("kim min-ji", "sun-ok
		// hwang"): left out, it stayed readable beside the label.
		from, to, entity, sur := gv.from, gv.to, s.givenEntity(gv.syls), -1
		lowerSurname := func(k int) bool { // "kim", "hwang"; not "to", "so", "an"
			return s.word(k) && !s.toks[k].upper && s.surnameTok(k) && !s.englishTok(k) && !s.ambiguousTok(k)
		}
		if k := gv.from - 1; k >= 0 && s.gap(gv.from) == " " && lowerSurname(k) {
			from, sur = k, k
		} else if gv.to < len(s.toks) && s.gap(gv.to) == " " && lowerSurname(gv.to) {
			to, sur = gv.to+1, gv.to
		}
		if sur >= 0 {
			if canon, ok := s.surnameOf(sur); ok {
				entity = s.remember(canon, gv.syls).entity
			}
		}
		s.add(from, to, "given-hyphenated (lower case)", s.why.start("given syllables ").quotedSyllables(gv.syls).then(" spell a Korean given name").String(), 0.7, entity, "")
		next = to
	}
}

// transferFields are the field words of a transfer or an account after which the name of
// its holder follows a colon ("account holder: kim chol").
var transferFields = set("name", "holder", "recipient", "beneficiary", "sender", "payee", "payer", "remitter", "depositor")

// lowerNameAfterField finds a Korean name in lower case, surname and given name, after the
// colon of a transfer's field ("account holder: kim chol", "recipient: pak yong-ho"): a
// form or a chat message writes it so, and a lower-case name elsewhere counts only with a
// hyphen (lowerHyphenatedGiven).
func (s *nameScan) lowerNameAfterField() {
	// The colons first: a byte search in the text finds them, and the token after each is
	// found by a walk that only compares offsets, where a test of every token's gap
	// mispredicted.
	norm, toks := s.t.Norm, s.toks
	i, next := 1, 1 // the token after the colon, and the first not yet looked at
	for p := 0; ; {
		c := strings.IndexByte(norm[p:], ':')
		if c < 0 {
			return
		}
		colon := p + c
		p = colon + 1
		for i < len(toks) && toks[i].s <= colon {
			i++
		}
		if i+1 >= len(toks) {
			return
		}
		t := &toks[i]
		if i < next || toks[i-1].e > colon { // a token looked at, or the colon is not in the gap before it
			continue
		}
		next = i + 1
		if t.kind != tokWord || t.upper || strings.IndexByte(s.gap(i), ':') < 0 || !transferFields[s.toks[i-1].low] || !s.surnameTok(i) || !s.free(i, i+1) {
			continue
		}
		if s.gap(i+1) != " " || s.toks[i+1].upper {
			continue
		}
		gv, ok := s.givenAt(i+1, true)
		if !ok || s.place[i+1] {
			continue
		}
		canon, ok := s.surnameOf(i)
		if !ok {
			continue
		}
		if gv.form == "single" && gv.to < len(s.toks) && s.gap(gv.to) == " " && !s.toks[gv.to].upper && s.givenSylTok(gv.to) {
			// "ri chol jin": the given name's syllables spaced, in lower case
			gv.syls, gv.to = s.strs(gv.syls[0], s.toks[gv.to].low), gv.to+1
		}
		s.add(i, gv.to, "lower-case name after a field", s.why.start("surname and given syllables ").quotedSyllables(gv.syls).then(" after a transfer's field").String(), 0.75, s.remember(canon, gv.syls).entity, "")
		next = gv.to
	}
}

// spellsHangulGiven says whether joined word i, split into the two Korean given syllables
// syls, folds to a listed Hangul given name and does not read as English: its second
// syllable starts with a consonant (or a Korean vowel, "Gaeun"; "Book" is bo + ok), is no
// consonant and a silent e ("Rare", "Rinse"), and the word is no English word or romanized
// Korean common word (joinedNotNames).
func (s *nameScan) spellsHangulGiven(i int, syls []string) bool {
	if len(syls) != 2 || !s.g.KoreanGivenSyllables[syls[0]] || !s.g.KoreanGivenSyllables[syls[1]] || s.englishTok(i) || joinedNotNames[s.toks[i].low] {
		return false
	}
	second := syls[1]
	if strings.IndexByte("aeiou", second[0]) >= 0 && !strings.HasPrefix(second, "eu") && !strings.HasPrefix(second, "eo") {
		return false
	}
	if len(second) == 2 && second[1] == 'e' && strings.IndexByte("jhy", second[0]) < 0 {
		return false
	}
	return s.ix.givenFolds[foldSyllable(syls[0])+foldSyllable(syls[1])]
}

// joinedNotNames are words that split into two Korean given syllables spelling a listed
// Hangul given name but are no one's name in a testimony: Korean common words and brands
// that English text writes romanized, and English words (those found by running the 45,000
// words of an English dictionary through strict at a sentence's start).
var joinedNotNames = set("juche", "soju", "hanbok", "chosun", "joseon", "chuseok", "songbun",
	"hanguk", "tongil", "sunbae", "hoobae", "dongmu", "samsung", "daewoo", "gangnam", "hongdae",
	"unni", "minjung", "hangul", "hangeul", "oppa", "noona", "hyung", "chingu",
	"gunman", "hyena", "hyaena", "mini", "raga", "rayon", "saga", "semi", "situ", "sundae",
	"taro", "unpin", "unsung")

// speakingGiven says whether gv, a hyphenated given name that ends in a place suffix
// ("Ma-ri", "Sang-dong") and so was blocked as a village, is followed by a verb that only a
// person is the subject of: "Ma-ri said no", "Yu-ri laughed". A village is not.
func (s *nameScan) speakingGiven(gv given) bool {
	if gv.form != "hyphenated" || !placeSuffix[gv.syls[1]] || s.toks[gv.from].nonName() || gv.to >= len(s.toks) || !isSpaceGap(s.gap(gv.to)) {
		return false
	}
	return speechVerbs[s.toks[gv.to].low]
}

// speechVerbs are verbs whose subject is a person.
var speechVerbs = set("said", "says", "told", "tells", "asked", "asks", "replied", "answered",
	"whispered", "shouted", "laughed", "smiled", "cried", "wept", "screamed", "sighed")

// partialMentions is the second pass: given names and surnames of people found in the first
// pass, in any spelling and form ("Jimin", "Ji Min", "Ji-min's", "Min", "Park").
func (s *nameScan) partialMentions(korean bool) {
	if len(s.persons) == 0 {
		return
	}
	if korean {
		s.koreanPartials()
	}
	s.westernPartials()
}

// koreanPartials finds the given names and their syllables of Korean and Chinese names.
func (s *nameScan) koreanPartials() {
	// A given name (or syllable) two people share stands for neither: "|" + key. The joined
	// given name is written into a stack buffer, so only a new conflict allocates.
	byGiven, bySyl := &s.byGiven, &s.bySyl
	byGiven.reset()
	bySyl.reset()
	for _, p := range s.persons {
		if p.surname == "" {
			continue
		}
		var buf [32]byte
		k := buf[:0]
		for _, y := range p.given {
			k = append(k, y...)
		}
		switch e, ok := byGiven.get(k); {
		case !ok:
			byGiven.add(k, p.entity)
		case e != p.entity && !sharedKey(e, string(k)):
			byGiven.set(k, s.sharedEntity(k))
		}
		for _, y := range p.given {
			ky := append(buf[:0], y...)
			switch e, ok := bySyl.get(ky); {
			case !ok:
				bySyl.add(ky, p.entity)
			case e != p.entity && !sharedKey(e, y):
				bySyl.set(ky, s.texts.join("|", y, ""))
			}
		}
	}
	if len(byGiven.ents) == 0 {
		return
	}
	// A given name matches only if its folded key begins as a key does. The first
	// syllable's fold begins with one of a few letters for each first letter of the word,
	// and with one of a few pairs for each first two (romanIndex), so most words need no
	// splitting into syllables at all.
	keyFirsts := uint32(0)
	var keyPairs [27]uint32 // by a key's first letter, its second (or foldEnd)
	// mayBegin is that test's answer for a word beginning with two letters a-z, which
	// decide it: by the first, the seconds that may fold to a key's first two letters.
	var mayBegin [26]uint32
	rx := romanIndexFor(s.ix)
	for _, m := range [2]*partialKeys{byGiven, bySyl} {
		for _, ent := range m.ents {
			k := m.key(ent)
			keyFirsts |= foldFirstBit(k)
			switch {
			case k == "":
				for f := range keyPairs { // any beginning may match
					keyPairs[f] = ^uint32(0)
				}
				orRows(&mayBegin, &rx.anyRows)
			case len(k) == 1:
				keyPairs[foldLetter(k[0])] |= foldEnd
				orRows(&mayBegin, rx.pairRows[28*foldLetter(k[0])+27])
			default:
				keyPairs[foldLetter(k[0])] |= 1 << foldLetter(k[1])
				orRows(&mayBegin, rx.pairRows[28*foldLetter(k[0])+foldLetter(k[1])])
			}
		}
	}
	toks, prefilter := s.toks, s.prefilter
	for i := range toks {
		t := &toks[i]
		if t.kind != tokWord { // Hangul and numbers: free says no
			continue
		}
		if low := t.low; prefilter && low != "" && low[0] < utf8.RuneSelf {
			// The word cannot begin a given name with a key's first letter, or first two.
			if len(low) >= 2 && low[0]-'a' < 26 && low[1]-'a' < 26 {
				if mayBegin[low[0]-'a']&(1<<(low[1]-'a')) == 0 {
					continue
				}
			} else if rx.foldFirsts[low[0]]&keyFirsts == 0 || len(low) >= 2 && !rx.mayMatchPair(low, &keyPairs) {
				continue
			}
		}
		if !s.free(i, i+1) {
			continue
		}
		upper := t.upper
		// Lower-case forms count only when they cannot be English ("jimin" yes, "young" no),
		// so an ambiguous lower-case word needs no parsing at all.
		if !upper && s.ambiguousTok(i) {
			continue
		}
		if s.segmentTok(i) == nil {
			continue // most words: givenAt would say no for the same reason
		}
		gv, ok := s.givenAt(i, true)
		if !ok {
			continue
		}
		var buf [32]byte
		key := s.appendKey(buf[:0], gv.syls) // the given name's folded key, without allocating
		if e, ok := byGiven.get(key); ok && (upper || !s.ambiguousTok(i) && gv.form != "single") && !s.place[i] {
			s.add(gv.from, gv.to, "known-given", s.why.start("given name ").quotedSyllables(gv.syls).then(" of a person named in full elsewhere in the document").String(), 0.8, e, "")
			continue
		}
		// One syllable of a known two-syllable given name ("Min" for Ji-min): capitalised,
		// and not a sentence-initial English word.
		if len(gv.syls) == 1 && upper && !s.place[i] {
			if e, ok := bySyl.get(key); ok && !s.englishTok(i) && !(s.toks[i].sentStart && s.ambiguousTok(i)) {
				s.add(i, i+1, "known-syllable", s.why.start("syllable ").quoted(s.toks[i].text(s.t.Norm)).then(" of the given name of a person named in full elsewhere").String(), 0.6, e, "")
			}
		}
	}
}

// partialKeys maps keys to entities for koreanPartials, in the order they were added. A
// document names a few people, so a search in order beats hashing, and the keys' bytes
// are copied into one buffer the pooled scan keeps. A long testimony names hundreds,
// and searching them in order for every person and word was quadratic: from
// partialKeysHashMin keys on, they are found through a hash table of their indexes.
type partialKeys struct {
	buf  []byte
	ents []partialKey
	// slots holds index+1 of ents by the hash of their keys (open addressing, at most
	// half full); it is empty while the keys are few.
	slots []int32
}

// partialKeysHashMin is the number of keys from which partialKeys hashes them.
const partialKeysHashMin = 16

type partialKey struct {
	from, to int // the key is buf[from:to]
	entity   string
}

func (m *partialKeys) reset() {
	m.buf = m.buf[:0]
	clear(m.ents) // the entities are the testimony's
	m.ents = m.ents[:0]
	m.slots = m.slots[:0]
}

func (m *partialKeys) key(e partialKey) string { return string(m.buf[e.from:e.to]) }

func (m *partialKeys) find(k []byte) int {
	if len(m.slots) == 0 {
		for i, e := range m.ents {
			if string(m.buf[e.from:e.to]) == string(k) {
				return i
			}
		}
		return -1
	}
	mask := len(m.slots) - 1
	for h := int(hashPartialKey(k)) & mask; ; h = (h + 1) & mask {
		n := m.slots[h]
		if n == 0 {
			return -1
		}
		if e := m.ents[n-1]; string(m.buf[e.from:e.to]) == string(k) {
			return int(n - 1)
		}
	}
}

// hashPartialKey is FNV-1a.
func hashPartialKey(k []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range k {
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

// insert puts ents[i] in the hash table, which has room.
func (m *partialKeys) insert(i int) {
	e := m.ents[i]
	mask := len(m.slots) - 1
	h := int(hashPartialKey(m.buf[e.from:e.to])) & mask
	for m.slots[h] != 0 {
		h = (h + 1) & mask
	}
	m.slots[h] = int32(i + 1)
}

func (m *partialKeys) get(k []byte) (string, bool) {
	if i := m.find(k); i >= 0 {
		return m.ents[i].entity, true
	}
	return "", false
}

// add records a key the map does not hold.
func (m *partialKeys) add(k []byte, entity string) {
	from := len(m.buf)
	m.buf = append(m.buf, k...)
	m.ents = append(m.ents, partialKey{from, len(m.buf), entity})
	switch n := len(m.ents); {
	case n < partialKeysHashMin:
	case 2*n > len(m.slots): // no table yet, or more than half full: twice as large
		size := 64 // a power of two, for the mask
		for size < 4*n {
			size *= 2
		}
		m.slots = resized(m.slots, size)
		for i := range m.ents {
			m.insert(i)
		}
	default:
		m.insert(n - 1)
	}
}

// set changes the entity of a key the map holds.
func (m *partialKeys) set(k []byte, entity string) { m.ents[m.find(k)].entity = entity }

// foldFirstBit is the bit of a folded key's first byte in romanIndex.foldFirsts: one per
// letter a-z, one for any other byte, and all of them for the empty key.
func foldFirstBit(key string) uint32 {
	if key == "" {
		return ^uint32(0)
	}
	return 1 << foldLetter(key[0])
}

// foldLetter numbers the bytes of folded keys for the prefilter masks: a-z are 0-25, any
// other byte 26.
func foldLetter(c byte) uint {
	if 'a' <= c && c <= 'z' {
		return uint(c - 'a')
	}
	return 26
}

// foldEnd is the bit of a key's end in the masks of second letters: a one-letter key.
const foldEnd = 1 << 27

// romanIndex is what the romanized-name passes derive from a nameIndex once.
type romanIndex struct {
	// foldFirsts holds, for each ASCII byte b, the foldFirstBit of every given syllable
	// beginning with b: the first letters a given name written with b may fold to.
	foldFirsts [utf8.RuneSelf]uint32
	// foldPairs holds, for a word beginning with the letters a-z b0 b1, the first two
	// letters its given name may fold to: each first letter with a mask of second letters
	// (all of them, foldEnd included, when the first syllable folds to one letter).
	foldPairs [26][26][]foldPair
	// pairRows is foldPairs turned around: at 28*f + s, by the first letter a-z of a word,
	// the second letters with which its given name may fold to a key beginning with f and
	// then s (foldLetter of each, s 27 for a key of one letter), nil for none; anyRows
	// holds every pair foldPairs lists. A scan ORs the rows of its keys' beginnings, a
	// few, where asking foldPairs was a call per pair of a word's first letters.
	pairRows [27 * 28]*[26]uint32
	anyRows  [26]uint32
}

// orRows ORs the rows q (nil for none) into p.
func orRows(p, q *[26]uint32) {
	if q != nil {
		for a := range p {
			p[a] |= q[a]
		}
	}
}

type foldPair struct {
	first   uint
	seconds uint32
}

// mayMatchPair reports whether word low, of two bytes or more, may begin a given name
// whose folded key begins as one of a scan's keys does: keyPairs holds their second
// letters (or foldEnd) by first letter. It is false only when no split of low can match.
func (r *romanIndex) mayMatchPair(low string, keyPairs *[27]uint32) bool {
	if low[0] < 'a' || low[0] > 'z' || low[1] < 'a' || low[1] > 'z' {
		return true
	}
	for _, p := range r.foldPairs[low[0]-'a'][low[1]-'a'] {
		if keyPairs[p.first]&p.seconds != 0 {
			return true
		}
	}
	return false
}

// addPair records that a word beginning with b0 b1 may fold to a key beginning as f does.
func (r *romanIndex) addPair(b0, b1 byte, f string) {
	l := &r.foldPairs[b0-'a'][b1-'a']
	add := func(first uint, seconds uint32) {
		for k := range *l {
			if (*l)[k].first == first {
				(*l)[k].seconds |= seconds
				return
			}
		}
		*l = append(*l, foldPair{first, seconds})
	}
	switch {
	case f == "":
		for first := range uint(27) {
			add(first, ^uint32(0))
		}
	case len(f) == 1:
		add(foldLetter(f[0]), ^uint32(0)) // the second letter is the next syllable's
	default:
		add(foldLetter(f[0]), 1<<foldLetter(f[1]))
	}
}

// romanIndexFor gives ix's romanIndex, kept in the index itself: a pointer load per scan,
// where a sync.Map keyed by the index hashed it.
func romanIndexFor(ix *nameIndex) *romanIndex {
	if r := ix.roman.Load(); r != nil {
		return r
	}
	r := new(romanIndex)
	isLetter := func(c byte) bool { return 'a' <= c && c <= 'z' }
	for y := range ix.givenSyl {
		if y == "" || y[0] >= utf8.RuneSelf {
			continue
		}
		f, ok := ix.fold[y]
		if !ok {
			f = foldSyllable(y)
		}
		r.foldFirsts[y[0]] |= foldFirstBit(f)
		switch {
		case !isLetter(y[0]):
		case len(y) == 1:
			// A one-letter first syllable: the word's second letter begins the next one.
			for b1 := byte('a'); b1 <= 'z'; b1++ {
				r.addPair(y[0], b1, f)
			}
		case isLetter(y[1]):
			r.addPair(y[0], y[1], f)
		}
	}
	for a := range r.foldPairs {
		for b, l := range r.foldPairs[a] {
			for _, p := range l {
				r.anyRows[a] |= 1 << b
				for sec := range uint(28) {
					if p.seconds&(1<<sec) == 0 {
						continue
					}
					q := &r.pairRows[28*p.first+sec]
					if *q == nil {
						*q = new([26]uint32)
					}
					(*q)[a] |= 1 << b
				}
			}
		}
	}
	if !ix.roman.CompareAndSwap(nil, r) {
		return ix.roman.Load() // another scan made it first
	}
	return r
}

// sharedKey reports whether e is "|" + key, the entity of a key two people share.
func sharedKey(e, key string) bool { return len(e) == len(key)+1 && e[0] == '|' && e[1:] == key }

// westernPartials finds the surnames of English and Russian names found in full.
func (s *nameScan) westernPartials() {
	// The first person with each Western surname, looked up per token (a long testimony
	// names many people: a walk over all of them per capitalised word was quadratic).
	// The map is the pooled scan's; a word whose length no surname has is not looked up.
	if s.bySurname == nil {
		s.bySurname = make(map[string]int)
	}
	bySurname := s.bySurname
	clear(bySurname)
	minLen, maxLen := 0, 0
	firsts := uint32(0) // foldFirstBit of the surnames' first bytes: other words need no lookup
	for k, p := range s.persons {
		if _, ok := bySurname[p.last]; !ok && p.surname == "" && p.last != "" {
			bySurname[p.last] = k
			if len(bySurname) == 1 || len(p.last) < minLen {
				minLen = len(p.last)
			}
			maxLen = max(maxLen, len(p.last))
			firsts |= foldFirstBit(p.last)
		}
	}
	if len(bySurname) == 0 {
		return
	}
	for _, i := range s.caps {
		t := &s.toks[i]
		if len(t.low) < minLen || len(t.low) > maxLen || s.prefilter && foldFirstBit(t.low)&firsts == 0 || !s.free(i, i+1) || !t.upper {
			continue
		}
		if allUpper(t.text(s.t.Norm)) && len(t.text(s.t.Norm)) > 1 || i > 0 && s.toks[i-1].low == "the" || i+1 < len(s.toks) && s.toks[i+1].upper && isSpaceGap(s.gap(i+1)) {
			continue // "CASE", "the Building", "Directorate General": not the surname of a person
		}
		if k, ok := bySurname[s.toks[i].low]; ok {
			// After the same person's first name ("Then Daniel Oh left" of "Pastor Daniel
			// Oh") the surname is firstNames' to take with it: one span, not two.
			if g := s.persons[k].given; i > 0 && len(g) > 0 && g[0] == s.toks[i-1].low && s.toks[i-1].upper && isSpaceGap(s.gap(i)) && s.free(i-1, i) {
				continue
			}
			// A surname that is also an interjection or a word of grammar ("Oh" of Daniel
			// Oh, "No") is the word where a sentence's capital says nothing and no verb of a
			// person follows: "Oh, Daniel came", "Oh no" (but "Oh said").
			if t.sentStart && (t.nonName() || discourseOpeners[t.low]) && !s.personFollows(i+1) {
				continue
			}
			// The surname alone gets an entity of its own, not the person's found here: the
			// pseudonyms join it to the one longer name it ends, among these and the people of
			// the front matter, and to none when two share it (Taras Hrytsenko and the
			// interviewee Mykola Hrytsenko): one label never stands for two people.
			s.add(i, i+1, "known-surname", s.why.start("surname ").quoted(s.toks[i].text(s.t.Norm)).then(" of a person named in full elsewhere").String(), 0.8, s.texts.join("|", s.toks[i].low, ""), "")
		}
	}
}

// bareSurnames finds Korean and Chinese surnames standing alone: "Kim was arrested",
// "Pak told me". Surnames that are English words ("Park", "Song", "Moon") need context.
func (s *nameScan) bareSurnames() {
	for _, i := range s.capsBy.sur {
		if !s.maySurnameAt(i) { // most capitalised words: no call to surnameAt for them
			continue
		}
		canon, ok := s.surnameAt(i)
		if !ok || !s.free(i, i+1) || s.place[i] || len(s.toks[i].low) < 2 {
			continue
		}
		// Part of a hyphenated capitalised word ("Niu-York", a village) is not a bare surname.
		if s.inHyphenCompound(i) {
			continue
		}
		// Part of a longer capitalised phrase ("Kim Il Sung University") is not a bare surname.
		if i+1 < len(s.toks) && isSpaceGap(s.gap(i+1)) && s.toks[i+1].upper && s.taken[i+1] && !s.persons2(i+1) {
			continue
		}
		// "the Nam River", "the Han River": the name of a river, a hill or a hotel.
		if n := i + 1; n < len(s.toks) && isSpaceGap(s.gap(n)) && s.toks[n].upper && landmarkNouns[s.toks[n].low] {
			continue
		}
		known := s.surnameKnown(canon)
		// Two capitals alone are an acronym ("NA was the code", "HA"), unless a person
		// named in full bears that surname.
		if !known && len(s.toks[i].low) == 2 && allUpper(s.toks[i].text(s.t.Norm)) {
			continue
		}
		amb := s.ambiguousTok(i) // w's
		// Surname + a capitalised word the tables do not know ("Kim Taeksu", "Ri Ponghak"):
		// a full name in an unusual spelling is likelier than a lone surname.
		if n := i + 1; !amb && n < len(s.toks) && isSpaceGap(s.gap(n)) && s.free(n, n+1) && s.toks[n].upper && len(s.toks[n].low) >= 3 &&
			!allUpper(s.toks[n].text(s.t.Norm)) && !s.toks[n].nonName() && !s.place[n] && !commonNounsAfterNames[s.toks[n].low] && !s.englishTok(n) &&
			!(n+1 < len(s.toks) && isSpaceGap(s.gap(n+1)) && s.toks[n+1].upper) {
			s.add(i, n+1, "surname+word", s.why.start("surname ").quoted(s.toks[i].text(s.t.Norm)).then(" + capitalised word ").quoted(s.toks[n].text(s.t.Norm)).String(), 0.75, s.texts.join(canon, "|", s.toks[n].low), "")
			continue
		}
		// "Xiao Dong", "Lao Ma": the prefix of familiar address stays, the surname after it
		// is the name (familiarBefore, below).
		if familiarPrefixes[s.toks[i].low] && s.maySurnameAt(i+1) && s.familiarBefore(i+1) {
			continue
		}
		surnamed := i > 0 && (s.toks[i-1].low == "surnamed" || s.toks[i-1].low == "surname")
		familiar := amb && s.familiarBefore(i)
		// "Dong, the driver, took us": a role in apposition. Not after a word that is
		// grammar ("He, the driver, said").
		var role Role
		if amb && !familiar && !s.toks[i].nonName() && !stopWords[s.toks[i].low] && !discourseOpener(s.toks[i].low) {
			role, _ = s.appositionAfter(i, true)
		}
		switch {
		case surnamed, familiar, role != "":
		case !amb && (!s.toks[i].sentStart || known || s.personFollows(i+1)):
		case !amb && s.toks[i].sentStart:
			// A listed surname alone at the start of a sentence is still most likely a name.
		case amb && !s.toks[i].sentStart && (known || s.personFollows(i+1)):
		// A pronoun stays one at the start of a sentence ("He said"), whoever the text names He.
		case amb && s.toks[i].sentStart && s.personFollows(i+1) && (!s.englishTok(i) || known && !s.toks[i].nonName()):
		// A Korean honorific or kinship title after it is a person's ("Park 씨가", "Song선생님").
		case s.koreanTitleAt(i + 1):
		default:
			continue
		}
		why := s.why.start("surname ").quoted(s.toks[i].text(s.t.Norm))
		switch {
		case surnamed, familiar:
			why.then(" after ").quoted(s.toks[i-1].text(s.t.Norm))
		case role != "":
			why.then(" with a role in apposition")
		case known:
			why.then(" alone (same surname as a person named in full)")
		case s.personFollows(i + 1):
			why.then(" alone followed by ").quoted(s.toks[i+1].text(s.t.Norm))
		default:
			why.then(" alone")
		}
		reason := why.String()
		score := 0.7
		if amb {
			score = 0.6
		}
		s.add(i, i+1, "surname-alone", reason, score, s.surnameEntity(canon), role)
	}
}

// inHyphenCompound reports surname token i joined by a hyphen to a capitalised word that
// is neither a surname nor a given syllable: one word of a place or a thing ("Niu-York"),
// where a name would go on with its given name ("Kim Ji-min") and a double surname
// with another surname.
func (s *nameScan) inHyphenCompound(i int) bool {
	other := func(k int) bool {
		return s.word(k) && s.toks[k].upper && !s.surnameTok(k) && !s.givenSylTok(k)
	}
	return i+1 < len(s.toks) && s.gap(i+1) == "-" && other(i+1) || i > 0 && s.gap(i) == "-" && other(i-1)
}

// familyNames finds a family by its surname in the plural after "the": "the Hrytsenkos",
// "the Zhangs", "at the Lius' house". The surname is listed (not one that is also a word:
// "the Parks", "the Songs"), has a Slavic surname ending, or is the last name of a person
// found in the text; the family identifies its members as their names would.
func (s *nameScan) familyNames() {
	for _, i := range s.caps {
		t := &s.toks[i]
		// The word's own bytes first, in one test without a branch for each (boolInt): a
		// plural of four letters or more. (A capitalised word has one at least.)
		if n := len(t.low); boolInt(n < 4)|boolInt(t.low[n-1] != 's') != 0 {
			continue
		}
		if i == 0 || !t.upper || !s.free(i, i+1) || s.place[i] || s.toks[i-1].low != "the" || !isSpaceGap(s.gap(i)) {
			continue
		}
		if allUpper(t.text(s.t.Norm)) || i+1 < len(s.toks) && s.toks[i+1].upper && isSpaceGap(s.gap(i+1)) {
			continue // "the USS", "the Lius Company": not a family alone
		}
		stem := t.low[:len(t.low)-1]
		_, listed := s.g.Surnames[stem]
		// A surname that is also a word makes a plural that is one too ("the Parks", "the
		// Songs"): a family where its capital is the writer's and a sentence goes on.
		listed = listed && (!s.ambiguous(stem) || s.familyOfWordSurname(i))
		found := false
		for _, p := range s.persons {
			if p.last == stem {
				found = true
				break
			}
		}
		if !listed && !found && !isRussianSurname(stem) || t.nonName() {
			continue
		}
		// The family takes the surname's label: "Ms Zhang's son" elsewhere is of the same
		// family.
		entity := s.texts.join("|", stem, "")
		if canon, ok := s.g.Surnames[stem]; ok && listed {
			entity = s.surnameEntity(canon)
		}
		for _, p := range s.persons {
			if p.last == stem {
				entity = p.entity
				break
			}
		}
		s.add(i, i+1, "family-surname", s.why.start("surname in the plural ").quoted(t.text(s.t.Norm)).then(" after \"the\": a family").String(), 0.7, entity, "")
	}
}

// familyOfWordSurname says whether the capitalised plural at token i, after "the", of a
// surname that is also a word ("Parks", "Songs", "Hans") is a family. Mid-sentence the
// capital is the writer's ("and the Parks across the road"), unless a title goes on with
// "of" ("the Songs of Arirang") or the line is title-cased ("Life In The Parks"). After
// "The" starting a sentence, where a heading or a sign also capitalises it ("The Parks were
// green"), what people do must follow: a person's verb or a possessive ("The Parks lived
// next door", "The Parks' son").
func (s *nameScan) familyOfWordSurname(i int) bool {
	the := &s.toks[i-1]
	if the.upper && !the.sentStart {
		return false // title case
	}
	if i+1 >= len(s.toks) {
		return !the.sentStart
	}
	g := s.gap(i + 1)
	if s.toks[i+1].low == "of" && isSpaceGap(g) {
		return false
	}
	if !the.sentStart {
		return true
	}
	return s.personFollows(i+1) || g == "' " || g == "’ "
}

// ambiguousMidSentence decides names that are also words by their capital: "Lily", "Young",
// "Will" capitalised in the middle of a sentence, standing alone (not part of a capitalised
// phrase such as "Rose Garden" or "Young Pioneers"), are names.
func (s *nameScan) ambiguousMidSentence() {
	for _, i := range s.capsBy.first { // a name that is also a word is in first
		t := s.toks[i]
		if !s.free(i, i+1) || !t.upper || t.sentStart || s.place[i] || len(t.low) < 2 {
			continue
		}
		if !t.has(clsAmbName, s.g.AmbiguousNames) || t.has(clsEnglish, englishWords) || t.nonName() || allUpper(t.text(s.t.Norm)) {
			continue
		}
		// After a capitalised word in mid-sentence it is part of a name or title ("Rose
		// Garden"); after the first word of a sentence ("Only Jo came") it stands alone.
		if p := i - 1; p >= 0 && s.toks[p].upper && !s.toks[p].sentStart && isSpaceGap(s.gap(i)) && !s.toks[p].nonName() {
			continue
		}
		if i+1 < len(s.toks) && s.toks[i+1].upper && isSpaceGap(s.gap(i+1)) {
			continue
		}
		if s.inProperPhrase(i) {
			continue
		}
		// "the Suzuki motorcycle", "a Honda car": a maker whose name is also a surname.
		if i+1 < len(s.toks) && isSpaceGap(s.gap(i+1)) && productNouns[s.toks[i+1].low] {
			continue
		}
		if modelDesignation(s.t.Norm, t.e) {
			continue
		}
		entity := s.texts.join("|", t.low, "")
		if c, ok := s.surnameOf(i); ok {
			entity = s.surnameEntity(c)
		}
		s.add(i, i+1, "ambiguous-capitalised", s.why.start("").quoted(t.text(s.t.Norm)).then(" is also a word, but capitalised mid-sentence").String(), 0.55, entity, "")
	}
	s.singleWordNamesAgain()
}

// inProperPhrase says whether the word-like name at token i ends or continues the proper
// name of a day, a festival, a body or a title rather than naming a person: after a
// capitalised possessive that is no name ("New Year's Eve", "Christmas Eve"), after a
// capitalised word and a hyphen ("Mid-Autumn"), after a capitalised word and "of" ("the
// Church of Hope"), or opening a quoted title with another capital in it ("Autumn in My
// Heart").
func (s *nameScan) inProperPhrase(i int) bool {
	if i >= 2 && s.toks[i-1].low == "s" && strings.HasSuffix(s.gap(i-1), "'") && s.toks[i-2].upper && s.free(i-2, i-1) && !s.firstNameTok(i-2) {
		return true
	}
	if i >= 1 && s.gap(i) == "-" && s.toks[i-1].upper && s.free(i-1, i) {
		return true
	}
	if i >= 1 && isSpaceGap(s.gap(i)) && s.toks[i-1].upper && (s.toks[i-1].low == "christmas" || s.toks[i-1].low == "easter") {
		return true // "Christmas Eve"
	}
	if i >= 2 && s.toks[i-1].low == "of" && s.toks[i-2].upper && !s.toks[i-2].sentStart && s.free(i-2, i-1) {
		return true
	}
	if g := s.gap(i); strings.HasSuffix(g, `"`) || strings.HasSuffix(g, "“") {
		for k := i + 1; k < len(s.toks) && k <= i+3; k++ {
			if g := s.gap(k); strings.ContainsAny(g, "\"”.") {
				break
			}
			if s.toks[k].upper {
				return true
			}
		}
	}
	return false
}

// singleWordNamesAgain finds, anywhere in the text, the one-word names found once by context
// ("Lily" after a cue or in mid-sentence): "Lily said" at the start of a sentence is the same
// person, though its capital alone proves nothing there.
func (s *nameScan) singleWordNamesAgain() {
	// known maps each word to its entity in knownEnts: the last candidate's, as a map of
	// entities assigned in order would hold. Words are lowered into a stack buffer, so only
	// a new word allocates; the map and slice are the pooled scan's.
	if s.known == nil {
		s.known = make(map[string]int)
	}
	known, ents := s.known, s.knownEnts[:0]
	clear(known)
	minLen, maxLen := 0, 0 // of the words in known: others need no lookup
	firsts := uint32(0)    // foldFirstBit of their first bytes, likewise
	for k := range s.out {
		c := &s.out[k]
		if c.Category != Person || c.Rule == "speaker-label" {
			continue
		}
		// Lower-casing adds or removes none of " -_.'": test them before copying the text.
		w := s.t.Original[c.Start:c.End]
		if hasWordBreak(w) {
			continue
		}
		var buf [32]byte
		low := appendLower(buf[:0], w)
		// A word in known passed the tests below already: a repeated name needs one lookup.
		if n, ok := known[string(low)]; ok {
			ents[n] = c.Entity
			continue
		}
		if len(low) < 3 || englishWords[string(low)] || nonNames[string(low)] {
			continue
		}
		known[s.texts.of(low)] = len(ents)
		ents = append(ents, c.Entity)
		if len(ents) == 1 || len(low) < minLen {
			minLen = len(low)
		}
		maxLen = max(maxLen, len(low))
		firsts |= foldFirstBit(string(low[:1]))
	}
	s.knownEnts = ents
	if len(known) == 0 {
		return
	}
	for _, i := range s.caps {
		t := &s.toks[i]
		if !t.upper || len(t.low) < minLen || len(t.low) > maxLen || s.prefilter && foldFirstBit(t.low[:1])&firsts == 0 {
			continue
		}
		n, ok := known[t.low]
		if !ok || !s.free(i, i+1) || s.place[i] {
			continue
		}
		e := ents[n]
		// At the start of a sentence the word must still read as a name: a verb or a
		// possessive follows, or it is not an ordinary word at all.
		if t.sentStart && t.has(clsAmbName, s.g.AmbiguousNames) && !s.personFollows(i+1) {
			continue
		}
		s.add(i, i+1, "known-name", s.why.start("").quoted(t.text(s.t.Norm)).then(" was found as a name elsewhere in the document").String(), 0.6, e, "")
	}
}

// hasWordBreak is strings.ContainsAny(w, " -_.'") without building a set for every word.
func hasWordBreak(w string) bool {
	for k := 0; k < len(w); k++ {
		switch w[k] {
		case ' ', '-', '_', '.', '\'':
			return true
		}
	}
	return false
}

// appendLower appends strings.ToLower(w) to dst, without a string when w is ASCII. A caller
// that only reads the result writes string(appendLower(make([]byte, 0, 32), w)): for an ASCII
// w of up to 32 bytes the buffer and the string stay on its stack.
func appendLower(dst []byte, w string) []byte {
	if !isASCII(w) {
		return append(dst, strings.ToLower(w)...)
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// persons2 reports whether token i begins a person candidate (so "Kim" before it is not part
// of an organisation name).
func (s *nameScan) persons2(i int) bool {
	for _, c := range s.out {
		if o, _ := s.t.Orig(s.toks[i].s, s.toks[i].e); c.Start == o {
			return true
		}
	}
	return false
}

func (s *nameScan) surnameKnown(canon string) bool {
	if canon != "" && s.indexedPersons() { // the index holds no empty key
		return s.personIx.bySurname[canon].marked
	}
	for _, p := range s.persons {
		if p.surname == canon {
			return true
		}
	}
	return false
}

// speakerLabels finds "Name:" at the start of a line (transcripts), and WebVTT voice tags
// "<v Name>". Generic labels (Q, A, Interviewer) are not names.
func (s *nameScan) speakerLabels() {
	norm := s.t.Norm
	for _, i := range s.capsBy.line {
		tk := &s.toks[i]
		if !tk.lineStart || tk.kind == tokNumber {
			continue
		}
		lead := s.lineLead(i)
		voice := false // a WebVTT voice tag ("<v Kim Jimin>") ends at ">", not at a colon
		if !isLabelLead(lead) {
			if !strings.HasSuffix(strings.TrimSpace(lead), "<v") {
				continue
			}
			voice = true
		}
		stop := byte(':')
		if voice {
			stop = '>'
		}
		// The label runs to the colon (or ">" for voice tags) within four words. Most lines
		// have none there: one search says so before the walk over the words.
		limit := len(norm)
		if i+4 < len(s.toks) {
			limit = s.toks[i+4].s
		}
		if strings.IndexByte(norm[tk.e:limit], stop) < 0 {
			continue
		}
		end := -1
		for k := i; k < len(s.toks) && k < i+4; k++ {
			if k > i {
				g := s.gap(k)
				if strings.ContainsAny(g, "\n:>") {
					break
				}
				if !isSpaceGap(g) && g != "-" && g != "." && g != ". " && g != "'" {
					break
				}
			}
			next := len(norm)
			if k+1 < len(s.toks) {
				next = s.toks[k+1].s
			}
			if firstNotBlank(norm[s.toks[k].e:next]) == stop {
				end = k + 1
				break
			}
		}
		if end < 0 {
			continue
		}
		// A title before the name ("Dr. Hwang:", "Ms Pak:") is not part of it.
		for end-i > 1 && titles[s.toks[i].low] {
			i++
		}
		tk = &s.toks[i]
		// why: a transcript repeats its few speakers on every turn. Whether a label's words
		// make a speaker label, and its entity, depend on its text alone (its words, their
		// case and the gaps between them), so a label already seen is not judged again.
		span := norm[tk.s:s.toks[end-1].e]
		lab, seen := s.labelNames[span]
		if !seen {
			lab.ok = s.isSpeakerLabel(i, end)
			if !lab.ok {
				s.rememberLabel(span, lab)
				continue
			}
		}
		if !lab.ok || !s.free(i, end) {
			continue
		}
		if !lab.named {
			lab.entity, lab.named = s.labelEntity(i, end), true
			s.rememberLabel(span, lab)
		}
		n := len(s.out)
		s.add(i, end, "speaker-label", "speaker label at the start of a line", 0.85, lab.entity, RoleSpeaker)
		if len(s.out) > n {
			s.labels = append(s.labels, label{cand: n, from: i, to: end})
		}
	}
}

// speakerLabel is what speakerLabels found of a label's text: whether its words make a
// speaker label, and once one was free to take, its entity.
type speakerLabel struct {
	entity    string
	ok, named bool
}

// rememberLabel keeps what speakerLabels found of the label text span, a slice of Norm.
func (s *nameScan) rememberLabel(span string, lab speakerLabel) {
	if s.labelNames == nil {
		s.labelNames = make(map[string]speakerLabel)
	}
	s.labelNames[span] = lab
}

// isSpeakerLabel reports whether tokens [from, to) at the start of a line, before a colon,
// can be a speaker's name: no role or heading word ("Interviewer", "Note"), no number, a
// capital first, and no Hangul (Hangul speaker labels are the Hangul detector's).
func (s *nameScan) isSpeakerLabel(from, to int) bool {
	if s.toks[from].kind == tokHangul {
		return false
	}
	for k := from; k < to; k++ {
		t := &s.toks[k]
		if nonSpeakerLabels[t.low] || t.kind == tokNumber {
			return false
		}
		// Every word of a name is capitalised ("Her number:", "My plan:" are prose); a part
		// after a hyphen or an apostrophe need not be ("Ji-min", "O'ng").
		if t.kind == tokWord && !t.upper && (k == from || isSpaceGap(s.gap(k))) {
			return false
		}
	}
	return true
}

// isLabelLead reports whether what comes before a line's first word lets it be a speaker
// label: only blanks, list marks, digits and punctuation (" \t-*>[]0123456789:.,").
func isLabelLead(lead string) bool {
	for k := 0; k < len(lead); k++ {
		switch lead[k] {
		case ' ', '\t', '-', '*', '>', '[', ']', ':', '.', ',':
		default:
			if lead[k] < '0' || lead[k] > '9' {
				return false
			}
		}
	}
	return true
}

// firstNotBlank returns the first byte of text that is no space, tab or asterisk (0: none).
func firstNotBlank(text string) byte {
	for k := 0; k < len(text); k++ {
		switch c := text[k]; c {
		case ' ', '\t', '*':
		default:
			return c
		}
	}
	return 0
}

// linkSpeakerLabels gives a label that is only a given name or a surname ("Jimin:", "NAM:")
// the entity of the person named in full elsewhere, which is known only after every pass.
func (s *nameScan) linkSpeakerLabels() {
	for _, l := range s.labels {
		c := &s.out[l.cand]
		if strings.Contains(c.Entity, "|") {
			continue // already a full name
		}
		if l.to == l.from+1 {
			w := s.toks[l.from].low // the token's text lower-cased, as ToLower makes it
			if canon, ok := s.surnames.get(w); ok && s.surnameKnown(canon) {
				c.Entity = s.surnameEntity(canon)
				continue
			}
		}
		var sylBuf [8]string // up to four words of two syllables: they stay on the stack
		syls := sylBuf[:0]
		for k := l.from; k < l.to; k++ {
			seg := s.segmentTok(k)
			if seg == nil {
				syls = nil
				break
			}
			syls = append(syls, seg...)
		}
		if len(syls) >= 1 && len(syls) <= 2 && s.givenKnown(syls) {
			c.Entity = s.givenEntity(syls)
		}
	}
}

// lineLead returns the text between the start of token i's line and the token.
func (s *nameScan) lineLead(i int) string {
	st := s.toks[i].s
	ls := strings.LastIndexByte(s.t.Norm[:st], '\n') + 1
	return s.t.Norm[ls:st]
}

// labelEntity groups a speaker label with the same person's full name elsewhere.
func (s *nameScan) labelEntity(from, to int) string {
	if canon, ok := s.surnameAt(from); ok && to > from+1 {
		if gv, ok := s.givenAt(from+1, false); ok && gv.to == to {
			return s.remember(canon, gv.syls).entity
		}
	}
	// The label's words, lower-cased and joined by spaces.
	b := s.labelBuf[:0]
	for k := from; k < to; k++ {
		if k > from {
			b = append(b, ' ')
		}
		b = append(b, s.toks[k].low...)
	}
	s.labelBuf = b
	return s.texts.of(b)
}

// identifiers finds names inside identifier-like tokens: user names, file names, handles
// ("Ji_Min_Working_3", "jimin.park88", "kim_chol").
func (s *nameScan) identifiers() {
	for _, r := range s.idRuns {
		s.inIdent = true
		s.namesInIdentifier(r[0], r[1])
		s.inIdent = false
	}
}

// appendIdentifierRuns appends to runs the identifier-like runs [from, to) of toks: tokens
// of norm joined without spaces by _ . - or nothing (letters glued to digits), with at least
// one gap that is not "-" (underscores, digits glued to letters, or dots between words).
func appendIdentifierRuns(runs [][2]int, norm string, toks []token) [][2]int {
	runs, _ = identifierGaps(runs, nil, norm, toks)
	return runs
}

// identifierGaps is appendIdentifierRuns that also appends to hyphens the tokens followed
// by a gap of one hyphen ("min-ji": lowerHyphenatedGiven walks them). One walk reads each
// gap once; it takes the text and tokens as values, which the compiler keeps in registers.
// why: most gaps join nothing (a space, ", "): a loop of its own passes them with one
// test without a branch for each condition, where a switch on the gap's length
// mispredicted at every comma.
func identifierGaps(runs [][2]int, hyphens []int32, norm string, toks []token) ([][2]int, []int32) {
	for j := 1; j < len(toks); j++ {
		if j = nextJoiningGap(norm, toks, j); j == len(toks) {
			break
		}
		// Token j-1 begins a run (the gap before it joined nothing): read it to its end.
		from, ident := j-1, false
	run:
		for ; j < len(toks); j++ {
			a, b := toks[j-1].e, toks[j].s
			switch b - a {
			case 0:
				// A Hangul particle glued to a Latin word ("Min-ji가", "Kim이") ends the word
				// as a space would: it is Korean grammar, not part of an identifier.
				if toks[j].kind == tokHangul && toks[j-1].kind == tokWord {
					break run
				}
				ident = true
				continue
			case 1:
				if c := norm[a]; c == '_' || c == '.' {
					ident = true
					continue
				} else if c == '-' {
					hyphens = append(hyphens, int32(j-1))
					continue
				}
			case 2:
				if norm[a] == '_' && norm[a+1] == '_' {
					ident = true
					continue
				}
			}
			break
		}
		if ident {
			runs = append(runs, [2]int{from, j})
		}
	}
	return runs, hyphens
}

// nextJoiningGap returns the first token from j on (j > 0) whose gap before it may join
// two tokens of an identifier, or len(toks). A function of its own, which the compiler
// does not inline: in identifierGaps' loop its values were kept on the stack.
//
//go:noinline
func nextJoiningGap(norm string, toks []token, j int) int {
	prev := toks[j-1].e
	for ; j < len(toks); j++ {
		t := &toks[j]
		// Nothing joins past two bytes, and a gap of one or two joins only by its first
		// byte (identGapJoins). boolInt makes no branch: one test for the two.
		if d := t.s - prev; identGapJoins[d&3][norm[prev]]&uint8(boolInt(d < 3)) != 0 {
			return j
		}
		prev = t.e
	}
	return len(toks)
}

// identGapJoins marks, by a gap's length (0, 1 or 2) and its first byte, the gaps that
// may join two tokens of an identifier: every glued pair (a gap of 0, whose "first byte"
// is the next token's), and one or two bytes beginning with '_', '.' or '-'.
var identGapJoins = func() (j [4][256]uint8) {
	for c := range j[0] {
		j[0][c] = 1
	}
	for _, c := range "_.-" {
		j[1][c], j[2][c] = 1, 1
	}
	return j
}()

// namesInIdentifier looks at the word parts of one identifier for a name: a surname next to
// given syllables, two given syllables in a row, a known given name, or a listed first name.
func (s *nameScan) namesInIdentifier(i, j int) {
	type part = identPart
	parts := s.parts[:0]
	for k := i; k < j; k++ {
		t := s.toks[k]
		if t.kind != tokWord || s.taken[k] {
			parts = append(parts, part{k: -1})
			continue
		}
		parts = append(parts, part{k: k, low: t.low, syls: s.segmentTok(k)})
	}
	s.parts = parts // the buffer, for the next identifier
	for x := 0; x < len(parts); x++ {
		p := parts[x]
		if p.k < 0 || s.taken[p.k] {
			continue
		}
		next := func(d int) (part, bool) {
			if x+d < len(parts) && parts[x+d].k >= 0 && !s.taken[parts[x+d].k] {
				return parts[x+d], true
			}
			return part{}, false
		}
		canon, isSur := s.surnames.get(p.low)
		isSur = isSur && len(p.low) >= 2 && !englishWords[p.low]
		// surname then given: kim_jimin, Park.Ji.Min; but "Ji_Min" is a known given name.
		if q, ok := next(1); ok && isSur && len(q.syls) == 1 && s.givenKnown([]string{p.low, q.low}) {
			isSur = false
		}
		if isSur {
			if q, ok := next(1); ok && q.syls != nil && !englishWords[q.low] {
				end := q.k + 1
				syls := q.syls
				if r, ok := next(2); ok && len(q.syls) == 1 && len(r.syls) == 1 {
					syls = append(append([]string(nil), q.syls...), r.syls...)
					end = r.k + 1
				}
				s.add(p.k, end, "identifier", s.why.start("surname ").quoted(p.low).then(" + given syllables ").quotedSyllables(syls).then(" inside an identifier").String(), 0.75, s.remember(canon, syls).entity, "")
				x += end - p.k - 1
				continue
			}
		}
		// given then surname: jimin.park88
		if p.syls != nil && !englishWords[p.low] {
			syls := p.syls
			end := p.k + 1
			if q, ok := next(1); ok && len(p.syls) == 1 && len(q.syls) == 1 && !englishWords[q.low] {
				syls = s.strs(p.syls[0], q.syls[0])
				end = q.k + 1
			}
			if q, ok := next(end - p.k); ok {
				if c, sur := s.surnames.get(q.low); sur && len(q.low) >= 2 && len(syls) == 2 {
					s.add(p.k, q.k+1, "identifier", s.why.start("given syllables ").quotedSyllables(syls).then(" + surname ").quoted(q.low).then(" inside an identifier").String(), 0.75, s.remember(c, syls).entity, "")
					x += q.k - p.k
					continue
				}
			}
			if len(syls) == 2 && (end-p.k == 2 || s.givenKnown(syls)) {
				s.add(p.k, end, "identifier", s.why.start("given syllables ").quotedSyllables(syls).then(" inside an identifier").String(), 0.7, s.givenEntity(syls), "")
				x += end - p.k - 1
				continue
			}
		}
		// surname and given name written as one word: "KimJimin88", "jiminpark"; but a
		// messenger's own name ("line.me/...": Li + ne) is the service, not a person.
		if canon, syls, ok := s.joinedFullName(p.low); ok && handleCueFirst[p.low] == nil {
			s.add(p.k, p.k+1, "identifier", s.why.start("surname and given syllables ").quotedSyllables(syls).then(" written as one word inside an identifier").String(), 0.7, s.remember(canon, syls).entity, "")
			continue
		}
		if s.g.FirstNames[p.low] && len(p.low) >= 4 && !s.ambiguous(p.low) {
			s.add(p.k, p.k+1, "identifier", s.why.start("first name ").quoted(p.low).then(" inside an identifier").String(), 0.7, s.firstEntity(p.low), "")
		}
	}
}

// identPart is one token of an identifier for namesInIdentifier: k is -1 for a part that is
// not a free word.
type identPart struct {
	k    int
	low  string
	syls []string
}

// joinedFullName splits a word into a surname (not an English word) and one or two given
// syllables, in either order.
func (s *nameScan) joinedFullName(w string) (string, []string, bool) {
	if englishWords[w] || len(w) < 4 {
		return "", nil, false
	}
	for k := 2; k <= 5 && k < len(w); k++ {
		if c, ok := s.surnames.get(w[:k]); ok && !englishWords[w[:k]] && !s.ambiguous(w[:k]) {
			if syls := s.segment(w[k:]); syls != nil && len(w[k:]) >= 2 {
				return c, syls, true
			}
		}
		j := len(w) - k
		if c, ok := s.surnames.get(w[j:]); ok && !englishWords[w[j:]] && !s.ambiguous(w[j:]) {
			if syls := s.segment(w[:j]); len(syls) == 2 {
				return c, syls, true
			}
		}
	}
	return "", nil, false
}

func (s *nameScan) givenKnown(syls []string) bool {
	var buf [32]byte
	key := s.appendKey(buf[:0], syls)
	if s.indexedPersons() {
		return s.personIx.byGiven[string(key)].marked
	}
	for _, p := range s.persons {
		if p.surname != "" && joinedIs(p.given, string(key)) {
			return true
		}
	}
	return false
}

func (s *nameScan) firstEntity(first string) string {
	if s.indexedPersons() {
		if e, ok := s.personIx.byFirst[first]; ok {
			return e
		}
		return s.texts.join(first, "|", "")
	}
	for _, p := range s.persons {
		if p.surname == "" && len(p.given) == 1 && p.given[0] == first {
			return p.entity
		}
	}
	return s.texts.join(first, "|", "")
}

// foldSyllable folds one romanized Korean syllable so that its spellings in Revised
// Romanization, McCune-Reischauer, North Korean usage and informal habit give one key:
// "cheol", "chol" and "chul" → "jol"; "soo" and "su" → "su"; "young", "yeong", "yong" → "yong".
// It is a phonetic fold, not a transliteration: it only has to be consistent.
func foldSyllable(y string) string {
	if v, ok := foldMemo.Load(y); ok {
		return v.(string)
	}
	f := foldSyllableUncached(y)
	if len(y) <= 12 {
		foldMemo.Store(y, f)
	}
	return f
}

func foldSyllableUncached(y string) string {
	y = strings.ToLower(y)
	y = syllableFolds.Replace(y)
	var b strings.Builder
	for i := 0; i < len(y); i++ {
		c := y[i]
		switch c {
		case 'k':
			c = 'g'
		case 'p':
			c = 'b'
		case 't':
			c = 'd'
		}
		b.WriteByte(c)
	}
	y = b.String()
	if len(y) > 1 && y[len(y)-1] == 'h' {
		y = y[:len(y)-1]
	}
	// Korean has no w before u: "woo" and "wu" are 우 ("Ji-woo", 지우), "woon" 운.
	if len(y) >= 2 && y[0] == 'w' && y[1] == 'u' {
		y = y[1:]
	}
	// North Korean spelling keeps an initial r/l that South Korean drops ("Ryong"/"Yong",
	// "Rim"/"Im") or writes as n ("Ra"/"Na").
	if len(y) > 1 && (y[0] == 'r' || y[0] == 'l') {
		if y[1] == 'y' || y[1] == 'i' {
			y = y[1:]
		} else {
			y = "n" + y[1:]
		}
	}
	return y
}

// Order matters: longer patterns first, vowels before consonants.
var syllableFolds = strings.NewReplacer(
	"ŏ", "o", "ŭ", "u", "'", "", "’", "",
	"hyuk", "hyok", "hyun", "hyon", "woo", "u", "wu", "u", "oung", "ong", "heui", "hi",
	"eo", "o", "eu", "u", "oo", "u", "ee", "i", "ou", "u", "ui", "i", "ae", "e", "ai", "e",
	"ung", "ong", "ul", "ol",
	"shi", "si", "sh", "s", "tch", "j", "ch", "j", "ck", "k", "ph", "p", "th", "t", "kh", "k", "wh", "w",
)

func foldEach(syls []string) []string {
	out := make([]string, len(syls))
	for i, y := range syls {
		out[i] = foldSyllable(y)
	}
	return out
}

func foldSyllables(syls []string) string { return strings.Join(foldEach(syls), "") }

// personVariants lists the surface forms under which a known person may appear in the text,
// for the residual check and for Known identifiers: the name as given, the surname's other
// romanizations with the given name joined, spaced and hyphenated in both orders, the given
// name alone in those forms, and title forms ("Mr Pak"). A bare surname is not a variant: it
// would match every other person of that surname, public figures included. Possessives need no
// variant: matching is on word boundaries.
func personVariants(name string, g *Gazetteer) []string {
	seen := map[string]bool{}
	var out []string
	personForms(name, g, func(v string) {
		if v != "" && !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	})
	return out
}

// personForms calls add with personVariants' forms, in its order, some more than once: the
// known identifiers drop repeated keys anyway (prepareKnown), and a set of the forms cost a
// map per known person and run.
func personForms(name string, g *Gazetteer, add func(string)) { personFormsOf(name, g, add, nil) }

// personKeyForms is personForms for the known keys' set, which keeps only the phrase keys
// of the forms, each once (prepareKnown): the four spellings of an ASCII given name ("Jimin", "Ji-min",
// "Ji-Min", "Ji Min") differ only in case and hyphens and so share one key, alone or with an
// ASCII surname, and only the first of them is given. The keys come in the order in which
// personForms first gives them; some as forms (add), others as keys made on the stack
// (set.addKey, which reads its bytes and keeps none), where the form would be a string made only
// to have its key taken.
func personKeyForms(name string, g *Gazetteer, set *knownKeySet) {
	personFormsOf(name, g, set.addForm, set)
}

// personFormsOf is personForms, or personKeyForms when keys is not nil. why: keys is the
// set itself, not a func, so that the keys made on the stack stay there.
func personFormsOf(name string, g *Gazetteer, add func(string), keys *knownKeySet) {
	keysOnly := keys != nil
	name = strings.TrimSpace(name)
	if name == "" {
		return
	}
	add(name)
	if g == nil {
		g = &Gazetteer{}
	}
	if hangulForms(name, g, add) {
		return
	}
	ix := indexFor(g)
	// An ASCII name is its own normal form; its lower case, which normalize makes as a
	// string of its own, is cut from a shared arena.
	normName, fold := name, name
	if ascii, upper := asciiCase(name); !ascii {
		normName, fold, _ = normalize(name, nil)
	} else if upper {
		fold = foldASCIIShared(name)
	}
	// A name is a few words: its tokens and words are kept on the stack.
	var tokBuf [16]token
	var wordBuf [8]string
	toks := tokenizeAppend(tokBuf[:0], normName, fold) // fold has the ASCII letters lowered, as tokenize wants
	words := wordBuf[:0]
	for _, t := range toks {
		if t.kind == tokWord {
			words = append(words, t.low)
		}
	}
	if len(words) == 0 {
		return
	}
	// seg appends the syllables of ws to syls, a buffer on the stack.
	seg := func(ws, syls []string) []string {
		for _, w := range ws {
			if ix.givenSyl[w] {
				syls = append(syls, w)
				continue
			}
			p := segmentSyllables(w, ix)
			if p == nil {
				return nil
			}
			syls = append(syls, p...)
		}
		if len(syls) == 0 || len(syls) > 3 {
			return nil
		}
		return syls
	}
	var surnameCanon string
	var syls []string
	var sylBuf [4]string
	if c, ok := g.Surnames[words[0]]; ok && len(words) > 1 {
		if sy := seg(words[1:], sylBuf[:0]); sy != nil {
			surnameCanon, syls = c, sy
		}
	}
	if syls == nil {
		if c, ok := g.Surnames[words[len(words)-1]]; ok && len(words) > 1 {
			if sy := seg(words[:len(words)-1], sylBuf[:0]); sy != nil {
				surnameCanon, syls = c, sy
			}
		}
	}
	if syls == nil && len(words) == 3 && isPatronymic(words[1]) && !isPatronymic(words[2]) {
		// "Dmitry Sergeyevich Kovalyov" is written surname first as often, in lists and
		// records ("Kovalyov Dmitry Sergeyevich", "Kovalyov, Dmitry Sergeyevich"): that order
		// is a form of the same person too (the comma is no part of a phrase key).
		if f := strings.Fields(name); len(f) == 3 {
			add(f[2] + " " + f[0] + " " + f[1])
		}
	}
	if syls == nil && (len(words) == 2 || len(words) == 3 && isPatronymic(words[1])) {
		// "Aleksandr Volkov" is also "Sasha Volkov", "Oleksandr Volkov": the other forms of
		// the first name with the surname (firstNameGroups). Not the first name alone: another
		// Sasha is not this one.
		if forms := firstNameForms[firstNameKey(words[0])]; len(forms) > 0 {
			f := strings.Fields(name)
			last := strings.Trim(f[len(f)-1], ",.;:")
			for _, form := range forms {
				if form != words[0] {
					add(title(form) + " " + last)
				}
			}
		}
	}
	if syls == nil {
		// Not a Korean or Chinese name: the words that are not English words stand alone.
		// One class lookup asks AmbiguousNames, englishWords and nonNames at once; the title
		// forms are cut from one string.
		var lowArr [32]byte
		lowBuf := lowArr[:0]
		var standalone []string
		for rest := name; ; { // the words of strings.Fields(name), without its slice
			rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
			if rest == "" {
				break
			}
			end := strings.IndexFunc(rest, unicode.IsSpace)
			if end < 0 {
				end = len(rest)
			}
			w := rest[:end]
			rest = rest[end:]
			tw := strings.Trim(w, ",.;:")
			var cls wordClass
			if isASCII(tw) {
				if len(tw) <= 2 {
					continue
				}
				lowBuf = append(lowBuf[:0], tw...)
				for k, c := range lowBuf {
					if 'A' <= c && c <= 'Z' {
						lowBuf[k] = c + 'a' - 'A'
					}
				}
				cls = ix.class[string(lowBuf)]
			} else {
				lw := strings.ToLower(tw) // may differ in length from tw
				if len(lw) <= 2 {
					continue
				}
				cls = ix.class[lw]
			}
			if cls&(clsAmbiguous|clsNonName) == 0 {
				standalone = append(standalone, tw)
			}
		}
		if len(standalone) == 0 {
			return
		}
		if keysOnly && standaloneKeys(standalone, keys) {
			return
		}
		var titled strings.Builder
		size := 0
		for _, tw := range standalone {
			size += 2 * (len("Mr ") + len(tw))
		}
		titled.Grow(size)
		for _, tw := range standalone {
			titled.WriteString("Mr ")
			titled.WriteString(tw)
			titled.WriteString("Ms ")
			titled.WriteString(tw)
		}
		joined, at := titled.String(), 0
		for _, tw := range standalone {
			n := len("Mr ") + len(tw)
			add(tw)
			add(joined[at : at+n])
			add(joined[at+n : at+2*n])
			at += 2 * n
		}
		return
	}
	if keysOnly && keys.hangul {
		romanizedHangulForms(ix, surnameCanon, syls, add)
	}
	surnames := ix.surnameSpellings[surnameCanon]
	titled := ix.surnameTitled[surnameCanon]
	ambiguous := len(syls) == 1 && ix.class[syls[0]]&clsAmbiguous != 0 // AmbiguousNames or englishWords
	// Every given spelling has the key of the first (see personKeyForms). The spellings
	// differ only in the case of a syllable's first letter and in hyphens and spaces, so
	// they are all ASCII when the first is. why: only the first is made, not all four.
	if keysOnly {
		var keyArr [32]byte
		if gk, ok := appendGivenKey(keyArr[:0], syls); ok {
			personKeysOf(gk, syls, surnames, titled, ambiguous, keys)
			return
		}
	}
	givens := givenForms(syls)
	// why: the surname-and-given forms are written into one buffer and cut from one string,
	// one allocation for all of them; the title forms come ready-made from the index.
	size := 0
	for _, gf := range givens {
		size += len(gf) + 1
	}
	size *= 2 * len(surnames)
	for _, sn := range surnames {
		size += 2 * len(sn) * len(givens)
	}
	var buf strings.Builder // String() shares its bytes: no second copy
	buf.Grow(size)
	for _, sn := range surnames {
		for _, gf := range givens {
			buf.WriteString(sn)
			buf.WriteByte(' ')
			buf.WriteString(gf)
			buf.WriteString(gf)
			buf.WriteByte(' ')
			buf.WriteString(sn)
		}
	}
	joined, at := buf.String(), 0
	for k, sn := range surnames {
		for _, gf := range givens {
			n := len(sn) + 1 + len(gf)
			add(joined[at : at+n])
			add(joined[at+n : at+2*n])
			at += 2 * n
		}
		for _, t := range titled[k].forms {
			add(t)
		}
	}
	if !ambiguous {
		for _, gf := range givens {
			add(gf)
		}
	}
}

// personKeysOf gives personFormsOf's forms of a Korean or Chinese name as personKeyForms
// does, for a given name in ASCII: its spellings share one key, and where a surname
// spelling is ASCII too the keys of its forms are given, not the forms ("kimjimin",
// "jiminkim", "mrkim"), in the order of the forms. why: the caller keeps only keys, and
// making a key from a form cost more than anything else done per known person.
//
// gk is the key of givenForms(syls)[0] (appendGivenKey); the other spellings are made only
// for a surname spelling not in ASCII.
func personKeysOf(gk []byte, syls, surnames []string, titled []titledSpelling, ambiguous bool, keys *knownKeySet) {
	var givens []string
	var kb [64]byte // a surname key with the given key
	// The keys are hashed as they are built (phraseHash reads a key's bytes in order): the
	// surname keys and their title keys were hashed with the index.
	givenHash := phraseHashBytes(phraseHashSeed, gk)
	for k, sn := range surnames {
		if ts := &titled[k]; ts.key != "" {
			keys.addKeyHashed(append(append(kb[:0], ts.key...), gk...), phraseHashBytes(ts.keyHash, gk))
			keys.addKeyHashed(append(append(kb[:0], gk...), ts.key...), phraseHash(givenHash, ts.key))
			for j, t := range ts.keys {
				keys.addLowerKey(t, ts.keysHashes[j])
			}
			continue
		}
		if givens == nil {
			givens = givenForms(syls)
		}
		for _, gf := range givens { // a spelling not in ASCII: its forms, as personForms gives them
			keys.addForm(sn + " " + gf)
			keys.addForm(gf + " " + sn)
		}
		for _, t := range titled[k].forms {
			keys.addForm(t)
		}
	}
	if !ambiguous {
		keys.addKeyHashed(gk, givenHash)
	}
}

// standaloneKeys gives the keys of personFormsOf's forms of the standalone words of a name
// that is not Korean or Chinese, in their order: each word as a form ("Smith"), then the
// keys of its title forms ("mrsmith", "mssmith"), made on the stack. It gives nothing and
// reports false when a word is not plain (appendPlainKey): the caller then gives the forms.
func standaloneKeys(standalone []string, keys *knownKeySet) bool {
	for _, tw := range standalone {
		if !isPlain(tw) {
			return false
		}
	}
	var kb [64]byte
	for _, tw := range standalone {
		// The key of "Mr " + tw (the space is between words, the capital lowered), whose
		// end is tw's own key and which is "Ms " + tw's with its second letter changed: one
		// key made for the three.
		mr, _ := appendPlainKey(append(kb[:0], "mr"...), tw)
		keys.addKey(mr[len("mr"):])
		keys.addKey(mr)
		mr[1] = 's'
		keys.addKey(mr)
	}
	return true
}

// appendGivenKey appends to dst the key of the first given spelling, title(strings.Join(syls,
// "")), and reports whether that spelling is ASCII: personKeysOf's condition. The key of
// ASCII syllables is their keys end to end (the title case folds back), made on the
// caller's buffer instead of two strings and a slice.
func appendGivenKey(dst []byte, syls []string) ([]byte, bool) {
	for _, y := range syls {
		if !isASCII(y) {
			// Rare: a capital may still make it ASCII ("ſ" is "S").
			first := title(strings.Join(syls, ""))
			if !isASCII(first) {
				return dst, false
			}
			gk, _ := appendASCIIKey(dst, first, "")
			return gk, true
		}
	}
	for _, y := range syls {
		dst, _ = appendASCIIKey(dst, y, "")
	}
	return dst, true
}

// givenForms writes given syllables joined, hyphenated and spaced, in the usual cases.
func givenForms(syls []string) []string {
	if len(syls) == 1 {
		return []string{title(syls[0])}
	}
	var caps []string
	for _, y := range syls {
		caps = append(caps, title(y))
	}
	lowerRest := append([]string{caps[0]}, syls[1:]...)
	return []string{
		title(strings.Join(syls, "")),
		strings.Join(lowerRest, "-"),
		strings.Join(caps, "-"),
		strings.Join(caps, " "),
	}
}

func title(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if r == utf8.RuneError {
		return w
	}
	return string(unicode.ToUpper(r)) + w[n:]
}

// fullNameScore is the score of a surname with its given name. It equals a known
// identifier's, so a full name wins (by length) over a bare surname listed for the testimony
// ("RI:" as a speaker label) inside it: "Ri Sang-chol" stays the uncle, not the speaker.
const fullNameScore = 1.0

// landmarkNouns after a capitalised word make it the name of a river, a hill, a hotel: a
// place, not a person.
var landmarkNouns = set("river", "stream", "lake", "bay", "hill", "valley", "island", "bridge", "mountain", "mountains",
	"peak", "reservoir", "hotel")

// modelDesignation says whether the word ending at end in norm is the maker's letters of a
// model number ("Il-76", "Tu-154", "An-2"): a hyphen and a digit follow it.
func modelDesignation(norm string, end int) bool {
	return end+1 < len(norm) && norm[end] == '-' && isDigit(norm[end+1])
}
