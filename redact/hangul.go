package redact

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	syncatomic "sync/atomic" // the package's own name "atomic" is a category table (plan.go)
	"unicode/utf8"
)

// The Hangul detector finds Korean names written in Hangul. Korean words are built from the
// same syllables as names (이 is a surname and "this"), so a Hangul word counts as a name only
// with an honorific or title after it ("김지민 씨", "박 씨한테는", "철수 동무"), or when it has
// the shape of a full name (surname + two given-name syllables, then only a particle or a
// copula: "최동욱이었는데"), or surname + one consonant-final syllable + the name suffix 이 and
// a particle ("김별이가", which no common noun takes), or when its given name already appeared
// in full elsewhere in the document ("지민아", and one syllable only as a whole word with
// grammar after it: "철이는", "별이가"). Foreign names written in Hangul come from a table
// (policies/data/hangul_foreign_names.txt: "세르게이였어요", "나타샤는"); those that are also
// Korean words ("왕", "이반") need an honorific, a post or a naming word beside them.
// Predicates are never names ("마세요" is not surname 마 + 세요).

func init() { register(hangulDetector{}) }

type hangulDetector struct{}

func (hangulDetector) name() string { return "hangul-names" }

func isHangulSyllable(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// Honorifics and titles that follow a name, longest first.
// kinshipHonorifics are the honorifics that are kinship words: after a name ("영희 언니") and
// after any word ("지금 언니가": now my sister).
var kinshipHonorifics = set("할아버지", "아주머니", "할머니", "아저씨", "언니", "오빠", "누나", "형님")

var hangulHonorifics = []string{
	"선생님", "할아버지", "아주머니", "할머니", "아저씨", "선생", "동무", "동지", "여사", "씨", "님",
	"언니", "오빠", "누나", "형님",
}

// honorificsByFirst and honorificsByLast index the honorifics by their first and last
// syllables, so most words need no comparison with the list.
var honorificsByFirst, honorificsByLast = newEndingIndex(hangulHonorifics, true), newEndingIndex(hangulHonorifics, false)

// Ranks and posts that follow a full name in Korean, longest first.
var hangulPosts = []string{
	"소대장", "중대장", "대대장", "연대장", "분대장", "보위원", "안전원", "지배인", "책임자",
	"소위", "중위", "상위", "대위", "소좌", "중좌", "상좌", "대좌", "상사", "중사", "하사", "전사",
	"상병", "일병", "이병", "병장", "반장", "교수", "목사", "사장", "부장", "과장", "기자", "대표",
}

// postsByFirst indexes the posts by their first syllable.
var postsByFirst = newEndingIndex(hangulPosts, true)

// Particles and endings that attach to a noun, longest first.
var hangulParticles = []string{
	"에게서", "한테서", "으로서", "이라는", "이라고", "이에게", "이한테", "이랑", "이가", "이는", "이를",
	"이의", "이도", "이와", "에게", "한테", "께서", "으로", "이랑", "하고", "처럼", "까지", "부터",
	"라는", "라고", "이고", "이며", "이요", "뿐", "조차", "마저", "밖에", "보다",
	"은", "는", "이", "가", "을", "를", "의", "와", "과", "도", "로", "만", "랑", "야", "아", "께",
}

// hangulStopwords have the shape of a name (surname + two name syllables) but are words.
var hangulStopwords = set(
	"한국인", "조선인", "이상한", "안전한", "정상적", "이번에", "이미지", "김정은", "정부가",
	"이야기", "지금은", "전국민", "이정도", "이해가", "전화가", "주민들", "조선말", "한국말",
	"신분증", "한동안", "이사를", "장마당", "공안이", "이후에", "이전에", "우리가", "도착한",
	"정말로", "진짜로", "한번은", "이제는", "오늘은", "하나원", "안전원", "보위부", "장사를",
	"강제로", "진행된", "조사를", "주소는", "전화로", "주로", "이상은", "이미", "기억이",
	"하세요", "주세요", "유일한", "남기지", "전화기", "하지만", "이렇게", "정도로", "전부터",
	"신의주", "이렇다", "정말요", "고마워", "안녕히", "조용히", "천천히", "이상하", "조심해",
	"배신자", "공장", "공사", "공부", "장사", "회사", "학교", "병원", "군대", "부대", "기지", "조장",
	"작업", "전선", "전쟁", "조선", "한국", "정치", "선생", "사장", "부장", "과장", "형님", "언니", "오빠", "누나", "동생", "주인",
	// the holders of an account or a household, the labels of a transfer: a name follows them
	// ("예금주 김순희"), they are none (예 + 금주, 세 + 대주)
	"예금주", "세대주", "계좌주", "수취인", "송금인", "입금자",
	"함자", "존함", "성함", // the respectful words for a name
	// compounds of a word and a suffix the dictionary lists without a cost of their own
	// (장애 + 인, 방한 + 복), the yuan, a ship, "in Thailand" of an embassy's name
	"장애인", "이주민", "변호인", "한국행", "방한복", "위안화", "천안함", "주태국", "주중국", "주라오스", "주베트남", "주몽골",
)

// koreanRankWords are the KPA ranks (koreanRanks) as words: a rank is no name even where its
// syllables read as a surname and given syllables ("하전사": 하 + 전사).
var koreanRankWords = set(koreanRanks...)

// hangulTitles are honorifics and kinship words on their own.
var hangulTitles = set("선생님", "선생", "동무", "동지", "여사", "씨", "님", "언니", "오빠", "누나", "형님", "할머니", "할아버지", "아주머니", "아저씨")

// notNameFinal are syllables that end verb stems and adverbs far more often than names
// ("조심하", "마련해", "천천히"); a word without an honorific that ends in one is not a name.
var notNameFinal = hangulRuneSet('하', '해', '했', '히', '게', '요', '다', '고', '며', '면', '는', '던', '된')

// hangulVerbEndings end predicates, never names.
var hangulVerbEndings = []string{"세요", "어요", "아요", "니다", "했다", "한다", "하다", "해요", "지요", "네요", "군요", "어서", "아서", "는데", "니까", "면서"}

// Line-initial labels in Hangul transcripts that are roles, not names.
var hangulNonLabels = set("질문", "답변", "문", "답", "면담자", "기자", "사회자", "통역", "참고", "메모", "날짜", "장소",
	// contact fields of a line of notes ("위챗: ...", "전화번호: ...")
	"위챗", "카톡", "카카오톡", "큐큐", "텔레그램", "전화", "전화번호", "연락처", "주소", "이메일", "메일", "휴대폰", "핸드폰",
	"번호", "아이디",
	// the interviewer, the interviewee and other roles as transcribers write them
	"면접자", "피면접자", "면접관", "질문자", "답변자", "응답자", "인터뷰어", "인터뷰이", "연구자", "연구원",
	"조사자", "조사원", "통역사", "통역자", "번역자", "화자", "증언자", "참여자", "참가자", "탈북민", "탈북자",
	"녹취자", "기록자", "구술자", "피면담자", "진행자")

// hangulWordLists says in one probe which of the Hangul word lists hold a word (inStopwords
// and the other bits below). The name passes ask it of nearly every Hangul word, most of
// them in no list: a wordTable's filter says so without the several map lookups, each
// hashing the word again, that asking the lists one by one costs.
var hangulWordLists = func() *wordTable[uint8] {
	m := map[string]uint8{}
	for bit, l := range []map[string]bool{hangulStopwords, hangulTitles, hangulNonLabels, hangulCommonNouns, hangulTitleWords, hangulPossessives, koreanRankWords, hangulPersonCues} {
		for w, ok := range l {
			if ok {
				m[w] |= 1 << bit
			}
		}
	}
	return newWordTable(m)
}()

// The bits of hangulWordLists, in the order of its lists.
const (
	inStopwords   uint8 = 1 << iota // hangulStopwords
	inTitles                        // hangulTitles
	inNonLabels                     // hangulNonLabels
	inCommonNouns                   // hangulCommonNouns
	inTitleWords                    // hangulTitleWords
	inPossessives                   // hangulPossessives
	inRankWords                     // koreanRankWords
	inPersonCues                    // hangulPersonCues
)

// hangulListsOf returns the hangulWordLists bits of w: the lists that hold it.
func hangulListsOf(w string) uint8 {
	return hangulWordLists.get(phraseHash(phraseHashSeed, w), w)
}

type hangulName struct {
	from, to int // bytes in Norm
	surname  string
	given    string // Hangul given syllables
	rule     string
	reason   string
	score    float64
	role     Role
	foreign  bool // a foreign name from the table: the entity is the Hangul form
}

func (hangulDetector) detect(t *Text, g *Gazetteer) []Candidate {
	if g == nil {
		g = &Gazetteer{}
	}
	if !namesNoPrefilter.Load() && (t.isASCII() || !hasHangulSyllable(t.Norm)) {
		// Most testimonies have no Hangul: four scans of the bytes instead of a walk over
		// every token. The result is what the passes below give for no Hangul token.
		return make([]Candidate, 0)
	}
	ix := indexFor(g)
	a := analyse(t, ix)
	toks := a.toks
	h, gs := hangulIndexFor(ix), givenSetFor(g)
	// The buffers come from the detections before; found holds testimony text, and is
	// cleared before its buffer goes back.
	sc := hangulScratches.Get().(*hangulScratch)
	found := sc.found[:0]
	var taken []bool // made (from sc.taken) when the first name is found
	// The passes below look at Hangul tokens only, which the analysis lists: they do not walk
	// every token of a testimony (most are not Hangul).
	hidx := a.hangul
	defer func() {
		clear(found)
		sc.found = found[:0]
		if taken != nil {
			sc.taken = taken[:0]
		}
		hangulScratches.Put(sc)
	}()
	var parts map[string]string // later words of one foreign name → its first word (foreignRun)
	for _, k := range hidx {
		i := int(k)
		if taken != nil && taken[i] {
			continue // a later word of a foreign name found whole (foreignRun)
		}
		tk := &toks[i]
		// A name found here begins with a syllable that begins a Korean name (hangulAt, but
		// for a speaker label) or a foreign one (foreignName): the first syllable turns most
		// tokens away before the figure, place and name tests. A public figure's word
		// (isHangulFigure) begins with a syllable of its figureSlot.
		r := firstSyllable(tk.text(t.Norm))
		korean, foreign := tk.lineStart || gs.mayBeginName(r) || listedGivenAfterCue(t.Norm, toks, i, r, gs), h.foreignFirst.has(r)
		mongol := gs.mongol.first.has(r)
		if !korean && !foreign && !mongol {
			continue
		}
		if (r < 0 || h.figureSlot[r-0xAC00] != 0) && isHangulFigure(tk.text(t.Norm), ix, h) {
			continue
		}
		if a.placeTok[i] {
			continue // "신의주", "석현동에서": a place, not a name
		}
		var n hangulName
		var ok bool
		if korean {
			n, ok = hangulAt(t.Norm, toks, i, g, ix, h, gs)
		}
		if !ok && foreign {
			n, ok = foreignName(t.Norm, toks, i, g, h, gs)
		}
		if !ok && mongol {
			// "오윤체체그는": a Mongolian given name no list holds whole, read by its elements.
			n, ok = mongolianHangulName(t.Norm, toks, i, g, gs)
		}
		if ok {
			if taken == nil {
				taken = resized(sc.taken, len(toks))
			}
			taken[i] = true
			if n.foreign {
				n, parts = foreignRun(t.Norm, toks, i, n, g, h, gs, taken, parts)
			}
			found = append(found, n)
		}
	}
	// Surname + one given syllable with the name suffix ("김별이가"), unless the word is a
	// two-syllable given name named in full elsewhere ("지민이는" of 김지민).
	found = givenPass(t.Norm, toks, hidx, taken, found, false)
	for _, i := range hidx {
		tk := &toks[i]
		if taken != nil && taken[i] {
			continue
		}
		// surnameOneSyllable's cheapest test first: the name suffix 이 as the third syllable
		// of a word of four or more.
		if w := tk.text(t.Norm); len(w) < 4*3 || w[2*3:3*3] != "이" {
			continue
		}
		if n, ok := surnameOneSyllable(t.Norm, tk, g, gs); ok && !isHangulFigure(tk.text(t.Norm), ix, h) {
			if taken == nil {
				taken = resized(sc.taken, len(toks))
			}
			found = append(found, n)
			taken[i] = true
		}
	}
	found = givenPass(t.Norm, toks, hidx, taken, found, true)
	for _, k := range hidx {
		i := int(k)
		if len(toks[i].text(t.Norm)) != 3 || taken != nil && taken[i] {
			continue // a spelled name begins with its surname, one syllable
		}
		if n, ok := spelledHangulName(t.Norm, toks, i, g, gs); ok {
			if taken == nil {
				taken = resized(sc.taken, len(toks))
			}
			found = append(found, n)
			taken[i], taken[i+1], taken[i+2] = true, true, true
		} else if n, m, ok := spelledJaName(t.Norm, toks, i, g); ok { // "박 자 순 자 례 자예요" (hangul_kin.go)
			if taken == nil {
				taken = resized(sc.taken, len(toks))
			}
			found = append(found, n)
			for k := i; k < i+m; k++ {
				taken[k] = true
			}
		}
	}
	// A given name found alone ("동욱 씨") belongs to the one person named in full with it.
	fullBy := map[string]string{}
	for _, n := range found {
		if n.surname != "" && n.given != "" && !n.foreign {
			if s, ok := fullBy[n.given]; ok && s != n.surname {
				fullBy[n.given] = "-"
			} else {
				fullBy[n.given] = n.surname
			}
		}
	}
	for k := range found {
		// One syllable alone ("her son 철이") is too little to say it is the 옥철 named in full.
		if n := &found[k]; n.surname == "" && !n.foreign && syllableCount(n.given) > 1 {
			if s := fullBy[n.given]; s != "" && s != "-" {
				n.surname = s
			}
		}
	}
	// "김정은이 왔어요. 정은이가 ...": the given name alone of a public figure named in full in
	// the same text is that figure, unless someone else is named in full with it.
	found = slices.DeleteFunc(found, func(n hangulName) bool {
		return n.surname == "" && !n.foreign && fullBy[n.given] == "" && figureGivenInText(t.Norm, n.given, ix)
	})
	out := slices.Grow(t.candidateRoom(), len(found))
	// A person is usually named many times: their entity key is made once.
	type nameKey struct {
		surname, given string
		foreign        bool
	}
	entities := map[nameKey]string{}
	for _, n := range found {
		st, en := t.Orig(n.from, n.to)
		k := nameKey{n.surname, n.given, n.foreign}
		entity, ok := entities[k]
		if !ok {
			canon := g.Surnames[n.surname]
			if canon == "" {
				canon = n.surname
			}
			// The same key as the romanized names detector gives, so "김지민" and "Kim Ji-min"
			// share one pseudonym.
			if n.foreign {
				if first, ok := parts[n.given]; ok {
					n.given = first // "볼코프" alone is the 세르게이 페트로비치 볼코프 named in full
				}
				entity = "|" + n.given
			} else {
				entity = hangulEntity(canon, n.given)
			}
			entities[k] = entity
		}
		role := n.role
		if role == "" {
			role = RolePerson
		}
		out = append(out, Candidate{Start: st, End: en, Category: Person, Detector: "hangul-names",
			Rule: n.rule, Reason: n.reason, Score: n.score, Entity: entity, Role: role})
	}
	return out
}

// hasHangulSyllable reports whether s may hold a Hangul syllable (U+AC00-U+D7A3): whether
// it has a byte that begins one in UTF-8 (0xEA-0xED). Without one, no token is tokHangul.
func hasHangulSyllable(s string) bool {
	for b := byte(0xEA); b <= 0xED; b++ {
		if strings.IndexByte(s, b) >= 0 {
			return true
		}
	}
	return false
}

// hangulScratch holds the buffers of one detection: the names found and which tokens they
// took.
type hangulScratch struct {
	found []hangulName
	taken []bool
}

var hangulScratches = sync.Pool{New: func() any { return new(hangulScratch) }}

// hangulAt decides whether Hangul token i is (or begins with) a name.
// nounSuffixSyllables make nouns of the nouns before them: a member or an institution (원),
// a department or a woman (부), a person (자, 사, 관), a room (실), a bureau (국), a
// document or a head (장), a machine (기), a place (소, 처, 청), a certificate (증, 서), a
// fee (비, 금), a line (선).
var nounSuffixSyllables = func() *sylSet {
	s := new(sylSet)
	for _, r := range "원부자사관실국장기소처청증서비금선" {
		s.add(r)
	}
	return s
}()

// titleFollows says whether the Hangul word after token i, one space away, begins with an
// honorific or a post ("이수나 씨가", "박철 반장"): a person's name stands before it.
func titleFollows(norm string, toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].kind != tokHangul || !isSpaceGap(gapBefore(norm, toks, i+1)) {
		return false
	}
	next := toks[i+1].text(norm)
	first := firstSyllable(next)
	for _, k := range honorificsByFirst.of(first) {
		if strings.HasPrefix(next, hangulHonorifics[k]) {
			return true
		}
	}
	for _, k := range postsByFirst.of(first) {
		if strings.HasPrefix(next, hangulPosts[k]) {
			return true
		}
	}
	return false
}

// listedGivenAfterCue reports token i, whose first syllable r begins no surname and is no
// given-name syllable, as a listed given name or homograph that begins with another
// syllable (갑순, 귀남, 대성) after a person cue: cuedGivenName reads it.
func listedGivenAfterCue(norm string, toks []token, i int, r rune, gs *givenSet) bool {
	if !gs.listedFirst.has(r) || !afterPersonCue(norm, toks, i) {
		return false
	}
	// A listed name that is also a part of compounds (대문, a gate) is a word in use: the
	// filter turns it away as before.
	w := toks[i].text(norm)
	if len(w) < 2*3 {
		return false
	}
	l := gs.lists(w[:2*3], gzGiven|gzCompoundParts|gzHomographs)
	return l&(gzGiven|gzCompoundParts) == gzGiven || l&gzHomographs != 0
}

func hangulAt(norm string, toks []token, i int, g *Gazetteer, ix *nameIndex, h *hangulIndex, gs *givenSet) (hangulName, bool) {
	tk := &toks[i]
	// Every name found below but a speaker label begins with a surname or a given-name
	// syllable (the endings are cut from the end of the word, never its start).
	if r := firstSyllable(tk.text(norm)); !tk.lineStart && !gs.mayBeginName(r) && !listedGivenAfterCue(norm, toks, i, r, gs) {
		return hangulName{}, false
	}
	// Both strips keep two syllables at least: a word of two or fewer is its own noun.
	noun, word := tk.text(norm), tk.text(norm)
	if s, ok := stripSpokenEnding(norm, toks, i); ok {
		noun, word = s, s // "박성민네", "박성민더러", "박성민이면": the noun alone
	} else if len(noun) > 2*3 {
		noun = stripCopula(noun)
		word = stripParticles(noun)
	}
	lists, gazLists := hangulListsOf(word), gs.lists(word, gzNouns|gzVerbStems|gzGiven)
	if lists&(inStopwords|inTitles|inCommonNouns|inTitleWords) != 0 || len(word) == 3*3 && gazLists&gzNouns != 0 || isHangulTitleWord(word) ||
		startsWithLongCommonNoun(tk.text(norm)) || lists&inRankWords != 0 {
		return hangulName{}, false // a word, or a post on its own ("위원장이", "지배인이")
	}
	// A verb's stem with its ending ("나아지는", "굶주리는") is the verb, unless it reads as
	// a common surname with a listed given name ("신명지"): then the name is kept safe.
	if gazLists&gzVerbStems != 0 && !(len(word) == 3*3 && commonHangulSurnames[word[:3]] && gs.lists(word[3:], gzGiven) != 0) {
		return hangulName{}, false
	}
	// Two nouns written as one ("현지지도", on-the-spot guidance: 현지 + 지도) are that
	// compound, not a surname and a given name with the particle 도 (현 + 지지 + 도), unless
	// the two syllables after the surname are a listed given name.
	if len(word) == 3*3 && len(noun) > len(word) && gs.lists(word[:6], gzNouns) != 0 && gs.lists(word[3:], gzGiven) == 0 {
		if _, size := utf8.DecodeRuneInString(noun[len(word):]); gs.lists(word[6:]+noun[len(word):len(word)+size], gzNouns) != 0 {
			return hangulName{}, false
		}
	}
	// A common word with the particle 나 ("정부나 단체의": government or groups) is not a
	// surname with a given name 부나, unless the two syllables after the surname are listed
	// as a given name.
	if len(word) == 3*3 && strings.HasSuffix(word, "나") && gs.lists(word[:6], gzNouns) != 0 && gs.lists(word[3:], gzGiven) == 0 && !titleFollows(norm, toks, i) {
		return hangulName{}, false
	}
	// A common word with a Sino-Korean noun suffix ("정보원", "위안부", "송환자", "이민국") is
	// that compound, not a surname with a given name, unless the two syllables after the
	// surname are a listed given name ("한지원": 지원) or a post ("박사장": 사장).
	if len(word) == 3*3 && nounSuffixSyllables.has(lastSyllable(word)) && gs.lists(word[:6], gzNouns) != 0 && gs.lists(word[3:], gzGiven) == 0 &&
		!isHangulTitleWord(word[3:]) && !hangulTitles[word[3:]] && !titleFollows(norm, toks, i) { // "박사장": Boss Park
		return hangulName{}, false
	}
	// The North's spelling of a common word ("로동자였어요", "녀자들이") is that word; but 리 is
	// also the North's surname 李, and 리 + a post is a person ("리사장이": Boss Ri, not 이사장).
	if s := southInitial(word); s != word && (hangulListsOf(s)&(inCommonNouns|inStopwords) != 0 || gs.lists(s, gzNouns) != 0) &&
		!(strings.HasPrefix(word, "리") && isHangulTitleWord(word[3:])) {
		return hangulName{}, false
	}
	// Predicates are never names: "마세요" is not surname 마 + a given name. A noun with a
	// copula ("최동욱이었는데") is not a predicate of its own.
	if w := tk.text(norm); noun == w && isPredicate(w) {
		return hangulName{}, false
	}
	// Speaker label: "김지민: ..." at the start of a line.
	if tk.lineStart && strings.HasPrefix(strings.TrimLeft(norm[tk.e:], " \t"), ":") && lists&inNonLabels == 0 && syllableCount(word) <= 4 {
		sur, given := gs.splitName(word)
		return hangulName{from: tk.s, to: tk.s + len(word), surname: sur, given: given, rule: "speaker-label",
			reason: "speaker label at the start of a line", score: 0.85, role: RoleSpeaker}, true
	}
	if n, ok := spelledOutName(norm, toks, i, g, gs); ok { // "김 광 호", "김.광.호"
		return n, true
	}
	if n, ok := kinOrListedGiven(norm, toks, i, ix, gs); ok { // "순희 이모가", "철호한테" (hangul_kin.go)
		return n, true
	}
	// Honorific attached ("김지민씨는") or as the next word ("김지민 씨").
	last := lastSyllable(word)
	for _, k := range honorificsByLast.of(last) {
		if stem, ok := strings.CutSuffix(word, hangulHonorifics[k]); ok && stem != "" {
			return honorificName(tk.s, stem, hangulHonorifics[k], g, gs)
		}
	}
	if i+1 < len(toks) && toks[i+1].kind == tokHangul && isSpaceGap(gapBefore(norm, toks, i+1)) {
		next := toks[i+1].text(norm)
		first := firstSyllable(next)
		// A rank or post after a full name ("김혁 소위", "박철 반장") works like an honorific.
		for _, k := range postsByFirst.of(first) {
			r := hangulPosts[k]
			if strings.HasPrefix(next, r) { // any ending: "소위였어요", "반장님"
				if hangulPossessives[word] { // "우리 지배인이": our manager
					break
				}
				if sur, given := gs.splitName(word); sur != "" && given != "" && allGiven(given, gs) && syllableCount(word) <= 4 {
					return hangulName{from: tk.s, to: tk.s + len(word), surname: sur, given: given, rule: "post",
						reason: "Hangul name before rank or post " + strconv.Quote(r), score: 0.8}, true
				}
				if surnameBeforePost(tk.text(norm), g) { // "리 사장이", "박 대위가": the surname alone
					return hangulName{from: tk.s, to: tk.e, surname: word, rule: "surname+post",
						reason: "Hangul surname before rank or post " + strconv.Quote(r), score: 0.8}, true
				}
			}
		}
		// "지금은 동무들이": a common word with a particle of its own is not a name before the
		// honorific.
		particled := word != tk.text(norm) && gazLists&(gzNouns|gzGiven) == gzNouns
		for _, k := range honorificsByFirst.of(first) {
			hon := hangulHonorifics[k]
			if rest, ok := strings.CutPrefix(next, hon); ok && hon != "님" && endingOK(rest) && !particled {
				return honorificName(tk.s, word, hon, g, gs)
			}
		}
	}
	// A given name alone with the name suffix 이 or a vocative ("영철이는", "은별아,").
	if n, ok := bareGivenName(norm, toks, i, gs); ok {
		return n, true
	}
	if n, ok := cuedGivenName(norm, toks, i, g, gs); ok {
		return n, true
	}
	if n, ok := subjectGivenName(norm, toks, i, gs); ok {
		return n, true
	}
	if n, ok := listedGivenName(norm, toks, i, g, gs); ok {
		return n, true
	}
	// A verb in its -아/-어 form before an auxiliary ("기다려 주세요") is no name.
	if tk.text(norm) == word && beforeAuxiliary(norm, toks, i) {
		return hangulName{}, false
	}
	if n, ok := roleHolderName(norm, toks, i, word, noun, g, gs); ok {
		return n, true
	}
	if n, ok := cuedSurnameOneSyllable(norm, toks, i, word, noun, g, gs); ok {
		return n, true
	}
	// Shape of a full name: surname + two given syllables, nothing but a particle after
	// (3: 김지민; 4: 남궁민수; 3 with a two-syllable surname: 황보철). Places are not names.
	if n := syllableCount(word); n != 3 && n != 4 {
		return hangulName{}, false
	}
	if h.mayBePlace(word) && (ix.placeHangul(word) || ix.provinceStem[word]) {
		return hangulName{}, false
	}
	if adnominalPredicate(norm, toks, i, gs) { // "정직한 사람": honest, not a name
		return hangulName{}, false
	}
	if deicticsWithSeo[word] {
		return hangulName{}, false
	}
	sur, given := gs.splitName(word)
	gn := syllableCount(given)
	if sur != "" && (gn == 2 || gn == 1 && syllableCount(sur) == 2) && allGiven(given, gs) && !notNameFinal.has(last) {
		return hangulName{from: tk.s, to: tk.s + len(word), surname: sur, given: given, rule: "surname+given",
			reason: gs.surnameGivenReason(sur), score: 0.7}, true
	}
	// After a person cue ("친구 박소망과", "브로커 최희망이") the given name may be an ordinary
	// word whose syllables are not name syllables: surname + two syllables with a particle.
	if sur != "" && syllableCount(sur) == 1 && gn == 2 && word != tk.text(norm) && !notNameFinal.has(last) && afterPersonCue(norm, toks, i) {
		return hangulName{from: tk.s, to: tk.s + len(word), surname: sur, given: given, rule: "cue+surname+given",
			reason: "Hangul surname " + strconv.Quote(sur) + " + two syllables after a person cue", score: 0.7}, true
	}
	return hangulName{}, false
}

// deicticsWithSeo are "here", "there", "where" with 서, the short 에서 ("여기서 일했어요"):
// surname 여/거/저 + two name syllables in shape, among the commonest words of speech.
var deicticsWithSeo = set("여기서", "거기서", "저기서", "어디서", "이리서", "그리서")

// surnameGivenReason is the reason of a Hangul surname + given-name match.
func surnameGivenReason(sur string) string {
	return "Hangul surname " + strconv.Quote(sur) + " + two given-name syllables"
}

// surnameGivenReason is surnameGivenReason(sur), from the table when sur is in it.
func (s *givenSet) surnameGivenReason(sur string) string {
	if r, ok := s.surnameReasons[sur]; ok {
		return r
	}
	return surnameGivenReason(sur)
}

// surnameOneSyllable finds surname + a one-syllable given name without an honorific
// ("김별이가"): the given syllable ends in a consonant and takes the name suffix 이 before a
// particle, which common nouns never take ("한국이가" is not Korean).
func surnameOneSyllable(norm string, tk *token, g *Gazetteer, gs *givenSet) (hangulName, bool) {
	// A Hangul token is Hangul syllables only, three bytes each: the checks below read them
	// in place instead of converting the word.
	w := tk.text(norm)
	if len(w) < 4*3 {
		return hangulName{}, false
	}
	r1, r2 := firstSyllable(w[3:]), firstSyllable(w[6:])
	if r1 < 0 || (r1-0xAC00)%28 == 0 || r2 != '이' || !gs.hangul.has(r1) {
		return hangulName{}, false
	}
	sur, given := w[:3], w[3:6]
	if _, ok := g.Surnames[sur]; !ok || !nameSuffixParticles[w[9:]] {
		return hangulName{}, false
	}
	if hangulStopwords[w[:6]] || hangulNotPlaces[w[:6]] || hangulCommonNouns[w[:9]] || gs.lists(w[:9], gzNouns) != 0 {
		return hangulName{}, false
	}
	// "송환이랑" is 송환 + the particle 이랑 (with the repatriation), not a name + the suffix.
	if strings.HasPrefix(w[9:], "랑") && gs.lists(w[:6], gzNouns) != 0 {
		return hangulName{}, false
	}
	return hangulName{from: tk.s, to: tk.s + len(sur) + len(given), surname: sur, given: given, rule: "surname+given-suffix",
		reason: "Hangul surname " + strconv.Quote(sur) + " + one given syllable + name suffix 이 and a particle", score: 0.7}, true
}

// spelledHangulName reads a name said the respectful way, syllable by syllable, at token
// i: the surname, then each given syllable with 자 ("character"): "김 명자 철자예요" is 김명철,
// as one names a parent ("아버지 함자는 김 명자 철자예요"). A word for a name must come just
// before: two-syllable nouns in 자 are many (남자, 여자, 모자).
func spelledHangulName(norm string, toks []token, i int, g *Gazetteer, gs *givenSet) (hangulName, bool) {
	if i+2 >= len(toks) || norm[toks[i].e:toks[i+1].s] != " " || norm[toks[i+1].e:toks[i+2].s] != " " {
		return hangulName{}, false
	}
	cued := false // "함자는", "성함이", "이름은" among the two words before
	for k := max(0, i-2); k < i; k++ {
		w := toks[k].text(norm)
		cued = cued || strings.HasPrefix(w, "함자") || strings.HasPrefix(w, "존함") || strings.HasPrefix(w, "성함") || strings.HasPrefix(w, "이름")
	}
	if !cued {
		return hangulName{}, false // "이 남자 여자": this man and woman
	}
	sur, w1, w2 := toks[i].text(norm), toks[i+1].text(norm), toks[i+2].text(norm)
	if _, ok := g.Surnames[sur]; !ok || len(w1) != 6 || w1[3:] != "자" || len(w2) < 6 || w2[3:6] != "자" ||
		!gs.hangul.has(firstSyllable(w1)) || !gs.hangul.has(firstSyllable(w2)) {
		return hangulName{}, false
	}
	return hangulName{from: toks[i].s, to: toks[i+2].s + 6, surname: sur, given: w1[:3] + w2[:3], rule: "spelled name",
		reason: "a Hangul surname and given syllables said each with 자", score: 0.85}, true
}

// nameSuffixParticles may follow the name suffix 이 ("별이가", "철이는").
var nameSuffixParticles = set("가", "는", "를", "도", "랑", "랑은", "한테", "한테는", "한테도", "하고", "하고는", "의", "와", "에게", "에게는", "만", "까지", "처럼", "가요", "는요", "도요")

// copulaEndings follow a noun as "is/was" ("최동욱이었는데", "세르게이였어요"), longest first.
var copulaEndings = []string{
	"이었는데요", "이었는데", "였는데요", "였는데", "이었어요", "였어요", "이었지만", "였지만", "이었습니다", "였습니다",
	"이었다고", "였다고", "이었고", "였고", "이었다", "였다", "이었지", "였지", "이었어", "였어", "이에요", "예요",
	"입니다", "이라는", "이라고", "이라서", "이지만", "이거든요", "이야", "이다", "이고", "라는", "라고", "라서",
	"인데요", "인데", "인지", "이니까",
}

// copulasByFinal indexes the copula endings by their last syllable.
var copulasByFinal = newEndingIndex(copulaEndings, false)

// stripCopula removes a copula ending, keeping at least two syllables.
func stripCopula(w string) string {
	r := lastSyllable(w)
	for _, k := range copulasByFinal.of(r) {
		if s, ok := strings.CutSuffix(w, copulaEndings[k]); ok && twoRunesOrMore(s) {
			return s
		}
	}
	return w
}

// verbEndingsByFinal indexes the verb endings by their last syllable.
var verbEndingsByFinal = newEndingIndex(hangulVerbEndings, false)

// isPredicate reports a word that ends like a verb or adjective ("마세요", "했어요").
func isPredicate(w string) bool {
	r := lastSyllable(w)
	for _, k := range verbEndingsByFinal.of(r) {
		if strings.HasSuffix(w, hangulVerbEndings[k]) {
			return true
		}
	}
	return false
}

// nameEndings may follow a name inside one Hangul word: particles, copulas, honorifics, the
// name suffix 이 and the vocatives 아 and 야.
var nameEndings = func() []string {
	seen := map[string]bool{}
	var out []string
	for _, l := range [][]string{copulaEndings, hangulParticles, {"씨", "님", "이", "아", "야", "요", "에게서", "한테서", "에게", "한테", "이랑", "에서", "으로"}, spokenEndingsClosed, spokenEndingsOpen} {
		for _, e := range l {
			if !seen[e] {
				seen[e] = true
				out = append(out, e)
			}
		}
	}
	return out
}()

// nameEndingsByFirst indexes nameEndings by their first syllable.
var nameEndingsByFirst = newEndingIndex(nameEndings, true)

// endingOK reports whether rest, what follows a name in its word, is only grammar: at most
// three endings in a row ("이한테는", "씨한테는", "이었는데").
func endingOK(rest string) bool { return endingDepth(rest, 3) }

func endingDepth(rest string, depth int) bool {
	if rest == "" {
		return true
	}
	if depth == 0 {
		return false
	}
	r := firstSyllable(rest)
	for _, k := range nameEndingsByFirst.of(r) {
		if r, ok := strings.CutPrefix(rest, nameEndings[k]); ok && endingDepth(r, depth-1) {
			return true
		}
	}
	return false
}

// foreignName finds a foreign name in Hangul at the start of token i ("세르게이였어요",
// "나타샤가"), longest first. A name that is also a Korean word needs context.
func foreignName(norm string, toks []token, i int, g *Gazetteer, h *hangulIndex, gs *givenSet) (hangulName, bool) {
	w := toks[i].text(norm)
	if r := firstSyllable(w); !h.foreignFirst.has(r) || !gs.mayBeForeign(w) {
		return hangulName{}, false
	}
	// Syllable boundaries, longest prefix first, from the longest Hangul name in the table.
	cut := len(w)
	for cut > gs.maxForeign {
		_, n := decodeLastRune(w[:cut])
		cut -= n
	}
	for cut > 0 {
		stem, rest := w[:cut], w[cut:]
		_, n := decodeLastRune(stem)
		cut -= n
		if !g.FirstNames[stem] || !endingOK(rest) && !jpSangAt(rest) {
			continue
		}
		if g.AmbiguousNames[stem] && !foreignContext(norm, toks, i, rest) {
			return hangulName{}, false
		}
		return hangulName{from: toks[i].s, to: toks[i].s + len(stem), given: stem, rule: "foreign-name",
			reason: "foreign name in Hangul (name table)", score: 0.75, foreign: true}, true
	}
	return hangulName{}, false
}

// foreignRun extends foreign name n, found at token i, over the words of the same name that
// follow it, one space apart, while the word before ends without grammar: a Russian
// patronymic ("세르게이 페트로비치 볼코프를") and more names of the table ("나탈리아 소콜로바").
// One person is named, and gets one label: the patronymic read alone names the father. The
// later words are marked taken, and parts maps each to n's given name, so that a word
// named alone elsewhere ("볼코프가") keys as the same person.
func foreignRun(norm string, toks []token, i int, n hangulName, g *Gazetteer, h *hangulIndex, gs *givenSet, taken []bool, parts map[string]string) (hangulName, map[string]string) {
	for j := i + 1; j < len(toks) && n.to == toks[j-1].e && toks[j].kind == tokHangul && isSpaceGap(gapBefore(norm, toks, j)); j++ {
		if cut, ok := hangulPatronymic(toks[j].text(norm)); ok {
			n.to = toks[j].s + cut
		} else if m, ok := foreignNameAfterName(norm, toks, j, g, h, gs); ok {
			n.to = m.to
			if parts == nil {
				parts = map[string]string{}
			}
			if _, seen := parts[m.given]; !seen && m.given != n.given {
				parts[m.given] = n.given
			}
		} else {
			break
		}
		taken[j] = true
		n.reason = "foreign name in Hangul (name table), with the words of the name after it"
	}
	return n, parts
}

// foreignNameAfterName is foreignName for a word right after a foreign name: the name
// before it is the context a name of the table that is also a Korean word needs ("응우옌
// 반 훙": 반 is "class" alone, here a middle name).
func foreignNameAfterName(norm string, toks []token, j int, g *Gazetteer, h *hangulIndex, gs *givenSet) (hangulName, bool) {
	w := toks[j].text(norm)
	if r := firstSyllable(w); !h.foreignFirst.has(r) {
		return hangulName{}, false
	}
	for cut := min(len(w), gs.maxForeign); cut >= 3; cut -= 3 {
		if g.FirstNames[w[:cut]] && endingOK(w[cut:]) {
			return hangulName{from: toks[j].s, to: toks[j].s + cut, given: w[:cut]}, true
		}
	}
	return hangulName{}, false
}

// hangulPatronymic says whether w is a Russian or Ukrainian patronymic in Hangul with only
// grammar after it, and where its stem ends: three syllables or more ending as -вич (비치),
// -вна (브나) and -чна (치나) are written ("페트로비치를", "이바노브나", "일리니치나").
func hangulPatronymic(w string) (int, bool) {
	for cut := len(w); cut >= 3*3; cut -= 3 {
		stem := w[:cut]
		if (strings.HasSuffix(stem, "비치") || strings.HasSuffix(stem, "브나") || strings.HasSuffix(stem, "치나")) && endingOK(w[cut:]) {
			return cut, true
		}
	}
	return 0, false
}

// hangulNamingCues before a word make it a name: "이름은 세르게이", "교관 이반".
var hangulNamingCues = []string{"이름은", "이름이", "이름을", "이름", "교관", "장교", "간수", "조사관", "브로커", "목사", "선교사", "기자", "친구", "남편", "아내", "동무", "선생님"}

func foreignContext(norm string, toks []token, i int, rest string) bool {
	if strings.HasPrefix(rest, "씨") || strings.HasPrefix(rest, "님") || jpSangAt(rest) {
		return true
	}
	if i+1 < len(toks) && toks[i+1].kind == tokHangul && isSpaceGap(gapBefore(norm, toks, i+1)) {
		next := toks[i+1].text(norm)
		if jpSangAt(next) {
			return true
		}
		for _, h := range hangulHonorifics {
			if strings.HasPrefix(next, h) && h != "님" {
				return true
			}
		}
		for _, p := range hangulPosts {
			if strings.HasPrefix(next, p) {
				return true
			}
		}
	}
	if i > 0 && toks[i-1].kind == tokHangul && isSpaceGap(gapBefore(norm, toks, i)) {
		prev := toks[i-1].text(norm)
		for _, c := range hangulNamingCues {
			if prev == c || strings.HasSuffix(prev, c) {
				return true
			}
		}
	}
	// Quoted: "'이반'이라고".
	return i > 0 && strings.ContainsAny(gapBefore(norm, toks, i), "'\"‘“")
}

// jpSangAt says whether w is "상", the Japanese honorific -san as Korean writes it after a
// Japanese name ("다나카상이", "스즈키 상"), with nothing but grammar after it.
func jpSangAt(w string) bool {
	r, ok := strings.CutPrefix(w, "상")
	return ok && endingOK(r)
}

// givenPass finds the given name alone, as friends and family say it ("지민이가", "지민아",
// "철이는"), once the full name appeared. One syllable is a common word part, so it counts
// only as a whole word with nothing but grammar after it, and only with oneSyl set.
func givenPass(norm string, toks []token, hidx []int32, taken []bool, found []hangulName, oneSyl bool) []hangulName {
	givens := map[string]string{}
	for _, n := range found {
		if n.foreign {
			continue
		}
		switch syllableCount(n.given) {
		case 2:
			givens[n.given] = n.surname
		case 1:
			// with its surname, or said as what someone's name is ("이름은 철이에요", hangul_kin.go)
			if (n.surname != "" || n.rule == "named+given") && oneSyl {
				givens[n.given] = n.surname
			}
		}
	}
	if len(givens) == 0 {
		return found
	}
	// A word can be a known given name only if it begins with the first syllable of one.
	var firsts sylSet
	for n := range givens {
		r, _ := decodeRune(n)
		firsts.add(r)
	}
	for _, i := range hidx {
		tk := &toks[i]
		if taken != nil && taken[i] {
			continue
		}
		if r := firstSyllable(tk.text(norm)); !firsts.has(r) {
			continue
		}
		stem, ok := knownGivenAt(norm, toks, int(i), givens)
		if !ok {
			continue
		}
		if taken != nil {
			taken[i] = true
		}
		found = append(found, hangulName{from: tk.s, to: tk.s + len(stem), surname: givens[stem], given: stem,
			rule: "known-given", reason: "given name of a person named in full elsewhere (" + strconv.Itoa(syllableCount(stem)) + " syllables)", score: 0.8})
	}
	return found
}

// oneSyllableWordMakers begin an ending that, after one syllable, more often makes a word
// than a particle follows a name.
var oneSyllableWordMakers = map[rune]bool{'보': true, '같': true, '더': true, '도': true, '로': true, '만': true, '과': true, '와': true, '요': true, '에': true, '처': true, '까': true, '부': true}

// knownGivenAt reports token i as a known given name followed only by grammar. A
// one-syllable name needs something after it in the word (a particle, the name suffix 이, a
// vocative, an honorific) or an honorific as the next word: "철" alone is iron or a season.
func knownGivenAt(norm string, toks []token, i int, givens map[string]string) (string, bool) {
	w := toks[i].text(norm)
	best := ""
	// The given names have one or two syllables: look up the word's first one and two.
	_, n1 := decodeRune(w)
	cands := [2]string{w[:n1], ""}
	if n1 < len(w) {
		_, n2 := decodeRune(w[n1:])
		cands[1] = w[:n1+n2]
	}
	for _, stem := range cands {
		if stem == "" {
			continue
		}
		if _, ok := givens[stem]; !ok {
			continue
		}
		rest := w[len(stem):]
		if !endingOK(rest) {
			continue
		}
		if syllableCount(stem) == 1 {
			if rest == "" && !(i+1 < len(toks) && isSpaceGap(gapBefore(norm, toks, i+1)) && hangulTitles[stripParticles(toks[i+1].text(norm))]) {
				continue
			}
			// "철도" is a railway, "별로" hardly, "별도" apart: these particles make words.
			if r, _ := decodeRune(rest); rest != "" && oneSyllableWordMakers[r] {
				continue
			}
		}
		best = stem
	}
	return best, best != ""
}

func honorificName(start int, stem, hon string, g *Gazetteer, gs *givenSet) (hangulName, bool) {
	if possessiveBeforeTitle(stem, hon) { // "우리 언니": my sister
		return hangulName{}, false
	}
	// "지금 언니가", "이제 오빠도": a common word before a kinship word is no name unless it is
	// a listed given name ("영희 언니").
	if kinshipHonorifics[hon] && gs.lists(stem, gzNouns|gzGiven) == gzNouns {
		return hangulName{}, false
	}
	n := syllableCount(stem)
	if n < 1 || n > 4 {
		return hangulName{}, false
	}
	sur, given := gs.splitName(stem)
	if n == 1 && sur == "" { // one syllable must be a surname ("박 씨")
		return hangulName{}, false
	}
	if n == 2 && sur != "" && allGiven(stem, gs) {
		// "지민 씨": both readings are possible; a two-syllable name before an honorific is
		// more often a given name than surname + one syllable.
		sur, given = "", stem
	}
	if hon == "님" && sur == "" { // 님 follows many nouns (사장님, 어머님); only names with a surname
		return hangulName{}, false
	}
	if given != "" && !allGiven(given, gs) { // "동생 언니", "선생님": words, not names
		return hangulName{}, false
	}
	return hangulName{from: start, to: start + len(stem), surname: sur, given: given, rule: "honorific",
		reason: "Hangul name before honorific " + strconv.Quote(hon), score: 0.85}, true
}

// splitHangulName splits a Hangul name into surname and given name (two-syllable surnames
// first). With no listed surname the whole is a given name. w is Hangul syllables only, so
// the parts are slices of it.
func splitHangulName(w string, g *Gazetteer) (string, string) {
	if w == "" {
		return "", w
	}
	_, n1 := decodeRune(w)
	if n1 < len(w) {
		_, n2 := decodeRune(w[n1:])
		if n1+n2 < len(w) { // three syllables or more
			if _, ok := g.Surnames[w[:n1+n2]]; ok {
				return w[:n1+n2], w[n1+n2:]
			}
		}
	}
	if _, ok := g.Surnames[w[:n1]]; ok {
		return w[:n1], w[n1:]
	}
	return "", w
}

func allGiven(given string, gs *givenSet) bool {
	for _, r := range given {
		if !gs.has(r) {
			return false
		}
	}
	return given != ""
}

// placeHangul reports a Hangul word that is a gazetteer place ("신의주", "혜산").
func (ix *nameIndex) placeHangul(w string) bool {
	_, ok := ix.places[w]
	return ok
}

// finalParticles end a noun's particles: no other particle comes before them but the name
// suffix 이 and the particles of place, company and limit ("친구한테는", "영철이는").
var finalParticles = set("은", "는", "가", "을", "를", "의", "도", "야", "아", "이가", "이는", "이를", "이의", "이도")

// caseParticles mark subject, object and address: nothing but the name suffix 이 comes
// before them.
var caseParticles = set("이", "가", "을", "를", "야", "아", "이가", "이를")

// particlesByFinal indexes the particles by their last syllable, longest first as in
// hangulParticles: a word that ends in another syllable has none.
var particlesByFinal = newEndingIndex(hangulParticles, false)

// finalParticleAt[k] is finalParticles[hangulParticles[k]], and caseParticleAt[k]
// caseParticles[hangulParticles[k]], read by index in stripParticles' loop.
var finalParticleAt, caseParticleAt = particlesAt(finalParticles), particlesAt(caseParticles)

// particlesAt returns, for each of hangulParticles, whether set holds it.
func particlesAt(set map[string]bool) []bool {
	at := make([]bool, len(hangulParticles))
	for k, p := range hangulParticles {
		at[k] = set[p]
	}
	return at
}

// stripParticles removes case particles and the vocative from the end of a Hangul word, at
// most twice ("지민이가" → "지민"), keeping at least one syllable.
func stripParticles(w string) string {
	first := -1 // the particle the first pass cut, an index in hangulParticles
	for pass := range 2 {
		cut := false
		r := lastSyllable(w)
		afterCase := pass == 1 && caseParticleAt[first]
		for _, k := range particlesByFinal.of(r) {
			// Case particles do not stack ("민주주의의" is 민주주의 + 의, "이사랑이" 이사랑 +
			// 이): a second cut takes the name suffix 이, or a particle others follow before
			// one that may follow it ("친구한테는").
			if p := hangulParticles[k]; pass == 1 && p != "이" && (finalParticleAt[k] || afterCase) {
				continue
			}
			if s, ok := strings.CutSuffix(w, hangulParticles[k]); ok && twoRunesOrMore(s) {
				w, cut, first = s, true, k
				break
			}
		}
		if !cut {
			break
		}
	}
	return w
}

// isHangulFigure reports a word that begins with a public figure's Hangul name ("김정은의").
func isHangulFigure(w string, ix *nameIndex, h *hangulIndex) bool {
	if firstSyllable(w) >= 0 {
		return h.isFigure(w)
	}
	r, _ := decodeRune(w)
	if !ix.figHangulFirst[r] {
		return false
	}
	for _, f := range ix.figHangul {
		if strings.HasPrefix(w, f) {
			return true
		}
	}
	return false
}

// Revised Romanization of the parts of a Hangul syllable (initial, vowel, final), enough to
// give a Hangul name the same entity key as its romanized spellings.
var (
	rrInitials = [...]string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
	rrVowels   = [...]string{"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"}
	rrFinals   = [...]string{"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"}
)

// hangulEntity is canon + "|" + foldSyllables(romanizeHangul(given)), built in one buffer
// from the folded romanization of each syllable, which is kept once found.
func hangulEntity(canon, given string) string {
	var buf [64]byte
	b := append(append(buf[:0], canon...), '|')
	for _, r := range given {
		if isHangulSyllable(r) {
			b = append(b, foldedSyllable(r)...)
		}
	}
	return string(b)
}

// foldedSyllables keeps foldSyllable(romanizeHangul(string(r))[0]) per Hangul syllable r;
// an entry is written at most once per value, so concurrent engines may share the table.
var foldedSyllables [0xD7A4 - 0xAC00]syncatomic.Pointer[string]

// foldedSyllable returns the folded romanization of Hangul syllable r.
func foldedSyllable(r rune) string {
	p := &foldedSyllables[r-0xAC00]
	if f := p.Load(); f != nil {
		return *f
	}
	i := int(r - 0xAC00)
	f := foldSyllable(rrInitials[i/(21*28)] + rrVowels[(i/28)%21] + rrFinals[i%28])
	p.Store(&f)
	return f
}

// romanizeHangul writes each Hangul syllable of s in Revised Romanization ("지민" → ji, min).
func romanizeHangul(s string) []string {
	var out []string
	for _, r := range s {
		if !isHangulSyllable(r) {
			continue
		}
		i := int(r - 0xAC00)
		out = append(out, rrInitials[i/(21*28)]+rrVowels[(i/28)%21]+rrFinals[i%28])
	}
	return out
}
