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
