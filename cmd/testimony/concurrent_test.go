package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeInterviews writes interviews from..to-1 (about 3 KB each, distinct bytes) into dir.
func writeInterviews(t *testing.T, dir string, from, to int) {
	t.Helper()
	require.NoError(t, os.MkdirAll(dir, 0o700))
	for i := from; i < to; i++ {
		var b strings.Builder
		fmt.Fprintf(&b, "---\ntitle: Harbour interview %d\ntopics: [work]\n---\n\n", i)
		for k := 0; b.Len() < 3000; k++ {
			fmt.Fprintf(&b, "Interviewer: What happened in week %d?\n\nPak Mi-rae: We loaded coal at the harbour and waited for the border guards to change shift, batch %d.\n\n", k, i)
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("i%03d.md", i)), []byte(b.String()), 0o600))
	}
}

// TestConcurrentIngests starts two ingests of overlapping folders at once, as two real
// processes, and searches over and over while they run. Each ingest either succeeds (it
// waited for the lock) or fails with exit 3 and the one line "archive is busy"; a search
// returns results or exit 3, never hangs. Afterwards, with the failed ingest retried, every
// file is in the archive exactly once and check passes.
func TestConcurrentIngests(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	work := t.TempDir()
	res := runCLI(t, work, nil, "init", "--archive", "arc", "-r", "age12nutdaxmug4uv00f4nmm729v9k7xwcy2j0ssup7c2knyqkwz2q6s3ln6mh")
	require.Equal(t, 0, res.code, res.stderr)
	// 0-39 in a/, 20-59 in b/: 20 files (same bytes) in both.
	writeInterviews(t, filepath.Join(work, "a"), 0, 40)
	writeInterviews(t, filepath.Join(work, "b"), 20, 60)

	const busyLine = "testimony: archive is busy: another command holds the lock\n"
	var wg sync.WaitGroup
	ingests := make([]cliResult, 2)
	for k, dir := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ingests[k] = runCLI(t, work, nil, "ingest", "--archive", "arc", dir)
		}()
	}
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
	wg.Wait()
	close(stop)
	searches := <-searchDone

	var retry []string
	for k, r := range ingests {
		dir := []string{"a", "b"}[k]
		switch r.code {
		case 0:
			t.Logf("ingest %s/: done (%d lines)", dir, strings.Count(r.stdout, "\n"))
		case 3:
			assert.Equal(t, busyLine, r.stderr, "ingest %s/: the busy message, one line", dir)
			assert.Empty(t, r.stdout)
			retry = append(retry, dir)
			t.Logf("ingest %s/: archive busy (exit 3)", dir)
		default:
			t.Errorf("ingest %s/: exit %d: %s", dir, r.code, r.stderr)
		}
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
