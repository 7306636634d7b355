package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// A sensitive term from the front matter goes in every form it is written in: with a Korean
// particle glued on (in an English or a Korean testimony), as a plural, with digits (a handle
// made of it), with a Korean place unit written on. A word that only starts like the term
// ("Blackboard") stays. A red-team probe had "Blackbird라고" released and searchable.
func TestSensitiveTermForms(t *testing.T) {
	p, err := policies.Load("base")
	require.NoError(t, err)
	e, err := redact.New(p)
	require.NoError(t, err)
	known := []redact.Known{{Text: "Blackbird", Category: redact.SensitiveTerm}, {Text: "Sinhung", Category: redact.SensitiveTerm}}
	for _, lang := range []string{"en", "ko"} {
		for in, want := range map[string]string{
			"Mom said Blackbird라고, so I knew.":       "Mom said [removed]라고, so I knew.",
			"We met in Sinhung에서 that night.":        "We met in [removed]에서 that night.",
			"Blackbirds flew over the river.":        "[removed] flew over the river.",
			"We wrote Blackbird123 on the box.":      "We wrote [removed] on the box.",
			"They lived in Sinhungri for a year.":    "They lived in [removed] for a year.",
			"The Blackboard in the classroom broke.": "The Blackboard in the classroom broke.",
		} {
			red, err := e.Redact(redact.Document{Text: in, Language: lang, Known: known})
			require.NoError(t, err, in)
			assert.Equal(t, want, red.Text(), "%s (%s)", in, lang)
		}
	}
}
