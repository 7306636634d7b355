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

// "line" and "signal" are messengers and ordinary words: a word after them is a handle only
// when it is shaped like one or the messenger is meant (an ID word, a field's colon, a
// capital inside a sentence, "on Signal").
func TestOrdinaryWordMessengerCues(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"The signal was weak, so we climbed.":  "The signal was weak, so we climbed.",
		"Line was busy.":                       "Line was busy.",
		"My line is busy, my signal was weak.": "My line is busy, my signal was weak.",
		"The signal was weak near the river.":  "The signal was weak near the river.",
		// must still fire
		"My Signal is jimin.":                   "My Signal is [handle].",
		"I reached her on Signal as hyesanmom.": "I reached her on Signal as [handle].",
		"his line id is sunhee":                 "his line id is [handle]",
		"Signal: jimin\n":                       "Signal: [handle]\n",
		"Line: kimchol\n":                       "Line: [handle]\n",
		"the signal was jimin_88":               "the signal was [handle]",
		"My wechat is hyesanmom.":               "My wechat is [handle].",
		"WeChat: hyesanmom\n":                   "WeChat: [handle]\n",
	})
}
