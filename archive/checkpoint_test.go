package archive

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"filippo.io/age"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/archive/audit"
)

func TestInitCreatesCheckpointKey(t *testing.T) {
	a, ids := newTestArchive(t)
	assert.Regexp(t, `^testimony\.archive/[0-9a-f]{32}$`, a.Origin())
	assert.True(t, strings.HasPrefix(a.CheckpointKey(), a.Origin()+"+"), a.CheckpointKey())
	assert.False(t, a.RevealReasonRequired())

	st, err := os.Stat(filepath.Join(a.dir, signingName))
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), st.Mode().Perm())
	signer, err := decryptFile(filepath.Join(a.dir, signingName), ids)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(signer), "PRIVATE+KEY+"+a.Origin()+"+"))
	// Nothing of the private key is readable anywhere in the archive.
	assert.Empty(t, scanFiles(t, a.dir, []string{strings.TrimSpace(string(signer)), "PRIVATE+KEY"}))

	cfg, err := os.ReadFile(filepath.Join(a.dir, configName))
	require.NoError(t, err)
	assert.Contains(t, string(cfg), "checkpoint_key = '"+a.CheckpointKey()+"'")
	assert.Contains(t, string(cfg), "reveal_reason_required = false")

	log, err := a.AuditLog()
	require.NoError(t, err)
	require.Len(t, log, 2)
	assert.Equal(t, "init", log[0].Action)
	assert.Equal(t, audit.KeyEntry("tester", a.CheckpointKey()).Detail, log[1].Detail)
}

func TestCheckpointSignAndVerify(t *testing.T) {
	a, ids := newTestArchive(t)
	_, err := a.Ingest(context.Background(), []string{oneFile(t, "a.md", goodDoc)}, IngestOptions{})
	require.NoError(t, err)
	n, err := a.VerifyAudit()
	require.NoError(t, err)

	signed, c, created, err := a.Checkpoint(ids, "reviewer")
	require.NoError(t, err)
	assert.False(t, created)
	assert.EqualValues(t, n, c.Size)
	assert.True(t, strings.HasPrefix(string(signed), a.Origin()+"\n"))

	_, err = a.Ingest(context.Background(), []string{oneFile(t, "b.md", strings.Replace(goodDoc, "2011", "2012", 1))}, IngestOptions{})
	require.NoError(t, err)
	res, err := a.VerifyAuditLog(signed, "")
	require.NoError(t, err)
	assert.Greater(t, res.Size, c.Size)
	assert.Equal(t, c, *res.Since)
	assert.Equal(t, c, *res.Stored)
	rep, err := a.ReadData(ids)
	require.NoError(t, err)
	assert.Empty(t, rep.Problems, "signing.age is recorded by the init entry")

	// The wrong identity cannot sign.
	other, err := age.GenerateX25519Identity()
	require.NoError(t, err)
	_, _, _, err = a.Checkpoint([]age.Identity{other}, "x")
	require.ErrorContains(t, err, "signing.age")
	// Another key (a reviewer's note of a different one) fails the stored checkpoint.
	_, otherKey, err := audit.GenerateKey(a.Origin())
	require.NoError(t, err)
	_, err = a.VerifyAuditLog(nil, otherKey)
	require.ErrorContains(t, err, "key was replaced")
}

func TestCheckReportsLogCutBelowStoredCheckpoint(t *testing.T) {
	a, ids := newTestArchive(t)
	_, err := a.Ingest(context.Background(), []string{oneFile(t, "a.md", goodDoc)}, IngestOptions{})
	require.NoError(t, err)
	_, c, _, err := a.Checkpoint(ids, "reviewer")
	require.NoError(t, err)
	cutLog(t, a, c.Size-1)

	_, err = a.VerifyAudit()
	require.ErrorContains(t, err, "truncated: the stored checkpoint signed")
	rep, err := a.Check(false)
	require.NoError(t, err)
	assert.Contains(t, strings.Join(rep.Problems, "\n"), "truncated: the stored checkpoint signed")
}

func TestCheckpointOnArchiveMadeBeforeCheckpoints(t *testing.T) {
	a, ids := newTestArchive(t)
	_, err := a.Ingest(context.Background(), []string{oneFile(t, "a.md", goodDoc)}, IngestOptions{})
	require.NoError(t, err)
	a, kept := makePreCheckpoint(t, a)
	assert.Empty(t, a.CheckpointKey())
	assert.Empty(t, a.Origin())
	_, err = a.VerifyAudit()
	require.NoError(t, err)
	_, err = a.VerifyAuditLog([]byte("x"), "")
	require.ErrorContains(t, err, "no checkpoint key yet")

	other, err := age.GenerateX25519Identity()
	require.NoError(t, err)
	_, _, _, err = a.Checkpoint([]age.Identity{other}, "x")
	require.ErrorContains(t, err, "must decrypt the archive")
	_, err = os.Stat(filepath.Join(a.dir, signingName))
	assert.ErrorIs(t, err, os.ErrNotExist, "no key is made for an identity that cannot decrypt")

	signed, c, created, err := a.Checkpoint(ids, "reviewer")
	require.NoError(t, err)
	assert.True(t, created)
	assert.EqualValues(t, len(kept)+1, c.Size, "the checkpoint covers the key entry")
	reopened, err := Open(a.dir)
	require.NoError(t, err)
	assert.Equal(t, a.CheckpointKey(), reopened.CheckpointKey())
	assert.NotEmpty(t, reopened.Origin())
	_, err = reopened.VerifyAuditLog(signed, "")
	require.NoError(t, err)
	_, _, created, err = reopened.Checkpoint(ids, "reviewer")
	require.NoError(t, err)
	assert.False(t, created)
	rep, err := reopened.Check(false)
	require.NoError(t, err)
	assert.Empty(t, rep.Problems)
	rep, err = reopened.ReadData(ids)
	require.NoError(t, err)
	assert.Empty(t, rep.Problems, "the key entry records signing.age for check --read-data")
}

func TestRevealReasonRequired(t *testing.T) {
	root := t.TempDir()
	keyFile := filepath.Join(root, "key.txt")
	_, err := Init(filepath.Join(root, "archive"), InitOptions{IdentityOut: keyFile, Actor: "tester", RevealReasonRequired: true})
	require.NoError(t, err)
	a, err := Open(filepath.Join(root, "archive"))
	require.NoError(t, err)
	ids, err := LoadIdentities(keyFile, nil)
	require.NoError(t, err)
	assert.True(t, a.RevealReasonRequired())
	res, err := a.Ingest(context.Background(), []string{oneFile(t, "a.md", goodDoc)}, IngestOptions{})
	require.NoError(t, err)
	id := res[0].ID
	before, err := a.AuditLog()
	require.NoError(t, err)

	for _, reason := range []string{"", "   "} {
		_, err = a.Reveal(ids, id, "tester", reason)
		require.ErrorContains(t, err, "requires a reason")
		assert.Contains(t, err.Error(), "nothing was decrypted")
	}
	after, err := a.AuditLog()
	require.NoError(t, err)
	assert.Equal(t, before, after, "a refused reveal is not a reveal")

	_, err = a.Reveal(ids, id, "tester", "consent review 7")
	require.NoError(t, err)
	after, err = a.AuditLog()
	require.NoError(t, err)
	assert.Equal(t, "original revealed; reason: consent review 7", after[len(after)-1].Detail)
}

func TestCheckpointAfterRekey(t *testing.T) {
	a, ids := newTestArchive(t)
	_, err := a.Ingest(context.Background(), []string{oneFile(t, "a.md", goodDoc)}, IngestOptions{})
	require.NoError(t, err)
	kept, _, _, err := a.Checkpoint(ids, "reviewer")
	require.NoError(t, err)
	newID, err := age.GenerateX25519Identity()
	require.NoError(t, err)
	_, err = a.Rekey(ids, RekeyOptions{Recipients: []string{newID.Recipient().String()}, Actor: "tester"})
	require.NoError(t, err)
	a, err = Open(a.dir)
	require.NoError(t, err)

	// signing.age was re-encrypted with the rest: the new identity signs, the old one cannot.
	_, _, _, err = a.Checkpoint(ids, "reviewer")
	require.ErrorContains(t, err, "signing.age")
	_, c, created, err := a.Checkpoint([]age.Identity{newID}, "reviewer")
	require.NoError(t, err)
	assert.False(t, created, "the key survives a rekey")
	res, err := a.VerifyAuditLog(kept, "")
	require.NoError(t, err)
	assert.Equal(t, c, *res.Stored)
}

// makePreCheckpoint makes a look like an archive of the previous format: no archive ID, no
// key, no key entry, no stored checkpoint, no signing.age. It returns it reopened, and the
// entries it kept.
func makePreCheckpoint(t *testing.T, a *Archive) (*Archive, []audit.Entry) {
	t.Helper()
	cfgPath := filepath.Join(a.dir, configName)
	b, err := os.ReadFile(cfgPath)
	require.NoError(t, err)
	old := regexp.MustCompile(`(?m)^(archive_id|checkpoint_key|reveal_reason_required) = .*\n`).ReplaceAll(b, nil)
	require.NoError(t, os.WriteFile(cfgPath, old, 0o600))
	require.NoError(t, os.Remove(filepath.Join(a.dir, signingName)))
	require.NoError(t, os.Remove(a.auditPath()+".checkpoint"))
	es, err := a.AuditLog()
	require.NoError(t, err)
	var kept []audit.Entry
	for _, e := range es {
		if e.Action != audit.ActionKey {
			kept = append(kept, e)
		}
	}
	require.NoError(t, os.Remove(a.auditPath()))
	require.NoError(t, os.Remove(a.auditPath()+".head"))
	_, err = audit.Append(a.auditPath(), kept...)
	require.NoError(t, err)
	a, err = Open(a.dir)
	require.NoError(t, err)
	return a, kept
}
