package redact_test

import "testing"

// A name explained in apposition is a name, whatever its origin ("Xi, the broker's wife,");
// a sentence opener before the same words is not ("Later, the broker's wife, who ...").
func TestAppositionNames(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Xi, the broker's wife, hid us. Then Xi gave us rice.": "[Person A], the broker's wife, hid us. Then [Person A] gave us rice.",
		"Bolat, my cellmate, was from Kazakhstan.":             "[Person A], my cellmate, was from Kazakhstan.",
		"Sasha, the guard's son, who was nineteen, helped.":    "[Person A], the guard's son, who was in his teens, helped.",
		"Later, the broker's wife, who was kind, left.":        "Later, the broker's wife, who was kind, left.",
		"Luckily, my uncle, who lived nearby, came.":           "Luckily, my uncle, who lived nearby, came.",
		"Yes, my friend, I know. Putin, the president, spoke.": "Yes, my friend, I know. Putin, the president, spoke.",
		"Yes, the broker's wife was kind.":                     "Yes, the broker's wife was kind.",
	})
}

// Regressions a review of the second red-team round's fixes found: Boss Ri glued to his
// post, a named day without a year, and the possessive "s" beside a family's plural.
func TestSecondRoundReviewRegressions(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"리사장이 돈을 받았어요.":                                                "[Person A]이 돈을 받았어요.",
		"로동자였어요.":                                                      "로동자였어요.",
		"Two days before Kim Jong Il's funeral, my uncle disappeared.": "[a date], my uncle disappeared.",
		"The Zhangs lived above the shop. Ms Zhang's son had a car.":   "The [Person A] lived above the shop. Ms [Person A]'s son had a car.",
	})
}
