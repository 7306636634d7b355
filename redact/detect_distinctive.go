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
	setOfWords("video photo photograph picture clip recording broadcast footage film"),
	setOfWords("last"))

func (distinctiveDetector) detect(t *Text, g *Gazetteer) []Candidate {
	an := distinctiveAnchors.find(t)
	out := t.candidateRoom()
	for _, m := range scanAroundFuncIf(t, findOnlyOneInPlace, an[0], 6, 120, theOnlyInOurPlace) {
		out = append(out, t.cand(m[2], m[3], Demographic, "only one in a small place", "a thing there was only one of in a street or village", 0.6))
	}
	if len(an[0])+len(an[2]) > 0 {
		c := newWordScan(t)
		for _, anchors := range [][]int{an[0], an[2]} {
			for _, p := range anchors {
				k := wordAt(c.ws, p)
				if end, person := c.singledOut(g, k); end > k {
					reason := "a thing only one household had in a street or village"
					if person {
						reason = "the only or last person of a kind in a group or place"
					}
					out = append(out, c.emit(k-1, end, Demographic, "only one in a group", reason, 0.6))
				}
			}
		}
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

// singledOutPersons are who "the only" or "the last" single out in a group ("the only woman
// in the unit", "the last man in my platoon"): occupations, and the words for a person, a
// household or a faith. "One" is among them ("the only one with a car in Musan").
var singledOutPersons = newWordTable(func() map[string]bool {
	m := setOfWords(`one woman women man men girl boy person family household defector defectors
		christian christians believer orphan widow widower student returnee`)
	for w := range occupations {
		m[w] = true
	}
	return m
}())

// singledOutGroups are the groups and small places a person is the only one of a kind in
// (not a family: "the only person in our family with money" singles out no one to a
// stranger); singledOutStreets are the ones an owned thing is ("the only piano in the
// street").
var (
	singledOutGroups = newWordTable(setOfWords(`street village town district unit block neighbourhood
		neighborhood building county farm school class factory mine ward lane company platoon battalion
		regiment brigade squad team camp prison cell dormitory barracks hamlet cooperative office
		church inminban`))
	singledOutStreets = newWordTable(setOfWords("street village block building hamlet inminban neighbourhood neighborhood"))
	// ownedCues say a household owned the thing: "we had the only piano in the street".
	ownedCues = newWordTable(setOfWords("had has have owned owns own bought got kept"))
)

// singledOut reads "the only|last" at word k-1 and k, then who or what it singles out and
// where, and returns the last word and whether a person is singled out; end <= k when the
// words are none of these:
//
//	the only woman in the unit, the last man in my platoon, the only one with a car in
//	Musan, the only seamstress on Wiyon-dong (a person, up to two words before it, in a
//	group or a place by its name), and
//	(we) had the only piano in the street (a thing, with a word of owning before it).
//
// "The first defector from our village" is the ordinal's (the military detector's "[nth]",
// which leaves the rest readable). "The only way out", "the last day" name neither; "the
// only airport in Pyongyang" is a public fact, and "the only shop in the village" a
// landmark: no one owns them in the sentence.
func (c *wordScan) singledOut(g *Gazetteer, k int) (int, bool) {
	if w := c.w(k); w != "only" && w != "last" || c.w(k-1) != "the" || !c.joined(k) {
		return -1, false
	}
	// The head: a person within three words ("the only female doctor"), else for "only" a
	// thing of one or two words.
	h, person := -1, false
	for j := k + 1; j <= k+3 && c.joined(j); j++ {
		if c.inSet(singledOutPersons, j) {
			// "the last one, from April" is a letter: "one" is a person only after "only"
			if c.w(j) != "one" || c.w(k) == "only" {
				h, person = j, true
			}
			break
		}
		if prepositionAfterHead(c.w(j)) || stopWords[c.w(j)] {
			break
		}
	}
	if !person {
		if c.w(k) != "only" || !c.inSet(ownedCues, k-2) || !c.joined(k-1) {
			return -1, false
		}
		for j := k + 1; j <= k+2 && c.joined(j); j++ {
			if w := c.w(j); w == "in" || w == "on" {
				if j > k+1 && c.w(j+1) == "the" && c.joined(j+1) && c.inSet(singledOutStreets, j+2) && c.joined(j+2) {
					return j + 2, false
				}
				break
			}
		}
		return -1, false
	}
	// "the only one with a car in Musan": what the person has, up to four words.
	j := h + 1
	if c.w(j) == "with" && c.joined(j) {
		for j++; j <= h+6 && c.joined(j) && !prepositionAfterHead(c.w(j)); j++ {
		}
	}
	if !prepositionAfterHead(c.w(j)) || c.gap(j) != " " || !c.joined(j+1) {
		return -1, false
	}
	return c.singledOutPlace(g, j+1)
}

// prepositionAfterHead are the prepositions that put the one singled out in a group.
func prepositionAfterHead(w string) bool {
	return w == "in" || w == "on" || w == "at" || w == "from" || w == "among"
}

// singledOutPlace reads the group or place from word p: "the unit", "our village", "our
// third block", or a place the gazetteer knows, not a country, or a name with a Korean
// administrative suffix ("Musan", "Wiyon-dong"). It returns its last word, or -1 when there
// is none. The places detector takes a place by its name, and leaves this span the words
// before it ("the [removed] in [a county in North Hamgyong Province]").
func (c *wordScan) singledOutPlace(g *Gazetteer, p int) (int, bool) {
	if w := c.w(p); w == "the" || kinOwners[w] {
		q := p + 1
		if isOrdinal(c.w(q)) && c.joined(q+1) {
			q++ // "our third block"
		}
		if c.joined(q) && c.inSet(singledOutGroups, q) {
			return q, true
		}
		return -1, false
	}
	if !c.upper(p) {
		return -1, false
	}
	end := p
	if c.gap(p+1) == "-" && adminSuffix(c.w(p+1)) != "" {
		end = p + 1 // "Wiyon-dong"
	} else if !c.placeAt(g, p) || c.countryAt(g, p) {
		return -1, false
	}
	return end, true
}
