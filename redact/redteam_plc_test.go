package redact_test

import "testing"

// "-로" is a road name's suffix and also the particle of means and direction: a number
// with a counter after it ("2015년", "3일", "12시간") is a date or a count, not a building
// number. Road addresses with a bare number, "번길" or a particle still go.
func TestRedteamPlcRoadParticle(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"우리는 배로 2015년에 왔어요.":      "우리는 배로 2015년에 왔어요.",
		"기차로 3일 걸렸어요.":            "기차로 3일 걸렸어요.",
		"버스로 12시간 갔어요.":           "버스로 12시간 갔어요.",
		"그래서 서울로 2018년에 이사했어요.":   "그래서 서울로 2018년에 이사했어요.",
		"대상자는 그 씨로, 2016년에 입국했다.": "대상자는 그 씨로, 2016년에 입국했다.",
		"버스로 3번 갈아탔어요.":           "버스로 3번 갈아탔어요.",
		"배로 2015 년에 왔어요.":         "배로 2015 년에 왔어요.",
		// must still fire
		"그는 세종대로 209에 살아요.":      "그는 [address] 살아요.",
		"집은 테헤란로 152입니다.":        "집은 [address].",
		"인천광역시 남동구 구월로 221번길 17": "[address]",
	})
}

// A foreign city filed under its country goes to the country, never to "<country>
// Province"; the capitals that are first-level units of their own stay readable.
func TestRedteamPlcCapitalsAndCountries(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"We flew from Vientiane to Bangkok.":      "We flew from [a city in Laos] to [a city in Thailand].",
		"Tokyo, Washington and Geneva sent aid.":  "[a city in Japan], [a city in United States] and [a city in Switzerland] sent aid.",
		"Hanoi was hot.":                          "[a city in Vietnam] was hot.",
		"My cousin lives in Toronto.":             "My cousin lives in [a city in Canada].",
		"We waited in Chiang Rai for a week.":     "We waited in [a city in Thailand] for a week.",
		"She moved to Busan.":                     "She moved to [a city in South Korea].",
		"He was born in Hyesan.":                  "He was born in [a city in Ryanggang Province].",
		"They went to Yanji and then to Beijing.": "They went to [a city in Jilin Province] and then to Beijing.",
		// must not fire
		"Beijing, Moscow and Seoul.": "Beijing, Moscow and Seoul.",
		"We fled Pyongyang.":         "We fled Pyongyang.",
		"Thailand and Laos.":         "Thailand and Laos.",
	})
}
