package transcript

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A joint interview names its interviewees in a list; one name stays a plain string, in
// YAML and in the stored JSON alike, and metadata written before lists existed still reads.
func TestJointInterviewees(t *testing.T) {
	ts, err := Parse("a.md", []byte("---\ninterviewee: [Ri Jong-ok, Ri Jong-hwa]\ninterviewer: Dana Hill\n---\nWe came together.\n"))
	require.NoError(t, err)
	assert.Equal(t, People{"Ri Jong-ok", "Ri Jong-hwa"}, ts.Meta.Interviewee)
	assert.Equal(t, People{"Dana Hill"}, ts.Meta.Interviewer)

	b, err := json.Marshal(ts.Meta)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"interviewee":["Ri Jong-ok","Ri Jong-hwa"]`)
	assert.Contains(t, string(b), `"interviewer":"Dana Hill"`)
	var back Meta
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, ts.Meta.Interviewee, back.Interviewee)

	var old Meta
	require.NoError(t, json.Unmarshal([]byte(`{"interviewee":"Pak Chol-su","interviewer":""}`), &old))
	assert.Equal(t, People{"Pak Chol-su"}, old.Interviewee)
	assert.Empty(t, old.Interviewer)
	b, err = json.Marshal(old)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"interviewer":""`)

	_, err = Parse("a.md", []byte("---\ninterviewee: [Ri Jong-ok, \"\"]\n---\nText.\n"))
	assert.ErrorContains(t, err, "interviewee lists an empty name")
	_, err = Parse("a.md", []byte("---\ninterviewee: {name: Ri}\n---\nText.\n"))
	assert.ErrorContains(t, err, "wrong type")
}

// Only turns whose label reads as a name give a speaker: roles, kinship words and the words
// notes start with do not, prose with a colon is no turn, and a title is no part of a name.
func TestSpeakerLabels(t *testing.T) {
	text := "Mother: My son was born in China.\n" +
		"Son: I speak Chinese better.\n" +
		"Unknown speaker: Quiet, please.\n" +
		"Elder sister: I stayed.\n" +
		"Her number: 010 2222 3333\n" +
		"Korean: 02-2100-5678\n" +
		"Dr. Hwang: We treated her.\n" +
		"Ms Pak: Thank you.\n" +
		"Kang Min-ji: We stayed in Yanji.\n"
	assert.Equal(t, []string{"Hwang", "Pak", "Kang Min-ji"}, speakersOf(text))
	assert.Nil(t, speakersOf("My plan: leave at night.\nHer number: 010 2222 3333\n"))
}

// Two voices in one WebVTT cue are two turns: the interviewer's question is not given to the
// interviewee.
func TestVTTVoicesInOneCue(t *testing.T) {
	ts, err := Parse("a.vtt", []byte("WEBVTT\n\n00:01.000 --> 00:04.000\n<v Ri Ok-hui>We crossed at night.\n<v Interviewer>And then?\n\n00:05.000 --> 00:06.000\n<v Dr. Hwang>I saw her.\n"))
	require.NoError(t, err)
	assert.Equal(t, "Ri Ok-hui: We crossed at night.\nInterviewer: And then?\nDr. Hwang: I saw her.\n", ts.Text)
	assert.Equal(t, []string{"Ri Ok-hui", "Hwang"}, ts.Speakers)
}

// A speaker named in parentheses after a role loses its title too ("Interpreter (Ms Cho)").
func TestSpeakerInParenthesesLosesTitle(t *testing.T) {
	assert.Equal(t, []string{"Cho"}, speakersOf("Interpreter (Ms Cho): She says so.\nQ: And?\n"))
}

// A line of prose with a colon is no turn: "In China: we hid in a barn." names no speaker.
func TestProseWithAColonIsNoTurn(t *testing.T) {
	got, err := Parse("a.md", []byte("---\ntitle: t\n---\nIn China: we hid in a barn.\nAfter Shenyang: Kunming.\nThe Broker: he came at night.\n"))
	require.NoError(t, err)
	assert.Empty(t, got.Speakers)
	got, err = Parse("a.txt", []byte("Kim Ok-sun: I left.\nInterviewer: When?\nKim Ok-sun: In 2012.\n"))
	require.NoError(t, err)
	assert.Equal(t, []string{"Kim Ok-sun"}, got.Speakers)
}

// A line of notes that starts with an ordinary word and a colon is no turn: "Remember:" and
// "Important:" name no speaker. A name or a surname that is also an English word (Oh, Young)
// still does.
func TestNoteWordIsNoSpeaker(t *testing.T) {
	assert.Nil(t, speakersOf("Remember: the broker never calls twice.\nImportant: do not say Musan.\nYes: that is right.\n"))
	assert.Equal(t, []string{"Kim Ok-sun"}, speakersOf("Remember: the broker never calls twice.\nKim Ok-sun: I left.\nInterviewer: When?\n"))
	assert.Equal(t, []string{"Oh", "Young"}, speakersOf("Oh: I left.\nYoung: I stayed.\n"))
	// the fields of a transfer name the people, not speakers
	assert.Nil(t, speakersOf("Account holder: Ri Yong-ho.\nRecipient: Ri Yong-ho.\nSender: Kim Yong-nam.\nPayee: Jo Myong-rok\n"))
}

// A turn may start with a time stamp ("[00:12:41] Ryu: ..."), as exported transcripts write
// them; the label after it is the speaker. A time with no label after it is no turn.
func TestSpeakerAfterTimeStamp(t *testing.T) {
	assert.Equal(t, []string{"Ryu", "Dana"}, speakersOf("[00:12:41] Ryu: I left in May.\n(00:12:50) Dana: When?\n12:51 Ryu: At night.\n"))
	assert.Nil(t, speakersOf("[00:12:41] I left: it was May.\n[00:12:50] 3: no.\n"))
}
