package archive

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestInitSyncsTheIdentityDirectory(t *testing.T) {
	var synced []string
	syncDirObserver = func(dir string) { synced = append(synced, dir) }
	t.Cleanup(func() { syncDirObserver = nil })

	root := t.TempDir()
	keyDir := filepath.Join(root, "keys")
	require.NoError(t, os.Mkdir(keyDir, 0o700))
	dir := filepath.Join(root, "archive")
	_, err := Init(dir, InitOptions{IdentityOut: filepath.Join(keyDir, "key.txt"), Actor: "tester"})
	require.NoError(t, err)

	keyAt := slices.Index(synced, keyDir)
	require.GreaterOrEqual(t, keyAt, 0, "the new identity's directory entry is made durable: %v", synced)
	assert.Less(t, keyAt, slices.Index(synced, dir), "before the archive that needs the key: %v", synced)
}
