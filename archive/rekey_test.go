package archive

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"filippo.io/age"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func newIdentity(t *testing.T) (*age.X25519Identity, []age.Identity) {
	t.Helper()
	id, err := age.GenerateX25519Identity()
	require.NoError(t, err)
	return id, []age.Identity{id}
}

// decryptsWith reports, per encrypted file, whether ids decrypt it.
func decryptsWith(t *testing.T, a *Archive, ids []age.Identity) map[string]bool {
	t.Helper()
	files, err := ageFiles(a.dir)
	require.NoError(t, err)
	out := map[string]bool{}
	for _, rel := range files {
		out[rel] = a.decryptCheck(rel, ids) == nil
	}
	return out
}

func TestRekey(t *testing.T) {
	f := newDataFixture(t)
	newID, newIDs := newIdentity(t)
	all, err := ageFiles(f.a.dir)
	require.NoError(t, err)
	assert.Contains(t, all, secretName)
	res, err := f.a.Rekey(f.ids, RekeyOptions{Recipients: []string{newID.Recipient().String()}, Actor: "tester"})
	require.NoError(t, err)
	assert.Equal(t, len(all), res.Files, "every *.age file")
	assert.Equal(t, 3, res.Objects)
	assert.Equal(t, 3, res.Reports)
	assert.Equal(t, len(all)-6, res.Other, "secret.age and the other keys")

	for rel, ok := range decryptsWith(t, f.a, f.ids) {
		assert.False(t, ok, "%s still decrypts with the old identity", rel)
	}
	for rel, ok := range decryptsWith(t, f.a, newIDs) {
		assert.True(t, ok, "%s does not decrypt with the new identity", rel)
	}
	_, err = f.a.Reveal(f.ids, f.rel.ID, "tester", "")
	require.Error(t, err)
	original, err := f.a.Reveal(newIDs, f.rel.ID, "tester", "")
	require.NoError(t, err)
	assert.NotEmpty(t, original)

	// The archive now encrypts to the new recipient, and everything verifies.
	a2, err := Open(f.a.dir)
	require.NoError(t, err)
	assert.Equal(t, []string{newID.Recipient().String()}, a2.Recipients())
	rv, err := a2.Ingest(context.Background(), []string{oneFile(t, "new.md", strings.Replace(goodDoc, "2011", "2012", 1))}, IngestOptions{})
	require.NoError(t, err)
	_, err = a2.Reveal(newIDs, rv[0].ID, "tester", "")
	require.NoError(t, err)
	rep, err := a2.Check(false)
	require.NoError(t, err)
	assert.Empty(t, rep.Problems)
	rep, err = a2.ReadData(nil)
	require.NoError(t, err)
	assert.Empty(t, rep.Problems, "the audit log records the new ciphertext hashes")
	rep, err = a2.ReadData(newIDs)
	require.NoError(t, err)
	assert.Empty(t, rep.Problems)
	_, err = a2.VerifyAudit()
	require.NoError(t, err)

	log, err := a2.AuditLog()
	require.NoError(t, err)
	var perTestimony int
	var summary string
	for _, e := range log {
		if e.Action == "rekey" && e.Testimony != "" {
			perTestimony++
		}
		if e.Action == "rekey" && e.Testimony == "" {
			summary = e.Detail
			assert.Equal(t, len(all), e.Counts["files"])
			assert.Contains(t, e.Files, secretName)
		}
	}
	assert.Equal(t, 3, perTestimony)
	assert.Contains(t, summary, RecipientFingerprint(newID.Recipient().String()))
	assert.NotContains(t, summary, newID.Recipient().String(), "fingerprints, not the recipients")
}

// A rekey that cannot complete changes nothing: a wrong identity, a bad recipient.
func TestRekeyFailsClosed(t *testing.T) {
	f := newDataFixture(t)
	newID, _ := newIdentity(t)
	_, wrong := newIdentity(t)
	before := snapshot(t, f.a.dir)
	tests := []struct {
		name string
		ids  []age.Identity
		opts RekeyOptions
		want string
	}{
		{"wrong identity", wrong, RekeyOptions{Recipients: []string{newID.Recipient().String()}}, "did not match any of the recipients"},
		{"not a recipient", f.ids, RekeyOptions{Recipients: []string{"age1nope"}}, "recipient 1"},
		{"private key given", f.ids, RekeyOptions{Recipients: []string{newID.String()}}, "is a private key"},
		{"no recipients", f.ids, RekeyOptions{}, "give the new recipients"},
		{"empty recipients file", f.ids, RekeyOptions{RecipientsFile: oneFile(t, "r.txt", "# none\n")}, "holds no recipients"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := f.a.Rekey(tt.ids, tt.opts)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.NotContains(t, err.Error(), "AGE-SECRET-KEY")
			assert.Equal(t, before, snapshot(t, f.a.dir), "the archive is unchanged")
		})
	}
	// The error of a wrong identity names the file.
	_, err := f.a.Rekey(wrong, RekeyOptions{Recipients: []string{newID.Recipient().String()}})
	assert.Regexp(t, `^rekey: (objects|reports)/t[a-z2-7]{20}[-0-9a-f]*\.age: `, err.Error())
}

// A crash at any step leaves every file decryptable by the old or the new identity, and
// check --repair rolls back (before the journal) or finishes the rekey (after it).
func TestRekeyCrashAtEveryStep(t *testing.T) {
	stages := []struct {
		stage   string
		forward bool // the rekey had committed: repair finishes it
	}{
		{"staging", false},
		{"journal", true},
		{"config", true},
		{"renaming", true},
		{"renamed", true},
		{"manifest", true},
		{"audited", true},
	}
	for _, st := range stages {
		t.Run(st.stage, func(t *testing.T) {
			f := newDataFixture(t)
			newID, newIDs := newIdentity(t)
			rekeyCrashHook = func(stage string) error {
				if stage == st.stage {
					return errSimulatedCrash
				}
				return nil
			}
			_, err := f.a.Rekey(f.ids, RekeyOptions{Recipients: []string{newID.Recipient().String()}, Actor: "tester"})
			rekeyCrashHook = nil
			require.ErrorIs(t, err, errSimulatedCrash)

			a, err := Open(f.a.dir)
			require.NoError(t, err)
			oldOK, newOK := decryptsWith(t, a, f.ids), decryptsWith(t, a, newIDs)
			for rel := range oldOK {
				assert.True(t, oldOK[rel] || newOK[rel], "%s decrypts with neither key", rel)
			}
			// An ingest before the repair: after it, its files open with the same key as the rest.
			_, err = a.Ingest(context.Background(), []string{oneFile(t, "late.md", strings.Replace(goodDoc, "2011", "2013", 1))}, IngestOptions{})
			require.NoError(t, err)
			rep, err := a.Check(false)
			require.NoError(t, err)
			assert.Contains(t, strings.Join(rep.Problems, "\n"), "rekey", "check reports the interrupted rekey")

			rep, err = a.Check(true)
			require.NoError(t, err)
			require.True(t, rep.OK(), "repaired: %v", rep.Problems)
			_, err = os.Stat(filepath.Join(a.dir, rekeyDir))
			assert.ErrorIs(t, err, os.ErrNotExist)
			rep, err = a.Check(false)
			require.NoError(t, err)
			assert.Empty(t, rep.Problems)

			want, other := f.ids, newIDs
			if st.forward {
				want, other = newIDs, f.ids
			}
			for rel, ok := range decryptsWith(t, a, want) {
				assert.True(t, ok, "%s does not decrypt with the expected key", rel)
			}
			for rel, ok := range decryptsWith(t, a, other) {
				assert.False(t, ok, "%s decrypts with the other key", rel)
			}
			rep, err = a.ReadData(want)
			require.NoError(t, err)
			assert.Empty(t, rep.Problems)
			a, err = Open(f.a.dir)
			require.NoError(t, err)
			if st.forward {
				assert.Equal(t, []string{newID.Recipient().String()}, a.Recipients())
			} else {
				assert.NotEqual(t, []string{newID.Recipient().String()}, a.Recipients())
			}
			// One summary entry, even when repair finished the rekey.
			log, err := a.AuditLog()
			require.NoError(t, err)
			n := 0
			for _, e := range log {
				if e.Action == "rekey" && e.Testimony == "" {
					n++
				}
			}
			assert.Equal(t, map[bool]int{true: 1, false: 0}[st.forward], n)
		})
	}
}

// A second rekey refuses to start over an interrupted one.
func TestRekeyRefusesOverInterruptedRekey(t *testing.T) {
	f := newDataFixture(t)
	newID, _ := newIdentity(t)
	rekeyCrashHook = func(stage string) error {
		if stage == "journal" {
			return errSimulatedCrash
		}
		return nil
	}
	_, err := f.a.Rekey(f.ids, RekeyOptions{Recipients: []string{newID.Recipient().String()}})
	rekeyCrashHook = nil
	require.True(t, errors.Is(err, errSimulatedCrash))
	_, err = f.a.Rekey(f.ids, RekeyOptions{Recipients: []string{newID.Recipient().String()}})
	require.ErrorContains(t, err, "run check --repair to finish it first")
}
