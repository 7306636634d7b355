package archive

import (
	"crypto/rand"
	"fmt"
	"io"
	"path/filepath"
	"testing"
	"time"

	"filippo.io/age"
)

// BenchmarkWriteEncrypted measures what the on-disk contract costs per file, apart from the
// index: age alone (two X25519 scalar multiplications per file and recipient), then the same
// written as the ingest writes it (no fsync, the batch syncs later) and as a single atomic
// write does (temp file, fsync, rename). An ingest writes two such files per testimony. The
// CPU per file is reported beside the wall time, since the file system's waits are not CPU.
func BenchmarkWriteEncrypted(b *testing.B) {
	id, err := age.GenerateX25519Identity()
	if err != nil {
		b.Fatal(err)
	}
	recipients := []age.Recipient{id.Recipient()}
	body := make([]byte, 5000) // the bulk-ingest benchmark's testimonies are about 5 KB
	if _, err := rand.Read(body); err != nil {
		b.Fatal(err)
	}
	fill := func(w io.Writer) error { _, err := w.Write(body); return err }

	b.Run("age-only", func(b *testing.B) {
		cpu0 := cpuTime()
		for b.Loop() {
			w, err := age.Encrypt(io.Discard, recipients...)
			if err != nil {
				b.Fatal(err)
			}
			if err := fill(w); err != nil {
				b.Fatal(err)
			}
			if err := w.Close(); err != nil {
				b.Fatal(err)
			}
		}
		reportCPUPerFile(b, cpu0)
	})
	for _, sync := range []bool{false, true} {
		name := "file-batch-synced"
		if sync {
			name = "file-atomic-fsync"
		}
		b.Run(name, func(b *testing.B) {
			dir := b.TempDir()
			n := 0
			cpu0 := cpuTime()
			for b.Loop() {
				n++
				path := filepath.Join(dir, fmt.Sprintf("%08d.age", n))
				if _, _, err := writeEncryptedSize(path, recipients, fill, sync); err != nil {
					b.Fatal(err)
				}
			}
			reportCPUPerFile(b, cpu0)
		})
	}
}

// reportCPUPerFile reports the process CPU (user and system) per iteration since cpu0.
func reportCPUPerFile(b *testing.B, cpu0 time.Duration) {
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(b.N), "cpu-µs/file")
}
