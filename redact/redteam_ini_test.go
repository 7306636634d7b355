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
			"At dawn K. left. Mr. K. was the one who paid.":                             "At dawn [Person A] left. Mr. [Person A] was the one who paid.",
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

// Red-team finding (ini 2): an ordinal that counts the people of a small group singles one
// out ("the 63rd returned POW": some eighty came back) and stayed readable. Ordinals of
// things and of military units keep their own treatment.
func TestRedteamIniCountedPersonOrdinal(t *testing.T) {
	for _, policy := range []string{"strict", "pow", "defector-family"} {
		redactWith(t, policy, map[string]string{
			"He was the 63rd returned POW to reach Seoul.":        "He was the [nth] returned POW to reach Seoul.",
			"He was the 12th defector from the unit.":             "He was the [nth] defector from the unit.",
			"She was the third person from our village to cross.": "She was the [nth] person from our village to cross.",
			"She was the first woman in her family to escape.":    "She was the [nth] woman in her family to escape.",
			"He was the second to cross that night.":              "He was the [nth] to cross that night.",
			"They called him the 5th prisoner.":                   "They called him the [nth] prisoner.",
			"He was the 41st North Korean POW repatriated.":       "He was the [nth] North Korean POW repatriated.",
			// must not fire: ordinals of things, times and years.
			"We lived on the 3rd floor in the 20th century.": "We lived on the 3rd floor in the 20th century.",
			"It was the first time the defector saw snow.":   "It was the first time the defector saw snow.",
			"The first man I saw was kind.":                  "The first man I saw was kind.",
			"In the second week, soldiers came.":             "In the second week, soldiers came.",
		})
	}
	redactWith(t, "base", map[string]string{
		"He was the 63rd returned POW to reach Seoul.": "He was the 63rd returned POW to reach Seoul.",
	})
	redactWith(t, "strict", map[string]string{
		"The 7th Party Congress met. The 2nd Infantry Division fought.": "The 7th Party Congress met. [a military unit] fought.",
	})
}

func TestRedteamIniCountedPersonOrdinalNames(t *testing.T) {
	redactWith(t, "pow", map[string]string{
		"The Third Geneva Convention protects prisoners.":  "The Third Geneva Convention protects prisoners.",
		"Third Geneva Convention prisoners are protected.": "Third Geneva Convention prisoners are protected.",
	})
}

// Red-team finding (ini 3): the given name of a Vietnamese person named in full, used
// alone, must take the person's label: "Ngoc Anh" of "Bui Thi Ngoc Anh" got a label of its
// own for "Ngoc". Lao and Thai first names after the full name too. "Mai Linh" before
// "taxi" is the taxi company, public, and stays.
func TestRedteamIniRouteGivenNames(t *testing.T) {
	for _, policy := range []string{"base", "strict"} {
		redactWith(t, policy, map[string]string{
			"Nguyen Thi Lan cooked for us. Lan never asked questions.":    "[Person A] cooked for us. [Person A] never asked questions.",
			"Bui Thi Ngoc Anh fed us. Ngoc Anh was young. Anh smiled.":    "[Person A] fed us. [Person A] was young. [Person A] smiled.",
			"Ngoc Anh was young. Later Bui Thi Ngoc Anh fed us.":          "[Person A] was young. Later [Person A] fed us.",
			"Tran Van Hung drove. Later Hung was arrested.":               "[Person A] drove. Later [Person A] was arrested.",
			"Nguyễn Thị Lan cooked. Lan left.":                            "[Person A] cooked. [Person A] left.",
			"Somsak Chaiyaporn drove. Somsak was quiet.":                  "[Person A] drove. [Person A] was quiet.",
			"Khamphone Phommasack met us. Khamphone smiled.":              "[Person A] met us. [Person A] smiled.",
			"Khun Noy Sengdara hid us. Later Noy drove us south.":         "Khun [Person A] hid us. Later [Person A] drove us south.",
			"We met Khun Lek at the market. Later Lek called.":            "We met Khun [Person A] at the market. Later [Person A] called.",
			"Mr. Bounmy Sisavath hid us. Later Bounmy drove us south.":    "Mr. [Person A] hid us. Later [Person A] drove us south.",
			"Hoang Thi Mai hid us. Mai was afraid. Mai Linh met us then.": "[Person A] hid us. [Person A] was afraid. [Person B] met us then.",
			// must not fire: the taxi company.
			"We took a Mai Linh taxi to the station.": "We took a Mai Linh taxi to the station.",
			"A Mai Linh cab came.":                    "A Mai Linh cab came.",
			"The Mai Linh bus left at noon.":          "The Mai Linh bus left at noon.",
		})
	}
	// Under strict the company is a workplace, generalized as workplaces are.
	redactWith(t, "base", map[string]string{"Mai Linh company drivers wear green.": "Mai Linh company drivers wear green."})
	redactWith(t, "strict", map[string]string{"Mai Linh company drivers wear green.": "[a company] drivers wear green."})
}
