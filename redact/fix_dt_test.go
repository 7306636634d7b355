package redact_test

import (
	"testing"

	"github.com/testimony-archive/testimony/redact"
)

// A burn on a body part, a lost eye or ear, a stump: a guard or a neighbour is known by them
// as by a scar. "Burn" as a verb, a tree's stump and "blind" and "deaf" as figures of speech
// stay readable. defector-family keeps physical descriptions readable, as before.
func TestBurnsAndLostSenses(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"The guard was Sergeant Ryom, the one with the burn on his left hand.": "The guard was [non-commissioned officer] [Person A], the one with [a physical description].",
		"She was blind in one eye.":           "She was [a physical description].",
		"He was deaf in his left ear.":        "He was [a physical description].",
		"He had burns on his arms.":           "He had [a physical description].",
		"There were burn marks on her neck.":  "There were [a physical description].",
		"An old burn across his back.":        "[a physical description].",
		"He had a burn scar on his cheek.":    "He had [a physical description].",
		"The one-eyed guard took it.":         "The [a physical description] guard took it.",
		"The stump of his right arm was raw.": "[a physical description] was raw.",
		"They burn the letters on the hill.":  "They burn the letters on the hill.",
		"It burns on the skin.":               "It burns on the skin.",
		"He got a burn notice.":               "He got a burn notice.",
		"We sat on a tree stump.":             "We sat on a tree stump.",
		"The stump of a pine.":                "The stump of a pine.",
		"It was blind loyalty.":               "It was blind loyalty.",
		"He turned a deaf ear to us.":         "He turned a deaf ear to us.",
		"One armed guard stood at the gate.":  "One armed guard stood at the gate.",
		"A burn on the stove is nothing.":     "A burn on the stove is nothing.",
		"They were blind in their devotion.":  "They were blind in their devotion.",
	})
	redactWith(t, "pow", map[string]string{
		"She was blind in one eye.": "She was [removed].",
	})
	redactWith(t, "defector-family", map[string]string{
		"She was blind in one eye.": "She was blind in one eye.",
	})
	ko := func(in string) redact.Document { return redact.Document{Text: in, Language: "ko"} }
	redactDocs(t, "strict", map[string]string{
		"왼팔에 화상이 있어요.":     "[a physical description]이 있어요.",
		"그 사람은 애꾸눈이었어요.":   "그 사람은 [a physical description]이었어요.",
		"얼굴을 화상으로 봤어요.":    "얼굴을 화상으로 봤어요.",
		"그날 화상 통화를 했어요.":   "그날 화상 통화를 했어요.",
		"언제 왔어요? 애들이 많아요.": "언제 왔어요? 애들이 많아요.",
	}, ko)
}

// A lunar day without its month ("the 12th of the lunar month") or with the month said by
// its moon ("the twelfth day of the first moon") dates a birth as the other lunar dates do.
func TestLunarDayForms(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"My son was born on the 12th of the lunar month.":     "My son was born on [a date].",
		"We left on the 3rd day of the lunar month.":          "We left on [a date].",
		"He was born on the twelfth day of the first moon.":   "He was born on [a date].",
		"She died on the 15th of the twelfth lunar month.":    "She died on [a date].",
		"The lunar month is short.":                           "The lunar month is short.",
		"By the second moon we had no food.":                  "By the second moon we had no food.",
		"The full moon rose over the first moon of the year.": "The full moon rose over the first moon of the year.",
	})
	// A birth date goes under base as well: it has no year to keep.
	redactWith(t, "base", map[string]string{
		"My son was born on the 12th of the lunar month.": "My son was born on [a date].",
		"We left on the 3rd day of the lunar month.":      "We left on the 3rd day of the lunar month.",
	})
}
