//go:build unix

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// lockHeld reports whether another process holds the archive's writer lock (an exclusive
// flock on arc/lock): it tries to take it without waiting and lets go at once if it got it.
func lockHeld(t *testing.T, lockFile string) bool {
	t.Helper()
	f, err := os.OpenFile(lockFile, os.O_RDWR, 0)
	if errors.Is(err, os.ErrNotExist) {
		return false
	}
	require.NoError(t, err)
	defer f.Close()
	err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if err == nil {
		require.NoError(t, syscall.Flock(int(f.Fd()), syscall.LOCK_UN))
		return false
	}
	require.ErrorIs(t, err, syscall.EWOULDBLOCK)
	return true
}

// TestConcurrentIngests runs two ingests of overlapping folders as two real processes, made
// to overlap for certain: once the first holds the writer lock the test stops it (SIGSTOP, so
// it keeps the lock), checks that the lock is still held, starts the second, keeps the first
// stopped for holdFor, and lets it go on. The second must still be running when the first is
// resumed (it waited for the lock); it then either succeeds (exit 0, wall time at least
// holdFor) or gives up with exit 3 and the one line "archive is busy" after waiting the
// archive's lock wait (3 s) while the first finished. The test says which happened. Searches
// run over and over meanwhile: each returns results or exit 3, never hangs. Afterwards, with a
// failed ingest retried, every file is in the archive exactly once and check passes.
func TestConcurrentIngests(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	const holdFor = 1500 * time.Millisecond // below the archive's 3 s lock wait
	work := t.TempDir()
	res := runCLI(t, work, nil, "init", "--archive", "arc", "-r", "age12nutdaxmug4uv00f4nmm729v9k7xwcy2j0ssup7c2knyqkwz2q6s3ln6mh")
	require.Equal(t, 0, res.code, res.stderr)
	// 0-39 in a/, 20-59 in b/: 20 files (same bytes) in both.
	writeInterviews(t, filepath.Join(work, "a"), 0, 40)
	writeInterviews(t, filepath.Join(work, "b"), 20, 60)
	lockFile := filepath.Join(work, "arc", "lock")

	stop := make(chan struct{})
	searchDone := make(chan []cliResult)
	go func() {
		var rs []cliResult
		for {
			select {
			case <-stop:
				searchDone <- rs
				return
			default:
			}
			rs = append(rs, runCLI(t, work, nil, "search", "--archive", "arc", "--json", "harbour"))
		}
	}()

	// The first ingest, as a process the test can stop.
	first := exec.Command("testimony", "ingest", "--archive", "arc", "a")
	first.Dir = work
	first.Env = append(os.Environ(), "TESTIMONY_ARCHIVE=", "TESTIMONY_ACTOR=tester", "TESTIMONY_PASSPHRASE=")
	var firstOut, firstErr bytes.Buffer
	first.Stdout, first.Stderr = &firstOut, &firstErr
	require.NoError(t, first.Start())
	firstDone := make(chan error, 1)
	go func() { firstDone <- first.Wait() }()
	resumed := false
	defer func() {
		if !resumed {
			_ = first.Process.Signal(syscall.SIGCONT)
		}
	}()

	// Catch it holding the lock, stop it there, and make sure it still holds it.
	deadline := time.Now().Add(hangLimit)
	for !lockHeld(t, lockFile) {
		select {
		case err := <-firstDone:
			t.Fatalf("the first ingest ended (%v) before the test saw it hold the lock: %s", err, firstErr.String())
		default:
		}
		require.True(t, time.Now().Before(deadline), "the first ingest never took the lock")
		time.Sleep(time.Millisecond)
	}
	require.NoError(t, first.Process.Signal(syscall.SIGSTOP))
	require.True(t, lockHeld(t, lockFile), "the stopped first ingest holds the lock (it did not finish in between)")

	type timed struct {
		cliResult
		wall time.Duration
	}
	secondDone := make(chan timed, 1)
	go func() {
		t0 := time.Now()
		r := runCLI(t, work, nil, "ingest", "--archive", "arc", "b")
		secondDone <- timed{r, time.Since(t0)}
	}()
	time.Sleep(holdFor)
	select {
	case r := <-secondDone:
		t.Fatalf("the second ingest ended while the first held the lock: exit %d after %v: %s", r.code, r.wall, r.stderr)
	default:
	}
	require.True(t, lockHeld(t, lockFile), "the first ingest still holds the lock after %v", holdFor)
	require.NoError(t, first.Process.Signal(syscall.SIGCONT))
	resumed = true
	second := <-secondDone
	require.NoError(t, <-firstDone, "first ingest: %s", firstErr.String())
	close(stop)
	searches := <-searchDone

	const busyLine = "testimony: archive is busy: another command holds the lock\n"
	var retry []string
	assert.GreaterOrEqual(t, second.wall, holdFor, "the second ingest waited at least as long as the first held the lock")
	switch second.code {
	case 0:
		t.Logf("second ingest waited for the lock and succeeded: %v (the first held it stopped for %v, then finished)", second.wall, holdFor)
	case 3:
		assert.Equal(t, busyLine, second.stderr, "the busy message, one line")
		assert.Empty(t, second.stdout)
		assert.GreaterOrEqual(t, second.wall, 3*time.Second, "it gave up only after the lock wait")
		retry = append(retry, "b")
		t.Logf("second ingest waited %v and gave up: archive busy (exit 3); the first still held the lock", second.wall)
	default:
		t.Fatalf("second ingest: exit %d: %s", second.code, second.stderr)
	}

	results, busy := 0, 0
	for _, s := range searches {
		switch s.code {
		case 0:
			results++
			var out struct {
				Total int `json:"total"`
			}
			assert.NoError(t, json.Unmarshal([]byte(s.stdout), &out), s.stdout)
		case 3:
			busy++
			assert.Regexp(t, `^testimony: .*busy.*\n$`, s.stderr)
		default:
			t.Errorf("search during ingest: exit %d: %s", s.code, s.stderr)
		}
	}
	require.NotEmpty(t, searches)
	t.Logf("%d searches during the ingests: %d with results, %d busy; %d ingest(s) retried", len(searches), results, busy, len(retry))

	for _, dir := range retry {
		r := runCLI(t, work, nil, "ingest", "--archive", "arc", dir)
		require.Equal(t, 0, r.code, r.stderr)
	}
	// Every file exactly once: 60 IDs for 60 files, the overlap under one ID each.
	r := runCLI(t, work, nil, "ingest", "--archive", "arc", "--json", "a", "b")
	require.Equal(t, 0, r.code, r.stderr)
	var again []struct{ ID, Source, Status string }
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &again))
	require.Len(t, again, 80)
	ids := map[string]string{}
	for _, x := range again {
		require.NotEmpty(t, x.ID, x.Source)
		assert.Equal(t, "released", x.Status, x.Source)
		name := filepath.Base(x.Source)
		if prev, ok := ids[name]; ok {
			assert.Equal(t, prev, x.ID, "%s: one ID whichever folder it came from", name)
		}
		ids[name] = x.ID
	}
	assert.Len(t, ids, 60)
	distinct := map[string]bool{}
	for _, id := range ids {
		distinct[id] = true
	}
	assert.Len(t, distinct, 60, "no two files share an ID")
	list := runCLI(t, work, nil, "list", "--archive", "arc")
	require.Equal(t, 0, list.code, list.stderr)
	assert.Equal(t, 60, strings.Count(list.stdout, "\n"), "60 testimonies listed:\n%s", list.stdout)
	chk := runCLI(t, work, nil, "check", "--archive", "arc")
	assert.Equal(t, 0, chk.code, chk.stdout+chk.stderr)
	av := runCLI(t, work, nil, "audit", "verify", "--archive", "arc")
	assert.Equal(t, 0, av.code, av.stdout+av.stderr)
}
