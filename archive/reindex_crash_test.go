//go:build unix

package archive

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReindexKillChild is the subprocess TestReindexKilled kills: it reindexes the archive
// in REINDEX_KILL_DIR with strict and kills itself with SIGKILL the Nth time it reaches the
// stage REINDEX_KILL_AT names ("stage:N"). It does nothing unless started by that test.
func TestReindexKillChild(t *testing.T) {
	dir, key, at := os.Getenv("REINDEX_KILL_DIR"), os.Getenv("REINDEX_KILL_KEY"), os.Getenv("REINDEX_KILL_AT")
	if dir == "" {
		t.Skip("only runs as TestReindexKilled's subprocess")
	}
	stage, nth, _ := strings.Cut(at, ":")
	n, _ := strconv.Atoi(nth)
	var seen atomic.Int64
	crashHook = func(s string) error {
		if s == stage && seen.Add(1) == int64(n) {
			_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
			select {} // the signal is on its way
		}
		return nil
	}
	a, err := Open(dir)
	require.NoError(t, err)
	ids, err := LoadIdentities(key, nil)
	require.NoError(t, err)
	_, err = a.Reindex(context.Background(), ReindexOptions{Policy: "strict", Identities: ids, BatchSize: 2, Workers: 2})
	require.NoError(t, err)
	t.Fatal("the reindex finished without reaching its kill point")
}

// TestReindexKilled kills a reindex (a real process, SIGKILL) at each of its steps: in the
// middle of writing a report, after an index batch, with the new index built, and after the
// switch. Before any repair every search sees one whole index: the old one until the
// manifest records the new runs, the new one after the switch. check --repair then leaves
// an archive that check and check --read-data pass, and a new reindex completes.
func TestReindexKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	const n = 6
	for _, at := range []string{"report:1", "report:4", "reindex-batch:1", "reindex-batch:2", "reindex-built:1", "reindex-switched:1"} {
		t.Run(at, func(t *testing.T) {
			root := t.TempDir()
			dir, key := filepath.Join(root, "archive"), filepath.Join(root, "key.txt")
			_, err := Init(dir, InitOptions{IdentityOut: key})
			require.NoError(t, err)
			a, err := Open(dir)
			require.NoError(t, err)
			ids, err := LoadIdentities(key, nil)
			require.NoError(t, err)
			var paths []string
			for i := 0; i < n; i++ {
				p := filepath.Join(root, fmt.Sprintf("d%d.md", i))
				require.NoError(t, os.WriteFile(p, []byte(strings.Replace(reindexDocB, "The river", fmt.Sprintf("The river %d", i), 1)), 0o600))
				paths = append(paths, p)
			}
			_, err = a.Ingest(context.Background(), paths, IngestOptions{Policy: "base"})
			require.NoError(t, err)

			cmd := exec.Command(os.Args[0], "-test.run", "^TestReindexKillChild$")
			cmd.Env = append(os.Environ(), "REINDEX_KILL_DIR="+dir, "REINDEX_KILL_KEY="+key, "REINDEX_KILL_AT="+at)
			out, err := cmd.CombinedOutput()
			var ee *exec.ExitError
			require.ErrorAs(t, err, &ee, "%s", out)
			ws, ok := ee.Sys().(syscall.WaitStatus)
			require.True(t, ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL, "the child was killed at %s: %s", at, out)

			all := searchIDs(t, a, "Hyesan Ryanggang")
			assert.Len(t, all, n, "a whole index is in service")
			old := len(searchIDs(t, a, "Hyesan"))
			if strings.HasPrefix(at, "reindex-switched") {
				assert.Zero(t, old, "after the switch the new index is in service")
			} else {
				assert.Equal(t, n, old, "before the manifest records the new runs the old index is in service")
			}

			rep, err := a.Check(true)
			require.NoError(t, err)
			assert.NotEmpty(t, rep.Repaired, "the kill left something to repair")
			checkClean(t, a)
			stale, err := a.staleIndexes()
			require.NoError(t, err)
			assert.Empty(t, stale)
			_, err = a.VerifyAudit()
			require.NoError(t, err)

			_, err = a.Reindex(context.Background(), ReindexOptions{Policy: "strict", Identities: ids})
			require.NoError(t, err)
			assert.Empty(t, searchIDs(t, a, "Hyesan"))
			assert.Len(t, searchIDs(t, a, "Ryanggang"), n)
			checkClean(t, a)
		})
	}
}
