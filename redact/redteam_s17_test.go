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
		"My daughter is in the 5th grade at Hanbit Elementary.": "My daughter is in [a school year] at [a school].", // the school year too since session 19
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
		"대성공사에서 조사를 받았어요. 합동신문센터에서 석 달 있었어요.":                  "대성공사에서 조사를 받았어요. 합동신문센터에서 [months] 있었어요.",
		"An officer of the Defense Intelligence Command came.": "An officer of the Defense Intelligence Command came.",
	})
}

// Ages listed after the first one: "aged 9 and 12" kept the 12.
func TestSession17AgeLists(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"her two daughters aged 9 and 12.": "her [daughters] under 10 and in their teens.",
		"children aged 3, 5 and 7.":        "children under 10, under 10 and under 10.",
		"My sons, aged 14 and 16, stayed.": "My sons, in their teens and in their teens, stayed.",
		"the boys were 9 and 12.":          "the boys were under 10 and in their teens.",
		"They were aged between 9 and 12.": "They were under 10 and in their teens.",
		// Must not fire: a count or a duration after the list's "and".
		"children aged 9 and 12 people came.":          "children under 10 and [people] came.",
		"She was aged 9 and 12 days later she died.":   "She was under 10 and [days] later she died.",
		"The boys were 9. We walked 12 km and rested.": "The boys were under 10. We walked 12 km and rested.",
	})
}

// Chat messages write given names in lower case; a church's titles are no kinship.
func TestSession17ChatNamesAndChurchTitles(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"i texted min-ji at night. tell jun-ho to wait.": "i texted [Person A] at night. tell [Person B] to wait.",
		// Must not fire: English hyphenated words of Korean-looking syllables.
		"it was so-so. my brother-in-law came. the yo-yo fell. a hi-fi set. an in-joke.": "it was so-so. my brother-in-law came. the yo-yo fell. a hi-fi set. an in-joke.",
		"We hid in a church run by Father Paul Kwon.":                                    "We hid in a church run by Father [Person A].",
		"We met Sister Maria Lee there.":                                                 "We met Sister [Person A] there.",
		"My Father Kim was strict.":                                                      "My Father [Relative A] was strict.",
		"His Brother Chol came.":                                                         "His Brother [Relative A] came.",
	})
}

// Korean read-outs: a phone number whose groups are joined by 에, and a teen age with 에.
func TestSession17KoreanReadOuts(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"엄마 전화번호는 공일공에 삼사오육에 칠팔구공이에요.": "엄마 전화번호는 [phone number]에요.",
		"사이에 오이를 샀어요. 일에 이사를 했어요.":     "사이에 오이를 샀어요. 일에 이사를 했어요.",
		"열여덟에 군대에 갔어요.":                "10대에 군대에 갔어요.",
		"열일곱에 탈북했어요.":                  "10대에 탈북했어요.",
		"열에 아홉은 잡혀요. 열두 시에 왔어요.":       "열에 아홉은 잡혀요. 열두 시에 왔어요.",
	})
}

// A capitalised name before a street type is the street's: "Songbong Street" was a person
// Song-bong and an address "Street".
func TestSession17StreetNames(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"We lived on Songbong Street.":               "We lived on [address].",
		"She lived at 14 Songbong Street in Hyesan.": "She lived at [address] in [a city in Ryanggang Province].",
		// Must not fire: a landmark with an ordinary word for a street type.
		"We met in Trafalgar Square.": "We met in Trafalgar Square.",
	})
}

// A kind of workplace is no workplace's name: "대학교" was read as 대 + 학교.
func TestSession17GenericKoreanWorkplaces(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"지금은 대학교에서 간호학을 공부하고 있어요.": "지금은 대학교에서 간호학을 공부하고 있어요.",
		"고등중학교를 졸업했어요.":            "고등중학교를 졸업했어요.",
		// Must not fire: named ones.
		"무산광산에서 일했어요.":      "[a workplace]에서 일했어요.",
		"혜산제1고등중학교를 졸업했어요.": "[a workplace]를 졸업했어요.",
	})
}

// A clause of Chinese prose that ends in a place, before a line of English, was read whole
// as the place ("现在住在京畿道安山市", now we live in Ansan, became "[a place]").
func TestSession17ChineseClauseBeforeEnglish(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"现在住在京畿道安山市。\nLast week she called.": "现在住在京畿道[a city in Gyeonggi Province]。\n[a date] she called.",
	})
}

// Names in lower case: a surname beside a hyphenated given name, and a whole name after a
// transfer's field, as forms and chat messages write them.
func TestSession17LowerCaseFullNames(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Name: sun-ok hwang":           "Name: [Person A]",
		"my friend sun-ok hwang came.": "my friend [Person A] came.",
		"i met kim min-ji today.":      "i met [Person A] today.",
		"account holder: kim chol":     "account holder: [Person A]",
		"recipient: pak yong-ho":       "recipient: [Person A]",
		"sender: ri chol jin":          "sender: [Person A]",
		// Must not fire: no name after the field, a surname-like word alone.
		"name: the bank":          "name: the bank",
		"the so-so kim was fine.": "the so-so kim was fine.",
	})
}

// Russian text of the North's loggers and of Koryo-saram: Korean names and the North's
// towns in Cyrillic were kept.
func TestSession17KoreanInCyrillic(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Мой бригадир, Ким Ён Чхоль, был из Хэсана.": "Мой бригадир, [Person A], был из [a city in Ryanggang Province].",
		"Пак Мён-Хи пришла. Мы жили в Чхонджине.":    "[Person A] пришла. Мы жили в [a city in North Hamgyong Province].",
		// Must not fire: the leaders, an interjection, a surname with no given syllables.
		"Ким Ир Сен был вождём. Ким Чен Ын выступал.": "Ким Ир Сен был вождём. Ким Чен Ын выступал.",
		"О Боже! Это было страшно.":                   "О Боже! Это было страшно.",
	})
}

// Russian: an age with the copula between the cue and the number, and sums.
func TestSession17RussianAgesAndSums(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Мне было 34 года.":               "Мне было 30–39 лет.",
		"Я получал 300 долларов в месяц.": "Я получал [100–500] долларов в месяц.",
		"Долг был 5 000 рублей.":          "Долг был [5,000–10,000] рублей.",
		// Must not fire: a count of years in prison is no age; a number with no currency.
		"Тогда было 5 лет тюрьмы. Нас было 12 человек.": "Тогда было 5 лет тюрьмы. Нас было 12 человек.",
	})
}

// A prisoner of war's Korean: his service number, his division with its arm, his rank.
func TestSession17KoreanPrisonerOfWar(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"저는 국군 제9보병사단 30연대 소속 일등병이었어요. 군번은 0123456이에요.": "저는 국군 [a military unit] [a military unit] 소속 [soldier]이었어요. 군번은 [ID number]이에요.",
		"제108기계화여단에 있었어요. 이등병으로 입대했어요.":                 "[a military unit]에 있었어요. [soldier]으로 입대했어요.",
	})
}

// A parent's name said the respectful way, syllable by syllable ("김 명자 철자"), was kept,
// and the word for the name (함자) was taken for a person.
func TestSession17SpelledHangulName(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"아버지 함자는 김 명자 철자예요.": "아버지 함자는 [Person A]예요.",
		"어머니 성함은 박 순자 희자예요.": "어머니 성함은 [Person A]예요.",
		"이 남자 여자 모두 왔어요.":    "이 남자 여자 모두 왔어요.",
	})
}
