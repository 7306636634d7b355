package archive

import (
	"io"
	"testing"
	"time"
)

// BenchmarkManifestEncode encodes a manifest of 10,000 released entries, as an ingest does
// twice per batch into an archive of that size.
func BenchmarkManifestEncode(b *testing.B) {
	m := &manifest{Format: FormatVersion}
	t0 := time.Date(2026, 12, 5, 7, 0, 0, 0, time.UTC)
	for i := 0; i < 10000; i++ {
		m.put(&manifestEntry{ID: newID(), Status: StatusReleased, Ingested: t0.Add(time.Duration(i) * time.Millisecond),
			Policy: "base", PolicyVersion: "3", PolicySHA256: sha256Hex([]byte("p")), Fingerprint: randomHex(32),
			ObjectSHA256: randomHex(32), Run: randomHex(8), ReportSHA256: randomHex(32),
			Counts: map[string]int{"person": 3, "phone": 1, "place": 4}, OutputSHA256: randomHex(32)})
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := m.encode(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
