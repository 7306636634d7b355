package redact_test

import (
	"testing"
	"time"

	"github.com/testimony-archive/testimony/redact"
)

// redactDated is redactWith for a testimony with an interview date: relative dates are read
// against it.
func redactDated(t *testing.T, policy string, at time.Time, cases map[string]string) {
	t.Helper()
	redactDocs(t, policy, cases, func(in string) redact.Document { return redact.Document{Text: in, Date: at} })
}

// A decade is coarser than a year: at level year it stays as written, at level decade only
// "early", "late" or "mid" goes. It never becomes its first year.
func TestRedTeamDecades(t *testing.T) {
	redactWith(t, "defector-family", map[string]string{
		"In the 1990s we starved.":             "In the 1990s we starved.",
		"In the late 1990s many died.":         "In the late 1990s many died.",
		"During the 2000s things were better.": "During the 2000s things were better.",
		"1990년대에 굶었어요.":                        "1990년대에 굶었어요.",
		// must not fire: a year still goes to the year.
		"We left in March 1998.": "We left in 1998.",
	})
	redactWith(t, "strict", map[string]string{
		"In the 1990s we starved.":     "In the 1990s we starved.",
		"In the late 1990s many died.": "In the 1990s many died.",
		"1990년대에 굶었어요.":                "1990년대에 굶었어요.",
	})
	redactWith(t, "pow", map[string]string{
		"In the 1990s we starved.": "In the 1990s we starved.",
	})
}

// A generalized year reads in the text's language and grammar: a Korean year becomes a
// Korean decade, an English one after "the" takes no second "the", and "late 2009" is no
// "late the 2000s".
func TestRedTeamDateGrammar(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"2009년 화폐개혁 때 다 잃었어요.":                          "2000년대 화폐개혁 때 다 잃었어요.",
		"2009년 3월에 떠났어요.":                               "2000년대에 떠났어요.",
		"After the 2009 currency reform we lost it.":    "After the 2000s currency reform we lost it.",
		"In late 2009 we left.":                         "In the 2000s we left.",
		"We crossed in 2009 at night.":                  "We crossed in the 2000s at night.",
		"Then came the famine of the late 1990s.":       "Then came the famine of the 1990s.",
		"She was 35 when the 2009 reform came.":         "She was in her 30s when the 2000s reform came.",
		"My mother is 67 years old and lives in Seoul.": "My mother is in her 60s and lives in Seoul.",
	})
	redactWith(t, "defector-family", map[string]string{
		"2009년 화폐개혁 때 다 잃었어요.":   "2000년대 화폐개혁 때 다 잃었어요.",
		"2009년 3월에 떠났어요.":        "2009년에 떠났어요.",
		"In late 2009 we left.":  "In 2009 we left.",
		"In March 2009 we left.": "In 2009 we left.",
	})
}

// An age in Korean text becomes a Korean decade of age, not "in their 60s".
func TestRedTeamKoreanAges(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"아버지는 향년 67세로 돌아가셨어요.": "아버지는 향년 60대로 돌아가셨어요.",
		"딸은 열두 살이었어요.":         "딸은 10대였어요.",
		"아들은 5살이었어요.":          "아들은 10세 미만이었어요.",
		"어머니는 일흔세 살이에요.":       "어머니는 70대예요.",
		// must not fire: an English age stays English.
		"My mother is 67 years old.": "My mother is in her 60s.",
	})
}

// Korean sums: the multiplier is counted once, the currency stays, and a sum written with
// several units ("1만5천"), in Hangul numerals ("오천") or in another currency (불, 루블) is
// a sum too.
func TestRedTeamKoreanSums(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"브로커한테 3천 위안, 그리고 100만 원을 줬어요.": "브로커한테 [1,000–5,000 위안], 그리고 [1–5 million 원]을 줬어요.",
		"2만 위안을 냈어요.":                   "[10,000–50,000 위안]을 냈어요.",
		"1억 원이 들었어요.":                   "[100–500 million 원]이 들었어요.",
		"3000위안을 줬어요.":                  "[1,000–5,000 위안]을 줬어요.",
		"5달러를 줬어요.":                     "[5–10 달러]를 줬어요.",
		"50만원, 700만원.":                  "[500,000–1 million 원], [5–10 million 원].",
		"중국 돈 1만5천 위안, 천 위안, 300불, 3만 루블을 줬어요.": "중국 돈 [10,000–50,000 위안], [1,000–5,000 위안], [100–500 불], [10,000–50,000 루블]을 줬어요.",
		"오천 위안을 줬어요.":  "[5,000–10,000 위안]을 줬어요.",
		"2천만 원이 들었어요.": "[10–50 million 원]이 들었어요.",
		"1.5만 위안이었어요.": "[10,000–50,000 위안]이었어요.",
		// must not fire: a numeral without a currency, a place, a word that starts like one.
		"천 명이 모였어요.":      "천 명이 모였어요.",
		"이천에 살았어요.":       "이천에 살았어요.",
		"천천히 걸었어요.":       "천천히 걸었어요.",
		"버스가 만원이었어요.":     "버스가 만원이었어요.",
		"오천 원래 값이 아니었어요.": "오천 원래 값이 아니었어요.",
		"사 불이 났어요.":       "사 불이 났어요.",
	})
}

// Offsets before or after an event in the story ("three days before Kim Jong Il died") are
// not counted from the interview date: they keep their unit and direction, never the
// interview's year. "Two years ago" is counted from the interview.
func TestRedTeamOffsetsFromEvents(t *testing.T) {
	at := time.Date(2024, 3, 18, 0, 0, 0, 0, time.UTC)
	redactDated(t, "defector-family", at, map[string]string{
		"Three days before Kim Jong Il died, my father was taken.": "[days] before Kim Jong Il died, my father was taken.",
		"Two days before Chuseok my father was taken.":             "[days] before Chuseok my father was taken.",
		"Three weeks later we crossed.":                            "[weeks] later we crossed.",
		"We crossed two months earlier.":                           "We crossed [months] earlier.",
		// must not fire: "ago" counts from the interview.
		"We crossed two years ago.": "We crossed in 2022.",
	})
	redactDated(t, "strict", at, map[string]string{
		"Three days before Kim Jong Il died, my father was taken.": "[days] before Kim Jong Il died, my father was taken.",
	})
}

// A month written short with a full stop ("Jan.", "Sept.") is a month before a year or a
// day, not a name.
func TestRedTeamMonthAbbreviations(t *testing.T) {
	redactWith(t, "defector-family", map[string]string{
		"I arrived in Jan. 2020.":       "I arrived in 2020.",
		"She left on Sept. 12, 2019.":   "She left in 2019.",
		"We met in Feb. 2018 in Seoul.": "We met in 2018 in Seoul.",
	})
	redactWith(t, "strict", map[string]string{
		"I arrived in Jan. 2020.": "I arrived in the 2020s.",
	})
}

// A timestamp is no answer to "how old": the minutes of "[00:12:03]" are not an age.
func TestRedTeamTimestampNoAge(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Q: How old were you?\nA: I was 34.\n[00:12:03] We stayed there.": "Q: How old were you?\nA: I was in my 30s.\n[00:12:03] We stayed there.",
		"Q: How old were you then?\nA: 12:30 was when we left.":           "Q: How old were you then?\nA: 12:30 was when we left.",
		// must not fire: the bare answer still is an age.
		"Q: How old were you?\nA: Twelve.": "Q: How old were you?\nA: In their teens.",
	})
}

// A full stop between groups of three digits is a thousands separator in a sum (no currency
// has three decimals); "fifteen hundred" is 1,500.
func TestRedTeamSumsWritten(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"She received 12.000 yuan.":    "She received [10,000–50,000 yuan].",
		"Fifteen hundred dollars.":     "[1,000–5,000 dollars].",
		"He paid two dozen dollars.":   "He paid [10–50 dollars].",
		"It cost 2.5 yuan.":            "It cost [1–5 yuan].",
		"He paid one hundred dollars.": "He paid [100–500 dollars].",
	})
}

// Years in the North Korean calendar (주체108년 is 2019) and in Hangul numerals are years.
func TestRedTeamKoreanYears(t *testing.T) {
	redactWith(t, "defector-family", map[string]string{
		"주체108년 3월에 떠났어요.": "2019년에 떠났어요.",
		"이천십구 년 삼월에 떠났어요.": "2019년에 떠났어요.",
		// must not fire: a count of years is no year.
		"일 년 동안 숨어 있었어요.": "[years] 동안 숨어 있었어요.", // a length of time, as "one year" is
		"이천에 살았어요.":       "이천에 살았어요.",
	})
	redactWith(t, "strict", map[string]string{
		"주체108년 3월에 떠났어요.": "2010년대에 떠났어요.",
		"이천십구 년에 떠났어요.":    "2010년대에 떠났어요.",
	})
}
