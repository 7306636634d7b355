package redact_test

import "testing"

// Findings of a red-team read of strict's output, each a sentence an interview says often.
// A sum in North Korean won is a sum like any other; "now 71" after a comma or a copula is
// an age; "at 6 a.m." is a time of day, not an age.
func TestRedTeamSumsAndAges(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"The fine was 500,000 North Korean won.":      "The fine was [500,000–1 million won].",
		"Later it was 4 million North Korean won.":    "Later it was [1–5 million won].",
		"He sent 3,000 Chinese yuan.":                 "He sent [1,000–5,000 yuan].",
		"My father, now 71, is sick.":                 "My father, now in his 70s, is sick.",
		"She is now 68.":                              "She is now in her 60s.",
		"We left at 6 a.m. and walked.":               "We left at 6 a.m. and walked.",
		"We left at 6 p.m.":                           "We left at 6 p.m.",
		"We were 12 then, and now 40 of us are left.": "We were 12 then, and now 40 of us are left.",
		"We left at 16 with nothing.":                 "We left as a teenager with nothing.",
	})
}
