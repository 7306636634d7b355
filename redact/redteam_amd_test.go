package redact_test

import (
	"testing"
	"time"

	"github.com/testimony-archive/testimony/redact"
)

// Red-team round 3, finding 13: a number after "at" is an hour of the day, not an age, when
// a part of the day follows it or a verb of calling, meeting or arriving comes right before
// "at"; with a word of age near, or without either cue, it stays an age (the safe side).
func TestRedteamAmdHourIsNoAge(t *testing.T) {
	for _, p := range []string{"strict", "defector-family"} {
		redactWith(t, p, map[string]string{
			"The broker called at four in the morning.": "The broker called at four in the morning.",
			"Please call back at eleven.":               "Please call back at eleven.",
			"We met at three.":                          "We met at three.",
			"She phoned me at ten.":                     "She phoned me at ten.",
			"We crossed at nine at night.":              "We crossed at nine at night.",
			"We left at 4 in the afternoon.":            "We left at 4 in the afternoon.",
			"He came home at eleven that night.":        "He came home at eleven that night.",
			// must stay ages: an age cue, no cue at all, a number above twelve.
			"At eleven I left school.":                           "As a child I left school.",
			"I came to China at eleven.":                         "I came to China as a child.",
			"She called me at five, when she was a young child.": "She called me as a child, when she was a young child.",
			"She married at nineteen.":                           "She married as a teenager.",
		})
	}
}

// Finding 18: a Korean age with the counter 살 glued to a native numeral ("스무살"), or
// after digits and a space in an English sentence ("62 살"), is an age like "스무 살".
func TestRedteamAmdKoreanSal(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"옥화는 그때 스무살이었어요.":  "옥화는 그때 20대였어요.",
		"조카는 일곱살이에요.":      "조카는 10세 미만이에요.",
		"우리 엄마 is 62 살.":   "우리 엄마 is 60대.",
		"열두살 때 학교를 그만뒀어요.": "10대 때 학교를 그만뒀어요.",
		"예순여덟살이세요.":        "60대이세요.",
		// must not fire: the verb 살다 and the noun 살림.
		"한살림 매장에서 일했어요.": "한살림 매장에서 일했어요.",
		"거기서 두 해 살았어요.":  "거기서 [years] 살았어요.", // a length of time, as "two years" is
	})
}

// Finding 8: sums in romanized Korean units, slang, "a million", a glued 만 in an English
// sentence, "NK won", and amounts in a Markdown table whose header names the currency.
func TestRedteamAmdLooseSums(t *testing.T) {
	for _, p := range []string{"strict", "defector-family"} {
		redactWith(t, p, map[string]string{
			"I sent 2 man yuan; my aunt got 1 man 4 cheon.": "I sent [10,000–50,000 yuan]; my aunt got [10,000–50,000].",
			"He paid 6.5 man won for it.":                   "He paid [50,000–100,000 won] for it.",
			"It cost a million won.":                        "It cost [1–5 million won].",
			"It cost half a million won.":                   "It cost [500,000–1 million won].",
			"I paid 5 grand.":                               "I paid [5,000–10,000].",
			"I paid 8000 NK won.":                           "I paid [5,000–10,000 won].",
			"She got 50만 from the broker.":                  "She got [500,000–1,000,000] from the broker.",
			"| Day | Sent (yuan) | Count |\n| --- | --- | --- |\n| Monday | 20000 | 3 |": "| Day | Sent (yuan) | Count |\n| --- | --- | --- |\n| Monday | [10,000–50,000] | 3 |",
			// must not fire: one unit alone, a count in Korean, a million people.
			"We were a 2 man team.":  "We were a 2 man team.",
			"50만 명이 죽었어요.":           "50만 명이 죽었어요.",
			"A million people died.": "A million people died.",
		})
	}
}

// Finding 20: ages of others are not hers ("her two sons, 12 and 9"), the list of ages goes
// on after "and", "turns 68" says an age ("is in her 60s"), and "this year" or "that year" is
// no length of time ("[years]"); "that year" points back to a date said before and stays.
func TestRedteamAmdGeneralizations(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"She raised her two sons, 12 and 9, alone.":           "She raised her [sons], in their teens and under 10, alone.",
		"She has three children, 14, 11 and 6.":               "She has [children], in their teens, in their teens and under 10.",
		"My aunt, who turns 68 this year, still lives there.": "My aunt, who is in her 60s [a date], still lives there.",
		"Once she turns eighteen she must work.":              "Once she is in her teens she must work.",
		"Jang Song Thaek was executed that year.":             "Jang Song Thaek was executed that year.",
		// must not fire: a count after an age.
		"My son, 12, and 3 friends left.": "My son, in his teens, and 3 friends left.",
	})
	redactDocs(t, "strict", map[string]string{
		"My aunt turns 68 this year. We left the following year.": "My aunt is in her 60s in the 2020s. We left [a date].",
	}, func(in string) redact.Document {
		return redact.Document{Text: in, Date: time.Date(2023, 4, 1, 0, 0, 0, 0, time.UTC)}
	})
}

// Smaller finding: years of two digits ("in 07", "in '07", "Feb. 16th '22") stayed under
// strict.
func TestRedteamAmdShortYears(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"I was caught in 07 and released in 09.":   "I was caught in the 2000s and released in the 2000s.",
		"I was caught in '07 and released in ’09.": "I was caught in the 2000s and released in the 2000s.",
		"It was Feb. 16th '22.":                    "It was the 2020s.",
		"It was winter '09.":                       "It was the 2000s.",
		// must not fire: two digits that count.
		"We walked in 05 minutes.":  "We walked in 05 minutes.",
		"He scored 07 in the test.": "He scored 07 in the test.",
	})
}
