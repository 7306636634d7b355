package redact

import (
	"regexp"
	"strings"
)

// legalDurationDetector finds the length of a sentence or a detention ("sentenced to five
// years' imprisonment", "a 12-year sentence", "police custody lasted eight days"). With the
// dates of a trial, a sentence length picks one convict out of a prison register. Spans are
// quantities: a policy that generalizes them keeps the unit ("[years]").
type legalDurationDetector struct{}

func init() { register(legalDurationDetector{}) }

func (legalDurationDetector) name() string { return "legal_duration" }

const (
	durationNumber = `(?:\d{1,3}(?:[.,]\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty-\w+|thirty|forty|fifty|sixty|a|an|one and a half|half a|(?:one|two|three|four|five|six|seven|eight|nine|ten) and a half)`
	durationUnit   = `(?:years?|months?|weeks?|days?|hours?)`
	durationSpan   = durationNumber + `[ -]` + durationUnit + `(?:(?:,| and) ` + durationNumber + ` ` + durationUnit + `){0,2}(?:['’]s)?`
)

// legalGroupCount is the size of a group a person belongs to: co-defendants ("along with
// sixteen other persons") and children or siblings ("three brothers"). A mass trial's size
// or a household's make-up narrows a person down.
var legalGroupCount = regexp.MustCompile(`(?i)\b((?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))? (?:other (?:persons|people|suspects|defendants|accused|co-accused|applicants)|co-accused|co-defendants|children|sons|daughters|brothers|sisters|siblings|grandchildren))\b`)

var legalDuration = regexp.MustCompile(`(?i)\b(?:sentenced (?:him |her |them |the applicants? )?to (?:a total of |a term of |a prison term of |an? )?|sentences? of |terms? of |custody (?:lasted|of) |detention (?:lasted|of) |detained for |imprisonment (?:of|for) |served |reduced to |increased to |for a period of |for a term of |suspended for |debarred [^.]{0,40}? for |barred [^.]{0,40}? for |banned [^.]{0,40}? for |practi[sc]e for |last(?:ed)? for )(` + durationSpan + `)|\b(` + durationSpan + `)['’]?s?['’]? (?:imprisonment|detention|prison|jail|custody|sentence|suspended|probation|of imprisonment|in prison)`)

// The words the duration patterns cannot match without.
var (
	durationWords = setOfWords(`sentenced sentence sentencing custody detention detained
		imprisonment served reduced increased period term suspended barred debarred banned practise
		practice last lasted prison jail probation`)
	groupWords = setOfWords(`other accused defendants children sons daughters brothers sisters
		siblings grandchildren`)
)

var durationAnchors = newAnchorTable(durationWords, groupWords)

func (legalDurationDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	an := durationAnchors.find(t)
	out := t.candidateRoom()
	hasSpan := func(lo, hi int) bool { return hasDurationSpan(t.Fold[lo:hi]) }
	for _, m := range scanNearFunc(t, findDurations, durationCueAnchors(t, an[0]), 70, 90, hasSpan) {
		a, b := m[2], m[3]
		if a < 0 {
			a, b = m[4], m[5]
		}
		oa, ob := t.Orig(a, b)
		out = append(out, Candidate{Start: oa, End: ob, Category: Quantity, Detector: "legal_duration",
			Rule: "sentence or detention length", Reason: "the length of a sentence or a detention", Score: 0.7})
	}
	for _, m := range scanNearFunc(t, findGroupCounts, countedAnchors(t, an[1]), 40, 40, nil) {
		oa, ob := t.Orig(m[2], m[3])
		out = append(out, Candidate{Start: oa, End: ob, Category: Quantity, Detector: "legal_duration",
			Rule: "size of a group", Reason: "the number of co-defendants, children or siblings", Score: 0.6})
	}
	return dedupeCandidates(out)
}

// The duration patterns are big (legalDuration compiles to thousands of instructions, too
// many for Go's backtracker on a whole window) and have no literal prefix, so they run only
// at the words a match can start with (findFromWordStarts).
var (
	legalDurationAt   = anchored(legalDuration)
	legalGroupCountAt = anchored(legalGroupCount)
	// durationStarts are the first words of legalDuration's alternatives: its cues and, for
	// a duration before "imprisonment" and the like, the words of durationNumber.
	durationStarts = setOfWords(`sentenced sentence sentences term terms custody detention detained
		imprisonment served reduced increased for suspended debarred barred banned practise practice
		last lasted one two three four five six seven eight nine ten eleven twelve thirteen fourteen
		fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty a an half`)
)

// findDurations is legalDuration.FindAllStringSubmatchIndex(w, -1).
func findDurations(w string) [][]int {
	return findFromWordStartsFunc(durationMatch, w, func(w string, i int) bool {
		return isDigit(w[i]) || wordIn(durationStarts, w, i)
	})
}

// findGroupCounts is legalGroupCount.FindAllStringSubmatchIndex(w, -1): its matches start
// with digits or one of countWords.
func findGroupCounts(w string) [][]int {
	return findFromWordStartsFunc(groupCountMatch, w, func(w string, i int) bool {
		return isDigit(w[i]) || wordIn(countWords, w, i)
	})
}

// durationUnits are the stems of durationUnit.
var durationUnits = []string{"year", "month", "week", "day", "hour"}

// durationCounts are the words durationNumber can end with before its unit ("two years",
// "one and a half years", "half a day").
var durationCounts = setOfWords(`one two three four five six seven eight nine ten eleven twelve
	thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty
	a an half`)

// hasDurationSpan says whether a window (case-folded) can hold a match of legalDuration:
// every match has a count, a space or hyphen and a unit ("five years", "12-year"). A unit
// alone is not enough: "day" stands in "today" and "Sunday", "year" in "last year", and
// neither has a count before it. A count is a digit, a word of durationCounts alone, or
// any word joined to what precedes it ("twenty-odd"), which the test lets through rather
// than read.
func hasDurationSpan(fold string) bool {
	for _, u := range durationUnits {
		for off := 0; ; {
			i := strings.Index(fold[off:], u)
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(u)
			if at < 2 || fold[at-1] != ' ' && fold[at-1] != '-' {
				continue
			}
			j := at - 1 // the separator
			if c := fold[j-1]; c < 'a' || c > 'z' {
				return true // a digit, or a word the test does not read
			}
			k := j
			for k > 0 && fold[k-1] >= 'a' && fold[k-1] <= 'z' {
				k--
			}
			if k > 0 && !isRESpace(fold[k-1]) || durationCounts[fold[k:j]] {
				return true
			}
		}
	}
	return false
}

// countWords are the counts legalGroupCount starts with, written as words.
var countWords = setOfWords(`one two three four five six seven eight nine ten eleven twelve thirteen
	fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
	ninety hundred`)

// countedAnchors keeps the group words ("brothers", "other", "accused") that have a count
// among the three words before them, which every match of legalGroupCount has ("three
// brothers", "twenty-one other persons", "two co-accused"): most "brothers" and "children"
// of an interview have none, and their windows need not be searched.
func countedAnchors(t *Text, anchors []int) []int {
	ws := t.wordList()
	var out []int
	for _, p := range anchors {
		i := wordAt(ws, p)
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if w := t.Fold[ws[k].start:ws[k].end]; countWords[w] || isDigit(w[0]) {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// durationCueAnchors drops "last" and "lasted" unless "for" follows: the pattern reads them
// only as "last(ed) for", and "last year", common in an interview, would otherwise have its
// window searched.
func durationCueAnchors(t *Text, anchors []int) []int {
	ws := t.wordList()
	out := anchors[:0:0]
	for _, p := range anchors {
		i := wordAt(ws, p)
		if w := t.Fold[ws[i].start:ws[i].end]; w == "last" || w == "lasts" || w == "lasted" {
			if w == "lasts" || i+1 >= len(ws) || t.Fold[ws[i].end:ws[i+1].start] != " " ||
				t.Fold[ws[i+1].start:ws[i+1].end] != "for" {
				continue
			}
		}
		out = append(out, p)
	}
	return out
}
