package redact_test

import (
	"testing"

	"github.com/testimony-archive/testimony/redact"
)

// Findings of a red-team read of strict's output, each a sentence an interview says often.
// A sum in North Korean won is a sum like any other; "now 71" after a comma or a copula is
// an age; "at 6 a.m." is a time of day, not an age.
func TestRedTeamSumsAndAges(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"The fine was 500,000 North Korean won.":      "The fine was [500,000–1 million won].",
		"Later it was 4 million North Korean won.":    "Later it was [1–5 million won].",
		"He sent 3,000 Chinese yuan.":                 "He sent [1,000–5,000 yuan].",
		"My father, now 71, is sick.":                 "My father, now in his 70s, is sick.",
		"She is now 68.":                              "She is now in her 60s.",
		"We left at 6 a.m. and walked.":               "We left at 6 a.m. and walked.",
		"We left at 6 p.m.":                           "We left at 6 p.m.",
		"We were 12 then, and now 40 of us are left.": "We were 12 then, and now 40 of us are left.",
		"We left at 16 with nothing.":                 "We left as a teenager with nothing.",
	})
}

// Contact data in the forms interviews give it: a number read out in words, in English or in
// Sino-Korean syllables; a link without its scheme; a Russian number with its trunk prefix;
// an ID after a Korean messenger name with particles glued to both. A count ("one, two,
// three, ...") and everyday Korean words of digit syllables are no number.
func TestRedTeamContacts(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"Her number was one-three-eight, four-four-seven-one, two-zero-nine-three.": "Her number was [phone number].",
		"Call one-three-eight 4471 2093 at night.":                                  "Call [phone number] at night.",
		"제 번호는 공일공 오오이일 팔팔삼사예요.":                                                    "제 번호는 [phone number]예요.",
		"Blog: naver.me/x7Kp2 and blog.naver.com/hyesanmom.":                        "Blog: [URL] and [URL].",
		"Russian: 8 (423) 222-33-44.":                                               "Russian: [phone number].",
		"위챗은 hyesanmom88이에요.":                                                       "위챗은 [handle]이에요.",
		"텔레그램 hj1990 으로 보냈어요.":                                                      "텔레그램 [handle] 으로 보냈어요.",
		// must not fire
		"She counted one, two, three, four, five, six, seven, eight.": "She counted one, two, three, four, five, six, seven, eight.",
		"우리 사이 오이 이사 일이 많았어요.":                                        "우리 사이 오이 이사 일이 많았어요.",
		"We listened to rfa.org every night.":                         "We listened to rfa.org every night.",
		"He drove at 60 km/h and/or faster.":                          "He drove at 60 km/h and/or faster.",
		"위챗으로 연락했어요.":                                                 "위챗으로 연락했어요.",
		"Oh, one more thing.":                                         "Oh, one more thing.",
	})
}

// "Jan" before a number is the month, under every policy (base keeps the date).
func TestRedTeamMonthAbbreviation(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"We crossed in Jan. 2020 and again in Jan 5, 2021.": "We crossed in Jan. 2020 and again in Jan 5, 2021.",
		"Jan helped us.": "[Person A] helped us.",
	})
}

// An ID read out in words after a messenger's name is the ID whole, and a messenger's name
// at the start of a line is no speaker.
func TestRedTeamHandlesReadOut(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"WeChat: kim dot hyesan eight eight.":       "WeChat: [handle].",
		"My KakaoTalk is sunhee eight eight.":       "My KakaoTalk is [handle].",
		"My WeChat is kim underscore two, he said.": "My WeChat is [handle], he said.",
		// must not fire
		"WeChat and KakaoTalk were blocked.":      "WeChat and KakaoTalk were blocked.",
		"On WeChat we talked about eight things.": "On WeChat we talked about eight things.",
	})
}

// An age of twenty or more in native Korean numerals said with a copula or before 때 is an
// age, generalized to its decade; a count ("스무 명", "서른 개") is not.
func TestRedTeamKoreanAgesInWords(t *testing.T) {
	redactDocs(t, "strict", map[string]string{
		"엄마는 예순여덟이에요.":  "엄마는 60대예요.",
		"할머니는 여든둘이세요.":  "할머니는 80대이세요.",
		"스물셋 때 왔어요.":    "20대 때 왔어요.",
		"우리는 스무 명이었어요.": "우리는 스무 명이었어요.",
		"서른 개예요.":       "서른 개예요.",
		"열둘이에요.":        "열둘이에요.",
	}, func(in string) redact.Document { return redact.Document{Language: "ko", Text: in} })
}
