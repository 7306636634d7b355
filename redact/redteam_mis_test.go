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

// Red-team finding (misleading output) 1: "at N" is an age only where a time of life is
// meant. After a word that takes "at" for its object ("good at", "looked at") or before a
// noun that N counts ("at three places"), the copy must not say "as a child". Ages after a
// verb of a life event stay generalized.
func TestRedteamMisAtNumber(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"She was good at three things.":               "She was good at three things.",
		"He was bad at two subjects.":                 "He was bad at two subjects.",
		"She looked at four.":                         "She looked at four.",
		"We stayed at three places on the way.":       "We stayed at three places on the way.",
		"They worked at two different factories.":     "They worked at two different factories.",
		"He arrived at three.":                        "He arrived at three.",
		"I lost my father at nine.":                   "I lost my father as a child.",
		"She was taken at three.":                     "She was taken as a child.",
		"We left at 16 with nothing.":                 "We left as a teenager with nothing.",
		"I left home at 17, alone.":                   "I left home as a teenager, alone.",
		"At 17 I joined the army.":                    "As a teenager I joined the army.",
		"She married at nineteen while at school.":    "She married as a teenager while at school.",
		"I came to China at eleven.":                  "I came to China as a child.",
		"He was sent to the mine at fifteen in 1998.": "He was sent to the mine as a teenager in the 1990s.",
	})
}

// Red-team finding (misleading output) 2: a month and a day of the lunar calendar written
// in digits ("lunar 3/15", "3/15 by the lunar calendar", "음력 3/15") is a date, generalized
// as dates are (kept under base, "[a date]" under strict), not an ID number. Slashed case
// and plot numbers stay ID numbers.
func TestRedteamMisLunarSlashDate(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"We married on lunar 3/15 that year.":            "We married on lunar 3/15 that year.",
		"We married on 3/15 by the lunar calendar.":      "We married on 3/15 by the lunar calendar.",
		"Case 3/15 was heard.":                           "Case [ID number] was heard.",
		"It was plot no. 288/3 on sheet/plan 11/14.":     "It was plot no. [ID number] on sheet/plan [ID number].",
		"His number was 850315-1234567.":                 "His number was [ID number].",
		"Application no. 3/15 was lodged on lunar 3/16.": "Application no. [ID number] was lodged on lunar 3/16.",
	})
	redactWith(t, "strict", map[string]string{
		"We married on lunar 3/15 that year.":        "We married on lunar [a date] that year.",
		"We married on 3/15 by the lunar calendar.":  "We married on [a date].",
		"Case 3/15 was heard.":                       "Case [ID number] was heard.",
		"It was plot no. 288/3 on sheet/plan 11/14.": "It was plot no. [ID number] on sheet/plan [ID number].",
		"His number was 850315-1234567.":             "His number was [ID number].",
		"The lunar 13/40 form.":                      "The lunar [ID number] form.",
	})
	ko := func(in string) redact.Document { return redact.Document{Text: in, Language: "ko"} }
	redactDocs(t, "base", map[string]string{
		"우리는 음력 3/15에 결혼했어요.": "우리는 음력 3/15에 결혼했어요.",
		"양력 12/5 생일이에요.":      "양력 12/5 생일이에요.",
	}, ko)
	redactDocs(t, "strict", map[string]string{
		"우리는 음력 3/15에 결혼했어요.":   "우리는 음력 [a date]에 결혼했어요.",
		"우리는 음력 3월 15일에 결혼했어요.": "우리는 음력 [a date]에 결혼했어요.",
		"사건 3/15는 끝났어요.":        "사건 [ID number]는 끝났어요.",
	}, ko)
}
