package audit

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestEncodeEntryMatchesCanonical: the one-encoding path of Append writes exactly the line and
// hash that encoding twice (ComputeHash, then canonical) gives, also when details, counts or
// file names hold text that looks like the hash field.
func TestEncodeEntryMatchesCanonical(t *testing.T) {
	prev := ComputeHash(Entry{Action: "init"})
	tricky := `"prev":"` + prev + `","hash":""`
	entries := []Entry{
		{Seq: 1, Time: time.Date(2026, 12, 5, 7, 0, 0, 1, time.UTC), Actor: "a", Action: "init", Prev: Genesis},
		{Seq: 2, Time: time.Now(), Actor: "bench", Action: "redact", Testimony: "tmmqv3rcxmsiepootglhv", Policy: "base",
			PolicyVersion: "1.0", PolicySHA256: prev, Counts: map[string]int{"person": 3, "phone": 1}, OutputSHA256: prev,
			Detail: "redaction run verified", Prev: prev,
			Files: map[string]FileSum{"reports/tmmqv3rcxmsiepootglhv-0123456789abcdef.age": {SHA256: prev, Size: 1234}}},
		{Seq: 3, Time: time.Now().In(time.FixedZone("KST", 9*3600)), Actor: tricky, Action: "x", Detail: tricky, Prev: prev,
			Counts: map[string]int{tricky: 1}, Files: map[string]FileSum{tricky: {SHA256: tricky}}},
		{Seq: 4, Actor: "<&>\u2028", Action: "reveal", Detail: `","hash":"` + "\n\t\"", Prev: prev},
	}
	for _, e := range entries {
		line, hash := encodeEntry(e)
		want := e
		want.Hash = ComputeHash(e)
		assert.Equal(t, want.Hash, hash, "entry %d: hash", e.Seq)
		assert.Equal(t, string(canonical(want)), string(line), "entry %d: line", e.Seq)
	}
}
