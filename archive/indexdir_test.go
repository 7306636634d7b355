package archive

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/index"
)

// TestIndexSwitch: the index in service is what index.current names (index/ without it); a
// switch is seen by the next reader, a reader that opened the old index keeps its view, and
// check reports (and repair removes) an index that is not in service.
func TestIndexSwitch(t *testing.T) {
	a, _ := newTestArchive(t)
	corpus := filepath.Join(t.TempDir(), "corpus")
	writeCorpus(t, corpus, 3, 800, 5)
	_, err := a.Ingest(context.Background(), []string{corpus}, IngestOptions{})
	require.NoError(t, err)

	dir, err := a.indexDir()
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(a.dir, indexDir), dir, "an archive without index.current serves index/")
	all := index.Request{Query: "*"}
	res, err := a.Search(all)
	require.NoError(t, err)
	require.EqualValues(t, 3, res.Total)

	// A second, empty index beside the first is not in service: check says so.
	const next = "index-00112233445566aa"
	ix, err := index.Create(filepath.Join(a.dir, next))
	require.NoError(t, err)
	require.NoError(t, ix.Close())
	rep, err := a.Check(false)
	require.NoError(t, err)
	assert.Contains(t, rep.Problems, next+"/: an index not in service (left by an interrupted reindex)")

	old, err := a.openReadOnly()
	require.NoError(t, err)
	defer old.Close()
	require.NoError(t, a.switchIndex(next))
	res, err = a.Search(all)
	require.NoError(t, err)
	assert.EqualValues(t, 0, res.Total, "readers after the switch see the new index")
	require.NoError(t, a.removeIndex(indexDir))
	_, err = os.Stat(filepath.Join(a.dir, indexDir))
	assert.True(t, os.IsNotExist(err), "the old index is removed")
	res, err = old.Search(all)
	require.NoError(t, err)
	assert.EqualValues(t, 3, res.Total, "a reader that opened the old index keeps its view")

	assert.Error(t, a.removeIndex(next), "the index in service is never removed")
	assert.Error(t, a.switchIndex("../elsewhere"))

	require.NoError(t, os.WriteFile(filepath.Join(a.dir, indexPointerName), []byte("../../etc\n"), 0o600))
	_, err = a.Search(all)
	assert.ErrorContains(t, err, "index.current is malformed")
}

// TestCheckRemovesStaleIndex: repair deletes an index not in service and the archive checks
// clean afterwards.
func TestCheckRemovesStaleIndex(t *testing.T) {
	a, _ := newTestArchive(t)
	const stale = "index-ffeeddccbbaa0011"
	ix, err := index.Create(filepath.Join(a.dir, stale))
	require.NoError(t, err)
	require.NoError(t, ix.Close())
	rep, err := a.Check(true)
	require.NoError(t, err)
	assert.Contains(t, rep.Repaired, stale+"/: removed")
	_, err = os.Stat(filepath.Join(a.dir, stale))
	assert.True(t, os.IsNotExist(err))
	rep, err = a.Check(false)
	require.NoError(t, err)
	assert.Empty(t, rep.Problems)
}
