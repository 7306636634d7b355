package transcript

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const secret = "Pak Chol-su"

func TestParseGood(t *testing.T) {
	tests := []struct {
		name, file, data string
		format           string
		text             string // expected Text (exact) when non-empty
		contains         []string
		speakers         []string
		check            func(t *testing.T, ts *Testimony)
	}{
		{name: "plain", file: "a.txt", data: "I left in 2011.\nIt was cold.\n", format: FormatText, text: "I left in 2011.\nIt was cold.\n"},
		{name: "crlf and bom", file: "a.txt", data: "\ufeffline one\r\nline two\r\n", format: FormatText, text: "line one\nline two\n"},
		{
			name: "front matter", file: "a.md", format: FormatMarkdown,
			data: "---\ntitle: Crossing\nlanguage: en\ninterview_date: 2019-05-04\ninterviewer: Lee Min\ninterviewee: " + secret + "\npolicy: defector-family\ntopics: [border, famine]\nsensitive_terms:\n  - Blue Heron\nconsent:\n  scope: research\n  closure: 2030-01-01\n---\n# Notes\nBody here.\n",
			text: "# Notes\nBody here.\n",
			check: func(t *testing.T, ts *Testimony) {
				assert.Equal(t, "Crossing", ts.Meta.Title)
				assert.Equal(t, "2019-05-04", ts.Meta.InterviewDate)
				assert.Equal(t, People{secret}, ts.Meta.Interviewee)
				assert.Equal(t, []string{"border", "famine"}, ts.Meta.Topics)
				assert.Equal(t, []string{"Blue Heron"}, ts.Meta.SensitiveTerms)
				assert.Equal(t, 2030, ts.Meta.Consent.Closure.Year())
				d, err := ts.Meta.Date()
				require.NoError(t, err)
				assert.Equal(t, 2019, d.Year())
			},
		},
		{name: "year only date", file: "a.md", data: "---\ninterview_date: 2019\n---\nbody\n", format: FormatMarkdown, text: "body\n"},
		{
			name: "speaker turns", file: "a.txt", format: FormatTranscript,
			data:     "Interviewer: When did you leave?\n" + secret + ": In 2011.\nKim Young-ho: I helped.\nQ: And then?\n" + secret + ": We walked.\n",
			speakers: []string{secret, "Kim Young-ho"},
		},
		{
			name: "hangul turns", file: "a.txt", format: FormatTranscript,
			data:     "면담자: 언제 떠났습니까?\n김영호: 2011년에요.\n김영호: 겨울이었어요.\n",
			speakers: []string{"김영호"},
		},
		{
			name: "webvtt", file: "a.vtt", format: FormatWebVTT,
			data:     "WEBVTT - interview\nKind: captions\n\nNOTE a comment\n\ncue-1\n00:00:01.000 --> 00:00:04.000 align:start\n<v " + secret + ">I left <i>in</i> 2011.</v>\n\n00:01.000 --> 00:02.500\n<v.loud Interviewer>Why?\n\n00:00:05.000 --> 00:00:06.000\nJust text &amp; more\n",
			text:     secret + ": I left in 2011.\nInterviewer: Why?\nJust text & more\n",
			speakers: []string{secret},
		},
		{
			name: "srt", file: "a.srt", format: FormatSRT,
			data: "1\n00:00:01,000 --> 00:00:04,000\n<i>I left</i> in 2011.\n\n2\r\n00:00:05,000 --> 00:00:06,000\r\nSecond {\\an8}line\r\ncontinued\r\n",
			text: "I left in 2011.\nSecond line continued\n",
		},
		{name: "vtt by content", file: "-", data: "WEBVTT\n\n00:01.000 --> 00:02.000\nhello\n", format: FormatWebVTT, text: "hello\n"},
		{name: "srt by content", file: "noext", data: "1\n00:00:01,000 --> 00:00:02,000\nhello\n", format: FormatSRT, text: "hello\n"},
		{name: "front matter by content", file: "-", data: "---\ntitle: x\n---\nhello\n", format: FormatMarkdown, text: "hello\n"},
		{
			name: "bold markdown turns", file: "a.md", format: FormatMarkdown,
			data:     "**Interviewer (Elena Marsh):** Thank you.\n\n**" + secret + ":** Six years.\n\n**Interviewer (translator, on tape):** And?\n",
			speakers: []string{"Elena Marsh", secret},
		},
		{name: "one label is not a transcript", file: "a.txt", data: "Note: this was recorded.\nThe rest.\n", format: FormatText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts, err := Parse(tt.file, []byte(tt.data))
			require.NoError(t, err)
			assert.Equal(t, tt.format, ts.Format)
			assert.Equal(t, tt.data, string(ts.Original))
			assert.Equal(t, tt.file, ts.Source)
			if tt.text != "" {
				assert.Equal(t, tt.text, ts.Text)
			}
			assert.Equal(t, tt.speakers, ts.Speakers)
			if tt.check != nil {
				tt.check(t, ts)
			}
		})
	}
}

func TestParseRefuses(t *testing.T) {
	tests := []struct {
		name, file, data, want string
	}{
		{"empty", "a.txt", "", "empty file"},
		{"whitespace", "a.txt", " \n\t\n", "empty file"},
		{"nul", "a.txt", "abc\x00" + secret, "NUL"},
		{"invalid utf8", "a.md", secret + "\n\xff\xfe broken", "invalid UTF-8 at line 2"},
		{"pdf with txt ext", "a.txt", "%PDF-1.7\n" + secret, "binary content"},
		{"png unknown ext", "a.bin", "\x89PNG\r\n\x1a\n" + secret, "binary content"},
		{"docx", "a.docx", secret, "unsupported file extension .docx"},
		{"control chars", "a.dat", "\x01\x02\x03\x04" + secret[:3], "binary content"},
		{"unknown key", "a.md", "---\ntitle: x\n" + secret + ": 3\n---\nbody\n", "line 3: unknown key"},
		{"malformed yaml", "a.md", "---\ntitle: [unclosed " + secret + "\n---\nbody\n", "malformed front matter"},
		{"unclosed front matter", "a.md", "---\ntitle: x\nbody " + secret + "\n", "no closing"},
		{"wrong type", "a.md", "---\ntopics: {a: " + secret + "}\n---\nbody\n", "wrong type"},
		{"bad language", "a.md", "---\nlanguage: " + secret + "\n---\nbody\n", "language must be"},
		{"bad date", "a.md", "---\ninterview_date: " + secret + "\n---\nbody\n", "interview_date"},
		{"front matter only", "a.md", "---\ntitle: x\n---\n\n", "no text"},
		{"vtt without header", "a.vtt", secret + "\n\n00:01.000 --> 00:02.000\nhello\n", "must start with \"WEBVTT\""},
		{"vtt bad timing", "a.vtt", "WEBVTT\n\nid\n" + secret + "\nhello\n", "line 4: expected a cue timing"},
		{"srt bad timing", "a.srt", "1\n" + secret + "\nhello\n", "line 2: expected"},
		{"subtitle without text", "a.srt", "1\n00:00:01,000 --> 00:00:02,000\n\n", "no text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertRefused(t, tt.file, tt.data, tt.want) })
	}
}

func TestParseLargeInputsStayLinear(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 4<<20; i++ {
		fmt.Fprintf(&b, "Speaker%c%c Name%c: words\n", 'A'+i%26, 'a'+i/26%26, 'a'+i/676%26)
	}
	long := strings.Repeat("word ", 20<<20/5) // one 20 MB line
	for name, data := range map[string]string{"many turns": b.String(), "one long line": long, "long vtt cue": "WEBVTT\n\n00:01.000 --> 00:02.000\n" + long} {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			_, err := Parse("x.txt", []byte(data))
			require.NoError(t, err)
			assert.Less(t, time.Since(start), 20*time.Second)
		})
	}
}

func TestSupported(t *testing.T) {
	assert.True(t, Supported("x/a.MD"))
	assert.True(t, Supported("a.srt"))
	assert.False(t, Supported("a.pdf"))
	assert.False(t, Supported("README"))
}

// seeds adds every file under the shared test corpus (when present) and a few inline cases.
func seeds(f *testing.F) {
	for _, dir := range []string{"../../testdata/interviews", "../../testdata/bad"} {
		_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			if b, err := os.ReadFile(p); err == nil && len(b) < 1<<20 {
				f.Add(filepath.Base(p), b)
			}
			return nil
		})
	}
	f.Add("a.md", []byte("---\ntitle: t\ninterviewee: X\nsensitive_terms: [a, b]\n---\nbody\n"))
	f.Add("a.md", []byte("---\nconsent: {scope: x, closure: 2030-01-01}\n---\nA: b\nC: d\n"))
	f.Add("a.vtt", []byte("WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n<v A>hi</v>\n"))
	f.Add("a.srt", []byte("1\n00:00:01,000 --> 00:00:02,000\n<b>hi</b>\n\n2\n00:00:03,000 --> 00:00:04,000\nyo\n"))
	f.Add("-", []byte("WEBVTT\n\nNOTE x\n\n00:01.000 --> 00:02.000\nx\n"))
}

// FuzzParse checks that Parse never panics, keeps the original bytes, produces valid UTF-8
// text, and that its errors name the file.
func FuzzParse(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		if name == "" {
			name = "x"
		}
		ts, err := Parse(name, data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), name+": ") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		if string(ts.Original) != string(data) {
			t.Fatal("original bytes changed")
		}
		if !utf8.ValidString(ts.Text) || strings.TrimSpace(ts.Text) == "" {
			t.Fatal("text empty or invalid")
		}
		if strings.ContainsRune(ts.Text, 0) {
			t.Fatal("NUL in text")
		}
	})
}

// TestValidateAgreesWithParse: on every interview and bad input in testdata, Validate
// returns Parse's error and front matter; and front matter split by offsets gives the same
// body and metadata on edge cases (closing line last, "...", trailing spaces, CRLF).
func TestValidateAgreesWithParse(t *testing.T) {
	var files []string
	for _, dir := range []string{"../../testdata/interviews", "../../testdata/bad"} {
		ents, err := os.ReadDir(dir)
		require.NoError(t, err)
		for _, e := range ents {
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	require.NotEmpty(t, files)
	inputs := map[string][]byte{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		inputs[f] = b
	}
	for name, text := range map[string]string{
		"last.md":     "---\ntitle: x\n---",
		"dots.md":     "---\ntitle: x\n...\nbody\n",
		"spaces.md":   "--- \ntitle: x\n---  \t\nbody: a\nmore\n",
		"crlf.md":     "---\r\ntitle: x\r\nlanguage: en\r\n---\r\nKim: hi\r\nLee: hello\r\n",
		"empty.md":    "---\n---\nbody\n",
		"only.md":     "---",
		"bom.md":      "\ufeff---\ntitle: x\n---\nbody\n",
		"nobody.md":   "---\ntitle: x\n---\n",
		"colon.txt":   "Kim Chol: one\nno colon here\nLee：two\n",
		"unclosed.md": "---\ntitle: x\nbody\n",
	} {
		inputs[name] = []byte(text)
	}
	for name, data := range inputs {
		ts, perr := Parse(filepath.Base(name), data)
		meta, verr := Validate(filepath.Base(name), data)
		assert.Equal(t, perr, verr, "%s: error", name)
		if perr == nil {
			assert.Equal(t, ts.Meta, meta, "%s: front matter", name)
		}
	}
	ts, err := Parse("dots.md", []byte("---\ntitle: x\n...\nbody\n"))
	require.NoError(t, err)
	assert.Equal(t, "body\n", ts.Text)
	assert.Equal(t, "x", ts.Meta.Title)
	ts, err = Parse("spaces.md", []byte("--- \ntitle: x\n---  \t\nKim: a\nLee: b\n"))
	require.NoError(t, err)
	assert.Equal(t, "Kim: a\nLee: b\n", ts.Text)
	assert.Equal(t, []string{"Kim", "Lee"}, ts.Speakers)
	_, err = Parse("last.md", []byte("---\ntitle: x\n---"))
	assert.ErrorContains(t, err, "no text")
}

// splitFrontMatterByLines is the line-splitting version splitFrontMatter replaced; it stays
// here as the reference the offset version must agree with.
func splitFrontMatterByLines(body string) (Meta, string, error) {
	var meta Meta
	if !strings.HasPrefix(body, "---\n") && strings.TrimRight(body, " \t") != "---" && !strings.HasPrefix(body, "--- \n") {
		return meta, body, nil
	}
	lines := strings.SplitAfter(body, "\n")
	end := -1
	for i := 1; i < len(lines); i++ {
		l := strings.TrimRight(lines[i], " \t\n")
		if l == "---" || l == "..." {
			end = i
			break
		}
	}
	if end < 0 {
		return meta, "", fmt.Errorf("no closing line")
	}
	return meta, strings.Join(lines[end+1:], ""), nil
}

func TestSplitFrontMatterByOffsets(t *testing.T) {
	bodies := []string{"---", "--- ", "---\n", "---\n---", "---\n---\n", "---\n...\nx", "--- \n---\nx\n", "---\n  ---  \nx",
		"---\ntitle: a\n---\nbody\n---\nmore\n", "---\ntitle: a\n", "no front matter\n---\n", "---\n\n\n---\n\nx", "---\n---\n-- -\nx"}
	for _, b := range bodies {
		_, wantBody, wantErr := splitFrontMatterByLines(b)
		_, gotBody, gotErr := splitFrontMatter(b)
		assert.Equal(t, wantErr != nil, gotErr != nil, "%q: error", b)
		if wantErr == nil && gotErr == nil {
			assert.Equal(t, wantBody, gotBody, "%q: body", b)
		}
	}
}

// Archivists write language tags and dates in more than one way: a BCP 47 tag keeps its
// language ("en-US" is en), a date its precision, in the canonical form. An ambiguous
// day/month order is refused, and so is a language the engine is not verified for.
func TestFrontMatterLanguageAndDateForms(t *testing.T) {
	for _, tt := range []struct{ lang, date, wantLang, wantDate string }{
		{"en-US", "30 March 2019", "en", "2019-03-30"},
		{"EN", "2019/03/30", "en", "2019-03-30"},
		{"ko_KR", "March 2019", "ko", "2019-03"},
		{"ko-kr", "2019.3.5", "ko", "2019-03-05"},
		{"ko", "2019", "ko", "2019"},
		{"ko", "2024년 3월 1일", "ko", "2024-03-01"},
		{"ko", "2024년3월15일", "ko", "2024-03-15"},
		{"ko", "2024년 11월", "ko", "2024-11"},
		{"ko", "2024년", "ko", "2024"},
		{"ko", "2024. 3. 1.", "ko", "2024-03-01"},
		{"ko", "2024. 3. 1", "ko", "2024-03-01"},
	} {
		doc := "---\nlanguage: " + tt.lang + "\ninterview_date: " + tt.date + "\n---\nbody\n"
		got, err := Parse("a.md", []byte(doc))
		require.NoError(t, err, doc)
		assert.Equal(t, tt.wantLang, got.Meta.Language)
		assert.Equal(t, tt.wantDate, got.Meta.InterviewDate)
	}
	for _, bad := range []string{"interview_date: 30/03/2019", "interview_date: 03/30/2019", "interview_date: 2024년 13월", "interview_date: 3월 1일", "language: english language", "language: e", "language: ru", "language: uk"} {
		_, err := Parse("a.md", []byte("---\n"+bad+"\n---\nbody\n"))
		assert.Error(t, err, bad)
	}
}

// assertRefused checks that Parse and Validate refuse data (named file) alike, with an error
// that names the file, says want, and quotes none of the content.
func assertRefused(t *testing.T, file, data, want string) {
	t.Helper()
	_, err := Parse(file, []byte(data))
	require.Error(t, err)
	_, verr := Validate(file, []byte(data))
	assert.Equal(t, err, verr, "Validate refuses as Parse does")
	assert.Contains(t, err.Error(), want)
	assert.True(t, strings.HasPrefix(err.Error(), file+": "), "error names the file: %v", err)
	assert.NotContains(t, err.Error(), secret, "errors never quote content")
	assert.NotContains(t, err.Error(), "Chol", "errors never quote content")
}
