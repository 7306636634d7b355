package redact_test

import "testing"

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
