package archive

import (
	"context"
	"flag"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"filippo.io/age"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var rekeyCrashTrials = flag.Int("archive.rekeycrash", 0, "run TestRekeyCrashRecovery with this many SIGKILL trials (0 skips it)")

// TestRekeyCrashChild is the subprocess TestRekeyCrashRecovery kills: it rekeys an archive,
// pausing 30 ms at each of the rekey's seven step boundaries.
func TestRekeyCrashChild(t *testing.T) {
	dir, key, to := os.Getenv("REKEY_CRASH_DIR"), os.Getenv("REKEY_CRASH_KEY"), os.Getenv("REKEY_CRASH_TO")
	if dir == "" || key == "" || to == "" {
		t.Skip("only runs as TestRekeyCrashRecovery's subprocess")
	}
	// A pause at each step boundary, so that random kills also land in the short commit
	// phase (the renames take milliseconds; decrypting and re-encrypting take the rest).
	rekeyCrashHook = func(string) error { time.Sleep(30 * time.Millisecond); return nil }
	defer func() { rekeyCrashHook = nil }()
	a, err := Open(dir)
	require.NoError(t, err)
	ids, err := LoadIdentities(key, nil)
	require.NoError(t, err)
	_, err = a.Rekey(ids, RekeyOptions{Recipients: []string{to}, Actor: "crash"})
	require.NoError(t, err)
}

// TestRekeyCrashRecovery kills a rekey with SIGKILL at random points. After each kill every
// file decrypts with the old or the new key; check --repair then leaves a consistent archive
// whose files all open with one key, the old one (rolled back) or the new one (finished),
// and check --read-data passes with it.
//
//	go test -run TestRekeyCrashRecovery ./archive/ -archive.rekeycrash 30
func TestRekeyCrashRecovery(t *testing.T) {
	if *rekeyCrashTrials == 0 {
		t.Skip("use -archive.rekeycrash N")
	}
	template, oldIDs := newTestArchive(t)
	keyFile := filepath.Join(filepath.Dir(template.dir), "key.txt")
	corpus := filepath.Join(t.TempDir(), "corpus")
	writeCorpus(t, corpus, 40, 3000, 11)
	_, err := template.Ingest(context.Background(), []string{corpus}, IngestOptions{})
	require.NoError(t, err)
	newID, err := age.GenerateX25519Identity()
	require.NoError(t, err)
	newIDs := []age.Identity{newID}

	run := func(dir string) *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run", "^TestRekeyCrashChild$")
		cmd.Env = append(os.Environ(), "REKEY_CRASH_DIR="+dir, "REKEY_CRASH_KEY="+keyFile, "REKEY_CRASH_TO="+newID.Recipient().String())
		return cmd
	}
	dir0 := filepath.Join(t.TempDir(), "a")
	copyArchive(t, template.dir, dir0)
	start := time.Now()
	out, err := run(dir0).CombinedOutput()
	require.NoError(t, err, "%s", out)
	full := time.Since(start)

	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 2))
	outcome := map[string]int{}
	for trial := 0; trial < *rekeyCrashTrials; trial++ {
		dir := filepath.Join(t.TempDir(), "a")
		copyArchive(t, template.dir, dir)
		cmd := run(dir)
		require.NoError(t, cmd.Start())
		time.Sleep(time.Duration(r.Int64N(int64(full))))
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()

		a, err := Open(dir)
		require.NoError(t, err, "trial %d", trial)
		oldOK, newOK := decryptsWith(t, a, oldIDs), decryptsWith(t, a, newIDs)
		for rel := range oldOK {
			require.True(t, oldOK[rel] || newOK[rel], "trial %d: %s decrypts with neither key", trial, rel)
		}
		_, journal := os.Stat(filepath.Join(dir, rekeyDir, rekeyJournal))
		_, staged := os.Stat(filepath.Join(dir, rekeyDir))
		rep, err := a.Check(true)
		require.NoError(t, err)
		require.True(t, rep.OK(), "trial %d: %v", trial, rep.Problems)
		rep, err = a.Check(false)
		require.NoError(t, err)
		require.Empty(t, rep.Problems, "trial %d", trial)

		a, err = Open(dir)
		require.NoError(t, err)
		want, name := oldIDs, "old key (killed before staging began)"
		if staged == nil {
			name = "old key (rolled back by check --repair)"
		}
		if a.Recipients()[0] == newID.Recipient().String() {
			want, name = newIDs, "new key (finished)"
			if journal == nil {
				name = "new key (finished by check --repair)"
			}
		}
		for rel, ok := range decryptsWith(t, a, want) {
			assert.True(t, ok, "trial %d: %s does not open with the %s", trial, rel, name)
		}
		rep, err = a.ReadData(want)
		require.NoError(t, err)
		assert.Empty(t, rep.Problems, "trial %d", trial)
		outcome[name]++
	}
	t.Logf("%d trials over a %v rekey: %v", *rekeyCrashTrials, full.Round(time.Millisecond), outcome)
}

// copyArchive copies an archive folder with its modes.
func copyArchive(t *testing.T, src, dst string) {
	t.Helper()
	require.NoError(t, filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), dirMode)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, fileMode)
	}))
}
