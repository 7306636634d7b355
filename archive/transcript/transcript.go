// Package transcript parses interview files (plain text, Markdown with YAML front matter,
// speaker-labelled transcripts, WebVTT, SRT) into a Testimony: metadata and plain text.
// It refuses bad input (empty, invalid UTF-8, NUL bytes, binary, malformed front matter) with
// errors that name the file and never quote its content. A file in UTF-16 with a byte order
// mark is decoded to UTF-8 first.
//
// # Formats
//
// The format is chosen by the file name's extension (.txt, .text, .md, .markdown, .vtt, .srt),
// and by content when the extension is unknown or absent ("-" for standard input): a first
// line "WEBVTT" means WebVTT, a counter line followed by a timing line means SRT, a first line
// "---" means front matter. Any text format may start with YAML front matter between two "---"
// lines; its keys are those of [Meta] and nothing else.
//
// Speaker-labelled turns ("Name: text" at the start of a line) are collected in
// [Testimony.Speakers], because speaker names are identifiers. Generic role labels (Q, A,
// Interviewer, 질문, ...) are not names and are left out. WebVTT voice tags (<v Name>) become
// turns in the same form.
//
// # Errors
//
// Every error starts with the file name and says what is wrong and, where it helps, the line.
// No error ever quotes the file's content.
package transcript

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Consent records what the interviewee agreed to.
type Consent struct {
	Scope   string    `yaml:"scope" json:"scope"`
	Closure time.Time `yaml:"closure" json:"closure"` // closed until this date
}

// Meta is the front matter of a testimony. All of it is stored encrypted.
type Meta struct {
	Title          string   `yaml:"title" json:"title"`
	Language       string   `yaml:"language" json:"language"`
	InterviewDate  string   `yaml:"interview_date" json:"interview_date"` // YYYY-MM-DD, YYYY-MM or YYYY once parsed
	Interviewer    People   `yaml:"interviewer" json:"interviewer"`
	Interviewee    People   `yaml:"interviewee" json:"interviewee"`
	Policy         string   `yaml:"policy" json:"policy"`
	Topics         []string `yaml:"topics" json:"topics"`
	SensitiveTerms []string `yaml:"sensitive_terms" json:"sensitive_terms"`
	Consent        Consent  `yaml:"consent" json:"consent"`
}

// People is a front-matter value that names one person or several: "interviewee: Ri Jong-ok",
// or "interviewee: [Ri Jong-ok, Ri Jong-hwa]" for a joint interview. Each is removed from the
// redacted copy. One name reads and writes as a plain string, as the field always did.
type People []string

// UnmarshalYAML takes a name or a list of names.
func (p *People) UnmarshalYAML(n *yaml.Node) error {
	switch n.Kind {
	case yaml.ScalarNode:
		*p = nil
		if n.Tag != "!!null" {
			*p = splitPeople(n.Value)
		}
		return nil
	case yaml.SequenceNode:
		var names []string
		if err := n.Decode(&names); err != nil {
			return err
		}
		*p = names
		return nil
	}
	return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: cannot unmarshal a mapping into a name", n.Line)}}
}

// splitPeople reads a plain value that lists several people ("박지현, 한수정", "Margaret Hale,
// Tom Reyes") as a list: each is a person of their own, who gets a label of their own.
// It is split only where every part is a full name by itself (two words or more, or one
// word in a script without spaces between names), so that "Hale, Margaret" and "Kim
// Min-ji, PhD" stay one person.
func splitPeople(v string) People {
	parts := strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == '，' || r == '、' || r == ';' })
	if len(parts) < 2 {
		return People{v}
	}
	for i, part := range parts {
		part = strings.TrimSpace(part)
		words := strings.Fields(part)
		nonASCII := len(words) == 1 && utf8.RuneCountInString(part) >= 2 && strings.IndexFunc(part, func(r rune) bool { return r < utf8.RuneSelf }) < 0
		if len(words) < 2 && !nonASCII {
			return People{v}
		}
		parts[i] = part
	}
	return People(parts)
}

// MarshalJSON writes one name as a string (none as ""), and several as a list.
func (p People) MarshalJSON() ([]byte, error) {
	if len(p) == 0 {
		return []byte(`""`), nil
	}
	if len(p) == 1 {
		return json.Marshal(p[0])
	}
	return json.Marshal([]string(p))
}

// UnmarshalJSON reads what MarshalJSON writes (and the plain string of older metadata).
func (p *People) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*p = nil
		if one != "" {
			*p = People{one}
		}
		return nil
	}
	var names []string
	if err := json.Unmarshal(b, &names); err != nil {
		return err
	}
	*p = names
	return nil
}

// Testimony is one parsed interview.
type Testimony struct {
	Source   string // the file name as given (never content)
	Format   string // "text", "markdown", "transcript", "webvtt", "srt"
	Meta     Meta
	Text     string   // the body as plain text (subtitle timing removed, turns kept as "Name: text")
	Speakers []string // speaker labels found in turns, in order of first appearance
	Original []byte   // the bytes exactly as read
}

// Formats.
const (
	FormatText       = "text"
	FormatMarkdown   = "markdown"
	FormatTranscript = "transcript"
	FormatWebVTT     = "webvtt"
	FormatSRT        = "srt"
)

// Extensions lists the file extensions Parse recognises (lower case, with the dot). A
// directory walk ingests only files with these extensions.
var Extensions = []string{".txt", ".text", ".md", ".markdown", ".vtt", ".srt"}

// Supported reports whether name has one of [Extensions].
func Supported(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range Extensions {
		if e == ext {
			return true
		}
	}
	return false
}

// Date parses Meta.InterviewDate (YYYY, YYYY-MM or YYYY-MM-DD, or a form of
// interviewDateLayouts); the zero time if empty.
func (m Meta) Date() (time.Time, error) {
	s := strings.TrimSpace(m.InterviewDate)
	if s == "" {
		return time.Time{}, nil
	}
	t, _, err := parseInterviewDate(s)
	return t, err
}

// interviewDateLayouts are the ways archivists write a date, each with the canonical layout
// of its precision (day, month or year).
var interviewDateLayouts = []struct{ layout, canonical string }{
	{"2006-01-02", "2006-01-02"}, {"2006-01", "2006-01"}, {"2006", "2006"},
	{"2006/01/02", "2006-01-02"}, {"2006.01.02", "2006-01-02"}, {"2006/1/2", "2006-01-02"}, {"2006.1.2", "2006-01-02"},
	{"2006/01", "2006-01"}, {"2006.01", "2006-01"},
	{"2 January 2006", "2006-01-02"}, {"January 2, 2006", "2006-01-02"}, {"January 2 2006", "2006-01-02"},
	{"2 Jan 2006", "2006-01-02"}, {"Jan 2, 2006", "2006-01-02"}, {"January 2006", "2006-01"}, {"Jan 2006", "2006-01"},
	// Korean archivists write "2024년 3월 1일" and "2024. 3. 1.".
	{"2006년 1월 2일", "2006-01-02"}, {"2006년1월2일", "2006-01-02"}, {"2006년 1월", "2006-01"}, {"2006년1월", "2006-01"},
	{"2006년", "2006"}, {"2006. 1. 2.", "2006-01-02"}, {"2006. 1. 2", "2006-01-02"}, {"2006.1.2.", "2006-01-02"},
	{"2006. 1.", "2006-01"},
}

// parseInterviewDate reads an interview date in any of interviewDateLayouts and returns it
// with its canonical form (YYYY-MM-DD, YYYY-MM or YYYY).
func parseInterviewDate(s string) (time.Time, string, error) {
	for _, l := range interviewDateLayouts {
		if t, err := time.Parse(l.layout, s); err == nil {
			return t, t.Format(l.canonical), nil
		}
	}
	return time.Time{}, "", errors.New("interview_date must be a date such as 2019-03-30, 2019-03, 2019, 2019/03/30, 30 March 2019 or 2019년 3월 30일")
}

// Parse parses one file's bytes. name is used for the format (by extension, then by content)
// and in errors.
func Parse(name string, data []byte) (*Testimony, error) {
	t, err := parse(name, data)
	if err != nil {
		return nil, err
	}
	turns := speakersOf(t.Text)
	if t.Format == FormatText && len(turns) > 0 {
		t.Format = FormatTranscript
	}
	t.Speakers = uniqueInOrder(append(t.Speakers, turns...))
	return t, nil
}

// Validate returns the error Parse would return for the same bytes, and the front matter.
// It skips what cannot fail (collecting the speaker labels), for a caller that checks many
// files before parsing each again to use it.
func Validate(name string, data []byte) (Meta, error) {
	t, err := parse(name, data)
	if err != nil {
		return Meta{}, err
	}
	return t.Meta, nil
}

// parse is Parse without the speaker labels of turns.
func parse(name string, data []byte) (*Testimony, error) {
	if ext := strings.ToLower(filepath.Ext(name)); documentExts[ext] {
		return nil, fmt.Errorf("%s: unsupported file extension %s: save the transcript as %s", name, ext, strings.Join(Extensions, ", "))
	}
	// A file saved as UTF-16 with a byte order mark (Windows exports of subtitles and notes)
	// is read as the text it holds; its zero high bytes are no NUL bytes. The checks below
	// then apply to the decoded text; Original keeps the bytes as read.
	text, err := fromUTF16(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := checkText(text); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if ext := filepath.Ext(name); ext != "" && !Supported(name) {
		// Text, but not in a format we know: refused rather than guessed, as a directory walk
		// skips it. A name without an extension is recognised by its content.
		return nil, fmt.Errorf("%s: unknown file extension %s: transcripts are %s (or no extension)", name, ext, strings.Join(Extensions, ", "))
	}
	body := string(text)
	body = strings.TrimPrefix(body, "\ufeff")
	body = strings.ReplaceAll(body, "\r\n", "\n")
	body = strings.ReplaceAll(body, "\r", "\n")

	format := formatByExt(name)
	if format == "" {
		format = formatByContent(body)
	}
	t := &Testimony{Source: name, Format: format, Original: data}
	switch format {
	case FormatWebVTT:
		t.Text, t.Speakers, err = parseVTT(body)
	case FormatSRT:
		t.Text, err = parseSRT(body)
	default:
		t.Meta, t.Text, err = splitFrontMatter(body)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := validateMeta(&t.Meta); err != nil {
		return nil, fmt.Errorf("%s: front matter: %w", name, err)
	}
	if strings.TrimSpace(t.Text) == "" {
		return nil, fmt.Errorf("%s: no text: the file holds no testimony", name)
	}
	return t, nil
}

// documentExts are formats people save transcripts in that are not text; Parse names the
// extension rather than guessing.
var documentExts = map[string]bool{
	".docx": true, ".doc": true, ".odt": true, ".rtf": true, ".pdf": true, ".pages": true,
	".xlsx": true, ".xls": true, ".pptx": true, ".zip": true, ".png": true, ".jpg": true,
	".jpeg": true, ".gif": true, ".mp3": true, ".m4a": true, ".wav": true, ".mp4": true,
	".mov": true, ".age": true, ".gz": true, ".exe": true,
}

// checkText refuses what is not text: empty, NUL bytes, invalid UTF-8, binary formats and
// control characters.
func checkText(data []byte) error {
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\ufeff")))) == 0 {
		return errors.New("empty file: nothing to ingest")
	}
	if kind := binaryMagic(data); kind != "" {
		return fmt.Errorf("binary content (%s), not a text transcript", kind)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		if looksUTF16(data) {
			return fmt.Errorf("contains NUL bytes (line %d): the file looks like UTF-16 without a byte order mark: save it as UTF-8", lineAt(data, i))
		}
		return fmt.Errorf("contains NUL bytes (line %d): binary content, not a text transcript", lineAt(data, i))
	}
	if !utf8.Valid(data) {
		i := firstInvalid(data)
		return fmt.Errorf("invalid UTF-8 at line %d (byte %d): convert the file to UTF-8", lineAt(data, i), i)
	}
	// Control characters are ASCII: counting bytes counts them without decoding (or copying)
	// the text; data is valid UTF-8, where no byte below 0x80 is part of another rune.
	ctrl := 0
	for _, c := range data {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7f {
			ctrl++
		}
	}
	if ctrl > 0 && ctrl*100 > utf8.RuneCount(data) {
		return errors.New("binary content (control characters), not a text transcript")
	}
	return nil
}

// fromUTF16 returns data decoded to UTF-8 when it starts with a UTF-16 byte order mark
// (little or big endian), and data itself otherwise. Malformed UTF-16 (an odd length, a lone
// surrogate) is refused, as invalid UTF-8 is: nothing is replaced by a guess.
func fromUTF16(data []byte) ([]byte, error) {
	var order binary.ByteOrder
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		order = binary.LittleEndian
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		order = binary.BigEndian
	default:
		return data, nil
	}
	if len(data)%2 != 0 {
		return nil, errors.New("invalid UTF-16 (an odd number of bytes): convert the file to UTF-8")
	}
	out := make([]byte, 0, len(data))
	line := 1
	for i := 2; i < len(data); i += 2 {
		r := rune(order.Uint16(data[i:]))
		if utf16.IsSurrogate(r) {
			var r2 rune = utf8.RuneError
			if i+4 <= len(data) {
				r2 = rune(order.Uint16(data[i+2:]))
			}
			if r = utf16.DecodeRune(r, r2); r == utf8.RuneError {
				return nil, fmt.Errorf("invalid UTF-16 at line %d: convert the file to UTF-8", line)
			}
			i += 2
		}
		if r == '\n' {
			line++
		}
		out = utf8.AppendRune(out, r)
	}
	return out, nil
}

// looksUTF16 reports whether NUL bytes fall on every other byte, as in UTF-16 text of Latin
// letters saved without a byte order mark (refused, but with the cause named).
func looksUTF16(data []byte) bool {
	n := min(len(data), 512) &^ 1
	var zeros [2]int
	for i := 0; i < n; i++ {
		if data[i] == 0 {
			zeros[i&1]++
		}
	}
	return n >= 8 && (zeros[0]*4 >= n && zeros[1] == 0 || zeros[1]*4 >= n && zeros[0] == 0)
}

func binaryMagic(data []byte) string {
	magics := []struct{ prefix, kind string }{
		{"%PDF-", "PDF"},
		{"\x89PNG", "PNG image"},
		{"\xff\xd8\xff", "JPEG image"},
		{"GIF8", "GIF image"},
		{"PK\x03\x04", "zip archive or office document"},
		{"\x1f\x8b", "gzip"},
		{"\x7fELF", "executable"},
		{"{\\rtf", "RTF"},
		{"\xd0\xcf\x11\xe0", "office document"},
		{"ID3", "audio"},
		{"OggS", "audio"},
		{"fLaC", "audio"},
		{"age-encryption.org/", "age ciphertext"},
		{"-----BEGIN AGE ENCRYPTED FILE-----", "age ciphertext"},
	}
	for _, m := range magics {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return m.kind
		}
	}
	if len(data) > 12 && string(data[4:8]) == "ftyp" {
		return "audio or video"
	}
	if bytes.HasPrefix(data, []byte("RIFF")) {
		return "audio or video"
	}
	return ""
}

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, w := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && w <= 1 {
			return i
		}
		i += w
	}
	return len(data)
}

func lineAt(data []byte, off int) int { return bytes.Count(data[:off], []byte("\n")) + 1 }

func formatByExt(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return FormatText
	case ".md", ".markdown":
		return FormatMarkdown
	case ".vtt":
		return FormatWebVTT
	case ".srt":
		return FormatSRT
	}
	return ""
}

var srtTiming = regexp.MustCompile(`^\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}`)

// vttTiming also takes SRT's comma before the milliseconds (00:00:01,000), as files converted
// from SRT by hand carry it and players read them.
var vttTiming = regexp.MustCompile(`^\s*(?:\d+:)?\d{2}:\d{2}[.,]\d{3}\s+-->\s+(?:\d+:)?\d{2}:\d{2}[.,]\d{3}`)

func formatByContent(body string) string {
	first, rest, _ := strings.Cut(body, "\n")
	switch {
	case strings.HasPrefix(first, "WEBVTT"):
		return FormatWebVTT
	case strings.TrimSpace(first) == "---":
		return FormatMarkdown
	}
	if isCounter(first) {
		second, _, _ := strings.Cut(rest, "\n")
		if srtTiming.MatchString(second) {
			return FormatSRT
		}
	}
	return FormatText
}

func isCounter(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 9 {
		return false
	}
	_, err := strconv.Atoi(s)
	return err == nil
}

// splitFrontMatter parses optional YAML front matter and returns the body after it.
func splitFrontMatter(body string) (Meta, string, error) {
	var meta Meta
	if !strings.HasPrefix(body, "---\n") && strings.TrimRight(body, " \t") != "---" && !strings.HasPrefix(body, "--- \n") {
		return meta, body, nil
	}
	// Find the closing line by offsets: the YAML and the body are substrings of body, not
	// copies of every line.
	_, rest, _ := strings.Cut(body, "\n")
	yamlStart := len(body) - len(rest)
	yamlEnd, bodyStart := -1, -1
	for off := yamlStart; off < len(body); {
		line := body[off:]
		next := len(body)
		if j := strings.IndexByte(line, '\n'); j >= 0 {
			line, next = line[:j+1], off+j+1
		}
		if l := strings.TrimRight(line, " \t\n"); l == "---" || l == "..." {
			yamlEnd, bodyStart = off, next
			break
		}
		off = next
	}
	if yamlEnd < 0 {
		return meta, "", errors.New("malformed front matter at line 1: no closing \"---\" line")
	}
	yamlText := body[yamlStart:yamlEnd]
	if strings.TrimSpace(yamlText) != "" {
		dec := yaml.NewDecoder(strings.NewReader(yamlText))
		dec.KnownFields(true)
		if err := dec.Decode(&meta); err != nil {
			return meta, "", yamlError(err)
		}
	}
	return meta, body[bodyStart:], nil
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

// languageTag is a BCP 47 tag's shape: a language of two or three letters and subtags.
var languageTag = regexp.MustCompile(`^[a-z]{2,3}([-_][a-z0-9]{2,8})*$`)

// yamlError rewrites a YAML error without any of the document's content: only the line
// (counted in the file, so the opening "---" is line 1) and the kind of problem.
func yamlError(err error) error {
	msg := err.Error()
	line := 0
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		line++ // the opening "---"
	}
	kind := "malformed YAML"
	switch {
	case strings.Contains(msg, "not found in type"):
		kind = "unknown key (allowed: title, language, interview_date, interviewer, interviewee, policy, topics, sensitive_terms, consent)"
	case strings.Contains(msg, "cannot unmarshal"):
		kind = "a value has the wrong type"
	case strings.Contains(msg, "already defined") || strings.Contains(msg, "already set"):
		kind = "a key appears twice"
	}
	if line > 0 {
		return fmt.Errorf("malformed front matter at line %d: %s", line, kind)
	}
	return fmt.Errorf("malformed front matter: %s", kind)
}

func validateMeta(m *Meta) error {
	// A language tag as BCP 47 writes it ("en", "ko", "en-US", "ko-KR"); the facet keeps its
	// language, lower case. The redaction engine is measured on English and Korean only: a
	// testimony in another language is refused rather than redacted on trust (a Russian
	// interview's dates and units would pass through).
	if lang := strings.ToLower(strings.TrimSpace(m.Language)); lang != "" {
		primary, _, _ := strings.Cut(strings.ReplaceAll(lang, "_", "-"), "-")
		if !languageTag.MatchString(lang) || primary != "en" && primary != "ko" {
			return errors.New("language must be en or ko (a tag such as en-US or ko-KR is read as its language): the redaction engine is verified for English and Korean only")
		}
		m.Language = primary
	}
	if s := strings.TrimSpace(m.InterviewDate); s != "" {
		_, canonical, err := parseInterviewDate(s)
		if err != nil {
			return err
		}
		m.InterviewDate = canonical
	}
	for _, s := range m.SensitiveTerms {
		if strings.TrimSpace(s) == "" {
			return errors.New("sensitive_terms holds an empty term")
		}
	}
	for _, people := range []struct {
		key   string
		names People
	}{{"interviewer", m.Interviewer}, {"interviewee", m.Interviewee}} {
		if len(people.names) > 1 && slices.ContainsFunc(people.names, func(n string) bool { return strings.TrimSpace(n) == "" }) {
			return fmt.Errorf("%s lists an empty name", people.key)
		}
	}
	if m.Policy != "" && !validPolicyName(m.Policy) {
		return errors.New("policy is not a valid policy name")
	}
	return nil
}

func validPolicyName(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return len(s) <= 64
}

// parseVTT turns WebVTT into plain text: header, NOTE/STYLE/REGION blocks, cue ids and timings
// are dropped; voice tags become "Name: text" turns; other tags are stripped.
func parseVTT(body string) (string, []string, error) {
	lines := strings.Split(body, "\n")
	if !strings.HasPrefix(lines[0], "WEBVTT") || (len(lines[0]) > 6 && lines[0][6] != ' ' && lines[0][6] != '\t') {
		return "", nil, errors.New("malformed WebVTT at line 1: the file must start with \"WEBVTT\"")
	}
	i := 1
	for i < len(lines) && strings.TrimSpace(lines[i]) != "" { // header block
		if strings.Contains(lines[i], "-->") {
			// A cue right after the header, with no blank line between: the header ends at
			// its timing line (a cue identifier before it is taken as a header line, and
			// dropped as cue identifiers are). Any other arrow in the header is refused.
			if !vttTiming.MatchString(lines[i]) {
				return "", nil, fmt.Errorf("malformed WebVTT at line %d: a cue needs a blank line before it", i+1)
			}
			break
		}
		i++
	}
	var out strings.Builder
	var speakers []string
	emptyCue := false // the last cue had a timing line and no text
	var last cueEnd   // the turn written last, whose line is not ended yet
	for i < len(lines) {
		start, block, next := nextBlock(lines, i)
		if block == nil {
			break
		}
		i = next
		head := block[0]
		if strings.HasPrefix(head, "NOTE") || strings.HasPrefix(head, "STYLE") || strings.HasPrefix(head, "REGION") {
			continue
		}
		t := 0
		if !strings.Contains(block[0], "-->") {
			t = 1 // cue identifier
		}
		var payload []string
		switch {
		case t < len(block) && vttTiming.MatchString(block[t]):
			payload = block[t+1:]
		case emptyCue && !slices.ContainsFunc(block, func(l string) bool { return strings.Contains(l, "-->") }):
			// The text of the cue before, after a stray blank line below its timing.
			payload = block
		default:
			return "", nil, fmt.Errorf("malformed WebVTT at line %d: expected a cue timing line", start+t+1)
		}
		emptyCue = len(payload) == 0
		if len(payload) == 0 {
			continue
		}
		// A cue may hold several voices ("<v Ri>...\n<v Interviewer>..."): each is a turn of
		// its own, so that no one's words are put in another's mouth.
		for _, part := range vttVoiceParts(strings.Join(payload, "\n")) {
			speaker, text := vttPayload(part)
			if strings.TrimSpace(text) == "" {
				continue
			}
			if last.continuedBy(speaker, text) {
				out.WriteString(text) // the rest of the word the last cue broke
				last.text = text
				continue
			}
			last.end(&out)
			if speaker != "" {
				if !isGeneric(speaker) {
					speakers = append(speakers, speakerName(speaker))
				}
				out.WriteString(speaker)
				out.WriteString(": ")
			}
			out.WriteString(text)
			last = cueEnd{open: true, speaker: speaker, text: text}
		}
	}
	last.end(&out)
	return out.String(), uniqueInOrder(speakers), nil
}

// vttVoiceParts cuts a cue's payload before each voice tag after the first.
func vttVoiceParts(p string) []string {
	locs := vttVoice.FindAllStringIndex(p, -1)
	if len(locs) < 2 {
		return []string{p}
	}
	parts := []string{p[:locs[1][0]]}
	for k := 1; k < len(locs); k++ {
		end := len(p)
		if k+1 < len(locs) {
			end = locs[k+1][0]
		}
		parts = append(parts, p[locs[k][0]:end])
	}
	return parts
}

var vttVoice = regexp.MustCompile(`<v(?:\.[^ \t>]*)?[ \t]+([^>]+)>`)
var vttTag = regexp.MustCompile(`</?[a-zA-Z][^>]*>|<\d[\d:.]*>`)

func vttPayload(p string) (speaker, text string) {
	if m := vttVoice.FindStringSubmatch(p); m != nil {
		speaker = strings.TrimSpace(m[1])
	}
	text = vttTag.ReplaceAllString(p, "")
	text = unescapeEntities(text)
	text = strings.Join(strings.Fields(strings.ReplaceAll(joinBrokenWords(text), "\n", " ")), " ")
	return speaker, text
}

// joinBrokenWords joins a word broken at a line's end by a hyphen ("My niece is Pang
// Hye-" / "sun"): the lines of a cue are otherwise joined with a space, which leaves the
// name in two pieces ("Hye- sun") that no detector reads as one.
func joinBrokenWords(s string) string {
	if !strings.Contains(s, "-\n") {
		return s
	}
	var b strings.Builder
	for len(s) > 0 {
		k := strings.Index(s, "-\n")
		if k < 0 {
			b.WriteString(s)
			break
		}
		rest := strings.TrimLeft(s[k+2:], " \t")
		if brokenWord(s[:k+1], rest) {
			b.WriteString(s[:k+1])
			s = rest
			continue
		}
		b.WriteString(s[:k+2])
		s = s[k+2:]
	}
	return b.String()
}

// brokenWord says whether a line (or cue) that ends with before and one that starts with
// after are one word broken by a hyphen: a letter and one hyphen, then a lower-case letter
// (a dash in speech is written "--", or after a space).
func brokenWord(before, after string) bool {
	if !strings.HasSuffix(before, "-") || strings.HasSuffix(before, "--") {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(before[:len(before)-1])
	n, _ := utf8.DecodeRuneInString(after)
	return unicode.IsLetter(p) && unicode.IsLower(n)
}

// cueEnd is the turn a subtitle parser wrote last, its line not yet ended: the next cue of
// the same voice may finish a word it broke with a hyphen ("His wife was Son Mi-" / "rae.").
type cueEnd struct {
	open          bool
	speaker, text string
}

// continuedBy says whether the next cue's text, of speaker, finishes the word the last
// turn broke.
func (c *cueEnd) continuedBy(speaker, text string) bool {
	return c.open && c.speaker == speaker && brokenWord(c.text, text)
}

// end ends the last turn's line.
func (c *cueEnd) end(out *strings.Builder) {
	if c.open {
		out.WriteString("\n")
	}
	c.open = false
}

func unescapeEntities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	r := strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&nbsp;", " ", "&lrm;", "", "&rlm;", "", "&quot;", "\"", "&#39;", "'")
	return r.Replace(s)
}

var srtTag = regexp.MustCompile(`</?[a-zA-Z][^>]*>|\{\\[^}]*\}`)

// parseSRT turns SRT into plain text: counters and timings are dropped, formatting tags
// stripped, each cue becomes one line.
func parseSRT(body string) (string, error) {
	lines := strings.Split(body, "\n")
	var out strings.Builder
	i := 0
	emptyCue := false // the last cue had a timing line and no text
	var last cueEnd   // the cue written last, whose line is not ended yet
	for i < len(lines) {
		start, block, next := nextBlock(lines, i)
		if block == nil {
			break
		}
		i = next
		t := 0
		if isCounter(block[0]) {
			t = 1
		}
		var text []string
		switch {
		case t < len(block) && srtTiming.MatchString(block[t]):
			text = block[t+1:]
		case emptyCue && !slices.ContainsFunc(block, func(l string) bool { return srtTiming.MatchString(l) }):
			// The text of the cue before, after a stray blank line below its timing (an
			// empty cue followed by a block of text, as some editors write it).
			text = block
		default:
			return "", fmt.Errorf("malformed SRT at line %d: expected a cue counter and a timing line", start+t+1)
		}
		// A cue that runs into the next with no blank line between ("...text\n4\n00:00:16,500
		// --> ..."): the next cue starts at its timing line (or the counter before it).
		for k := 1; k < len(text); k++ {
			if srtTiming.MatchString(text[k]) {
				if isCounter(text[k-1]) {
					k--
				}
				i = start + (len(block) - len(text)) + k
				text = text[:k]
				break
			}
		}
		emptyCue = len(text) == 0
		payload := joinBrokenWords(strings.Join(text, "\n"))
		payload = srtTag.ReplaceAllString(payload, "")
		payload = unescapeEntities(payload)
		payload = strings.Join(strings.Fields(payload), " ")
		if payload == "" {
			continue
		}
		if last.continuedBy("", payload) {
			out.WriteString(payload) // the rest of the word the last cue broke
			last.text = payload
			continue
		}
		last.end(&out)
		out.WriteString(payload)
		last = cueEnd{open: true, text: payload}
	}
	last.end(&out)
	return out.String(), nil
}

// turnLabel matches "Name: text" at the start of a line: one to four words of letters
// (Latin or Hangul), optionally after a time stamp ("[00:12:41] Ryu: ...") and a dash.
var turnLabel = regexp.MustCompile(`^[ \t]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?[ \t]+)?(?:[-–—][ \t]*)?(?:\*\*)?([\p{Lu}\p{Hangul}][\p{L}\p{M}'’.\-]*(?:[ \t][\p{L}\p{M}\p{N}'’.\-]+){0,3})(?:[ \t]*\(([^()\n]{1,40})\))?(?:\*\*)?[ \t]*[:：](?:\*\*)?[ \t]+\S`)

// generic labels are roles, not names: a label made only of these words ("Unknown speaker",
// "Mother", "Broker 2") names no one. Kinship and trade words are among them: "Mother: ..."
// is a turn of someone's mother, and taking the word for her name would put a speaker's
// pseudonym on every "my mother" of the text. So are the words a line of notes starts with
// ("Korean: ...", "Phone: ...").
var genericLabels = map[string]bool{
	// Korean contact fields ("위챗: ...", "전화번호: ..."): a line of notes, not a speaker.
	"위챗": true, "카톡": true, "카카오톡": true, "큐큐": true, "텔레그램": true, "전화": true, "전화번호": true,
	"연락처": true, "주소": true, "이메일": true, "메일": true, "휴대폰": true, "핸드폰": true, "번호": true, "아이디": true,
	"q": true, "a": true, "interviewer": true, "interviewee": true, "narrator": true,
	"speaker": true, "translator": true, "interpreter": true, "note": true, "notes": true,
	"date": true, "time": true, "place": true, "location": true, "title": true, "summary": true,
	"source": true, "question": true, "answer": true, "moderator": true, "host": true,
	"editor's note": true, "translator's note": true, "unknown": true, "unidentified": true,
	"질문": true, "답변": true, "답": true, "문": true, "면담자": true, "구술자": true, "통역": true,
	"진행자": true, "사회자": true, "기자": true, "피면담자": true,
	// more Korean roles: the interviewer and the interviewee as transcribers write them, and
	// a defector as the speaker's role ("탈북민: ..."); none is a name.
	"면접자": true, "피면접자": true, "면접관": true, "질문자": true, "답변자": true, "응답자": true,
	"인터뷰어": true, "인터뷰이": true, "연구자": true, "연구원": true, "조사자": true, "조사원": true,
	"통역사": true, "통역자": true, "번역자": true, "화자": true, "증언자": true, "참여자": true,
	"참가자": true, "탈북민": true, "탈북자": true, "녹취자": true, "기록자": true,
	// Russian, Chinese and Japanese roles (a prisoner of war's interview, a broker's chat)
	"интервьюер": true, "интервьюируемый": true, "опрошенный": true, "опрашиваемый": true,
	"респондент": true, "вопрос": true, "ответ": true, "переводчик": true, "ведущий": true,
	"рассказчик": true, "собеседник": true, "корреспондент": true, "журналист": true,
	"исследователь": true, "примечание": true,
	"采访者": true, "采访人": true, "受访者": true, "受访人": true, "访谈者": true, "记者": true,
	"主持人": true, "翻译": true, "问": true, "答": true, "提问": true, "回答": true,
	"インタビュアー": true, "聞き手": true, "話し手": true, "通訳": true, "質問": true,
	// people by role
	"mother": true, "father": true, "son": true, "daughter": true, "brother": true, "sister": true,
	"wife": true, "husband": true, "grandmother": true, "grandfather": true, "aunt": true,
	"uncle": true, "cousin": true, "child": true, "man": true, "woman": true, "male": true,
	"female": true, "broker": true, "officer": true, "guard": true, "soldier": true,
	"prisoner": true, "pastor": true, "doctor": true, "teacher": true, "driver": true,
	"witness": true, "respondent": true, "participant": true, "voice": true, "audience": true,
	"all": true, "both": true, "others": true, "other": true, "elder": true, "younger": true,
	"older": true, "first": true, "second": true, "third": true,
	"어머니": true, "아버지": true, "엄마": true, "아빠": true, "아들": true, "딸": true,
	"남편": true, "아내": true, "브로커": true, "목사": true, "할머니": true, "할아버지": true,
	// the words a line of notes starts with
	"korean": true, "english": true, "chinese": true, "russian": true, "japanese": true,
	"translation": true, "transcript": true, "original": true, "phone": true, "tel": true,
	"email": true, "e-mail": true, "address": true, "blog": true, "website": true, "web": true,
	"link": true, "number": true, "update": true, "warning": true, "example": true,
	"subject": true, "topic": true, "topics": true, "comment": true, "context": true,
	"wechat": true, "kakaotalk": true, "kakao": true, "telegram": true, "whatsapp": true,
	"signal": true, "line": true, "viber": true, "skype": true, "instagram": true, "facebook": true,
	"twitter": true, "tiktok": true, "youtube": true, "qq": true, "weixin": true, "mobile": true,
	"cell": true, "fax": true, "plate": true, "car": true, "vehicle": true, "truck": true,
}

// honorifics are titles before a speaker's name ("Dr. Hwang:", "Ms Pak:"): the name is what
// follows, the title is not part of it.
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "prof": true, "rev": true,
	"pastor": true, "comrade": true, "officer": true, "captain": true, "lieutenant": true,
	"sergeant": true, "major": true, "colonel": true, "general": true, "auntie": true,
	"uncle": true, "grandma": true, "grandpa": true, "madam": true, "sir": true,
}

// speakerName is the name a turn's label gives: the label without the titles before it, or
// "" when nothing but titles is left.
func speakerName(label string) string {
	words := strings.Fields(label)
	for len(words) > 1 && honorifics[strings.ToLower(strings.TrimRight(words[0], "."))] {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// speakersOf returns the labels of "Name: text" turns, in order of first appearance, when
// the text has at least two turns; generic role labels are left out.
func speakersOf(text string) []string {
	var labels []string
	turns := 0
	for line := range strings.SplitSeq(text, "\n") {
		if !strings.ContainsAny(line, ":：") {
			continue // turnLabel needs a colon; most lines of prose have none
		}
		m := turnLabel.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		label := strings.TrimSpace(m[1])
		if strings.HasPrefix(label, "http") || utf8.RuneCountInString(label) > 40 {
			continue
		}
		if !isGeneric(label) && !nameLike(label) {
			continue // "Her number: ...", "My blog: ...": prose, not a turn
		}
		turns++
		if !isGeneric(label) {
			labels = append(labels, speakerName(label))
		}
		// "Interviewer (Elena Marsh):" names the speaker in parentheses.
		if inner := strings.TrimSpace(m[2]); inner != "" && nameLike(inner) && !isGeneric(inner) {
			labels = append(labels, speakerName(inner))
		}
	}
	if turns < 2 {
		return nil
	}
	return uniqueInOrder(labels)
}

// proseOpeners begin a line of prose that has a colon in it ("In China: we hid in a barn.",
// "After Shenyang: Kunming."), never a speaker's name.
var proseOpeners = map[string]bool{"in": true, "on": true, "at": true, "after": true, "before": true, "from": true,
	"to": true, "during": true, "since": true, "by": true, "for": true, "with": true, "then": true, "and": true,
	"but": true, "the": true, "a": true, "an": true, "my": true, "our": true, "his": true, "her": true, "their": true,
	"when": true, "later": true, "now": true, "until": true, "near": true, "via": true, "through": true}

// noteWords are ordinary words a line of notes or prose starts with ("Remember: the broker
// never calls twice.", "Important: ...", "Yes: ..."): imperatives, adjectives, adverbs and
// note words that are no one's name. Words that are also names or romanized surnames (Hope,
// Grace, Will, May, Oh, Young, Song, Moon) are not here: a label made of one stays a
// speaker. The redaction engine's nonSpeakerLabels hold the same words.
var noteWords = map[string]bool{
	"remember": true, "important": true, "caution": true, "attention": true, "reminder": true,
	"nb": true, "ps": true, "fyi": true, "tip": true, "hint": true, "lesson": true, "rule": true,
	"rules": true, "step": true, "steps": true, "fact": true, "truth": true, "result": true,
	"reason": true, "problem": true, "solution": true, "conclusion": true, "correction": true,
	"clarification": true, "addendum": true, "aside": true, "remark": true, "remarks": true,
	"observation": true, "notice": true, "danger": true, "careful": true, "advice": true,
	"questions": true, "answers": true, "yes": true, "no": true, "ok": true, "okay": true,
	"so": true, "also": true, "finally": true, "meanwhile": true, "afterwards": true,
	"afterward": true, "firstly": true, "secondly": true, "lastly": true, "however": true,
	"instead": true, "again": true, "basically": true, "honestly": true, "seriously": true,
	"anyway": true, "actually": true, "obviously": true, "sadly": true, "luckily": true,
	"fortunately": true, "unfortunately": true, "surprisingly": true, "listen": true,
	"look": true, "imagine": true, "consider": true, "please": true, "beware": true,
	"never": true, "always": true, "sometimes": true, "today": true, "tomorrow": true,
	"yesterday": true, "tonight": true, "once": true, "otherwise": true, "wait": true,
	"well": true, "sure": true, "really": true, "exactly": true, "maybe": true, "perhaps": true,
	"probably": true, "certainly": true, "definitely": true, "this": true, "that": true,
	"there": true, "here": true, "it": true, "i": true, "we": true, "you": true,
	// the fields of a transfer or a bank card ("Recipient: Ri Yong-ho", "Account holder:
	// ..."), as in the engine's nonSpeakerLabels
	"name": true, "account": true, "holder": true, "recipient": true, "beneficiary": true,
	"sender": true, "payee": true, "payer": true, "remitter": true, "depositor": true,
	"bank": true, "card": true, "amount": true, "branch": true, "transfer": true,
}

// nameLike reports whether s looks like a name: words that start with a capital letter or a
// Hangul syllable, the first not a word that begins prose or a note.
func nameLike(s string) bool {
	if first, _, _ := strings.Cut(s, " "); proseOpeners[strings.ToLower(first)] || noteWords[strings.ToLower(first)] {
		return false
	}
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.Is(unicode.Hangul, r) {
			return false
		}
	}
	return s != ""
}

func isGeneric(label string) bool {
	l := strings.ToLower(strings.TrimRight(label, "."))
	if genericLabels[l] {
		return true
	}
	// "Speaker 1", "Interviewer 2", "Q1", "A1", "Unknown speaker", "Elder sister"
	f := strings.FieldsFunc(l, func(r rune) bool { return unicode.IsDigit(r) || unicode.IsSpace(r) })
	for _, w := range f {
		if !genericLabels[w] {
			return false
		}
	}
	return len(f) > 0
}

// uniqueInOrder drops repeats, keeping first appearances, in linear time.
func uniqueInOrder(list []string) []string {
	if len(list) == 0 {
		return nil
	}
	seen := make(map[string]bool, len(list))
	out := list[:0]
	for _, s := range list {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// nextBlock finds the next cue block of a subtitle file at or after line i: the lines up to
// the next blank line. It returns the block's first line, its lines (nil at the end of the
// file) and the line after it.
func nextBlock(lines []string, i int) (start int, block []string, next int) {
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	start = i
	for i < len(lines) && strings.TrimSpace(lines[i]) != "" {
		block = append(block, lines[i])
		i++
	}
	return start, block, i
}
