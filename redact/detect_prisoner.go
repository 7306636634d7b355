package redact

import "strings"

// A prisoner's number ("My prisoner number was 2417", "cellmate was number 3318", "I was
// No. 1145", "제 수번은 2417번이었어요") is what a camp's or a jipkyulso's records file a
// person under: as identifying as a name. The ID detector wants five digits or more; these
// are two to six, read only after a word that makes them a person's number. Anchored on the
// digit words (clsDigit), looking at the few words before each.

func init() { register(prisonerNumberDetector{}) }

type prisonerNumberDetector struct{}

func (prisonerNumberDetector) name() string { return "id_number" }

var (
	// inmateWords name a person held: "prisoner 4721", "prisoner number 2417".
	inmateWordSet = setOfWords("prisoner inmate detainee convict")
	inmateWords   = newWordTable(inmateWordSet)
	// numberHolders, before "number", make it a person's: "my number", "prisoner number"
	// ("camp number 22", "Prison Camp No. 15" are camps, not people).
	numberHolders = newWordTable(setOfWords("prisoner inmate detainee convict my his her their your our"))
	// beWords, before "number" or "No.", say it of a person: "was number 3318", "I was No. 1145".
	beWords = newWordTable(setOfWords("was is am were be became called"))
	// prisonerNumberNouns are "number" and "no" (only as "No.": a cue, not the negation).
	prisonerNumberNouns = newWordTable(setOfWords("number no"))
	// prisonerAnchors finds inmateWordSet, "number" and "no" with the text's other anchor
	// words (prisonerCuesIn).
	prisonerAnchors = newAnchorTable(inmateWordSet, set("number"), set("no"))
)

// prisonerCuesIn says whether t may hold a prisoner's number: it is not all ASCII (the
// Korean cues), or it has an inmate word, "number", or "no" before a full stop. A number
// in an ASCII text without one is no prisoner's, and its digit words need not be read.
func prisonerCuesIn(t *Text) bool {
	if !t.isASCII() {
		return true
	}
	an := prisonerAnchors.find(t)
	if len(an[0]) > 0 || len(an[1]) > 0 {
		return true
	}
	for _, p := range an[2] {
		if p+2 < len(t.Fold) && t.Fold[p+2] == '.' {
			return true
		}
	}
	return false
}

// koreanPrisonerCues are the Korean words for a prisoner's number, which a particle may
// follow ("수번은"); 번호 alone ("제 번호는 2417번") is a person's number too.
var koreanPrisonerCues = []string{"수번", "수인번호", "수용번호", "죄수번호", "수감번호", "번호"}

func (prisonerNumberDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	if !prisonerCuesIn(t) {
		return nil
	}
	var out []Candidate
	c := newWordScan(t)
	s, ws := c.s, c.ws
	for i := c.next(0, clsDigit); i < len(ws); i = c.next(i+1, clsDigit) {
		a, b := ws[i].start, ws[i].end
		d := a
		for d < b && isDigit(s[d]) {
			d++
		}
		// Two to six digits, alone, with the Korean counter 번 ("2417번이었어요") or with a
		// copula or particle glued to them ("417이었어요"), not a
		// part of a longer number ("1,145", "12-3", "3.5").
		if n := d - a; n < 2 || n > 6 || d < b && !numberNounEnding(s[d:b]) || i == 0 ||
			a > 0 && strings.IndexByte(",.-/:", s[a-1]) >= 0 && a > 1 && isDigit(s[a-2]) ||
			b < len(s) && strings.IndexByte(",.-/", s[b]) >= 0 && b+1 < len(s) && isDigit(s[b+1]) {
			continue
		}
		if prisonerCueBefore(&c, i) {
			out = append(out, t.cand(a, d, IDNumber, "prisoner number", "a person's number after a word that says so", 0.8))
		}
	}
	return out
}

// prisonerCueBefore says whether the words before digit word i make it a person's number:
// "prisoner 4721", "prisoner number (was) 2417", "my number was 2417", "was number 3318",
// "was No. 1145", "수번은 2417번".
func prisonerCueBefore(c *wordScan, i int) bool {
	s, ws := c.s, c.ws
	k := i - 1
	// The words must be on the digits' line, a space or ": " apart.
	near := func(k int) bool {
		g := s[ws[k].end:ws[k+1].start]
		return len(g) <= 3 && strings.IndexByte(g, '\n') < 0
	}
	if !near(k) {
		return false
	}
	w := s[ws[k].start:ws[k].end]
	for _, cue := range koreanPrisonerCues {
		if strings.HasPrefix(w, cue) && len(w)-len(cue) <= 6 { // a particle of up to two syllables
			return true
		}
	}
	copula := false
	if c.inSet(beWords, k) && k > 0 && near(k-1) {
		copula = true
		k--
	}
	if c.inSet(inmateWords, k) {
		return true
	}
	if !c.inSet(prisonerNumberNouns, k) {
		return false
	}
	if s[ws[k].start:ws[k].end] == "no" && (ws[k].end >= len(s) || s[ws[k].end] != '.') {
		return false // "no" is "No." only with its stop
	}
	if k == 0 || !near(k-1) {
		return false
	}
	// "was number 3318" of a person, not of a thing ("It was number 12 on the list").
	return c.inSet(numberHolders, k-1) || !copula && c.inSet(beWords, k-1) && !(k > 1 && thingSubjects[c.w(k-2)])
}

// thingSubjects, before "was number", make it a rank or a label rather than a person's number.
var thingSubjects = setOfWords("it this that there which")

// numberEndings, glued to digits, make them a noun on their own (the counter 번, a copula, a
// case particle: "2417번", "417이었어요", "417였어요", "417은"), not a count of something
// ("12명", "3시에").
var numberEndings = []string{"번", "이었", "이에", "이야", "이고", "이라", "이다", "입니", "였", "예요", "야", "은", "는", "을", "를", "도"}

func numberNounEnding(w string) bool {
	for _, e := range numberEndings {
		if strings.HasPrefix(w, e) {
			return true
		}
	}
	return false
}
