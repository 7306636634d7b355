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

	benchSearchDocs = flag.Int("index.searchdocs", 10000, "documents in BenchmarkSearch's index")
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

// BenchmarkSearch searches a read-only index of -index.searchdocs documents with a mix of
// queries (common and rare words, phrases, fields, Korean, match-all) and reports the median
// and 90th percentile latency of Search (hits, snippets and the four facets), and, measured in
// the same loop on the same index, of the same queries through bleve alone: with bleve's own
// term facets (how Search counted facets before) and with neither facets nor snippets (the
// floor). Each reported figure is the median over every query of the mix.
//
//	go test ./index/ -run '^$' -bench BenchmarkSearch -benchtime 2000x
func BenchmarkSearch(b *testing.B) {
	dir := buildSearchIndex(b)
	ix, err := index.OpenReadOnly(dir, time.Second)
	require.NoError(b, err)
	defer ix.Close()

	queries := []string{
		"broker",
		"mother",
		"kapaka",
		"family money",
		`"border river"`,
		"+topic:remittance +year:2015 money",
		"language:ko 북한에서",
		"어머니가 -language:en",
		"*",
	}
	type variant struct {
		name string
		run  func(q string) (uint64, error)
		took []time.Duration
	}
	variants := []*variant{
		{name: "search", run: func(q string) (uint64, error) {
			res, err := ix.Search(index.Request{Query: q, Limit: 10})
			if err != nil {
				return 0, err
			}
			return res.Total, nil
		}},
		{name: "bleve-facets", run: func(q string) (uint64, error) {
			return ix.SearchWithBleveOnly(index.Request{Query: q, Limit: 10}, true)
		}},
		{name: "bleve-bare", run: func(q string) (uint64, error) {
			return ix.SearchWithBleveOnly(index.Request{Query: q, Limit: 10}, false)
		}},
	}
	for _, q := range queries { // warm up: the first search maps the segments
		for _, v := range variants {
			_, err := v.run(q)
			require.NoError(b, err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := queries[i%len(queries)]
		for _, v := range variants {
			start := time.Now()
			total, err := v.run(q)
			v.took = append(v.took, time.Since(start))
			if err != nil || total == 0 {
				b.Fatalf("%s %q: %v, %d hits", v.name, q, err, total)
			}
		}
	}
	b.StopTimer()
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	for _, v := range variants {
		slices.Sort(v.took)
		b.ReportMetric(ms(v.took[len(v.took)/2]), v.name+"-p50-ms")
		b.ReportMetric(ms(v.took[len(v.took)*9/10]), v.name+"-p90-ms")
	}
	b.ReportMetric(0, "ns/op") // an op runs three searches; the medians above are the figures
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

// buildSearchIndex writes an index of -index.searchdocs redacted documents to a temporary
// folder, closes it and returns its path: the searched index of the search benchmarks.
func buildSearchIndex(b *testing.B) string {
	docs := redactAll(b, syntheticDocs(*benchSearchDocs, *benchDocSize)...)
	dir := filepath.Join(b.TempDir(), "index")
	ix, err := index.Create(dir)
	require.NoError(b, err)
	require.NoError(b, ix.Add(docs...))
	require.NoError(b, ix.Compact()) // as a bulk ingest leaves it
	require.NoError(b, ix.Close())
	return dir
}
