package redact_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// Names romanized in McCune-Reischauer, with breves and aspiration apostrophes ("Kwŏn
// Hyŏk-ch'ŏl", "Ch'oe Kŭm-ok"), or with the apostrophes only ("Ch'oe", "K'ang"), are the
// same names as the plain spellings ("Kwon Hyok-chol", "Choe"): each is removed whole, with
// one label per person, and the leaders in MR stay readable.
func TestRedTeamMcCuneReischauer(t *testing.T) {
	cases := map[string]string{
		"Sŏnu Ch'ŏl too.": "[Person A] too.",
		"My neighbour Pak Ch'ŏl-su came. Pak Chŏlsu left.": "My neighbour [Person A] came. [Person A] left.",
		"My mother Ch'oe Sun-hŭi cried.":                   "My mother [Relative A] cried.",
		"My mother Ch’oe Sun-hŭi cried.":                   "My mother [Relative A] cried.",
		"My mother Chʼoe Sun-hŭi cried.":                   "My mother [Relative A] cried.",
		// Apostrophes without breves.
		"My uncle Ch'oe Tong-ho and K'ang T'ae-ho met Ch'ol-su.": "My uncle [Relative A] and [Relative B] met [Person A].",
		"My neighbour Pak Ch'ol-su came. Ch'ol-su left.":         "My neighbour [Person A] came. [Person A] left.",
		// Decomposed breves (o + U+0306).
		"The guard Kwo\u0306n Hyo\u0306k-ch'o\u0306l shouted.": "The guard [Person A] shouted.",
		// The leaders, in MR, are public figures.
		"Kim Jŏng-ŭn and Kim Il-sŏng ruled.": "Kim Jŏng-ŭn and Kim Il-sŏng ruled.",
		"Kim Chŏng-il spoke in P'yŏngyang.":  "Kim Chŏng-il spoke in P'yŏngyang.",
		// must not fire: apostrophes that are no aspiration mark, and words with them.
		"I don't know. It's late. Pyongyang's streets were dark.": "I don't know. It's late. Pyongyang's streets were dark.",
		"We can't stay; let's go. Rock'n'roll was banned.":        "We can't stay; let's go. Rock'n'roll was banned.",
		"Hawai'i is far; he said 'at once'.":                      "Hawai'i is far; he said 'at once'.",
		"The ŏndol floor was warm.":                               "The ŏndol floor was warm.",
	}
	redactWith(t, "base", cases)
	redactWith(t, "strict", map[string]string{
		"My neighbour Pak Ch'ŏl-su came. Pak Chŏlsu left.": "My neighbour [Person A] came. [Person A] left.",
		"Kim Jŏng-ŭn and Kim Il-sŏng ruled.":               "Kim Jŏng-ŭn and Kim Il-sŏng ruled.",
		"I don't know. It's Ji'an.":                        "I don't know. It's [a city in Jilin Province].",
	})
}

// The interviewee named in MR in the front matter is one person, [Interviewee], in the title
// and the text, whichever way the name is written there.
func TestRedTeamMcCuneReischauerKnown(t *testing.T) {
	p, err := policies.Load("strict")
	require.NoError(t, err)
	e, err := redact.New(p)
	require.NoError(t, err)
	for _, name := range []string{"Ch'oe Kŭm-ok", "Choe Kum-ok", "Ch’oe Kŭm-ok"} {
		red, err := e.Redact(redact.Document{
			Title: "Interview with Ch'oe Kŭm-ok",
			Text: "My name is Ch'oe Kŭm-ok. People called me Kŭm-ok. Kum-ok is fine. " +
				"Ch’oe Kŭm-ok again. My mother Ch'oe Sun-hŭi cried.",
			Known: []redact.Known{
				{Text: name, Category: redact.Person, Role: redact.RoleInterviewee},
				{Text: "Dana Hill", Category: redact.Person, Role: redact.RoleInterviewer},
			},
		})
		require.NoError(t, err)
		assert.Equal(t, "Interview with [Interviewee]", red.Title(), name)
		assert.Equal(t, "My name is [Interviewee]. People called me [Interviewee]. [Interviewee] is fine. "+
			"[Interviewee] again. My mother [Relative A] cried.", red.Text(), name)
		for _, leak := range []string{"Kŭm", "Kum", "Sun", "oe"} {
			assert.False(t, strings.Contains(red.Text(), leak), "%s: %q left", name, leak)
		}
	}
	red, err := e.Redact(redact.Document{
		Title: "Interview with Ch'oe Yŏng-ch'ŏl",
		Text:  "I am Ch'oe Yŏng-ch'ŏl; Choe Yong-chol in my passport.",
		Known: []redact.Known{{Text: "Ch'oe Yŏng-ch'ŏl", Category: redact.Person, Role: redact.RoleInterviewee}},
	})
	require.NoError(t, err)
	assert.Equal(t, "Interview with [Interviewee]", red.Title())
	assert.Equal(t, "I am [Interviewee]; [Interviewee] in my passport.", red.Text())
}

// A hyphenated given name after a surname taken alone is carried into the span as the
// detectors read it: with breves and aspiration marks folded, or a typographic hyphen.
func TestRedTeamHyphenatedRestFolded(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"The guard Kwŏn Hyŏk-ch'ŏl and the prisoner Chŏng Ŭn-gyŏng.": "The guard [Person A] and the prisoner [Person B].",
		"The prisoner Chong Un‐gyong came.":                          "The prisoner [Person A] came.",
		"The prisoner Chŏng Ŭn-gyŏng came.":                          "The prisoner [Person A] came.",
		// must not fire: what follows is no given name.
		"The prisoner Chŏng came at half-past ten.": "The prisoner [Person A] came at half-past ten.",
		"Chŏng left. Self‐criticism followed.":      "[Person A] left. Self‐criticism followed.",
	})
}

// McCune-Reischauer voices a consonant inside a given name ("Ŭn-gyŏng", "Tong-dŏk") and writes
// 려 "Ryŏ": those spellings are a given name's syllables and a surname like the others.
func TestRedTeamMcCuneReischauerSpellings(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"Our leader was Ch'oe Kŭm-ok, then Ryŏ Kyŏng-hŭi.":       "Our leader was [Person A], then [Person B].",
		"Ryŏ Kyŏng-hŭi sang. Ryŏ left.":                          "[Person A] sang. [Person A] left.",
		"The prisoner Chŏng Ŭn-gyŏng came. Later Ŭn-gyŏng died.": "The prisoner [Person A] came. Later [Person A] died.",
		"The guard Pak Tong-dŏk shouted. Tong-dŏk left.":         "The guard [Person A] shouted. [Person A] left.",
		"The prisoner Son Dok-hyon came.":                        "The prisoner [Person A] came.",
		"Yi Chŏng-bŏm and Kim Hyŏn-gyŏl came.":                   "[Person A] and [Person B] came.",
		// must not fire
		"The bus left Ryongchon at noon.": "The bus left Ryongchon at noon.",
		"We chewed gum and sang.":         "We chewed gum and sang.",
	})
}

// After a cue, one syllable and then a given name is a name in Chinese order whose surname
// the tables lack: "the broker Xi Lanying" is removed whole, and is one person.
func TestRedTeamCuedChineseOrder(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"The broker Xi Lanying drove.":                 "The broker [Broker A] drove.",
		"The broker Xi Lanying drove. Lanying waited.": "The broker [Broker A] drove. [Broker A] waited.",
		// must not fire beyond the name, nor on the public figure
		"The broker Xi drove.":                      "The broker [Broker A] drove.",
		"The man whom Xi Jinping praised was rich.": "The man whom Xi Jinping praised was rich.",
		// A role right before a listed name makes it a private person's (the allow list's
		// rule): safety wins over the reading "the broker whom Xi Jinping praised".
		"The broker Xi Jinping praised was rich.": "The broker [Broker A] praised was rich.",
		"The broker Xi Sunday came.":              "The broker [Broker A] Sunday came.",
	})
}
