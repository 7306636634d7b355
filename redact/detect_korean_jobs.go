package redact

import "strings"

func init() { register(koreanJobDetector{}) }

// koreanJobDetector reads a relative's job said in Korean, as the English "her husband is a
// border guard" is read: "어머니는 인민반장이었어요" (mother was the head of the people's unit),
// "아버지는 보위부 지도원이었어요", "오빠는 군관이었어요". In a town, the neighbourhood unit's
// head or the security officer with a daughter in Seoul is one person. The job must be said
// of a kin word with its topic or subject particle, a few words before in the same sentence,
// with the copula after it; the organisation before it (보위부, 당) is a public body and stays.
type koreanJobDetector struct{}

func (koreanJobDetector) name() string { return "demographic" }

// koreanJobNouns are jobs and posts, North and South, that say who someone is in a place.
var koreanJobNouns = []string{
	"초급당비서", "관리위원장", "국경경비대원", "보위지도원", "작업반장", "인민반장", "운전기사", "기사장", "지배인",
	"당비서", "경비대원", "보위원", "보안원", "안전원", "지도원", "분조장", "세관원", "농장원", "노동자", "로동자",
	"군관", "장교", "하전사", "병사", "군인", "교원", "교사", "의사", "간호사", "운전수", "광부", "판매원",
	"검사", "판사", "간부", "회계원", "기자", "목사", "전도사", "통역원", "반장", "비서", "경찰", "공안",
}

// jobCopulaEndings follow a job said of someone: the copula endings of an age
// (koreanCopulaEndings: "군관이었어요", "교원이에요") and the connective ones ("비서였는데",
// "지도원이었고").
var jobCopulaEndings = func() map[string]bool {
	m := set("이었는데", "였는데", "이었고", "였고", "이었던", "였던", "이고", "고")
	for e := range koreanCopulaEndings {
		m[e] = true
	}
	return m
}()

// jobFirstSyllables are the first syllables of koreanJobNouns.
var jobFirstSyllables = firstSyllables(koreanJobNouns)

// copulaLastSyllables are the last syllables of jobCopulaEndings.
var copulaLastSyllables = func() map[rune]bool {
	m := map[rune]bool{}
	for e := range jobCopulaEndings {
		m[lastSyllable(e)] = true
	}
	return m
}()

// koreanKinTopics are the kin words a job is said of, with a topic or subject particle after
// them.
var koreanKinTopics = set("어머니", "아버지", "엄마", "아빠", "오빠", "형", "누나", "언니", "동생", "남동생", "여동생",
	"남편", "아내", "삼촌", "외삼촌", "이모", "고모", "이모부", "고모부", "할아버지", "할머니", "아들", "딸", "조카",
	"사촌", "시아버지", "시어머니", "장인", "장모", "큰아버지", "작은아버지", "매형", "형부")

func (koreanJobDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	if t.isASCII() {
		return nil
	}
	c := newWordScan(t)
	ws, s := c.ws, t.Fold
	out := t.candidateRoom()
	// Hangul words only, found by the text's class masks (a block of 64 words without one
	// is passed over at once).
	for i := c.next(0, clsHangul); i < len(ws); i = c.next(i+1, clsHangul) {
		if ws[i].end-ws[i].start < 2*3 {
			continue
		}
		w := s[ws[i].start:ws[i].end]
		// Cheap tests first: every copula ending ends in one of five syllables, and most
		// sentences say no relative.
		if !jobFirstSyllables.has(leadSyllable(w)) || !copulaLastSyllables[lastSyllable(w)] || !kinTopicBefore(t, i) {
			continue
		}
		job := ""
		for _, j := range koreanJobNouns {
			if strings.HasPrefix(w, j) && jobCopulaEndings[w[len(j):]] {
				job = j
				break
			}
		}
		if job == "" {
			continue
		}
		out = append(out, t.cand(ws[i].start, ws[i].start+len(job), Demographic, "occupation",
			"a relative's job said in Korean", 0.6))
	}
	return out
}

// kinTopicBefore says whether one of the three words before word i, in the same sentence, is
// a kin word with a topic or subject particle ("어머니는", "오빠가", "남편께서는").
func kinTopicBefore(t *Text, i int) bool {
	ws, s := t.wordList(), t.Fold
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if strings.ContainsAny(s[ws[k].end:ws[k+1].start], ".!?\n") {
			return false
		}
		w := s[ws[k].start:ws[k].end]
		if len(w) < 2*3 {
			continue
		}
		switch lastSyllable(w) {
		case '은', '는', '이', '가', '서':
		default:
			continue
		}
		for _, p := range [...]string{"께서는", "께서", "은", "는", "이", "가"} {
			if stem, ok := strings.CutSuffix(w, p); ok && koreanKinTopics[stem] {
				return true
			}
		}
	}
	return false
}
