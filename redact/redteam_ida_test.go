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
// no spaces: the span widens to the whole run of Han characters (snapToWords).
func TestPhoneInChineseNumerals(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"他的电话是一三九四四三三二八一七。":       "[phone number]。",
		"Her number: 一三九四四三三二八一七": "Her number: [phone number]",
		// Must not fire: a sum with its units, a short run.
		"他给了我三万五千元。": "他给了我三万五千元。",
		"一二三":        "一二三",
	})
}
