package redact

import "strings"

// Given names said without a surname the ways family and friends say them, read by
// hangulAt: before a kinship word ("순희 이모가", "춘식이 아버지가"), with the household
// suffix 네 or a kinship word glued on ("옥순이네 집", "영철이형이"), with a particle or the
// honorific 님 alone ("철호한테", "옥련님"), amid English ("순옥's mother", "Min-ji [민지]")
// and, of one syllable, as what a name is ("이름은 철이에요"). Given-name syllables make
// common nouns as often as names, so each rule asks the generated lists
// (Gazetteer.HangulGiven, HangulNouns, HangulHomographs) what the two syllables are.

// kinAfterName are the kinship words that follow a given name as "X's aunt" or "Aunt X"
// ("순희 이모", "춘식이 아버지"), longest first where one begins another.
var kinAfterName = []string{"외삼촌", "삼촌", "이모부", "이모", "고모부", "고모", "아주머니", "아줌마", "아버지", "어머니",
	"엄마", "아빠", "할머니", "할아버지", "아저씨", "언니", "오빠", "누나", "형님", "형", "남동생", "여동생", "동생"}

// kinGluedToName are the kinship words written against a given name ("영철이형이",
// "순희언니가", "민수삼촌"): with the name suffix 이 before them no noun takes them.
var kinGluedToName = []string{"형님", "형", "언니", "누나", "오빠", "이모", "삼촌", "고모"}

// kinOrListedGiven tries the rules of this file on Hangul token i.
func kinOrListedGiven(norm string, toks []token, i int, ix *nameIndex, gs *givenSet) (hangulName, bool) {
	w := toks[i].text(norm)
	if len(w) < 2*3 || gluedToLatin(norm, toks, i) { // "3호선을": a line, a unit, a brand
		return hangulName{}, false
	}
	if n, ok := oneSyllableNamed(norm, toks, i, gs); ok {
		return n, true
	}
	if n, ok := cuedNounGiven(norm, toks, i, gs); ok {
		return n, true
	}
	// The rules below read the first two syllables as a name the lists know, or as
	// name syllables no list knows: most words are neither, and are asked once.
	if gs.lists(w[:6], gzGiven|gzHomographs) == 0 && !(firstSyllable(w[3:]) >= 0 && unlistedGiven(w[:6], gs)) {
		return hangulName{}, false
	}
	if n, ok := givenBeforeKin(norm, toks, i, gs); ok {
		return n, true
	}
	if n, ok := givenGluedKin(norm, toks, i, gs); ok {
		return n, true
	}
	if n, ok := givenAmidEnglish(norm, toks, i, gs); ok {
		return n, true
	}
	return listedGivenAlone(norm, toks, i, ix, gs)
}

// givenOf returns the two-syllable given name a token begins with and what follows it, the
// name suffix 이 cut after a name that ends in a consonant ("춘식이" → 춘식).
func givenOf(w string) (given, rest string, suffix bool) {
	if len(w) < 2*3 || firstSyllable(w) < 0 || firstSyllable(w[3:]) < 0 {
		return "", "", false
	}
	given, rest = w[:6], w[6:]
	if closed := (lastSyllable(given)-0xAC00)%28 != 0; closed && strings.HasPrefix(rest, "이") {
		return given, rest[3:], true
	}
	return given, rest, false
}

// nameLike reports two syllables that may be a given name said alone: a listed given name,
// a word that is also the given name of many people (정숙, 철수), or given-name syllables
// that are no listed word nor part of one (unlistedGiven); not a common noun alone, a
// post, a possessive or a person cue.
func nameLike(given string, gs *givenSet) bool {
	if hangulListsOf(given)&(notGivenLists|inTitles|inPersonCues) != 0 {
		return false
	}
	return gs.lists(given, gzGiven|gzHomographs) != 0 || unlistedGiven(given, gs)
}

// givenBeforeKin finds a given name right before a kinship word, one space between, as
// relatives are named: "순희 이모가", "정숙 아주머니가" (정숙 is also a word, modesty: not
// before an aunt), "춘식이 아버지가" (Chunsik's father).
func givenBeforeKin(norm string, toks []token, i int, gs *givenSet) (hangulName, bool) {
	if i+1 >= len(toks) || toks[i+1].kind != tokHangul || !isSpaceGap(gapBefore(norm, toks, i+1)) {
		return hangulName{}, false
	}
	given, rest, _ := givenOf(toks[i].text(norm))
	if given == "" || rest != "" || !nameLike(given, gs) {
		return hangulName{}, false
	}
	// A common word that is also a name (정도: about; 정숙) ends the phrase before a kinship
	// word as often ("한 번 정도 어머니를"): only at the start of a sentence is it the name.
	if gs.lists(given, gzGiven|gzNouns) == gzNouns && !sentenceStart(norm, toks, i) {
		return hangulName{}, false
	}
	next := toks[i+1].text(norm)
	for _, k := range kinAfterName {
		if r, ok := strings.CutPrefix(next, k); ok && endingOK(r) {
			return hangulName{from: toks[i].s, to: toks[i].s + len(given), given: given, rule: "given+kin",
				reason: "Hangul given name before the kinship word " + k, score: 0.75}, true
		}
	}
	return hangulName{}, false
}

// sentenceStart reports token i first in its line or sentence.
func sentenceStart(norm string, toks []token, i int) bool {
	return i == 0 || toks[i].lineStart || strings.ContainsAny(gapBefore(norm, toks, i), ".!?\n\"“")
}

// givenGluedKin finds a given name with the household suffix 네 ("옥순이네 집", "춘자네 가족")
// or a kinship word written against it ("영철이형이", "민수형이"). The name is a listed given
// name or a word that is also one: common nouns take 네 too ("부자네"). A kinship word after
// the name suffix 이 follows only a name.
func givenGluedKin(norm string, toks []token, i int, gs *givenSet) (hangulName, bool) {
	given, rest, suffix := givenOf(toks[i].text(norm))
	if given == "" || rest == "" || hangulListsOf(given)&(notGivenLists|inTitles|inPersonCues) != 0 {
		return hangulName{}, false
	}
	l := gs.lists(given, gzGiven|gzHomographs|gzNouns)
	listed := l&(gzGiven|gzHomographs) != 0
	// After 네 only a case particle: "마리네라는" is a loanword ("marinera"), not Mari's.
	if r, ok := strings.CutPrefix(rest, "네"); ok && listed && (r == "" || listedGivenParticles[r] || householdRests[r]) {
		return hangulName{from: toks[i].s, to: toks[i].s + len(given), given: given, rule: "given+household",
			reason: "Hangul given name with the household suffix 네", score: 0.75}, true
	}
	for _, k := range kinGluedToName {
		if r, ok := strings.CutPrefix(rest, k); ok && endingOK(r) && (listed || suffix && unlistedGiven(given, gs)) {
			return hangulName{from: toks[i].s, to: toks[i].s + len(given), given: given, rule: "given+glued-kin",
				reason: "Hangul given name with the kinship word " + k + " written against it", score: 0.75}, true
		}
	}
	return hangulName{}, false
}

// householdRests follow the household suffix 네 besides the case particles: "옥순이네에서",
// "춘자네로", "영희네집".
var householdRests = set("에", "에서", "로", "집", "집에", "집에서", "엄마", "아빠", "식구")

// listedGivenParticles follow a listed given name said alone ("철호한테", "순희랑", "경수는"):
// case particles, the vocative, and the honorific 님 with its own particles.
var listedGivenParticles = set("은", "는", "이", "가", "을", "를", "과", "와", "의", "도", "만", "한테", "한테서", "한테는", "한테도",
	"에게", "에게서", "에게는", "이랑", "랑", "하고", "아", "야", "께", "께서")

// listedGivenAlone finds a listed given name with a particle or 님 and no cue at all, as a
// chat or a story names someone the reader knows ("철호한테 전해줘요", "순희랑 같이 갔어요",
// "옥련님 고마워요", "경수는 떠났어요"). Only names the lists know as names and not as words
// (Gazetteer.HangulGiven and none of HangulNouns, HangulCompoundParts, HangulHomographs) count.
func listedGivenAlone(norm string, toks []token, i int, ix *nameIndex, gs *givenSet) (hangulName, bool) {
	w := toks[i].text(norm)
	if len(w) < 3*3 || firstSyllable(w) < 0 || firstSyllable(w[3:]) < 0 {
		return hangulName{}, false
	}
	given, rest := w[:6], w[6:]
	closed := (lastSyllable(given)-0xAC00)%28 != 0
	honorific := false
	if r, ok := strings.CutPrefix(rest, "님"); ok && endingOK(r) {
		honorific = true
	} else if !listedGivenParticles[rest] || !particleFits(rest, closed) {
		return hangulName{}, false
	}
	if gs.lists(given, gzGiven|gzNouns|gzCompoundParts|gzHomographs) != gzGiven || gs.lists(w, gzNouns|gzVerbStems) != 0 ||
		hangulListsOf(given)&(notGivenLists|inTitles|inPersonCues) != 0 || hangulListsOf(w)&(inCommonNouns|inStopwords) != 0 || ix.placeHangul(given) {
		return hangulName{}, false
	}
	// Two syllables that begin an ending are that ending ("이라는": 이라 is also a name).
	for _, k := range nameEndingsByFirst.of(firstSyllable(given)) {
		if strings.HasPrefix(nameEndings[k], given) {
			return hangulName{}, false
		}
	}
	// After an object a word with 는 is a verb ("불을 태우는": burning), not a topic; so is
	// one before a noun it describes ("원하는 사람이", "치우는 게": who want, tidying up).
	if rest == "는" && i > 0 && toks[i-1].kind == tokHangul && strings.ContainsRune("을를", lastSyllable(toks[i-1].text(norm))) {
		return hangulName{}, false
	}
	if (rest == "는" || rest == "은") && adnominalHeadAfter(norm, toks, i) {
		return hangulName{}, false
	}
	reason := "listed Hangul given name with a particle"
	if honorific {
		reason = "listed Hangul given name with the honorific 님"
	}
	return hangulName{from: toks[i].s, to: toks[i].s + len(given), given: given, rule: "listed-given",
		reason: reason, score: 0.7}, true
}

// adnominalHeads are the nouns a verb's -는 form most often describes: "원하는 사람", "태우는
// 것", "정하는 데".
var adnominalHeads = []string{"사람", "것", "거", "게", "걸", "곳", "데", "분", "때", "중", "일", "날", "법", "줄", "수", "듯",
	"척", "대로", "동안", "바람", "애", "아이", "사이", "모습", "편", "쪽", "길", "집", "말", "얘기", "소리", "경우", "놈", "년",
	"자", "이들", "분들", "사람들"}

// adnominalHeadAfter says whether the word after token i, after a space, is one of
// adnominalHeads, alone or with a particle or the copula ("사람이", "거예요").
func adnominalHeadAfter(norm string, toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].kind != tokHangul || !isSpaceGap(gapBefore(norm, toks, i+1)) {
		return false
	}
	next := toks[i+1].text(norm)
	for _, h := range adnominalHeads {
		if rest, ok := strings.CutPrefix(next, h); ok && (rest == "" || endingOK(rest) || listedGivenParticles[rest]) {
			return true
		}
	}
	return false
}

// particleFits reports whether particle p has the form that follows a noun ending in a
// consonant (closed) or in a vowel: 영철은, 철호는, 순희가, 경수야, 영철이랑, 순희랑.
func particleFits(p string, closed bool) bool {
	switch p {
	case "은", "이", "을", "과", "아", "이랑":
		return closed
	case "는", "가", "를", "와", "야", "랑":
		return !closed
	}
	return true
}

// givenAmidEnglish finds a given name written in Hangul in an English sentence: with the
// English possessive ("순옥's mother"), in brackets after a romanized name ("Min-ji [민지]"),
// or between English words, bare or as a vocative ("We called him 철수야 at home"). No
// Korean word around it makes it a noun, so a word that is also a given name (철수) counts.
func givenAmidEnglish(norm string, toks []token, i int, gs *givenSet) (hangulName, bool) {
	given, rest, _ := givenOf(toks[i].text(norm))
	if given == "" || !nameLike(given, gs) || gs.lists(given, gzGiven|gzHomographs) == 0 {
		return hangulName{}, false
	}
	if rest != "" && !(len(rest) == 3 && strings.ContainsAny(rest, "아야")) {
		return hangulName{}, false
	}
	if !englishAround(norm, toks, i) {
		return hangulName{}, false
	}
	return hangulName{from: toks[i].s, to: toks[i].s + len(given), given: given, rule: "english+given",
		reason: "Hangul given name in an English sentence", score: 0.7}, true
}

// englishAround reports token i in English: a Latin word one space before or after it, the
// possessive 's on it, or brackets round it after a Latin word ("Min-ji [민지]").
func englishAround(norm string, toks []token, i int) bool {
	if codeSwitched(norm, toks, i) {
		return true
	}
	if i+1 < len(toks) && toks[i+1].kind == tokWord && toks[i+1].text(norm) == "s" {
		if g := gapBefore(norm, toks, i+1); g == "'" || g == "’" {
			return true
		}
	}
	if i > 0 && toks[i-1].kind == tokWord {
		g := strings.TrimSpace(gapBefore(norm, toks, i))
		closing := map[string]string{"[": "]", "(": ")"}[g]
		return closing != "" && strings.HasPrefix(strings.TrimLeft(norm[toks[i].e:], " "), closing)
	}
	return false
}

// namedNotNames are said as what a name is without being one: "이름은 뭐예요?", "이름은
// 비밀이에요".
var namedNotNames = set("뭐", "무엇", "누구", "비밀", "가명", "본명", "모름", "영어", "한자", "한글", "가짜")

// oneSyllableNamed finds a given name of one or two syllables said as what a name is
// ("오빠 이름은 철이에요", "막내 이름은 별이에요", "딸 이름은 하늘이에요": a word after "the
// name is" is the name, though 별 and 하늘 are also words), or of one syllable after an
// English kinship word with the name suffix 이 ("her son 철이"). One syllable is a word as
// often, so only there.
func oneSyllableNamed(norm string, toks []token, i int, gs *givenSet) (hangulName, bool) {
	w := toks[i].text(norm)
	r := firstSyllable(w)
	if len(w) < 2*3 || r < 0 || i == 0 || !isSpaceGap(gapBefore(norm, toks, i)) {
		return hangulName{}, false
	}
	stem := ""
	switch p := toks[i-1]; p.kind {
	case tokHangul:
		if prev := p.text(norm); prev != "이름은" && prev != "이름이" {
			return hangulName{}, false
		}
		// the copula, in the form the stem's last syllable takes: 철이에요, 하늘이었어요, 수야
		for n := 3; n <= 2*3 && n < len(w); n += 3 {
			closed := (lastSyllable(w[:n])-0xAC00)%28 != 0
			rest := w[n:]
			for _, e := range copulaEndings {
				if rest == e && strings.HasPrefix(e, "이") == closed && (closed || !strings.HasPrefix(e, "인")) {
					stem = w[:n]
				}
			}
			if stem != "" {
				break
			}
		}
	case tokWord:
		if closed := (r-0xAC00)%28 != 0; closed && gs.has(r) && (w[3:] == "이" || strings.HasPrefix(w[3:], "이") && nameSuffixParticles[w[6:]]) && oneSyllableNameCue(norm, toks, i) {
			stem = w[:3]
		}
	}
	if stem == "" || namedNotNames[stem] || hangulListsOf(stem)&(inPossessives|inStopwords|inPersonCues|inTitles) != 0 {
		return hangulName{}, false
	}
	return hangulName{from: toks[i].s, to: toks[i].s + len(stem), given: stem, rule: "named+given",
		reason: "Hangul given name said as a person's name", score: 0.7}, true
}

// cuedNounGiven finds, right after a person cue, a word with the name suffix 이 and a
// particle ("조카 보람이가", "친구 은혜한테"): nouns take no name suffix, so the word is a name
// though it is also a noun (보람, reward). The word with 이 must be no noun itself (고양이).
func cuedNounGiven(norm string, toks []token, i int, gs *givenSet) (hangulName, bool) {
	if !afterPersonCue(norm, toks, i) {
		return hangulName{}, false
	}
	given, rest, suffix := givenOf(toks[i].text(norm))
	// 이랑 is also a particle of its own ("사촌 시장이랑": with the market).
	if given == "" || !suffix || !nameSuffixParticles[rest] || strings.HasPrefix(rest, "랑") {
		return hangulName{}, false
	}
	w := toks[i].text(norm)
	if hangulListsOf(given)&(notGivenLists|inTitles|inPersonCues) != 0 || gs.lists(w[:9], gzNouns) != 0 || hangulListsOf(w[:9])&inCommonNouns != 0 {
		return hangulName{}, false
	}
	return hangulName{from: toks[i].s, to: toks[i].s + len(given), given: given, rule: "cue+given+suffix",
		reason: "word with the name suffix 이 after a person cue (" + toks[i-1].text(norm) + ")", score: 0.7}, true
}

// spelledJaName reads a name said syllable by syllable with 자 ("character") after each
// syllable as its own word, the respectful way to name an elder after a word for a name:
// "할머니 성함은 박 자 순 자 례 자예요", "아버지 함자는 김 영 자 길 자입니다" (the surname's
// 자 may be left out). spelledHangulName reads the form with 자 glued on ("김 명자 철자").
// It returns the name and the number of tokens it takes, from token i, the surname.
func spelledJaName(norm string, toks []token, i int, g *Gazetteer) (hangulName, int, bool) {
	if i+2 >= len(toks) || norm[toks[i].e:toks[i+1].s] != " " {
		return hangulName{}, 0, false
	}
	sur := toks[i].text(norm)
	if _, ok := g.Surnames[sur]; !ok || !nameWordBefore(norm, toks, i) {
		return hangulName{}, 0, false
	}
	word := func(k int) string { // token k, one space after the one before, or ""
		if k >= len(toks) || toks[k].kind != tokHangul || norm[toks[k-1].e:toks[k].s] != " " {
			return ""
		}
		return toks[k].text(norm)
	}
	k := i + 1
	if word(k) == "자" {
		k++
	}
	given, end := "", 0
	for len(given) < 2*3 {
		syl, ja := word(k), word(k+1)
		if len(syl) != 3 || !strings.HasPrefix(ja, "자") || !endingOK(ja[3:]) {
			break
		}
		given += syl
		end = k + 1
		k += 2
		if ja != "자" {
			break // the ending closes the name: "례 자예요"
		}
	}
	if given == "" {
		return hangulName{}, 0, false
	}
	return hangulName{from: toks[i].s, to: toks[end].s + 3, surname: sur, given: given, rule: "spelled name",
		reason: "a Hangul surname and given syllables said each with 자", score: 0.85}, end - i + 1, true
}

// nameWordBefore reports a word for a name ("함자는", "성함이", "이름은") among the two words
// before token i.
func nameWordBefore(norm string, toks []token, i int) bool {
	for k := max(0, i-2); k < i; k++ {
		w := toks[k].text(norm)
		if strings.HasPrefix(w, "함자") || strings.HasPrefix(w, "존함") || strings.HasPrefix(w, "성함") || strings.HasPrefix(w, "이름") {
			return true
		}
	}
	return false
}
