package redact_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// A private person who shares a name with a listed public figure is a private person: a
// kinship word, a private role or a naming cue before the name, an apposition after it, or
// the given name used alone elsewhere. Heads of state stay readable in their own contexts.
func TestPublicFigureNamesakes(t *testing.T) {
	cases := map[string]string{
		"My uncle Ri Yong-ho drove the truck.":                                     "My uncle [Relative A] drove the truck.",
		"The broker Kim Yong-nam took the money.":                                  "The broker [Broker A] took the money.",
		"Our neighbour Pak Pong-ju was arrested.":                                  "Our neighbour [Person A] was arrested.",
		"My cousin Kim Jong-suk wrote to us.":                                      "My cousin [Relative A] wrote to us.",
		"My brother-in-law Kim Yong-chol drove the truck. Yong-chol was arrested.": "My brother-in-law [Relative A] drove the truck. [Relative A] was arrested.",
		"The driver was O Jin-u.":                                                  "The driver was [Person A].",
		"Mr O Jin-u came to the house.":                                            "Mr [Person A] came to the house.",
		"Kim Yong-nam, my uncle, sold rice.":                                       "[Person A], my uncle, sold rice.",
		"His name was Shoigu.":                                                     "His name was [Person A].",
		"A man named Kim Jong Il lived nearby.":                                    "A man named [Person A] lived nearby.",
		// Every mention of the namesake goes, not only the one with the cue.
		"My uncle Ri Yong-ho came. Ri Yong-ho drove.":      "My uncle [Relative A] came. [Relative A] drove.",
		"우리 삼촌 김영철은 트럭을 몰았다. 영철이는 잡혔다.":                    "우리 삼촌 [Person A]은 트럭을 몰았다. [Person A]이는 잡혔다.",
		"제 친구 김정숙이는 장사를 했다.":                               "제 친구 [Person A]이는 장사를 했다.",
		"우리 동네 김영남 아저씨가 왔다.":                               "우리 동네 [Person A] 아저씨가 왔다.",
		"김정일이라는 이웃 아저씨가 있었다.":                              "[Person A]이라는 이웃 아저씨가 있었다.",
		"My uncle, Ri Yong-ho, drove.":                     "My uncle, [Relative A], drove.",
		"My friend Chol came. His uncle Ri Yong-ho drove.": "My friend [Person A] came. His uncle [Relative A] drove.",
		// must not fire: the figures in their own contexts (their own kin too), and names
		// inside other things.
		"Kim Jong Il died and his son Kim Jong Un took power.":         "Kim Jong Il died and his son Kim Jong Un took power.",
		"Kim Jong Un's sister Kim Yo Jong spoke.":                      "Kim Jong Un's sister Kim Yo Jong spoke.",
		"Kim Jong Un purged them. His uncle Jang Song Thaek was shot.": "Kim Jong Un purged them. His uncle Jang Song Thaek was shot.",
		"Chairman Kim Jong Un visited the factory.":                    "Chairman Kim Jong Un visited the factory.",
		"Kim Jong Un visited the factory.":                             "Kim Jong Un visited the factory.",
		"Kim Yong-nam greeted the delegation.":                         "Kim Yong-nam greeted the delegation.",
		"Our leader Kim Jong Un gave a speech.":                        "Our leader Kim Jong Un gave a speech.",
		"Kim Jong Un, the leader, spoke.":                              "Kim Jong Un, the leader, spoke.",
		"I wore my Kim Il Sung badge.":                                 "I wore my Kim Il Sung badge.",
		"We studied at Kim Il Sung University.":                        "We studied at Kim Il Sung University.",
		"A major Kim Jong Un speech was broadcast.":                    "A major Kim Jong Un speech was broadcast.",
		"Chairman Kim Jong Un spoke. Jong-un was not named again.":     "Chairman Kim Jong Un spoke. Jong-un was not named again.", // the figure's given name (red team 4, finding 3)
		"Putin met Lavrov and Shoigu.":                                 "Putin met Lavrov and Shoigu.",
		"Mr Putin said no.":                                            "Mr Putin said no.",
		"김정은이 연설했다.":                                                   "김정은이 연설했다.",
		"우리는 김정은 동지를 보았다.":                                             "우리는 김정은 동지를 보았다.",
	}
	for _, policy := range []string{"base", "defector-family", "strict"} {
		redactWith(t, policy, cases)
	}
	redactWith(t, "base", map[string]string{
		"General Kim Yong-chol went to Washington.": "General Kim Yong-chol went to Washington.",
	})
}

// A listed Russian surname after a junior rank, a private role or in "X was the driver's
// name" is a soldier's or a guard's, not the minister's.
func TestPublicFigureSurnamesAfterRank(t *testing.T) {
	redactWith(t, "pow", map[string]string{
		"The interrogator, Captain Belousov, and Sergeant Medvedev hit me. Lavrov was the driver's name.": "The interrogator, [officer] [Person A], and [non-commissioned officer] [Person B] hit me. [Person C] was the driver's name.",
		"Lieutenant Shoigu guarded us.": "[officer] [Person A] guarded us.",
		// must not fire
		"Belousov replaced Shoigu as minister.": "Belousov replaced Shoigu as minister.",
		"Putin met Lavrov.":                     "Putin met Lavrov.",
	})
	redactWith(t, "base", map[string]string{
		"The interrogator, Captain Belousov, and Sergeant Medvedev hit me. Lavrov was the driver's name.": "The interrogator, Captain [Person A], and Sergeant [Person B] hit me. [Person C] was the driver's name.",
	})
}

// A surname alone after a public title or before "regime", "government" and the like, or
// right after a public figure's full name, is the figure's, where the field names a public
// figure of that surname in full and no private person of that surname: safety wins, so a
// surname alone with no figure named, or beside a private namesake, is removed.
func TestPublicFigureSurnames(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"Choe Ryong-hae gave a speech. Choe's speech was long.":           "Choe Ryong-hae gave a speech. Choe's speech was long.",
		"Yoon Suk Yeol won. Yoon's government fell.":                      "Yoon Suk Yeol won. Yoon's government fell.",
		"Kim Jong Un spoke. The Kim family rules.":                        "Kim Jong Un spoke. The Kim family rules.",
		"Kim Il Sung died. Under the Kim regime we starved.":              "Kim Il Sung died. Under the Kim regime we starved.",
		"Kim Jong Un spoke. General Secretary Kim left.":                  "Kim Jong Un spoke. General Secretary Kim left.",
		"Kim Jong Un came. Chairman Kim's sister came.":                   "Kim Jong Un came. Chairman Kim's sister came.",
		"Moon Jae-in won. President Moon met them. Moon's policy failed.": "Moon Jae-in won. President Moon met them. Moon's policy failed.",
		// must not fire: a private person's surname, or no figure of that surname named.
		"My friend Choe Hyang-mi listened. Choe was tired.":               "My friend [Person A] listened. [Person A] was tired.",
		"Kim came to our house.":                                          "[Person A] came to our house.",
		"Kim Jong Un gave a speech. Kim, my neighbour, laughed.":          "Kim Jong Un gave a speech. [Person A], my neighbour, laughed.",
		"Choe Ryong-hae spoke. My friend Choe Hyang-mi left. Choe cried.": "Choe Ryong-hae spoke. My friend [Person A] left. [Person A] cried.",
		"The Ri family hid us. The Choe regime in our village was cruel.": "The [Person A] family hid us. The [Person B] regime in our village was cruel.",
		"Comrade Pak was kind.":                                           "Comrade [Person A] was kind.",
		"Kim Jong Un came. Comrade Kim, the party secretary, agreed.":     "Kim Jong Un came. Comrade [Person A], the party secretary, agreed.",
		"Ms Kim said Kim Jong Un visited. Kim's brother left.":            "Ms [Person A] said Kim Jong Un visited. [Person A]'s brother left.",
		"The Park government fell.":                                       "The [Person A] government fell.",
	})
}

// The interviewee's own surname is removed even where it would read as a figure's.
func TestPublicFigureSurnameKnownWins(t *testing.T) {
	p, err := policies.Load("base")
	require.NoError(t, err)
	e, err := redact.New(p)
	require.NoError(t, err)
	red, err := e.Redact(redact.Document{
		Text:  "Moon Hye-jin grew up in the city. President Moon and the Moon administration were far away.",
		Known: []redact.Known{{Text: "Moon Hye-jin", Category: redact.Person, Role: redact.RoleInterviewee}},
	})
	require.NoError(t, err)
	assert.False(t, strings.Contains(red.Text(), "Moon"), red.Text())
}
