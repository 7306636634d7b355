// Package transcript parses interview files (plain text, Markdown with YAML front matter,
// speaker-labelled transcripts, WebVTT, SRT) into a Testimony: metadata and plain text.
// It refuses bad input (empty, invalid UTF-8, NUL bytes, binary, malformed front matter) with
// errors that name the file and never quote its content.
package transcript

import "time"

// Consent records what the interviewee agreed to.
type Consent struct {
	Scope   string    `yaml:"scope" json:"scope"`
	Closure time.Time `yaml:"closure" json:"closure"` // closed until this date
}

// Meta is the front matter of a testimony. All of it is stored encrypted.
type Meta struct {
	Title          string   `yaml:"title" json:"title"`
	Language       string   `yaml:"language" json:"language"`
	InterviewDate  string   `yaml:"interview_date" json:"interview_date"` // YYYY-MM-DD or YYYY-MM or YYYY
	Interviewer    string   `yaml:"interviewer" json:"interviewer"`
	Interviewee    string   `yaml:"interviewee" json:"interviewee"`
	Policy         string   `yaml:"policy" json:"policy"`
	Topics         []string `yaml:"topics" json:"topics"`
	SensitiveTerms []string `yaml:"sensitive_terms" json:"sensitive_terms"`
	Consent        Consent  `yaml:"consent" json:"consent"`
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

// Parse parses one file's bytes. name is used for the format (by extension, then by content)
// and in errors.
func Parse(name string, data []byte) (*Testimony, error) { panic("not implemented") }
