package redact

import "time"

// Category names a kind of identifier. Policies map each category to one action.
type Category string

// The categories the engine detects. Direct identifiers first, then quasi-identifiers.
const (
	Person        Category = "person"         // names of private persons, speaker labels, nicknames
	Phone         Category = "phone"          // telephone numbers
	Email         Category = "email"          // e-mail addresses
	URL           Category = "url"            // URLs (with personal handles or not)
	Handle        Category = "handle"         // messenger IDs, social media handles
	IDNumber      Category = "id_number"      // ID, passport, account, card, case and application numbers
	Address       Category = "address"        // street addresses
	BirthDate     Category = "birth_date"     // exact dates of birth
	SensitiveTerm Category = "sensitive_term" // per-testimony terms and deny-list hits: always suppressed

	Place        Category = "place"         // places below country level
	Date         Category = "date"          // absolute and relative dates
	Age          Category = "age"           // ages
	Money        Category = "money"         // sums of money
	Quantity     Category = "quantity"      // counts that identify a household (number of children, ...)
	Workplace    Category = "workplace"     // employers, work units, schools, organisations of private persons
	MilitaryUnit Category = "military_unit" // unit designations
	Rank         Category = "rank"          // military and party ranks
	Kinship      Category = "kinship"       // family relations that identify ("my younger sister")
	Physical     Category = "physical"      // physical descriptions (scars, height, tattoos)
	Route        Category = "route"         // crossing points and routes
	Demographic  Category = "demographic"   // nationality, ethnicity, occupation of the person
)

// Action is what a policy does with a span of one category.
type Action string

// The actions. Keep leaves the text as it is and is recorded in the report.
const (
	Pseudonymize Action = "pseudonymize"
	Generalize   Action = "generalize"
	Suppress     Action = "suppress"
	Keep         Action = "keep"
)

// Role is the known part a person plays in a testimony; it names pseudonyms ("[Interviewee]").
type Role string

// Known roles.
const (
	RoleInterviewee Role = "interviewee"
	RoleInterviewer Role = "interviewer"
	RoleSpeaker     Role = "speaker"
	RoleBroker      Role = "broker"
	RoleRelative    Role = "relative"
	RolePerson      Role = "person"
)

// Known is an identifier the caller already knows about: front-matter identities, speaker
// labels, per-testimony sensitive terms. Known identifiers are always removed.
type Known struct {
	Text     string
	Category Category // Person for people, SensitiveTerm for terms
	Role     Role     // for people
}

// Document is the engine's input: one testimony's text and what is known about it.
type Document struct {
	ID       string // the testimony's random ID (keys archive-wide pseudonyms, never printed)
	Title    string // redacted with the same pseudonym table as Text
	Text     string
	Language string    // "en", "ko", or ""
	Date     time.Time // interview date; only the year survives redaction
	Topics   []string
	Known    []Known
	// Keep lists surface forms a reviewer marked as false positives for this testimony.
	Keep []string
}

// Span is one decision of a run: where, what, why, and what replaced it.
type Span struct {
	Start       int      `json:"start"` // byte offset in Document.Text, inclusive
	End         int      `json:"end"`   // byte offset, exclusive
	Text        string   `json:"text"`  // the surface form; only ever stored encrypted
	Category    Category `json:"category"`
	Detector    string   `json:"detector"` // which detector found it
	Rule        string   `json:"rule"`     // which pattern, list or table entry
	Reason      string   `json:"reason"`   // why: context words, list hits, checksum
	Score       float64  `json:"score"`
	Action      Action   `json:"action"`
	Replacement string   `json:"replacement"`
	Entity      string   `json:"entity,omitempty"` // groups mentions of one entity (pseudonym label key)
	Field       string   `json:"field,omitempty"`  // "title" for spans in the title, "" for the text
}

// Report is the full account of one run. It holds surface forms: store it only encrypted.
type Report struct {
	Policy        string           `json:"policy"`
	PolicyVersion string           `json:"policy_version"`
	PolicySHA256  string           `json:"policy_sha256"`
	Spans         []Span           `json:"spans"`
	Counts        map[Category]int `json:"counts"` // spans per category whose action changed text
	OutputSHA256  string           `json:"output_sha256"`
	InputSHA256   string           `json:"input_sha256"`
}
