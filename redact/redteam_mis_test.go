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

// Red-team finding (misleading output) 4: a Korean age generalized to "10대" or "10세 미만"
// takes the copula or particle that agrees with its last syllable: "열 살이었어요" →
// "10대였어요", not "10대이었어요"; "9세였어요" → "10세 미만이었어요".
func TestRedteamMisKoreanAgeCopula(t *testing.T) {
	ko := func(in string) redact.Document { return redact.Document{Text: in, Language: "ko"} }
	redactDocs(t, "strict", map[string]string{
		"그 애는 그때 열 살이었어요.": "그 애는 그때 10대였어요.",
		"그 애는 열 살이에요.":     "그 애는 10대예요.",
		"그 애는 열 살이다.":      "그 애는 10대다.",
		"언니는 스무살이었어요.":     "언니는 20대였어요.",
		"언니는 17살이었어요.":     "언니는 10대였어요.",
		"동생은 일곱 살이었어요.":    "동생은 10세 미만이었어요.",
		"동생은 9세였어요.":       "동생은 10세 미만이었어요.",
		"아버지는 67세예요.":      "아버지는 60대예요.",
		"어머니는 예순여덟이에요.":    "어머니는 60대예요.",
		"열 살이 되던 해에 떠났어요.": "10대가 되던 해에 떠났어요.",
		"열 살을 넘겼어요.":       "10대를 넘겼어요.",
		"열 살이라고 했어요.":      "10대라고 했어요.",
		// unchanged joins
		"열 살에 떠났어요.":     "10대에 떠났어요.",
		"일곱 살이면 학교에 가요.": "10세 미만이면 학교에 가요.",
		"열 살 때 떠났어요.":    "10대 때 떠났어요.",
	}, ko)
	redactDocs(t, "base", map[string]string{
		"그 애는 그때 열 살이었어요.": "그 애는 그때 열 살이었어요.",
	}, ko)
}

// Red-team finding (misleading output) 5: a number inside Chinese prose, which has no
// spaces. A phone or ID number glued to Han characters (or followed by "。") was not read as
// a number at all, and a sum glued to Han took the whole run of Han characters with it. Now
// the number is read, and its span is the number and its unit, not the sentence.
func TestRedteamMisNumberInHan(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"我的电话是13812345678谢谢。":        "我的电话是[phone number]谢谢。",
		"电话13812345678":              "电话[phone number]",
		"电话是138-1234-5678。":          "电话是[phone number]。",
		"身份证号11010519491231002X是他的。": "身份证号[ID number]是他的。",
		"他给了我2万元然后走了。":               "他给了我[10,000–50,000 元]然后走了。",
		"他给了我20000元然后走了。":            "他给了我[10,000–50,000 元]然后走了。",
		"他的电话是一三九四四三三二八一七。":          "他的电话是[phone number]。",
		"微信minji1988。":               "微信[handle]。",
		"他的微信是kim_88然后走了。":           "他的微信是[handle]然后走了。",
		"微信没有。":                      "微信没有。",
		// A sum in Han numerals (hanProse).
		"他给了我三万五千元。": "他给了我[10,000–50,000 元]。",
	})
	ko := func(in string) redact.Document { return redact.Document{Text: in, Language: "ko"} }
	redactDocs(t, "strict", map[string]string{
		"그가 电话13812345678 라고 했어요.": "그가 电话[phone number] 라고 했어요.",
	}, ko)
}
