package redact_test

import (
	"testing"

	"github.com/testimony-archive/testimony/redact"
)

// Red-team (lab), finding 1: a surname with a title ("Ms Ko") and a full name with that
// surname ("Ko Tae-il") are two people unless the full name carries the same title: one
// label never stands for two people.
func TestRedteamLabTitledSurnameIsNotTheFullName(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Interviewer: Who came with you?\nInterviewee: Ms Ko came first. Her son Ko Tae-il came a week later. Ko Tae-il was only a boy, and Ms Ko carried him.": "Interviewer: Who came with you?\nInterviewee: Ms [Person A] came first. Her son [Relative A] came [weeks] later. [Relative A] was only a boy, and Ms [Person A] carried him.",
		"Mr Pak Chol-su spoke first. Then Mrs Pak came in.":       "Mr [Person A] spoke first. Then Mrs [Person B] came in.",
		"Comrade Ri was our cadre. Ri Myong-chol was his nephew.": "Comrade [Person A] was our cadre. [Person B] was his nephew.",
		// must not fire: the full name introduced with the title is the titled surname.
		"Mr Ko Tae-il came first. Later Mr Ko left.":         "Mr [Person A] came first. Later Mr [Person A] left.",
		"Comrade Ri Myong-chol spoke. Comrade Ri was angry.": "Comrade [Person A] spoke. Comrade [Person A] was angry.",
		"Mrs Pak Young-mi came. Ms Pak sat down.":            "Mrs [Person A] came. Ms [Person A] sat down.",
		// nor a surname with no title: it still joins the one full name.
		"Ivan Petrenko came; Petrenko spoke.": "[Person A] came; [Person A] spoke.",
		"Ko Tae-il came. Ko left.":            "[Person A] came. [Person A] left.",
	})
}

// Finding 2: a Hangul mention of a front-matter person written in romanization gets the
// person's label when the syllables agree.
func TestRedteamLabHangulLinksToRomanizedKnown(t *testing.T) {
	doc := func(name string) func(string) redact.Document {
		return func(in string) redact.Document {
			return redact.Document{Text: in, Known: []redact.Known{{Text: name, Category: redact.Person, Role: redact.RoleInterviewer}}}
		}
	}
	redactDocs(t, "strict", map[string]string{
		"I told 김용호 the truth. Later Kim Yong-ho wrote it down. 용호 smiled.": "I told [Interviewer] the truth. Later [Interviewer] wrote it down. [Interviewer] smiled.",
	}, doc("Kim Yong-ho"))
	redactDocs(t, "strict", map[string]string{
		"I told 리종옥 the truth. Later Ri Jong-ok wrote it down. 종옥 smiled.": "I told [Interviewer] the truth. Later [Interviewer] wrote it down. [Interviewer] smiled.",
		// the name only in Hangul
		"I told 리종옥 the truth. 종옥 smiled. My friend 박영수 came.": "I told [Interviewer] the truth. [Interviewer] smiled. My friend [Person A] came.",
		"I told 이종옥 the truth.":                                "I told [Interviewer] the truth.",
		// must not fire: another given name, another surname
		"I told 리종수 the truth. Then 박종옥 came.": "I told [Person A] the truth. Then [Person B] came.",
	}, doc("Ri Jong-ok"))
	redactDocs(t, "strict", map[string]string{
		"I told 김용호 the truth. 용호 smiled.": "I told [Interviewer] the truth. [Interviewer] smiled.",
	}, doc("Kim Yong-ho"))
	redactDocs(t, "strict", map[string]string{
		"I told 리종옥 the truth.": "I told [Interviewer] the truth.",
	}, doc("Jong-ok Ri"))
	// A Hangul spelling the Hangul names detector reads as no name ("운하", a canal) or as a
	// village ("윤혜리") is the known person's all the same: no leak, one label.
	redactDocs(t, "strict", map[string]string{
		"I told 이운하 the truth. 운하 smiled.": "I told [Interviewer] the truth. [Interviewer] smiled.",
		// must not fire: the word elsewhere in a longer word
		"The 대운하 was long.": "The 대운하 was long.",
	}, doc("Lee Un-ha"))
	redactDocs(t, "strict", map[string]string{
		"I told 윤혜리 the truth. 혜리 smiled.": "I told [Interviewer] the truth. [Interviewer] smiled.",
	}, doc("Yun Hye-ri"))
	redactDocs(t, "strict", map[string]string{
		"저는 김사랑입니다.": "저는 [Interviewer]입니다.",
	}, doc("Kim Sa-rang"))
	// "woo" is 우 as "soo" is 수.
	redactDocs(t, "strict", map[string]string{
		"I told 한지우 the truth. Han Ji-woo left.": "I told [Interviewer] the truth. [Interviewer] left.",
	}, doc("Han Ji-woo"))
	// Two known people spelled alike in Hangul: the Hangul names neither.
	redactDocs(t, "strict", map[string]string{
		"I told 김용호 the truth.": "I told [Person A] the truth.",
	}, func(in string) redact.Document {
		return redact.Document{Text: in, Known: []redact.Known{
			{Text: "Kim Yong-ho", Category: redact.Person, Role: redact.RoleInterviewer},
			{Text: "Kim Yeong-ho", Category: redact.Person, Role: redact.RoleInterviewee},
		}}
	})
}

// Finding 3: a hyphenated two-syllable word after a person noun and a copula ("My cellmate
// was Ma-ri") is a given name, not a village in -ri.
func TestRedteamLabGivenNameInRiAfterPersonNoun(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"My cellmate was Ma-ri.":         "My cellmate was [Person A].",
		"Her best friend was Yu-ri.":     "Her best friend was [Person A].",
		"My sister is Hye-ri.":           "My sister is [Relative A].",
		"The broker was Sang-dong then.": "The broker was [Broker A] then.",
		// a verb only a person is the subject of
		"Ma-ri said no.":            "[Person A] said no.",
		"Then Yu-ri laughed at me.": "Then [Person A] laughed at me.",
		// must not fire: a place after a copula with no person noun, or after "in".
		"Sang-ri was bombed.":            "[a place] was bombed.",
		"We reached Sang-ri and rested.": "We reached [a place] and rested.",
		"I lived in Ma-ri.":              "I lived in [a place].",
		"The village was Sang-ri.":       "The village was [a place].",
		"My home was Sinpo-ri.":          "My home was [a county in South Hamgyong Province].",
		"Our unit was in Sang-ri.":       "Our unit was in [a place].",
		"My friend was in Sang-ri.":      "My friend was in [a place].",
		"My father was Catholic.":        "My father was Catholic.",
	})
}

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
