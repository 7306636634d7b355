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
		"A burn on the back of the truck.":    "A burn on the back of the truck.",
		"A scar on the back of his neck.":     "[a physical description].",
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

// The only or last person of a kind in a group or a small place, and a thing only one
// household had in a street, single someone out ("the first ..." is the ordinal's, which
// gives "[nth]"). Ordinary phrases, landmarks and public facts stay readable.
func TestSingledOutInGroup(t *testing.T) {
	redactWith(t, "defector-family", map[string]string{
		"She was the only woman in the unit.":                                        "She was [a distinctive detail].",
		"We had the only piano in the street.":                                       "We had [a distinctive detail].",
		"I was the last man in my platoon.":                                          "I was [a distinctive detail].",
		"She was the only Christian on our block.":                                   "She was [a distinctive detail].",
		"In the last one, from April, she wrote.":                                    "In the last one, from [a date], she wrote.",
		"He was the only person in our family with money.":                           "He was the only person in our family with money.",
		"Her neighbour, the only seamstress on Wiyon-dong's third block, told them.": "Her neighbour, the [a distinctive detail] on [a place]'s third block, told them.",
		"She was the only woman in Congress.":                                        "She was the only woman in Congress.",
		"That was the only way out.":                                                 "That was the only way out.",
		"It is the only thing I remember.":                                           "It is the only thing I remember.",
		"It was the only time we met.":                                               "It was the only time we met.",
		"It was the only option.":                                                    "It was the only option.",
		"The last day of the war.":                                                   "The last day of the war.",
		"We flew from the only airport in Pyongyang.":                                "We flew from the only airport in Pyongyang.",
		"We bought rice at the only shop in the village.":                            "We bought rice at the only shop in the village.",
		"The only blue gate in the lane.":                                            "The only blue gate in the lane.",
		"She was the only woman to leave.":                                           "She was the only woman to leave.",
		"He was the only man in China who helped.":                                   "He was the only man in China who helped.",
	})
	redactWith(t, "strict", map[string]string{
		"She was the only woman in the unit.": "She was [removed].",
		"I was the last man in my platoon.":   "I was [removed].",
		// The ordinal is the military detector's, which leaves the rest readable.
		"He was the first defector from our village.": "He was the [nth] defector from our village.",
		// The place goes to its county; the rest of the description is removed.
		"My father was the only one with a car in Musan.": "My father was the [removed] in [a county in North Hamgyong Province].",
	})
	// base keeps quasi-identifiers.
	redactWith(t, "base", map[string]string{
		"She was the only woman in the unit.": "She was the only woman in the unit.",
	})
}
