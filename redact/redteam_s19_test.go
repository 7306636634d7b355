package redact_test

import "testing"

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
