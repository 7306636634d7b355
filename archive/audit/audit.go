// Package audit is the archive's append-only, hash-chained audit log. Entries hold hashes and
// counts, never text from a testimony.
package audit

import "time"

// Entry is one audited step.
type Entry struct {
	Seq           int            `json:"seq"`
	Time          time.Time      `json:"time"`
	Actor         string         `json:"actor"`
	Action        string         `json:"action"` // init, ingest, redact, index, reveal, withdraw, repair
	Testimony     string         `json:"testimony,omitempty"`
	Policy        string         `json:"policy,omitempty"`
	PolicyVersion string         `json:"policy_version,omitempty"`
	PolicySHA256  string         `json:"policy_sha256,omitempty"`
	Counts        map[string]int `json:"counts,omitempty"`
	OutputSHA256  string         `json:"output_sha256,omitempty"`
	Detail        string         `json:"detail,omitempty"` // fixed wording, never testimony text
	Prev          string         `json:"prev"`             // hash of the previous entry
	Hash          string         `json:"hash"`
}
