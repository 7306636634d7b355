package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A hyphenated given name of a known person met again where no detector read it is one span
// with one label, not its two syllables labelled apart ("[Interviewee]-[Interviewee 2]"),
// which left a removed syllable beside another name's ("JI-AE"): TestKnownNamesOfExcerpts
// found it once gold 057 shifted its excerpts.
func TestHyphenatedNamePartIsOne(t *testing.T) {
	e, err := New(fuzzPolicy())
	require.NoError(t, err)
	red, err := e.Redact(Document{Text: "Yes. |Ji-hun}}Kim and JI-AE. My son |Ri Ji-hun( is here.",
		Known: []Known{{Text: "Ri", Category: Person, Role: RoleInterviewee}}})
	require.NoError(t, err)
	assert.Equal(t, "Yes. |[Interviewee]}}Kim and JI-AE. [removed] |[Interviewee]( is here.", red.Text())
}
