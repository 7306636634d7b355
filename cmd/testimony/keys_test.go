package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"filippo.io/age"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A wrong passphrase for a passphrase-protected identity: one error line, exit code 1, and
// the archive byte for byte as before, for every command that takes -i; the right one works.
func TestPassphraseIdentity(t *testing.T) {
	dir := t.TempDir()
	id, err := age.GenerateX25519Identity()
	require.NoError(t, err)
	sr, err := age.NewScryptRecipient("correct horse")
	require.NoError(t, err)
	sr.SetWorkFactor(10)
	var buf bytes.Buffer
	w, err := age.Encrypt(&buf, sr)
	require.NoError(t, err)
	_, err = w.Write([]byte(id.String() + "\n"))
	require.NoError(t, err)
	require.NoError(t, w.Close())
	require.NoError(t, os.WriteFile(filepath.Join(dir, "key.age"), buf.Bytes(), 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "seed.txt"), []byte(seedText), 0o600))
	newID, err := age.GenerateX25519Identity()
	require.NoError(t, err)

	require.Zero(t, runCLI(t, dir, nil, "init", "--archive", "arc", "-r", id.Recipient().String()).code)
	res := runCLI(t, dir, nil, "ingest", "--archive", "arc", "seed.txt")
	require.Zero(t, res.code, res.stderr)
	seedID := strings.Fields(res.stdout)[0]
	before := treeBytes(t, filepath.Join(dir, "arc"))

	wrong := []string{"TESTIMONY_PASSPHRASE=wrong horse"}
	for _, args := range [][]string{
		{"reveal", "--archive", "arc", "-i", "key.age", seedID},
		{"withdraw", "--archive", "arc", "-i", "key.age", seedID},
		{"check", "--archive", "arc", "--read-data", "-i", "key.age"},
		{"rekey", "--archive", "arc", "-i", "key.age", "-r", newID.Recipient().String()},
	} {
		t.Run(args[0], func(t *testing.T) {
			res := runCLI(t, dir, wrong, args...)
			assert.Equal(t, 1, res.code)
			assert.Equal(t, "testimony: identity file key.age: incorrect passphrase\n", res.stderr)
			assert.Empty(t, res.stdout)
			assert.Equal(t, before, treeBytes(t, filepath.Join(dir, "arc")), "the archive is unchanged")
		})
	}
	right := []string{"TESTIMONY_PASSPHRASE=correct horse"}
	res = runCLI(t, dir, right, "check", "--archive", "arc", "--read-data", "-i", "key.age")
	assert.Zero(t, res.code, res.stdout+res.stderr)
	res = runCLI(t, dir, right, "reveal", "--archive", "arc", "-i", "key.age", seedID)
	assert.Zero(t, res.code, res.stderr)
	assert.Equal(t, seedText, res.stdout)
}
