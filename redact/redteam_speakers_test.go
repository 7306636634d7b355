package redact_test

import "testing"

// Line-start labels that are roles, kinship words or the words notes start with are no
// speakers, prose with a colon is no turn, a title before a speaker's name stays readable,
// and the title left over beside a name another span took is no person.
func TestRedTeamSpeakerLabels(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"Mother: My son was born in China.\nSon: I speak Chinese better. I came with my son.\n": "Mother: My son was born in China.\nSon: I speak Chinese better. I came with my son.\n",
		"Her number: 010 2222 3333\nMy plan: leave at night.\n":                                 "Her number: [phone number]\nMy plan: leave at night.\n",
		"Dr. Hwang: I treated her.\nKang Min-ji: I stayed.\n":                                   "Dr. [Person A]: I treated her.\n[Speaker A]: I stayed.\n",
		"Ms Pak: Thank you.\nKang Min-ji: I stayed.\n":                                          "Ms [Person A]: Thank you.\n[Speaker A]: I stayed.\n",
	})
}
