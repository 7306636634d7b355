package archive

import (
	"context"
	"flag"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

var benchReindexDocs = flag.Int("archive.reindexdocs", 500, "testimonies in BenchmarkReindex's corpus")

// BenchmarkReindex ingests a synthetic corpus, then reindexes it twice, with each
// testimony's own policy (base) and with strict, and reports each reindex's time per
// testimony and as a ratio to the ingest of the same corpus in the same process (a reindex
// decrypts instead of reading and encrypting the original, and redacts, stores and indexes
// as ingest does):
//
//	go test ./archive -run '^$' -bench BenchmarkReindex -benchtime 1x -archive.reindexdocs 1000
func BenchmarkReindex(b *testing.B) {
	corpus := filepath.Join(b.TempDir(), "corpus")
	writeCorpus(b, corpus, *benchReindexDocs, *benchDocSize, 11)
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		a, ids := newTestArchive(b)
		start := time.Now()
		res, err := a.Ingest(ctx, []string{corpus}, IngestOptions{Policy: "base"})
		require.NoError(b, err)
		require.Len(b, res, *benchReindexDocs)
		ingest := time.Since(start)
		b.StartTimer()

		start = time.Now()
		_, err = a.Reindex(ctx, ReindexOptions{Identities: ids})
		require.NoError(b, err)
		own := time.Since(start)
		start = time.Now()
		_, err = a.Reindex(ctx, ReindexOptions{Identities: ids, Policy: "strict"})
		require.NoError(b, err)
		strict := time.Since(start)

		n := float64(*benchReindexDocs)
		b.ReportMetric(float64(ingest.Microseconds())/n, "ingest-µs/doc")
		b.ReportMetric(float64(own.Microseconds())/n, "reindex-µs/doc")
		b.ReportMetric(float64(strict.Microseconds())/n, "reindex-strict-µs/doc")
		b.ReportMetric(own.Seconds()/ingest.Seconds(), "reindex/ingest")
		b.ReportMetric(strict.Seconds()/ingest.Seconds(), "reindex-strict/ingest")
	}
}
