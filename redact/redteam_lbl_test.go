package redact_test

import (
	"strings"
	"testing"

	"github.com/testimony-archive/testimony/redact"
)

// withPeople makes a Document whose front matter names an interviewee and an interviewer
// ("" for none; an interviewer field may name two, comma-separated).
func withPeople(interviewee, interviewer string) func(string) redact.Document {
	return func(in string) redact.Document {
		doc := redact.Document{Text: in}
		if interviewee != "" {
			doc.Known = append(doc.Known, redact.Known{Text: interviewee, Category: redact.Person, Role: redact.RoleInterviewee})
		}
		for _, n := range strings.Split(interviewer, ",") {
			if n = strings.TrimSpace(n); n != "" {
				doc.Known = append(doc.Known, redact.Known{Text: n, Category: redact.Person, Role: redact.RoleInterviewer})
			}
		}
		return doc
	}
}

// A short surname that only begins a known person's name (Jo, Na of Nam Jong-hui) or a
// one-word name of the text (Cho of Chol) is someone else: a part joins a name only when it
// is one of the known person's variants, or leaves a romanized syllable as the rest.
func TestRedTeamLabelPrefixSurname(t *testing.T) {
	for pol, rank := range map[string]string{"base": "Senior Colonel", "strict": "[officer]"} {
		redactDocs(t, pol, map[string]string{
			"Senior Colonel Jo gave the order. Auntie Na sold rice. Mr. Nam left.": rank + " [Person A] gave the order. Auntie [Person B] sold rice. Mr. [Interviewee] left.",
			"Jong-hui left. Mr. Nam stayed.":                                       "[Interviewee] left. Mr. [Interviewee] stayed.",
		}, withPeople("Nam Jong-hui", ""))
		redactDocs(t, pol, map[string]string{
			"Her mother, Auntie Ha, sells noodles. Ms. Han left.": "Her mother, Auntie [Relative A], sells noodles. Ms. [Interviewee] left.",
			"Her mother, Auntie Ha, sells noodles.":               "Her mother, Auntie [Relative A], sells noodles.",
		}, withPeople("Han Yong-mi", ""))
		redactDocs(t, pol, map[string]string{
			"Her mother, Auntie Ha, sells noodles. Dr. Hale asked.": "Her mother, Auntie [Relative A], sells noodles. Dr. [Interviewer] asked.",
		}, withPeople("Han Yong-mi", "Margaret Hale"))
		redactDocs(t, pol, map[string]string{
			"I met Mrs. So at the market.": "I met Mrs. [Person A] at the market.",
		}, withPeople("Son Mi-ok", ""))
		redactDocs(t, pol, map[string]string{
			"Auntie So sold rice. Mr. Song left.": "Auntie [Person A] sold rice. Mr. [Interviewee] left.",
		}, withPeople("Song Mi-ran", ""))
		redactDocs(t, pol, map[string]string{
			"Mr. Yu came. Mr. Yun left.": "Mr. [Person A] came. Mr. [Interviewee] left.",
		}, withPeople("Yun Chol-ho", ""))
		redactDocs(t, pol, map[string]string{
			"Granny Mo came. Ms. Moon left.": "Granny [Person A] came. Ms. [Interviewee] left.",
		}, withPeople("Moon Hye-jin", ""))
		redactDocs(t, pol, map[string]string{
			"My son Chol stayed home. Mr. Cho, the neighbour, came by. Chol cried.": "My son [Relative A] stayed home. Mr. [Person A], the neighbour, came by. [Relative A] cried.",
			// must not fire: a part that is a syllable of a name written as one word.
			"My son Kimjimin stayed. Jimin cried.": "My son [Relative A] stayed. [Relative A] cried.",
		}, withPeople("", ""))
		redactDocs(t, pol, map[string]string{
			"Q: Mr. Cho, where were you? A: My son Chol stayed home. Mr. Cho, the neighbour, came by.": "Q: Mr. [Interviewee], where were you? A: My son [Relative A] stayed home. Mr. [Interviewee], the neighbour, came by.",
		}, withPeople("Cho Chang-ho", ""))
	}
}

// A speaker given by surname alone is not the relative with that surname they talk about:
// the entity the names detector gave the label (the one full name with the surname) no
// longer joins them; the part step does, unless the name is written as a relative's.
func TestRedTeamLabelSpeakerSurnameRelative(t *testing.T) {
	for _, pol := range []string{"base", "strict"} {
		redactWith(t, pol, map[string]string{
			"KANG: My son Kang Hyok was sick.\nQ: When?\nKANG: Yes.\n": "[Speaker A]: My son [Relative A] was sick.\nQ: When?\n[Speaker A]: Yes.\n",
			"Pak: My brother Pak Yong-su stayed.\n":                    "[Speaker A]: My brother [Relative A] stayed.\n",
			"[KANG]: My son Kang Hyok left.\nKANG: Yes.\n":             "[[Speaker A]]: My son [Relative A] left.\n[Speaker A]: Yes.\n",
			// must not fire: the speaker's own full name.
			"KANG: I am Kang Min-ho and I stayed.\nKANG: Yes.\n":    "[Speaker A]: I am [Speaker A] and I stayed.\n[Speaker A]: Yes.\n",
			"KANG: Kang Min-ho is my name.\nKANG: My son stayed.\n": "[Speaker A]: [Speaker A] is my name.\n[Speaker A]: My son stayed.\n",
		})
	}
}

// A part of the interviewee's or the interviewer's name written as someone's relative (a
// kin title, a kin word before it or in apposition, "is my mother") is another person with
// the name; the same name written plainly stays theirs.
func TestRedTeamLabelKinSharesKnownName(t *testing.T) {
	for _, pol := range []string{"base", "strict"} {
		redactDocs(t, pol, map[string]string{
			"Grandpa Nam, my grandfather, sold rice. Mr. Nam left.": "Grandpa [Person A], my grandfather, sold rice. Mr. [Interviewee] left.",
			"My grandfather Nam sold rice. Mr. Nam left.":           "My grandfather [Relative A] sold rice. Mr. [Interviewee] left.",
			// must not fire: the interviewee herself.
			"Q: Ms. Nam, where is your grandfather?": "Q: Ms. [Interviewee], where is your grandfather?",
		}, withPeople("Nam Jong-hui", ""))
		redactDocs(t, pol, map[string]string{
			"Dr. Hale is my mother, actually. Ms. Han left.": "Dr. [Person A] is my mother, actually. Ms. [Interviewee] left.",
			// must not fire: the interviewer.
			"Dr. Hale asked me. Ms. Han left.": "Dr. [Interviewer] asked me. Ms. [Interviewee] left.",
		}, withPeople("Han Yong-mi", "Margaret Hale"))
		redactDocs(t, pol, map[string]string{
			"중학교 다닐 때 박 선생님이 담임이었어요. 최 씨네 아저씨가 신고했어요.": "중학교 다닐 때 [Person A] 선생님이 담임이었어요. [Person B] 씨네 아저씨가 신고했어요.",
			// must not fire: the full names.
			"박지현 선생님이 물었어요. 최명숙 씨가 대답했어요.": "[Interviewer] 선생님이 물었어요. [Interviewee] 씨가 대답했어요.",
		}, withPeople("최명숙", "박지현"))
	}
}

// A surname alone that the names detector tied to the one full name with the surname is
// joined to it by the part step, which keeps apart a surname with another title: "Uncle
// Pak" is not "his son Pak Yong-nam".
func TestRedTeamLabelTitledSurnameApart(t *testing.T) {
	for _, pol := range []string{"base", "strict"} {
		redactWith(t, pol, map[string]string{
			"Uncle Pak came first. His son Pak Yong-nam followed.": "Uncle [Relative A] came first. His son [Relative B] followed.",
			// must not fire: the same man, by surname and in full.
			"Pak Yong-nam came first. Then Pak left.":             "[Person A] came first. Then [Person A] left.",
			"Uncle Pak Yong-nam came first. Then Uncle Pak left.": "Uncle [Relative A] came first. Then Uncle [Relative A] left.",
		})
	}
}

// Two spellings of one given name written as two different relatives are two people; a name
// spelled two ways with nothing to tell them apart stays one person.
func TestRedTeamLabelSpellingsTwoRelatives(t *testing.T) {
	for _, pol := range []string{"base", "strict"} {
		redactWith(t, pol, map[string]string{
			"My brother Yong-su and my cousin Young-soo stayed.":                "My brother [Relative A] and my cousin [Relative B] stayed.",
			"My aunt Jong-ok and my niece Jung-ok left.":                        "My aunt [Relative A] and my niece [Relative B] left.",
			"My brother Yong-su left. Yong-su cried. My cousin Young-soo came.": "My brother [Relative A] left. [Relative A] cried. My cousin [Relative B] came.",
			// must not fire: one brother spelled two ways.
			"My brother Yong-su left. Young-soo, as he writes it now, lives in Seoul.": "My brother [Relative A] left. [Relative A], as he writes it now, lives in Seoul.",
			"My brother Yong-su left. My brother Young-soo is in Seoul.":               "My brother [Relative A] left. My brother [Relative A] is in Seoul.",
		})
	}
}

// Two interviewers are two people: the second is numbered.
func TestRedTeamLabelTwoInterviewers(t *testing.T) {
	redactDocs(t, "base", map[string]string{
		"박지현과 한수정이 물었어요.": "[Interviewer]과 [Interviewer 2]이 물었어요.",
	}, withPeople("최명숙", "박지현, 한수정"))
}
