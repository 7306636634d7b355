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

// Rivers, mountains and public things named after a town are public names, not the town:
// "the Tumen" is the river, "Mount Kumgang" the mountain, "Hwasong-15" a missile. The town
// itself, and a town used as an adjective of a private thing, are still generalized.
func TestRedteamPlcPublicNames(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"We crossed the Tumen at night.":       "We crossed the Tumen at night.",
		"The Taedong flows through Pyongyang.": "The Taedong flows through Pyongyang.",
		"They sang the song of the Tumen.":     "They sang the song of the Tumen.",
		"We waded the Taedong River.":          "We waded the Taedong River.",
		"Mount Kumgang tours were popular.":    "Mount Kumgang tours were popular.",
		"Mount Paektu is high.":                "Mount Paektu is high.",
		"The Hwasong-15 missile was tested.":   "The Hwasong-15 missile was tested.",
		"The Third Geneva Convention applies.": "The Third Geneva Convention applies.",
		"The Cheonan sinking was a shock.":     "The Cheonan sinking was a shock.",
		"The Kumgang Mountains are steep.":     "The Kumgang Mountains are steep.",
		// must not fire: the towns themselves
		"He lives in Tumen with his aunt.":  "He lives in [a city in Jilin Province] with his aunt.",
		"I grew up in Kumgang.":             "I grew up in [a county in Kangwon Province].",
		"The Hyesan market was big.":        "The [a city in Ryanggang Province] [a market] was big.",
		"We went from the Tumen to Hyesan.": "We went from the Tumen to [a city in Ryanggang Province].",
		"She moved to Cheonan in 2010.":     "She moved to [a city in South Chungcheong Province] in the 2010s.",
		"The Musan mine closed.":            "The [a mine] closed.",
		"They met the Hyesan people.":       "They met the [a city in Ryanggang Province] people.",
	})
	redactWith(t, "base", map[string]string{
		"The Kaesong Industrial Complex closed.": "The Kaesong Industrial Complex closed.",
	})
}

// The province, country or city named right after a place says which place of that name it
// is: "Pocheon, Gyeonggi Province" is not Pochon in Ryanggang. A dong or ri named after a
// town lies in the city or county named after it.
func TestRedteamPlcNamesakes(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"I was placed in Pocheon, Gyeonggi Province.":  "I was placed in [a place in Gyeonggi Province], Gyeonggi Province.",
		"He lives in Suncheon, South Jeolla.":          "He lives in [a place in South Jeolla Province], South Jeolla.",
		"Goseong, Gangwon is near the sea.":            "[a place in Gangwon Province], Gangwon is near the sea.",
		"We moved to Cheorwon, South Korea.":           "We moved to [a place in South Korea], South Korea.",
		"She studied in Jeongju, North Jeolla.":        "She studied in [a place in North Jeolla Province], North Jeolla.",
		"They rented a room in Sinchon in Seoul.":      "They rented a room in [a district of Seoul] in Seoul.",
		"She lived in Sinhung-ri, Kimhyongjik County.": "She lived in [a county in Ryanggang Province].",
		"Sosong-ri, Musan County was small.":           "[a county in North Hamgyong Province] was small.",
		// must not fire: the place is in the province named, or the places are a list
		"I was born in Hyesan, Ryanggang Province.":  "I was born in [a city in Ryanggang Province], Ryanggang Province.",
		"We went to Hyesan, Pyongyang and Chongjin.": "We went to [a city in Ryanggang Province], Pyongyang and [a city in North Hamgyong Province].",
		"She went to Musan, China and Russia.":       "She went to [a county in North Hamgyong Province], China and Russia.",
		"Beijing, Moscow, Seoul, Singapore.":         "Beijing, Moscow, Seoul, Singapore.",
		"They lived in Yanji, Jilin.":                "They lived in [a city in Jilin Province], Jilin.",
		"I lived in Pochon.":                         "I lived in [a county in Ryanggang Province].",
		"We lived in Sinhung-ri.":                    "We lived in [a county in South Hamgyong Province].",
	})
}

// The units below a city that an address names after it (a district, a dong, a workers'
// district, a people's unit) go with the city into one place; numbered dongs and ri go
// too.
func TestRedteamPlcSubunits(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		// The numbered people's unit is also an address (houseNumbers), removed where places stay.
		"삼촌은 청진시 수남구역 신암동 3인민반에 살아요.":           "삼촌은 [a city in North Hamgyong Province] [address]에 살아요.",
		"언니는 회령시 유선노동자구에 살아요.":                  "언니는 [a city in North Hamgyong Province]에 살아요.",
		"청진시 수남구역에서 살았어요.":                      "[a city in North Hamgyong Province]에서 살았어요.",
		"I lived in Sanggye 3-dong, Pyongyang.": "I lived in [a district of Pyongyang], Pyongyang.",
		"And 1-ri, Saepyol.":                    "And [a county in North Hamgyong Province].",
		// must not fire
		"혜산시 친구가 왔어요.":               "[a city in Ryanggang Province] 친구가 왔어요.",
		"회령시 사람들이 많아요.":              "[a city in North Hamgyong Province] 사람들이 많아요.",
		"무산군 리에서.":                   "[a county in North Hamgyong Province] 리에서.",
		"양강도 혜산시에 살았어요.":             "양강도 [a city in Ryanggang Province]에 살았어요.",
		"I was in the 3-day course.": "I was in the [days] course.",
		"He scored 3-1 in Hyesan.":   "He scored 3-1 in [a city in Ryanggang Province].",
	})
}

// A numbered neighbourhood unit (inminban, some twenty to forty households) is part of an
// address, in English and in Korean; the word without a number, and the unit's head, stay.
func TestNeighbourhoodUnitNumbers(t *testing.T) {
	cases := map[string]string{
		"We lived in 5 inminban.":                           "We lived in [address].",
		"Later in inminban 12, near the station.":           "Later in [address], near the station.",
		"My aunt was in the 3rd inminban.":                  "My aunt was in the [address].",
		"We moved to Inminban No. 4.":                       "We moved to [address].",
		"She was the 5th people's unit head.":               "She was the [address] head.",
		"우리는 5인민반이었어요.":                                     "우리는 [address]이었어요.",
		"12 인민반에 살았어요.":                                     "[address]에 살았어요.",
		"The inminban head came every week.":                "The inminban head came every week.",
		"Inminban meetings were on Saturdays.":              "Inminban meetings were on Saturdays.",
		"The people's unit leaders reported to the police.": "The people's unit leaders reported to the police.",
		"인민반장이 왔어요. 인민반 회의가 있었어요.":                          "인민반장이 왔어요. 인민반 회의가 있었어요.",
	}
	redactWith(t, "base", cases)
}
