// Package archive is Testimony's archive on disk. (The full package manual goes in doc.go.)
package archive

import (
	"context"
	"io"
	"time"

	"filippo.io/age"
	"github.com/testimony-archive/testimony/archive/audit"
	"github.com/testimony-archive/testimony/index"
)

// InitOptions configures a new archive.
type InitOptions struct {
	Recipients     []string // age recipient strings (-r)
	RecipientsFile string   // a recipients file (-R)
	// IdentityOut receives a newly generated X25519 identity when no recipient is given.
	IdentityOut   string
	DefaultPolicy string
}

// InitResult says what Init made.
type InitResult struct {
	Dir        string
	Recipients []string // public recipients the archive encrypts to
	Generated  string   // path of the generated identity file, "" if none
}

// Init creates a new archive at dir (which must not exist or be empty).
func Init(dir string, opts InitOptions) (*InitResult, error) { panic("not implemented") }

// Archive is an open archive.
type Archive struct{}

// Open opens an existing archive (no key needed).
func Open(dir string) (*Archive, error) { panic("not implemented") }

// Dir is the archive's directory.
func (a *Archive) Dir() string { panic("not implemented") }

// IngestOptions configures an ingest.
type IngestOptions struct {
	Policy   string    // overrides front matter and the archive default when set
	Review   bool      // hold for review even if the policy does not require it
	Actor    string    // recorded in the audit log
	Stdin    io.Reader // read for the path "-"
	Workers  int       // redaction workers; 0 means runtime.NumCPU()
	Progress func(done, total int)
}

// Status values of a testimony.
const (
	StatusReleased = "released" // redacted, verified, indexed
	StatusReview   = "review"   // redacted, verified, waiting for a reviewer
	StatusPending  = "pending"  // stored encrypted; redaction failed or not finished
)

// IngestResult is the outcome for one input file.
type IngestResult struct {
	ID     string         `json:"id"`
	Source string         `json:"source"`
	Policy string         `json:"policy"`
	Status string         `json:"status"`
	Counts map[string]int `json:"counts,omitempty"`
	Error  string         `json:"error,omitempty"` // names the file and the problem, never text
}

// Ingest stores, redacts, verifies and indexes every file among paths (directories are walked).
// It returns one result per input file; err is non-nil if any file failed.
func (a *Archive) Ingest(ctx context.Context, paths []string, opts IngestOptions) ([]IngestResult, error) {
	panic("not implemented")
}

// Entry is one testimony in the listing: nothing that could identify anyone.
type Entry struct {
	ID       string    `json:"id"`
	Ingested time.Time `json:"ingested"`
	Policy   string    `json:"policy"`
	Status   string    `json:"status"`
}

// List lists every testimony.
func (a *Archive) List() ([]Entry, error) { panic("not implemented") }

// Show returns the redacted copy of a released testimony.
func (a *Archive) Show(id string) (title, text string, err error) { panic("not implemented") }

// Search searches the index read-only.
func (a *Archive) Search(req index.Request) (*index.Result, error) { panic("not implemented") }

// Reveal decrypts and returns the original bytes exactly as ingested, and audits it.
func (a *Archive) Reveal(ids []age.Identity, id, actor, reason string) ([]byte, error) {
	panic("not implemented")
}

// Withdraw removes a testimony from the store, the index and every derived file.
func (a *Archive) Withdraw(ids []age.Identity, id, actor string) error { panic("not implemented") }

// AuditLog returns every audit entry in order.
func (a *Archive) AuditLog() ([]audit.Entry, error) { panic("not implemented") }

// VerifyAudit checks the hash chain and returns the number of entries verified.
func (a *Archive) VerifyAudit() (int, error) { panic("not implemented") }

// CheckReport lists what check found.
type CheckReport struct {
	Problems []string `json:"problems"`
	Repaired []string `json:"repaired"`
}

// Check verifies that store, reports, index and audit agree; with repair it mends what a
// crash left between two steps.
func (a *Archive) Check(repair bool) (*CheckReport, error) { panic("not implemented") }

// LoadIdentities reads an age identity file (X25519, passphrase-protected, or plugin).
func LoadIdentities(path string, passphrase func() ([]byte, error)) ([]age.Identity, error) {
	panic("not implemented")
}
