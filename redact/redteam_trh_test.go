package redact_test

import "testing"

// A line that starts with an ordinary English word and a colon ("Remember:", "Important:")
// is a note, not a turn: the word is no speaker's name. A name or a role before the colon
// still makes a speaker label.
func TestNoteWordIsNoSpeaker(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"Remember: the broker never calls twice.\nImportant: do not say Musan.\n": "Remember: the broker never calls twice.\nImportant: do not say Musan.\n",
		"Listen: we left at night.\nHonestly: I was afraid.\n":                    "Listen: we left at night.\nHonestly: I was afraid.\n",
		"Sadly: nobody came.\nTomorrow: Yanji.\n":                                 "Sadly: nobody came.\nTomorrow: Yanji.\n",
		// must still fire: names as labels, a title before a name.
		"Sun-hee: We crossed the river.\nInterviewer: When?\n": "[Speaker A]: We crossed the river.\nInterviewer: When?\n",
		"Oh: I was born in Hyesan.\nInterviewer: When?\n":      "[Speaker A]: I was born in Hyesan.\nInterviewer: When?\n",
	})
}
