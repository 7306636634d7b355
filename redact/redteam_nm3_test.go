package redact_test

import (
	"testing"

	"github.com/testimony-archive/testimony/redact"
)

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

// A diminutive and its full Russian or Ukrainian first name with the same surname are one
// person, and the bare surname joins them; two first names are two people.
func TestDiminutiveAndFullName(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Sasha Volkov met us at the border. Later Aleksandr Volkov paid the guards. Volkov then left.": "[Person A] met us at the border. Later [Person A] paid the guards. [Person A] then left.",
		"Aleksandr Volkov met us. Sasha Volkov paid.":                                                  "[Person A] met us. [Person A] paid.",
		"Саша Волков встретил нас. Потом Александр Волков заплатил.":                                   "[Person A] встретил нас. Потом [Person A] заплатил.",
		// must not merge: two first names, or two surnames
		"Sasha Volkov and Ivan Volkov were brothers. Volkov left.": "[Person A] and [Person B] were brothers. [Person C] left.",
		"Sasha Volkov met Aleksandr Petrov.":                       "[Person A] met [Person B].",
	})
}

// The front matter's "Aleksandr Volkov" is the text's "Sasha Volkov".
func TestDiminutiveOfKnownPerson(t *testing.T) {
	in := "Sasha Volkov met us. Volkov paid. Aleksandr Volkov left."
	redactDocs(t, "strict", map[string]string{in: "[Person A] met us. [Person A] paid. [Person A] left."}, func(in string) redact.Document {
		return redact.Document{Text: in, Known: []redact.Known{{Text: "Aleksandr Volkov", Category: redact.Person}}}
	})
}

// A hyphenated village name with a surname or a listed town in it ("Niu-York") is one
// unknown place: no person under any policy, readable under base, removed under strict.
func TestHyphenatedVillageName(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"We reached Niu-York before dawn. The people of Niu-York were kind.": "We reached Niu-York before dawn. The people of Niu-York were kind.",
		"Kim Ji-min stayed behind.": "[Person A] stayed behind.",
	})
	redactWith(t, "strict", map[string]string{
		"We reached Niu-York before dawn. The people of Niu-York were kind.": "We reached [a place] before dawn. The people of [a place] were kind.",
		"We crossed at Hyesan-Changbai.":                                     "We crossed at [a city in Ryanggang Province]-[a city in Jilin Province].",
		"We lived in Sinpo-dong.":                                            "We lived in [a city in South Hamgyong Province].",
	})
}

// A state's own body named by its nation and its function stays readable wherever it
// stands; the same body named after a town is the local office and is removed.
func TestNationalStateBodiesStay(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"The Thai Immigration Bureau detained us.":         "The Thai Immigration Bureau detained us.",
		"We were held by the Thai Immigration Bureau.":     "We were held by the Thai Immigration Bureau.",
		"The Chinese Public Security Bureau arrested him.": "The Chinese Public Security Bureau arrested him.",
		"The Laotian Immigration Office held us.":          "The Laotian Immigration Office held us.",
		"The Immigration Bureau of Thailand held us.":      "The Immigration Bureau of Thailand held us.",
		// must not fire: a town in the name, or a name of another kind
		"The Yanji Immigration Bureau held us.":             "The [a city in Jilin Province] [a bureau] held us.",
		"The Hyesan Public Security Bureau arrested him.":   "The [a city in Ryanggang Province] [a bureau] arrested him.",
		"She worked at the Chinese Sunrise Trading Office.": "She worked at [an office].",
	})
}

// Two people the text names by one surname and two roles get two labels; one role keeps
// one label.
func TestSurnameWithTwoRoles(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Mr Park the neighbour helped us. Later Park, the Bowibu agent, came to the house.": "Mr [Person A] the neighbour helped us. Later [Person B], the Bowibu agent, came to the house.",
		"박 씨 (the neighbour) gave us rice. 보위부 박 씨 (the agent) came later.":                 "[Person A] 씨 (the neighbour) gave us rice. 보위부 [Person B] 씨 (the agent) came later.",
		// must not split: one role, or none
		"Mr Park the neighbour helped us. Park gave us rice. Park, my neighbour, was kind.": "Mr [Person A] the neighbour helped us. [Person A] gave us rice. [Person A], my neighbour, was kind.",
		"Kim, our neighbour, was arrested. Kim never came back.":                            "[Person A], our neighbour, was arrested. [Person A] never came back.",
	})
}
