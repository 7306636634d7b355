package redact

import (
	"regexp"
	"strings"
)

// Details that point at one person without naming anyone: a thing there was only one of in
// a small place ("the only piano in our street") and a recording described by what it shows
// ("the video where the prisoner sings to the guards"). Whoever knows the street or has seen
// the video knows who speaks.

func init() { register(distinctiveDetector{}) }

type distinctiveDetector struct{}

// "distinctive": generalized to "[a distinctive detail]" (generalize.go).
func (distinctiveDetector) name() string { return "distinctive" }

var (
	// onlyOneInPlace is "the only" + a noun + a small place said as someone's own ("in our
	// street"); "the only blue gate in the lane" is a landmark the gold leaves readable.
	onlyOneInPlace = regexp.MustCompile(`(?i)\b(the\sonly\s(?:[\p{L}-]+\s){1,3}?(?:in|on)\s(?:our|my|their|his|her)\s(?:street|village|town|district|unit|block|neighbourhood|neighborhood|building|county|farm|school|class|factory|mine|ward|lane))\b`)
	// describedRecording is a recording and the clause that says what it shows, to the end
	// of the sentence.
	describedRecording = regexp.MustCompile(`(?i)\b((?:the|that|this)\s(?:video|photo|photograph|picture|clip|recording|broadcast|footage|film)\s(?:where|in\swhich|that\sshows|showing)\s[^.!?\n]{8,160}(?:\n[^.!?\n]{1,160})?)`)
)

// Both patterns run only around their key word (scanAroundIf): "only", and the kind of
// recording.
var distinctiveAnchors = newAnchorTable(setOfWords("only"),
	setOfWords("video photo photograph picture clip recording broadcast footage film"))

func (distinctiveDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	an := distinctiveAnchors.find(t)
	out := t.candidateRoom()
	for _, m := range scanAroundFuncIf(t, findOnlyOneInPlace, an[0], 6, 120, theOnlyInOurPlace) {
		out = append(out, t.cand(m[2], m[3], Demographic, "only one in a small place", "a thing there was only one of in a street or village", 0.6))
	}
	for _, m := range scanAroundFuncIf(t, findDescribedRecordings, an[1], 6, 400, recordingShows) {
		out = append(out, t.cand(m[2], m[3], Demographic, "described recording", "a recording told by what it shows", 0.6))
	}
	return out
}

// Both patterns begin with "\b" and a determiner, and have no literal prefix (they are
// case-insensitive): findFromWordStarts tries them only where a determiner starts a word,
// not from every byte of a window (up to 400 bytes after a recording's word).
var (
	onlyOneInPlaceAt     = anchored(onlyOneInPlace)
	describedRecordingAt = anchored(describedRecording)
	recordingDeterminers = setOfWords("the that this")
	onlyOneInPlaceStarts = setOfWords("the")
)

func findOnlyOneInPlace(w string) [][]int {
	return findFromWordStarts(onlyOneInPlaceAt, w, func(w string, i int) bool { return wordIn(onlyOneInPlaceStarts, w, i) })
}

func findDescribedRecordings(w string) [][]int {
	return findFromWordStarts(describedRecordingAt, w, func(w string, i int) bool { return wordIn(recordingDeterminers, w, i) })
}

// theOnly is onlyOneInPlace's test (anchorTest): "the" before "only", which most "only" of
// an interview lack.
func theOnly(t *Text, p int) bool {
	f := t.Fold
	return p >= 4 && isRESpace(f[p-1]) && f[p-4:p-1] == "the"
}

// theOnlyInOurPlace is theOnly, then one to three words after "only" and "in" or "on" with
// a possessive ("the only piano in our"), as onlyOneInPlace reads them: words parted by one
// white space each. A match's "only" is a whole word, so an anchor, where the test holds.
func theOnlyInOurPlace(t *Text, p int) bool {
	f := t.Fold
	if !theOnly(t, p) || !strings.HasPrefix(f[p:], "only") || p+4 >= len(f) || !isRESpace(f[p+4]) {
		return false
	}
	x := p + 5
	for range 3 {
		e := x
		for e < len(f) && !isRESpace(f[e]) {
			e++
		}
		if e == x || e >= len(f) {
			return false // no word, or no white space after it
		}
		x = e + 1
		if (strings.HasPrefix(f[x:], "in") || strings.HasPrefix(f[x:], "on")) && x+2 < len(f) && isRESpace(f[x+2]) &&
			hasAnyPrefix(f[x+3:], ownPlacePossessives) {
			return true
		}
	}
	return false
}

// ownPlacePossessives are the possessives of onlyOneInPlace.
var ownPlacePossessives = []string{"our", "my", "their", "his", "her"}

// recordingShows is describedRecording's test: a determiner before the recording's word and
// a clause word after it ("the video where ...").
func recordingShows(t *Text, p int) bool {
	f := t.Fold
	return p >= 4 && isRESpace(f[p-1]) && (strings.HasSuffix(f[:p-1], "the") || strings.HasSuffix(f[:p-1], "that") ||
		strings.HasSuffix(f[:p-1], "this")) && afterToken(f, p, "where", "in", "that", "showing")
}
