package redact_test

import "testing"

// Session 17's own probes: what an escapee says of her arrival and her children's school.
func TestSession17Probes(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		// A flight's number with its date names the passengers on its list.
		"I arrived on flight KE 652.":        "I arrived on flight [ID number].",
		"She flew on OZ 102 from Bangkok.":   "She flew on [ID number] from [a city in Thailand].",
		"Flight CA123 was late.":             "Flight [ID number] was late.",
		"We took flight 7C1102.":             "We took flight [ID number].",
		"항공편 KE652를 탔어요.":                    "항공편 [ID number]를 탔어요.",
		"我坐了航班 CZ6079。":                      "我坐了航班 [ID number]。",
		"The flight took 2 hours.":           "The flight took [hours].",
		"After the flight we ate at 8 pm.":   "After the flight we ate at 8 pm.",
		"Our flight left from Gate 12 late.": "Our flight left from Gate 12 late.",
		// A school named by its level alone.
		"My daughter is in the 5th grade at Hanbit Elementary.": "My daughter is in the 5th grade at [a school].",
		"The Elementary years were hard.":                       "The Elementary years were hard.",
		// "teaches at" names no subject taught.
		"My niece teaches at Daedong Elementary School.": "My niece teaches at [a school].",
		"He taught near the border for years.":           "He taught near the border for years.",
		// A Hangul place "bound for" or "from": the place, not a person.
		"인천행 비행기를 탔어요.":            "[a city in South Korea]행 비행기를 탔어요.",
		"혜산발 기차를 탔어요.":             "[a city in Ryanggang Province]발 기차를 탔어요.",
		"심양행 열차였어요.":               "[a city in Liaoning Province]행 열차였어요.",
		"여행을 갔어요. 은행에 갔어요. 출발했어요.": "여행을 갔어요. 은행에 갔어요. 출발했어요.",
	})
}

// A returned prisoner of war's testimony: the bodies that questioned him are public and
// stay; the old name of his wife's town is a place, not a person.
func TestSession17PrisonerOfWar(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"She was from Unggi.":                   "She was from [a city in North Korea].",
		"웅기에서 왔어요. 선봉군 사람이에요.":                  "[a city in North Korea]에서 왔어요. [a city in North Korea] 사람이에요.",
		"They questioned me at Daesung Gongsa.": "They questioned me at Daesung Gongsa.",
		"대성공사에서 조사를 받았어요. 합동신문센터에서 석 달 있었어요.":                  "대성공사에서 조사를 받았어요. 합동신문센터에서 석 달 있었어요.",
		"An officer of the Defense Intelligence Command came.": "An officer of the Defense Intelligence Command came.",
	})
}
