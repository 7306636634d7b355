package redact

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// The Hangul detector finds Korean names written in Hangul. Korean words are built from the
// same syllables as names (이 is a surname and "this"), so a Hangul word counts as a name only
// with an honorific or title after it ("김지민 씨", "철수 동무"), or when it has the shape of a
// full name (surname + two given-name syllables, then only a particle), or when its given
// name already appeared in full elsewhere in the document.

func init() { register(hangulDetector{}) }

type hangulDetector struct{}

func (hangulDetector) name() string { return "hangul-names" }

func isHangulSyllable(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// Honorifics and titles that follow a name, longest first.
var hangulHonorifics = []string{
	"선생님", "할아버지", "아주머니", "할머니", "아저씨", "선생", "동무", "동지", "여사", "씨", "님",
	"언니", "오빠", "누나", "형님",
}

// Ranks and posts that follow a full name in Korean, longest first.
var hangulPosts = []string{
	"소대장", "중대장", "대대장", "연대장", "분대장", "보위원", "안전원", "지배인", "책임자",
	"소위", "중위", "상위", "대위", "소좌", "중좌", "상좌", "대좌", "상사", "중사", "하사", "전사",
	"상병", "일병", "이병", "병장", "반장", "교수", "목사", "사장", "부장", "과장", "기자", "대표",
}

// Particles and endings that attach to a noun, longest first.
var hangulParticles = []string{
	"에게서", "한테서", "으로서", "이라는", "이라고", "이에게", "이한테", "이랑", "이가", "이는", "이를",
	"이의", "이도", "이와", "에게", "한테", "께서", "으로", "이랑", "하고", "처럼", "까지", "부터",
	"라는", "라고", "이고", "이며", "이요",
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
	"배신자", "선생", "사장", "부장", "과장", "형님", "언니", "오빠", "누나", "동생", "주인",
)

// hangulTitles are honorifics and kinship words on their own.
var hangulTitles = set("선생님", "선생", "동무", "동지", "여사", "씨", "님", "언니", "오빠", "누나", "형님", "할머니", "할아버지", "아주머니", "아저씨")

// notNameFinal are syllables that end verb stems and adverbs far more often than names
// ("조심하", "마련해", "천천히"); a word without an honorific that ends in one is not a name.
var notNameFinal = map[rune]bool{'하': true, '해': true, '했': true, '히': true, '게': true, '요': true,
	'다': true, '고': true, '며': true, '면': true, '는': true, '던': true, '된': true}

// hangulVerbEndings end predicates, never names.
var hangulVerbEndings = []string{"세요", "어요", "아요", "니다", "했다", "한다", "하다", "해요", "지요", "네요", "군요", "어서", "아서", "는데", "니까", "면서"}

// Line-initial labels in Hangul transcripts that are roles, not names.
var hangulNonLabels = set("질문", "답변", "문", "답", "면담자", "기자", "사회자", "통역", "참고", "메모", "날짜", "장소")

type hangulName struct {
	from, to int // bytes in Norm
	surname  string
	given    string // Hangul given syllables
	rule     string
	reason   string
	score    float64
	role     Role
}

func (hangulDetector) detect(t *Text, g *Gazetteer) []Candidate {
	if g == nil {
		g = &Gazetteer{}
	}
	ix := indexFor(g)
	toks, _ := analyse(t, ix)
	var found []hangulName
	taken := map[int]bool{}
	for i, tk := range toks {
		if tk.kind != tokHangul || isHangulFigure(tk.text, ix) {
			continue
		}
		if n, ok := hangulAt(t.Norm, toks, i, g, ix); ok {
			found = append(found, n)
			taken[i] = true
		}
	}
	// Second pass: the given name alone, as friends and family say it ("지민이가", "지민아").
	givens := map[string]string{}
	for _, n := range found {
		if utf8.RuneCountInString(n.given) == 2 {
			givens[n.given] = n.surname
		}
	}
	for i, tk := range toks {
		if taken[i] || tk.kind != tokHangul || len(givens) == 0 {
			continue
		}
		stem := stripParticles(tk.text)
		if sur, ok := givens[stem]; ok {
			found = append(found, hangulName{from: tk.s, to: tk.s + len(stem), surname: sur, given: stem,
				rule: "known-given", reason: fmt.Sprintf("given name of a person named in full elsewhere (%d syllables)", 2), score: 0.8})
		}
	}
	out := make([]Candidate, 0, len(found))
	for _, n := range found {
		st, en := t.Orig(n.from, n.to)
		canon := g.Surnames[n.surname]
		if canon == "" {
			canon = n.surname
		}
		// The same key as the romanized names detector gives, so "김지민" and "Kim Ji-min"
		// share one pseudonym.
		entity := canon + "|" + foldSyllables(romanizeHangul(n.given))
		role := n.role
		if role == "" {
			role = RolePerson
		}
		out = append(out, Candidate{Start: st, End: en, Category: Person, Detector: "hangul-names",
			Rule: n.rule, Reason: n.reason, Score: n.score, Entity: entity, Role: role})
	}
	return out
}

// hangulAt decides whether Hangul token i is (or begins with) a name.
func hangulAt(norm string, toks []token, i int, g *Gazetteer, ix *nameIndex) (hangulName, bool) {
	tk := toks[i]
	if _, ok := hangulPlace(toks, i, ix); ok {
		return hangulName{}, false
	}
	word := stripParticles(tk.text)
	if hangulStopwords[word] || hangulTitles[word] {
		return hangulName{}, false
	}
	// Speaker label: "김지민: ..." at the start of a line.
	if tk.lineStart && strings.HasPrefix(strings.TrimLeft(norm[tk.e:], " \t"), ":") && !hangulNonLabels[word] && utf8.RuneCountInString(word) <= 4 {
		sur, given := splitHangulName(word, g)
		return hangulName{from: tk.s, to: tk.s + len(word), surname: sur, given: given, rule: "speaker-label",
			reason: "speaker label at the start of a line", score: 0.85, role: RoleSpeaker}, true
	}
	// Honorific attached ("김지민씨는") or as the next word ("김지민 씨").
	for _, h := range hangulHonorifics {
		if stem, ok := strings.CutSuffix(word, h); ok && stem != "" {
			return honorificName(tk.s, stem, h, g)
		}
	}
	if i+1 < len(toks) && toks[i+1].kind == tokHangul && isSpaceGap(gapBefore(norm, toks, i+1)) {
		next := toks[i+1].text
		// A rank or post after a full name ("김혁 소위", "박철 반장") works like an honorific.
		for _, r := range hangulPosts {
			if strings.HasPrefix(next, r) { // any ending: "소위였어요", "반장님"
				if sur, given := splitHangulName(word, g); sur != "" && given != "" && allGiven(given, g) && utf8.RuneCountInString(word) <= 4 {
					return hangulName{from: tk.s, to: tk.s + len(word), surname: sur, given: given, rule: "post",
						reason: fmt.Sprintf("Hangul name before rank or post %q", r), score: 0.8}, true
				}
			}
		}
		for _, h := range hangulHonorifics {
			if rest, ok := strings.CutPrefix(next, h); ok && h != "님" && (rest == "" || isParticle(rest)) {
				return honorificName(tk.s, word, h, g)
			}
		}
	}
	// Shape of a full name: surname + two given syllables, nothing but a particle after.
	if hangulStopwords[word] || ix.placeHangul(word) || ix.placeHangul(word+"도") {
		return hangulName{}, false
	}
	for _, e := range hangulVerbEndings {
		if strings.HasSuffix(tk.text, e) {
			return hangulName{}, false
		}
	}
	rs := []rune(word)
	if len(rs) == 3 || len(rs) == 4 { // 3: 김지민; 4: 남궁민수; 3 with a two-syllable surname: 황보철
		sur, given := splitHangulName(word, g)
		gn := utf8.RuneCountInString(given)
		if sur != "" && (gn == 2 || gn == 1 && utf8.RuneCountInString(sur) == 2) && allGiven(given, g) && !notNameFinal[rs[len(rs)-1]] {
			return hangulName{from: tk.s, to: tk.s + len(word), surname: sur, given: given, rule: "surname+given",
				reason: fmt.Sprintf("Hangul surname %q + two given-name syllables", sur), score: 0.7}, true
		}
	}
	return hangulName{}, false
}

func honorificName(start int, stem, h string, g *Gazetteer) (hangulName, bool) {
	n := utf8.RuneCountInString(stem)
	if n < 1 || n > 4 {
		return hangulName{}, false
	}
	sur, given := splitHangulName(stem, g)
	if n == 1 && sur == "" { // one syllable must be a surname ("박 씨")
		return hangulName{}, false
	}
	if n == 2 && sur != "" && allGiven(stem, g) {
		// "지민 씨": both readings are possible; a two-syllable name before an honorific is
		// more often a given name than surname + one syllable.
		sur, given = "", stem
	}
	if h == "님" && sur == "" { // 님 follows many nouns (사장님, 어머님); only names with a surname
		return hangulName{}, false
	}
	if given != "" && !allGiven(given, g) { // "동생 언니", "선생님": words, not names
		return hangulName{}, false
	}
	return hangulName{from: start, to: start + len(stem), surname: sur, given: given, rule: "honorific",
		reason: fmt.Sprintf("Hangul name before honorific %q", h), score: 0.85}, true
}

// splitHangulName splits a Hangul name into surname and given name (two-syllable surnames
// first). With no listed surname the whole is a given name.
func splitHangulName(w string, g *Gazetteer) (string, string) {
	rs := []rune(w)
	if len(rs) >= 3 {
		if _, ok := g.Surnames[string(rs[:2])]; ok {
			return string(rs[:2]), string(rs[2:])
		}
	}
	if len(rs) >= 1 {
		if _, ok := g.Surnames[string(rs[:1])]; ok {
			return string(rs[:1]), string(rs[1:])
		}
	}
	return "", w
}

func allGiven(given string, g *Gazetteer) bool {
	for _, r := range given {
		if !g.GivenSyllables[string(r)] {
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

// particleFinal holds the last syllable of every particle: a word that ends otherwise has none.
var particleFinal = func() map[rune]bool {
	m := map[rune]bool{}
	for _, p := range hangulParticles {
		r, _ := utf8.DecodeLastRuneInString(p)
		m[r] = true
	}
	return m
}()

func isParticle(s string) bool {
	for _, p := range hangulParticles {
		if s == p {
			return true
		}
	}
	return false
}

// stripParticles removes case particles and the vocative from the end of a Hangul word, at
// most twice ("지민이가" → "지민"), keeping at least one syllable.
func stripParticles(w string) string {
	for range 2 {
		if r, _ := utf8.DecodeLastRuneInString(w); !particleFinal[r] {
			break
		}
		cut := false
		for _, p := range hangulParticles {
			if s, ok := strings.CutSuffix(w, p); ok && utf8.RuneCountInString(s) >= 2 {
				w, cut = s, true
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
func isHangulFigure(w string, ix *nameIndex) bool {
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

// hangulVariants lists the forms of a Hangul name: joined, spaced after the surname, and
// the given name alone when it has two syllables. It returns nil for names not in Hangul.
func hangulVariants(name string, g *Gazetteer) []string {
	joined := strings.Join(strings.Fields(name), "")
	if joined == "" {
		return nil
	}
	for _, r := range joined {
		if !isHangulSyllable(r) {
			return nil
		}
	}
	out := []string{joined}
	sur, given := splitHangulName(joined, g)
	if sur != "" && given != "" {
		out = append(out, sur+" "+given)
		if utf8.RuneCountInString(given) >= 2 {
			out = append(out, given)
		}
	}
	return out
}
