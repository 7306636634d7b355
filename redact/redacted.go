package redact

// Redacted is the output of a successful, verified run. Its fields cannot be set outside this
// package, so the index, which accepts only *Redacted, can never be handed raw text.
type Redacted struct {
	id       string
	title    string
	text     string
	language string
	year     int
	topics   []string
	report   *Report
}

// ID is the testimony ID the document was redacted for.
func (r *Redacted) ID() string { return r.id }

// Title is the redacted title.
func (r *Redacted) Title() string { return r.title }

// Text is the redacted text.
func (r *Redacted) Text() string { return r.text }

// Language is the document language ("en", "ko" or "").
func (r *Redacted) Language() string { return r.language }

// Year is the interview year, the only part of the interview date that survives (0 if unknown).
func (r *Redacted) Year() int { return r.year }

// Topics are the archivist's topic labels.
func (r *Redacted) Topics() []string { return append([]string(nil), r.topics...) }

// Policy is the name of the policy the run applied.
func (r *Redacted) Policy() string { return r.report.Policy }

// Report is the run report. It holds removed surface forms: store it only encrypted.
func (r *Redacted) Report() *Report { return r.report }
