package archive

import (
	"os"
	"testing"

	"filippo.io/age"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// crashRekeyAfterCommit runs a rekey that stops right after its journal commits, as a crash
// would, and returns the new identities.
func crashRekeyAfterCommit(t *testing.T, f *dataFixture) []age.Identity {
	t.Helper()
	newID, newIDs := newIdentity(t)
	rekeyCrashHook = func(stage string) error {
		if stage == "journal" {
			return errSimulatedCrash
		}
		return nil
	}
	defer func() { rekeyCrashHook = nil }()
	_, err := f.a.Rekey(f.ids, RekeyOptions{Recipients: []string{newID.Recipient().String()}, Actor: "tester"})
	require.ErrorIs(t, err, errSimulatedCrash)
	return newIDs
}

// Finishing a committed rekey fails, naming the file, when a file the manifest still refers
// to cannot be read (an I/O error: here the path is a folder) or holds neither its old nor its
// new ciphertext: a skip would leave it encrypted to the old key while the rekey says done.
func TestFinishRekeyFailsOnUnreadableOrChangedFile(t *testing.T) {
	tests := []struct {
		name   string
		damage func(t *testing.T, p string)
		want   string
	}{
		{"read error", func(t *testing.T, p string) {
			require.NoError(t, os.Remove(p))
			require.NoError(t, os.Mkdir(p, dirMode))
		}, "cannot be read"},
		{"unexpected hash", func(t *testing.T, p string) {
			require.NoError(t, os.WriteFile(p, []byte("age-encryption.org/v1\nnot the one staged\n"), fileMode))
		}, "neither the old nor the new ciphertext"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newDataFixture(t)
			crashRekeyAfterCommit(t, f)
			tt.damage(t, f.obj(f.rel))
			a, err := Open(f.a.dir)
			require.NoError(t, err)
			rep, err := a.Check(true)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "objects/"+f.rel.ID+".age")
			assert.Contains(t, err.Error(), tt.want)
			assert.Empty(t, rep.Repaired, "nothing reported repaired")
			_, err = os.Stat(a.stagedPath(t, "objects/"+f.rel.ID+".age"))
			require.NoError(t, err, "the new ciphertext is kept in rekey/")
			_, err = os.Stat(a.stagedPath(t, rekeyJournal))
			require.NoError(t, err, "the journal is kept: the rekey is not finished")
		})
	}
}

// A file removed since the rekey committed (a withdrawal before check --repair) holds nothing
// encrypted to the old key: repair finishes the rekey and says which file it skipped.
func TestFinishRekeySkipsRemovedFile(t *testing.T) {
	f := newDataFixture(t)
	newIDs := crashRekeyAfterCommit(t, f)
	a, err := Open(f.a.dir)
	require.NoError(t, err)
	require.NoError(t, os.Remove(f.obj(f.rel)))
	rep, err := a.Check(true)
	require.NoError(t, err)
	assert.Contains(t, rep.Repaired[0], "skipped objects/"+f.rel.ID+".age")
	for rel, ok := range decryptsWith(t, a, newIDs) {
		assert.True(t, ok, "%s does not decrypt with the new key", rel)
	}
}

// A file rewritten since the rekey committed, whose new hash the manifest records (a new
// ingest after a withdrawal), is not replaced: repair finishes the rekey and names it.
func TestFinishRekeySkipsFileTheManifestNoLongerRecords(t *testing.T) {
	f := newDataFixture(t)
	crashRekeyAfterCommit(t, f)
	a, err := Open(f.a.dir)
	require.NoError(t, err)
	rewritten := []byte("age-encryption.org/v1\nrewritten since\n")
	require.NoError(t, os.WriteFile(f.obj(f.rel), rewritten, fileMode))
	f.editManifest(t, func(m *manifest) { m.byID[f.rel.ID].ObjectSHA256 = sha256Hex(rewritten) })
	rep, err := a.Check(true)
	require.NoError(t, err)
	assert.Contains(t, rep.Repaired[0], "skipped objects/"+f.rel.ID+".age")
	got, err := os.ReadFile(f.obj(f.rel))
	require.NoError(t, err)
	assert.Equal(t, rewritten, got, "the rewritten file is left alone")
}

// A fresh rekey holds the lock from staging to the end: if a file it staged is gone when it
// renames, something outside the program changed the archive, and the rekey says so.
func TestRekeyReportsFileRemovedWhileRunning(t *testing.T) {
	f := newDataFixture(t)
	newID, _ := newIdentity(t)
	gone := f.obj(f.rel)
	rekeyCrashHook = func(stage string) error {
		if stage == "config" {
			return os.Remove(gone)
		}
		return nil
	}
	defer func() { rekeyCrashHook = nil }()
	_, err := f.a.Rekey(f.ids, RekeyOptions{Recipients: []string{newID.Recipient().String()}})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "objects/"+f.rel.ID+".age")
	assert.Contains(t, err.Error(), "re-encrypted")
}

func (a *Archive) stagedPath(t *testing.T, rel string) string {
	t.Helper()
	return a.dir + "/" + rekeyDir + "/" + rel
}
