package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// Red-team finding 1: sums in Chinese 万 (ten thousand), in Thai baht and Lao kip, and
// written short with "k" after a currency symbol are sums of money: generalized to a range
// as other sums are. Near misses (a count of people in 万, a nap called a kip, a "15k run")
// stay.
func TestRedteamNum3Money(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"He paid the broker 3万元 to cross.":        "He paid the broker [10,000–50,000 元] to cross.",
		"She sent 2万块 home.":                      "She sent [10,000–50,000 块] home.",
		"They wanted 5万 yuan.":                    "They wanted [50,000–100,000 yuan].",
		"They wanted 5萬 Yuan.":                    "They wanted [50,000–100,000 yuan].",
		"I owed him 1.5万.":                        "I owed him [10,000–50,000].",
		"It cost 3万5千元 in all.":                   "It cost [10,000–50,000 元] in all.",
		"He asked 2万多元.":                          "He asked [10,000–50,000 元].",
		"In Thailand I paid 30,000 baht.":         "In Thailand I paid [10,000–50,000 baht].",
		"In Laos it cost 2 million kip.":          "In Laos it cost [1–5 million kip].",
		"The fine was THB 4,000.":                 "The fine was [1,000–5,000 THB].",
		"태국에서 5천 바트를 냈어요.":                        "태국에서 [5,000–10,000 바트]를 냈어요.",
		"라오스에서 200만 킵이었어요.":                       "라오스에서 [1–5 million 킵]이었어요.",
		"브로커에게 3万元을 줬어요.":                         "브로커에게 [10,000–50,000 元]을 줬어요.",
		"The broker asked ¥15k.":                  "The broker asked [¥10,000–¥50,000].",
		"He wanted $5k up front.":                 "He wanted [$5,000–$10,000] up front.",
		"Later 15k yuan; my brother sent RMB 8k.": "Later [10,000–50,000 yuan]; my brother sent [5,000–10,000 RMB].",
		"He paid 1.5k yuan.":                      "He paid [1,000–5,000 yuan].",
		"He paid ¥1.5k.":                          "He paid [¥1,000–¥5,000].",
		"약300만원을 줬어요.":                            "약[1–5 million 원]을 줬어요.",
		"I paid ฿5,000 and ₭200,000.":             "I paid [฿5,000–฿10,000] and [₭100,000–₭500,000].",
		"3만 바트였어요. 100달러였어요.":                     "[10,000–50,000 바트]였어요. [100–500 달러]였어요.",
		"THB4,000 was the fine.":                  "[1,000–5,000 THB] was the fine.",
		// must not fire
		"원래 그랬어요. 불안했어요.":            "원래 그랬어요. 불안했어요.",
		"3万人 came to the square.":    "3万人 came to the square.",
		"He took a kip after lunch.": "He took a kip after lunch.",
		"We ran the 15k race.":       "We ran the 15k race.",
		"킵해 두세요.":                    "킵해 두세요.",
	})
	redactWith(t, "defector-family", map[string]string{
		"He paid the broker 3万元 to cross.": "He paid the broker [10,000–50,000 元] to cross.",
		"In Thailand I paid 30,000 baht.":  "In Thailand I paid [10,000–50,000 baht].",
		"The broker asked ¥15k.":           "The broker asked [¥10,000–¥50,000].",
	})
	// pow and base keep sums, as they keep "20,000 yuan".
	for _, p := range []string{"pow", "base"} {
		redactWith(t, p, map[string]string{
			"He paid the broker 3万元 to cross.": "He paid the broker 3万元 to cross.",
			"In Thailand I paid 30,000 baht.":  "In Thailand I paid 30,000 baht.",
		})
	}
}

// Red-team finding 5: a full date after "on", generalized to its year or decade, reads "in
// the 1980s", not "on the 1980s" (the "on" goes with the date, as with a numeric date). A
// date without a year stays "on [a date]"; "on" before anything else stays.
func TestRedteamNum3DatePreposition(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"I was born on 3 May 1985.":                "I was born in the 1980s.",
		"She was born on May 3, 1985.":             "She was born in the 1980s.",
		"I was born on the 3rd of May 1985.":       "I was born in the 1980s.",
		"On 12 March 2008 we left.":                "In the 2000s we left.",
		"We left on 12 March 2008 and on 3 April.": "We left in the 2000s and on [a date].",
		// must not fire
		"We relied on him in 2008.": "We relied on him in the 2000s.",
	})
	redactWith(t, "defector-family", map[string]string{
		"We left on 12 March 2008.": "We left in 2008.",
	})
	redactWith(t, "base", map[string]string{
		"I was born on 3 May 1985.":          "I was born in 1985.",
		"I was born on the 3rd of May 1985.": "I was born in 1985.",
		"Born upon 3 May 1985, he...":        "Born upon 1985, he...",
		"We left on 12 March 2008.":          "We left on 12 March 2008.",
	})
}

// The "in" written for "on" must not make a removed form: a known "in" (or "born in") keeps
// the "on" (a known "in" every "on"; "born in" that one only), and the run does not fail
// its residual check.
func TestRedteamNum3OnToInNotAForm(t *testing.T) {
	p, err := policies.Load("strict")
	require.NoError(t, err)
	e, err := redact.New(p)
	require.NoError(t, err)
	for known, want := range map[string]string{
		"in":      "I was born on the 1980s. We left on the 2000s.",
		"born in": "I was born on the 1980s. We left in the 2000s.",
		"Jin":     "I was born in the 1980s. We left in the 2000s.",
	} {
		red, err := e.Redact(redact.Document{Text: "I was born on 3 May 1985. We left on 12 March 2008.",
			Known: []redact.Known{{Text: known, Category: redact.SensitiveTerm, Role: redact.RoleInterviewee}}})
		require.NoError(t, err, known)
		assert.Equal(t, want, red.Text(), known)
	}
}

// Red-team finding 2: a date of the lunar calendar dates an event as a solar one does: "the
// 15th day of the eighth lunar month", "the 8th month of the lunar calendar" are generalized
// as other dates (to "[a date]" without a year), and a lunar birthday is a birth date. The
// Lunar New Year and the calendar itself stay.
func TestRedteamNum3LunarDates(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"We left on the 15th day of the eighth lunar month.":                       "We left on [a date].",
		"In the eighth lunar month we crossed.":                                    "In [a date] we crossed.",
		"He died on the 3rd day of the 2nd month of the lunar calendar in 2009.":   "He died in the 2000s.",
		"She was born on the twenty-fifth day of the twelfth lunar month of 1932.": "She was born in the 1930s.",
		"The memorial is lunar 8.15 every year.":                                   "The memorial is lunar [a date] every year.",
		"팔월 십오일에 떠났어요.":                                                            "[a date]에 떠났어요.",
		"음력 팔월 보름에 떠났어요.":                                                          "음력 [a date]에 떠났어요.",
		"음력 시월에 왔어요.":                                                              "음력 [a date]에 왔어요.",
		"2008년 팔월 십오일에 왔어요.":                                                       "2000년대에 왔어요.",
		"이월하다. 정월 대보름. 섣달 그믐. 이 일은 어려워요.":                                          "이월하다. 정월 대보름. 섣달 그믐. 이 일은 어려워요.",
		"우리는 음력 8월 15일에 떠났어요.":                                                     "우리는 음력 [a date]에 떠났어요.",
		// must not fire
		"We celebrated the Lunar New Year. The lunar calendar is old. Lunar 3 flew.": "We celebrated the Lunar New Year. The lunar calendar is old. Lunar 3 flew.",
		"설날에 왔어요. We ate on Chuseok.":                                                "설날에 왔어요. We ate on Chuseok.",
	})
	redactWith(t, "defector-family", map[string]string{
		"We left on the 15th day of the eighth lunar month of 2008.": "We left in 2008.",
	})
	redactWith(t, "base", map[string]string{
		"She was born on the fifteenth of the 8th lunar month.": "She was born on [a date].",
		"We left on the 15th day of the eighth lunar month.":    "We left on the 15th day of the eighth lunar month.",
	})
}

// Red-team finding 3: the numbered camp a person was held in is a quasi-identifier (few were
// in one camp in one year): generalized wherever workplaces are, to the kind of camp. The
// common words "camp" and "prison" without a number, a number of days, an apartment's
// 관리소 (management office) and a train's number stay.
func TestRedteamNum3NumberedCamps(t *testing.T) {
	cases := map[string]string{
		"My father was in 12호 교화소 for years.":                 "My father was in [a reeducation camp] for years.",
		"He was sent to Kyohwaso No. 12.":                     "He was sent to [a reeducation camp].",
		"My uncle died in Camp 16.":                           "My uncle died in [a prison camp].",
		"관리소 15호에 있었어요.":                                      "[a prison camp]에 있었어요.",
		"She was in Political Prison Camp No. 15 for a year.": "She was in [a prison camp] for a year.",
		"He spent years in Kwalliso 14.":                      "He spent years in [a prison camp].",
		"We heard of No. 12 kyohwaso.":                        "We heard of [a reeducation camp].",
		"제12교화소에서 나왔어요.":                                      "[a reeducation camp]에서 나왔어요.",
		"그는 노동단련대 3호에 있었어요.":                                  "그는 [a labour camp]에 있었어요.",
		// must not fire
		"The camp was cold. 아파트 관리소에 갔어요. 관리소 직원. 12호 열차.": "The camp was cold. 아파트 관리소에 갔어요. 관리소 직원. 12호 열차.",
		"Prison 2 years was the sentence.": "Prison [years] was the sentence.",
	}
	redactWith(t, "strict", cases)
	redactWith(t, "defector-family", cases)
	redactWith(t, "base", map[string]string{
		"My uncle died in Camp 16.":           "My uncle died in Camp 16.",
		"My father was in 12호 교화소 for years.": "My father was in 12호 교화소 for years.",
	})
}

// Red-team finding 4: a birth year of two digits keeps its 생 however it is spaced ("97
// 년생" was kept whole, "97년 생" became "[a date] 생", "97년도생" "[a date]도생"); a year
// written apart from its 년 ("1997 년생", "2003 년 3월") is generalized in Korean. "97년
// 생활" (life in '97) and "97년 생일" are no birth year.
func TestRedteamNum3KoreanBirthYear(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"저는 97년생이에요.":        "저는 90년대생이에요.",
		"그 사람은 97 년생이에요.":    "그 사람은 90년대생이에요.",
		"97년 생입니다.":          "90년대생입니다.",
		"97년도생이에요.":          "90년대생이에요.",
		"1997 년생이에요.":        "1990년대생이에요.",
		"2003 년 3월 5일에 왔어요.": "2000년대에 왔어요.",
		"1990 년대에 살았어요.":     "1990 년대에 살았어요.",
		// must not fire as a birth year
		"97년 생활이 힘들었어요.": "[a date] 생활이 힘들었어요.",
	})
	redactWith(t, "defector-family", map[string]string{
		"2003 년 3월 5일에 왔어요.": "2003년에 왔어요.",
		"그 사람은 97 년생이에요.":    "그 사람은 90년대생이에요.",
	})
}

// Found with finding 5: a Korean birth date says "born" after the date ("1985년 5월 3일에
// 태어났어요", "5월 3일생"), and base kept it whole, a direct identifier. It is a birth date,
// generalized to its year (decade in strict); a date of leaving stays a date.
func TestRedteamNum3KoreanBirthDateAfter(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"1985년 5월 3일에 태어났어요.": "1985년에 태어났어요.",
		"1985년 5월 3일생이에요.":    "1985년생이에요.",
		"5월 3일에 태어났어요.":       "[a date]에 태어났어요.",
		// must not fire
		"2008년 3월 5일에 떠났어요.":     "2008년 3월 5일에 떠났어요.",
		"2008년 3월 5일 생활이 힘들었어요.": "2008년 3월 5일 생활이 힘들었어요.",
	})
	redactWith(t, "strict", map[string]string{
		"1985년 5월 3일에 태어났어요.": "1980년대에 태어났어요.",
	})
}
