package redact_test

import "testing"

// Finding 4: "Her" at the start of a sentence before a capitalised common word is the
// pronoun, not the surname Heo/Her.
func TestRedteamLabHerIsAPronoun(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Her Line rang twice.":    "Her Line rang twice.",
		"Her WeChat rang.":        "Her WeChat rang.",
		"Her Mission was secret.": "Her Mission was secret.",
		// A name after it is still removed, without the pronoun.
		"Her Junho came.": "Her [Person A] came.",
		// must not fire: the surname before a given name only a name spells.
		"Her Jun-ho came later.":   "[Person A] came later.",
		"Heo Jun said nothing.":    "[Person A] said nothing.",
		"I met Her Junho there.":   "I met [Person A] there.",
		"Then Her Jun-ho laughed.": "Then [Person A] laughed.",
	})
}
