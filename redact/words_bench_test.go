package redact_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// BenchmarkWordAnalysis measures the word analysis alone (NewText, the words, their classes
// and anchors, the names tokens and places) over the corpus, with the strict gazetteer.
func BenchmarkWordAnalysis(b *testing.B) {
	corpus := loadCorpus(b)
	p, err := policies.Load("strict")
	require.NoError(b, err)
	var n int64
	for _, c := range corpus {
		n += int64(len(c.doc.Text))
	}
	redact.AnalyseWords("warm up", p.Gazetteer)
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0, cpuOK := processCPU()
	for range b.N {
		for _, c := range corpus {
			redact.AnalyseWords(c.doc.Text, p.Gazetteer)
		}
	}
	b.StopTimer()
	if cpu1, ok := processCPU(); cpuOK && ok && cpu1 > cpu0 {
		// CPU time, not wall time: the machine is shared.
		b.ReportMetric(float64(n)*float64(b.N)/1e6/(cpu1-cpu0).Seconds(), "MB/cpu-s")
	}
}
