package redact

import "strings"

func init() { register(koreanDistinctiveDetector{}) }

// koreanDistinctiveDetector reads, in Korean, what singles a person or a household out in a
// small group or place, as the distinctive detector does in English ("the only doctor in our
// village"): "마을에서 유일한 의사였어요", "동네에서 하나뿐인 피아노", "인민반에서 제일 큰
// 집이었어요". The group or place is said with 에서 right before; the superlative and its
// noun are removed, the group stays.
type koreanDistinctiveDetector struct{}

func (koreanDistinctiveDetector) name() string { return "distinctive" }

// koreanSmallGroups are the groups and places small enough that "the only one" in them is
// someone everybody there knows.
var koreanSmallGroups = set("마을", "동네", "인민반", "부대", "중대", "소대", "분대", "학교", "학급", "반", "골목",
	"거리", "아파트", "작업반", "분조", "농장", "수용소", "감방", "교화소", "공장", "직장", "병원", "교회", "집안")

// koreanOnly are the words that make the noun after them the only one, and the superlatives
// whose adjective comes before the noun.
var koreanOnly, koreanMost = set("유일한", "하나뿐인", "유일하게"), set("제일", "가장")

// onlyFirstSyllables are the first syllables of koreanOnly's and koreanMost's words.
var onlyFirstSyllables = firstSyllables([]string{"유일한", "하나뿐인", "제일", "가장"})

func (koreanDistinctiveDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	if t.isASCII() {
		return nil
	}
	c := newWordScan(t)
	out := t.candidateRoom()
	for i := c.next(0, clsHangul); i < len(c.ws); i = c.next(i+1, clsHangul) {
		w := c.w(i)
		if !onlyFirstSyllables.has(leadSyllable(w)) {
			continue
		}
		only, most := koreanOnly[w], koreanMost[w]
		if !only && !most || i == 0 || !c.joined(i) {
			continue
		}
		group, ok := strings.CutSuffix(c.w(i-1), "에서")
		if !ok || !koreanSmallGroups[group] {
			continue
		}
		n := i + 1 // the noun: right after 유일한, after the adjective after 제일
		if most {
			n = i + 2
		}
		if n >= len(c.ws) || !c.joined(n) || !c.joined(i+1) || c.cls[n]&clsHangul == 0 {
			continue
		}
		if most && !adnominalN(c.w(i+1)) {
			continue // "제일 먼저 갔어요": an adverb, not an adjective before a noun
		}
		noun := c.w(n)
		end := c.ws[n].end
		// The noun ends where a particle or the copula begins (koreanParticle), its first
		// syllable at least; a word with none, ending like a verb, is no noun.
		k := 3
		for k < len(noun) && !koreanParticle(noun[k:]) {
			k += 3
		}
		if k >= len(noun) && (strings.HasSuffix(noun, "요") || strings.HasSuffix(noun, "다")) {
			continue // "제일 먼저 갔어요": a verb, not a noun
		}
		end -= len(noun) - min(k, len(noun))
		out = append(out, t.cand(c.ws[i].start, end, Demographic, "only one in a small group",
			"what singles someone out in a small group or place, said in Korean", 0.7))
		i = n
	}
	return out
}

// adnominalN says whether w ends in a syllable with the final ㄴ, as an adjective before a
// noun does ("큰", "좋은", "높은").
func adnominalN(w string) bool {
	r := lastSyllable(w)
	return isHangulSyllable(r) && (r-0xAC00)%28 == 4
}
