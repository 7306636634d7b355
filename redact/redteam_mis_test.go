package redact_test

import (
	"testing"

	"github.com/testimony-archive/testimony/redact"
)

// Red-team finding (misleading output) 3: a placeholder for no value after a messenger
// label ("Twitter: none", "위챗: 없음") is no handle; the copy must not say there is one.
// Real handles after the same labels are still removed.
func TestRedteamMisHandlePlaceholder(t *testing.T) {
	for _, p := range []string{"base", "strict"} {
		redactWith(t, p, map[string]string{
			"Twitter: none.":                   "Twitter: none.",
			"WeChat: no":                       "WeChat: no",
			"Telegram: n/a":                    "Telegram: n/a",
			"WeChat ID: unknown.":              "WeChat ID: unknown.",
			"Twitter: nil":                     "Twitter: nil",
			"Phone: none":                      "Phone: none",
			"KakaoTalk: -":                     "KakaoTalk: -",
			"Twitter: @minji_k":                "Twitter: [handle]",
			"WeChat: minji1988":                "WeChat: [handle]",
			"WeChat: nonexistent_88":           "WeChat: [handle]",
			"Twitter: none. WeChat: minji1988": "Twitter: none. WeChat: [handle]",
		})
		redactDocs(t, p, map[string]string{
			"위챗: 없음":      "위챗: 없음",
			"카톡 아이디: 없음":  "카톡 아이디: 없음",
			"카톡: minji88": "카톡: [handle]",
		}, func(in string) redact.Document { return redact.Document{Text: in, Language: "ko"} })
	}
}
