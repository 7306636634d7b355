// Package policies holds the shipped redaction policies (YAML), the gazetteers and allow lists,
// embedded in the binary, and turns them into the engine's redact.Policy.
package policies

import "github.com/testimony-archive/testimony/redact"

// Default is the policy used when neither the archive, the flag nor the front matter names one.
const Default = "base"

// Info describes one shipped policy.
type Info struct {
	Name           string `json:"name"`
	Version        string `json:"version"`
	Extends        string `json:"extends,omitempty"`
	Description    string `json:"description"`
	ReviewRequired bool   `json:"review_required"`
	SHA256         string `json:"sha256"`
}

// List returns the shipped policies, sorted by name.
func List() []Info { panic("not implemented") }

// Load resolves a shipped policy by name (following extends) with the gazetteer attached.
// An unknown name is an error that lists the known ones.
func Load(name string) (*redact.Policy, error) { panic("not implemented") }

// Show returns the resolved policy (after extends) as YAML, for `policy show`.
func Show(name string) ([]byte, error) { panic("not implemented") }

// Parse validates one policy file's bytes. Errors carry file:line and what is wrong.
// Extends is resolved against the shipped set.
func Parse(file string, data []byte) (*redact.Policy, error) { panic("not implemented") }
