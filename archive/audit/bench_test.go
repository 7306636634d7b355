package audit

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// BenchmarkVerify compares the full verification (chain, canonical form, Merkle tree, head)
// with Read (parsing every entry) on the same 20,000-entry log: the ratio is what the tree
// and chain checks cost over reading the log at all.
func BenchmarkVerify(b *testing.B) {
	path := filepath.Join(b.TempDir(), "audit.log")
	batch := make([]Entry, 1000)
	for i := range batch {
		batch[i] = Entry{Actor: "archivist", Action: "redact", Testimony: "tmmqv3rcxmsiepootglhv", Policy: "base",
			PolicyVersion: "1.0", Counts: map[string]int{"person": 3, "phone": 1}, Detail: "redaction run verified"}
	}
	for range 20 {
		_, err := Append(path, batch...)
		require.NoError(b, err)
	}
	b.Run("read", func(b *testing.B) {
		for b.Loop() {
			_, err := Read(path)
			require.NoError(b, err)
		}
	})
	b.Run("verify", func(b *testing.B) {
		for b.Loop() {
			_, err := VerifyLog(path, VerifyOptions{})
			require.NoError(b, err)
		}
	})
}
