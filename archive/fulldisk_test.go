package archive

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"

	"filippo.io/age"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDiskFullFaultInjection runs out of space at every write an ingest makes to the
// archive's own files, on any platform: writeFault fails each write with ENOSPC once a
// budget is spent, the budget ending inside a different write (object, report, manifest)
// each trial. (cmd/testimony's TestFullDisk fills a real tmpfs, the index and the audit log
// included, where mount is permitted.) Each time: the ingest returns an error, every file is
// either released or has its own one-line error naming it, check finds nothing to repair,
// the testimony stored before reveals byte for byte, and with space again the same ingest
// completes every file without duplicates.
func TestDiskFullFaultInjection(t *testing.T) {
	const docs = 4
	corpus := filepath.Join(t.TempDir(), "corpus")
	writeCorpus(t, corpus, docs, 3000, 5)
	seed := oneFile(t, "seed.md", goodDoc)
	seedBytes, err := os.ReadFile(seed)
	require.NoError(t, err)
	t.Cleanup(func() { writeFault = nil })
	// One worker: nearly the same writes in the same order every time.
	opts := IngestOptions{BatchSize: 2, Workers: 1}

	seeded := func() (*Archive, []age.Identity, string) {
		a, ids := newTestArchive(t)
		res, err := a.Ingest(context.Background(), []string{seed}, IngestOptions{})
		require.NoError(t, err)
		return a, ids, res[0].ID
	}

	// The writes a whole ingest of the corpus makes, in order.
	type write struct {
		kind string // object, report, manifest.json
		n    int
	}
	kindOf := func(path string) string {
		switch filepath.Base(filepath.Dir(path)) {
		case objectsDir:
			return "object"
		case reportsDir:
			return "report"
		}
		return strings.SplitN(filepath.Base(path), "-", 3)[1] // .tmp-NAME-RANDOM
	}
	probe, _, _ := seeded()
	var writes []write
	var writesMu sync.Mutex // the worker writes objects and reports while the committer writes manifests
	writeFault = func(path string, n int) error {
		writesMu.Lock()
		defer writesMu.Unlock()
		writes = append(writes, write{kindOf(path), n})
		return nil
	}
	_, err = probe.Ingest(context.Background(), []string{corpus}, opts)
	writeFault = nil
	require.NoError(t, err)

	// One trial per write of the probe: the disk full from that write's first byte on.
	outcomes := map[string]int{}
	var before int64
	for i, w := range writes {
		budget := before
		before += int64(w.n)
		a, ids, seedID := seeded()
		var space atomic.Int64
		space.Store(budget)
		var first atomic.Value // the kind of the first write that failed
		writeFault = func(path string, n int) error {
			if space.Add(-int64(n)) < 0 {
				first.CompareAndSwap(nil, kindOf(path))
				return syscall.ENOSPC
			}
			return nil
		}
		res, err := a.Ingest(context.Background(), []string{corpus}, opts)
		writeFault = nil
		// The committer writes manifests while the worker goes on, so the order of writes
		// varies a little from the probe: count where the disk really filled up.
		failed, _ := first.Load().(string)
		outcomes[failed]++
		require.Error(t, err, "write %d (%s) failed", i, w.kind)
		require.Len(t, res, docs)
		for _, r := range res {
			if r.Error == "" {
				assert.Equal(t, StatusReleased, r.Status, "write %d: %s", i, r.Source)
				continue
			}
			assert.True(t, strings.HasPrefix(r.Error, r.Source+": "), "write %d: the error names the file: %s", i, r.Error)
			assert.Contains(t, r.Error, "no space left on device")
			assert.NotContains(t, r.Error, "\n")
		}
		rep, err := a.Check(false)
		require.NoError(t, err)
		assert.Empty(t, rep.Problems, "write %d (%s): consistent without repair", i, w.kind)
		_, err = a.VerifyAudit()
		require.NoError(t, err)
		b, err := a.Reveal(ids, seedID, "disk-full test", "")
		require.NoError(t, err)
		assert.Equal(t, seedBytes, b, "write %d: the earlier testimony is intact", i)

		// With space again, the same ingest completes every file, under the IDs it has.
		res2, err := a.Ingest(context.Background(), []string{corpus}, opts)
		require.NoError(t, err, "write %d: the re-run", i)
		for k, r := range res2 {
			assert.Equal(t, StatusReleased, r.Status, r.Source)
			if res[k].ID != "" {
				assert.Equal(t, res[k].ID, r.ID, "write %d: %s completed under its ID", i, r.Source)
			}
		}
		list, err := a.List()
		require.NoError(t, err)
		assert.Len(t, list, docs+1, "write %d: no duplicates", i)
		rep, err = a.Check(false)
		require.NoError(t, err)
		assert.Empty(t, rep.Problems, "write %d: consistent after the re-run", i)
	}
	t.Logf("%d trials, the disk full at a write of: %v", len(writes), outcomes)
	for _, k := range []string{"object", "report", "manifest.json"} {
		assert.NotZero(t, outcomes[k], "a trial ran out of space writing a %s", k)
	}
}
