package redact_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// BenchmarkWordAnalysis measures the word analysis alone (NewText, the words, their classes
// and anchors, the names tokens and places) over the corpus, with the strict gazetteer.
// Besides the usual figures it reports floor-µs: the sum over the documents of the fastest
// of b.N runs of each, which other load on a shared machine does not inflate as it does
// wall and CPU time.
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
	floor := make([]time.Duration, len(corpus))
	cpu0, cpuOK := processCPU()
	for range b.N {
		for i, c := range corpus {
			start := time.Now()
			redact.AnalyseWords(c.doc.Text, p.Gazetteer)
			if d := time.Since(start); floor[i] == 0 || d < floor[i] {
				floor[i] = d
			}
		}
	}
	b.StopTimer()
	if cpu1, ok := processCPU(); cpuOK && ok && cpu1 > cpu0 {
		// CPU time, not wall time: the machine is shared.
		b.ReportMetric(float64(n)*float64(b.N)/1e6/(cpu1-cpu0).Seconds(), "MB/cpu-s")
	}
	var sum time.Duration
	for _, d := range floor {
		sum += d
	}
	b.ReportMetric(float64(sum.Microseconds()), "floor-µs")
}

// BenchmarkRedactFloor reports, for the strict policy, floor-µs as BenchmarkWordAnalysis
// does: the sum over the corpus of each document's fastest Redact.
func BenchmarkRedactFloor(b *testing.B) {
	corpus := loadCorpus(b)
	p, err := policies.Load("strict")
	require.NoError(b, err)
	e, err := redact.New(p)
	require.NoError(b, err)
	floor := make([]time.Duration, len(corpus))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for i, c := range corpus {
			start := time.Now()
			if _, err := e.Redact(c.doc); err != nil {
				b.Fatal(err)
			}
			if d := time.Since(start); floor[i] == 0 || d < floor[i] {
				floor[i] = d
			}
		}
	}
	var sum time.Duration
	for _, d := range floor {
		sum += d
	}
	b.ReportMetric(float64(sum.Microseconds()), "floor-µs")
}
