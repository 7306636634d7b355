package redact

import (
	"strings"
	"unicode/utf8"
)

// Cue-based detectors for details that are not names but find a household: workplaces
// ("worked at the Musan mine"), street addresses, kinship ("my younger sister"), physical
// descriptions ("a scar on his left cheek") and crossing points and routes ("crossed the
// Tumen near Hoeryong").

func init() {
	register(workplaceDetector{})
	register(addressDetector{})
	register(kinshipDetector{})
	register(physicalDetector{})
	register(routeDetector{})
}

type workplaceDetector struct{}

func (workplaceDetector) name() string { return "workplace" }

var workplaceNounSet = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range workplaceNouns {
		m[n] = true
	}
	for _, n := range []string{"mines", "farms", "factories", "enterprises", "plants", "mills", "schools",
		"hospitals", "complexes", "cooperatives", "co", "ltd", "corporation", "trading", "association",
		"laboratory", "institute", "academy", "clinic", "centre", "center", "prison", "camp", "port",
		"shipyard", "salon", "warehouse", "administration", "plant", "mill", "unit"} {
		m[n] = true
	}
	return m
}()

// Kinds of workplace word (workWords).
const (
	workNoun     uint8 = 1 << iota // in workplaceNounSet
	workModifier                   // in workModifiers
)

// workWords says in one probe (tableAt) whether a word is a workplace noun or modifier: the
// workplace detector asks of the words on either side of every workplace noun.
var workWords = func() *wordTable[uint8] {
	m := map[string]uint8{}
	for w, ok := range workplaceNounSet {
		if ok {
			m[w] |= workNoun
		}
	}
	for w, ok := range workModifiers {
		if ok {
			m[w] |= workModifier
		}
	}
	return newWordTable(m)
}()

var workCues = []string{"worked", "work", "works", "working", "employed", "job", "assigned", "sent",
	"labourer", "laborer", "manager", "director", "engineer", "teacher", "nurse", "doctor", "student", "studied"}

// phraseDeterminers begin a noun phrase and are never part of a workplace's name ("My unit
// was ...", "What unit were you in?", "Which farm?").
var phraseDeterminers = newWordTable(set("the", "a", "an", "my", "our", "his", "her", "their", "your", "its", "what", "which", "whose", "this",
	"that", "these", "those", "every", "each", "any", "some"))

// nameWord says whether word i can be part of a proper name of a workplace: capitalised,
// a number ("No. 2 Coal Mine"), or a connector inside a name ("of", "and").
func (c wordScan) nameWord(i int) bool {
	w := c.w(i)
	return c.upper(i) || isAllDigits(w) || isOrdinal(w) || w == "no"
}

// industrialNouns end the names of works that join two products with "and": "Iron and
// Steel Complex", "Chemical and Fibre Factory".
var industrialNouns = set("complex", "works", "plant", "factory", "mill", "mine", "enterprise", "combine", "company")

// numberedWorkUnits are the parts of a workplace, school or prison known by a number: "work
// team 4", "Pit No. 18", "stall 112", "class 3-2", "Farm No. 8", "cell 5". With the
// workplace, the number names a few dozen people.
var (
	numberedWorkUnitWords = set("team", "pit", "shaft", "stall", "class", "farm", "mine", "cell", "ward", "barrack",
		"barracks", "workshop")
	numberedWorkUnits = newWordTable(numberedWorkUnitWords)
	// numberedPlaceAnchors finds, with the text's other anchor words, the words a number
	// names a camp or a work unit beside (campWords, numberedWorkUnitWords) and the "dong"
	// and "ri" a house number comes before (houseNumbers): in a text all ASCII, which has no
	// Korean form of them, the digit words need not be read without one.
	numberedPlaceAnchors = newAnchorTable(campWords, numberedWorkUnitWords, set("dong", "ri"))
)

// numberedPlaceCues says whether the digit words of t may be read for an English numbered
// camp or work unit (numbered) or house number (house): t is not all ASCII, or has one of
// their nouns.
func numberedPlaceCues(t *Text) (numbered, house bool) {
	if !t.isASCII() {
		return true, true
	}
	an := numberedPlaceAnchors.find(t)
	return len(an[0]) > 0 || len(an[1]) > 0, len(an[2]) > 0
}

// numberedWorkUnit returns the first word of a numbered work unit that ends with number
// word i ("work team 4", "Pit No. 18"), else -1.
func (c wordScan) numberedWorkUnit(i int) int {
	k := i - 1
	if w := c.w(k); (w == "no" || w == "number") && (c.joined(k+1) || c.gap(k+1) == ". ") {
		k--
	} else if !c.joined(i) || c.gap(i) != " " {
		return -1
	}
	if !c.inSet(numberedWorkUnits, k) || c.gap(k+1) != " " && c.gap(k+1) != ". " {
		return -1
	}
	// Capitalised, only those that name a place of work: "Pit No. 18", "Farm No. 8"; a "Class
	// 1" or "Team 4" is as often a category of a law or a game.
	if c.upper(k) && !(c.w(k) == "pit" || c.w(k) == "farm" || c.w(k) == "mine" || c.w(k) == "shaft") {
		return -1
	}
	// "work team", "sub-work team": the kind of unit before it.
	for k > 0 && (c.w(k-1) == "work" || c.w(k-1) == "sub") && (c.gap(k) == " " || c.gap(k) == "-") {
		k--
	}
	return k
}

// koreanNumberedUnits are the Korean work teams and units named by a number glued before
// them: "2분조" (a farm's sub-work team), "3작업반" (a work team), "5직장" (a shop of a works).
var koreanNumberedUnits = []string{"분조", "작업반", "직장"}

// koreanNumberedWorkplace returns the span (Fold offsets) of a Korean workplace known by its
// number whose number is in word i: a works numbered with 호 ("제25호 공장", "25호공장"), a
// work team ("2분조였어요"), or an enterprise named after a date ("2.8직동청년탄광", "4.25
// 기업소": the date glued before the name with a full stop). Few people work in one, and
// the number names it as a town's name does.
func (c wordScan) koreanNumberedWorkplace(i int) (start, end int, ok bool) {
	w := c.w(i)
	p := strings.TrimPrefix(w, "제")
	n := leadingDigits(p)
	if n == 0 || n > 4 {
		return 0, 0, false
	}
	base := c.ws[i].start + len(w) - len(p) + n // after the number
	rest := p[n:]
	if after, ok := strings.CutPrefix(rest, "호"); ok {
		// "25호공장", "제25호 공장에서".
		if k := koreanWorkNounAt(after); k > 0 {
			return c.ws[i].start, base + len("호") + k, true
		}
		if after == "" && c.gap(i+1) == " " {
			if k := koreanWorkNounAt(c.w(i + 1)); k > 0 {
				return c.ws[i].start, c.ws[i+1].start + k, true
			}
		}
		return 0, 0, false
	}
	for _, u := range koreanNumberedUnits {
		if r, ok := strings.CutPrefix(rest, u); ok && (r == "" || stripPlaceEndings("가"+r) == "가") {
			return c.ws[i].start, base + len(u), true
		}
	}
	// "2.8직동청년탄광": a month.day glued by a full stop before a workplace's name.
	if i > 0 && c.gap(i) == "." && w == p && n <= 2 && isAllDigits(c.w(i-1)) && len(c.w(i-1)) <= 2 {
		if k := koreanWorkplace(rest); k > 0 {
			return c.ws[i-1].start, base + k, true
		}
	}
	return 0, 0, false
}

// koreanWorkNounAt is the length of the Korean workplace noun s starts with, or 0.
func koreanWorkNounAt(s string) int {
	for _, n := range koreanWorkplaceNouns {
		if strings.HasPrefix(s, n.noun) {
			return len(n.noun)
		}
	}
	return 0
}

func (workplaceDetector) detect(t *Text, g *Gazetteer) []Candidate {
	c := newWordScan(t)
	out := t.candidateRoom()
	first := len(c.ws)
	if numbered, _ := numberedPlaceCues(t); numbered {
		first = c.next(0, clsDigit)
	}
	for i := first; i < len(c.ws); i = c.next(i+1, clsDigit) {
		if !isAllDigits(c.w(i)) {
			// "12호 교화소", "관리소 15호": a camp known by its number (detect_camps.go).
			if c.t.wordFlags[i]&wordOther != 0 {
				if a, b, ok := c.koreanNumberedCamp(i); ok {
					out = append(out, t.cand(a, b, Workplace, "numbered camp", "a prison camp known by its number", 0.95))
				} else if a, b, ok := c.koreanNumberedWorkplace(i); ok {
					out = append(out, t.cand(a, b, Workplace, "Korean numbered workplace", "a workplace or work team known by its number", 0.85))
				}
			}
			continue
		}
		if a, b := c.numberedCamp(i); a >= 0 {
			out = append(out, c.emit(a, b, Workplace, "numbered camp", "a prison camp known by its number", 0.95))
			i = b
			continue
		}
		if k := c.numberedWorkUnit(i); k >= 0 {
			end := i
			if c.gap(i+1) == "-" && isAllDigits(c.w(i+1)) { // "class 3-2"
				end++
			}
			out = append(out, c.emit(k, end, Workplace, "numbered work unit", "a part of a workplace known by its number", 0.8))
			i = end
		}
	}
	// The Hangul words looked at are those koreanWorkplace's first test lets through
	// (clsKoreanWorkplace): most fail it.
	const mask = clsWorkplace | clsKoreanWorkplace
	for i := c.next(0, mask); i < len(c.ws); i = c.next(i+1, mask) {
		w := c.w(i)
		if w == "group" && c.upper(i) && isAllDigits(c.w(i+1)) && c.joined(i+1) {
			// "Group 109": an inspection or work group known by its number.
			out = append(out, c.emit(i, i+1, Workplace, "numbered group", "\"Group\" followed by a number", 0.75))
			i++
			continue
		}
		if c.cls[i]&clsHangul != 0 {
			// "혜산 신발공장", "검덕광산", "혜산시 인민재판소".
			if len(w) < 9 {
				continue // shorter words hold no noun after a syllable (koreanWorkplace): spare the call
			}
			if n := koreanWorkplace(w); n > 0 {
				start := i
				if p := c.w(i - 1); c.joined(i) && hangulOrCJK(p) && (koreanAdminWord(p) || c.placeAt(g, i-1)) {
					start = i - 1
				}
				if start == i && genericKoreanWorkplaces[w[:n]] {
					continue // "대학교에서": a kind of workplace, named by no town
				}
				out = append(out, t.cand(c.ws[start].start, c.ws[i].start+n, Workplace, "Korean workplace word",
					"word ending in a workplace noun", 0.75))
			}
			continue
		}
		if c.cls[i]&clsWorkplace == 0 || w == "group" && !workplaceNounSet[w] {
			continue // clsWorkplace is workplaceNounSet and "group"
		}
		// A chain of workplace nouns is one workplace: "cooperative farm", "police station".
		for tableAt(&c, workWords, i+1)&workNoun != 0 && c.joined(i+1) {
			i++
		}
		// Walk back over the name: "Hyesan Youth Copper Mine", "February 8 Vinalon Complex",
		// and over lower-case kinds of work inside it: "Hoeryong textile mill".
		start := i
		named, bodyOf := false, false
		for k := i - 1; k >= 0 && k >= i-6 && (c.joined(k+1) || c.w(k) == "no" && c.gap(k+1) == ". "); k-- {
			if c.inSet(phraseDeterminers, k) {
				break // "My unit was ...": a capital at the start of a sentence, no name
			}
			if a := c.w(k); (a == "and" || a == "&") && industrialNouns[w] && c.upper(k-1) && c.upper(k+1) {
				start = k // "Kim Chaek Iron and Steel Complex" (not "Foreign and Commonwealth Office")
				continue
			}
			if c.nameWord(k) {
				start, named = k, true
				continue
			}
			if c.w(k) == "of" && named && k > 0 && c.joined(k) && c.nameWord(k-1) && bodyHeads[c.w(k-1)] {
				// "the Ministry of State Security office": the name goes on before "of", so
				// that a public body's office is seen as the body's (the allow list).
				start, bodyOf = k, true
				continue
			}
			if tableAt(&c, workWords, k) != 0 || c.w(k) == "s" && c.gap(k) == "'" {
				start = k
				continue
			}
			break
		}
		if start < i && c.w(start) == "s" && c.gap(start) == "'" {
			// The possessive's "s" with its owner outside the name ("UNHCR's office in
			// Bangkok"): the owner is no part of this workplace, nor is its "s".
			start++
		}
		if named && start < i && c.upper(start) && isCommonWord(c.w(start)) {
			// "On 8 February Vinalon Complex workers struck": the capitalised common word
			// that starts the sentence is no part of the name; the name is the capitalised
			// words after it, if there are any.
			start++
			named = false
			for k := start; k < i && !named; k++ {
				named = c.upper(k)
			}
		}
		for start < i && !c.nameWord(start) && named {
			// the name must lead: "textile mill" alone is no name
			if c.nameWord(start) {
				break
			}
			start++
		}
		end := i
		// "the labour training unit in Hoeryong", "a hospital in Bucheon": a workplace
		// placed in a town names it as well as a name does.
		placed := false
		// A body's office ("the Ministry of State Security office in Kanggye") is named by
		// the body; the town is left to the places detector, so the allow list can keep
		// the body and its office while the town is generalized.
		if p := c.w(i + 1); !bodyOf && (p == "in" || p == "at" || p == "of") && c.joined(i+1) && c.upper(i+2) && !allCapsSentenceStart(c, i+2) &&
			placedNouns[w] && !c.countryAt(g, i+2) {
			end = i + 2
			for end+1 < len(c.ws) && c.upper(end+1) && c.joined(end+1) && end < i+5 {
				end++
			}
			placed = true
		}
		if !named && !placed {
			continue
		}
		if w == "works" && !c.upper(i) && named && start == i-1 && !placed && tableAt(&c, workWords, start) == 0 {
			// "works" is a verb as often as a noun: after one capitalised word it is the
			// subject's ("Kim works at a bakery", "She works nights", "Mother works"); a
			// name of works has more words or a capital ("Hwanghae Iron Works", "Sungri
			// Works").
			continue
		}
		if named && allCapsSentenceStart(c, start) && !placed {
			continue
		}
		if named && !placed && c.nationalBody(g, start, i) {
			continue
		}
		if !named {
			// Take the kind of work before the noun: "cosmetics warehouse in Hwaseong".
			for start > 0 && c.joined(start) && (tableAt(&c, workWords, start-1)&workModifier != 0 || c.w(start-1) == "electronics" || c.w(start-1) == "parts") {
				start--
			}
		}
		if a := c.w(start - 1); (a == "the" || a == "a" || a == "an") && c.joined(start) {
			start--
		}
		score := 0.7
		reason := "a proper name before a workplace noun"
		if !named {
			reason = "a workplace noun placed in a named town"
			score = 0.65
		}
		for k := start; k < i; k++ {
			if c.w(k) == "no" && isAllDigits(c.w(k+1)) {
				// "Hyesan No. 2 Primary School": a numbered institution is one name, which
				// the town or the kind of school alone must not split.
				score = 0.95
			}
			if named && datedName(c, g, k, i) {
				// "February 8 Vinalon Complex", "8 February Vinalon Complex": North Korea
				// names works after a date; the date is the name's, not a day of the story,
				// and the whole name is the workplace, not "[a date] [a complex]".
				score = 0.95
			}
		}
		if cue, ok := cueBefore(c.s, c.ws[start].start, 40, workCues); ok {
			score += 0.1
			reason += "; context word " + quoteCue(cue)
		}
		out = append(out, c.emit(start, end, Workplace, "name + workplace noun", reason, score))
		i = end
	}
	return out
}

// workModifiers are lower-case words inside a workplace's name or kind.
var workModifiers = map[string]bool{"cooperative": true, "textile": true, "tractor": true, "timber": true,
	"shoe": true, "clothing": true, "county": true, "district": true, "provincial": true, "city": true,
	"police": true, "detention": true, "prison": true, "labour": true, "labor": true, "training": true,
	"food": true, "trading": true, "women": true, "girls": true, "boys": true, "middle": true, "primary": true,
	"high": true, "people": true, "coal": true, "copper": true, "iron": true, "steel": true, "paper": true,
	"machine": true, "power": true, "holding": true, "hair": true, "nursing": true, "cosmetics": true,
	"electronics": true, "parts": true, "fishing": true, "state": true, "collective": true, "knitting": true,
	"administration": true, "youth": true, "railway": true, "repair": true, "border": true, "guard": true,
	"radio": true, "detection": true, "security": true, "inspection": true}

// koreanWorkplace returns the length of w up to and including a workplace noun it ends
// with (공장, 광산, 농장, 기업소, 병원, 학교, 재판소, 탄광, 대학, 경비대, 수용소, 교화소,
// 집결소), or 0.
func koreanWorkplace(w string) int {
	if len(w) < 9 {
		return 0 // a noun must follow at least one syllable, and the shortest is two
	}
	// A noun whose first syllable is nowhere past w's first byte cannot be found past it:
	// most words have none of them, and the rest only one or two.
	firsts := workplaceSyllablesAfterStart(w)
	if firsts == 0 {
		return 0
	}
	for _, n := range koreanWorkplaceNouns {
		if firsts&n.first == 0 {
			continue
		}
		if i := strings.Index(w, n.noun); i > 0 {
			return i + len(n.noun)
		}
	}
	return 0
}

// genericKoreanWorkplaces are words koreanWorkplace reads as a name and its noun (대 +
// 학교) that are kinds of workplace: alone they name no workplace; after a town's name they
// are that town's ("혜산 인민병원"). 국경경비대 is not here: "동생은 국경경비대에 있어요" is
// a relative's service, which the policies remove as they remove "a border guard".
var genericKoreanWorkplaces = set("대학교", "중학교", "소학교", "초등학교", "고등학교", "고등중학교", "인민학교",
	"중등학교", "전문학교", "기술학교", "간호학교", "인민병원", "종합병원", "인민대학")

// koreanWorkplaceNouns are koreanWorkplace's nouns in the order it tries them, each with the
// bit of its first syllable in workplaceSyllablesAfterStart's set.
var koreanWorkplaceNouns = []struct {
	noun  string
	first uint16
}{
	{"공장", 1 << 0}, {"광산", 1 << 1}, {"농장", 1 << 2}, {"기업소", 1 << 3}, {"병원", 1 << 4}, {"학교", 1 << 5},
	{"재판소", 1 << 6}, {"탄광", 1 << 7}, {"대학교", 1 << 8}, {"대학", 1 << 8}, {"경비대", 1 << 9},
	{"수용소", 1 << 10}, {"교화소", 1 << 11},
	{"집결소", 1 << 12}, // a holding centre for those sent back ("농포집결소"), named after its place
}

// workplaceSyllablesAfterStart returns the set of the first syllables of koreanWorkplace's
// nouns (공 광 농 기 병 학 재 탄 대 경 수 교 집, bits as in koreanWorkplaceNouns) that start at some
// byte of w after the first.
func workplaceSyllablesAfterStart(w string) (set uint16) {
	for p := 1; p+3 <= len(w); p++ {
		if w[p] < 0xEA || w[p] > 0xED {
			continue // not the lead byte of a Hangul syllable
		}
		r := syllable3(w[p], w[p+1], w[p+2])
		if r < 0 {
			continue
		}
		p += 2 // continuation bytes: no syllable starts there
		switch r {
		case '공':
			set |= 1 << 0
		case '광':
			set |= 1 << 1
		case '농':
			set |= 1 << 2
		case '기':
			set |= 1 << 3
		case '병':
			set |= 1 << 4
		case '학':
			set |= 1 << 5
		case '재':
			set |= 1 << 6
		case '탄':
			set |= 1 << 7
		case '대':
			set |= 1 << 8
		case '경':
			set |= 1 << 9
		case '수':
			set |= 1 << 10
		case '교':
			set |= 1 << 11
		case '집':
			set |= 1 << 12
		}
	}
	return set
}

// bodyHeads begin the names of bodies that take "of": "the Ministry of State Security
// office", "the Bank of China branch".
var bodyHeads = set("ministry", "department", "bureau", "commission", "committee", "office", "directorate",
	"agency", "service", "council", "court", "bank", "university", "academy", "institute", "federation",
	"union", "league", "party", "board", "administration")

// placedNouns are the civilian workplaces that a town names ("a hospital in Bucheon");
// "the base at Vladivostok" is left to the place detector.
var placedNouns = map[string]bool{"hospital": true, "factory": true, "plant": true, "mill": true, "farm": true,
	"mine": true, "school": true, "shipyard": true, "salon": true, "warehouse": true, "restaurant": true,
	"company": true, "centre": true, "center": true, "prison": true, "camp": true, "unit": true, "clinic": true,
	"market": true, "cooperative": true, "enterprise": true, "station": true, "port": true, "office": true}

// stateBodyHeads end the name of a state body; stateFunctions say what it does;
// stateNations name the state, among them those of the escape route (China, Laos, Vietnam,
// Cambodia, Thailand, Mongolia).
var (
	stateBodyHeads = set("bureau", "office", "administration")
	stateFunctions = set("immigration", "emigration", "exit", "entry", "public", "security", "state",
		"national", "border", "customs", "police", "foreign", "affairs", "interior", "s")
	stateNations = set("thai", "lao", "laotian", "vietnamese", "cambodian", "mongolian", "chinese",
		"korean", "burmese", "russian", "japanese", "american", "british", "south", "north")
)

// nationalBody says whether the named workplace of words [start, i] is a state's own body,
// named by no more than its state and its function: "the Thai Immigration Bureau", "the
// Chinese Public Security Bureau", "the Immigration Bureau". A public body places no one
// and stays readable; a town in the name ("the Yanji Immigration Bureau") makes it the
// local office, which does place a person, and a name of another word is a workplace.
func (c wordScan) nationalBody(g *Gazetteer, start, i int) bool {
	if !stateBodyHeads[c.w(i)] {
		return false
	}
	function := false
	for k := start; k < i; k++ {
		switch w := c.w(k); {
		case k == start && (w == "the" || w == "a" || w == "an"):
		case stateFunctions[w]:
			function = function || w != "s"
		case stateNations[w] || c.countryAt(g, k):
		default:
			return false
		}
	}
	return function
}

// countryAt says whether word i is a country in the gazetteer.
func (c wordScan) countryAt(g *Gazetteer, i int) bool {
	if g == nil {
		return false
	}
	p, ok := g.Places[c.w(i)]
	if !ok {
		p, ok = g.Places[c.w(i)+" "+c.w(i+1)]
	}
	return ok && p.Kind == "country"
}

// placeAt says whether word i is a gazetteer place.
func (c wordScan) placeAt(g *Gazetteer, i int) bool {
	if g == nil {
		return false
	}
	_, ok := g.Places[c.w(i)]
	return ok
}

// allCapsSentenceStart rejects a one-word "name" that is only capitalised because it starts
// a sentence ("Mines were closed").
func allCapsSentenceStart(c wordScan, i int) bool {
	return strings.ContainsAny(c.gap(i), ".!?\n") && isCommonWord(c.w(i))
}

func isCommonWord(w string) bool { return stopWords[w] || w == "our" || w == "all" || w == "some" }

type addressDetector struct{}

func (addressDetector) name() string { return "address" }

var streetTypes = map[string]bool{"street": true, "st": true, "road": true, "rd": true, "avenue": true,
	"ave": true, "lane": true, "boulevard": true, "blvd": true, "drive": true, "way": true, "alley": true,
	"ro": true, "gil": true, "daero": true, "lu": true, "jie": true, "hutong": true, "ulitsa": true,
	"prospekt": true, "terrace": true, "crescent": true, "gardens": true, "close": true, "court": true,
	"row": true, "highway": true, "square": true, "place": true, "walk": true, "mews": true, "grove": true}

// streetTypesCapital are street types that are ordinary words too: they count only when
// capitalised, after a capitalised name and with a house number ("14 Albion Close").
var streetTypesCapital = map[string]bool{"way": true, "drive": true, "st": true, "close": true, "court": true,
	"row": true, "square": true, "place": true, "walk": true, "grove": true, "gardens": true}

var addressTails = map[string]bool{"apartment": true, "apt": true, "flat": true, "room": true,
	"building": true, "bldg": true, "floor": true, "suite": true, "block": true, "no": true, "house": true,
	"dong": true, "ho": true, "unit": true, "entrance": true, "staircase": true}

// locators continue an address with where the house stands: "behind the customs house".
var locators = map[string]bool{"behind": true, "opposite": true, "near": true, "beside": true, "next": true}

func (addressDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	c := newWordScan(t)
	out := t.candidateRoom()
	for i := c.next(0, clsStreet); i < len(c.ws); i = c.next(i+1, clsStreet) {
		w := c.w(i)
		if !streetTypes[w] {
			continue
		}
		// A street name: one to three capitalised words (or a "-ro"/"-gil" suffix) before.
		start := i
		for k := i - 1; k >= 0 && k >= i-3 && c.joined(k+1) && (c.upper(k) || isAllDigits(c.w(k))); k-- {
			start = k
		}
		if start == i || streetTypesCapital[w] && !c.upper(i) {
			continue
		}
		// A house number before ("15 Changbai Road") or after ("Changbai Road No. 15").
		hasNum := false
		if isAllDigits(c.w(start)) {
			hasNum = true
		} else if n := c.w(start - 1); isAllDigits(n) && c.joined(start) {
			start--
			hasNum = true
		}
		if hasNum && (c.w(start-1) == "no" || c.w(start-1) == "number") && start > 0 && c.ws[start].start-c.ws[start-1].end <= 2 {
			start-- // "No. 7 Binjiang Road"
		}
		end := i
		for k := i + 1; k < len(c.ws) && k <= end+3; k++ {
			n := c.w(k)
			if !(c.joined(k) || c.gap(k) == ". ") {
				break
			}
			if isAllDigits(n) || addressTails[n] || len(n) <= 4 && hasASCIIDigit(n) {
				end = k
				if isAllDigits(n) || hasASCIIDigit(n) {
					hasNum = true
				}
				continue
			}
			break
		}
		if streetTypesCapital[w] && !hasNum {
			continue // "Trafalgar Square", "the Grand Place": a landmark, not an address
		}
		end = c.addressTail(end)
		// A capitalised name before a street type is the street's, over a name's reading of
		// its words ("Songbong Street" is no person Song-bong).
		score := 0.8
		if hasNum {
			score = 0.85
		}
		out = append(out, c.emit(start, end, Address, "street name + type", "street type "+quoteCue(w), score))
		i = end
	}
	// North Korean style: "house 23, 5th people's unit, Kangan 2-dong". The lexicon gives
	// "house" clsStreet: the words looked at are those of that class.
	for i := c.next(0, clsStreet); i < len(c.ws); i = c.next(i+1, clsStreet) {
		if c.w(i) != "house" || !isAllDigits(c.w(i+1)) || !c.joined(i+1) || inCandidates(out, t, c.ws[i].start) {
			continue
		}
		end := c.addressTail(i + 1)
		out = append(out, c.emit(i, end, Address, "house number", "\"house\" followed by a number", 0.8))
		i = end
	}
	// Korean road-name addresses: "인천광역시 남동구 구월로 221번길 17". A word that ends in
	// "로" or "길" has a character that is not ASCII (its flags): the others are passed over
	// with one test, and the loop runs only in a text with one of the suffixes.
	hasRoad := !t.isASCII() && (strings.Contains(c.s, "로") || strings.Contains(c.s, "길"))
	for i, fl := 0, c.t.wordFlags[:len(c.ws)]; hasRoad && i < len(c.ws); i++ {
		if fl[i]&wordOther == 0 {
			continue
		}
		w := c.w(i)
		if len(w) < 6 || !endsInRoadSuffix(w) || !hangulOrCJK(w) {
			continue
		}
		n := c.w(i + 1)
		if n == "" || !isDigit(n[0]) || !c.joined(i+1) || strings.Contains(c.gap(i+1), ",") {
			continue
		}
		// "-로" is also the particle of means and direction ("배로 2015년에 왔어요", "기차로
		// 3일"): a building number is no count, so a number with a counter after it (glued
		// or after a space) makes no address.
		if countedNumber(n) || isAllDigits(n) && c.joined(i+2) && !strings.Contains(c.gap(i+2), ",") && countedNumber("0"+c.w(i+2)) {
			continue
		}
		start := i
		for k := i - 1; k >= 0 && k >= i-3 && c.joined(k+1) && koreanAdminWord(c.w(k)); k-- {
			start = k
		}
		end := i + 1
		for k := i + 2; k < len(c.ws) && k <= i+3 && c.joined(k) && isDigit(c.w(k)[0]); k++ {
			end = k
		}
		out = append(out, c.emit(start, end, Address, "Korean road address", "road name (-로/-길) and building number", 0.85))
		i = end
	}
	// "Apartment 302", "Room 1203", "Building 5": only with a number.
	streets := len(out)
	for i := c.next(0, clsStreet); i < len(c.ws); i = c.next(i+1, clsStreet) {
		w := c.w(i)
		if (w == "apartment" || w == "apt" || w == "flat" || w == "room" || w == "building") && hasASCIIDigit(c.w(i+1)) && c.joined(i+1) &&
			!inCandidates(out[:streets], t, c.ws[i].start) {
			// "apartment 301-1502": the building and the flat, hyphen-joined, are one number.
			end := i + 1
			for end+1 < len(c.ws) && c.gap(end+1) == "-" && isAllDigits(c.w(end+1)) {
				end++
			}
			out = append(out, c.emit(i, end, Address, "dwelling number", quoteCue(w)+" followed by a number", 0.75))
			i = end
		}
	}
	out = c.houseNumbers(out)
	if c.hasNeighbourhoodUnit() {
		out = c.neighbourhoodUnits(out)
	}
	return out
}

// unitAnchors are the English words neighbourhoodUnits starts from.
var unitAnchors = newAnchorTable(setOfWords("inminban people"))

// hasNeighbourhoodUnit says whether the text may hold a unit neighbourhoodUnits takes: the
// word "inminban", "people" of "people's unit", or a word that holds "인민반". The English
// ones are asked of their anchors, and only a text not all ASCII is searched for the Korean
// one, in place of three searches of every text.
func (c wordScan) hasNeighbourhoodUnit() bool {
	for _, p := range unitAnchors.find(c.t)[0] {
		if strings.HasPrefix(c.s[p:], "inminban") || strings.HasPrefix(c.s[p:], "people's unit") {
			return true
		}
	}
	return !c.t.isASCII() && indexByLast(c.s, "인민반") >= 0
}

// neighbourhoodUnits finds a numbered neighbourhood unit, the North's inminban of some
// twenty to forty households: "5 inminban", "the 3rd inminban", "inminban 12", "Inminban No.
// 4", "people's unit 7", "5인민반이었어요". Its number is part of an address: with the town,
// it names a street. (After a town or dong the places detector takes it with them.)
func (c wordScan) neighbourhoodUnits(out []Candidate) []Candidate {
	numbered := func(w string) bool { return isAllDigits(w) || isNumberedOrdinal(w) }
	for i := range c.ws {
		// Korean: "5인민반이었어요" is one word, "12 인민반에" two.
		if w := c.w(i); strings.Contains(w, "인민반") {
			digits := len(w) - len(strings.TrimLeft(w, "0123456789"))
			if koreanAdminWord(c.w(i-1)) || digits == 0 && koreanAdminWord(c.w(i-2)) {
				continue // "위연동 3인민반": the places detector takes it with the dong
			}
			switch {
			case digits > 0 && strings.HasPrefix(w[digits:], "인민반"):
				out = append(out, c.t.cand(c.ws[i].start, c.ws[i].start+digits+len("인민반"), Address, "numbered neighbourhood unit",
					"a number with an inminban (neighbourhood unit)", 0.95))
			case digits == 0 && strings.HasPrefix(w, "인민반") && !strings.HasPrefix(w, "인민반장") && isAllDigits(c.w(i-1)) && c.gap(i) == " ":
				out = append(out, c.t.cand(c.ws[i-1].start, c.ws[i].start+len("인민반"), Address, "numbered neighbourhood unit",
					"a number with an inminban (neighbourhood unit)", 0.95))
			}
			continue
		}
		// The unit words: "inminban", or "people" "s" "unit" (the apostrophe is a gap).
		from, to := i, i
		switch {
		case c.w(i) == "inminban":
		case c.w(i) == "people" && c.w(i+1) == "s" && c.gap(i+1) == "'" && c.w(i+2) == "unit" && c.gap(i+2) == " ":
			to = i + 2
		default:
			continue
		}
		switch {
		case numbered(c.w(from-1)) && c.gap(from) == " ":
			from--
		case (c.w(to+1) == "no" || c.w(to+1) == "number") && numbered(c.w(to+2)) && c.ws[to+2].start-c.ws[to+1].end <= 2 && c.gap(to+1) == " ":
			to += 2
		case numbered(c.w(to+1)) && c.gap(to+1) == " ":
			to++
		default:
			continue
		}
		if !inCandidates(out, c.t, c.ws[from].start) { // "house 23, 5th people's unit, ...": in a street address
			// ", No. 23", ", house 23": the house in the unit.
			if k := to + 1; c.gap(k) == ", " && (c.w(k) == "no" || c.w(k) == "number" || c.w(k) == "house") &&
				isAllDigits(c.w(k+1)) && (c.gap(k+1) == " " || c.gap(k+1) == ". ") {
				to = k + 1
			}
			out = append(out, c.emit(from, to, Address, "numbered neighbourhood unit", "a number with an inminban (neighbourhood unit)", 0.95))
		}
	}
	return out
}

// houseNumbers finds a house or flat number beside a North Korean neighbourhood, which
// narrows it to one household: "12-3 Wiyon-dong", "혜화동 23호", "연봉동 5반 12호", "7인민반
// 23호". The dong or ri is a place (the places detector's); the numbers are the address
// and go even where places stay readable. Anchored on the words with a digit.
func (c wordScan) houseNumbers(out []Candidate) []Candidate {
	if _, house := numberedPlaceCues(c.t); !house {
		return out
	}
	for i := c.next(0, clsDigit); i < len(c.ws); i = c.next(i+1, clsDigit) {
		if n, unit := koreanHouseUnit(c.w(i)); n > 0 {
			// Numbered units one after another ("5반 12호"), each glued to its number.
			to, end := i, c.ws[i].start+n
			for end == c.ws[to].end && c.gap(to+1) == " " {
				m, _ := koreanHouseUnit(c.w(to + 1))
				if m == 0 {
					break
				}
				to, end = to+1, c.ws[to+1].start+m
			}
			// After a dong, county or city ("혜화동 23호"), or a people's unit, or a unit
			// (반) with the house number after it: not a school class ("3학년 5반") nor a
			// numbered thing ("3호 창고").
			// An apartment building ("305동", "101동 1502호") after its complex, whose name
			// goes with it ("롯데캐슬 101동 1502호", "임대아파트 305동"): a building is a
			// few dozen households. A 동 unit alone after a dong's name is a numbered dong
			// (the places detector's).
			from := c.ws[i].start
			if unit == "동" {
				prev := c.w(i - 1)
				complex := c.gap(i) == " " && allHangulSyllables(prev) && runeCount(prev) >= 2 && !koreanAdminWord(prev)
				if !(complex && (to > i || hasAnySuffix(prev, koreanApartmentWords))) {
					continue // the units after it are read as before ("101동 1203호": the 호)
				}
				from = c.ws[i-1].start
				out = append(out, c.t.cand(from, end, Address, "apartment building", "a numbered apartment building after its complex", 0.85))
				i = to
				continue
			}
			if c.gap(i) == " " && houseUnitPlace(c.w(i-1)) || unit == "인민반" || to > i {
				out = append(out, c.t.cand(from, end, Address, "house number", "a numbered household or neighbourhood unit after a place", 0.85))
			}
			i = to
			continue
		}
		// "12-3 Wiyon-dong": a house number, hyphen-joined parts and all, before a dong or ri;
		// a plain number only where the dong ends the phrase, not a count ("12 Wiyon-dong
		// people").
		if c.gap(i) == "-" || !isAllDigits(c.w(i)) {
			continue
		}
		j := i
		for j+1 < len(c.ws) && c.gap(j+1) == "-" && isAllDigits(c.w(j+1)) {
			j++
		}
		if c.gap(j+1) == " " && c.upper(j+1) && c.gap(j+2) == "-" && (c.w(j+2) == "dong" || c.w(j+2) == "ri") &&
			(j > i || j+3 >= len(c.ws) || c.gap(j+3) != " ") {
			out = append(out, c.emit(i, j, Address, "house number", "a house number before a dong or ri", 0.85))
		}
		i = j
	}
	return out
}

// houseUnitPlace says whether w, right before a numbered unit, is a place the unit is in:
// an administrative word (혜화동, 혜산시) or a ri (농포리), not a common word in the same
// endings ("이동 3호", "우리 5반").
func houseUnitPlace(w string) bool {
	if hangulNotPlaces[w] || commonNounInUnit(w) {
		return false
	}
	return koreanAdminWord(w) || hangulOrCJK(w) && runeCount(w) >= 2 && strings.HasSuffix(w, "리")
}

// koreanHouseUnits are the counters of a North Korean address below the dong: the people's
// unit (인민반, 반) and the house (호).
var koreanHouseUnits = []string{"인민반", "반", "호", "동"}

// koreanApartmentWords end the name of a South Korean housing complex ("임대아파트",
// "주공아파트", "현대빌라"), whose buildings are numbered with 동.
var koreanApartmentWords = []string{"아파트", "빌라", "맨션", "단지", "타운", "캐슬", "하이츠", "빌딩", "오피스텔"}

// koreanHouseUnit returns, for a word of digits and a house unit with perhaps a particle
// after ("23호였어요", "5반"), the bytes of the digits and the unit, and the unit; else 0.
func koreanHouseUnit(w string) (int, string) {
	d := 0
	for d < len(w) && isDigit(w[d]) {
		d++
	}
	if d == 0 || d > 4 || d == len(w) || w[d] < utf8.RuneSelf {
		return 0, "" // every unit starts with a Hangul syllable
	}
	for _, u := range koreanHouseUnits {
		if strings.HasPrefix(w[d:], u) && !strings.HasPrefix(w[d:], "반장") && !hasAnyPrefix(w[d:], []string{"동안", "동생", "동네", "동무", "동갑", "동창"}) {
			return d + len(u), u
		}
	}
	return 0, ""
}

// roadNumberCounters are the counters that make a number after "-로" a count or a date,
// not a building number: years, months, days, hours, people, ages, money, distances,
// times. "번" is a counter too, but "221번길" is a road.
var roadNumberCounters = []string{"년", "월", "일", "시", "분", "초", "주", "달", "개", "명", "살", "세", "원",
	"위안", "달러", "킬로", "키로", "미터", "차", "학년", "등", "회", "배", "번째", "km", "kg",
	// sums and measures: "원화로 200만을 보냈어요", "한 끼로 300그램을"
	"만", "천", "억", "그램", "g", "리터", "센티", "cm", "평", "장", "마리", "병", "%", "퍼센트"}

// countedNumber says whether w, a word that begins with a digit, is a number with a counter
// glued to it ("2015년에", "3일", "12시간", "3번"), as opposed to a bare building number or
// one with a particle or "번길"/"번지"/"호" after it.
func countedNumber(w string) bool {
	k := 0
	for k < len(w) && (isDigit(w[k]) || w[k] == '.' || w[k] == ',') {
		k++
	}
	rest := w[k:]
	if strings.HasPrefix(rest, "번") {
		return !strings.HasPrefix(rest, "번길") && !strings.HasPrefix(rest, "번지")
	}
	for _, c := range roadNumberCounters {
		if strings.HasPrefix(rest, c) {
			return true
		}
	}
	return false
}

// endsInRoadSuffix says whether w ends in "로" or "길". It runs on every word, so it tests
// the last byte (0x9C for "로", 0xB8 for "길") before the whole suffix.
func endsInRoadSuffix(w string) bool {
	if len(w) == 0 {
		return false
	}
	switch w[len(w)-1] {
	case 0x9C:
		return strings.HasSuffix(w, "로")
	case 0xB8:
		return strings.HasSuffix(w, "길")
	}
	return false
}

type kinshipDetector struct{}

func (kinshipDetector) name() string { return "kinship" }

var kinNouns = map[string]bool{"mother": true, "father": true, "sister": true, "brother": true, "wife": true,
	"husband": true, "son": true, "daughter": true, "uncle": true, "aunt": true, "cousin": true,
	"grandmother": true, "grandfather": true, "grandson": true, "granddaughter": true, "niece": true,
	"nephew": true, "parents": true, "siblings": true, "sons": true, "daughters": true, "sisters": true,
	"brothers": true, "children": true, "mother-in-law": true, "father-in-law": true, "fiance": true,
	"fiancee": true, "stepmother": true, "stepfather": true, "mum": true, "mom": true, "dad": true}

var kinOwners = map[string]bool{"my": true, "his": true, "her": true, "their": true, "our": true, "your": true}

var kinAdjectives = map[string]bool{"younger": true, "older": true, "elder": true, "eldest": true,
	"youngest": true, "little": true, "big": true, "late": true, "second": true, "first": true, "third": true,
	"only": true, "half": true, "step": true}

// Kinds of kin word (kinTermWords).
const (
	kinAdjective uint8 = 1 << iota
	kinNoun
)

// kinTerm is what kinTermWords says of a word: its kinds, and for a kin noun the reason of
// a match ending on it, made once.
type kinTerm struct {
	kind   uint8
	reason string
}

// kinTermWords says in one probe (tableAt) whether a word is in kinAdjectives or kinNouns: the
// kinship detector asks of the words after every "my", "his" and "her".
var kinTermWords = func() *wordTable[kinTerm] {
	m := map[string]kinTerm{}
	for w, ok := range kinAdjectives {
		if ok {
			m[w] = kinTerm{kind: kinAdjective}
		}
	}
	for w, ok := range kinNouns {
		if ok {
			e := m[w]
			m[w] = kinTerm{kind: e.kind | kinNoun, reason: "kin term " + quoteCue(w)}
		}
	}
	return newWordTable(m)
}()

func (kinshipDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	c := newWordScan(t)
	out := t.candidateRoom()
	for i := c.next(0, clsKinOwner); i < len(c.ws); i = c.next(i+1, clsKinOwner) {
		// clsKinOwner is kinOwners: the word is one, without a lookup.
		k := i + 1
		term := tableAt(&c, kinTermWords, k)
		for term.kind&kinAdjective != 0 && c.joined(k) && k < i+3 {
			k++
			term = tableAt(&c, kinTermWords, k)
		}
		if term.kind&kinNoun == 0 || !c.joined(k) {
			continue
		}
		// "mother-in-law": three words in Fold.
		if c.w(k+1) == "in" && c.w(k+2) == "law" && c.s[c.ws[k].end] == '-' {
			k += 2
		}
		out = append(out, c.emit(i, k, Kinship, "possessive + kin term", term.reason, 0.6))
		i = k
	}
	return out
}

type physicalDetector struct{}

func (physicalDetector) name() string { return "physical" }

var marks = map[string]bool{"scar": true, "scars": true, "tattoo": true, "tattoos": true, "birthmark": true,
	"mole": true, "limp": true, "stammer": true, "stutter": true}

var markAdjectives = map[string]bool{"a": true, "an": true, "the": true, "long": true, "small": true, "large": true,
	"deep": true, "burn": true, "old": true, "big": true, "visible": true, "knife": true, "his": true, "her": true}

var bodyParts = map[string]bool{"finger": true, "fingers": true, "thumb": true, "hand": true, "arm": true,
	"leg": true, "foot": true, "eye": true, "ear": true, "toe": true, "toes": true, "teeth": true, "tooth": true}

func (physicalDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	c := newWordScan(t)
	out := t.candidateRoom()
	for i := c.next(0, clsPhysical); i < len(c.ws); i = c.next(i+1, clsPhysical) {
		w := c.w(i)
		switch {
		case marks[w]:
			// "a scar on his left cheek", "a tattoo of a tiger on the arm": up to eight words.
			start, end := c.markStart(i), c.markOnBody(i)
			out = append(out, c.emit(start, end, Physical, "distinguishing mark", "a distinguishing mark (scar, tattoo, birthmark, ...)", 0.75))
			i = end
		case w == "burn" || w == "burns":
			// "the burn on his left hand", "burns across her back", "burn marks on his arms".
			// "Burn" is a verb too ("they burn the letters", "burn notice"): a mark only with
			// a body part after it, and an article or adjective before it, or for "burns", a
			// possessive after "on" ("he had burns on his arms", not "it burns on the skin").
			if n := c.w(i + 1); marks[n] && c.joined(i+1) {
				continue // "a burn scar": the scar's, with "burn" before it
			}
			k := i
			if n := c.w(i + 1); (n == "mark" || n == "marks") && c.joined(i+1) {
				k = i + 1
			}
			end := c.markOnBody(k)
			noun := k > i || markAdjectives[c.w(i-1)] && c.joined(i) || w == "burns" && kinOwners[c.w(i+2)]
			if noun && (end > k || k > i) {
				start := c.markStart(i)
				out = append(out, c.emit(start, end, Physical, "distinguishing mark", "a burn on a body part", 0.75))
				i = end
			}
		case w == "stump" || w == "stumps":
			// "the stump of his left arm": not "a tree stump", "the stump of a pine".
			if end := c.markOnBody(i); end > i {
				out = append(out, c.emit(c.markStart(i), end, Physical, "missing body part", "a stump of a body part", 0.75))
				i = end
			}
		case w == "blind" || w == "deaf":
			// "blind in one eye", "deaf in his left ear"; "blind" and "deaf" alone are
			// figures of speech too ("blind loyalty", "a deaf ear").
			k := i + 1
			if c.w(k) != "in" || !c.joined(k) {
				continue
			}
			k++
			if o := c.w(k); (kinOwners[o] || o == "one" || o == "the" || o == "both") && c.joined(k) {
				k++
			}
			if s := c.w(k); (s == "left" || s == "right") && c.joined(k) {
				k++
			}
			if sense := c.w(k); (sense == "eye" || sense == "eyes" || sense == "ear" || sense == "ears") && c.joined(k) {
				out = append(out, c.emit(i, k, Physical, "lost sense", "\""+w+"\" in an eye or an ear", 0.75))
				i = k
			}
		case w == "eyed" || w == "legged" || w == "armed":
			// "one-eyed", "one-legged" ("armed" is only looked at after "one-").
			if i > 0 && c.w(i-1) == "one" && c.gap(i) == "-" {
				out = append(out, c.emit(i-1, i, Physical, "missing body part", "\"one-"+w+"\"", 0.75))
			}
		case w == "tall" || w == "height":
			// "170 cm tall", "1.8 metres tall", "five foot six"
			if w == "tall" && i >= 2 {
				u := c.w(i - 1)
				if u == "cm" || u == "centimetres" || u == "centimeters" || u == "metres" || u == "meters" || u == "m" || u == "feet" || u == "foot" {
					start := i - 2
					// "1.68 m tall": the decimal point joins the number's two words.
					for start > 0 && (isAllDigits(c.w(start-1)) || isNumberWord(c.w(start-1))) && (c.joined(start) || c.gap(start) == ".") {
						start--
					}
					if isAllDigits(c.w(start)) || isNumberWord(c.w(start)) {
						out = append(out, c.emit(start, i, Physical, "height", "measure followed by \"tall\"", 0.8))
					}
				}
			}
		case w == "missing" || w == "lost":
			k := i + 1
			if o := c.w(k); (kinOwners[o] || o == "a" || o == "an" || o == "one" || o == "two" || o == "three") && c.joined(k) {
				k++
			}
			if s := c.w(k); (s == "left" || s == "right") && c.joined(k) {
				k++
			}
			if bodyParts[c.w(k)] && c.joined(k) {
				out = append(out, c.emit(i, k, Physical, "missing body part", "\""+w+"\" + body part", 0.75))
				i = k
			}
		}
	}
	return out
}

// markStart walks back from the mark at word i over up to three articles and adjectives ("a
// long knife scar"): the first word of the mark.
func (c wordScan) markStart(i int) int {
	start := i
	for k := i - 1; k >= 0 && k >= i-3 && markAdjectives[c.w(k)] && c.joined(k+1); k-- {
		start = k
	}
	return start
}

// markOnBody extends the mark at word i over the body part it is on, of or near ("on his
// left cheek", "of a tiger on the arm", "on the back of my right hand"): the last word of
// the mark, i when no body part follows within eight words.
func (c wordScan) markOnBody(i int) int {
	p := c.w(i + 1)
	if !(p == "on" || p == "across" || p == "of" || p == "above" || p == "below" || p == "under" || p == "over" || p == "near" || p == "where") || !c.joined(i+1) {
		return i
	}
	end := i
	for k := i + 2; k < len(c.ws) && k <= i+8 && c.joined(k); k++ {
		end = k
		if bodyWords[c.w(k)] {
			break
		}
	}
	if !bodyWords[c.w(end)] {
		return i
	}
	if c.w(end+1) == "of" && c.joined(end+1) {
		// "on the back of my right hand"
		k := end + 2
		if kinOwners[c.w(k)] || c.w(k) == "the" {
			k++
		}
		if s := c.w(k); s == "left" || s == "right" {
			k++
		}
		if bodyWords[c.w(k)] {
			end = k
		} else if c.w(end) == "back" {
			return i // "a burn on the back of the truck": the back of a thing
		}
	}
	return end
}

var bodyWords = func() map[string]bool {
	m := map[string]bool{"cheek": true, "face": true, "forehead": true, "chin": true, "neck": true, "back": true,
		"chest": true, "shoulder": true, "wrist": true, "head": true, "lip": true, "nose": true, "eyebrow": true,
		"body": true, "skin": true, "knee": true, "stomach": true, "belly": true, "jaw": true, "temple": true,
		"forearm": true, "arms": true, "legs": true, "hands": true, "calf": true, "thigh": true, "ankle": true,
		"elbow": true, "palm": true, "eyelid": true, "scalp": true, "hip": true, "shin": true, "lips": true}
	for k := range bodyParts {
		m[k] = true
	}
	return m
}()

type routeDetector struct{}

func (routeDetector) name() string { return "route" }

var crossingVerbs = map[string]bool{"crossed": true, "cross": true, "crossing": true, "waded": true, "swam": true,
	"forded": true, "smuggled": true}

var rivers = map[string]bool{"tumen": true, "yalu": true, "duman": true, "amnok": true, "tumangang": true,
	"amnokgang": true, "mekong": true, "river": true}

// placeWithin says whether a gazetteer place starts at one of the n words from i: a route
// goes through places, not through people ("sent through Granny Lotus").
func (c wordScan) placeWithin(g *Gazetteer, i, n int) bool {
	if g == nil || len(g.Places) == 0 {
		return true // no gazetteer (tests): trust the capitals
	}
	// Countries are no route: "through Vietnam and Laos" is how everyone goes.
	for k := i; k < len(c.ws) && k < i+n; k++ {
		if p, ok := g.Places[c.w(k)]; ok && p.Kind != "country" {
			return true
		}
		if p, ok := g.Places[c.w(k)+" "+c.w(k+1)]; ok && p.Kind != "country" {
			return true
		}
	}
	return false
}

func (routeDetector) detect(t *Text, g *Gazetteer) []Candidate {
	c := newWordScan(t)
	out := t.candidateRoom()
	for i := c.next(0, clsRoute); i < len(c.ws); i = c.next(i+1, clsRoute) {
		w := c.w(i)
		// "crossed the Tumen near Hoeryong", "waded across the Yalu at Hyesan".
		if crossingVerbs[w] {
			k := i + 1
			if c.w(k) == "across" || c.w(k) == "over" {
				k++
			}
			if c.w(k) == "the" {
				k++
			}
			if !rivers[c.w(k)] {
				continue
			}
			start := k
			if c.w(k-1) == "the" {
				start = k - 1
			}
			end := k
			if c.w(k+1) == "river" {
				end = k + 1
			}
			if p := c.w(end + 1); (p == "near" || p == "at" || p == "from" || p == "by" || p == "outside") && c.upper(end+2) {
				end += 2
				for end+1 < len(c.ws) && c.upper(end+1) && c.joined(end+1) && end < k+6 {
					end++
				}
				// Scores above the place detector: "the Tumen" here is the river, not the city.
				out = append(out, c.emit(start, end, Route, "crossing point", "river crossing after "+quoteCue(w), 0.92))
				i = end
			}
			continue
		}
		// "via Shenyang and Kunming to Laos", "through Dandong".
		if (w == "via" || w == "through") && c.upper(i+1) && c.joined(i+1) && c.placeWithin(g, i+1, 6) {
			end := i + 1
			for end+1 < len(c.ws) && end < i+12 {
				n := c.w(end + 1)
				if c.upper(end+1) && c.joined(end+1) || (n == "and" || n == "to" || n == "then") && c.upper(end+2) {
					end++
					continue
				}
				break
			}
			if end > i+1 || c.w(i-1) == "route" {
				out = append(out, c.emit(i, end, Route, "route", "places after "+quoteCue(w), 0.6))
				i = end
			}
		}
		// "the X crossing", "X checkpoint", "X ferry".
		if (w == "crossing" || w == "checkpoint" || w == "ferry" || w == "ford") && i > 0 && c.upper(i-1) && c.joined(i) {
			start := i - 1
			for start > 0 && c.upper(start-1) && c.joined(start) && start > i-4 {
				start--
			}
			out = append(out, c.emit(start, i, Route, "named crossing point", "name before "+quoteCue(w), 0.7))
		}
	}
	return out
}

// inCandidates says whether Norm offset o falls inside one of cs (original offsets).
func inCandidates(cs []Candidate, t *Text, o int) bool {
	s, _ := t.Orig(o, o+1)
	for _, c := range cs {
		if c.Start <= s && s < c.End {
			return true
		}
	}
	return false
}

// addressTail extends an address from word end over ", Apartment 302", ", Unit 2",
// ", 5th people's unit", ", Kangan 2-dong", ", New Malden" and a locator ("behind the
// customs house").
func (c wordScan) addressTail(end int) int {
	for {
		k := end + 1
		if k >= len(c.ws) || c.s[c.ws[end].end:c.ws[k].start] != ", " {
			break
		}
		// Take the comma group up to the next comma or sentence end, if it looks like part
		// of an address: a number, an address word, a -dong/-ri, or a capitalised town.
		j := k
		for j+1 < len(c.ws) && j < k+5 && inGroup(c.s[c.ws[j].end:c.ws[j+1].start]) {
			j++
		}
		ok := false
		allCaps := true
		for m := k; m <= j; m++ {
			w := c.w(m)
			if hasASCIIDigit(w) || addressTails[w] || w == "dong" || w == "ri" || w == "gu" || w == "people" || w == "inminban" {
				ok = true
			}
			if !c.upper(m) && w != "s" {
				allCaps = false
			}
		}
		if locators[c.w(k)] {
			ok = true
			j = k
			for j+1 < len(c.ws) && j < k+5 && inGroup(c.s[c.ws[j].end:c.ws[j+1].start]) {
				j++
			}
		}
		if !ok && !(allCaps && j-k < 3) {
			break
		}
		end = j
	}
	return end
}

// koreanAdminWord is a Hangul word naming an administrative unit (시, 도, 구, 군, 동, 읍, 면).
func koreanAdminWord(w string) bool {
	if !hangulOrCJK(w) {
		return false
	}
	for _, suf := range []string{"시", "도", "구", "군", "동", "읍", "면", "광역시", "특별시"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// inGroup says whether a gap joins two words of one comma-separated part of an address
// ("5th people's unit", "Kangan 2-dong").
func inGroup(gap string) bool { return gap == " " || gap == "'" || gap == "-" }

// datedName says whether words k and k+1 are a day and a month name, in either order ("8
// February", "February 8"), right before a capitalised word of the name that ends at noun
// i, parted by single spaces, with no year and no town after it: the date a North Korean
// works is named after.
func datedName(c wordScan, g *Gazetteer, k, i int) bool {
	a, b := c.w(k), c.w(k+1)
	day := func(w string) bool { return isAllDigits(w) && len(w) <= 2 }
	if !(months[a] != 0 && day(b) || day(a) && months[b] != 0) || k+2 > i || c.gap(k+1) != " " || c.gap(k+2) != " " {
		return false
	}
	n := c.w(k + 2)
	// A town after the date is the story's date and a works of that town ("On 8 March
	// Hyesan Mine closed").
	return c.upper(k+2) && months[n] == 0 && !(isAllDigits(n) && len(n) == 4) && !c.placeAt(g, k+2)
}
