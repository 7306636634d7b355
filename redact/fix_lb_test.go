package redact_test

import "testing"

// Two relatives named by different kin words are two people, though one's name ends the
// other's: the son 철이 is not the brother 옥철, in English and Korean kin words alike. A
// given name alone after no kin word still joins the full name, and two kin words of one
// relation (mom, mother; 여동생, 동생) say nothing apart.
func TestKinWordsSplitNameParts(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Her son 철이 went to school. My brother 옥철 stayed home. 철이 came back later.":              "Her son [Relative A]이 went to school. My brother [Relative B] stayed home. [Relative A]이 came back later.",
		"Her son Chol went to school. My brother Ok-chol stayed home. Chol came back later.":     "Her son [Relative A] went to school. My brother [Relative B] stayed home. [Relative A] came back later.",
		"Her son Chol went to school. My brother Ok Chol stayed home. Chol came back later.":     "Her son [Relative A] went to school. My brother [Relative B] stayed home. [Relative A] came back later.",
		"My brother Kim Ok-chol stayed home. Her son Ok-chol went to school. Ok-chol came back.": "My brother [Relative A] stayed home. Her son [Relative B] went to school. [Relative B] came back.",
		"오빠 김영철은 집에 있었다. 아들 영철이는 학교에 갔다.":                                                        "오빠 [Person A]은 집에 있었다. 아들 [Person B]이는 학교에 갔다.",
		"오빠 김옥철은 집에 있었다. 아들 옥철이는 학교에 갔다. 옥철이는 나중에 돌아왔다.":                                         "오빠 [Person A]은 집에 있었다. 아들 [Person B]이는 학교에 갔다. [Person B]이는 나중에 돌아왔다.",
		// The Hangul full name in brackets stays the brother's, not the son's.
		"My brother Kim Ok-chol (김옥철) stayed home. Her son 옥철이 went to school.": "My brother [Relative A] ([Relative A]) stayed home. Her son [Relative B]이 went to school.",
		// No kin word against the full name: one person.
		"My brother Ok Chol stayed home. Chol came back later.":          "My brother [Relative A] stayed home. [Relative A] came back later.",
		"My brother Ok-chol stayed home. Chol came back later.":          "My brother [Relative A] stayed home. [Relative A] came back later.",
		"Her son 철이 went to school. 옥철 stayed home. 철이 came back later.": "Her son [Relative A]이 went to school. [Relative A] stayed home. [Relative A]이 came back later.",
		"My mom Kim Sun-hui came. My mother Sun-hui left.":               "My mom [Relative A] came. My mother [Relative A] left.",
		"여동생 정수미가 집에 있어요. 수미는 학생이에요. 동생 수미가 대학에 갈 수 있으면 좋겠어요.":           "여동생 [Person A]가 집에 있어요. [Person A]는 학생이에요. 동생 [Person A]가 대학에 갈 수 있으면 좋겠어요.",
		"My brother Yong-su and my cousin Young-soo came. Yong-su left.": "My brother [Relative A] and my cousin [Relative B] came. [Relative A] left.",
		"My child Kim Chol-su came. My son Chol-su left.":                "My child [Relative A] came. My son [Relative A] left.",
	})
}

// A named institution that begins with a country or a city is one span: the country's
// higher place score no longer leaves "Korea [a university]", and a head with its place
// before it and its field after it is one name. Large public universities a defector
// attended are quasi-identifiers under strict, as Yonsei University is; the allow list
// still keeps Kim Il Sung University and Kim Chaek University of Technology.
func TestInstitutionNamedAfterItsPlace(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"I studied at Korea University in Seoul.":                              "I studied at [a university] in Seoul.",
		"My son goes to Seoul National University.":                            "My son goes to [a university].",
		"She went to Yonsei University.":                                       "She went to [a university].",
		"He went to China Medical University and Yanbian University.":          "He went to [a university] and [a university].",
		"She taught at Pyongyang University of Science and Technology.":        "She taught at [a university].",
		"The Academy of Arts and Sciences wrote to me.":                        "The [an academy] wrote to me.",
		"They met at Kim Il Sung University.":                                  "They met at Kim Il Sung University.",
		"Kim Chaek University of Technology is in Pyongyang.":                  "Kim Chaek University of Technology is in Pyongyang.",
		"I left North Korea. University was closed.":                           "I left North Korea. University was closed.",
		"I lived in China. School was far.":                                    "I lived in China. School was far.",
		"I studied in Korea at a university.":                                  "I studied in Korea at a university.",
		"He studied at the University of Pyongyang and his sister came later.": "He studied at the [a university] and his sister came later.",
	})
	redactWith(t, "base", map[string]string{
		"I studied at Korea University in Seoul.": "I studied at Korea University in Seoul.",
	})
}
