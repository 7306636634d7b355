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

// A messenger ID or display name is removed whole, in any script and however it is
// written: after an ID cue in Hangul or Han, in quotes after the messenger, after @, with a
// person's name inside it, and e-mail addresses spelt with "(at)" and "dot".
func TestMessengerIDsWhole(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"My kakao ID: 민지0415 was how she found me.":               "My kakao ID: [handle] was how she found me.",
		"카톡 아이디: 진사장88 으로 연락했어요.":                                 "카톡 아이디: [handle] 으로 연락했어요.",
		"Her WeChat name was 春花姐 back then.":                      "Her WeChat name was [handle] back then.",
		"Her Kakao nickname is 별빛엄마 and she posts often.":         "Her Kakao nickname is [handle] and she posts often.",
		"On KakaoTalk I am \"hyesan mom\" to everyone.":           "On KakaoTalk I am \"[handle]\" to everyone.",
		"Her WeChat is “Spring Flower”.":                          "Her WeChat is “[handle]”.",
		"He wrote to me on Weibo @延吉金老板 every week.":              "He wrote to me on Weibo [handle] every week.",
		"His ID is daesung.k.seoul now.":                          "His ID is [handle] now.",
		"Write to kimbroker1977(at)example(dot)com for help.":     "Write to [email address] for help.",
		"Write to kim dot broker at example dot cn for help.":     "Write to [email address] for help.",
		"Write to kim [at] mail [dot] example [dot] kr for help.": "Write to [email address] for help.",
		// must not fire
		"On WeChat she wrote \"come now\" and I went.":             "On WeChat she wrote \"come now\" and I went.",
		"WeChat. \"Hello\" she said.":                              "WeChat. \"Hello\" she said.",
		"See blog.naver.com for it, e.g. this. At 9 a.m. we left.": "See blog.naver.com for it, e.g. this. At 9 a.m. we left.",
		"We met at dawn. The dot com bubble burst.":                "We met at dawn. The dot com bubble burst.",
		"His WeChat was blocked.":                                  "His WeChat was blocked.",
	})
}
