package transcript

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestUnknownExtensionRefused: text under an extension Parse does not know is refused by
// name (a directory walk skips it too); without an extension the content decides.
func TestUnknownExtensionRefused(t *testing.T) {
	text := []byte("Interviewer: where?\nKwon Su-bin: In Hoeryong.\n")
	_, err := Parse("notes.xyz", text)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "notes.xyz: unknown file extension .xyz")
	assert.NotContains(t, err.Error(), "Hoeryong")
	ts, err := Parse("notes", text)
	require.NoError(t, err)
	assert.Equal(t, FormatTranscript, ts.Format)
	_, err = Parse("NOTES.TXT", text)
	assert.NoError(t, err, "extensions are matched without case")
}
