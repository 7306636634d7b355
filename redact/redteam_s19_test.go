package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// Pinyin written with its tone marks is read as the same pinyin without them: a broker's
// name copied from a Chinese contact list keeps its marks, and "Wáng Píng" was read as no
// name at all. Words with other accents, public figures and the Vietnamese words of
// address, which the Vietnamese passes read with their marks, are as before.
func TestSession19PinyinToneMarks(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Later Wáng Píng came.":              "Later [Person A] came.",
		"Zhāng Xiǎomíng helped us.":          "[Person A] helped us.",
		"Lǐ Xiǎolóng drove the car.":         "[Person A] drove the car.",
		"Lǚ Dōngbīn met us.":                 "[Person A] met us.",
		"Chén said no.":                      "[Person A] said no.",
		"Chen said no. Chén said yes.":       "[Person A] said no. [Person A] said yes.",
		"Zhang Xiaoming and Zhāng Xiǎomíng.": "[Person A] and [Person A].",
		"We stopped in Dàlián for a week.":   "We stopped in [a city in Liaoning Province] for a week.",
		// must not fire: other accents, a public figure, Vietnamese words of address (the
		// name after them is removed, the word stays), a premier in marks.
		"We drank café au lait. It was naïve.": "We drank café au lait. It was naïve.",
		"The résumé was late.":                 "The résumé was late.",
		"Xí Jìnpíng spoke on the radio.":       "Xí Jìnpíng spoke on the radio.",
		"Zhōu Ēnlái was premier then.":         "Zhōu Ēnlái was premier then.",
		"Bà Lan helped us.":                    "Bà [Person A] helped us.",
		"Dì Mai came.":                         "Dì [Person A] came.",
	})
}

// A sum written without its currency after one written with it is a sum too: the family's
// second payment tells as much as the first.
func TestSession19SumAfterASum(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"She paid 3,000 yuan to the broker, and later another 2,000 for the car.": "She paid [1,000–5,000 yuan] to the broker, and later another [1,000–5,000] for the car.",
		"She paid 3,000 yuan. Later she paid him 1,500 more.":                     "She paid [1,000–5,000 yuan]. Later she paid him [1,000–5,000] more.",
		"He asked $500 at first; the car cost 800.":                               "He asked [$500–$1,000] at first; the car cost [500–1,000].",
		"He sent 500 dollars and gave us 200 each.":                               "He sent [500–1,000 dollars] and gave us [100–500] each.",
		// must not fire: no sum with a currency before, a count of things, a small number,
		// a year, a distance.
		"She paid 2,000 for the room.":                           "She paid 2,000 for the room.",
		"She paid 3,000 yuan. We walked another 300 kilometres.": "She paid [1,000–5,000 yuan]. We walked another 300 kilometres.",
		"She paid 3,000 yuan. There were 150 of us.":             "She paid [1,000–5,000 yuan]. There were 150 of us.",
		"She paid 3,000 yuan. He gave us 20 for food.":           "She paid [1,000–5,000 yuan]. He gave us 20 for food.",
		// A count of soldiers is generalized as a count, not as a sum.
		"She paid 3,000 yuan, and another 1,500 soldiers came.": "She paid [1,000–5,000 yuan], and another [soldiers] came.",
	})
}

// Korean and Russian role words before a turn are roles, not names: "면접자:" (interviewer)
// and "Интервьюер:" were replaced as speakers' names. A name before a turn still is one.
func TestSession19RoleWordsAsTurnLabels(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"면접자: 어디에서 오셨어요?\n탈북민: 혜산에서 왔어요.":                "면접자: 어디에서 오셨어요?\n탈북민: [a city in Ryanggang Province]에서 왔어요.",
		"질문자: 언제요?\n답변자: 작년에요.":                          "질문자: 언제요?\n답변자: 작년에요.",
		"Интервьюер: Откуда вы?\nОпрошенный: Из Хесана.": "Интервьюер: Откуда вы?\nОпрошенный: Из [a city in Ryanggang Province].",
		// must not fire: a name before a turn.
		"김영희: 혜산에서 왔어요.": "[Speaker A]: [a city in Ryanggang Province]에서 왔어요.",
	})
}

// Chinese and Japanese street addresses keep no house, building, unit or room number, and a
// Japanese bank account number is an account number.
func TestSession19ChineseAndJapaneseAddresses(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"他住在和龙市光明路15号。":               "他住在[a city in Jilin Province][address]。",
		"我家在朝阳小区5栋2单元301室。":           "我家在[address]。",
		"我住在光明路23号3单元502室。":           "我住在[address]。",
		"東京都新宿区西新宿2丁目8番1号に住んでいました。":   "[a city in Japan]都[a place][address]に住んでいました。",
		"大阪市北区梅田3丁目1番1号に住んでいます。":      "[a city in Japan]北区[address]に住んでいます。",
		"住所は〒160-0023 新宿区西新宿1-2-3です。": "住所は[address] [a place][address]です。",
		"携帯は西新宿090-1234-5678です。":      "携帯は西新宿[phone number]です。",
		"私は302号室に住んでいます。":             "私は[address]に住んでいます。",
		"口座番号 1234567。":               "口座番号 [ID number]。",
		"みずほ銀行 新宿支店 普通 7654321。":      "みずほ銀行 新宿支店 普通 [ID number]。",
		"普通預金：7654321":                "普通預金：[ID number]",
		// must not fire: a day of the month, a flat's layout, a floor, a count, a short
		// number after 普通, an ordinary use of 普通.
		"3月5号我们走了。":    "3月5号我们走了。",
		"我们15号走的。":     "我们15号走的。",
		"房子是3室1厅。":     "房子是3室1厅。",
		"他住在3楼。":       "他住在3楼。",
		"普通の人でした。":     "普通の人でした。",
		"普通 12345 です。": "普通 12345 です。",
		"我们有30个人。":     "我们有30个人。",
	})
}

// A day and month in digits in Russian text is a date, and a height or a weight after its
// word is a physical description, as they are in English.
func TestSession19RussianDayAndBody(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Нас взяли 15.04 в 18:00 у деревни.": "Нас взяли [a date] в 18:00 у деревни.",
		"Мой рост 172 см, вес 60 кг.":        "Мой [a physical description], [a physical description].",
		"Он весил 55 кг, когда вернулся.":    "Он [a physical description], когда вернулся.",
		// must not fire: a decimal in English, a full date read otherwise, a rise in
		// prices, a weight of goods, a number not a day and month.
		"The rate was 15.04 per cent.": "The rate was 15.04 per cent.",
		"рост цен на 15 процентов.":    "рост цен на 15 процентов.",
		"вес груза 60 кг.":             "вес груза 60 кг.",
		"Хлеб стоил 12.05 рубля.":      "Хлеб стоил [10–50] рубля.", // a sum, not the 12th of May
	})
}

// A year of birth joined to "born" is a year, not an alphanumeric code ("[ID number]"), and a
// generalized year after an article reads as the year did.
func TestSession19BornYear(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"She is a 1998-born woman.": "She is a 1990s-born woman.",
		"He drove a 2009 model.":    "He drove a 2000s model.",
		"after the 2009 reform":     "after the 2000s reform",
		// must not fire: a code with a cue stays a code.
		"Her passport number is E1998-born.": "Her passport number is [ID number].",
	})
	redactWith(t, "base", map[string]string{"She is a 1998-born woman.": "She is a 1998-born woman."})
}

// A name with 네 (someone's family or house) and a particle after it ("박성민네랑", "김씨네랑",
// "김영희네와") is a name: only 네 with the case particles was read, and the rest leaked
// whole. Kin words and common nouns with the same endings stay.
func TestSession19HouseholdEndings(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"박성민네랑 같이 갔어요.": "[Person A]네랑 같이 갔어요.",
		"김영희네와 살았어요.":   "[Person A]네와 살았어요.",
		"최철수네만 남았어요.":   "[Person A]네만 남았어요.",
		"김씨네랑 같이 왔어요.":  "[Person A]씨네랑 같이 왔어요.",
		"박씨네하고 싸웠어요.":   "[Person A]씨네하고 싸웠어요.",
		// must not fire: kin words, common nouns and a neighbourhood with the same endings.
		"친구네랑 놀았어요. 장모네와 살았어요. 이모네만 남았어요. 우리 동네랑 비슷해요. 사장네랑 싸웠어요.": "친구네랑 놀았어요. 장모네와 살았어요. 이모네만 남았어요. 우리 동네랑 비슷해요. 사장네랑 싸웠어요.",
	})
}

// A year named by its zodiac animal in English or Chinese gives the year of birth, as the
// Korean 닭띠 does.
func TestSession19ZodiacYears(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"My son was born in the year of the rooster.": "My son was born in [a birth year].",
		"Year of birth: the year of the Ox.":          "Year of birth: [a birth year].",
		"2018 was the year of the dog.":               "the 2010s was [a year].",
		"我属鸡。":                                        "我[a birth year]。",
		// must not fire: the animals alone, a year of something else.
		"The rat ran across the yard. The ox was sold.": "The rat ran across the yard. The ox was sold.",
		"It was the year of the famine.":                "It was the year of the famine.",
		"他是家属。":                                         "他是家属。",
	})
}

// A known entry of Han characters and digits that the text (here the title) holds only the
// start of, cut off at its end, is no match: the literal matcher read past the end of the
// text and the run failed with an internal error (found by TestKnownEntriesOfExcerpts once
// gold 057 shifted its excerpts).
func TestSession19KnownLiteralAtTheEnd(t *testing.T) {
	p, err := policies.Load("pow")
	require.NoError(t, err)
	e, err := redact.New(p)
	require.NoError(t, err)
	doc := redact.Document{Title: "dress was 延吉市朝阳小", Text: "dress was 延吉市朝阳小区5栋2单元301室, ",
		Known: []redact.Known{{Text: "延吉市朝阳小区5栋2单元301室,", Category: redact.SensitiveTerm}}}
	red, err := e.Redact(doc)
	require.NoError(t, err)
	assert.NotContains(t, red.Text(), "301")
}

// Two entries listed for one testimony that overlap, a country ("Republic of Korea", whose
// generalization changes nothing) and a longer form with a word before it ("the Republic
// of"): the country won the overlap and was kept as it stood, which left the listed form
// readable and failed the run's residual check. The winner is removed instead.
func TestSession19KnownFormOverAKeptPlace(t *testing.T) {
	p, err := policies.Load("defector-family")
	require.NoError(t, err)
	e, err := redact.New(p)
	require.NoError(t, err)
	doc := redact.Document{Text: "We waited until the embassy of the Republic of Korea sent someone.",
		Known: []redact.Known{{Text: "Republic of Korea", Category: redact.Place}, {Text: "the Republic of", Category: redact.Workplace}}}
	red, err := e.Redact(doc)
	require.NoError(t, err)
	assert.NotContains(t, red.Text(), "Republic")
	// Listed alone, the country stays readable.
	red, err = e.Redact(redact.Document{Text: doc.Text, Known: doc.Known[:1]})
	require.NoError(t, err)
	assert.Contains(t, red.Text(), "Republic of Korea")
}

// A relative's job said in Korean is a quasi-identifier as "her husband is a border guard"
// is, and a nickname given with 라고 했어요 after an object is a nickname as with 불렀어요.
func TestSession19KoreanJobsAndNicknames(t *testing.T) {
	redactWith(t, "defector-family", map[string]string{
		"우리 어머니는 인민반장이었어요.":    "우리 어머니는 [occupation]이었어요.",
		"아버지는 보위부 지도원이었어요.":    "아버지는 보위부 [occupation]이었어요.",
		"오빠는 군관이었는데 제대했어요.":    "오빠는 [occupation]이었는데 제대했어요.",
		"사람들이 그 여자를 여우라고 했어요.": "사람들이 그 여자를 [removed]라고 했어요.",
		// must not fire: the speaker's own job, a job not said of a relative, a job noun as
		// an object, a background, what someone said.
		"저는 교원이었어요.":            "저는 교원이었어요.",
		"그 사람은 보위원이었어요.":        "그 사람은 보위원이었어요.",
		"어머니는 의사를 불렀어요.":        "어머니는 의사를 불렀어요.",
		"아버지는 군인 출신이에요.":        "아버지는 군인 출신이에요.",
		"그는 빨리 가자라고 했어요.":       "그는 빨리 가자라고 했어요.",
		"엄마가 괜찮다라고 했어요.":        "엄마가 괜찮다라고 했어요.",
		"우리는 그 사람을 선생님이라고 했어요.": "우리는 그 사람을 선생님이라고 했어요.",
	})
}

// An ordinal that counts a person is generalized where it counts one, and not spread to the
// text's other uses of the word: "The [first] time I saw him" was the propagated copy.
func TestSession19OrdinalNotSpread(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"He was the first defector from our village. The first time I saw him, he was thin.": "He was the [nth] defector from our village. The first time I saw him, he was thin.",
	})
}

// A year written short is generalized as the same year written whole: under the policies
// that keep dates to the year, "born in '71" came out "born in 1971" where "born in 1971"
// comes out "born in the 1970s".
func TestSession19ShortYearAsWhole(t *testing.T) {
	for _, policy := range []string{"defector-family", "pow", "strict"} {
		redactWith(t, policy, map[string]string{
			"She was born in '71 in the north.": "She was born in the 1970s in the north.",
			"We left in ’98.":                   "We left in the 1990s.",
		})
	}
	redactWith(t, "defector-family", map[string]string{"It was the spring of '15.": "It was 2015."}) // as "the spring of 2015"
}

// A year written short after "born" or "of" is a year as after "in".
func TestSession19ShortYearAfterBornOrOf(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Born '92, she left at sixteen.": "Born the 1990s, she left as a teenager.",
		"It was the winter of '97.":      "It was the 1990s.", // as "the winter of 1997"
		// must not fire: a count after "of".
		"One of 07 was late. It was one of 3 cases.": "One of 07 was late. It was one of 3 cases.",
	})
}

// A lost sense or limb said in Korean with 한쪽 (one side) is a physical description, as
// "blind in one eye" is.
func TestSession19KoreanLostSide(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"오빠가 한쪽 눈이 안 보여요.": "오빠가 [a physical description].",
		"한쪽 귀가 안 들려요.":     "[a physical description].",
		"한쪽 다리를 잃었어요.":     "[a physical description].",
		// must not fire: an eye closed, a direction, a small eye.
		"한쪽 눈을 감았어요. 한쪽으로 갔어요. 한쪽 눈이 좀 작아요.": "한쪽 눈을 감았어요. 한쪽으로 갔어요. 한쪽 눈이 좀 작아요.",
	})
}

// What singles someone out in a small group, said in Korean, is a distinctive detail as "the
// only doctor in our village" is.
func TestSession19KoreanOnlyInGroup(t *testing.T) {
	redactWith(t, "defector-family", map[string]string{
		"우리 집은 인민반에서 제일 큰 집이었어요.": "우리 집은 인민반에서 [a distinctive detail]이었어요.",
		"아버지는 마을에서 유일한 의사였어요.":    "아버지는 마을에서 [a distinctive detail]였어요.",
		"동네에서 하나뿐인 피아노가 있었어요.":    "동네에서 [a distinctive detail]가 있었어요.",
		// must not fire: the world or a country, an adverb after 제일.
		"세상에서 제일 좋은 사람이에요. 학교에서 제일 먼저 갔어요. 한국에서 제일 큰 도시예요.": "세상에서 제일 좋은 사람이에요. 학교에서 제일 먼저 갔어요. 한국에서 제일 큰 도시예요.",
	})
}

// A pupil's or student's school year is an age to the year, as a child's age is.
func TestSession19SchoolYear(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"My daughter is in the 11th grade now.":   "My daughter is in [a school year] now.",
		"Her son is a second-year student there.": "Her son is [a school year] student there.",
		"He is in Year 9.":                        "He is in [a school year].",
		"She was a 7th grader.":                   "She was a [a school year].",
		"딸은 지금 고등학교 2학년이에요.":                      "딸은 지금 고등학교 [a school year]이에요.",
		// must not fire: grades of goods and marks, a year in four digits, a plan.
		"It was grade A rice. The grades were good. The first-year plan failed.": "It was grade A rice. The grades were good. The first-year plan failed.",
	})
	redactWith(t, "base", map[string]string{"My daughter is in the 11th grade now.": "My daughter is in the 11th grade now."})
}

// A day of the month said alone and the ordinal of a birthday date and age someone: "captured
// on the 14th, two days after my 23rd birthday".
func TestSession19DayAndBirthdayOrdinals(t *testing.T) {
	redactWith(t, "pow", map[string]string{
		"We were captured on the 14th, at dawn.":  "We were captured [a date], at dawn.",
		"It was two days after my 23rd birthday.": "It was [days] after my [nth] birthday.",
		// must not fire: a floor, a first birthday party, an ordinal of something else.
		"He lived on the 14th floor.": "He lived on the 14th floor.",
		"We had a birthday party.":    "We had a birthday party.",
	})
}

// More occupations after a work cue: "works as a crane operator", "I am a cadre".
func TestSession19MoreOccupations(t *testing.T) {
	redactWith(t, "defector-family", map[string]string{
		"My mother works as a crane operator.": "My mother works as a [occupation].",
		"My uncle was a blacksmith.":           "My uncle was a [occupation].",
		// must not fire: an operator that is no one's job.
		"The smooth operator left.": "The smooth operator left.",
	})
}

// A time fixed by a public event dates what happened then as the date written out would.
func TestSession19EventAnchoredDates(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"We crossed the day Kim Jong Il died.":                       "We crossed [a date].",
		"The twins were born the year the Olympics came to Beijing.": "The twins were born [a date].",
		"The year of the currency reform was hard.":                  "The year of the currency reform was hard.", // a period, kept as the gold keeps public events
		"김정일이 죽던 날 강을 건넜어요.":                                         "[a date] 강을 건넜어요.",
		// must not fire: the event itself, a time word alone, a time of something else.
		"Kim Jong Il died in 2011. The day was cold. The day that we left was cold.": "Kim Jong Il died in the 2010s. The day was cold. The day that we left was cold.",
	})
}
