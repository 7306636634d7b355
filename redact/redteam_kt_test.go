package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// ktEngine is the engine of a named policy.
func ktEngine(t *testing.T, policy string) *redact.Engine {
	t.Helper()
	p, err := policies.Load(policy)
	require.NoError(t, err)
	e, err := redact.New(p)
	require.NoError(t, err)
	return e
}

// ktKnown redacts each input with the known entries ks under every policy (or the ones
// given) and compares the text.
func ktKnown(t *testing.T, ks []redact.Known, cases map[string]string, pols ...string) {
	t.Helper()
	if len(pols) == 0 {
		pols = []string{"base", "strict", "defector-family", "pow"}
	}
	for _, pol := range pols {
		e := ktEngine(t, pol)
		for in, want := range cases {
			red, err := e.Redact(redact.Document{Text: in, Known: ks})
			require.NoError(t, err, "%s: %s", pol, in)
			assert.Equal(t, want, red.Text(), "%s: %s", pol, in)
		}
	}
}

func interviewee(s string) redact.Known {
	return redact.Known{Text: s, Category: redact.Person, Role: redact.RoleInterviewee}
}

func term(s string) redact.Known { return redact.Known{Text: s, Category: redact.SensitiveTerm} }

// Han and kana are written without spaces: a known name or term in Chinese or Japanese is
// a part of a longer word, and is found there; a name listed with a space is found without.
func TestKnownHanKanaInsideWords(t *testing.T) {
	ktKnown(t, []redact.Known{interviewee("田中 良子")}, map[string]string{
		"私の名前は田中良子です。":   "私の名前は[Interviewee]です。",
		"田中さんが来た。":       "[Interviewee]さんが来た。",
		"She said 田中良子.": "She said [Interviewee].",
		// must not fire as the interviewee: other Han (another person, found as a Japanese
		// name: redteam_jp_test.go), and a Latin word
		"山本さんが来た。":     "[Person A]さんが来た。",
		"Tanner left.": "Tanner left.",
	})
	ktKnown(t, []redact.Known{interviewee("李 春花")}, map[string]string{
		"我叫李春花。":        "我叫[Interviewee]。",
		"She said 李春花.": "She said [Interviewee].",
		"我叫李 春花。":       "我叫[Interviewee]。",
		// One Han character alone is no form of hers. ("李老师", Teacher Li, is a surname
		// before a title, which hanProse finds as a name of its own.)
		"李子很好吃。": "李子很好吃。",
	})
	ktKnown(t, []redact.Known{term("春花姐"), term("よっちゃん")}, map[string]string{
		"大家都叫她春花姐。":     "大家都叫她[removed]。",
		"母はよっちゃんと呼ばれた。": "母は[removed]と呼ばれた。",
		// must not fire: the same characters apart, part of the term
		"春天的花开了。": "春天的花开了。",
		"春花开了。":   "春花开了。",
	})
}

// A term with punctuation of its own is matched with it; a word boundary is asked for only
// at an end that is a letter or digit.
func TestKnownTermsWithPunctuation(t *testing.T) {
	ks := []redact.Known{term("(blue) bag*"), term("U.N. man"), term("C++"), term("#7"), term("$ign")}
	ktKnown(t, ks, map[string]string{
		"I had a (blue) bag* then.": "I had a [removed] then.",
		"The U.N. man came.":        "The [removed] came.",
		"I wrote C++ code.":         "I wrote [removed] code.",
		"Room #7 was ours.":         "Room [removed] was ours.",
		"Her tag $ign was known.":   "Her tag [removed] was known.",
		"THE U.N.  MAN CAME.":       "THE [removed] CAME.",
		// must not fire: near misses
		"I got a C in maths.":    "I got a C in maths.",
		"I sign here.":           "I sign here.",
		"The U.N. manager came.": "The U.N. manager came.",
	}, "base")
	ktKnown(t, ks, map[string]string{
		"I wrote C++ code.":       "I wrote [removed] code.",
		"Room #7 was ours.":       "Room [removed] was ours.",
		"Her tag $ign was known.": "Her tag [removed] was known.",
	})
}

// A term that starts with a digit and ends in Hangul takes a particle glued to it, as a
// Hangul term does; a longer number is another term.
func TestKnownTermDigitHangulParticle(t *testing.T) {
	ktKnown(t, []redact.Known{term("37기")}, map[string]string{
		"하나원 37기였어요.":   "하나원 [removed]였어요.",
		"37기 동기들이 왔어요.": "[removed] 동기들이 왔어요.",
	})
	ktKnown(t, []redact.Known{term("37기"), term("Li")}, map[string]string{
		// must not fire
		"하나원 137기였어요.": "하나원 137기였어요.",
		"Lily came.":   "Lily came.",
		"Li came.":     "[removed] came.",
	}, "base")
}

// The residual check looks for the forms matched as written: an output that still holds
// one, where the word matcher alone would see none, fails the run.
func TestResidualFindsLiteralForms(t *testing.T) {
	e := ktEngine(t, "base")
	doc := redact.Document{Text: "x", Known: []redact.Known{interviewee("田中 良子"), interviewee("李 春花"),
		term("C++"), term("#7"), term("(blue) bag*"), term("37기"), term("よっちゃん"), term("Li")}}
	for _, out := range []string{
		"私の名前は田中良子です。", "田中さんが来た。", "我叫李春花。", "母はよっちゃんと呼ばれた。",
		"I wrote C++ code.", "Room #7 was ours.", "a (blue) bag* then", "하나원 37기였어요.",
	} {
		assert.ErrorIs(t, redact.ResidualCheck(e, doc, out), redact.ErrResidual, out)
	}
	for _, out := range []string{"山本さんが来た。", "李老师来了。", "I got a C.", "Room #70.", "하나원 137기였어요.", "Lily came."} {
		assert.NoError(t, redact.ResidualCheck(e, doc, out), out)
	}
}

// Sentence punctuation after a listed term is not part of it: the text keeps its own.
func TestKnownTermTrailingPunctuation(t *testing.T) {
	ktKnown(t, []redact.Known{term("Pyongsong,"), term("C++.")}, map[string]string{
		"We lived in Pyongsong, then left.": "We lived in [removed], then left.",
		"We lived in Pyongsong.":            "We lived in [removed].",
		"I wrote C++.":                      "I wrote [removed].",
	}, "base")
}
