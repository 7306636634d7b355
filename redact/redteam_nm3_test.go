package redact_test

import "testing"

// Chinese surnames that are also English words ("He", "Long", "Ma", "Dong") are names when
// the context says so: a capitalised pinyin given name after them, a familiar prefix before
// them ("Old", "Little", "Lao", "Xiao"), a role in apposition after them. The same words in
// ordinary use stay.
func TestWordSurnamesInContext(t *testing.T) {
	cases := map[string]string{
		"Dong, the driver, took us to the river.": "[Person A], the driver, took us to the river.",
		"Then Dong, the driver, left.":            "Then [Person A], the driver, left.",
		"Long, the trader, took the money.":       "[Person A], the trader, took the money.",
		"He Jun met us at the station.":           "[Person A] met us at the station.",
		"We met He Jun at the station.":           "We met [Person A] at the station.",
		"Ma Jun sold us rice.":                    "[Person A] sold us rice.",
		"Dong Mei cooked for us.":                 "[Person A] cooked for us.",
		"We met Chang Wei there.":                 "We met [Person A] there.",
		"Wang Jun met us.":                        "[Person A] met us.",
		"Long Wei said the road was closed.":      "[Person A] said the road was closed.",
		"Old Ma sold the phone.":                  "Old [Person A] sold the phone.",
		"We paid old Ma for the ride.":            "We paid old [Person A] for the ride.",
		"Lao Ma drove the truck.":                 "Lao [Person A] drove the truck.",
		"Xiao Dong carried the bags.":             "Xiao [Person A] carried the bags.",
		"Little Long was the broker's son.":       "Little [Person A] was the broker's son.",
		"We waited for Mr. He at the market.":     "We waited for Mr. [Person A] at the market.",
		"Old He drove. He said nothing.":          "Old [Person A] drove. He said nothing.",
		// must not fire: the words in ordinary use
		"He said the long road was dangerous.":  "He said the long road was dangerous.",
		"My ma cried when we left.":             "My ma cried when we left.",
		"Ma said we should go.":                 "Ma said we should go.",
		"It was a long night and he slept.":     "It was a long night and he slept.",
		"He, the driver, said nothing.":         "He, the driver, said nothing.",
		"Long, long ago we lived by the river.": "Long, long ago we lived by the river.",
		"The old man sold the phone.":           "The old man sold the phone.",
		"Little did he know what would happen.": "Little did he know what would happen.",
		"So Jun left early.":                    "So [Person A] left early.",
		"In Jun's house we slept.":              "In [Person A]'s house we slept.",
		"He left on Jun 5 with the others.":     "He left on [a date] with the others.",
		"Long Live the Party, they shouted.":    "Long Live the Party, they shouted.",
		// the pronoun stays one though the text names a He
		"He Jun met us. He said nothing.":            "[Person A] met us. He said nothing.",
		"Dong, the broker, came. Dong said to wait.": "[Broker A], the broker, came. [Broker A] said to wait.",
	}
	redactWith(t, "strict", cases)
}
