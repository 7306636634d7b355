package redact_test

import "testing"

// Red-team finding (ini 1): a person named by a title and an initial ("Mr. K.", "Comrade
// R.") was found there, but the initial alone later ("At dawn K. left") stayed readable;
// after "Comrade" even the titled initial stayed. Initials that name no one (no titled
// mention of that letter) stay.
func TestRedteamIniTitledInitialAlone(t *testing.T) {
	for _, policy := range []string{"base", "strict", "pow", "defector-family"} {
		redactWith(t, policy, map[string]string{
			"Mr. K. (the broker) took us to the river. At dawn K. left without a word.": "Mr. [Person A] (the broker) took us to the river. At dawn [Person A] left without a word.",
			"Mrs. P. fed us rice. Later P. cried.":                                      "Mrs. [Person A] fed us rice. Later [Person A] cried.",
			"Comrade R. watched the gate. R. said nothing.":                             "Comrade [Person A] watched the gate. [Person A] said nothing.",
			"Mr. K. paid. Mrs. P. cooked. K. left and P. stayed.":                       "Mr. [Person A] paid. Mrs. [Person B] cooked. [Person A] left and [Person B] stayed.",
			"Mr. K. paid us.\nK. was kind.":                                             "Mr. [Person A] paid us.\n[Person A] was kind.",
			"Mr. K. Smith paid. Mr. K. Smith left.":                                     "Mr. [Person A] paid. Mr. [Person A] left.",
			"Dr. K. Lee came.":                                                          "Dr. [Person A] came.",
			// must not fire: initials of no titled person.
			"Mr. K. paid. The U.S. embassy opened at 9 p.m. See Fig. 3.": "Mr. [Person A] paid. The U.S. embassy opened at 9 p.m. See Fig. 3.",
			"Mr. K. paid.\nA. First item.\nI. said nothing.":             "Mr. [Person A] paid.\nA. First item.\nI. said nothing.",
			"I. Introduction. I. said nothing.":                          "I. Introduction. I. said nothing.",
			"The U.S. army left at 5 p.m. from No. 5.":                   "The U.S. army left at 5 p.m. from No. 5.",
			"Comrade Secretary spoke.":                                   "Comrade Secretary spoke.",
		})
	}
	// After a rank too; strict generalizes the rank.
	redactWith(t, "base", map[string]string{"Captain K. ordered us to wait. K. was strict.": "Captain [Person A] ordered us to wait. [Person A] was strict."})
	redactWith(t, "strict", map[string]string{"Captain K. ordered us to wait. K. was strict.": "[officer] [Person A] ordered us to wait. [Person A] was strict."})
}

// Red-team finding (ini 4): two Mongolian women, "Tsetseg" and "Oyuntsetseg", got one
// label: a one-word name could be a part of another one-word name anywhere in it. A
// Mongolian name made of elements is not a longer form of one of them.
func TestRedteamIniMongolianNamesApart(t *testing.T) {
	for _, policy := range []string{"base", "strict"} {
		redactWith(t, policy, map[string]string{
			"Tsetseg met us at the station. Oyuntsetseg came later. Tsetseg smiled and Oyuntsetseg waved.": "[Person A] met us at the station. [Person B] came later. [Person A] smiled and [Person B] waved.",
			"Oyuntsetseg cooked. Tsetseg drove. Oyuntsetseg paid.":                                         "[Person A] cooked. [Person B] drove. [Person A] paid.",
			"Ganbaatar drove. Baatar paid. Ganbaatar left.":                                                "[Person A] drove. [Person B] paid. [Person A] left.",
			// must not fire: one person named twice, or with the parts of a hyphenated name.
			"Bat-Erdene drove. Bat-Erdene paid.":            "[Person A] drove. [Person A] paid.",
			"Oyuntsetseg cooked. Oyuntsetseg's son helped.": "[Person A] cooked. [Person A]'s son helped.",
		})
	}
}
