package redact_test

import (
	"testing"

	"github.com/testimony-archive/testimony/redact"
)

func korean(in string) redact.Document { return redact.Document{Text: in, Language: "ko"} }

// Red-team finding fx5-2 (over-redaction, misleading output): after a messenger's name and
// "is"/"was", an adverb, an adjective or a participle says how the account is ("Her Line is
// always busy"); it is no handle. A real ID after the same words still goes, and so does a
// display name after "name"/"ID".
func TestRedteamFx5HandleStateWords(t *testing.T) {
	for _, p := range []string{"base", "strict"} {
		redactWith(t, p, map[string]string{
			"Her Line is always busy.":          "Her Line is always busy.",
			"Her Signal is off.":                "Her Signal is off.",
			"My WeChat was blocked.":            "My WeChat was blocked.",
			"his Telegram is silent.":           "his Telegram is silent.",
			"Her WhatsApp was hacked.":          "Her WhatsApp was hacked.",
			"His KakaoTalk is usually quiet.":   "His KakaoTalk is usually quiet.",
			"Her Line was never busy at night.": "Her Line was never busy at night.",
			"Her Signal was weak.":              "Her Signal was weak.",
			"Her Line is unreliable.":           "Her Line is unreliable.",
			"His WeChat is expensive.":          "His WeChat is expensive.",
			// must still fire: an ID, after an adverb too, a display name after "name".
			"My Line is minji1988.":         "My Line is [handle].",
			"Her Telegram is @hyesan_k.":    "Her Telegram is [handle].",
			"His WeChat was hyesan88.":      "His WeChat was [handle].",
			"Her Line is still minji1988.":  "Her Line is still [handle].",
			"My Line is line.me/ti/p/minji": "My Line is [URL]",
			"Her WeChat name was Lucky.":    "Her WeChat name was [handle].",
			"His Telegram is Hyesanmom.":    "His Telegram is [handle].",
			"Her Signal is hyesanmom.":      "Her Signal is [handle].",
		})
	}
}

// Red-team finding fx5-1 (misleading output): a hyphenated given name in -ri or -dong right
// after a surname ("Kim Hye-ri") is the person's, not a village; and once such a name is
// found as a person, its other mentions are that person ("Hye-ri told me. Hye-ri left."),
// under one label. Its last syllable alone is no part of the person ("Wiyon-dong" stays).
// Places stay places.
func TestRedteamFx5VillageShapedGivenNames(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"I met Kim Hye-ri there.":                    "I met [Person A] there.",
		"I met Kim Hye-ri there. Hye-ri left.":       "I met [Person A] there. [Person A] left.",
		"Hye-ri told me. Hye-ri left.":               "[Person A] told me. [Person A] left.",
		"My friend was Sang-dong. Sang-dong left.":   "My friend was [Person A]. [Person A] left.",
		"The broker was Pak Sang-dong, from Hyesan.": "The broker was [Broker A], from [a city in Ryanggang Province].",
		// must not fire: places.
		"Sang-ri was bombed.":                "[a place] was bombed.",
		"I lived in Ma-ri.":                  "I lived in [a place].",
		"In Sang-ri we hid.":                 "In [a place] we hid.",
		"Hye-ri told me. I lived in Hye-ri.": "[Person A] told me. I lived in [a place].",
	})
	redactWith(t, "base", map[string]string{
		"I met Kim Hye-ri there. Hye-ri left.":                                "I met [Person A] there. [Person A] left.",
		"Hye-ri told me. Hye-ri left.":                                        "[Person A] told me. [Person A] left.",
		"My friend was Sang-dong. We lived in Hyesan's Wiyon-dong.":           "My friend was [Person A]. We lived in Hyesan's Wiyon-dong.",
		"I met Kim Sang-dong in Hyesan's Wiyon-dong.":                         "I met [Person A] in Hyesan's Wiyon-dong.",
		"Sang-ri was bombed. I lived in Ma-ri. Hyesan's Wiyon-dong was poor.": "Sang-ri was bombed. I lived in Ma-ri. Hyesan's Wiyon-dong was poor.",
	})
}

// Red-team finding fx5-3 (leak): a Hanawon class number dates a defector's arrival to a few
// months and narrows them to a few hundred people. Under the policies that generalize dates
// it is a date without a year; Hanawon, a public body, stays readable. Base keeps dates.
func TestRedteamFx5HanawonCohort(t *testing.T) {
	for _, p := range []string{"defector-family", "pow", "strict"} {
		redactWith(t, p, map[string]string{
			"I was in the 37th class at Hanawon.": "I was in [a date] at Hanawon.",
			"Hanawon class 37.":                   "Hanawon [a date].",
			"At Hanawon I was in cohort 112.":     "At Hanawon I was in [a date].",
			"Hanawon's 37th class was large.":     "Hanawon's [a date] was large.",
			// must not fire: no Hanawon near, or no class.
			"I was in the 3rd class at school.": "I was in the 3rd class at school.",
			"Hanawon had 37 teachers.":          "Hanawon had 37 teachers.",
		})
		redactDocs(t, p, map[string]string{
			"하나원 37기예요.":        "하나원 [a date]예요.",
			"저는 하나원 112기생이었어요.": "저는 하나원 [a date]이었어요.",
			"하나원 제37기예요.":       "하나원 [a date]예요.",
			"하나원 37 기수였어요.":     "하나원 [a date]였어요.",
			"37기로 하나원을 나왔어요.":   "[a date]로 하나원을 나왔어요.",
			// must not fire
			"하나원에서 3개월 있었어요.": "하나원에서 [months] 있었어요.", // a duration, not a class
			"그 사람은 37기예요.":    "그 사람은 37기예요.",
		}, korean)
	}
	redactWith(t, "base", map[string]string{"I was in the 37th class at Hanawon.": "I was in the 37th class at Hanawon."})
	redactDocs(t, "base", map[string]string{"하나원 37기예요.": "하나원 37기예요."}, korean)
}

// Red-team finding fx5-4 (leak): a leader's birthday in Korean is a holiday, so a day of the
// year, also with a title between the name and 생일/생신 ("김정일 장군님 생일날"). The day
// goes as a date; the leader's name and title stay.
func TestRedteamFx5KoreanLeaderBirthday(t *testing.T) {
	for _, p := range []string{"defector-family", "strict"} {
		redactDocs(t, p, map[string]string{
			"김정일 장군님 생일날이었어요.":     "김정일 장군님 [a date]이었어요.",
			"김일성 수령님의 생신에 떠났어요.":   "김일성 수령님의 [a date]에 떠났어요.",
			"김정은 위원장 생일 다음날 잡혔어요.": "김정은 위원장 [a date] 다음날 잡혔어요.",
			"김정일 생일에 잡혔어요.":        "김정일 [a date]에 잡혔어요.",
			// must not fire: a birthday of no leader, a leader without one.
			"언니 생일날 떠났어요.":   "언니 생일날 떠났어요.",
			"김정일 장군님 말씀이에요.": "김정일 장군님 말씀이에요.",
		}, korean)
	}
	redactDocs(t, "strict", map[string]string{
		"1998년 고난의 행군 때 김정일 장군님 생일날이었어요.": "1990년대 고난의 행군 때 김정일 장군님 [a date]이었어요.",
	}, korean)
}
