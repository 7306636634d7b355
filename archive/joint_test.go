package archive

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/archive/transcript"
	"github.com/testimony-archive/testimony/redact"
)

// A joint interview's interviewees are each known to the engine as an interviewee, so each
// is removed wherever the text names them.
func TestJointInterviewDocument(t *testing.T) {
	ts, err := transcript.Parse("joint.md", []byte("---\ninterviewee: [Ri Jong-ok, Ri Jong-hwa]\ninterviewer: Dana Hill\n---\nRi Jong-ok: We came together.\nRi Jong-hwa: Jong-ok was ill.\n"))
	require.NoError(t, err)
	doc, err := Document(ts)
	require.NoError(t, err)
	var interviewees []string
	for _, k := range doc.Known {
		if k.Role == redact.RoleInterviewee {
			interviewees = append(interviewees, k.Text)
		}
	}
	assert.Equal(t, []string{"Ri Jong-ok", "Ri Jong-hwa"}, interviewees)
}
