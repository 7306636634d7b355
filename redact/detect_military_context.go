package redact

import "strings"

// Units and ranks that carry no number: named units ("the Storm Corps", "폭풍군단"), units
// named by their arm ("the reconnaissance company", "정찰중대"), a company number said
// aloud ("company number 1-3-5"), and Korean ranks with their particles ("하사로",
// "상등병이었고", "김혁 소위였는데"). With the unit's name and a rank, a security service
// needs little more to find a captured soldier's family.

func init() {
	register(namedUnitDetector{})
	register(koreanRankDetector{})
}

type namedUnitDetector struct{}

func (namedUnitDetector) name() string { return "military_unit" }

// namedUnitNouns take a capitalised name before them ("Storm Corps", "Tiger Brigade"); a
// "Division" or a "Company" is as often a court's or a firm's, so they are left out.
var namedUnitNouns = newWordTable(map[string]bool{"corps": true, "brigade": true, "regiment": true, "battalion": true})

// namedDivisions are the last words of the names of South Korea's divisions known by a name
// ("White Horse", "Capital", "Tiger", "Blue Dragon"): a "Division" is as often a court's,
// so only these.
var namedDivisions = map[string]bool{"horse": true, "capital": true, "tiger": true, "dragon": true}

// notUnitNames are capitalised words before "Corps" that name no military unit.
var notUnitNames = map[string]bool{"peace": true, "press": true, "diplomatic": true, "consular": true,
	"the": true, "a": true, "our": true, "my": true, "his": true, "their": true, "this": true, "that": true}

// unitArms name a unit by what it does: "the reconnaissance company", "a sniper platoon".
var unitArms = map[string]bool{"reconnaissance": true, "recon": true, "sniper": true, "artillery": true,
	"infantry": true, "tank": true, "mortar": true, "assault": true, "rifle": true, "airborne": true,
	"commando": true, "engineer": true, "sapper": true, "signals": true, "signal": true, "missile": true,
	"storm": true, "penal": true, "radio": true, "detection": true, "jamming": true, "anti-aircraft": true}

// armUnitNouns follow an arm word.
var armUnitNouns = newWordTable(map[string]bool{"company": true, "platoon": true, "battalion": true, "regiment": true,
	"unit": true, "squad": true, "detachment": true, "brigade": true, "corps": true, "division": true, "battery": true})

// koreanNamedUnits are unit words that a name may precede ("폭풍군단", "정찰중대").
var koreanNamedUnits = []string{"군단", "사단", "여단", "연대", "대대", "중대", "소대", "부대"}

// koreanUnitArms are the arms before a Korean unit word; 군단, 사단 and 여단 take any name.
var koreanUnitArms = []string{"정찰", "저격", "포병", "보병", "경보병", "전차", "공병", "통신", "특수", "폭풍", "돌격", "저격수",
	"기계화", "기갑", "해병", "항공", "땅크"}

func (namedUnitDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	c := newWordScan(t)
	out := t.candidateRoom()
	// The English unit nouns, and the Hangul words in which unitAfterFirst finds a unit word
	// (koreanNamedUnit reads no other): the word classes say which.
	const mask = clsUnit | clsKoreanUnit
	for i := c.next(0, mask); i < len(c.ws); i = c.next(i+1, mask) {
		w := c.w(i)
		if c.cls[i]&clsHangul != 0 {
			if n := koreanNamedUnit(w); n > 0 {
				out = append(out, t.cand(c.ws[i].start, c.ws[i].start+n, MilitaryUnit, "Korean named unit", "a name or an arm before a unit word", 0.8))
			}
			continue
		}
		// `the "Magura" battalion`, `"Bars-16" volunteer battalion`: a unit's name in quotes.
		if start, ok := c.quotedUnitName(i); ok {
			out = append(out, t.cand(start, c.ws[i].end, MilitaryUnit, "quoted name + unit noun", "a name in quotes before "+quoteCue(w), 0.85))
			continue
		}
		// "the Storm Corps", "Tiger Brigade".
		if c.inSet(namedUnitNouns, i) && c.upper(i) && c.upper(i-1) && c.joined(i) && !notUnitNames[c.w(i-1)] && !isOrdinal(c.w(i-1)) {
			start := c.properUnitStart(i-1, i)
			if c.w(start-1) == "the" && c.joined(start) {
				start--
			}
			out = append(out, c.emit(start, i, MilitaryUnit, "name + unit noun", "a capitalised name before "+quoteCue(w), 0.75))
			continue
		}
		// "the White Horse Division", "the Capital Division": South Korea's divisions known
		// by their names, as its soldiers and prisoners name them.
		if w == "division" && c.upper(i) && c.upper(i-1) && c.joined(i) && namedDivisions[c.w(i-1)] {
			start := i - 1
			if c.w(start) == "horse" && c.w(start-1) == "white" && c.joined(start) {
				start--
			}
			if c.w(start-1) == "the" && c.joined(start) {
				start--
			}
			out = append(out, c.emit(start, i, MilitaryUnit, "name + unit noun", "a division known by its name", 0.8))
			continue
		}
		// "the reconnaissance company", "a radio detection unit".
		if c.inSet(armUnitNouns, i) && unitArms[c.w(i-1)] && c.joined(i) {
			start := i - 1
			for start-1 >= 0 && unitArms[c.w(start-1)] && c.joined(start) {
				start--
			}
			// A capitalised unit with its number is a proper name, which a workplace rule
			// ("Assault Company") must not take from it.
			score := 0.75
			if ps := c.properUnitStart(start, i); ps < start {
				start, score = ps, 0.95
			}
			if a := c.w(start - 1); (a == "the" || a == "a") && c.joined(start) {
				start-- // the replacement has its own article
			}
			out = append(out, c.emit(start, i, MilitaryUnit, "arm + unit noun", "an arm of service before "+quoteCue(w), score))
			continue
		}
		// "my company number, 1-3-5", "platoon no. 4": the word "number" says it is one.
		if unitNouns[w] && (c.w(i+1) == "number" || c.w(i+1) == "no") && c.joined(i+1) && isAllDigits(c.w(i+2)) && c.joined(i+2) {
			j := i + 2
			for j+1 < len(c.ws) && isAllDigits(c.w(j+1)) && c.s[c.ws[j].end:c.ws[j+1].start] == "-" {
				j++
			}
			out = append(out, c.emit(i, j, MilitaryUnit, "unit noun + number", quoteCue(w+" "+c.w(i+1))+" before digits", 0.85))
			i = j
		}
	}
	return out
}

// quotedUnitName finds a unit's name in quotes before unit noun i, with an arm of service
// or "volunteer" between ("the \"Magura\" battalion", "\"Bars-16\" volunteer battalion"),
// and returns where the name (with "the") starts in Norm.
func (c wordScan) quotedUnitName(i int) (int, bool) {
	if !c.inSet(armUnitNouns, i) {
		return 0, false
	}
	k := i - 1
	if (unitArms[c.w(k)] || c.w(k) == "volunteer" || c.w(k) == "special") && c.gap(k+1) == " " {
		k--
	}
	if k < 0 {
		return 0, false
	}
	switch c.gap(k + 1) {
	case "\" ", "” ", "' ", "’ ", "» ":
	default:
		return 0, false
	}
	open := strings.LastIndexAny(c.s[:c.ws[k].start], "\"“'‘«")
	if open < 0 || c.ws[k].start-open > 30 || strings.ContainsAny(c.s[open+1:c.ws[k].end], "\"“”'‘’«».,;\n") {
		return 0, false
	}
	if first := wordAt(c.ws, open+1); first < 0 || first >= len(c.ws) || c.ws[first].start != open+1 || !c.upper(first) {
		return 0, false
	} else if c.w(first-1) == "the" && c.ws[first-1].end+2 == c.ws[first].start {
		return c.ws[first-1].start, true
	}
	return open, true
}

// properUnitStart extends a unit's name that starts at word start leftwards over the rest
// of its proper name when the unit noun (word i) is capitalised: the capitalised words and
// the ordinal that begins it ("the 95th Separate Air Assault Brigade", "155th Separate
// Guards Marine Brigade"). A word at the start of a sentence is not taken ("Later Storm
// Corps ..."), nor one in notUnitNames.
func (c wordScan) properUnitStart(start, i int) int {
	if !c.upper(i) {
		return start
	}
	for k := start - 1; k >= 0 && k >= start-5 && c.gap(k+1) == " "; k-- {
		w := c.w(k)
		if isNumberedOrdinal(w) {
			return k // the ordinal begins the name
		}
		if !c.upper(k) || notUnitNames[w] || atSentenceStart(c.s, c.ws[k].start) {
			break
		}
		start = k
	}
	return start
}

// koreanNamedUnit returns the byte length of the unit name w starts with ("폭풍군단" in
// "폭풍군단 소속", "정찰중대" in "정찰중대에서"), else 0. Numbered units ("제9군단") are the
// unitDetector's.
func koreanNamedUnit(w string) int {
	if !unitAfterFirst(w) {
		return 0
	}
	for _, u := range koreanNamedUnits {
		k := strings.Index(w, u)
		if k <= 0 || !koreanParticle(w[k+len(u):]) {
			continue
		}
		name := w[:k]
		if strings.ContainsAny(name, "0123456789") || strings.HasPrefix(name, "제") {
			return 0
		}
		if name == "보병" {
			// "보병사단", "보병연대": plain infantry is the arm of most units of an army, so
			// the words say "an infantry division" and name no one unit; its number does
			// ("제3보병사단", the unitDetector's). A rarer arm ("정찰중대", "기계화보병사단") stays.
			return 0
		}
		anyName := u == "군단" || u == "사단" || u == "여단"
		for _, a := range koreanUnitArms {
			if name == a {
				return k + len(u)
			}
		}
		if anyName && len(name) >= 2*3 {
			return k + len(u)
		}
	}
	return 0
}

// koreanUnitFirst holds the unit words' first syllables.
var koreanUnitFirst = firstSyllables(koreanNamedUnits)

// unitAfterFirst says whether a unit word may stand in w after its first character, where
// koreanNamedUnit looks for one: a word without one holds none. Every unit word ends in 단
// or 대 (UTF-8 EB 8B A8, EB 8C 80), so the bytes are scanned for those, one compare each,
// and the syllable before one is then tested. A unit word after the first character starts
// at byte 1 or later (a character's other bytes start nothing), so its 단 or 대 at byte 4 or
// later.
func unitAfterFirst(w string) bool {
	for j := 4; j+3 <= len(w); j++ {
		if w[j] != 0xEB {
			continue
		}
		if (w[j+1] == 0x8B && w[j+2] == 0xA8 || w[j+1] == 0x8C && w[j+2] == 0x80) && koreanUnitFirst.has(leadSyllable(w[j-3:])) {
			return true
		}
	}
	return false
}

type koreanRankDetector struct{}

func (koreanRankDetector) name() string { return "rank" }

// koreanRanks are the KPA ranks and posts in Hangul; the rankDetector reads them only as
// bare words, and Korean attaches particles and endings ("하사로", "소위였는데").
var koreanRanks = []string{"하전사", "전사", "상등병", "하사", "중사", "상사", "특무상사", "소위", "중위", "상위",
	"대위", "소좌", "중좌", "상좌", "대좌", "소장", "중장", "상장", "대장", "정치지도원", "정치위원", "참모장",
	// the South's soldiers' ranks, which its prisoners of war held
	"이등병", "일등병", "병장"}

// koreanRankFirst holds the ranks' first syllables.
var koreanRankFirst = firstSyllables(koreanRanks)

// koreanAmbiguousRanks are ordinary words too: 전사 (killed in action), 소위 (so-called), 상위
// (upper), 상사 (boss), 대장 (leader), 소장 (director), 중장 and 상장 (a certificate). They
// count only near a military word.
var koreanAmbiguousRanks = map[string]bool{"전사": true, "소위": true, "상위": true, "상사": true, "대장": true,
	"소장": true, "중장": true, "상장": true}

// koreanMilitaryCues are words near which an ambiguous rank is a rank.
var koreanMilitaryCues = []string{"군단", "사단", "여단", "연대", "대대", "중대", "소대", "분대", "부대", "입대",
	"복무", "계급", "군인", "병사", "포로", "군복", "전선", "소대장", "중대장", "저격수"}

func (koreanRankDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	c := newWordScan(t)
	out := t.candidateRoom()
	// Every rank begins with a syllable of koreanRankFirst: the other words are not looked at.
	for i := c.next(0, clsKoreanRank); i < len(c.ws); i = c.next(i+1, clsKoreanRank) {
		w := c.w(i)
		for _, r := range koreanRanks {
			rest, ok := strings.CutPrefix(w, r)
			if !ok || !koreanParticle(rest) {
				continue
			}
			if koreanAmbiguousRanks[r] && !koreanMilitaryNear(c.s, c.ws[i].start) {
				break
			}
			out = append(out, t.cand(c.ws[i].start, c.ws[i].start+len(r), Rank, "Korean rank", "a rank with its particle or ending", 0.8))
			break
		}
	}
	return out
}

// koreanMilitaryNear says whether a military word stands within 200 bytes of o.
func koreanMilitaryNear(s string, o int) bool {
	a, b := max(0, o-200), min(len(s), o+200)
	win := s[a:b]
	for _, cue := range koreanMilitaryCues {
		if strings.Contains(win, cue) {
			return true
		}
	}
	return false
}

// koreanParticle says whether rest, after a noun, is nothing or a particle or copula ending:
// "", "로", "였고", "이었는데", "소속"-free. A verb ending ("했어요" in "전사했어요") is not one.
func koreanParticle(rest string) bool {
	switch rest {
	case "", "이", "가", "은", "는", "을", "를", "로", "으로", "의", "도", "님", "에", "에서", "에게", "한테",
		"이고", "였고", "이었고", "였어요", "이었어요", "이에요", "예요", "였는데", "이었는데", "입니다", "였습니다",
		"이었습니다", "였다", "이었다", "이라고", "라고", "이던", "던", "로서", "으로서", "까지", "와", "과", "하고":
		return true
	}
	return false
}
