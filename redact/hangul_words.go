package redact

import (
	"slices"
	"strconv"
	"strings"
)

// Korean words that look like names, and the context that tells a name from them.
//
// Most Sino-Korean nouns are three syllables, and most of their syllables are also surnames
// or given-name syllables: "노동자" (worker) has the shape of surname 노 + given name 동자 as
// much as "박영희" has. No rule on the syllables alone tells them apart (순자 and 영자 are
// names ending in 자 as 노동자 ends), so the common ones are listed; a title on its own
// ("위원장이"), a possessive before a kinship word ("우리 언니") and a verb before an
// auxiliary ("기다려 주세요") are told by rule.

// hangulCommonNouns have the shape of a Korean name (surname + one or two given-name
// syllables) but are common words, titles or public bodies: the testimonies' jobs,
// institutions, animals and things.
var hangulCommonNouns = set(
	// people by what they do
	"지도자", "변호사", "노동자", "봉사자", "책임자", "관리자", "기술자", "운전수", "운전사", "간호사",
	"경비원", "안내원", "판매원", "종업원", "연구원", "공무원", "교원", "지도원", "통역원", "상담원",
	"요리사", "미용사", "국가원수", "민주주의", "사회주의", "공산주의", "자본주의",
	// compounds whose last two syllables are also a given name (보원, 민국, 재원, 의원, 전기)
	"정보원", "이민국", "주재원", "채무자", "표창장", "한의원", "윤전기", "남조선", "위안부", "송환자",
	"봉사원", "방송원", "육아원", "전도사", "조사실", "조사관", "심문관", "보위원", "안전원",
	"이모부", "고모부", "선인장", "봉선화", "노인병",
	// public bodies and public places
	"국정원", "안전부", "안전국", "보위국", "보안서", "보안원", "인민위원회", "노동당", "방송국", "우체국",
	"백두산", "금강산", "묘향산", "한라산", "지리산", "남산", "대사관", "영사관", "공화국", "인민군",
	"안전성", "지도국", "소방서", "경찰서", "파출소", "세관", "검찰소", "재판소", "교화소", "단련대",
	// things and animals
	"지하철", "옥수수", "유리창", "손전화", "강아지", "송아지", "망아지", "전기세", "문화재", "수도세",
	"전화세", "주민세", "고양이", "호랑이", "원숭이", "부엉이", "지렁이", "달팽이", "쌍둥이", "막둥이",
	"어린이", "젊은이", "늙은이", "손잡이", "목걸이", "귀걸이", "옷걸이", "해돋이", "맞벌이", "돈벌이",
	"감옥살이", "장난감", "주사기", "손수건", "기차역", "전화기", "손목시계", "자전거", "오토바이",
)

// hangulTitleWords are posts, ranks and titles: on their own ("위원장이", "지배인이",
// "원장님도") they name a post, not a person. A name is read before them (hangulPosts).
var hangulTitleWords = func() map[string]bool {
	m := set("위원장", "부위원장", "원장", "부원장", "위원", "비서", "국장", "소장", "실장", "회장", "사령관",
		"참모장", "기사장", "작업반장", "인민반장", "담당자", "주임", "선생", "교장", "총장", "처장", "부부장",
		// professions said as titles ("박사님이", "선교사님 집에", "계호원이")
		"박사", "차장", "선교사", "전도사", "변호사", "간호사", "계호원", "교도관", "담임", "조사관", "교관")
	for _, p := range hangulPosts {
		m[p] = true
	}
	return m
}()

// isHangulTitleWord reports a post or title on its own, with or without the honorific 님.
func isHangulTitleWord(w string) bool {
	if hangulListsOf(w)&inTitleWords != 0 {
		return true
	}
	s, ok := strings.CutSuffix(w, "님")
	return ok && hangulListsOf(s)&inTitleWords != 0
}

// notGivenLists are the hangulWordLists of words that are never a given name alone: common
// nouns, stopwords, posts and possessives.
const notGivenLists = inCommonNouns | inStopwords | inTitleWords | inPossessives

// hangulPossessives come before a kinship word or title as "my", "our", "one's own": "우리
// 언니" is my sister, not a woman named 우리. 제 is also a surname: "제 씨" stays a name.
var hangulPossessives = set("우리", "저희", "너희", "자기", "당신", "내", "네", "제", "그", "저", "걔", "쟤", "얘")

// possessiveBeforeTitle reports stem, before honorific hon, as a possessive.
func possessiveBeforeTitle(stem, hon string) bool {
	return hangulPossessives[stem] && !(hon == "씨" && syllableCount(stem) == 1 && stem == "제")
}

// hangulAuxiliaries begin a verb that follows another in its -아/-어 form: "기다려 주세요",
// "먹어 버렸어요". A word with no ending before one is that verb, not a name.
var hangulAuxiliaries = []string{"주세요", "주십시오", "주시", "주었", "주고", "주는", "줘", "줬", "버렸", "버려", "버리", "보세요", "봐요", "봤"}

// beforeAuxiliary reports token i, a bare word ending in an open syllable (the -아/-어 form
// ends so), followed by an auxiliary verb.
func beforeAuxiliary(norm string, toks []token, i int) bool {
	if r := lastSyllable(toks[i].text(norm)); r < 0 || (r-0xAC00)%28 != 0 {
		return false
	}
	if i+1 >= len(toks) || toks[i+1].kind != tokHangul || !isSpaceGap(gapBefore(norm, toks, i+1)) {
		return false
	}
	next := toks[i+1].text(norm)
	for _, k := range auxiliariesByFirst.of(firstSyllable(next)) {
		if strings.HasPrefix(next, hangulAuxiliaries[k]) {
			return true
		}
	}
	return false
}

// auxiliariesByFirst indexes hangulAuxiliaries by their first syllable: most words begin
// with none of them.
var auxiliariesByFirst = newEndingIndex(hangulAuxiliaries, true)

// hangulPersonCues are words before a person's name: kinship, friends, roles. After one, a
// surname + two syllables is a name even when the given name is an ordinary word ("친구
// 박소망과", "브로커 최희망이": 소망 is hope, 희망 too).
var hangulPersonCues = set("친구", "동생", "남동생", "여동생", "오빠", "언니", "누나", "형", "형님", "엄마", "아빠",
	"어머니", "아버지", "이모", "고모", "삼촌", "사촌", "조카", "아들", "딸", "남편", "아내", "브로커", "선배", "후배",
	"동무", "애인", "이웃", "할머니", "할아버지", "이름은", "이름이", "이름")

// afterPersonCue reports token i right after a person cue, one space between.
func afterPersonCue(norm string, toks []token, i int) bool {
	return i > 0 && toks[i-1].kind == tokHangul && isSpaceGap(gapBefore(norm, toks, i)) && hangulListsOf(toks[i-1].text(norm))&inPersonCues != 0
}

// bareGivenName finds a two-syllable given name alone, as family say it: with the name
// suffix 이 before a particle ("영철이는", "은별이가"), which follows only a name ending in a
// consonant, or as a vocative (은별아, 민지야) set apart by punctuation ("\"은별아, 가자\"").
// Common nouns of that shape are listed (고양이, 쌍둥이).
func bareGivenName(norm string, toks []token, i int, gs *givenSet) (hangulName, bool) {
	tk := &toks[i]
	w := tk.text(norm)
	if len(w) < 3*3 {
		return hangulName{}, false
	}
	r1, r2, r3 := firstSyllable(w), firstSyllable(w[3:]), firstSyllable(w[6:])
	if !gs.hangul.has(r1) || !gs.hangul.has(r2) {
		return hangulName{}, false
	}
	closed := (r2-0xAC00)%28 != 0 // the second syllable ends in a consonant
	given, rest := w[:6], w[9:]
	if hangulListsOf(w[:9])&inCommonNouns != 0 || gs.lists(w[:9], gzNouns) != 0 || hangulListsOf(given)&notGivenLists != 0 || r3 == '야' && hangulVerbStems[given] {
		return hangulName{}, false
	}
	switch {
	case r3 == '이' && closed && nameSuffixParticles[rest] && !(strings.HasPrefix(rest, "랑") && gs.lists(given, gzNouns|gzGiven) == gzNouns):
		// "시장이랑" is 시장 + the particle 이랑 (a market), not a name + the suffix 이: a
		// common word before 이랑 is a name only if it is a listed given name.
		return hangulName{from: tk.s, to: tk.s + len(given), given: given, rule: "given+suffix",
			reason: "two given-name syllables + name suffix 이 and a particle", score: 0.7}, true
	case rest == "" && (r3 == '아' && closed || r3 == '야' && !closed) && vocativeContext(norm, toks, i):
		return hangulName{from: tk.s, to: tk.s + len(given), given: given, rule: "given+vocative",
			reason: "two given-name syllables + vocative " + string(r3), score: 0.7}, true
	}
	return hangulName{}, false
}

// cuedGivenName finds a two-syllable given name alone right after a kinship or role cue,
// with a particle but without the name suffix 이 ("친구 영수가", "동생 미영은", "브로커 영철이
// 왔어요"). Given-name syllables make ordinary nouns as often as names (직원, 의자, 영수증), so
// the word must also be a listed given name, common as a name and rare as a word
// (Gazetteer.HangulGiven), or after a person cue and with a particle, a word the lists do not
// know at all (unlistedGiven): names too rare for the dictionary, many of them the North's
// ("언니 춘실은", "동무 은향은").
func cuedGivenName(norm string, toks []token, i int, g *Gazetteer, gs *givenSet) (hangulName, bool) {
	w := toks[i].text(norm)
	if len(w) < 2*3 || len(g.HangulGiven) == 0 {
		return hangulName{}, false
	}
	given, rest := w[:6], w[6:]
	// A listed name that is also a part of compounds (대문, a gate) is the word when its
	// clause says what only a thing does ("고모 대문이 열려 있었어요").
	gazLists := gs.lists(given, gzGiven|gzCompoundParts|gzHomographs)
	listed := gazLists&gzGiven != 0 && !(gazLists&gzCompoundParts != 0 && thingPredicateAfter(norm, toks, i))
	if !listed && !(rest != "" && afterPersonCue(norm, toks, i) && (unlistedGiven(given, gs) || gazLists&gzHomographs != 0 && !slices.Contains(koreanNumerals, given) && (personPredicateAfter(norm, toks, i) || rest == "의" && personNewsAfter(norm, toks, i)))) {
		return hangulName{}, false
	}
	switched := codeSwitched(norm, toks, i)
	if !afterPersonCue(norm, toks, i) && !afterFamilyPossessive(norm, toks, i) && !switched {
		return hangulName{}, false
	}
	if len(w) == 2*3 && !switched { // bare: only amid English words ("민지 is my Korean name")
		return hangulName{}, false
	}
	if hangulListsOf(given)&notGivenLists != 0 || hangulListsOf(w)&inCommonNouns != 0 {
		return hangulName{}, false
	}
	switch closed := (lastSyllable(given)-0xAC00)%28 != 0; {
	case rest == "": // bare amid English words
	case stripCopula(w) == given: // a copula after it: "제 이름은 은별이에요", "친구 영수였어요"
	case closed: // 영철이, 영철은
		if rest != "이" && !closedNameParticles[rest] {
			return hangulName{}, false
		}
	case !nameSuffixParticles[rest]: // open: 영수가, 영수는
		return hangulName{}, false
	}
	if switched && !afterPersonCue(norm, toks, i) && !afterFamilyPossessive(norm, toks, i) {
		return hangulName{from: toks[i].s, to: toks[i].s + len(given), given: given, rule: "code-switched+given",
			reason: "listed Hangul given name amid English words", score: 0.7}, true
	}
	if gazLists&gzHomographs != 0 {
		return hangulName{from: toks[i].s, to: toks[i].s + len(given), given: given, rule: "cue+homograph-given",
			reason: "word that is also a common given name, after a person cue and before a person's predicate", score: 0.7}, true
	}
	if !listed {
		return hangulName{from: toks[i].s, to: toks[i].s + len(given), given: given, rule: "cue+unlisted-given",
			reason: "given-name syllables, no known word, after a person cue (" + toks[i-1].text(norm) + ")", score: 0.7}, true
	}
	return hangulName{from: toks[i].s, to: toks[i].s + len(given), given: given, rule: "cue+given",
		reason: "listed Hangul given name after a person cue (" + toks[i-1].text(norm) + ")", score: 0.7}, true
}

// unlistedGiven reports a word of two given-name syllables that the dictionary knows
// neither as a name (Gazetteer.HangulGiven) nor as a word: not a common word
// (Gazetteer.HangulNouns) nor a part of common nouns (Gazetteer.HangulCompoundParts: 전세
// of 전세금). Said of a person, such a word is a name the dictionary is too small to list.
// One that begins with a common surname is read as surname + given name
// (cuedSurnameOneSyllable: "남편 오준이", then "준이").
func unlistedGiven(given string, gs *givenSet) bool {
	return gs.hangul.has(firstSyllable(given)) && gs.hangul.has(firstSyllable(given[3:])) && !commonHangulSurnames[given[:3]] &&
		gs.lists(given, gzNouns|gzCompoundParts) == 0
}

// personPredicates begin the predicates that only a person takes: crying, laughing,
// saying, being born, marrying, being taken away, being of an age ("열 살이었어요"),
// being met.
var personPredicates = []string{"울었", "울어", "울고", "울면서", "웃었", "웃어", "웃으면서", "말했", "말하", "대답했", "소리쳤",
	"태어났", "태어나", "결혼했", "결혼하", "시집갔", "장가갔", "잡혀갔", "끌려갔", "도망쳤", "탈북했", "살이었", "살이에요", "살이다",
	"살이였", "살이야", "살이고", "살이었는데", "살밖에",
	// meeting, coming to see someone, helping
	"만났", "만나서", "찾아왔", "도와줬", "도와주었", "도와줘서"}

// hangulAdverbsInI are adverbs that end in 이 as a subject does: "많이 울었어요".
var hangulAdverbsInI = set("많이", "같이", "없이", "깊이", "높이", "굳이", "일찍이", "똑같이", "깨끗이", "가까이", "고이")

// subjectGivenName finds a listed given name alone with no cue at all, as the subject or
// topic at the start of a sentence whose predicate only a person takes: "옥화는 그때 열
// 살이었어요", "순희가 울었어요". A listed given name that is also a common word (홍수,
// 기근, Gazetteer.HangulNouns) takes no such predicate ("홍수가 났어요"); the listed common
// nouns are left out all the same.
func subjectGivenName(norm string, toks []token, i int, gs *givenSet) (hangulName, bool) {
	w := toks[i].text(norm)
	if len(w) != 3*3 || gs.lists(w[:6], gzGiven|gzNouns) != gzGiven { // listed as a name, not as a word
		return hangulName{}, false
	}
	given, rest := w[:6], w[6:]
	switch closed := (lastSyllable(given)-0xAC00)%28 != 0; {
	case closed && rest != "은" && rest != "이", !closed && rest != "는" && rest != "가":
		return hangulName{}, false
	}
	if hangulListsOf(given)&notGivenLists != 0 {
		return hangulName{}, false
	}
	if i > 0 && !toks[i].lineStart && !strings.ContainsAny(gapBefore(norm, toks, i), ".!?\n\"“") {
		return hangulName{}, false
	}
	if personPredicateAfter(norm, toks, i) {
		return hangulName{from: toks[i].s, to: toks[i].s + len(given), given: given, rule: "subject+given",
			reason: "listed Hangul given name as the subject of a person's predicate", score: 0.7}, true
	}
	return hangulName{}, false
}

// personPredicateAfter reports a person's predicate (personPredicates) in the clause of
// token i, a few words on: a word with a subject or topic particle before it has a subject
// of its own ("홍수가 나서 사람들이 울었어요").
func personPredicateAfter(norm string, toks []token, i int) bool {
	return predicateAfter(norm, toks, i, personPredicates)
}

// thingPredicateAfter is personPredicateAfter for the predicates only a thing takes.
func thingPredicateAfter(norm string, toks []token, i int) bool {
	return predicateAfter(norm, toks, i, thingPredicates)
}

// thingPredicates begin the predicates that only a thing takes: being open, shut, locked
// or broken ("대문이 열려 있었어요").
var thingPredicates = []string{"열려", "열렸", "열리", "닫혀", "닫혔", "닫히", "잠겨", "잠겼", "부서졌", "부서져", "깨졌", "깨져", "고장"}

// predicateAfter reports a word that begins with one of predicates in the clause of token i.
func predicateAfter(norm string, toks []token, i int, predicates []string) bool {
	for k := i + 1; k < len(toks) && k <= i+4 && toks[k].kind == tokHangul && isSpaceGap(gapBefore(norm, toks, k)); k++ {
		next := toks[k].text(norm)
		if hasAnyPrefix(next, predicates) {
			return true
		}
		if strings.ContainsRune("이가은는", lastSyllable(next)) && !hangulAdverbsInI[next] {
			return false
		}
		// A verb that ends its clause ("나빠져서", "아프고", "아프니까") ends the search:
		// "엄마 상태가 나빠져서 많이 울었어요" is the speaker crying.
		if hasAnySuffix(next, clauseEndings) && !strings.HasSuffix(next, "에서") && !strings.HasSuffix(next, "하고") {
			return false
		}
	}
	return false
}

// clauseEndings end a verb that ends its clause and begins another (not the particles
// 에서 and 하고: "중국에서 결혼했어요").
var clauseEndings = []string{"서", "고", "니까", "는데", "은데", "지만", "면", "며", "도록", "다가", "자"}

// personNewsAfter reports token i, a word with the possessive 의, before the news of or
// contact with someone: "선배 은지의 소식을 몰라요".
func personNewsAfter(norm string, toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].kind != tokHangul || !isSpaceGap(gapBefore(norm, toks, i+1)) {
		return false
	}
	next := toks[i+1].text(norm)
	return strings.HasPrefix(next, "소식") || strings.HasPrefix(next, "연락")
}

// codeSwitched reports Hangul token i with a Latin word right before or after it, one
// space between: a Korean name in an English sentence ("민지 is my Korean name", "I met
// 영수가 there"), where no Korean word around it could make it a common noun.
// After a place preposition ("crossed at 삼봉") it is a place.
func codeSwitched(norm string, toks []token, i int) bool {
	if i > 0 && toks[i-1].kind == tokWord && placePrepositions[strings.ToLower(toks[i-1].text(norm))] {
		return false
	}
	return i+1 < len(toks) && toks[i+1].kind == tokWord && isSpaceGap(gapBefore(norm, toks, i+1)) ||
		i > 0 && toks[i-1].kind == tokWord && isSpaceGap(gapBefore(norm, toks, i))
}

// afterFamilyPossessive reports token i right after 우리 or 저희 ("our"), one space between:
// family speak so of their own ("우리 순희가 왔어요", "저희 영철이").
func afterFamilyPossessive(norm string, toks []token, i int) bool {
	if i == 0 || toks[i-1].kind != tokHangul || !isSpaceGap(gapBefore(norm, toks, i)) {
		return false
	}
	prev := toks[i-1].text(norm)
	return prev == "우리" || prev == "저희"
}

// roleHolderName finds a name of surname + one given syllable said as the predicate of a
// sentence about a person or post: "소대장은 박철이었어요", "브로커는 김혁이라는 사람". word is
// the token with the copula stripped (noun) and no other ending. Two-syllable words that begin
// with a surname syllable are mostly words ("여자였어요", "한국이라는"), so listed words
// (Gazetteer.HangulNouns) are not names.
func roleHolderName(norm string, toks []token, i int, word, noun string, g *Gazetteer, gs *givenSet) (hangulName, bool) {
	if len(word) != 2*3 || word != noun || noun == toks[i].text(norm) || gs.lists(word, gzNouns) != 0 || hangulListsOf(word)&inCommonNouns != 0 {
		return hangulName{}, false
	}
	sur, given := gs.splitName(word)
	if sur == "" || len(given) != 3 || !allGiven(given, gs) || !roleTopicBefore(norm, toks, i) {
		return hangulName{}, false
	}
	return hangulName{from: toks[i].s, to: toks[i].s + len(word), surname: sur, given: given, rule: "role+surname+given",
		reason: "Hangul surname " + strconv.Quote(sur) + " + one given syllable as what a person or post is", score: 0.7}, true
}

// roleTopicBefore reports token i right after a person cue or post with a topic or subject
// particle ("소대장은", "브로커는", "담당자가") or after a cue that names ("이름은").
func roleTopicBefore(norm string, toks []token, i int) bool {
	if i == 0 || toks[i-1].kind != tokHangul || !isSpaceGap(gapBefore(norm, toks, i)) {
		return false
	}
	prev := toks[i-1].text(norm)
	if hangulPersonCues[prev] && strings.HasPrefix(prev, "이름") {
		return true
	}
	for _, p := range []string{"은", "는", "이", "가"} {
		if stem, ok := strings.CutSuffix(prev, p); ok && stem != "" && (hangulPersonCues[stem] || isHangulTitleWord(stem)) {
			return true
		}
	}
	return false
}

// closedNameParticles follow a given name that ends in a consonant ("영철은", "영철과"); those
// after the name suffix 이 are nameSuffixParticles.
var closedNameParticles = set("은", "을", "과", "의", "도", "한테", "한테는", "에게", "에게는", "하고", "이랑", "만", "까지", "처럼")

// hangulVerbStems are verb stems made of given-name syllables: with -야 they say "must"
// ("만나야, ..."), not a vocative.
var hangulVerbStems = set("만나", "다녀", "모여", "하여", "지내", "보내", "나가", "나와", "건너", "내려", "버려", "가져")

// vocativeContext reports token i set apart as an address: punctuation (or the end of the
// line) after it, and the start of a line, a quote or punctuation before it.
func vocativeContext(norm string, toks []token, i int) bool {
	after := norm[toks[i].e:]
	if after != "" && !strings.ContainsAny(after[:1], ",!?~\n\"'.") && !strings.HasPrefix(after, "…") && !strings.HasPrefix(after, "”") && !strings.HasPrefix(after, "’") {
		return false
	}
	if i == 0 || toks[i].lineStart {
		return true
	}
	return strings.ContainsAny(gapBefore(norm, toks, i), "\"'“‘,.!?\n")
}

// hangulPlaceWords are the Hangul names of gazetteer places that are also common words:
// 안주 (a snack with drinks), 수자 (number, in the North's spelling), 개천 (a stream), 새별
// (the morning star), 삼수 (a third try at an exam), 삼합 (a dish of three). On their own they
// are places only in a place context (placeWordContext).
var hangulPlaceWords = set("안주", "수자", "개천", "새별", "삼수", "삼합",
	// South Korean districts that are also words: 서구 the West, 북구 the Nordic countries,
	// 동구 the village entrance; 세종 the king.
	"서구", "북구", "동구", "세종")

// hangulLocatives are the endings that put a place word where someone is or goes.
var hangulLocatives = set("에서", "에", "으로", "로", "까지", "부터", "에서부터", "에서는", "에는", "에서도", "에도", "으로는")

// hangulMovementStems begin the verbs and nouns that place a person: going, coming, living,
// being born, moving house, being taken.
var hangulMovementStems = []string{"가", "갔", "간", "갈", "와", "왔", "온", "올", "오", "이사", "살", "태어", "떠", "도착",
	"넘어", "건너", "보내", "보냈", "끌려", "잡혀", "옮", "도망", "있", "숨", "들어", "나와", "나왔", "돌아", "파견", "배치",
	"출발", "이동", "일했", "일하", "다녔", "다니", "머물", "지냈", "지내", "갇혀", "향했", "향해"}

// hangulPlaceNouns after a word make it a place: "안주 출신", "개천 시내".
var hangulPlaceNouns = []string{"출신", "시내", "지역", "근처", "부근", "쪽", "방향", "역", "공항", "시장", "사람", "태생",
	"남쪽", "북쪽", "동쪽", "서쪽", "외곽", "교외", "일대", "인근",
	// a camp, mine or works named after its town ("개천 교화소", "안주 탄광")
	"교화소", "관리소", "수용소", "단련대", "노동단련대", "집결소", "탄광", "광산", "공장", "농장",
	"기업소", "병원", "학교", "감옥"}

// placeWordContext reports a place context for the common word at token i, whose ending
// (after the word) is rest: a province or place before it ("평안남도 안주"), a place noun
// after it ("안주 출신"), or a locative ending with a verb of movement or dwelling in the next
// two words ("개천으로 이사 갔어요", "삼합에 있는").
func placeWordContext(norm string, toks []token, i int, rest string, h *hangulIndex) bool {
	if i > 0 && toks[i-1].kind == tokHangul && isSpaceGap(gapBefore(norm, toks, i)) {
		// The place before, bare or with its unit ("평안남도", "쿠르스크주", "길림성").
		prev := toks[i-1].text(norm)
		for _, unit := range [...]string{"", "도", "성", "주", "시", "군"} {
			if stem, ok := strings.CutSuffix(prev, unit); ok && stem != "" && !hangulPlaceWords[stem] {
				if _, ok := h.places[stem]; ok {
					return true
				}
			}
		}
	}
	next := func(k int) string {
		if k < len(toks) && toks[k].kind == tokHangul && isSpaceGap(gapBefore(norm, toks, k)) {
			return toks[k].text(norm)
		}
		return ""
	}
	if rest == "" || rest == "의" {
		// A numbered camp or unit after it is its town's: "개천 1호 교화소".
		if i+1 < len(toks) && toks[i+1].kind != tokHangul && isSpaceGap(gapBefore(norm, toks, i+1)) {
			if w := toks[i+1].text(norm); w != "" && w[0] >= '0' && w[0] <= '9' {
				return true
			}
		}
		return hasAnyPrefix(next(i+1), hangulPlaceNouns) && next(i+1) != ""
	}
	if !hangulLocatives[rest] {
		return false
	}
	for k := i + 1; k <= i+2; k++ {
		if n := next(k); n != "" && hasAnyPrefix(n, hangulMovementStems) {
			return true
		} else if n == "" {
			break
		}
	}
	return false
}

// gluedToLatin reports token i written against a Latin letter or digit ("데일리NK"): a
// brand or loanword, not a Korean village name.
func gluedToLatin(norm string, toks []token, i int) bool {
	if i+1 < len(toks) && toks[i+1].s == toks[i].e && toks[i+1].kind != tokHangul {
		return true
	}
	return i > 0 && toks[i-1].e == toks[i].s && toks[i-1].kind != tokHangul
}

// Spoken endings that follow a noun but are neither case particles nor the copula forms of
// copulaEndings: 네 (someone's family or house: "박성민네 집"), 더러 and 보고 ("to":
// "박성민더러 말했어요"), 같은 ("like"), and more forms of the copula ("이면", "이래요",
// "이었던", "이더라고요", the honorific "이세요"). Verbs take 면, 든, 래요, 지요 and 세요 right
// on their stem ("기다리면"), so those count only as the copula 이 + ending, which follows a
// noun that ends in a consonant (spokenEndingsClosed); the others follow any noun
// (spokenEndingsOpen). Longest first.
var (
	spokenEndingsClosed = []string{"이더라고요", "이더라구요", "이셨는데요", "이셨는데", "이셨어요", "이었던", "이라면", "이래요",
		"이세요", "이지요", "이더러", "이보고", "이네서", "이네로", "이네가", "이네는", "이네도", "이네랑", "이네하고", "이네한테",
		"이네", "이든", "이면", "이란"}
	spokenEndingsOpen = []string{"네하고", "네한테", "네에게", "네까지", "네처럼", "네서", "네로", "네가", "네는", "네도", "네를",
		"네에", "네랑", "네와", "네만", "네의", "더러", "보고", "같은", "같이", "였던", "네"}
)

// spokenClosedByFinal and spokenOpenByFinal index the spoken endings by their last syllable.
var (
	spokenClosedByFinal = newEndingIndex(spokenEndingsClosed, false)
	spokenOpenByFinal   = newEndingIndex(spokenEndingsOpen, false)
)

// stripSpokenEnding cuts a spoken ending from Hangul token i and reports the noun before it,
// of two syllables at least. A bare 네 after an open syllable ends verbs too ("기다리네"), at
// the end of a sentence: there it needs a word after it ("박영희네 집").
func stripSpokenEnding(norm string, toks []token, i int) (string, bool) {
	w := toks[i].text(norm)
	if len(w) < 3*3 {
		return w, false
	}
	// Only the endings that end in the word's last syllable are tried (most words end in
	// none of them).
	last := lastSyllable(w)
	for _, k := range spokenClosedByFinal.of(last) {
		if s, ok := strings.CutSuffix(w, spokenEndingsClosed[k]); ok && len(s) >= 2*3 && (lastSyllable(s)-0xAC00)%28 != 0 {
			return s, true
		}
	}
	for _, k := range spokenOpenByFinal.of(last) {
		e := spokenEndingsOpen[k]
		s, ok := strings.CutSuffix(w, e)
		if !ok || len(s) < 2*3 {
			continue
		}
		if open := (lastSyllable(s)-0xAC00)%28 == 0; e == "였던" && !open || e == "네" && open && !(i+1 < len(toks) && toks[i+1].kind == tokHangul && isSpaceGap(gapBefore(norm, toks, i+1))) {
			continue
		}
		return s, true
	}
	return w, false
}

// cuedOneSyllableParticles may follow a name of surname + one given syllable right after a
// person cue ("남편 오준이", "친구 김철과", "동생 박진은").
var cuedOneSyllableParticles = set("이", "가", "은", "는", "을", "를", "과", "와", "도", "의", "하고", "이랑", "랑", "한테", "한테는", "에게", "에게는", "만")

// commonHangulSurnames are the most common Korean surnames (both spellings of 李, 林, 柳,
// 盧). Surname + one given syllable is two syllables like most words; after a cue and
// outside Gazetteer.HangulNouns it is read as a name only with one of these ("친구 반지가"
// is a friend's ring, 반 a rare surname).
var commonHangulSurnames = set("김", "이", "리", "박", "최", "정", "강", "조", "윤", "장", "임", "림", "한", "오", "서", "신",
	"권", "황", "안", "송", "전", "홍", "류", "유", "고", "문", "양", "손", "배", "백", "허", "남", "노", "로", "하")

// cuedSurnameOneSyllable finds surname + one given syllable with a particle right after a
// kinship or role cue ("제 남편 오준이 잡혀갔어요", "친구 김철과"). Two-syllable words that
// begin with a surname syllable are mostly words ("친구 이름이", "남편 고향은"), so listed
// words (Gazetteer.HangulNouns) are not names.
func cuedSurnameOneSyllable(norm string, toks []token, i int, word, noun string, g *Gazetteer, gs *givenSet) (hangulName, bool) {
	w := toks[i].text(norm)
	if len(word) != 2*3 {
		return hangulName{}, false
	}
	named := false // said with 라는 before a person noun
	switch rest := w[len(word):]; {
	case noun == w && cuedOneSyllableParticles[rest] && oneSyllableNameCue(norm, toks, i):
	// Bare, before a word that is not Korean: code-switching ("오빠 김철 too", "My brother
	// 양혁 came").
	case rest == "" && !(i+1 < len(toks) && toks[i+1].kind == tokHangul) && oneSyllableNameCue(norm, toks, i):
	// Bare before a Korean word, the particle dropped as people speak ("오빠 김철 왔어요"),
	// after a Hangul person cue: a word in use there ("아빠 전세 얻었어요": a part of
	// compounds, Gazetteer.HangulCompoundParts) is the word, like the listed ones below.
	// A native numeral with a counter ("친구 한명 왔어요": one friend) is a count.
	case rest == "" && afterPersonCue(norm, toks, i) && gs.lists(word, gzCompoundParts) == 0 && !nativeCount(word):
	// Named as a person, the noun after it the cue: "한옥이라는 여자가", "리혁이라는 사람".
	case noun == word && (rest == "이라는" || rest == "라는") && i+1 < len(toks) && toks[i+1].kind == tokHangul && isSpaceGap(gapBefore(norm, toks, i+1)) && namedPersonNouns[stripParticles(toks[i+1].text(norm))]:
		named = true
	default:
		return hangulName{}, false
	}
	// A listed word said to be a person's name is the name ("한옥이라는 여자": a woman
	// called Hanok).
	if gs.lists(word, gzNouns) != 0 && !named || hangulListsOf(word)&(inCommonNouns|inStopwords|inPossessives) != 0 || isHangulTitleWord(word) {
		return hangulName{}, false
	}
	sur, given := gs.splitName(word)
	if len(sur) != 3 || len(given) != 3 || !allGiven(given, gs) || !commonHangulSurnames[sur] {
		return hangulName{}, false
	}
	return hangulName{from: toks[i].s, to: toks[i].s + len(word), surname: sur, given: given, rule: "cue+surname+given1",
		reason: "Hangul surname " + strconv.Quote(sur) + " + one given syllable named as a person", score: 0.7}, true
}

// nativeCount reports a word of two syllables that is a one-syllable native numeral and a
// counter written together: "한명", "두분", "세개".
func nativeCount(w string) bool {
	if len(w) != 2*3 || !slices.Contains([]string{"한", "두", "세", "네", "열"}, w[:3]) {
		return false
	}
	return slices.Contains(roadNumberCounters, w[3:]) || slices.Contains([]string{"번", "집", "끼", "잔", "병", "벌", "장", "권", "대"}, w[3:])
}

// namedPersonNouns are what a name said with 라는 ("X라는 여자") may name: people.
var namedPersonNouns = set("여자", "남자", "사람", "아이", "친구", "언니", "오빠", "할머니", "할아버지", "아저씨", "아줌마", "여자애", "남자애")

// oneSyllableNameCue reports token i after a cue for a person's name: a Hangul person cue
// or post ("친구 김철과", "보위원 리혁이"), or in an English sentence a kin or role noun or a
// naming word ("my brother 양혁", "named 리경", "her name was 리경").
func oneSyllableNameCue(norm string, toks []token, i int) bool {
	if afterPersonCue(norm, toks, i) {
		return true
	}
	if i == 0 || !isSpaceGap(gapBefore(norm, toks, i)) {
		return false
	}
	switch p := &toks[i-1]; p.kind {
	case tokHangul:
		return slices.Contains(hangulPosts, p.text(norm))
	case tokWord:
		low := strings.ToLower(p.text(norm))
		if _, ok := kinCues[low]; ok {
			return true
		}
		return low == "named" || low == "called" || (low == "was" || low == "is") && i >= 2 && strings.EqualFold(toks[i-2].text(norm), "name")
	}
	return false
}

// listedGivenName finds a given name in a list of given names said bare, one after another
// ("애들이 은하 미란 정아 이렇게 셋"): a run of two-syllable words of given-name syllables,
// separated by spaces or commas, the last one may have a particle, and at least two of them
// listed given names (Gazetteer.HangulGiven). The others in the run are names too, though
// they are also words (은하, a galaxy).
func listedGivenName(norm string, toks []token, i int, g *Gazetteer, gs *givenSet) (hangulName, bool) {
	member := func(k int, last bool) bool {
		if k < 0 || k >= len(toks) || toks[k].kind != tokHangul {
			return false
		}
		w := toks[k].text(norm)
		if len(w) > 2*3 && last {
			w = stripParticles(w)
		}
		if len(w) != 2*3 || !allGiven(w, gs) || hangulListsOf(w)&(notGivenLists|inTitles) != 0 {
			return false
		}
		return true
	}
	joined := func(k int) bool { // token k follows token k-1 after a space or a comma
		gap := gapBefore(norm, toks, k)
		return isSpaceGap(gap) || strings.TrimSpace(gap) == "," || strings.TrimSpace(gap) == "、"
	}
	bare := len(toks[i].text(norm)) == 2*3
	if !member(i, !bare) {
		return hangulName{}, false
	}
	from, to := i, i
	for from > 0 && joined(from) && member(from-1, false) {
		from--
	}
	for bare && to+1 < len(toks) && joined(to+1) && member(to+1, true) {
		to++
		if len(toks[to].text(norm)) != 2*3 {
			break // a particle ends the list
		}
	}
	if to == from {
		return hangulName{}, false // a word alone is no list
	}
	listed := 0
	for k := from; k <= to; k++ {
		if gs.lists(toks[k].text(norm)[:2*3], gzGiven) != 0 {
			listed++
		}
	}
	if listed < 2 {
		return hangulName{}, false
	}
	w := toks[i].text(norm)[:2*3]
	return hangulName{from: toks[i].s, to: toks[i].s + len(w), given: w, rule: "given-list",
		reason: "two-syllable word in a list of listed Hangul given names", score: 0.7}, true
}

// hangulAdjectiveRoots are roots of 하다 adjectives that are not nouns of their own, so not
// in Gazetteer.HangulNouns: "장황한", "서운한" (see adnominalPredicate).
var hangulAdjectiveRoots = set("장황", "서운", "신선", "노련", "명랑", "원만", "섭섭", "씩씩", "솔직", "비슷", "깨끗", "똑똑", "든든", "착실", "화려")

// adnominalFinals end a verb or adjective that describes the noun after it: 한, 난, 할, 된
// ("정직한 사람", "임신한 여자", "유명한 집", "결정된 일").
var adnominalFinals = hangulRuneSet('한', '난', '할', '된')

// adnominalPredicate reports bare token i of three syllables, a common word + an adnominal
// ending, before another word: "정직한 사람" is an honest person, not surname 정 + given
// 직한. A name with the same shape ("이성한") is one with a particle or an honorific after it.
func adnominalPredicate(norm string, toks []token, i int, gs *givenSet) bool {
	w := toks[i].text(norm)
	if len(w) != 3*3 || !adnominalFinals.has(lastSyllable(w)) || !(gs.lists(w[:6], gzNouns) != 0 || hangulAdjectiveRoots[w[:6]]) {
		return false
	}
	return i+1 < len(toks) && toks[i+1].kind == tokHangul && isSpaceGap(gapBefore(norm, toks, i+1))
}

// surnameBeforePost reports a word that is one surname syllable alone, as a boss or an
// officer is called by surname and post ("리 사장이", "박 대위가"). 전 and 현 before a post
// say former and current ("전 사장").
func surnameBeforePost(w string, g *Gazetteer) bool {
	if len(w) != 3 || w == "전" || w == "현" {
		return false
	}
	_, ok := g.Surnames[w]
	return ok
}

// figureGivenInText reports given, two Hangul syllables, as the given name of a public figure
// whose Hangul name (surname + given) is in the text: "정은" with "김정은".
func figureGivenInText(norm, given string, ix *nameIndex) bool {
	if len(given) != 2*3 {
		return false
	}
	for _, f := range ix.figHangul {
		if len(f) == 3*3 && f[3:] == given && strings.Contains(norm, f) {
			return true
		}
	}
	return false
}

// southInitial writes the first syllable of w as the South spells it: the North keeps an
// initial ㄹ or ㄴ that the South drops or softens ("로동자" 노동자, "녀자" 여자, "력사" 역사,
// "리용" 이용, "량식" 양식). ㄹ before the vowels ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ, and ㄴ before them, become
// ㅇ; ㄹ before the others becomes ㄴ. Other words come back unchanged.
func southInitial(w string) string {
	r := firstSyllable(w)
	if r < 0 {
		return w
	}
	i := int(r - 0xAC00)
	initial, vowel := i/(21*28), (i/28)%21
	if initial != 5 && initial != 2 { // ㄹ, ㄴ
		return w
	}
	iVowel := vowel == 2 || vowel == 3 || vowel == 6 || vowel == 7 || vowel == 12 || vowel == 17 || vowel == 20
	switch {
	case iVowel:
		initial = 11 // ㅇ
	case initial == 5:
		initial = 2 // ㄴ
	default:
		return w // ㄴ before another vowel is the South's spelling too
	}
	return string(rune(0xAC00+initial*21*28+i%(21*28))) + w[3:]
}

// spelledOutName finds a name written one syllable at a time, with spaces or dots between
// ("김 광 호", "김.광.호"), as people spell a name so that it is heard or read right: a
// surname on its own, then two given-name syllables, each a word of its own. The last may
// have a particle or copula ("김 영 철이", "호라고"); the surname's gap is the gaps' kind.
func spelledOutName(norm string, toks []token, i int, g *Gazetteer, gs *givenSet) (hangulName, bool) {
	if i+2 >= len(toks) || len(toks[i].text(norm)) != 3 {
		return hangulName{}, false
	}
	sur := toks[i].text(norm)
	if _, ok := g.Surnames[sur]; !ok {
		return hangulName{}, false
	}
	gap := gapBefore(norm, toks, i+1)
	if gap != " " && gap != "." && gap != "·" {
		return hangulName{}, false
	}
	// Inside a longer run of one-syllable words ("림 정 숙 이라고": 정 숙 이 is no name) the
	// name starts before.
	if i > 0 && gapBefore(norm, toks, i) == gap && toks[i-1].kind == tokHangul && len(toks[i-1].text(norm)) == 3 {
		return hangulName{}, false
	}
	given := ""
	for k := i + 1; k <= i+2; k++ {
		w := toks[k].text(norm)
		if toks[k].kind != tokHangul || gapBefore(norm, toks, k) != gap || k < i+2 && len(w) != 3 {
			return hangulName{}, false
		}
		if k == i+2 && len(w) > 3 && !endingOK(w[3:]) {
			return hangulName{}, false
		}
		if !gs.has(firstSyllable(w)) {
			return hangulName{}, false
		}
		given += w[:3]
	}
	// A fourth one-syllable word after it makes a run of words, not a name ("이 집 저 집 다").
	if i+3 < len(toks) && gapBefore(norm, toks, i+3) == gap && len(toks[i+3].text(norm)) == 3 && len(toks[i+2].text(norm)) == 3 {
		return hangulName{}, false
	}
	return hangulName{from: toks[i].s, to: toks[i+2].s + 3, surname: sur, given: given, rule: "spelled-out",
		reason: "Hangul surname and given syllables written one by one", score: 0.75}, true
}

// longCommonNouns are common words of four syllables or more that begin like a name and
// whose ending reads as a particle or the name suffix ("우리나라는": 우리나 + 라는;
// "남자아이는": 남자아 + 이는): a word that begins with one is that word.
var longCommonNouns = []string{"우리나라", "남자아이", "여자아이", "주인아저씨", "주인아주머니", "남자아기", "여자아기"}

// startsWithLongCommonNoun says whether the Hangul word w begins with one of longCommonNouns.
func startsWithLongCommonNoun(w string) bool {
	if len(w) < 12 {
		return false
	}
	for _, n := range longCommonNouns {
		if strings.HasPrefix(w, n) {
			return true
		}
	}
	return false
}
