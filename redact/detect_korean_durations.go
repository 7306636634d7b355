package redact

import "strings"

// Korean lengths of time said in number words: "삼 년 동안", "십년 넘게", "석 달", "한 달간",
// "두 해", "이틀", "열흘 만에". How long someone hid or was held tells as much as when, and
// the English words ("three years", "eleven days") and the Korean digits ("3년 동안") are
// generalized to their unit already: these are too, to the same "[years]", "[months]",
// "[days]" (koreanDuration).

// koreanDurationNatives are the native numerals that count months (달) and years (해),
// longest first, so "열두" is read whole before "열".
var koreanDurationNatives = []string{"열한", "열두", "다섯", "여섯", "일곱", "여덟", "아홉", "스무", "한", "두", "세", "네", "석", "넉", "열"}

// koreanDayCounts are the native words for a number of days. 하루 (one day, also "one day"
// as a story begins) and 보름 (fifteen days, also the full-moon day) are left out: neither
// reads as a length of time alone.
var koreanDayCounts = []string{"여드레", "아흐레", "이틀", "사흘", "나흘", "닷새", "엿새", "이레", "열흘"}

// koreanDurationFirst holds the first syllables every such duration begins with: the
// Sino-Korean digits and units, the native numerals, the day words.
var koreanDurationFirst = firstSyllables(append(append([]string{"일", "이", "삼", "사", "오", "육", "칠", "팔", "구", "십", "백"},
	koreanDurationNatives...), koreanDayCounts...))

// koreanDayCountFirst and koreanDurationNativeFirst hold the first syllables of the day words
// and of the native numerals: a word that begins otherwise is read by neither loop over
// them (most words koreanDurationFirst lets through begin with 이, 일, 사 or 오).
var (
	koreanDayCountFirst       = firstSyllables(koreanDayCounts)
	koreanDurationNativeFirst = firstSyllables(koreanDurationNatives)
)

// koreanDurationRests are what may follow a duration's unit in its word or as the next word:
// nothing, a particle, or a word that makes it a length of time or a time before or after
// ("동안", "만에", "전", "후"). Anything else ("달러": dollars, "년생": born in, "에": per,
// as in "한 달에 한 번") is not a duration.
var koreanDurationRests = set("", "간", "이", "가", "을", "를", "은", "는", "도", "만", "만에", "째", "쯤", "씩", "이나",
	"동안", "동안에", "동안은", "동안도", "정도", "남짓", "가까이", "넘게", "이상", "후", "후에", "뒤", "뒤에", "전", "전에",
	"전부터", "전까지", "만이", "이요", "이에요", "이었어요", "였어요", "예요")

// koreanDurationCues are the words that must follow a count of years in Sino-Korean numerals,
// whose one-syllable numerals are also common words ("이 년" is also an insult, "일" work):
// only "동안", "만에", "전" and their like make it a length of time.
var koreanDurationCues = set("간", "만", "만에", "째", "동안", "동안에", "동안은", "동안도", "정도", "남짓", "가까이", "넘게",
	"이상", "반", "후", "후에", "뒤", "뒤에", "전", "전에", "전부터", "전까지", "쯤")

// koreanWordDuration reads a length of time in Korean number words at word i and returns the
// byte where its span ends in c.s (after the unit, before any particle), or 0.
func (c *wordScan) koreanWordDuration(i int) int {
	w := c.w(i)
	first := wellFormedSyllable(w)
	if !koreanDurationFirst.has(first) {
		return 0
	}
	start := c.ws[i].start
	// "이틀", "열흘 만에": a day word with a particle or cue after it.
	for _, d := range koreanDayCounts {
		if !koreanDayCountFirst.has(first) {
			break
		}
		if rest, ok := strings.CutPrefix(w, d); ok && c.durationRest(i, rest, koreanDurationRests) {
			return start + len(d)
		}
	}
	// "한 달", "석달간", "두 해": a native numeral and 달 or 해.
	for _, n := range koreanDurationNatives {
		if !koreanDurationNativeFirst.has(first) {
			break
		}
		rest, ok := strings.CutPrefix(w, n)
		if !ok {
			continue
		}
		unitWord, unitIndex := rest, i
		if rest == "" && c.gap(i+1) == " " {
			unitWord, unitIndex = c.w(i+1), i+1
		}
		for _, u := range []string{"달", "해"} {
			if r, ok := strings.CutPrefix(unitWord, u); ok && unitWord != "" && c.durationRest(unitIndex, r, koreanDurationRests) {
				return c.ws[unitIndex].end - len(r)
			}
		}
		break // the longest numeral w begins with is the only reading
	}
	// "삼 년 동안", "십년 넘게", "육 개월 만에": Sino-Korean numerals, 년 or 개월, and a cue.
	v, n, hangul, _ := koreanAmount(w)
	if n == 0 || !hangul || v < 1 || v > 100 || v != float64(int(v)) {
		return 0
	}
	unitWord, unitIndex := w[n:], i
	if unitWord == "" && c.gap(i+1) == " " {
		unitWord, unitIndex = c.w(i+1), i+1
	}
	for _, u := range []string{"개월", "년"} {
		if r, ok := strings.CutPrefix(unitWord, u); ok && c.durationRest(unitIndex, r, koreanDurationCues) {
			return c.ws[unitIndex].end - len(r)
		}
	}
	return 0
}

// durationRest says whether rest, what follows a duration's unit in word i, is one of
// rests; when rest is nothing, the next word (after one space) may be the cue instead
// ("삼 년 동안"), and a duration whose rests hold "" needs none ("석 달이요.").
func (c *wordScan) durationRest(i int, rest string, rests map[string]bool) bool {
	if rest != "" || rests[""] {
		return rests[rest]
	}
	return c.gap(i+1) == " " && rests[c.w(i+1)]
}
