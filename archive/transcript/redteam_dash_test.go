package transcript

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A word a subtitle breaks with a hyphen at a line's end, inside a cue or across two cues of
// the same voice, is joined whole: a name cut there is one name ("Pang Hye-" / "sun").
func TestSubtitleBrokenWordJoined(t *testing.T) {
	tests := []struct{ name, file, data, text string }{
		{"vtt inside a cue", "a.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ri>My niece is Pang Hye-\nsun, in Onsong.\n", "Ri: My niece is Pang Hye-sun, in Onsong.\n"},
		{"vtt across cues", "a.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ri>His wife was\nSon Mi-\n\n00:02.000 --> 00:03.000\n<v Ri>rae. She was 43.\n\n00:03.000 --> 00:04.000\n<v Ri>Then we left.\n", "Ri: His wife was Son Mi-rae. She was 43.\nRi: Then we left.\n"},
		{"srt across cues", "a.srt", "1\n00:00:01,000 --> 00:00:02,000\nHis wife was Son Mi-\n\n2\n00:00:02,000 --> 00:00:03,000\nrae. She was 43.\n", "His wife was Son Mi-rae. She was 43.\n"},
		{"srt inside a cue", "a.srt", "1\n00:00:01,000 --> 00:00:02,000\nHis wife was Om Chun-\nhwa.\n", "His wife was Om Chun-hwa.\n"},
		// must not join: another voice, a capital, a dash of speech, a hyphen after a space.
		{"vtt other voice", "a.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ri>It was Mi-\n\n00:02.000 --> 00:03.000\n<v Q>rae?\n", "Ri: It was Mi-\nQ: rae?\n"},
		{"srt capital", "a.srt", "1\n00:00:01,000 --> 00:00:02,000\nI was going to-\n\n2\n00:00:02,000 --> 00:00:03,000\nNo, wait.\n", "I was going to-\nNo, wait.\n"},
		{"srt double hyphen", "a.srt", "1\n00:00:01,000 --> 00:00:02,000\nI was going--\nno, wait.\n", "I was going-- no, wait.\n"},
		{"srt spaced hyphen", "a.srt", "1\n00:00:01,000 --> 00:00:02,000\nI was going -\nno, wait.\n", "I was going - no, wait.\n"},
	}
	for _, tc := range tests {
		ts, err := Parse(tc.file, []byte(tc.data))
		require.NoError(t, err, tc.name)
		assert.Equal(t, tc.text, ts.Text, tc.name)
	}
}
