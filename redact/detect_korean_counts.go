package redact

import "strings"

// Korean household counts in native numerals: "아이가 둘이에요" (she has two children), "아이
// 셋의 엄마" (a mother of three), and the bare answer "셋이었어요" to "몇 명이셨어요?" (how
// many?). The ageDetector reads ages with the counter 살; these have no counter, so the noun
// before or the question decides.

func init() { register(koreanCountDetector{}) }

type koreanCountDetector struct{}

func (koreanCountDetector) name() string { return "quantity" }

// koreanHouseholdNouns are the people a count of whom identifies a household.
var koreanHouseholdNouns = []string{"아이", "애", "자녀", "자식", "아들", "딸", "형제", "자매", "남매", "손주", "손자",
	"손녀", "식구", "동생", "아이들", "애들", "자녀분"}

// koreanCountNumerals are the native numerals that count people, longest first.
var koreanCountNumerals = []string{"다섯", "여섯", "일곱", "여덟", "아홉", "하나", "둘", "셋", "넷", "열"}

// koreanCountFirst holds the numerals' first syllables: a word that begins otherwise is none.
var koreanCountFirst = firstSyllables(koreanCountNumerals)

func (koreanCountDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	c := newWordScan(t)
	out := t.candidateRoom()
	// Only the words that begin with a numeral's first syllable are looked at (the syllable
	// read without a general UTF-8 decode: koreanCountPrefix matches the numerals' bytes).
	for i := c.next(0, clsKoreanCount); i < len(c.ws); i = c.next(i+1, clsKoreanCount) {
		w := c.w(i)
		n := koreanCountPrefix(w)
		if n == 0 {
			continue
		}
		start := c.ws[i].start
		if noun, ok := koreanHouseholdNoun(c.w(i - 1)); ok && c.joined(i) {
			out = append(out, t.cand(start, start+n, Quantity, "Korean noun + numeral", "a native numeral after "+quoteCue(noun), 0.7))
			continue
		}
		// "셋이었어요." right after "몇 명이셨어요?".
		if q := strings.LastIndexByte(c.s[:start], '?'); q >= 0 && start-q < 80 {
			if cue, ok := cueBefore(c.s, q, 40, []string{"몇"}); ok && !c.joined(i+1) {
				out = append(out, t.cand(start, start+n, Quantity, "Korean answer to 몇", "a native numeral answering "+quoteCue(cue), 0.6))
			}
		}
	}
	return out
}

// koreanCountPrefix returns the byte length of the numeral w starts with when the rest is a
// particle or copula ("둘이에요", "셋의", "둘"), else 0.
func koreanCountPrefix(w string) int {
	for _, n := range koreanCountNumerals {
		if rest, ok := strings.CutPrefix(w, n); ok {
			if rest == "" || koreanCountTail(rest) {
				return len(n)
			}
			return 0
		}
	}
	return 0
}

// koreanCountTail says whether rest, after a numeral, is a particle or copula ending.
func koreanCountTail(rest string) bool {
	for _, p := range []string{"이에요", "이었어요", "이었습니다", "입니다", "이요", "이야", "이고", "이지만", "의", "이", "은", "도", "뿐이에요", "뿐"} {
		if rest == p {
			return true
		}
	}
	return false
}

// koreanHouseholdNoun says whether w is a household noun, bare or with a subject or topic
// particle ("아이가", "자녀는").
func koreanHouseholdNoun(w string) (string, bool) {
	for _, n := range koreanHouseholdNouns {
		if rest, ok := strings.CutPrefix(w, n); ok {
			switch rest {
			case "", "가", "이", "는", "은", "도", "분은", "분이":
				return n, true
			}
		}
	}
	return "", false
}
