package redact_test

import "testing"

// A unit's full proper name is removed whole, with its ordinal ("the 95th Separate Air
// Assault Brigade"), not only the words before the unit noun; a possessive at the start of
// a sentence is no name of a workplace ("My unit was ...").
func TestUnitProperNames(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"My unit was the 95th Separate Air Assault Brigade.":   "My unit was [a military unit].",
		"Later the 155th Separate Guards Marine Brigade came.": "Later [a military unit] came.",
		"He served in the 3rd Assault Company.":                "He served in [a military unit].",
		"Later Storm Corps came.":                              "Later [a military unit] came.",
		"We met the reconnaissance company.":                   "We met [a military unit].",
		"Our farm was small. My school was far.":               "Our farm was small. My school was far.",
	})
}
