package index_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/index"
	"github.com/testimony-archive/testimony/redact"
)

var (
	benchDocs    = flag.Int("index.docs", 2000, "documents per BenchmarkIndex op and in BenchmarkSearch's index")
	benchDocSize = flag.Int("index.docsize", 5000, "approximate bytes of text per benchmark document")
)

var (
	benchOnce   sync.Once
	benchCorpus []*redact.Redacted
	benchBytes  int64
)

// corpus returns the benchmark documents, redacted once per process.
func corpus(b *testing.B) ([]*redact.Redacted, int64) {
	benchOnce.Do(func() {
		benchCorpus = redactAll(b, syntheticDocs(*benchDocs, *benchDocSize)...)
		for _, d := range benchCorpus {
			benchBytes += int64(len(d.Text()) + len(d.Title()))
		}
	})
	return benchCorpus, benchBytes
}

// BenchmarkIndex indexes the whole corpus into a fresh index per op, through Add and through
// bleve alone (IndexWithBleveOnly, same mapping and batches), and reports docs/s. Closing the
// index is part of the op: Add's batches are on disk when it returns either way.
//
//	go test ./index/ -run '^$' -bench BenchmarkIndex -benchtime 3x -count 3
func BenchmarkIndex(b *testing.B) {
	docs, size := corpus(b)
	run := func(b *testing.B, index func(dir string) error) {
		b.SetBytes(size)
		root := b.TempDir()
		var elapsed, cpu time.Duration
		for i := 0; i < b.N; i++ {
			dir := filepath.Join(root, fmt.Sprint(i))
			start, cpuStart := time.Now(), cpuTime()
			require.NoError(b, index(dir))
			elapsed += time.Since(start)
			cpu += cpuTime() - cpuStart
			b.StopTimer()
			require.NoError(b, os.RemoveAll(dir))
			b.StartTimer()
		}
		b.ReportMetric(float64(len(docs)*b.N)/elapsed.Seconds(), "docs/s")
		// CPU seconds are steadier than wall time on a shared machine.
		b.ReportMetric(float64(len(docs)*b.N)/cpu.Seconds(), "docs/cpu-s")
	}
	b.Run("Add", func(b *testing.B) {
		run(b, func(dir string) error {
			ix, err := index.Create(dir)
			if err != nil {
				return err
			}
			if err := ix.Add(docs...); err != nil {
				return err
			}
			return ix.Close()
		})
	})
	b.Run("BleveOnly", func(b *testing.B) {
		run(b, func(dir string) error { return index.IndexWithBleveOnly(dir, docs) })
	})
}

// BenchmarkSearch searches a read-only index of the corpus with a mix of queries (words,
// phrases, fields, Korean, match-all with facets) and reports the median latency.
//
//	go test ./index/ -run '^$' -bench BenchmarkSearch -benchtime 1000x
func BenchmarkSearch(b *testing.B) {
	docs, _ := corpus(b)
	dir := filepath.Join(b.TempDir(), "index")
	ix, err := index.Create(dir)
	require.NoError(b, err)
	require.NoError(b, ix.Add(docs...))
	require.NoError(b, ix.Close())
	ix, err = index.OpenReadOnly(dir, time.Second)
	require.NoError(b, err)
	defer ix.Close()

	queries := []string{
		"broker",
		`"border river"`,
		"+topic:remittance +year:2015 money",
		"language:ko 북한에서",
		"어머니가 -language:en",
		"*",
	}
	for _, q := range queries { // warm up: the first search maps the segments
		_, err := ix.Search(index.Request{Query: q})
		require.NoError(b, err)
	}
	durations := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		res, err := ix.Search(index.Request{Query: queries[i%len(queries)], Limit: 10})
		durations = append(durations, time.Since(start))
		if err != nil || res.Total == 0 {
			b.Fatalf("query %q: %v, %d hits", queries[i%len(queries)], err, res.Total)
		}
	}
	b.StopTimer()
	slices.Sort(durations)
	b.ReportMetric(float64(durations[len(durations)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(durations[len(durations)*99/100].Microseconds())/1000, "p99-ms")
}

// BenchmarkDelete withdraws one testimony at a time from an index of the corpus. Each Delete
// rewrites the whole index so that the withdrawn text leaves the files; this measures that.
//
//	go test ./index/ -run '^$' -bench BenchmarkDelete -benchtime 5x
func BenchmarkDelete(b *testing.B) {
	docs, _ := corpus(b)
	if b.N > len(docs) {
		b.Skipf("needs at least %d documents", b.N)
	}
	ix, err := index.Create(filepath.Join(b.TempDir(), "index"))
	require.NoError(b, err)
	defer ix.Close()
	require.NoError(b, ix.Add(docs...))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		require.NoError(b, ix.Delete(docs[i].ID()))
	}
}
