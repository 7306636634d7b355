package archive

import (
	"context"
	"crypto/sha256"
	"flag"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/index"
)

var crashTrials = flag.Int("archive.crash", 0, "run TestCrashRecovery with this many SIGKILL trials (0 skips it)")

// TestCrashChild is the subprocess TestCrashRecovery kills: it bulk-ingests a corpus in
// small batches. It does nothing unless started by TestCrashRecovery.
func TestCrashChild(t *testing.T) {
	dir, corpus := os.Getenv("ARCHIVE_CRASH_DIR"), os.Getenv("ARCHIVE_CRASH_CORPUS")
	if dir == "" || corpus == "" {
		t.Skip("only runs as TestCrashRecovery's subprocess")
	}
	a, err := Open(dir)
	require.NoError(t, err)
	_, err = a.Ingest(context.Background(), []string{corpus}, IngestOptions{BatchSize: 4, Actor: "crash"})
	require.NoError(t, err)
}

// TestCrashRecovery kills a bulk ingest with SIGKILL at random points, then checks that
// check --repair leaves a consistent archive, that every released testimony is searchable
// and revealable byte for byte, and that re-running the ingest completes everything
// without duplicates.
//
//	go test -run TestCrashRecovery ./archive/ -archive.crash 50
func TestCrashRecovery(t *testing.T) {
	if *crashTrials == 0 {
		t.Skip("use -archive.crash N")
	}
	const docs = 24
	corpus := filepath.Join(t.TempDir(), "corpus")
	writeCorpus(t, corpus, docs, 1500, 99)
	originals := map[[32]byte]bool{}
	ents, err := os.ReadDir(corpus)
	require.NoError(t, err)
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(corpus, e.Name()))
		require.NoError(t, err)
		originals[sha256.Sum256(b)] = true
	}

	run := func(dir string) *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run", "^TestCrashChild$")
		cmd.Env = append(os.Environ(), "ARCHIVE_CRASH_DIR="+dir, "ARCHIVE_CRASH_CORPUS="+corpus)
		return cmd
	}
	// How long a whole ingest takes, to spread the kills over it.
	a0, _ := newTestArchive(t)
	start := time.Now()
	out, err := run(a0.dir).CombinedOutput()
	require.NoError(t, err, "%s", out)
	full := time.Since(start)

	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	for trial := 0; trial < *crashTrials; trial++ {
		a, ids := newTestArchive(t)
		cmd := run(a.dir)
		require.NoError(t, cmd.Start())
		time.Sleep(time.Duration(r.Int64N(int64(full))))
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()

		repaired, err := a.Check(true)
		require.NoError(t, err, "trial %d", trial)
		rep, err := a.Check(false)
		require.NoError(t, err)
		require.Empty(t, rep.Problems, "trial %d: consistent after repair", trial)
		_, err = a.VerifyAudit()
		require.NoError(t, err)

		list, err := a.List()
		require.NoError(t, err)
		before := len(list)
		ix, err := index.OpenReadOnly(filepath.Join(a.dir, indexDir), time.Second)
		require.NoError(t, err)
		for _, e := range list {
			has, err := ix.Has(e.ID)
			require.NoError(t, err)
			assert.Equal(t, e.Status == StatusReleased, has, "trial %d: %s %s", trial, e.ID, e.Status)
		}
		require.NoError(t, ix.Close())
		for _, e := range list {
			b, err := a.Reveal(ids, e.ID, "crash-test", "")
			require.NoError(t, err)
			assert.True(t, originals[sha256.Sum256(b)], "trial %d: %s reveals an original", trial, e.ID)
		}

		res, err := a.Ingest(context.Background(), []string{corpus}, IngestOptions{})
		require.NoError(t, err, "trial %d: re-run", trial)
		seen := map[string]bool{}
		for _, r := range res {
			assert.Equal(t, StatusReleased, r.Status)
			assert.False(t, seen[r.ID], "duplicate ID")
			seen[r.ID] = true
		}
		list, err = a.List()
		require.NoError(t, err)
		assert.Len(t, list, docs, "trial %d: no duplicates", trial)
		objs, _ := os.ReadDir(filepath.Join(a.dir, objectsDir))
		assert.Len(t, objs, docs)
		rep, err = a.Check(false)
		require.NoError(t, err)
		assert.Empty(t, rep.Problems)
		t.Logf("trial %d: after the kill %d testimonies listed, %d problem(s) repaired", trial, before, len(repaired.Repaired))
	}
}
