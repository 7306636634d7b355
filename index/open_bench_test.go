package index_test

import (
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/index"
)

// BenchmarkOpenSearch runs each query the way the CLI does, on an index of
// -index.searchdocs documents: open read-only, search, close. It reports the median of each
// step apart, so that a slow search through Archive.Search can be put down to opening (bolt,
// segment files), to the search itself or to closing (unmapping the segments).
//
//	go test ./index/ -run '^$' -bench BenchmarkOpenSearch -benchtime 500x
func BenchmarkOpenSearch(b *testing.B) {
	dir := buildSearchIndex(b)
	segments := 0
	require.NoError(b, filepath.WalkDir(dir, func(_ string, e fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(e.Name(), ".zap") {
			segments++
		}
		return err
	}))

	queries := []string{"broker", "mother", "family money", `"border river"`, "+topic:remittance +year:2015 money"}
	var open, search, closing []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		ix, err := index.OpenReadOnly(dir, time.Second)
		require.NoError(b, err)
		t1 := time.Now()
		res, err := ix.Search(index.Request{Query: queries[i%len(queries)], Limit: 10})
		require.NoError(b, err)
		t2 := time.Now()
		require.NoError(b, ix.Close())
		t3 := time.Now()
		if res.Total == 0 {
			b.Fatalf("%q found nothing", queries[i%len(queries)])
		}
		open, search, closing = append(open, t1.Sub(t0)), append(search, t2.Sub(t1)), append(closing, t3.Sub(t2))
	}
	b.StopTimer()
	medianMS := func(ds []time.Duration) float64 {
		slices.Sort(ds)
		return float64(ds[len(ds)/2].Microseconds()) / 1000
	}
	b.ReportMetric(medianMS(open), "open-p50-ms")
	b.ReportMetric(medianMS(search), "search-p50-ms")
	b.ReportMetric(medianMS(closing), "close-p50-ms")
	b.ReportMetric(float64(segments), "segments")
}
