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
			"Then Mi‐ok came.":              "Then [Person A] came.",
			"The well-known—and feared—man": "The well-known—and feared—man",
		})
	}
}

// A hyphen at a line's end inside a name or a number joins the next line's first piece:
// the whole name or number goes, no piece is left to read.
func TestLineEndHyphenJoins(t *testing.T) {
	for _, pol := range []string{"base", "strict"} {
		redactWith(t, pol, map[string]string{
			"And his wife Om Chun-\nhwa kept the money.":   "And his wife [Relative A] kept the money.",
			"The broker was Ri Kwang-\n> chol, he said.":   "The broker was [Broker A], he said.",
			"Her aunt Pyon Sun-\n\nok lived nearby.":       "Her aunt [Relative A] lived nearby.",
			"Her number was 010-2233-\n4455. We called.":   "Her number was [phone number]. We called.",
			"My niece is Pang Hye-\nsun, she lives there.": "My niece is [Relative A], she lives there.",
			// must not fire: an English word broken at a line's end, a list.
			"It was a well-\nknown place.": "It was a well-\nknown place.",
			"We were three -\nno, four.":   "We were three -\nno, four.",
		})
	}
}

// Markdown emphasis marks between the parts of one name do not part it: one person, one
// label.
func TestEmphasisInsideName(t *testing.T) {
	for _, pol := range []string{"base", "strict"} {
		redactWith(t, pol, map[string]string{
			"**Pak** Sun-hui met me. Later *Pak Sun*-hui called.": "**[Person A] met me. Later *[Person A] called.",
			"My cousin Ri **Chol-man** stayed.":                   "My cousin [Relative A]** stayed.",
			"Then *Kim* *Chol-su* came.":                          "Then *[Person A]* came.",
			// must not fire: emphasis on a plain word next to a name.
			"Kim Chol-su was **very** kind.": "[Person A] was **very** kind.",
		})
	}
}

// A transcriber's note in brackets where a sentence starts ("[crying]", "(sighs)") leaves
// the sentence to start after it: a capitalised word there is no name for its capital.
func TestWordAfterNoteStartsSentence(t *testing.T) {
	for _, pol := range []string{"base", "strict"} {
		redactWith(t, pol, map[string]string{
			"[crying] Don't go.":                      "[crying] Don't go.",
			"[sighs] Young people don't care.":        "[sighs] Young people don't care.",
			"(crying) Hope is all I have.":            "(crying) Hope is all I have.",
			"We waited. [pause] Hope was all we had.": "We waited. [pause] Hope was all we had.",
			// must fire: names after a note, and a capital after a bracket mid-sentence.
			"[crying] Kim Chol-su left.":       "[crying] [Person A] left.",
			"(laughs) Mi-ok came.":             "(laughs) [Person A] came.",
			"I met (the two of us) Pak there.": "I met (the two of us) [Person A] there.",
		})
	}
}

// A surname after a rank's abbreviation, and the one-letter surnames O and U after a title
// or a rank, are names; a rank's first word ("Lance") is no first name. Under pow the
// abbreviated ranks are generalized as the full ones are.
func TestRankAbbreviationsAndLetterSurnames(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"Pvt. Kim and Staff Sgt Han were captured with me.": "Pvt. [Person A] and Staff Sgt [Person B] were captured with me.",
		"Comrade O and Teacher O beat us.":                  "Comrade [Person A] and Teacher [Person B] beat us.",
		"Granny O was kind.":                                "Granny [Person A] was kind.",
		"Auntie U was kind.":                                "Auntie [Person A] was kind.",
		"The other, Lance Corporal Paek, died.":             "The other, Lance Corporal [Person A], died.",
		// must not fire: the pronoun after a title, a lone abbreviation.
		"Thank you, Auntie I love you.": "Thank you, Auntie I love you.",
		"We crossed the col at dawn.":   "We crossed the col at dawn.",
	})
	redactWith(t, "pow", map[string]string{
		"Pvt. Kim, Cpl. Ri, Lt. Col. Pak and Staff Sgt Han were captured with me.": "[soldier] [Person A], [non-commissioned officer] [Person B], [officer] [Person C] and [non-commissioned officer] [Person D] were captured with me.",
		"The other, Lance Corporal Paek, died.":                                    "The other, [non-commissioned officer] [Person A], died.",
		"Master Sergeant O was wounded.":                                           "[non-commissioned officer] [Person A] was wounded.",
		"Jr. Lt. Choe and Sgt. Maj. Ryu came.":                                     "[officer] [Person A] and [non-commissioned officer] [Person B] came.",
		// must not fire: the words the abbreviations also are.
		"We crossed the col at dawn. Gen Z kids do not know.": "We crossed the col at dawn. Gen Z kids do not know.",
	})
}

// A nickname introduced in running speech is the person's: "whom we call Ssuki", and a
// quoted word after "call" and a name ('I call Chol-min "Minnie"').
func TestNicknamesInSpeech(t *testing.T) {
	for _, pol := range []string{"base", "strict"} {
		redactWith(t, pol, map[string]string{
			"Her youngest, whom we call Ssuki, is here. Ssuki cried.": "Her youngest, whom we call [Person A], is here. [Person A] cried.",
			`I call Chol-min "Minnie". Minnie is kind.`:               `I call [Person A] "[Person A]". [Person A] is kind.`,
			// must not fire: a call to someone, a quoted common word.
			"We call Mother every week.": "We call Mother every week.",
			`I call Chol-min "boss".`:    `I call [Person A] "boss".`,
		})
	}
}
