package redact

import "strings"

// Military unit designations ("Unit 1234", "the 7th Corps", "Battalion 3") and ranks
// ("Sergeant", "Lieutenant Colonel", "sangsa"). For a captured soldier these identify the
// man as surely as his name.

// ordinalPersonRule is the rule of an ordinal that counts a person ("the 63rd returned
// POW"): generalized to "[nth]", and never spread to the text's other ordinals.
const ordinalPersonRule = "ordinal of a counted person"

func init() {
	register(unitDetector{})
	register(rankDetector{})
}

type unitDetector struct{}

func (unitDetector) name() string { return "military_unit" }

// ordinalUnitReasons are the reasons of an ordinal before each of unitNouns.
var ordinalUnitReasons = cueReasons("ordinal before ", unitNouns)

var unitNouns = map[string]bool{"unit": true, "corps": true, "division": true, "brigade": true,
	"regiment": true, "battalion": true, "company": true, "platoon": true, "squad": true, "detachment": true,
	"army": true, "fleet": true, "squadron": true, "wing": true, "battery": true, "garrison": true,
	"부대": true, "군단": true, "사단": true, "여단": true, "연대": true, "대대": true, "중대": true, "소대": true}

// unitNounSet and ordinalWordSet are unitNouns and ordinalWords for inSet, probed with a
// word's hash: the unit detector asks them of every word of clsUnit.
var unitNounSet, ordinalWordSet = newWordTable(unitNouns), newWordTable(ordinalWords)

// unitStrong are unit nouns that are never ordinary words after a number; the others
// ("company", "army", "wing", "battery") need a capital or "No." to count.
var unitStrong = map[string]bool{"unit": true, "corps": true, "division": true, "brigade": true,
	"regiment": true, "battalion": true, "platoon": true, "detachment": true, "squadron": true, "garrison": true,
	"squad": true}

// isOrdinal reads "7th", "1st", "22nd", "seventh".
func isOrdinal(w string) bool {
	return isNumberedOrdinal(w) || ordinalWords[w]
}

// isNumberedOrdinal reads the ordinals in digits: "7th", "1st", "22nd".
func isNumberedOrdinal(w string) bool {
	if len(w) >= 3 {
		suf := w[len(w)-2:]
		if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") && isAllDigits(w[:len(w)-2]) {
			return true
		}
	}
	return false
}

var ordinalWords = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true, "eleventh": true, "twelfth": true}

func (unitDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	c := newWordScan(t)
	out := t.candidateRoom()
	for i := c.next(0, clsUnit|clsDigit); i < len(c.ws); i = c.next(i+1, clsUnit|clsDigit) {
		w := c.w(i)
		// "Unit 1234", "Military Unit No. 10215", "Battalion 3".
		// unitNouns and ordinalWords hold only words of clsUnit: the other words (most here
		// are digits) are not looked up.
		unit := c.cls[i]&clsUnit != 0
		// In a list of units ("1st platoon, 2nd squad, company 3") a weak unit noun counts too.
		inList := len(out) > 0 && c.ws[i].start-out[len(out)-1].End < 16 && c.t.isASCII()
		if unit && c.inSet(unitNounSet, i) && (unitStrong[w] || c.upper(i) || inList) {
			k := i + 1
			if c.w(k) == "no" || c.w(k) == "number" {
				k++
				if v := c.w(k); (v == "was" || v == "is") && c.joined(k) && isAllDigits(c.w(k+1)) {
					k++ // "our unit number was 671-2"
				}
			}
			if n := c.w(k); (isAllDigits(n) || len(n) <= 6 && hasASCIIDigit(n)) && c.joined(k) || isAllDigits(n) && k > i+1 {
				for k+1 < len(c.ws) && isAllDigits(c.w(k+1)) && c.gap(k+1) == "-" {
					k++ // "671-2": a unit and its sub-unit
				}
				start := i
				if p := c.w(i - 1); (p == "military" || p == "army" || p == "kpa") && c.joined(i) {
					start = i - 1
				}
				if c.w(start-1) == "the" {
					start--
				}
				out = append(out, c.emit(start, k, MilitaryUnit, "unit noun + number", quoteCue(w)+" followed by a number", 0.9))
				i = k
				continue
			}
		}
		// "the 7th Corps", "11th Storm Corps", "3rd Battalion", "the 25th Infantry Division".
		if unit && c.inSet(ordinalWordSet, i) || isNumberedOrdinal(w) { // isOrdinal(w)
			unitAfter := false
			for k := i + 1; k <= i+3 && k < len(c.ws); k++ {
				if !c.joined(k) {
					break
				}
				if n := c.w(k); c.cls[k]&clsUnit != 0 && c.inSet(unitNounSet, k) && (unitStrong[n] || c.upper(k) || inList) {
					start := i
					if c.w(i-1) == "the" {
						start--
					}
					out = append(out, c.emit(start, k, MilitaryUnit, "ordinal + unit noun", ordinalUnitReasons[n], 0.85))
					i, unitAfter = k, true
					break
				}
				if !c.upper(k) {
					break
				}
			}
			if !unitAfter && c.countedPersonAfter(i) {
				out = append(out, c.emit(i, i, Quantity, ordinalPersonRule, "an ordinal that counts the people of a small group", 0.8))
			}
			continue
		}
		// "military post box 10215" (the KPA's and the Soviet-style armies' postal address of
		// a unit), "10215 military unit": the number names the unit.
		if c.cls[i]&clsDigit != 0 && isAllDigits(w) && len(w) >= 3 {
			if c.w(i-1) == "box" && c.w(i-2) == "post" && c.joined(i) && c.joined(i-1) {
				start := i - 2
				if p := c.w(start - 1); (p == "military" || p == "army" || p == "field") && c.joined(start) {
					start--
				}
				out = append(out, c.emit(start, i, MilitaryUnit, "military post box", "a unit's post box number", 0.9))
				continue
			}
			if c.w(i+1) == "military" && c.w(i+2) == "unit" && c.joined(i+1) && c.joined(i+2) {
				start := i
				if c.w(i-1) == "the" && c.joined(i) {
					start--
				}
				out = append(out, c.emit(start, i+2, MilitaryUnit, "number + unit noun", "a number before \"military unit\"", 0.9))
				i += 2
				continue
			}
		}
		// Korean: "제1234부대", "7군단". The unit words are Hangul: an ASCII word (most words
		// here are digits) holds none, found without six searches.
		if !hasNonASCII(w) {
			continue
		}
		for _, suf := range []string{"군부대", "부대", "군단", "사단", "여단", "연대", "대대", "중대", "소대", "분대"} {
			if k := strings.Index(w, suf); k > 0 {
				base := w[:k] // "제9군단이라고": the particle after the unit word is not part of it
				if len(base) > 3 && base[:3] == "제" {
					base = base[3:]
				}
				// "제9보병사단": the arm between the number and the unit word, and arms before
				// it ("제425기계화보병사단": 기계화 + 보병), taken off from the end, the
				// longest first ("경보병", not its "보병").
				for !isAllDigits(base) {
					arm := ""
					for _, a := range koreanUnitArms {
						if len(a) > len(arm) && len(a) < len(base) && strings.HasSuffix(base, a) {
							arm = a
						}
					}
					if arm == "" {
						break
					}
					base = base[:len(base)-len(arm)]
				}
				if isAllDigits(base) {
					out = append(out, t.cand(c.ws[i].start, c.ws[i].start+k+len(suf), MilitaryUnit, "Korean unit", "number with a unit word", 0.9))
					break
				}
			}
		}
	}
	return out
}

type rankDetector struct{}

func (rankDetector) name() string { return "rank" }

// ranks, English (KPA and Russian usage) and romanized Korean. Longest match wins, so
// "lieutenant colonel" is one rank.
var rankList = []string{"private", "private first class", "senior private", "corporal", "lance corporal", "junior sergeant",
	"sergeant", "staff sergeant", "senior sergeant", "master sergeant", "sergeant major", "sergeant first class",
	"warrant officer", "chief warrant officer", "junior lieutenant", "second lieutenant", "lieutenant",
	"first lieutenant", "senior lieutenant", "captain", "senior captain", "major", "lieutenant colonel",
	"colonel", "senior colonel", "major general", "lieutenant general", "colonel general", "general",
	"vice marshal", "marshal", "brigadier", "brigadier general", "commissar",
	"jeonsa", "ilgeup byeongsa", "ibyeong", "ilbyeong", "sangbyeong", "byeongjang", "hasa", "jungsa",
	"sangsa", "teukmusangsa", "teukmu sangsa", "sowi", "jungwi", "sangwi", "daewi", "sojwa", "jungjwa",
	"sangjwa", "daejwa", "sojang", "jungjang", "sangjang", "daejang", "chasu", "wonsu",
	"하전사", "전사", "상등병", "하사", "중사", "상사", "특무상사", "소위", "중위", "상위", "대위", "소좌",
	"중좌", "상좌", "대좌", "소장", "중장", "상장", "대장", "이등병", "일등병", "병장",
	// Russian and Ukrainian ranks as English texts transliterate them ("mayor" and
	// "general" alone are English words: the compound forms only).
	"efreitor", "yefreitor", "yefreytor", "ryadovoy", "riadovyi", "mladshiy serzhant", "mladshii serzhant",
	"molodshyi serzhant", "serzhant", "starshiy serzhant", "starshii serzhant", "starshyi serzhant", "starshina",
	"praporshchik", "starshiy praporshchik", "leytenant", "leitenant", "mladshiy leytenant", "molodshyi leitenant",
	"starshiy leytenant", "starshii leitenant", "starshyi leitenant", "kapitan", "podpolkovnik", "pidpolkovnyk",
	"polkovnik", "polkovnyk", "general mayor", "general leytenant", "general polkovnik",
	// The usual abbreviations, a full stop after each or not ("Lt. Col.", "Staff Sgt"):
	// shortRanks.
	"pvt", "pte", "pfc", "cpl", "lance cpl", "l cpl", "sgt", "staff sgt", "master sgt", "sgt maj", "sgt major",
	"jr sgt", "sr sgt", "lt", "jr lt", "sr lt", "first lt", "lt col", "col", "maj", "maj gen", "lt gen",
	"capt", "cpt", "gen", "brig", "brig gen"}

// shortRanks are the abbreviations that rankList's abbreviated ranks start or end with, and
// "jr", "sr": a full stop may follow each inside a rank ("Sgt. Maj."), and one that holds
// neither a capital nor a name after it is no rank ("col", "gen" are words too).
var shortRanks = map[string]bool{"pvt": true, "pte": true, "pfc": true, "cpl": true, "l": true, "sgt": true,
	"jr": true, "sr": true, "lt": true, "col": true, "maj": true, "capt": true, "cpt": true, "gen": true, "brig": true}

// ambiguousRanks are ordinary English words as well; they count only when capitalised.
var ambiguousRanks = map[string]bool{"private": true, "major": true, "general": true, "captain": true,
	"marshal": true, "brigadier": false, "commissar": false}

// rankPhrases maps a rank's first word to the ranks it starts, each as its words and its
// index in rankList (the first, for a rank listed twice).
var rankPhrases = func() map[string][]rankPhrase {
	m := map[string][]rankPhrase{}
	seen := map[string]bool{}
	for i, r := range rankList {
		key := phraseKeySep(r, " ")
		if key == "" || seen[key] {
			continue
		}
		seen[key] = true
		words := strings.Split(key, " ")
		m[words[0]] = append(m[words[0]], rankPhrase{words, i})
	}
	return m
}()

type rankPhrase struct {
	words []string
	rank  int // index in rankList
}

// rankAnchors are the ranks' first words: a rank is looked for only where one stands,
// not at every word of the text.
var rankAnchors = func() *anchorTable {
	first := map[string]bool{}
	for w := range rankPhrases {
		first[w] = true
	}
	return newAnchorTable(first)
}()

// rankMatch is a rank found in the text: Fold offsets and the index in rankList.
type rankMatch struct{ start, end, rank int }

// findRanks returns, for every word where a rank starts, the longest rank there (its
// words one for one, parted by gaps that join words), in the order of the text.
func findRanks(c wordScan) []rankMatch {
	var out []rankMatch
	for _, p := range rankAnchors.find(c.t)[0] {
		i := wordAt(c.ws, p)
		best, bestRank := -1, 0
		for _, ph := range rankPhrases[c.w(i)] { // none for "generals", an anchor too
			j := i + len(ph.words) - 1
			if j <= best || j >= len(c.ws) {
				continue
			}
			k := 1
			for ; k < len(ph.words); k++ {
				if g := c.s[c.ws[i+k-1].end:c.ws[i+k].start]; c.w(i+k) != ph.words[k] || !gapJoins(g) && !(shortRanks[ph.words[k-1]] && (g == ". " || g == ".")) {
					break
				}
			}
			if k == len(ph.words) {
				best, bestRank = j, ph.rank
			}
		}
		if best >= 0 {
			out = append(out, rankMatch{c.ws[i].start, c.ws[best].end, bestRank})
		}
	}
	return out
}

func (rankDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	c := newWordScan(t)
	out := t.candidateRoom()
	last := 0
	for _, m := range findRanks(c) {
		if m.start < last {
			continue // "Colonel" inside "Lieutenant Colonel"
		}
		r := rankList[m.rank]
		i := wordAt(c.ws, m.start)
		if w := c.w(i); shortRanks[w] || w == "lance" || w == "staff" || w == "master" || w == "first" {
			if j := wordAt(c.ws, m.end-1); shortRanks[c.w(j)] {
				// An abbreviated rank is one before a capitalised name ("Sgt. Ryu", "Lt Pak"),
				// written with its capital; its full stop goes with it.
				if n := c.w(j + 1); !c.upper(i) || !c.upper(j+1) || !c.joined(j+1) && c.gap(j+1) != ". " || len(n) < 2 && n != "o" && n != "u" { // not "Gen Z"; "Lt O" is a name
					continue
				}
				if c.gap(j+1) == ". " {
					m.end++
				}
			}
		}
		if ambiguousRanks[r] && !c.upper(i) {
			// "I was a private, a machine gunner": lower case counts after an article and
			// near military words.
			// "I was a private, and ...": after a copula and an article, ending the clause,
			// it is a rank even with no military word in sight ("a private house" is not).
			_, ctx := militaryCueSet.before(c.s, m.start, 120)
			j := wordAt(c.ws, m.end-1)
			p := c.w(i - 1)
			if !(ctx && (p == "a" || p == "as")) && !(p == "a" && copulas[c.w(i-2)] && c.clauseEnds(j)) {
				continue
			}
		}
		// "General" at a sentence start or in "General Assembly" is not a rank: an ambiguous
		// rank needs a following capitalised name or a military context word nearby.
		if ambiguousRanks[r] {
			j := wordAt(c.ws, m.end-1)
			_, ctx := militaryCueSet.before(c.s, m.start, 60)
			if !(c.upper(j+1) && c.joined(j+1)) && !ctx && c.upper(i) {
				continue
			}
			// "the General Staff", "General Headquarters", "General Directorate", "Reconnaissance
			// General Bureau" are institutions.
			if n := c.w(j + 1); n == "assembly" || n == "secretary" || n == "hospital" || n == "store" || n == "motors" || n == "staff" || n == "headquarters" || n == "directorate" ||
				bodyHeads[n] {
				continue
			}
		}
		out = append(out, t.cand(m.start, m.end, Rank, "rank table", "a rank from the rank table", 0.8))
		last = m.end
	}
	return out
}

// militaryCueSet is militaryCues for cueSet.before.
var militaryCueSet = newCueSet(militaryCues)

var militaryCues = []string{"rank", "promoted", "army", "unit", "soldier", "soldiers", "officer", "officers",
	"military", "platoon", "battalion", "regiment", "company", "commander", "served", "kpa", "troops",
	"conscripted", "enlisted", "captured", "corps", "division"}
