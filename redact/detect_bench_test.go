package redact_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// BenchmarkOtherDetectors runs every detector but the names and Hangul ones over the
// synthetic corpus, each text made anew as the engine makes it (its words and their hashes);
// "prepare" is that preparation alone, to subtract
// (go test -run '^$' -bench OtherDetectors -cpu 1 ./redact/).
func BenchmarkOtherDetectors(b *testing.B) {
	corpus := loadCorpus(b)
	g, err := policies.Gazetteer()
	require.NoError(b, err)
	names := redact.OtherDetectorNames()
	var n int64
	for _, c := range corpus {
		n += int64(len(c.doc.Text))
	}
	for _, bc := range []struct {
		name string
		dets []string
	}{{"prepare", nil}, {"detect", names}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(n)
			b.ReportAllocs()
			cpu0, cpuOK := processCPU()
			for range b.N {
				for _, c := range corpus {
					t := redact.NewText(c.doc.Text)
					redact.PrepareText(t)
					redact.RunDetectorsOn(bc.dets, t, g)
				}
			}
			if cpu1, ok := processCPU(); cpuOK && ok && cpu1 > cpu0 {
				// CPU time per run moves much less with the machine's load than ns/op.
				b.ReportMetric(float64((cpu1-cpu0).Microseconds())/float64(b.N), "cpu-us/op")
			}
		})
	}
}
