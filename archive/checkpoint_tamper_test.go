package archive

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/archive/audit"
)

// cutLog keeps the first n entries of the archive's audit log and writes a matching head, as
// someone with the disk but no key could.
func cutLog(t *testing.T, a *Archive, n int64) {
	t.Helper()
	es, err := a.AuditLog()
	require.NoError(t, err)
	tmp := filepath.Join(t.TempDir(), "audit.log")
	_, err = audit.Append(tmp, es[:n]...)
	require.NoError(t, err)
	for _, suffix := range []string{"", ".head"} {
		b, err := os.ReadFile(tmp + suffix)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(a.auditPath()+suffix, b, 0o600))
	}
}

// dropConfigKey removes checkpoint_key from testimony.toml and reopens the archive.
func dropConfigKey(t *testing.T, a *Archive) *Archive {
	t.Helper()
	cfgPath := filepath.Join(a.dir, configName)
	b, err := os.ReadFile(cfgPath)
	require.NoError(t, err)
	edited := regexp.MustCompile(`(?m)^checkpoint_key = .*\n`).ReplaceAll(b, nil)
	require.NotEqual(t, b, edited)
	require.NoError(t, os.WriteFile(cfgPath, edited, 0o600))
	a, err = Open(a.dir)
	require.NoError(t, err)
	require.Empty(t, a.CheckpointKey())
	return a
}

func TestDeletedStoredCheckpointAndCutTailFail(t *testing.T) {
	a, ids := newTestArchive(t)
	ctx := context.Background()
	_, err := a.Ingest(ctx, []string{oneFile(t, "a.md", goodDoc)}, IngestOptions{})
	require.NoError(t, err)
	_, first, _, err := a.Checkpoint(ids, "reviewer")
	require.NoError(t, err)
	_, err = a.Ingest(ctx, []string{oneFile(t, "b.md", strings.Replace(goodDoc, "2011", "2012", 1))}, IngestOptions{})
	require.NoError(t, err)
	_, second, _, err := a.Checkpoint(ids, "reviewer")
	require.NoError(t, err)
	require.Greater(t, second.Size, first.Size+1)

	// Delete the stored checkpoint and keep only the entries the first checkpoint signed:
	// no checkpoint entry is left, the chain and the head are valid.
	require.NoError(t, os.Remove(a.auditPath()+".checkpoint"))
	cutLog(t, a, first.Size)

	_, err = a.VerifyAudit()
	require.ErrorContains(t, err, "stored checkpoint is missing, but audit entry 2 records the checkpoint key")
	rep, err := a.Check(true)
	require.NoError(t, err)
	assert.Contains(t, strings.Join(rep.Problems, "\n"), "stored checkpoint is missing")
	assert.False(t, rep.OK())
	_, err = a.VerifyAudit()
	require.ErrorContains(t, err, "stored checkpoint is missing", "repair does not make the cut log verify")
	// Nor does it write the cut testimony's entries back from the manifest: a log that does
	// not verify is evidence, and entries written into it would vouch for the manifest.
	assert.Empty(t, rep.Repaired)
	assert.Regexp(t, `t\w+: the audit log has no ingest entry for it .*not repaired: the audit log does not verify`, strings.Join(rep.Problems, "\n"))
	es, err := a.AuditLog()
	require.NoError(t, err)
	assert.Len(t, es, int(first.Size), "nothing was appended")
	rep, err = a.ReadData(ids)
	require.NoError(t, err)
	assert.Contains(t, strings.Join(rep.Problems, "\n"), "audit.log does not verify, so the hashes it records cannot be trusted: stored checkpoint is missing")
}

func TestVerifyNeedsTheRecordedKey(t *testing.T) {
	a, ids := newTestArchive(t)
	key := a.CheckpointKey()
	_, _, _, err := a.Checkpoint(ids, "reviewer")
	require.NoError(t, err)
	a = dropConfigKey(t, a)

	want := "the log records checkpoint key " + key + " (audit entry 2); testimony.toml has none"
	_, err = a.VerifyAudit()
	require.ErrorContains(t, err, want)
	rep, err := a.Check(false)
	require.NoError(t, err)
	assert.Contains(t, strings.Join(rep.Problems, "\n"), want)
	// A reviewer's --key still checks the log.
	_, err = a.VerifyAuditLog(nil, key)
	require.NoError(t, err)
}

func TestCheckpointNeverReplacesTheSigningKey(t *testing.T) {
	a, ids := newTestArchive(t)
	key := a.CheckpointKey()
	signingPath := filepath.Join(a.dir, signingName)
	signing, err := os.ReadFile(signingPath)
	require.NoError(t, err)
	a = dropConfigKey(t, a)
	before := snapshot(t, a.dir)

	wantKey := "the log records checkpoint key " + key + " (audit entry 2); testimony.toml has none; refusing to create another key (put checkpoint_key = \"" + key + "\" back"
	_, _, _, err = a.Checkpoint(ids, "reviewer")
	require.ErrorContains(t, err, wantKey)
	assert.Equal(t, before, snapshot(t, a.dir), "nothing was written")

	// With signing.age moved away too, the log's key entry still refuses a new key.
	require.NoError(t, os.Rename(signingPath, signingPath+".moved"))
	_, _, _, err = a.Checkpoint(ids, "reviewer")
	require.ErrorContains(t, err, wantKey)
	require.NoError(t, os.Rename(signingPath+".moved", signingPath))
	got, err := os.ReadFile(signingPath)
	require.NoError(t, err)
	assert.Equal(t, signing, got)
	assert.Equal(t, before, snapshot(t, a.dir))

	// newCheckpointKey itself never writes over an existing signing.age.
	cfg := a.cfg
	_, err = newCheckpointKey(a.dir, a.recipients, &cfg)
	require.ErrorIs(t, err, os.ErrExist)
	got, err = os.ReadFile(signingPath)
	require.NoError(t, err)
	assert.Equal(t, signing, got)
	assert.Equal(t, before, snapshot(t, a.dir), "no temporary file is left")
}

func TestCheckpointKeepsALeftoverSigningKey(t *testing.T) {
	a, ids := newTestArchive(t)
	a, _ = makePreCheckpoint(t, a)
	// A signing.age no key entry or checkpoint_key refers to (a key creation interrupted, or
	// files edited): it may be the archive's key, so it is never replaced.
	signingPath := filepath.Join(a.dir, signingName)
	require.NoError(t, os.WriteFile(signingPath, []byte("ciphertext"), fileMode))
	before := snapshot(t, a.dir)
	_, _, _, err := a.Checkpoint(ids, "reviewer")
	require.ErrorContains(t, err, "testimony.toml has no checkpoint_key, but signing.age exists: refusing to replace the archive's signing key")
	assert.Equal(t, before, snapshot(t, a.dir), "nothing was written")
}
