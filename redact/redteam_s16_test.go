package redact_test

import (
	"testing"

	"github.com/testimony-archive/testimony/redact"
)

// A capital word, then at most two lower-case words, then a workplace noun names a local
// workplace ("Nampo glass factory"); a pronoun or a verb between them makes it a sentence
// about a workplace, whose subject may be a public figure who must stay readable.
func TestLocalWorkplaceIsNoSentence(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Kim Jong-il visited our mine.":          "Kim Jong-il visited our mine.",
		"Kim Il-sung toured my factory.":         "Kim Il-sung toured my factory.",
		"Then Jong-su inspected their farm.":     "Then [Person A] inspected their farm.",
		"She worked at the Nampo glass factory.": "She worked at the [a factory].",
		"He was sent to Musan iron mine.":        "He was sent to [a mine].",
	})
}

// A vehicle's number plate leads to its owner: a South Korean plate, a North Korean one
// after its province's short name, a Chinese one after its province's character, and any
// number after a plate word. Numbers that only look alike stay.
func TestNumberPlates(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"My truck plate was 평북 3-4512.":     "My truck plate was [ID number].",
		"His car was 12가 3456, a grey one.": "His car was [ID number], a grey one.",
		"The car, 서울 34나 5678, was his.":    "The car, [ID number], was his.",
		"The truck had 평양 1-2345 on it.":    "The truck had [ID number] on it.",
		"The broker's van was 吉H12345.":     "The broker's van was [ID number].",
		"The broker's van was 吉H·A1234.":    "The broker's van was [ID number].",
		"His plate was 4471.":               "His plate was [ID number].",
		"차 번호판은 3-4512였어요.":                 "차 번호판은 [ID number]였어요.",
		"Plate: 吉C8K215, white.":            "Plate: [ID number], white.",
		// must not fire
		"We ate 12가지 dishes.":      "We ate 12가지 dishes.",
		"There were 30명 in 2019.":  "There were 30명 in the 2010s.",
		"She broke a plate.":       "She broke a plate.",
		"Route 3-4512 was closed.": "Route 3-4512 was closed.",
	})
}

// Given-name syllables the romanized list lacked (갑 gap, 익 ik, 욱 uk, 섭 seop, ...): a
// full name with one of them after a surname that is also an English word ("Oh", "Han")
// leaked whole, and a hyphenated given name alone leaked or became two people.
func TestGivenSyllablesOnceMissing(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Oh Gap-su stayed in the town.":      "[Person A] stayed in the town.",
		"We waited for Han Yong-ik.":         "We waited for [Person A].",
		"Gap-su stayed in the town.":         "[Person A] stayed in the town.",
		"We waited for Yong-ik.":             "We waited for [Person A].",
		"Then Dongwook and Bo-ram came.":     "Then [Person A] and [Person B] came.",
		"Lee Gap-su, called Ri Kap-su, hid.": "[Person A], called [Person A], hid.",
		// must not fire: the words alone
		"Oh, the gap was wide.": "Oh, the gap was wide.",
		"Han rule ended there.": "Han rule ended there.",
	})
}

// A joined given name alone ("Then Jeonghyuk came") is a name when it spells a listed
// Hangul given name (정혁) in Korean syllables; English words that split into syllables
// too, and romanized Korean common words, stay. Spellings of one syllable ("hyun" and
// "hyeon", "woo" and "u") give one person.
func TestJoinedGivenNameAlone(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Then Jeonghyuk came back.":              "Then [Person A] came back.",
		"I met Minjun and Seoyeon at the river.": "I met [Person A] and [Person B] at the river.",
		"Hyunwoo said it. Hyeon-u left.":         "[Person A] said it. [Person A] left.",
		// must not fire
		"Juche was taught every day.":   "Juche was taught every day.",
		"Book was the word he used.":    "Book was the word he used.",
		"Side by side we walked.":       "Side by side we walked.",
		"Gain nothing, lose nothing.":   "Gain nothing, lose nothing.",
		"Rare things happened.":         "Rare things happened.",
		"Samsung phones were smuggled.": "Samsung phones were smuggled.",
	})
}

// What someone teaches is a quasi-identifier; "taught every day" and a passive "was
// taught" say nothing of anyone's job.
func TestTaughtIsNotAlwaysAJob(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"She taught music at a kindergarten.": "She [removed].",
		"Maths was taught every day.":         "Maths was taught every day.",
		"He teaches every child the anthem.":  "He teaches every child the anthem.",
	})
}

// A month given by its number, with its day or year, is a date as "15 August" is.
func TestNumberedMonth(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"On the 15th of the 8th month we left.":             "On [a date] we left.",
		"On the fifteenth day of the eighth month we left.": "On [a date] we left.",
		"In the 8th month of 2003 we left.":                 "In the 2000s we left.",
		// must not fire: no day, no year
		"By the third month she could walk.": "By the third month she could walk.",
	})
}

// Hangul given-name syllables the list lacked (갑, 대, 권, 관, ...): a full name after "이름은"
// or before "이라고" leaked.
func TestHangulGivenSyllablesOnceMissing(t *testing.T) {
	redactDocs(t, "strict", map[string]string{
		"이름은 김대호, 서른 살이에요.": "이름은 [Person A], 30대예요.",
		"그 사람은 박권일이라고 했어요.": "그 사람은 [Person A]이라고 했어요.",
		"아버지 이름은 최관수였어요.":   "아버지 이름은 [Person A]였어요.",
		// must not fire
		"대문이 열려 있었어요.": "대문이 열려 있었어요.",
	}, func(in string) redact.Document { return redact.Document{Text: in, Language: "ko"} })
}

// A Korean count of years or months is a length of time, as "eight years" is: "[years]",
// not "[a date]"; with 에, or of 50 or more, it is a year said short.
func TestKoreanDurations(t *testing.T) {
	redactDocs(t, "strict", map[string]string{
		"탄광에서 40년 일하셨어요.":   "탄광에서 [years] 일하셨어요.",
		"감옥에서 2년 6개월 있었어요.": "감옥에서 [years] [months] 있었어요.",
		"40년에 태어났어요.":       "[a date]에 태어났어요.",
	}, func(in string) redact.Document { return redact.Document{Text: in, Language: "ko"} })
}

// Ages in a list or table of relatives, and ages written "71 y/o", "12yo".
func TestAgesInListsOfRelatives(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"- Mother, Ryu Ok-sun, 71\n- Father, 74\n": "- Mother, [Relative A], in her 70s\n- Father, in his 70s\n",
		"- Mother: 71\n- Sister – 45 – home\n":     "- Mother: in her 70s\n- Sister – in her 40s – home\n",
		"| Mother | 71 |\n":                        "| Mother | in her 70s |\n",
		"| Song-i | sister | 34 |\n":               "| [Person A] | sister | in her 30s |\n",
		"- Brother: 71 y/o\n- Son 12yo\n":          "- Brother: in his 70s\n- Son in his teens\n",
		// must not fire: counts, years, list numbers
		"- Mother: 3 children\n":     "- Mother: [children]\n",
		"- Father: 1998\n":           "- Father: the 1990s\n",
		"Mother: 2. 139 4433 2817\n": "Mother: 2. [phone number]\n",
		"- Step 4\n":                 "- Step 4\n",
	})
}

// A person's height, weight and shoe size describe the body as a scar does.
func TestBodyMeasures(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"He was 5'4\" and 120 lbs.":      "He was [a physical description] and [a physical description].",
		"She is 1m72, I am 1.68 m tall.": "She is [a physical description], I am [a physical description].",
		"He weighed about 110 pounds.":   "He weighed about [a physical description].",
		"He wore size 270 shoes.":        "He wore [a physical description].",
		"키는 172센티미터이고 몸무게는 65킬로그램이었어요.": "키는 [a physical description]이고 몸무게는 [a physical description]이었어요.",
		// must not fire: a sack's weight, a sum in pounds
		"쌀 20킬로그램을 샀어요.":      "쌀 20킬로그램을 샀어요.",
		"We paid 110 pounds.": "We paid [100–500 pounds].",
	})
}

// "the train number was 8" is no age.
func TestThingNumbersAreNoAges(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"The train number was 8.": "The train number was 8.",
		"My son was 8.":           "My son was under 10.",
	})
}

// Markdown emphasis with underscores is no handle.
func TestEmphasisIsNoHandle(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"_Jin-hee_ lives here.": "_[Person A]_ lives here.",
		"__Chol-su__ came.":     "__[Person A]__ came.",
		// must still fire
		"My WeChat is jimin_ now.": "My WeChat is [handle] now.",
		"Her ID: kim_88.":          "Her ID: [handle].",
	})
}
