package redact_test

import "testing"

// Red team round 3, #5: a phone number after a list number ("9. 010-…") was read as one run
// with the list number, which no phone rule took; a number read out digit by digit with
// spaced hyphens ("1 3 9 - 4 4 3 3 - 2 8 1 7") lost all but its last group.
func TestPhoneAfterListNumber(t *testing.T) {
	for _, p := range []string{"base", "strict"} {
		redactWith(t, p, map[string]string{
			"9. 010-4827-3391 (her Korean phone)":       "9. [phone number] (her Korean phone)",
			"8. 139 4433 2817":                          "8. [phone number]",
			"Mother: 2. 13944332817":                    "Mother: 2. [phone number]",
			"12. 139-4433-2817 and more":                "12. [phone number] and more",
			"Her number was 1 3 9 - 4 4 3 3 - 2 8 1 7.": "Her number was [phone number].",
			// Must not fire: list numbers before short numbers, Korean-style dates.
			"9. 2017 was the year we left.":                "9. 2017 was the year we left.",
			"3. 12 km from the river.":                     "3. 12 km from the river.",
			"We scored 1 - 0 and then 2 - 1 in the match.": "We scored 1 - 0 and then 2 - 1 in the match.",
		})
	}
}

// #5: a phone number read out in Chinese numerals, one character a digit. Chinese prose has
// no spaces: the span widens over the number's own numerals, not over the rest of the run
// of Han characters (snapToWords, hanBoundary).
func TestPhoneInChineseNumerals(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"他的电话是一三九四四三三二八一七。":       "他的电话是[phone number]。",
		"Her number: 一三九四四三三二八一七": "Her number: [phone number]",
		// Must not fire: a sum with its units, a short run.
		"他给了我三万五千元。": "他给了我三万五千元。",
		"一二三":        "一二三",
	})
}

// #6: a prisoner's number is an ID number.
func TestPrisonerNumbers(t *testing.T) {
	for _, p := range []string{"base", "strict"} {
		redactWith(t, p, map[string]string{
			"My prisoner number was 2417 in that camp.": "My prisoner number was [ID number] in that camp.",
			"I was No. 1145 there.":                     "I was No. [ID number] there.",
			"They called me prisoner 4721.":             "They called me prisoner [ID number].",
			"제 수번은 2417번이었어요.":                          "제 수번은 [ID number]번이었어요.",
			"수인번호는 3318번이었다.":                           "수인번호는 [ID number]번이었다.",
			"His inmate number: 559.":                   "His inmate number: [ID number].",
			// Must not fire.
			"We took the number 3 bus.": "We took the number 3 bus.",
			"No. 12 was the next stop.": "No. 12 was the next stop.",
		})
	}
	redactWith(t, "base", map[string]string{
		"My cellmate was number 3318.": "My cellmate was number [ID number].",
		// Must not fire ("room 12" is an address of its own, elsewhere).
		"The number of guards was 40.":  "The number of guards was 40.",
		"There were 3318 people.":       "There were 3318 people.",
		"Bus number 312 left at noon.":  "Bus number 312 left at noon.",
		"It was number 12 on the list.": "It was number 12 on the list.",
	})
}

// #7: a house or flat number beside a dong, a ri or a people's unit (inminban) is part of
// the address: base suppresses it, strict too (the dong itself is a place, generalized).
func TestNorthKoreanHouseNumbers(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"We lived at 12-3 Wiyon-dong, Hyesan.":                     "We lived at [address] Wiyon-dong, Hyesan.",
		"우리 집은 혜화동 7인민반 23호였어요.":                                   "우리 집은 혜화동 [address]였어요.",
		"연봉동 5반 12호에 살았어요.":                                        "연봉동 [address]에 살았어요.",
		"우리 집은 혜화동 23호였어요.":                                        "우리 집은 혜화동 [address]였어요.",
		"Her address: Hyehwa-dong, 7 inminban, No. 23.":            "Her address: Hyehwa-dong, [address].",
		"In Seoul she lives in Sinjeong-dong, apartment 301-1502.": "In Seoul she lives in Sinjeong-dong, [address].",
		"우리 5반 12호는 멀었어요.":                                         "우리 [address]는 멀었어요.",
		"농포리 3반에 살았어요.":                                            "농포리 [address]에 살았어요.",
		"농포리 23호에 살았어요.":                                           "농포리 [address]에 살았어요.",
		"We lived at 12 Wiyon-dong.":                               "We lived at [address] Wiyon-dong.",
		// Must not fire: a school class, a numbered thing with no place before it (or after a
		// common word in 동), a count.
		"그는 3학년 5반이었어요.":             "그는 3학년 5반이었어요.",
		"3호 창고에서 일했어요.":              "3호 창고에서 일했어요.",
		"이동 3호 차량을 탔어요.":             "이동 3호 차량을 탔어요.",
		"12 Wiyon-dong people came.": "12 Wiyon-dong people came.",
	})
	redactWith(t, "strict", map[string]string{
		"We lived at 12-3 Wiyon-dong, Hyesan.":          "We lived at [address] [a city in Ryanggang Province].",
		"우리 집은 양강도 혜산시 혜화동 23호였어요.":                     "우리 집은 양강도 [a city in Ryanggang Province] [address]였어요.",
		"Her address: Hyehwa-dong, 7 inminban, No. 23.": "Her address: [a place], [address].",
	})
}
