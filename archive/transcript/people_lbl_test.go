package transcript

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A plain front-matter value that lists full names is several people; a name written with
// a comma ("Hale, Margaret", "Kim Min-ji, PhD") stays one.
func TestPeopleListedInOneValue(t *testing.T) {
	for in, want := range map[string]People{
		"박지현, 한수정":                 {"박지현", "한수정"},
		"Margaret Hale, Tom Reyes": {"Margaret Hale", "Tom Reyes"},
		"Ri Jong-ok; Ri Jong-hwa":  {"Ri Jong-ok", "Ri Jong-hwa"},
		"Hale, Margaret":           {"Hale, Margaret"},
		"Kim Min-ji, PhD":          {"Kim Min-ji, PhD"},
		"Ri Chun-hwa":              {"Ri Chun-hwa"},
	} {
		ts, err := Parse("t.md", []byte("---\ntitle: t\ninterviewer: "+in+"\n---\nText.\n"))
		require.NoError(t, err)
		assert.Equal(t, want, ts.Meta.Interviewer, in)
	}
}
