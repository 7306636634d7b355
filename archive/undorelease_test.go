package archive

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// failManifestAfterIndex makes the manifest write after the index batch fail with ENOSPC (a
// disk that fills up between steps 5 and 6) and fails the undo steps named in undo.
func failManifestAfterIndex(t *testing.T, undo map[string]error) {
	t.Helper()
	var indexed atomic.Bool
	crashHook = func(stage string) error {
		if stage == "indexed" {
			indexed.Store(true)
		}
		return undo[stage]
	}
	writeFault = func(path string, n int) error {
		if indexed.Load() && strings.Contains(path, manifestName) {
			return syscall.ENOSPC
		}
		return nil
	}
	t.Cleanup(func() { crashHook, writeFault = nil, nil })
}

// When the manifest cannot be written after the index batch, the batch's documents leave the
// index again and the audit log records them pending: check finds nothing to repair.
func TestUndoReleaseLeavesNothingToRepair(t *testing.T) {
	a, _ := newTestArchive(t)
	failManifestAfterIndex(t, nil)
	_, err := a.Ingest(context.Background(), []string{oneFile(t, "sunday.txt", sundayDoc)}, IngestOptions{})
	crashHook, writeFault = nil, nil
	require.ErrorContains(t, err, "writing the manifest")
	assert.NotContains(t, err.Error(), "check --repair")
	assert.Zero(t, hits(t, a, "Golden"), "nothing of a pending testimony is searchable")
	checkClean(t, a)
}

// When undoing the release fails too (the index delete, the audit append), the ingest says
// so, names what is left and that check --repair mends it; check finds it and repair does.
func TestUndoReleaseReportsItsErrors(t *testing.T) {
	tests := []struct {
		stage, want, problem string
	}{
		{"unindex", "stay in the index while the manifest lists them pending (check --repair removes them)", "in the index but its status is pending"},
		{"unaudit", "the audit log lacks their entries (check --repair writes them from the manifest)", "the audit log has no ingest entry"},
	}
	for _, tt := range tests {
		t.Run(tt.stage, func(t *testing.T) {
			a, _ := newTestArchive(t)
			failManifestAfterIndex(t, map[string]error{tt.stage: errors.New("injected failure")})
			_, err := a.Ingest(context.Background(), []string{oneFile(t, "sunday.txt", sundayDoc)}, IngestOptions{})
			crashHook, writeFault = nil, nil
			require.Error(t, err)
			assert.Contains(t, err.Error(), "writing the manifest")
			assert.Contains(t, err.Error(), "no space left on device")
			assert.Contains(t, err.Error(), "injected failure")
			assert.Contains(t, err.Error(), tt.want)
			rep, err := a.Check(false)
			require.NoError(t, err)
			assert.Contains(t, strings.Join(rep.Problems, "\n"), tt.problem)
			rep, err = a.Check(true)
			require.NoError(t, err)
			require.True(t, rep.OK(), "repaired: %q", rep.Problems)
			assert.Zero(t, hits(t, a, "Golden"), "nothing of a pending testimony is searchable")
			checkClean(t, a)
		})
	}
}
