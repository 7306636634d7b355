package transcript

import (
	"encoding/binary"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// utf16With encodes s as UTF-16 in the given byte order, with a byte order mark.
func utf16With(order binary.AppendByteOrder, s string) string {
	var b []byte
	b = order.AppendUint16(b, 0xfeff)
	for _, u := range utf16.Encode([]rune(s)) {
		b = order.AppendUint16(b, u)
	}
	return string(b)
}

// Subtitle and text files as tools really write them are read, not refused: UTF-16 with a
// byte order mark (Windows exports), an SRT cue whose text follows a stray blank line, SRT
// cues with no blank line between them, a WebVTT cue right after the header, SRT commas in
// WebVTT timings.
func TestParseSubtitleVariants(t *testing.T) {
	srt := "1\r\n00:00:01,000 --> 00:00:04,000\r\nBae Sun-ok: 무산에서 2011년에 잡혔어요.\r\n\r\n2\r\n00:00:05,000 --> 00:00:06,000\r\nInterviewer: 😀 and then?\r\n"
	want := "Bae Sun-ok: 무산에서 2011년에 잡혔어요.\nInterviewer: 😀 and then?\n"
	tests := []struct {
		name, file, data, format, text string
	}{
		{"utf-16le srt", "a.srt", utf16With(binary.LittleEndian, srt), FormatSRT, want},
		{"utf-16be srt", "a.srt", utf16With(binary.BigEndian, srt), FormatSRT, want},
		{"utf-16le srt by content", "-", utf16With(binary.LittleEndian, srt), FormatSRT, want},
		{"utf-16le vtt", "a.vtt", utf16With(binary.LittleEndian, "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Bae Sun-ok>I left.\n"), FormatWebVTT, "Bae Sun-ok: I left.\n"},
		{"utf-16le text", "a.txt", utf16With(binary.LittleEndian, "I left in 2011.\n"), FormatText, "I left in 2011.\n"},
		{"srt text after a blank line", "a.srt", "1\n00:00:01,000 --> 00:00:04,000\n\nI left in 2011.\n\n2\n00:00:04,500 --> 00:00:08,000\nIt was cold.\n", FormatSRT, "I left in 2011.\nIt was cold.\n"},
		{"srt empty cue", "a.srt", "1\n00:00:01,000 --> 00:00:04,000\n\n2\n00:00:04,500 --> 00:00:08,000\nIt was cold.\n", FormatSRT, "It was cold.\n"},
		{"srt cues without blank line", "a.srt", "1\n00:00:01,000 --> 00:00:04,000\nI left.\n2\n00:00:04,500 --> 00:00:08,000\nIt was cold.\n00:00:09,000 --> 00:00:10,000\nSnow.\n", FormatSRT, "I left.\nIt was cold.\nSnow.\n"},
		{"vtt with srt commas", "a.vtt", "WEBVTT\n\n1\n00:00:01,000 --> 00:00:04,000\n<v Bae Sun-ok>I left.\n", FormatWebVTT, "Bae Sun-ok: I left.\n"},
		{"vtt cue right after header", "a.vtt", "WEBVTT\n00:00:01.000 --> 00:00:04.000\nI left.\n\n00:00:05.000 --> 00:00:06.000\nIt was cold.\n", FormatWebVTT, "I left.\nIt was cold.\n"},
		{"vtt id right after header", "a.vtt", "WEBVTT\ncue-1\n00:00:01.000 --> 00:00:04.000\nI left.\n", FormatWebVTT, "I left.\n"},
		{"vtt text after a blank line", "a.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n\nI left.\n", FormatWebVTT, "I left.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts, err := Parse(tt.file, []byte(tt.data))
			require.NoError(t, err)
			assert.Equal(t, tt.format, ts.Format)
			assert.Equal(t, tt.text, ts.Text)
			assert.Equal(t, tt.data, string(ts.Original), "Original keeps the bytes as read")
			_, verr := Validate(tt.file, []byte(tt.data))
			assert.NoError(t, verr)
		})
	}
}

// What is not text stays refused, UTF-16 or not: a NUL or binary content inside UTF-16, a
// lone surrogate, an odd length, text blocks with no timing that follow a cue with text, and
// UTF-16 without a byte order mark (refused, with the cause named).
func TestParseRefusesBadSubtitles(t *testing.T) {
	le := binary.LittleEndian
	tests := []struct {
		name, file, data, want string
	}{
		{"nul inside utf-16", "a.txt", utf16With(le, "abc\x00"+secret), "NUL"},
		{"control chars inside utf-16", "a.txt", utf16With(le, "\x01\x02\x03\x04"+secret[:3]), "binary content"},
		{"pdf inside utf-16", "a.txt", utf16With(le, "%PDF-1.7\n"+secret), "binary content"},
		{"lone surrogate", "a.txt", utf16With(le, secret+"\n") + "\x00\xd8a\x00", "invalid UTF-16 at line 2"},
		{"odd length", "a.srt", utf16With(le, secret) + "x", "invalid UTF-16"},
		{"utf-16 without bom", "a.srt", utf16With(le, "1\n00:00:01,000 --> 00:00:02,000\n"+secret+"\n")[2:], "UTF-16 without a byte order mark"},
		{"empty utf-16", "a.txt", utf16With(le, " \n"), "empty file"},
		{"srt text without timing after text", "a.srt", "1\n00:00:01,000 --> 00:00:02,000\nhello\n\n" + secret + "\n", "line 5: expected a cue counter"},
		{"vtt arrow in header", "a.vtt", "WEBVTT\n" + secret + " --> x\n\n00:01.000 --> 00:02.000\nhello\n", "line 2: a cue needs a blank line"},
		{"vtt text without timing after text", "a.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\nhello\n\n" + secret + "\n", "expected a cue timing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertRefused(t, tt.file, tt.data, tt.want) })
	}
}
