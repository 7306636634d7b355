package redact_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// TestKnownNameInsidePublicName: a known name that is a part of an allow-listed phrase
// breaks the phrase, and what is left of it is checked like any other text, in planning as
// in the residual check: "Kim" of "Kim Jong Un" goes where a private Kim was removed. And a
// known part kept beside an allow-listed phrase with only generic words ("The" of "The Red
// Cross") is kept by the residual check as it was in planning.
func TestKnownNameInsidePublicName(t *testing.T) {
	for _, name := range []string{"base", "strict"} {
		p, err := policies.Load(name)
		require.NoError(t, err)
		e, err := redact.New(p)
		require.NoError(t, err)
		red, err := e.Redact(redact.Document{Text: "Kim said so. Later Kim Jong Un spoke.",
			Known: []redact.Known{{Text: "Jong Un", Category: redact.Person}}})
		require.NoError(t, err, name)
		assert.NotContains(t, red.Text(), "Kim", name)
		red, err = e.Redact(redact.Document{Text: "They left the country. The Red Cross came.",
			Known: []redact.Known{{Text: "country. The Red", Category: redact.Person}}})
		require.NoError(t, err, name)
		assert.Contains(t, red.Text(), "The Red Cross came.", name)
	}
}

// TestKnownNameListedTwice: a name listed twice (in the front matter and as a sensitive
// term) is a full form of both entries, exempt from allow lists and kept spans as a full
// form is; the residual check lets no generic-word leniency pass it.
func TestKnownNameListedTwice(t *testing.T) {
	for _, name := range []string{"strict", "pow", "defector-family"} {
		p, err := policies.Load(name)
		require.NoError(t, err)
		e, err := redact.New(p)
		require.NoError(t, err)
		twice := []redact.Known{{Text: "a\nSeoul", Category: redact.Person}, {Text: "a\nSeoul", Category: redact.Person}}
		red, err := e.Redact(redact.Document{Text: "She worked at a\nSeoul bank, then left.", Known: twice})
		require.NoError(t, err, name)
		assert.NotContains(t, red.Text(), "Seoul", name)
	}
}

// TestPinyinApostrophe: "Ji" of "Ji'an" (a Chinese border city) is no mention of the "Ji" of
// "Min-ji", where "Ji's" is; a quoted name before a particle or a space is still the name.
func TestPinyinApostrophe(t *testing.T) {
	p, err := policies.Load("base") // base keeps places readable
	require.NoError(t, err)
	e, err := redact.New(p)
	require.NoError(t, err)
	red, err := e.Redact(redact.Document{Text: "Min-ji crossed at Ji'an. Ji's bag stayed in Ji'an."})
	require.NoError(t, err)
	assert.Equal(t, 2, strings.Count(red.Text(), "Ji'an"), red.Text())
	assert.NotContains(t, red.Text(), "Ji's")
	red, err = e.Redact(redact.Document{Text: "호출부호는 '독수리'였어요. They called him 'Chol' then.",
		Known: []redact.Known{{Text: "독수리", Category: redact.SensitiveTerm}, {Text: "Chol", Category: redact.Person}}})
	require.NoError(t, err)
	assert.NotContains(t, red.Text(), "독수리")
	assert.NotContains(t, red.Text(), "Chol")
}
