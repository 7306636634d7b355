package redact

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// legalPlaceDetector finds the town a person lives in, was born in or works in, from the
// phrase that introduces it ("lives in Mersin", "a lawyer practising in Bursa", "the village
// of Kalogrea"), wherever the town is missing from the gazetteer. Court documents name such
// towns from every country; no gazetteer lists them all. Countries stay (the gazetteer says
// which names are countries), and so do public bodies.
type legalPlaceDetector struct{}

func init() { register(legalPlaceDetector{}) }

func (legalPlaceDetector) name() string { return "legal_place" }

var (
	// placeCue introduces a person's place.
	placeCue = regexp.MustCompile(`\b(?:lives|lived|live|living|resides|resided|residing|reside|born|practising|practicing|located|situated|detained|imprisoned|held|settled|grew up|moved|moved back|returned|fled|arrested|registered|domiciled) (?:in|at|to) (?:the )?|\b(?:[Vv]illage|[Tt]own|[Cc]ity|[Dd]istrict|[Pp]rovince|[Rr]egion|[Mm]unicipality|[Hh]amlet|[Nn]eighbourhood|[Ss]uburb|[Aa]rea|[Bb]orough|[Cc]ounty) of |\b(?:land|property|plot|house|flat|farm|home|estate|detention|custody|prison) (?:in|at) `)
	// placeCountry continues a place with the country or region it is in: ", Poland",
	// " (Turkey)", ", Salzburg".
	placeCountry = regexp.MustCompile(`^(?:,\s|\s\()(\p{Lu}[\p{L}\p{M}'’-]+(?:[ -]\p{Lu}[\p{L}\p{M}'’-]+)?)\)?`)
	placeCueAt   = anchored(placeCue)
	// placeName is one to three capitalised words: "Mersin", "Frankfurt am Main", "Çankaya".
	placeName = regexp.MustCompile(`^\p{Lu}[\p{L}\p{M}'’-]+(?:(?: am| an der| upon| on| de| del| sur)? \p{Lu}[\p{L}\p{M}'’-]+){0,2}`)
)

// placeStop are capitalised words after a cue that are not a town.
var placeStop = setOfWords(`the a an this that his her their its our my prison custody hospital
	police court republic kingdom state federal united northern southern eastern western north
	south east west central upper lower greater january february march april may june july august
	september october november december`)

// placeCueOK is placeCue's test (anchorTest): every cue is a word, a space and "in", "at",
// "to" or "of" ("grew up in", "moved back to": "up" or "back" first).
func placeCueOK(t *Text, p int) bool {
	// afterToken(s, p, "in ", "at ", "to ", "of ", "up ", "back "), without its loop over
	// the words: the two letters after the token's white space tell them apart.
	s := t.Norm
	e := p
	for e < len(s) && !isRESpace(s[e]) {
		e++
	}
	if e+3 >= len(s) {
		return false
	}
	switch s[e+1 : e+3] {
	case "in", "at", "to", "of", "up":
		return s[e+3] == ' '
	case "ba":
		return strings.HasPrefix(s[e+3:], "ck ")
	}
	return false
}

// placeCueKept is placeCueOK and the test the detector makes of a cue: that a capital
// follows it. A cue is two to four words, each followed by one space ("lives in ", "grew up
// in the "), so it ends just after the second, third or fourth space from p; where no capital
// stands after any of these, the pattern need not run. No cue holds an anchor word after its
// first, so skipping one never lets a later anchor through that scanAtIf would have dropped.
func placeCueKept(t *Text, p int) bool {
	if !placeCueOK(t, p) {
		return false
	}
	s := t.Norm
	spaces := 0
	for i := p; i < len(s) && i < p+60 && spaces < 4; i++ {
		if s[i] != ' ' {
			continue
		}
		if spaces++; spaces >= 2 && upperAt(s, i+1) {
			return true
		}
	}
	return false
}

// countries are states the gazetteer may not list; a country alone identifies no one. The
// nations of the United Kingdom are not listed: "lives in Scotland" narrows a person down.
var countries = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range strings.Split(`afghanistan,albania,algeria,andorra,angola,argentina,armenia,australia,
		austria,azerbaijan,bahrain,bangladesh,belarus,belgium,bosnia and herzegovina,brazil,bulgaria,
		cambodia,canada,chile,china,colombia,croatia,cuba,cyprus,czech republic,czechia,denmark,egypt,
		eritrea,estonia,ethiopia,finland,france,georgia,germany,ghana,greece,hungary,iceland,
		india,indonesia,iran,iraq,ireland,israel,italy,japan,jordan,kazakhstan,kenya,kosovo,kuwait,
		kyrgyzstan,laos,latvia,lebanon,libya,liechtenstein,lithuania,luxembourg,malaysia,malta,mexico,
		moldova,monaco,mongolia,montenegro,morocco,myanmar,nepal,netherlands,nigeria,north korea,
		north macedonia,macedonia,norway,pakistan,palestine,philippines,poland,portugal,qatar,romania,
		russia,san marino,saudi arabia,serbia,sierra leone,slovakia,slovenia,somalia,
		south africa,south korea,korea,spain,sri lanka,sudan,sweden,switzerland,syria,taiwan,
		tajikistan,thailand,tunisia,turkey,türkiye,turkmenistan,uganda,ukraine,united kingdom,
		united states,uzbekistan,vietnam,yemen,yugoslavia,zimbabwe,europe,asia,africa`, ",") {
		m[strings.TrimSpace(c)] = true
	}
	return m
}()

// placeWords start a place cue.
var placeWords = setOfWords(`live lived living reside resided residing born practising practicing
	located situated detained imprisoned held settled grew moved returned fled arrested registered
	domiciled village town city district province region municipality hamlet neighbourhood suburb
	area borough county land property plot house flat farm home estate detention custody prison`)

var placeAnchors = newAnchorTable(placeWords)

func (legalPlaceDetector) detect(t *Text, g *Gazetteer) []Candidate {
	s := t.Norm
	out := t.candidateRoom()
	for _, m := range scanAtFuncIf(t, placeCueMatch, placeAnchors.find(t)[0], 60, placeCueKept) {
		if !upperAt(s, m[1]) {
			continue
		}
		n := placeNameEnd(s[m[1]:])
		if n < 0 {
			continue
		}
		a, b := m[1], m[1]+n
		words := strings.Fields(s[a:b])
		if placeStop[strings.ToLower(words[0])] {
			continue
		}
		if e, ok := g.Places[strings.ToLower(s[a:b])]; ok && e.Kind == "country" || countries[strings.ToLower(s[a:b])] {
			continue
		}
		entry := &PlaceEntry{Name: s[a:b], Kind: "city"}
		score := 0.6
		if len(words) > 1 {
			// "Frankfurt am Main" is one town: it must win over "Frankfurt" alone (places
			// score 0.9), or "am Main" would be left as a place of its own. Its first word
			// may still tell the country.
			score = 0.91
			if e, ok := g.Places[strings.ToLower(words[0])]; ok && e.Kind != "country" {
				entry.Country = e.Country
			}
		}
		if b >= len(s) || s[b] != ',' && !isRESpace(s[b]) {
			// placeCountry starts with ", " or " (".
		} else if c := placeCountryMatch(s[b:]); c != nil {
			name := s[b+c[2] : b+c[3]]
			if !placeStop[strings.ToLower(strings.Fields(name)[0])] && !nameStop[strings.ToLower(strings.Fields(name)[0])] {
				if countries[strings.ToLower(name)] {
					// "Warsaw, Poland" is one address: it must win over "Poland" alone,
					// which stays readable, or half of the address would.
					entry.Country = name
					score = 0.96
				}
				b += c[1]
			}
		}
		// A capitalised cue ("the District of Kyrenia") is part of the place's name.
		if cue := s[m[0]:m[1]]; unicode.IsUpper([]rune(cue)[0]) && strings.HasSuffix(cue, " of ") {
			a = m[0]
		}
		oa, ob := t.Orig(a, b)
		out = append(out, Candidate{Start: oa, End: ob, Category: Place, Detector: "legal_place",
			Rule: "place after cue", Reason: "a capitalised name after a place cue (\"born in\", \"district of\", ...)",
			Score: score, Place: entry})
	}
	return dedupeCandidates(out)
}

// The place patterns are matched by hand: Go's regexp cost thousands of instructions a try
// for what a few prefix tests decide. The tests hold each to its pattern.

// placeCueWords are placeCue's three alternatives, their words in the order the alternation
// tries them, and what each must be followed by.
var (
	placeCueLiving = []string{"lives", "lived", "live", "living", "resides", "resided", "residing", "reside", "born",
		"practising", "practicing", "located", "situated", "detained", "imprisoned", "held", "settled", "grew up",
		"moved", "moved back", "returned", "fled", "arrested", "registered", "domiciled"}
	placeCueKinds = []string{"illage", "own", "ity", "istrict", "rovince", "egion", "unicipality", "amlet",
		"eighbourhood", "uburb", "rea", "orough", "ounty"} // after [Vv], [Tt], ...
	placeCueKindFirst = "VTCDPRMHNSABC"
	placeCueHolding   = []string{"land", "property", "plot", "house", "flat", "farm", "home", "estate", "detention",
		"custody", "prison"}
)

// placeCueMatch is placeCueAt.FindStringSubmatchIndex(w): the first alternative whose word
// and what follows it stand at the start of w. No word of an alternative is followed by
// what another word's end could be, so each word is tried on its own, in order.
func placeCueMatch(w string) []int {
	// \b(?:lives|...) (?:in|at|to) (?:the )?
	for _, c := range placeCueLiving {
		if len(w) > len(c)+3 && w[len(c)] == ' ' && strings.HasPrefix(w, c) {
			q := len(c) + 1
			if p := w[q : q+2]; (p == "in" || p == "at" || p == "to") && q+2 < len(w) && w[q+2] == ' ' {
				q += 3
				if strings.HasPrefix(w[q:], "the ") {
					q += 4
				}
				return []int{0, q}
			}
		}
	}
	// \b(?:[Vv]illage|...) of
	for k, c := range placeCueKinds {
		if first := placeCueKindFirst[k]; len(w) > len(c) && (w[0] == first || w[0] == first+'a'-'A') &&
			strings.HasPrefix(w[1:], c) && strings.HasPrefix(w[1+len(c):], " of ") {
			return []int{0, 1 + len(c) + 4}
		}
	}
	// \b(?:land|...) (?:in|at)
	for _, c := range placeCueHolding {
		if len(w) >= len(c)+4 && w[len(c)] == ' ' && strings.HasPrefix(w, c) {
			if p := w[len(c)+1 : len(c)+3]; (p == "in" || p == "at") && len(w) > len(c)+3 && w[len(c)+3] == ' ' {
				return []int{0, len(c) + 4}
			}
		}
	}
	return nil
}

// placeNameParticles are placeName's optional words between two capitalised ones, in the
// order its alternation tries them.
var placeNameParticles = []string{" am", " an der", " upon", " on", " de", " del", " sur"}

// placeNameEnd is the end of placeName's match at the start of s, or -1. No class holds a
// space, and a space follows each run of the pattern's words, so each run is read whole;
// each of the two optional parts takes the first particle after which a space and a
// capitalised word follow, or none.
func placeNameEnd(s string) int {
	end := capitalisedRunEnd(s, 0)
	if end < 0 {
		return -1
	}
	for k := 0; k < 2; k++ {
		next := -1
		for _, p := range placeNameParticles {
			if strings.HasPrefix(s[end:], p) {
				if e := spacedCapitalisedRunEnd(s, end+len(p)); e >= 0 {
					next = e
					break
				}
			}
		}
		if next < 0 {
			next = spacedCapitalisedRunEnd(s, end)
		}
		if next < 0 {
			break
		}
		end = next
	}
	return end
}

// spacedCapitalisedRunEnd is the end of ` \p{Lu}[\p{L}\p{M}'’-]+` at i of s, or -1.
func spacedCapitalisedRunEnd(s string, i int) int {
	if i >= len(s) || s[i] != ' ' {
		return -1
	}
	return capitalisedRunEnd(s, i+1)
}

// capitalisedRunEnd is the end of `\p{Lu}[\p{L}\p{M}'’-]+` at i of s, or -1.
func capitalisedRunEnd(s string, i int) int {
	if !upperAt(s, i) {
		return -1
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	e := i + n
	for e < len(s) {
		r, size := utf8.DecodeRuneInString(s[e:])
		if !(unicode.IsLetter(r) || unicode.IsMark(r) || r == '\'' || r == '’' || r == '-') {
			break
		}
		e += size
	}
	if e == i+n {
		return -1
	}
	return e
}

// placeCountryMatch is placeCountry.FindStringSubmatchIndex(s): ", " or " (" (any white
// space), one or two capitalised words parted by a space or a hyphen, and an optional ")".
func placeCountryMatch(s string) []int {
	if len(s) < 2 || !(s[0] == ',' && isRESpace(s[1]) || isRESpace(s[0]) && s[1] == '(') {
		return nil
	}
	end := capitalisedRunEnd(s, 2)
	if end < 0 {
		return nil
	}
	if end < len(s) && (s[end] == ' ' || s[end] == '-') {
		if e := capitalisedRunEnd(s, end+1); e >= 0 {
			end = e
		}
	}
	name := end
	if end < len(s) && s[end] == ')' {
		end++
	}
	return []int{0, end, 2, name}
}
