package redact_test

import "testing"

// Red-team round 4 (nm5), finding 9: map coordinates find a house as surely as its street
// address, and a MAC or IPv6 address leads to a device as an IPv4 address does. They are
// removed under every policy, and strict no longer reads their degrees as ages or years.
func TestCoordinatesAndNetworkAddresses(t *testing.T) {
	cases := map[string]string{
		"We met at 39.0392° N, 125.7625° E.":                      "We met at [address].",
		"The camp is at 41°24'12\"N 128°10'33\"E near the river.": "The camp is at [address] near the river.",
		"The house was at 42.0456, 128.3012 on the map.":          "The house was at [address] on the map.",
		"Send geo:42.0456,128.3012 to him.":                       "Send geo:[address] to him.",
		"The pin was 41.8012N 129.7744E.":                         "The pin was [address].",
		"It was at -33.8688, 151.2093 then.":                      "It was at [address] then.",
		"위도 41.8012, 경도 129.7744에 집이 있었어요.":                       "위도 [address], 경도 [address]에 집이 있었어요.",
		"북위 41도 48분에 있었어요.":                                       "북위 [address]에 있었어요.",
		"The MAC was 3C:5A:B4:12:9E:07.":                          "The MAC was [ID number].",
		"The server was IPv6 2001:db8::1 at home.":                "The server was IPv6 [handle] at home.",
		"Her router said fe80::1ff:fe23:4567:890a then.":          "Her router said [handle] then.",
		// must not fire: clock times, temperatures, prices, scores and a plain decimal.
		"We left at 12:30:45 that night.": "We left at 12:30:45 that night.",
		"It was -20° outside.":            "It was -20° outside.",
		"Rice cost 2.50, then 3.75.":      "Rice cost 2.50, then 3.75.",
		"The river rose 1.5 m in a day.":  "The river rose 1.5 m in a day.",
	}
	for _, p := range []string{"base", "strict", "pow"} {
		redactWith(t, p, cases)
	}
}

// Finding 10: an ID number with a Korean ending glued to it, after the Korean word for the
// paper it is on (공민증, 당증, 여행증명서, 배급표) or for the file it is kept in (사건번호,
// 수감 번호, 난민 신청 번호, 조사 번호), is removed as the English forms are.
func TestKoreanDocumentNumbers(t *testing.T) {
	cases := map[string]string{
		"여권 번호는 M12345678이었어요.":         "여권 번호는 [ID number]이었어요.",
		"당증 번호는 0012345였어요.":            "당증 번호는 [ID number]였어요.",
		"사건번호는 2019-0347이에요.":           "사건번호는 [ID number]이에요.",
		"제 난민 신청 번호는 BKK-12-34567이었어요.": "제 난민 신청 번호는 [ID number]이었어요.",
		"국정원 조사 번호가 2018-0332였어요.":      "국정원 조사 번호가 [ID number]였어요.",
		"배급표 번호는 12-3456이었어요.":          "배급표 번호는 [ID number]이었어요.",
		"여행증명서 번호는 제2019-0347호였어요.":     "여행증명서 번호는 제[ID number]호였어요.",
		"제 수감 번호는 417이었어요.":             "제 수감 번호는 [ID number]이었어요.",
		"공민증번호: 5104-223891":            "공민증번호: [ID number]",
		"사건번호 2019-0347":                "사건번호 [ID number]",
		"Her 공민증 was 5104-223891 then.": "Her 공민증 was [ID number] then.",
		"전화번호는 010-1234-5678이에요.":       "전화번호는 [phone number]이에요.",
		// must not fire: counts and dates after the same words.
		"제 번호는 12명이었어요.":   "제 번호는 12명이었어요.",
		"여권은 2019년에 받았어요.": "여권은 2019년에 받았어요.",
		"배급표는 3장이었어요.":     "배급표는 3장이었어요.",
	}
	redactWith(t, "base", cases)
}

// Finding 11: a bank's name, or the words for a bank or an account, before digits in three
// groups or more make them an account number.
func TestBankAccountNumbers(t *testing.T) {
	cases := map[string]string{
		"I used 국민은행 123-45-6789-012 for the transfers.": "I used 국민은행 [ID number] for the transfers.",
		"계좌번호는 123-45-6789-012예요.":                       "계좌번호는 [ID number]예요.",
		"우리은행 계좌 1002-123-456789로 보냈어요.":                 "우리은행 계좌 [ID number]로 보냈어요.",
		"Her bank was KB, 110-234-567890.":               "Her bank was KB, [ID number].",
		// must not fire: a bank in another sentence, a range of years.
		"The bank was 2 km away. 110-234-5678 was the bus.": "The bank was 2 km away. 110-234-5678 was the bus.",
		"The bank ran from 1998-2003.":                      "The bank ran from 1998-2003.",
	}
	redactWith(t, "base", cases)
}

// Finding 14: "주체87(1998)년" is one date (the Juche year gives the Gregorian one), and a
// number is an ID number only after a cue in its own sentence: a full stop and a space end
// a number run ("2019-0347. 3 people").
func TestJucheYearWithGregorianAndSentenceEnds(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"주체87(1998)년에 태어났어요.":      "1990년대에 태어났어요.",
		"주체87(1998)년 4월 15일에 왔어요.": "1990년대에 왔어요.",
	})
	redactWith(t, "base", map[string]string{
		"주체87(1998)년에 태어났어요.":                                            "1990년대에 태어났어요.",
		"My travel pass number was 2019-0347.\n주체87(1998)년 4월 15일에 왔어요.": "My travel pass number was [ID number].\n주체87(1998)년 4월 15일에 왔어요.",
		"My passport number was 2019-0347. 3 people came with me.":       "My passport number was [ID number]. 3 people came with me.",
		"My passport number was 12345678. 3 people came.":                "My passport number was [ID number]. 3 people came.",
		// still one run or still a cue: a dotted date, an abbreviation before the number.
		"His ID. 123456 he said.":    "His ID. [ID number] he said.",
		"I was born on 12. 3. 1979.": "I was born in 1979.",
	})
}

// Finding 16: Korean room and cell numbers are an address, as "room 302" is; "<n>호" alone
// is read only beside a word for a room or a building.
func TestKoreanRoomNumbers(t *testing.T) {
	cases := map[string]string{
		"저는 302호실에 있었어요.":   "저는 [address]에 있었어요.",
		"3호 감방에 갇혔어요.":      "[address] 감방에 갇혔어요.",
		"그 호텔 817호에 묵었어요.":  "그 호텔 [address]에 묵었어요.",
		"그 호텔 12호실이었어요.":    "그 호텔 [address]이었어요.",
		"101동 1203호에 살았어요.": "[address] [address]에 살았어요.",
		// must not fire: a subway line, a cadre's title, a broadcast.
		"3호선을 탔어요.":   "3호선을 탔어요.",
		"5호 담당이었어요.":  "5호 담당이었어요.",
		"3호 방송을 봤어요.": "3호 방송을 봤어요.",
	}
	for _, p := range []string{"base", "strict"} {
		redactWith(t, p, cases)
	}
}

// Finding 13: an exact birth date in brackets after a name ("(b. 12 March 1979)", the first
// date of a life "(12.03.1950 – 04.11.2011)") and a Chinese date beside 出生 are birth dates:
// base keeps their year only. Two dates less than ten years apart are a period, not a life.
func TestBirthDatesInBracketsAndChinese(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"Pak Jin-hee (b. 12 March 1979) is my cousin.": "[Person A] (b. 1979) is my cousin.",
		"## Kim Chol-su (12.03.1950 – 04.11.2011)":     "## [Person A] (1950 – 04.11.2011)",
		"### 김철수 (1950. 3. 12. ~ 2011. 11. 4.)":        "### [Person A] (1950. ~ 2011. 11. 4.)",
		"出生日期：1979年3月12日":                              "出生日期：1979年",
		"我1979年3月12日出生。":                               "我1979年出生。",
		"The war (25.06.1950 – 27.07.1953) ended.":     "The war (25.06.1950 – 27.07.1953) ended.",
		"我们2009年5月到了中国。":                               "我们2009年5月到了中国。",
	})
	redactWith(t, "strict", map[string]string{
		"我们2009年5月到了中国。": "我们2000年代到了中国。",
	})
}

// A Chinese date is a birth date only with a word for birth in its own sentence; Japanese
// kana that the span takes with it stay beside the generalized year (and the city, now that
// the gazetteer knows Chongjin as 清津, is generalized as it is in any script).
func TestChineseDatesSentenceAndKana(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"出生日期：1979年3月12日\n我们2009年5月到了中国。": "出生日期：1979年\n我们2009年5月到了中国。",
		"我1979年3月12日出生。我们2009年5月到了中国。":    "我1979年出生。我们2009年5月到了中国。",
	})
	redactWith(t, "strict", map[string]string{
		"帰国事業で1960年に清津へ渡った。": "帰国事業で1960年代に[a city in North Hamgyong Province]へ渡った。",
	})
}

// Finding 16, Russian part: the street type comes first in a Russian address, in Cyrillic
// and in Latin letters; the house and flat numbers after it go with it.
func TestRussianStreetAddresses(t *testing.T) {
	cases := map[string]string{
		"Мы жили на улице Ленина, дом 5, кв. 12.":         "Мы жили на [address].",
		"We lived at ulitsa Lenina 5, kv. 12, that year.": "We lived at [address], that year.",
		// must not fire: a street without a number, a number of years.
		"Он жил на улице Ленина пять лет.": "Он жил на улице Ленина пять лет.",
		"На улице было 5 человек.":         "На улице было 5 человек.",
	}
	redactWith(t, "base", cases)
}
