package redact_test

import "testing"

// Red team round 4, finding 2: a listed figure after a third person's kin word ("His
// grandfather Kim Il Sung") is the figure's genealogy when no private person is named
// before it whose kin it could be; the Korean "김정은의 아버지 김정일" names the figure's kin
// by the figure's own name. A private person named like a figure's surname ("Kim Sol")
// never takes the figure's label.
func TestPfFigureKin(t *testing.T) {
	cases := map[string]string{
		"His grandfather Kim Il Sung founded the state.":                 "His grandfather Kim Il Sung founded the state.",
		"His father Kim Jong Il ruled later.":                            "His father Kim Jong Il ruled later.",
		"His sister Kim Yo Jong spoke.":                                  "His sister Kim Yo Jong spoke.",
		"His uncle Jang Song Thaek was shot.":                            "His uncle Jang Song Thaek was shot.",
		"김정은의 아버지 김정일도 죽었다.":                                             "김정은의 아버지 김정일도 죽었다.",
		"His grandfather Kim Il Sung founded the state. Kim Sol stayed.": "His grandfather Kim Il Sung founded the state. [Person A] stayed.",
		// must still fire: a private person's kin, a first person's kin
		"My friend Chol came. His uncle Ri Yong-ho drove.": "My friend [Person A] came. His uncle [Relative A] drove.",
		"My grandfather Kim Il Sung was kind.":             "My grandfather [Relative A] was kind.",
		"우리 아버지 김정일도 죽었다.":                                 "우리 아버지 [Person A]도 죽었다.",
		"그의 아버지 김영철도 죽었다.":                                 "그의 아버지 [Person A]도 죽었다.",
	}
	for _, policy := range []string{"base", "strict"} {
		redactWith(t, policy, cases)
	}
}

// Finding 3: a listed figure's given name alone, in a text that names the figure in full,
// is the figure's, unless a private person of that given name is named too.
func TestPfFigureGivenAlone(t *testing.T) {
	cases := map[string]string{
		"Ri Sol-ju appeared; Sol-ju wore a brooch.": "Ri Sol-ju appeared; Sol-ju wore a brooch.",
		"Kim Jong Un arrived. Jong Un smiled.":      "Kim Jong Un arrived. Jong Un smiled.",
		"Kim Il Sung died. Il Sung was old.":        "Kim Il Sung died. Il Sung was old.",
		"Kim Yo-jong spoke. Yo-jong is his sister.": "Kim Yo-jong spoke. Yo-jong is his sister.",
		// must still fire: the given name alone without the figure, a private person of that
		// given name, a private namesake.
		"Jong-un was my classmate.":                                        "[Person A] was my classmate.",
		"Kim Jong Un arrived. Pak Jong-un, my friend, hid. Jong-un cried.": "Kim Jong Un arrived. [Person A], my friend, hid. [Person A] cried.",
		"My uncle Kim Yong-nam came. Yong-nam drove.":                      "My uncle [Relative A] came. [Relative A] drove.",
		"Kim Yong-nam greeted them. Yong-nam was arrested.":                "[Person A] greeted them. [Person A] was arrested.",
	}
	for _, policy := range []string{"base", "strict"} {
		redactWith(t, policy, cases)
	}
}

// Finding 4: one syllable of a hyphenated given name, found again alone, is not an acronym
// in capitals.
func TestPfPartsInOrdinaryUse(t *testing.T) {
	cases := map[string]string{
		"Jong-un was young. We applied to the UN.": "[Person A] was young. We applied to the UN.",
		"Kum-ok cried. OK, I said.":                "[Person A] cried. OK, I said.",
		"Yong-ho left. HO was the sign.":           "[Person A] left. HO was the sign.",
		"Song-il came. The IL-76 landed.":          "[Person A] came. The IL-76 landed.",
		// must still fire: the name in capitals, the whole name again
		"KIM Chol-su came. Later KIM left.": "[Person A] came. Later [Person A] left.",
		"Kum-ok cried. Then Kum-ok left.":   "[Person A] cried. Then [Person A] left.",
	}
	for _, policy := range []string{"base", "strict"} {
		redactWith(t, policy, cases)
	}
}

// Finding 6: two people never share a label: the given name of a person named in full is
// not another given name it starts; one given syllable shared by two surnames is neither's.
func TestPfTwoPeopleTwoLabels(t *testing.T) {
	cases := map[string]string{
		"Ri Jun was kind. Jun's friend Jun-ho stayed.":           "[Person A] was kind. [Person A]'s friend [Person B] stayed.",
		"Pak Sol went to China. Kim Sol stayed.":                 "[Person A] went to China. [Person B] stayed.",
		"My cousin Pak Sol and my niece Kim Sol were born then.": "My cousin [Relative A] and my niece [Relative B] were born then.",
		"We called Hyok \"Hyok-i\" at home.":                     "We called [Person A] \"[Person A]\" at home.",
		// must still join: a given name alone, one person
		"Ri Jun was kind. Later Jun cried.":   "[Person A] was kind. Later [Person A] cried.",
		"Kim Ji-min came. Then Ji-min cried.": "[Person A] came. Then [Person A] cried.",
	}
	for _, policy := range []string{"base", "strict"} {
		redactWith(t, policy, cases)
	}
}

// Finding 7: a given syllable with the -i of familiar address is a name at a sentence's
// start too.
func TestPfDiminutiveI(t *testing.T) {
	cases := map[string]string{
		"Song-i was my sister.":                            "[Person A] was my sister.",
		"Yong-i and Chol-i ran.":                           "[Person A] and [Person B] ran.",
		"Ok-i, my cousin, stayed.":                         "[Person A], my cousin, stayed.",
		"Bok-i left early.":                                "[Person A] left early.",
		"Then Song-i cried.":                               "Then [Person A] cried.",
		"Song-i was my sister. Song-il was our neighbour.": "[Person A] was my sister. [Person B] was our neighbour.",
		// must not fire
		"I saw the Wi-Fi sign.": "I saw the Wi-Fi sign.",
	}
	for _, policy := range []string{"base", "strict"} {
		redactWith(t, policy, cases)
	}
}

// Finding 5: a capitalised kin word before a full name is not a given name before a surname.
func TestPfKinWordBeforeName(t *testing.T) {
	cases := map[string]string{
		"Niece Kang Sun-i called. Later my niece cried, and every niece knew.": "Niece [Relative A] called. Later my niece cried, and every niece knew.",
		"Cousin Han Ok-ju left first; my cousin followed.":                     "Cousin [Relative A] left first; my cousin followed.",
		// must still fire: a given name before a surname
		"Jimin Kang called.": "[Person A] called.",
	}
	for _, policy := range []string{"base", "strict"} {
		redactWith(t, policy, cases)
	}
}

// Finding 4 (surname alone): two capitals alone are an acronym, not a surname, unless a
// person named in full has that surname.
func TestPfTwoCapitals(t *testing.T) {
	cases := map[string]string{
		"Hye-na stayed. NA was the code.": "[Person A] stayed. NA was the code.",
		"NA was the code.":                "NA was the code.",
		// must still fire
		"Na Hye-jin came. Later NA left.": "[Person A] came. Later [Person A] left.",
		"Then Na said no.":                "Then [Person A] said no.",
	}
	for _, policy := range []string{"base", "strict"} {
		redactWith(t, policy, cases)
	}
}
