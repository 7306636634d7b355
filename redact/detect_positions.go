package redact

import (
	"strings"
	"unicode/utf8"
)

// Posts and jobs that the occupation cues of legal_dem do not introduce: a post in a local
// body ("the head of our people's unit", "secretary of the provincial party committee"), a
// job named by its workplace ("the factory director", "a mine guard"), a job set beside a
// name ("Kwak, a guard at the mine"), and a job said with a verb ("teaches music at a
// kindergarten"). In a county of a few thousand people each names one person.

func init() { register(positionDetector{}) }

type positionDetector struct{}

func (positionDetector) name() string { return "demographic" }

// postHeads head a post in a body: "head of", "secretary of".
var postHeads = map[string]bool{"head": true, "chief": true, "leader": true, "director": true, "secretary": true,
	"chairman": true, "chairwoman": true, "manager": true, "deputy": true, "foreman": true, "commander": true}

// localBodies end the body a post is in; the words between are lower case, so that named
// public bodies ("the Chairman of the State Affairs Commission") are not posts of a person.
var localBodies = map[string]bool{"unit": true, "committee": true, "farm": true, "factory": true, "mine": true,
	"cooperative": true, "union": true, "brigade": true, "team": true, "branch": true, "office": true,
	"school": true, "hospital": true, "department": true, "bureau": true, "market": true, "enterprise": true,
	"plant": true, "kindergarten": true, "station": true, "cell": true}

// workplaceJobs are the jobs a workplace noun names before them ("factory director").
var workplaceJobs = map[string]bool{"director": true, "manager": true, "secretary": true, "foreman": true,
	"guard": true, "guards": true, "accountant": true, "inspector": true, "chairman": true, "doctor": true,
	"nurse": true, "cook": true, "driver": true}

// jobPlaces are the workplace nouns before a job.
var jobPlaces = map[string]bool{"factory": true, "farm": true, "mine": true, "school": true, "hospital": true,
	"cooperative": true, "enterprise": true, "plant": true, "market": true, "party": true, "prison": true, "camp": true}

// representatives set beside a name are a professional acting for someone ("Mr X, a lawyer
// practising in Warsaw"), not a private person's job: court records are full of them, and on
// the TAB train and dev splits every one was a false alarm.
var representatives = map[string]bool{"lawyer": true, "advocate": true, "solicitor": true, "barrister": true,
	"attorney": true, "notary": true}

// teachVerbs say a job with the subject after them ("teaches music").
var teachVerbs = map[string]bool{"teaches": true, "taught": true, "teach": true, "teaching": true}

// The tables a word of clsPosition may be in, as bits: positionTables holds each word's,
// probed once with the word's hash where three map lookups turned "a" and "an" away.
const (
	inPostHeads uint8 = 1 << iota
	inWorkplaceJobs
	inTeachVerbs
)

var positionTables = func() *wordTable[uint8] {
	m := map[string]uint8{}
	for bit, words := range map[uint8]map[string]bool{inPostHeads: postHeads, inWorkplaceJobs: workplaceJobs, inTeachVerbs: teachVerbs} {
		for w, ok := range words {
			if ok {
				m[w] |= bit
			}
		}
	}
	return newWordTable(m)
}()

func (positionDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	c := newWordScan(t)
	out := t.candidateRoom()
	// The words looked at: those of clsPosition, and the Hangul words that end with "로"
	// (clsKoreanRo): koreanJobBefore turns every other Hangul word away.
	const mask = clsPosition | clsKoreanRo
	for i := c.next(0, mask); i < len(c.ws); i = c.next(i+1, mask) {
		w := c.w(i)
		if c.cls[i]&(clsPosition|clsHangul) == 0 {
			continue // a word that ends with "로" but starts with no Hangul: not looked at before
		}
		if c.cls[i]&clsHangul != 0 {
			// "요양보호사로 일해요": a job with (으)로 before a verb of working.
			if n := koreanJobBefore(w, c.w(i+1)); n > 0 && c.joined(i+1) {
				out = append(out, t.cand(c.ws[i].start, c.ws[i].start+n, Demographic, "Korean job + 로 일하다", "a noun with (으)로 before a verb of working", 0.65))
			}
			continue
		}
		h := c.t.hashes[i]
		var tables uint8 // the bits of positionTables, for postHeads[w] and the others
		if positionTables.mayHold(h) {
			tables = positionTables.get(h, w)
		}
		switch {
		case tables&inPostHeads != 0 && c.w(i+1) == "of" && c.joined(i+1) && !c.upper(i):
			// "head of our people's unit", "chief secretary of the provincial party committee"
			start := i
			if p := c.w(i - 1); (postHeads[p] || p == "party" || p == "first" || p == "second") && c.joined(i) && !c.upper(i-1) {
				start = i - 1
			}
			for k := i + 2; k < len(c.ws) && k <= i+7 && (c.joined(k) || c.possessive(k)) && !c.upper(k); k++ {
				if localBodies[c.w(k)] {
					out = append(out, c.emit(start, k, Demographic, "post in a local body", quoteCue(w+" of")+" a local body", 0.65))
					i = k
					break
				}
			}
		case tables&inWorkplaceJobs != 0 && jobPlaces[c.w(i-1)] && c.joined(i) && !c.upper(i-1) && !c.upper(i):
			// "the factory director", "a mine guard"
			out = append(out, c.emit(i-1, i, Demographic, "workplace + job", "a job named by its workplace", 0.65))
		case tables&inTeachVerbs != 0 && c.joined(i+1) && !c.upper(i+1) && !stopWords[c.w(i+1)] && !placePrepositions[c.w(i+1)] && c.w(i+1) != "" && !kinOwners[c.w(i+1)] && !objectPronouns[c.w(i+1)] && c.w(i+1) != "you" &&
			!quantifierWords[c.w(i+1)] && !passiveAuxiliaries[c.w(i-1)]:
			// "teaches music at a kindergarten": the subject, and the place when it follows
			end := i + 1
			if (c.w(end+1) == "at" || c.w(end+1) == "in") && c.joined(end+1) {
				k := end + 2
				if a := c.w(k); a == "a" || a == "an" || a == "the" {
					k++
				}
				if workplaceNounSet[c.w(k)] || localBodies[c.w(k)] {
					end = k
				}
			}
			out = append(out, c.emit(i, end, Demographic, "teaches + subject", "what someone teaches", 0.6))
			i = end
		case (w == "a" || w == "an") && strings.HasPrefix(c.gap(i), ",") && c.nameEnds(i-1):
			// "Kwak Yong-chol, a guard at the mine": a job set beside a name
			k := i + 1
			if occupations[c.w(k)] && !representatives[c.w(k)] && !c.upper(k) && c.joined(k) {
				end := k
				if c.w(k+1) == "at" && c.joined(k+1) && c.w(k+2) == "the" && (workplaceNounSet[c.w(k+3)] || localBodies[c.w(k+3)]) {
					end = k + 3
				}
				out = append(out, c.emit(k, end, Demographic, "name, a job", "a job set beside a name", 0.6))
				i = end
			}
		}
	}
	return out
}

// possessive says whether word k is the "s" of "people's" (an apostrophe before it).
func (c wordScan) possessive(k int) bool {
	g := c.gap(k)
	return c.w(k) == "s" && (g == "'" || g == "’")
}

// nameEnds says whether word k ends a name: capitalised, or the lower-case end of a
// hyphenated given name ("Yong-chol").
func (c wordScan) nameEnds(k int) bool {
	return c.upper(k) || c.gap(k) == "-" && c.upper(k-1)
}

// koreanWorkVerbs say that someone works as what comes before with (으)로; "일하러" (to go
// and work) is left out, as what comes before it is a place.
var koreanWorkVerbs = []string{"일해", "일했", "일합", "일하고", "일하는", "근무"}

// koreanJobBefore returns the byte length of the job in w when w is a noun of two syllables
// or more with (으)로 and next is a verb of working ("요양보호사로" "일해요"), else 0.
func koreanJobBefore(w, next string) int {
	// It is called for every Hangul word: the one-compare test of w's ending comes before
	// the six prefix tests of next ("으로" ends in "로" too).
	if !strings.HasSuffix(w, "로") || !hasAnyPrefix(next, koreanWorkVerbs) {
		return 0
	}
	noun, ok := strings.CutSuffix(w, "으로")
	if !ok {
		noun, ok = strings.CutSuffix(w, "로")
	}
	if !ok || utf8.RuneCountInString(noun) < 2 || strings.ContainsAny(noun, "0123456789") {
		return 0
	}
	return len(noun)
}

// quantifierWords after a teaching verb say how often or how much, not what is taught
// ("taught every day"); after passiveAuxiliaries the verb is passive ("Juche was taught"),
// said of a subject, not of someone's job.
var (
	quantifierWords    = setOfWords("every each all some many much most few several any such")
	passiveAuxiliaries = setOfWords("was were is are be been being get got gets")
)
