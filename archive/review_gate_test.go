package archive

import (
	"context"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A testimony once held for review stays under the gate: reindexing a released pow testimony
// to a policy that does not require review holds the new run for review again.
func TestReindexWeakerPolicyKeepsReviewGate(t *testing.T) {
	a, ids := newTestArchive(t)
	id := ingestOne(t, a, "pow.txt", powDoc, IngestOptions{Policy: "pow"})
	_, err := a.Approve(ids, id, "reviewer-1", "")
	require.NoError(t, err)
	require.Equal(t, uint64(1), hits(t, a, "trench"))

	_, err = a.Reindex(context.Background(), ReindexOptions{Policy: "base", Identities: ids})
	require.NoError(t, err)
	e, _, err := a.entry(id)
	require.NoError(t, err)
	assert.Equal(t, "base", e.Policy)
	assert.Equal(t, StatusReview, e.Status, "a weaker policy released a reviewed testimony without a reviewer")
	assert.Zero(t, hits(t, a, "trench"))
	checkClean(t, a)
}

// Review actions refuse, before writing anything, an archive another write left unfinished.
func TestReviewRefusesUnfinishedArchive(t *testing.T) {
	t.Run("incomplete audit log", func(t *testing.T) {
		a, ids := newTestArchive(t)
		id := ingestOne(t, a, "pow.txt", powDoc, IngestOptions{Policy: "pow"})
		f, err := os.OpenFile(a.auditPath(), os.O_APPEND|os.O_WRONLY, 0)
		require.NoError(t, err)
		_, err = f.WriteString(`{"seq":99,"act`)
		require.NoError(t, err)
		require.NoError(t, f.Close())
		before := snapshot(t, a.Dir())
		_, err = a.Approve(ids, id, "reviewer-1", "")
		require.ErrorContains(t, err, "incomplete entry")
		_, err = a.Reject(ids, id, "reviewer-1", "")
		require.ErrorContains(t, err, "incomplete entry")
		_, err = a.Amend(ids, id, Amendment{Terms: []string{"Hamhung"}})
		require.ErrorContains(t, err, "incomplete entry")
		assert.Equal(t, before, snapshot(t, a.Dir()), "a refused review action changed the archive")
		assert.Zero(t, hits(t, a, "trench"))
		assert.Equal(t, StatusReview, status(t, a, id))
	})
	t.Run("interrupted reindex", func(t *testing.T) {
		a, ids := newTestArchive(t)
		id := ingestOne(t, a, "pow.txt", powDoc, IngestOptions{Policy: "pow"})
		m, err := readManifest(a.dir)
		require.NoError(t, err)
		m.Reindex = &reindexJournal{Index: indexDirPrefix + "0123456789abcdef", Actor: "someone", IDs: []string{id}}
		require.NoError(t, writeManifest(a.dir, m))
		before := snapshot(t, a.Dir())
		_, err = a.Approve(ids, id, "reviewer-1", "")
		require.ErrorContains(t, err, "reindex was interrupted")
		_, err = a.Amend(ids, id, Amendment{Terms: []string{"Hamhung"}})
		require.ErrorContains(t, err, "reindex was interrupted")
		assert.Equal(t, before, snapshot(t, a.Dir()))
		assert.Zero(t, hits(t, a, "trench"))
	})
}

// A testimony with a status this version does not know gets a new run from a reindex, is
// pending with a problem afterwards (its old status would not describe the run) and is not
// indexed.
func TestReindexUnknownStatusIsPending(t *testing.T) {
	a, ids := newTestArchive(t)
	id := ingestOne(t, a, "sunday.txt", sundayDoc, IngestOptions{})
	m, err := readManifest(a.dir)
	require.NoError(t, err)
	m.byID[id].Status = "quarantined"
	require.NoError(t, writeManifest(a.dir, m))
	_, err = a.Reindex(context.Background(), ReindexOptions{Identities: ids})
	require.NoError(t, err)
	e, _, err := a.entry(id)
	require.NoError(t, err)
	assert.Equal(t, StatusPending, e.Status)
	assert.Equal(t, problemReindexUnknownStatus, e.Problem)
	assert.Zero(t, hits(t, a, "market"))
}

// An entry approved before the review flag was kept for good (flag unset) still stays under
// the gate when its old policy required review.
func TestReindexWeakerPolicyOldEntry(t *testing.T) {
	a, ids := newTestArchive(t)
	id := ingestOne(t, a, "pow.txt", powDoc, IngestOptions{Policy: "pow"})
	_, err := a.Approve(ids, id, "reviewer-1", "")
	require.NoError(t, err)
	m, err := readManifest(a.dir)
	require.NoError(t, err)
	m.byID[id].Review = false
	require.NoError(t, writeManifest(a.dir, m))
	_, err = a.Reindex(context.Background(), ReindexOptions{Policy: "base", Identities: ids})
	require.NoError(t, err)
	assert.Equal(t, StatusReview, status(t, a, id))
	assert.Zero(t, hits(t, a, "trench"))
}
