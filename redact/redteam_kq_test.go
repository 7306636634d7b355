package redact_test

import "testing"

// Red team rt6ko, Korean dates: a lunar day word ("초사흘"), a holiday named by its
// month.day and 명절 ("4.15 명절 전날"), and a day of the month before a time of the day
// ("15일 새벽") date an event as "3월 15일" does.
func TestRedteamKQKoreanDayWords(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"시월 초사흘에 잡혔어요.":       "[a date]에 잡혔어요.",
		"초사흘에 떠났어요.":          "[a date]에 떠났어요.",
		"4.15 명절 전날 밤에 건넜어요.": "[a date] 밤에 건넜어요.",
		"15일 새벽 3시에 건넜어요.":    "[a date] 새벽 3시에 건넜어요.",
		"3일 밤에 왔어요.":          "[a date] 밤에 왔어요.",
		// must not fire: a count of days, a word in 초, a number past any month's end
		"거기서 15일 동안 걸었어요.": "거기서 15일 동안 걸었어요.",
		"초콜릿을 먹었어요.":       "초콜릿을 먹었어요.",
		"32일 밤.":           "32일 밤.",
		"초보였어요.":           "초보였어요.",
	})
}

// Red team rt6ko, North Korean places and workplaces below the city: 로동자구 (the North's
// spelling of 노동자구), a numbered dong split at its digits ("정백1동"), a holding centre
// ("농포집결소"), an enterprise named after a date ("2.8직동청년탄광"), a works numbered
// with 호 ("제25호 공장") and a numbered work team ("2분조").
func TestRedteamKQNorthKoreanUnits(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"평안남도 덕천시 제남로동자구에 살았어요.": "평안남도 [a city in South Pyongan Province]에 살았어요.",
		"평양 락랑구역 정백1동에 살았어요.":    "평양 [a district of Pyongyang]에 살았어요.",
		"정백1동에 살았어요.":            "[a place]에 살았어요.",
		"청진 농포집결소에 있었어요.":        "[a city in North Hamgyong Province] [a workplace]에 있었어요.",
		"아버지는 2.8직동청년탄광에서 일했어요.": "아버지는 [a workplace]에서 일했어요.",
		"2.8비날론련합기업소에서 일했어요.":    "[a workplace]에서 일했어요.",
		"그는 제25호 공장에서 일했어요.":     "그는 [a workplace]에서 일했어요.",
		"그는 25호공장에서 일했어요.":       "그는 [a workplace]에서 일했어요.",
		"우리 분조는 2분조였어요.":         "우리 분조는 [a workplace]였어요.",
		// must not fire: an ordinal, a loanword, a number of things, a home
		"제1동에 갔어요.":        "제1동에 갔어요.",
		"아파트1동.":           "아파트1동.",
		"사과 2.5개를 샀어요.":    "사과 2.5개를 샀어요.",
		"친정집에 갔어요.":        "친정집에 갔어요.",
		"우리 분조는 열심히 일했어요.": "우리 분조는 열심히 일했어요.",
	})
}

// Red team rt6ko, the birth year by another name: beside "80년대생" the zodiac animal gives
// the year (소띠: 1985); so do a sexagenary year (을축년생) and 해방둥이 (1945).
func TestRedteamKQBirthSigns(t *testing.T) {
	cases := map[string]string{
		"저는 85년생 소띠예요.": "저는 80년대생 [a birth year]예요.",
		"동생은 용띠고 막내예요.": "동생은 [a birth year]고 막내예요.",
		"아버지는 을축년생이에요.": "아버지는 [a birth year]이에요.",
		"할아버지는 해방둥이예요.": "할아버지는 [a birth year]예요.",
		"어머니는 원숭이띠예요.":  "어머니는 [a birth year]예요.",
		// must not fire: the animal itself, a belt, the same sign, an adverb, a stem and a
		// branch of different parity
		"소가 있었어요.":    "소가 있었어요.",
		"허리띠를 맸어요.":   "허리띠를 맸어요.",
		"우리는 띠동갑이에요.": "우리는 띠동갑이에요.",
		"갑자기 왔어요.":    "갑자기 왔어요.",
		"을자생이라는 말.":   "을자생이라는 말.",
		"용기가 있어요.":    "용기가 있어요.",
	}
	redactWith(t, "strict", cases)
	redactWith(t, "base", cases)
}

// Red team rt6ko, ages in bare native numerals: before 되다, of oneself, after a word of
// time, before a comma; and a parenthesised age after a Hangul name in English text.
func TestRedteamKQNativeAges(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"할머니는 여든다섯 되셨어요.":          "할머니는 80대 되셨어요.",
		"그때 저는 열아홉이었어요.":           "그때 저는 10대였어요.",
		"딸이 이제 여덟이에요.":             "딸이 이제 [an age]이에요.",
		"형은 스물다섯, 저는 스물둘이에요.":      "형은 20대, 저는 20대예요.",
		"My brother 옥철 (45) came.": "My brother [Relative A] (in his 40s) came.",
		// must not fire: counts
		"사과가 여덟 개예요.":      "사과가 여덟 개예요.",
		"우리는 여덟 명이었어요.":    "우리는 여덟 명이었어요.",
		"저는 하나도 몰라요.":      "저는 하나도 몰라요.",
		"열아홉 개를 샀어요.":      "열아홉 개를 샀어요.",
		"제가 하나 샀어요.":       "제가 하나 샀어요.",
		"형은 스물다섯 개, 저는 둘.": "형은 스물다섯 개, 저는 둘.",
	})
}

// Red team rt6ko, South Korean apartment buildings: the complex and its numbered building
// ("임대아파트 305동", "롯데캐슬 101동 1502호") narrow an address to a few dozen households,
// and go where addresses do (base too).
func TestRedteamKQApartmentBuildings(t *testing.T) {
	cases := map[string]string{
		"그때 임대아파트 305동에 살았어요.":   "그때 [address]에 살았어요.",
		"주소는 롯데캐슬 101동 1502호예요.": "주소는 [address]예요.",
		// must not fire: a numbered thing that is no building, a count of days
		"우리 반은 3동에 있었어요.": "우리 반은 3동에 있었어요.",
		"5동안 걸었어요.":       "5동안 걸었어요.",
	}
	redactWith(t, "base", cases)
	redactWith(t, "strict", cases)
}
