package redact_test

import "testing"

// A date written with dots ("14.03.1998") is a date, not a handle: the dates detector
// generalizes it (a birth date after "born"), where the handle detector removed it as an
// identifier-like token. Dotted tokens that are no date stay identifiers.
func TestRedteamCyrDottedDate(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"I was born on 14.03.1998.":        "I was born on 1998.",
		"We met on 03.11.2019 in Seoul.":   "We met on the 2010s in Seoul.",
		"His messenger ID was hj.1990.kr.": "His messenger ID was [ID number].",
		"The code was 12.34.5678.":         "The code was [handle].",
	})
}
