package redact

// An ordinal that counts the people of a small group one by one singles one of them out:
// "the 63rd returned POW to reach Seoul" (some eighty came back), "the 12th defector from
// the unit", "the third person from our village to cross". The unit detector, which reads
// every ordinal already, asks countedPersonAfter of those before no unit noun; the ordinal
// is a quantity, generalized where quantities are. Ordinals of things stay ("the 3rd
// floor", "the 20th century", "the 7th Party Congress").

var (
	// countedGroupNouns are the people of a small group that is counted by its members:
	// after an ordinal they are one known person.
	countedGroupNouns = setOfWords(`pow pows prisoner prisoners defector defectors escapee escapees
		returnee returnees repatriate repatriates deserter deserters abductee abductees crosser crossers`)
	// countedPersonNouns are people in general: an ordinal counts them out of a group only
	// with what makes one, a crossing ("the first woman to cross") or a place of origin ("the
	// third person from our village").
	countedPersonNouns = setOfWords(`person persons people one man men woman women soldier soldiers
		member members family families child children boy boys girl girls refugee refugees`)
	// countingVerbs, after "to", are what a group is counted by: who crossed, escaped, came
	// back first.
	countingVerbs = setOfWords(`cross escape defect flee leave return reach arrive come get make swim
		be go desert surrender`)
	// originWords, after "from", say whose group it is: "from our village", "from my unit".
	originWords = setOfWords(`our my his her their that this the`)
	// ordinalBreaks end the words between an ordinal and what it counts: "the third time the
	// defector ..." counts times.
	ordinalBreaks = setOfWords(`the a an of in on at to for with and or but time times day days week
		weeks month months year years floor century round class grade`)
)

// countedPersonAfter says whether the ordinal at word i counts a person of a small group:
// a group noun within three words, two between ("the 63rd returned POW"), a person noun followed by "to"
// and a crossing verb or by "from" and an owner ("the third person from our village to
// cross"), or "to" and a crossing verb right after it ("she was the first to cross").
func (c wordScan) countedPersonAfter(i int) bool {
	if c.w(i+1) == "to" && c.joined(i+1) && countingVerbs[c.w(i+2)] && c.joined(i+2) {
		return true
	}
	for k := i + 1; k <= i+3 && k < len(c.ws); k++ {
		if g := c.gap(k); g != " " && g != "-" && g != "\n" {
			return false
		}
		w := c.w(k)
		// A capitalised ordinal before capitals begins a name: "the Third Geneva Convention
		// protects prisoners".
		if c.upper(i) && c.upper(k) {
			return false
		}
		if countedGroupNouns[w] {
			return true
		}
		if countedPersonNouns[w] {
			return c.groupAfter(k)
		}
		if ordinalBreaks[w] || isOrdinal(w) || isAllDigits(w) {
			return false
		}
	}
	return false
}

// groupAfter says whether the person noun at word k is one of a group: "from" and an owner
// right after it, or "to" and a crossing verb within six words ("the first woman in our
// family to defect").
func (c wordScan) groupAfter(k int) bool {
	if c.w(k+1) == "from" && c.joined(k+1) && originWords[c.w(k+2)] && c.joined(k+2) {
		return true
	}
	for j := k + 1; j <= k+6 && j+1 < len(c.ws); j++ {
		if g := c.gap(j); g != " " && g != "\n" {
			return false
		}
		if c.w(j) == "to" && countingVerbs[c.w(j+1)] && c.joined(j+1) {
			return true
		}
	}
	return false
}
