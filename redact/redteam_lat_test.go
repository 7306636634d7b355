package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// redactKnownLat redacts each input with the interviewee given in the front matter.
func redactKnownLat(t *testing.T, policy, interviewee string, cases map[string]string) {
	t.Helper()
	redactDocs(t, policy, cases, func(in string) redact.Document {
		return redact.Document{Text: in, Known: []redact.Known{{Text: interviewee, Category: redact.Person, Role: redact.RoleInterviewee}}}
	})
}

var _ = policies.Load
var _ = require.NoError
var _ = assert.Equal

// Finding 1: Ukrainian spellings and Russian diminutives are first names.
func TestRedteamLatUkrainianNames(t *testing.T) {
	for _, policy := range []string{"base", "strict"} {
		redactWith(t, policy, map[string]string{
			"Prisoner: Ihor Bondar survived. Oleh was wounded. Denys Moroz and Maksym are still missing. Vadym's wife called.": "Prisoner: [Person A] survived. [Person B] was wounded. [Person C] and [Person D] are still missing. [Person E]'s wife called.",
			"Serhii and Oleksii came, then Yurii, Yevhen and Vladyslav.":                                                       "[Person A] and [Person B] came, then [Person C], [Person D] and [Person E].",
			"Vitalii, Viacheslav, Hennadiy and Dmitriy stayed; Svitlana, Liudmyla and Nadiya left.":                            "[Person A], [Person B], [Person C] and [Person D] stayed; [Person E], [Person F] and [Person G] left.",
			"We called him Dima. Zhenya and Shurik laughed. Seryozha, Lyosha and Volodya sang.":                                "We called him [Person A]. [Person B] and [Person C] laughed. [Person D], [Person E] and [Person F] sang.",
			"Vova, Kostya, Yura and Pasha ran; Olya, Nastya, Katya and Mykolka hid.":                                           "[Person A], [Person B], [Person C] and [Person D] ran; [Person E], [Person F], [Person G] and [Person H] hid.",
			// must not fire
			"The dog barked at night.": "The dog barked at night.",
		})
	}
}

// Finding 3: a patronymic and the surname-first order belong to one person.
func TestRedteamLatPatronymics(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Dmitriy Gennadyevich Lukin came.":                     "[Person A] came.",
		"Volkov Aleksandr Petrovich left. Later Volkov wrote.": "[Person A] left. Later [Person A] wrote.",
		"Prokhorenko, Aleksandr Nikolayevich was there.":       "[Person A] was there.",
		"Bondarenko Olha Ivanivna signed.":                     "[Person A] signed.",
		// must not fire as one name: a list of two people
		"Petrenko, Ivan and Oleg came.": "[Person A], [Person B] and [Person C] came.",
	})
	redactKnownLat(t, "strict", "Dmitry Sergeyevich Kovalyov", map[string]string{
		"Kovalyov Dmitry Sergeyevich, born in a village. Later Kovalyov said no.": "[Interviewee], born in a village. Later [Interviewee] said no.",
		"Kovalyov, Dmitry Sergeyevich signed.":                                    "[Interviewee] signed.",
	})
}

// Finding 2: call signs and nicknames identify as names do (threat model, rule 4).
func TestRedteamLatCallSigns(t *testing.T) {
	for _, policy := range []string{"base", "strict"} {
		redactWith(t, policy, map[string]string{
			`Ilya "Kaban" Zhukov led us. Later Zhukov left.`:  `[Person A] "[removed]" [Person A] led us. Later [Person A] left.`,
			`Our commander, callsign Veter, was calm.`:        `Our commander, callsign [removed], was calm.`,
			`The radio operator's call sign was 'Sokol-7'.`:   `The radio operator's call sign was '[removed]'.`,
			`My call sign was "Grom". Before that, "Malysh".`: `My call sign was "[removed]". Before that, "[removed]".`,
			`They nicknamed him "Ryzhy" at school.`:           `They nicknamed him "[removed]" at school.`,
			// must not fire
			`Each of us got a call sign on the first day.`:        `Each of us got a call sign on the first day.`,
			`She said "go home" and left. It's 'fine', he'd say.`: `She said "go home" and left. It's 'fine', he'd say.`,
			`The call sign was given by the commander.`:           `The call sign was given by the commander.`,
		})
	}
}

// Finding 6: public figures of the war and the region stay readable.
func TestRedteamLatPublicFigures(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"Kim Yong Bok, the deputy chief of the General Staff, spoke.": "Kim Yong Bok, the deputy chief of the General Staff, spoke.",
		"Gerasimov, Valery Gerasimov, was there.":                     "Gerasimov, Valery Gerasimov, was there.",
		"Syrskyi, General Oleksandr Syrskyi, came.":                   "Syrskyi, General Oleksandr Syrskyi, came.",
		"The ombudsman Dmytro Lubinets wrote. Wen Jiabao visited.":    "The ombudsman Dmytro Lubinets wrote. Wen Jiabao visited.",
		"UN Special Rapporteur Tomás Ojea Quintana reported.":         "UN Special Rapporteur Tomás Ojea Quintana reported.",
		"Then Carrie Lam spoke. Chairman Mao died.":                   "Then Carrie Lam spoke. Chairman Mao died.",
		// must not fire: a private namesake by kinship stays removed
		"My uncle Kim Yong Bok was a farmer.": "My uncle [Relative A] was a farmer.",
	})
	redactWith(t, "strict", map[string]string{
		"He was the deputy chief of the General Staff.": "He was the deputy chief of the General Staff.",
	})
}

// Finding 4: a bare surname two people share names neither; a different given name is a
// different person.
func TestRedteamLatSharedSurname(t *testing.T) {
	redactKnownLat(t, "strict", "Mykola Hrytsenko", map[string]string{
		"His brother Taras Hrytsenko came. Then Hrytsenko smiled.": "His brother [Relative A] came. Then [Person A] smiled.",
		// must not fire: one person with the surname alone still links to him
		"Then Hrytsenko smiled. Mykola laughed.": "Then [Interviewee] smiled. [Interviewee] laughed.",
	})
	redactWith(t, "strict", map[string]string{
		"Olena Petrenko and Ivan Petrenko came; Petrenko spoke.": "[Person A] and [Person B] came; [Person C] spoke.",
		// must not fire: one Petrenko
		"Ivan Petrenko came; Petrenko spoke.":                      "[Person A] came; [Person A] spoke.",
		"His brother Taras Hrytsenko came. Then Hrytsenko smiled.": "His brother [Relative A] came. Then [Relative A] smiled.",
		"My sisters Hye-ok and Hye-suk stayed.":                    "My sisters [Relative A] and [Relative B] stayed.",
	})
	redactKnownLat(t, "strict", "Mun Hye-jin", map[string]string{
		"My sisters Hye-ok and Hye-suk stayed. Hye-jin left.": "My sisters [Relative A] and [Relative B] stayed. [Interviewee] left.",
	})
}

// Finding 7: weapons, days, festivals, bodies, titles and nationalities are no names.
func TestRedteamLatThingsNotNames(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"He had a Kalashnikov and a Makarov pistol. Later a Dragunov. A Bradley came up the road.": "He had a Kalashnikov and a Makarov pistol. Later a Dragunov. A Bradley came up the road.",
		"On New Year's Eve we moved. On Christmas Eve we ate.":                                     "On New Year's Eve we moved. On Christmas Eve we ate.",
		"The Mid-Autumn festival came. We prayed at the Church of Hope. Hope was all we had.":      "The Mid-Autumn festival came. We prayed at the Church of Hope. Hope was all we had.",
		`We watched "Autumn in My Heart" on DVD.`:                                                  `We watched "Autumn in My Heart" on DVD.`,
		"My husband, Chinese by birth, was kind. Many Chinese people helped us.":                   "My husband, Chinese by birth, was kind. Many Chinese people helped us.",
		// must fire: people with the same words
		"Sergeant Makarov shouted. Then Bradley Smith came.": "Sergeant [Person A] shouted. Then [Person B] came.",
		"I met Ivan Makarov. My sister Hope came with Eve.":  "I met [Person A]. My sister [Relative A] came with [Relative B].",
		`He said "Rose is here" to Grace.`:                   `He said "[Person A] is here" to [Person B].`,
		"My husband, Wang Lei, was kind.":                    "My husband, [Relative A], was kind.",
	})
}

// Finding 5: a family by its surname in the plural.
func TestRedteamLatFamilies(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"The Hrytsenkos live nearby. The Kovalyovs.":                    "The [Person A] live nearby. The [Person B].",
		"The Zhangs lived above the shop; I stayed at the Lius' house.": "The [Person A] lived above the shop; I stayed at the [Person B]' house.",
		// must not fire
		"The Parks were green. The Soviets came. The Ukrainians and the Russians fought.": "The Parks were green. The Soviets came. The Ukrainians and the Russians fought.",
	})
}

// Finding 8 (part): Chinese surnames the list lacked.
func TestRedteamLatChineseSurnames(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"Deaconess Pu Meiling prayed.": "Deaconess [Person A] prayed.",
		// must not fire
		"Put it on the left side.": "Put it on the left side.",
	})
}
