package archive

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSyncEach checks the parallel fsync: every file and then every directory is synced,
// and a file that cannot be opened fails the whole call with an error naming it, before
// any directory is synced.
func TestSyncEach(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i := range 3 * syncParallel {
		p := filepath.Join(dir, fmt.Sprintf("f%03d", i))
		require.NoError(t, os.WriteFile(p, []byte("x"), 0o600))
		files = append(files, p)
	}
	var dirsSynced []string
	syncDirObserver = func(d string) { dirsSynced = append(dirsSynced, d) }
	t.Cleanup(func() { syncDirObserver = nil })

	require.NoError(t, syncEach(files, []string{dir}))
	require.Equal(t, []string{dir}, dirsSynced)

	dirsSynced = nil
	missing := filepath.Join(dir, "gone")
	bad := append(append([]string{}, files[:syncParallel+1]...), missing)
	bad = append(bad, files[syncParallel+1:]...)
	err := syncEach(bad, []string{dir})
	require.Error(t, err)
	require.Contains(t, err.Error(), missing)
	require.Empty(t, dirsSynced, "no directory is synced when a file failed")
}
