package archive

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/archive/transcript"
	"github.com/testimony-archive/testimony/policies"
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

// A speaker label that is a word of exactly one front-matter name ("Ryu:" for the
// interviewee Ryu Chun-ok, "Dana" for the interviewer Dana Whitfield) is that person: it is
// not known as a speaker of its own, which would make it a part two people share, labelled
// as neither. A label two front-matter names share stays a speaker.
func TestSpeakerLabelOfAFrontMatterPerson(t *testing.T) {
	ts, err := transcript.Parse("t.md", []byte("---\ninterviewee: Ryu Chun-ok\ninterviewer: Dana Whitfield\n---\n[00:12:41] Ryu: I left.\n**Q (Dana):** When?\nRyu: In 2012.\n"))
	require.NoError(t, err)
	require.Equal(t, []string{"Ryu", "Dana"}, ts.Speakers)
	doc, err := Document(ts)
	require.NoError(t, err)
	for _, k := range doc.Known {
		assert.NotEqual(t, redact.RoleSpeaker, k.Role, k.Text)
	}
	p, err := policies.Load("strict")
	require.NoError(t, err)
	e, err := redact.New(p)
	require.NoError(t, err)
	red, err := e.Redact(doc)
	require.NoError(t, err)
	assert.Equal(t, "[00:12:41] [Interviewee]: I left.\n**Q ([Interviewer]):** When?\n[Interviewee]: In the 2010s.\n", red.Text())

	ts, err = transcript.Parse("t.md", []byte("---\ninterviewee: [Ri Jong-ok, Ri Jong-hwa]\n---\nRi: We came.\nRi Jong-hwa: Yes.\n"))
	require.NoError(t, err)
	doc, err = Document(ts)
	require.NoError(t, err)
	assert.Contains(t, doc.Known, redact.Known{Text: "Ri", Category: redact.Person, Role: redact.RoleSpeaker})
}
