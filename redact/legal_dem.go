package redact

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// legalDemDetector finds demographic details that narrow a person down: an occupation stated
// of someone ("she worked as a ballet dancer", "he was a primary school teacher") and
// membership of a minority or faith that is persecuted somewhere ("the Sami", "Kurdish",
// "Jehovah's Witnesses"), and a nationality where the text states it of a person ("by a
// Turkish national"). States and their public bodies stay readable through the allow list;
// the adjective alone, once found, is removed wherever else it describes someone.
type legalDemDetector struct{}

func init() { register(legalDemDetector{}) }

func (legalDemDetector) name() string { return "legal_dem" }

// occupations are heads of occupation phrases, lower case; two-word heads are listed whole.
var occupations = setOfWords(`teacher dancer physician doctor nurse lawyer advocate attorney
	solicitor barrister journalist reporter editor editor-in-chief publisher electrician watchman
	driver miner farmer engineer manager professor lecturer researcher assistant scientist
	soldier officer policeman policewoman accountant architect mechanic labourer laborer worker
	broker smuggler merchant trader vendor seller cook chef waiter waitress cleaner
	tailor carpenter builder technician pharmacist dentist midwife secretary clerk translator
	interpreter principal headmaster headmistress priest imam pastor monk nun missionary musician
	singer actor actress artist writer author poet photographer businessman businesswoman
	entrepreneur shopkeeper fisherman herder herdsman shepherd porter guard caretaker janitor
	surgeon psychiatrist psychologist veterinarian economist banker cashier salesman saleswoman
	welder plumber painter baker butcher hairdresser housekeeper nanny babysitter courier
	postman typist programmer pilot sailor seaman conductor notary
	mayor headman muhtar apprentice trainee volunteer activist orderly medic paramedic seamstress
	foreman inspector operator machinist mason bricklayer blacksmith weaver spinner
	cadre instructor storekeeper bookkeeper stevedore docker logger hunter trucker stoker cobbler
	shoemaker barber plasterer potter dressmaker`)

// occupationSkip are words before an occupation that do not belong to it.
var occupationSkip = setOfWords(`former retired qualified young old senior junior certain new
	good bad great famous local skilled ordinary simple one two three four five six seven eight
	nine ten several many some few other trained practising practicing fellow full-time part-time temporary`)

var (
	// occupationCue introduces what someone does: "worked as a", "was an", "became a".
	occupationCue = regexp.MustCompile(`\b(?i:worked|working|works|work|employed|married|marry|marries|served|serving|hired|trained|qualified|appointed|became|becoming|become|was|is|were|are|been|am|as|post of|job of|job as|career as|applicant,|applicants,)\s(?:a\s|an\s|the\s)?`)
	// occupationWords are up to three lower-case words after the cue.
	occupationWords = regexp.MustCompile(`^[\p{Ll}-]+(?:\s[\p{Ll}-]+){0,2}`)
	// nationality is a person's nationality where the text states it: "by a Turkish national".
	nationality = regexp.MustCompile(`\b(?:an?|two|three|is|was|are|were) (\p{Lu}[\p{L}\p{M}-]+) nationals?\b`)
	minorityAt  = anchored(minority)
	// minority names a people or faith that is persecuted somewhere.
	minority = regexp.MustCompile(`\b(Sami|Saami|Kurdish|Kurds?|Roma|Romani|Gypsy|Gypsies|Alevis?|Yazidis?|Jehovah['’]s Witness(?:es)?|Chechens?|Uyghurs?|Uighurs?|Tibetans?|Rohingya|Crimean Tatars?|Sinti|Bah[aá]['’]?[ií]s?|Falun Gong)\b`)
)

var minorityWords = setOfWords(`sami saami kurdish kurd roma romani gypsy gypsies alevi yazidi
	jehovah chechen uyghur uighur tibetan rohingya crimean tatar sinti bahai bahá baha falun`)

var nationalWords = setOfWords("national")

var demAnchors = newAnchorTable(occupations, nationalWords, minorityWords)

// occupationCueWords are the words occupationCue's alternatives start with.
var occupationCueWords = strings.Fields(`worked working works work employed married marry marries served
	serving hired trained qualified appointed became becoming become was is were are been am as post
	job career applicant applicants`)

// occupationCueFilter has bit h>>22 set for the hash h (phraseHash, as wordHashes makes it)
// of each of occupationCueWords: a word whose bit is clear is none of them.
var occupationCueFilter = func() (f [16]uint64) {
	for _, w := range occupationCueWords {
		k := phraseHash(phraseHashSeed, w) >> 22
		f[k>>6] |= 1 << (k & 63)
	}
	return f
}()

// mayBeOccupationCue says whether a word with the hash h may be one of occupationCueWords.
func mayBeOccupationCue(h uint32) bool {
	k := h >> 22
	return occupationCueFilter[k>>6]&(1<<(k&63)) != 0
}

func (legalDemDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	an := demAnchors.find(t)
	s := t.Norm
	out := t.candidateRoom()
	// Only the cues that an occupation follows are listed: most cues are "was", "is" or
	// "as", and each listed cue cost an allocation.
	followed := func(end int) bool { a, _ := occupationAfter(s, end); return a >= 0 }
	findCues := func(lo, hi int) [][]int { return findOccupationCuesKept(t, lo, hi, followed) }
	cues := append(scanNearBounds(t, findCues, an[0], 70, 40, nil, nil), cuesAcrossLineBreak(t, an[0], followed)...)
	for _, m := range cues {
		a, b := occupationAfter(s, m[1])
		if a < 0 {
			continue
		}
		oa, ob := t.Orig(a, b)
		out = append(out, Candidate{Start: oa, End: ob, Category: Demographic, Detector: "legal_dem",
			Rule: "occupation", Reason: "an occupation after a work cue (\"worked as\", \"became a\", ...)", Score: 0.6})
	}
	for _, m := range scanNearOK(t, nationality, an[1], 40, 12, nationalOK, "") {
		oa, ob := t.Orig(m[2], m[3])
		out = append(out, Candidate{Start: oa, End: ob, Category: Demographic, Detector: "legal_dem",
			Rule: "nationality of a party", Reason: "the nationality of a person", Score: 0.6})
	}
	for _, m := range scanAt(t, minorityAt, an[2], 40) {
		oa, ob := t.Orig(m[2], m[3])
		out = append(out, Candidate{Start: oa, End: ob, Category: Demographic, Detector: "legal_dem",
			Rule: "minority or faith", Reason: "names a people or faith that is persecuted somewhere", Score: 0.6})
	}
	return dedupeCandidates(out)
}

// occupationAfter finds the occupation that a cue ending at p of s comes before: its
// bounds in s, or -1, -1 if none does. The occupation ends at its head, the last listed
// word within occupationWords' run, and takes up to two words before it that modify it.
// custodialRoles are the people who held a witness: "our guard", "my interrogator" says who
// they were to the witness, which is what the testimony is about.
var custodialRoles = set("guard", "warden", "interrogator", "jailer", "escort", "prison guard", "cadre", "instructor")

func occupationAfter(s string, p int) (a, b int) {
	if !lowerOrHyphenAt(s, p) {
		return -1, -1 // occupationWords starts with a lower-case letter or a hyphen
	}
	w := occupationWordsEnd(s[p:])
	if w < 0 {
		return -1, -1
	}
	var buf [4]string
	words := appendFields(buf[:0], s[p:p+w])
	head := -1
	for i, x := range words {
		if stem := strings.TrimSuffix(x, "s"); occupations[stem] || stem != x && occupations[x] {
			head = i
		}
	}
	if head < 0 {
		return -1, -1
	}
	if custodialRoles[strings.TrimSuffix(words[head], "s")] && head > 0 && (words[head-1] == "our" || words[head-1] == "my") {
		return -1, -1 // "He was our guard": who held us, the testimony's subject, not his job
	}
	first := head
	for first > 0 && head-first < 2 && modifiesOccupation(words[first-1]) {
		first--
	}
	end := p + wordOffset(s[p:], head) + len(words[head])
	if rest := s[end:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		return -1, -1 // "he was the broker's driver": whose driver, not his occupation
	}
	return p + wordOffset(s[p:], first), end
}

// nationalOK is nationality's test (anchorTest): "national" in lower case at p, after a
// space and a word that a space comes before and a capital starts ("a Turkish national").
func nationalOK(t *Text, p int) bool {
	s := t.Norm
	if !strings.HasPrefix(s[p:], "national") || p < 2 || s[p-1] != ' ' {
		return false
	}
	sp := strings.LastIndexByte(s[:p-1], ' ')
	return sp >= 0 && upperAt(s, sp+1)
}

// modifiesOccupation says whether w, before an occupation, belongs to it ("school" in
// "primary school teacher"), not an adverb, a participle or a word like "former".
func modifiesOccupation(w string) bool {
	if occupationSkip[w] || nameStop[w] {
		return false
	}
	for _, suf := range []string{"ly", "ing", "ed"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// wordOffset returns the byte offset of the i-th space-separated word of s.
func wordOffset(s string, i int) int {
	off := 0
	for ; i > 0; i-- {
		for off < len(s) && s[off] != ' ' && s[off] != '\n' && s[off] != '\t' {
			off++
		}
		for off < len(s) && (s[off] == ' ' || s[off] == '\n' || s[off] == '\t') {
			off++
		}
	}
	return off
}

// occupationCueKind says which of occupationCue's alternatives the lower-case word w
// begins: cueWord, a word alone ("worked"); cuePair, a word the next word must complete
// ("job as"); cueApplicant, "applicant(s)" and a comma. A switch, not a map: it runs on
// every word of the windows.
func occupationCueKind(w string) int {
	switch w {
	case "worked", "working", "works", "work", "employed", "served", "serving", "hired", "trained",
		"married", "marry", "marries", "qualified", "appointed", "became", "becoming", "become",
		"was", "is", "were", "are", "been", "am", "as":
		return cueWord
	case "post", "job", "career":
		return cuePair
	case "applicant", "applicants":
		return cueApplicant
	}
	return 0
}

const (
	cueWord = 1 + iota
	cuePair
	cueApplicant
)

// cuePairEnds says whether second (lower case) completes the cue word first: "post of",
// "job of", "job as", "career as".
func cuePairEnds(first, second string) bool {
	switch first {
	case "post":
		return second == "of"
	case "job":
		return second == "of" || second == "as"
	}
	return second == "as" // career
}

// findOccupationCues is occupationCue.FindAllStringSubmatchIndex(w, -1) without the
// regexp (which ran at a few MB/s over these windows): a cue word at an ASCII word
// boundary (any case) and one white-space byte, then "a ", "an " or "the " (lower case).
func findOccupationCues(w string) [][]int {
	var out [][]int
	for i := 0; i < len(w); {
		if !isRegexpWordByte(w[i]) || i > 0 && isRegexpWordByte(w[i-1]) {
			i++
			continue
		}
		e, end := occupationCueAt(w, i)
		if end < 0 {
			i = e
			continue
		}
		out = append(out, []int{i, end})
		i = end
	}
	return out
}

// findOccupationCuesKept is findOccupationCues(t.Norm[lo:hi]) that reads only the text's
// words that may be cue words (mayBeOccupationCue), not every byte: every cue starts a word.
// A window that holds a byte outside ASCII is read whole: there the text's words may differ
// from the pattern's (\b sees a word start after "é", the text's words do not). It lists only
// the cues whose end (in Norm) keep accepts, or every cue if keep is nil; a cue left out
// still ends where the next may start.
func findOccupationCuesKept(t *Text, lo, hi int, keep func(end int) bool) [][]int {
	w := t.Norm[lo:hi]
	if !asciiOnly(w) {
		all := findOccupationCues(w)
		if keep == nil {
			return all
		}
		out := all[:0]
		for _, m := range all {
			if keep(lo + m[1]) {
				out = append(out, m)
			}
		}
		return out
	}
	// In ASCII, a word starts where a run of the pattern's word bytes does, unless the run
	// starts with "_", which no cue word holds.
	ws, hs := t.wordList(), t.wordHashes()
	var out [][]int
	last := 0 // where the last cue ended: a cue starts no earlier, as FindAll goes on from there
	for k := wordAt(ws, lo); k < len(ws) && ws[k].start < hi; k++ {
		if !mayBeOccupationCue(hs[k]) {
			continue
		}
		i := ws[k].start - lo
		if i < last || i < 0 || i > 0 && isRegexpWordByte(w[i-1]) {
			continue
		}
		if _, end := occupationCueAt(w, i); end >= 0 {
			if keep == nil || keep(lo+end) {
				out = append(out, []int{i, end})
			}
			last = end
		}
	}
	return out
}

// occupationCueAt reads occupationCue at i of w, where a run of ASCII word bytes starts
// after a word boundary: it returns the run's end e and the cue's end, or -1 if no cue
// starts at i.
func occupationCueAt(w string, i int) (e, end int) {
	isS := func(i int) bool { return i < len(w) && isRESpace(w[i]) }
	e = i
	for e < len(w) && isRegexpWordByte(w[e]) {
		e++
	}
	// The longest cue word has 10 letters; the buffers are read as strings only in switches
	// and comparisons, which make no copy.
	var lower, lower2 [10]byte
	if e-i > len(lower) {
		return e, -1
	}
	n := copy(lower[:], w[i:e])
	for k := 0; k < n; k++ {
		if c := lower[k]; 'A' <= c && c <= 'Z' {
			lower[k] = c + 'a' - 'A'
		}
	}
	end = -1
	switch occupationCueKind(string(lower[:n])) {
	case cuePair:
		if e < len(w) && w[e] == ' ' {
			f := e + 1
			for f < len(w) && isRegexpWordByte(w[f]) {
				f++
			}
			if f-e-1 == 2 && isS(f) {
				copy(lower2[:], w[e+1:f])
				for k := 0; k < 2; k++ {
					if c := lower2[k]; 'A' <= c && c <= 'Z' {
						lower2[k] = c + 'a' - 'A'
					}
				}
				if cuePairEnds(string(lower[:n]), string(lower2[:2])) {
					end = f + 1
				}
			}
		}
	case cueWord:
		if isS(e) {
			end = e + 1
		}
	case cueApplicant:
		if e < len(w) && w[e] == ',' && isS(e+1) {
			end = e + 2
		}
	}
	if end < 0 {
		return e, -1
	}
	for _, a := range []string{"a", "an", "the"} {
		if strings.HasPrefix(w[end:], a) && isS(end+len(a)) {
			end += len(a) + 1
			break
		}
	}
	return e, end
}

// cuesAcrossLineBreak finds the occupation cues that end the line before an occupation which
// starts its line in a hard-wrapped paragraph ("her husband is a\nborder guard"): the
// windows of scanNearFunc stop at a line break. A blank line (a new paragraph) stops it.
// Only the cues whose end keep accepts are listed (findOccupationCuesKept).
func cuesAcrossLineBreak(t *Text, anchors []int, keep func(end int) bool) [][]int {
	s := t.Norm
	var out [][]int
	for _, p := range anchors {
		nl := strings.LastIndexByte(s[:p], '\n')
		if nl < 1 || p-nl > 30 || s[nl-1] == '\n' {
			continue
		}
		lo := max(0, nl-40)
		for lo > 0 && s[lo-1] != ' ' && s[lo-1] != '\n' {
			lo--
		}
		if prev := strings.LastIndexByte(s[lo:nl], '\n'); prev >= 0 {
			lo += prev + 1
		}
		for _, m := range findOccupationCuesKept(t, lo, nl+1, keep) {
			if m[1] == nl+1-lo { // the cue ends the line
				out = append(out, []int{m[0] + lo, m[1] + lo})
			}
		}
	}
	return out
}

// occupationWordsEnd is the end of occupationWords' match in s, or -1 if it has none:
// the pattern without the regexp, which cost more to set up than the few words it reads.
// No class holds white space, so each greedy run is taken whole.
func occupationWordsEnd(s string) int {
	end := lowerOrHyphenRun(s, 0)
	if end == 0 {
		return -1
	}
	for k := 0; k < 2 && end < len(s) && isRESpace(s[end]); k++ {
		e := lowerOrHyphenRun(s, end+1)
		if e == end+1 {
			break
		}
		end = e
	}
	return end
}

// lowerOrHyphenRun returns the end of the run from i of `[\p{Ll}-]`.
func lowerOrHyphenRun(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !(c >= 'a' && c <= 'z' || c == '-') {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLower(r) {
			break
		}
		i += n
	}
	return i
}

// lowerOrHyphenAt says whether s has a lower-case letter (\p{Ll}) or a hyphen at i.
func lowerOrHyphenAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c == '-'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLower(r)
}

// appendFields appends the words of s, as strings.Fields splits them, to dst: with dst on
// the stack, a short phrase costs no allocation.
func appendFields(dst []string, s string) []string {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n = utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		dst = append(dst, s[i:j])
		i = j
	}
	return dst
}
