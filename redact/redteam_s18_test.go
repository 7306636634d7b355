package redact_test

import (
	"testing"
	"time"

	"github.com/testimony-archive/testimony/redact"
)

// Korean lengths of time in number words are generalized to their unit, as the English words
// ("three years") and the Korean digits ("3년 동안") are: how long someone hid, was held or
// was trained tells as much as when.
func TestSession18KoreanWordDurations(t *testing.T) {
	for _, policy := range []string{"strict", "defector-family", "pow"} {
		redactWith(t, policy, map[string]string{
			"거의 삼 년 동안 소식이 없었어요.":    "거의 [years] 동안 소식이 없었어요.",
			"삼년간 숨어 살았어요.":           "[years]간 숨어 살았어요.",
			"십 년 넘게 일했어요.":           "[years] 넘게 일했어요.",
			"일 년 반 동안 갇혀 있었어요.":      "[years] 반 동안 갇혀 있었어요.",
			"육 개월 만에 나왔어요.":          "[months] 만에 나왔어요.",
			"하나원에서 석 달 동안 교육을 받았어요.": "하나원에서 [months] 동안 교육을 받았어요.",
			"넉달을 기다렸어요.":             "[months]을 기다렸어요.",
			"열한 달 동안 일했어요.":          "[months] 동안 일했어요.",
			"이틀 후에 잡혔어요.":            "[days] 후에 잡혔어요.",
			"열흘 만에 풀려났어요.":           "[days] 만에 풀려났어요.",
			// A later mention of the same form is generalized as the first was, and "에"
			// after it is no year in digits ("40년에"): "[months]에", not "[a date]에".
			"병원에서 한 달 동안 있었어요. 한 달에 한 번 전화했어요.": "병원에서 [months] 동안 있었어요. [months]에 한 번 전화했어요.",
			// must not fire: dollars, once a month alone, "one day" as a story begins,
			// words that begin with a numeral's syllable, a count of years without a cue
			// (the one-syllable numerals are common words).
			"세 달러를 줬어요.":         "세 달러를 줬어요.",
			"한 달에 한 번 전화했어요.":    "한 달에 한 번 전화했어요.",
			"하루는 어머니가 왔어요.":      "하루는 어머니가 왔어요.",
			"한국에 온 지 오래됐어요.":     "한국에 온 지 오래됐어요.",
			"세상이 바뀌었어요.":         "세상이 바뀌었어요.",
			"이번 달에 이사했어요.":       "이번 달에 이사했어요.",
			"일을 했어요. 이 년이 그랬어요.": "일을 했어요. 이 년이 그랬어요.",
			"보름달이 떴어요.":          "보름달이 떴어요.",
		})
	}
	// base keeps dates and durations readable.
	redactWith(t, "base", map[string]string{"거의 삼 년 동안 소식이 없었어요.": "거의 삼 년 동안 소식이 없었어요."})
}

// Red-team round 6, Korean: "…짜리" (of the size or worth of) is no village in 리; a road
// address needs a building number, not a sum or a measure after the particle 로; a
// difference of ages is a length of time, not an age.
func TestSession18KoreanMisreadings(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"두 개짜리 방이었어요.":            "두 개짜리 방이었어요.",
		"세 살짜리 아이가 있었어요.":         "10세 미만짜리 아이가 있었어요.",
		"하루에 쌀 한 끼로 300그램을 먹었어요.": "하루에 쌀 한 끼로 300그램을 먹었어요.",
		"동생은 나보다 세 살 어려요.":        "동생은 나보다 [years] 어려요.",
		"3살 차이예요.":                "[years] 차이예요.",
		"언니는 두 살 위예요.":            "언니는 [years] 위예요.",
		"열두 살 위에 누나가 있었어요.":       "[years] 위에 누나가 있었어요.",
		// must not fire: an age stays an age; a road address with its building number
		// stays an address.
		"저는 스무 살이에요.":            "저는 20대예요.",
		"집은 인천 남동구 구월로 221 이에요.": "집은 [a city in South Korea] [address] 이에요.",
	})
}

// "the next year" counts from a year the story named, not from the interview: it was
// resolved against the interview date ("released the in 2025"). It is a date of the story,
// as "the following year" is.
func TestSession18StoryRelativeYears(t *testing.T) {
	interview := func(in string) redact.Document {
		return redact.Document{Text: in, Date: time.Date(2024, 11, 20, 0, 0, 0, 0, time.UTC)}
	}
	redactDocs(t, "defector-family", map[string]string{
		"He was arrested in 2011 and released the next year.": "He was arrested in the 2010s and released [a date].",
		"Seollal of the next year was cold.":                  "Seollal of [a date] was cold.",
		"The next month we moved.":                            "[a date] we moved.",
		// must not fire as the story's: counted from the interview.
		"I left last year.":   "I left in 2023.",
		"We moved this year.": "We moved in 2024.",
	}, interview)
}

// Red-team round 6, Korean: words of a name's shape that are words, places and public
// bodies: "here" with the short 에서, the historical provinces, professions said as titles,
// compounds of a word and a suffix, newspapers in Hangul.
func TestSession18KoreanWordsNotNames(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"여기서 일했어요. 저는 거기서 잤어요.":    "여기서 일했어요. 저는 거기서 잤어요.",
		"제 고향은 함경도예요. 황해도가 추워요.":   "제 고향은 함경도예요. 황해도가 추워요.",
		"박사님이 오셨어요. 선교사님 집에 숨었어요.": "박사님이 오셨어요. 선교사님 집에 숨었어요.",
		"교화소 계호원이 때렸어요.":           "교화소 계호원이 때렸어요.",
		"장애인이 많았어요. 방한복을 입었어요.":    "장애인이 많았어요. 방한복을 입었어요.",
		"달러를 위안화로 바꿨어요.":           "달러를 위안화로 바꿨어요.",
		"주태국 한국대사관에 갔어요.":          "주태국 한국대사관에 갔어요.",
		"조선일보 기자를 만났어요.":           "조선일보 기자를 만났어요.",
		// must not fire: a name before the same titles, a name in 서.
		"김철수 박사님이 오셨어요.": "[Person A] 박사님이 오셨어요.",
		"선교사 박영호가 잡혔어요.": "선교사 [Person A]가 잡혔어요.",
		"이윤서가 왔어요.":      "[Person A]가 왔어요.",
	})
}

// Red-team round 6, English: places and things read as people: Hong Kong and the Chinese
// towns written in two words, a river or a hotel named by a surname's spelling, an
// aircraft's maker's letters, Pyongyang's landmarks.
func TestSession18PlacesNotPeople(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"We flew to Seoul via Hong Kong.":       "We flew to Seoul via Hong Kong.",
		"We stayed in Long Jing and Hun Chun.":  "We stayed in Long Jing and Hun Chun.",
		"The Nam River was cold.":               "The Nam River was cold.",
		"We saw the Ryugyong Hotel.":            "We saw the Ryugyong Hotel.",
		"They flew an Il-76 and then a Tu-154.": "They flew an Il-76 and then a Tu-154.",
		// must not fire: a surname alone, a surname before a lower-case river.
		"Nam was arrested at the river.": "[Person A] was arrested at the river.",
		"I met Il in Yanji.":             "I met [Person A] in Yanji.",
	})
	redactWith(t, "strict", map[string]string{
		"We flew to Seoul via Hong Kong.": "We flew to Seoul via [a city in China].",
	})
}

// Red-team round 6, prisoners of war: a unit's post box, a number before "military unit",
// a unit number said with "was", a dog tag's number and South Korea's named divisions
// identify a soldier's unit as "Unit 10215" does.
func TestSession18PrisonerUnits(t *testing.T) {
	redactWith(t, "pow", map[string]string{
		"My son serves in military post box 10215.": "My son serves in [removed].",
		"He was in the 10215 military unit.":        "He was in [removed].",
		"Our unit number was 671-2.":                "Our [removed].",
		"My dog tag read 0412-77.":                  "My dog tag read [ID number].",
		"He served in the White Horse Division.":    "He served in [removed].",
		"Then the Capital Division took the hill.":  "Then [removed] took the hill.",
		// must not fire: a post box that is no unit's, a division of a court.
		"Write to post box 12 in Seoul.":       "Write to post box 12 in Seoul.",
		"The Appeals Division heard the case.": "The Appeals Division heard the case.",
	})
}

// A given name said alone with a particle (listedGivenAlone) is no verb before the noun it
// describes, and the household suffix 네 takes only a particle after it: the verb and noun
// probes found "원하는 사람이" (people who want) and "마리네라는" (a loanword) read as names.
func TestSession18GivenAloneNotVerbs(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"원하는 사람이 많았어요.":   "원하는 사람이 많았어요.",
		"방을 치우는 게 힘들었어요.": "방을 치우는 게 힘들었어요.",
		"정하는 데 오래 걸렸어요.":  "정하는 데 오래 걸렸어요.",
		"마리네라는 중요했어요.":    "마리네라는 중요했어요.",
		// must not fire: a listed given name with a topic particle, and with 네 and a particle.
		"경수는 2018년에 떠났어요.": "[Person A]는 2010년대에 떠났어요.",
		"옥순이네 집에서 잤어요.":    "[Person A]이네 집에서 잤어요.",
	})
}
