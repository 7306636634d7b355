package redact_test

import (
	"testing"
)

// Red-team finding fx5-2 (over-redaction, misleading output): after a messenger's name and
// "is"/"was", an adverb, an adjective or a participle says how the account is ("Her Line is
// always busy"); it is no handle. A real ID after the same words still goes, and so does a
// display name after "name"/"ID".
func TestRedteamFx5HandleStateWords(t *testing.T) {
	for _, p := range []string{"base", "strict"} {
		redactWith(t, p, map[string]string{
			"Her Line is always busy.":          "Her Line is always busy.",
			"Her Signal is off.":                "Her Signal is off.",
			"My WeChat was blocked.":            "My WeChat was blocked.",
			"his Telegram is silent.":           "his Telegram is silent.",
			"Her WhatsApp was hacked.":          "Her WhatsApp was hacked.",
			"His KakaoTalk is usually quiet.":   "His KakaoTalk is usually quiet.",
			"Her Line was never busy at night.": "Her Line was never busy at night.",
			// must still fire: an ID, after an adverb too, a display name after "name".
			"My Line is minji1988.":         "My Line is [handle].",
			"Her Telegram is @hyesan_k.":    "Her Telegram is [handle].",
			"His WeChat was hyesan88.":      "His WeChat was [handle].",
			"Her Line is still minji1988.":  "Her Line is still [handle].",
			"My Line is line.me/ti/p/minji": "My Line is [URL]",
			"Her WeChat name was Lucky.":    "Her WeChat name was [handle].",
			"His Telegram is Hyesanmom.":    "His Telegram is [handle].",
			"Her Signal is hyesanmom.":      "Her Signal is [handle].",
		})
	}
}
