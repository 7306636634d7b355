package redact_test

import "testing"

// A dash written without spaces (an en or em dash, "--", a horizontal bar) is a break in
// speech: the name before it ends there, and the word after it is not the name's.
func TestDashEndsName(t *testing.T) {
	for _, pol := range []string{"base", "strict"} {
		redactWith(t, pol, map[string]string{
			"Then Mi-ok—my niece—came. We waited.":              "Then [Person A]—my niece—came. We waited.",
			"I said Chol-su—no, Chol-min—should go.":            "I said [Person A]—no, [Person B]—should go.",
			"Kang Mi-ok—my niece—came.":                         "[Person A]—my niece—came.",
			"My son Pak Chol-su left. Chol-su—he never called.": "My son [Relative A] left. [Relative A]—he never called.",
			"Then Mi-ok–my niece–came.":                         "Then [Person A]–my niece–came.",
			"Then Mi-ok―my niece―came.":                         "Then [Person A]―my niece―came.",
			"Kang Hyok--he left.":                               "[Person A]--he left.",
			// must not fire: a hyphen, or a typographic hyphen, still joins a name's syllables.
			"Then Mi‐ok came.":             "Then [Person A] came.",
			"The well-known—and feared—man": "The well-known—and feared—man",
		})
	}
}
