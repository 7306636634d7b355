package archive

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/index"
)

var crashTrials = flag.Int("archive.crash", 0, "run TestCrashRecovery with this many SIGKILL trials (0: one per kill point; -short skips it)")

// The child ingests crashDocs files in calls of crashChunk files, crashBatch per index batch.
const (
	crashDocs  = 24
	crashChunk = 8
	crashBatch = 4
)

// crashPoint is where the child kills itself: the Nth time it reaches stage (see crashHook),
// at once or after a delay (so that the kill lands inside the step that follows).
type crashPoint struct {
	phase string // the phase: encryption, report, index batch, audit append
	stage string
	delay time.Duration // the upper bound of a random delay; 0 kills at once
	max   int           // how often a whole run reaches stage
}

// crashPoints cover every phase; the kill lands inside the step or just after it.
var crashPoints = []crashPoint{
	{"encryption", "encrypt", 0, crashDocs},                                // an object written, not closed or synced
	{"encryption", "encrypt", 2 * time.Millisecond, crashDocs},             // while other workers encrypt
	{"report", "report", 0, crashDocs},                                     // a report written, not closed or synced
	{"report", "report", 2 * time.Millisecond, crashDocs},                  // while other workers write reports
	{"index batch", "index", 0, crashDocs / crashBatch},                    // manifest lists the batch pending, index untouched
	{"index batch", "index", 3 * time.Millisecond, crashDocs / crashBatch}, // during the bleve batch (or just after)
	{"index batch", "indexed", 0, crashDocs / crashBatch},                  // indexed, manifest still says pending
	{"audit append", "audit", 0, crashDocs / crashBatch},                   // released in the manifest, no audit entries yet
	{"audit append", "audited", 0, crashDocs / crashBatch},                 // audit appended, the call not yet returned
}

// TestCrashChild is the subprocess TestCrashRecovery kills: it ingests a corpus in calls of
// crashChunk files, printing "done SOURCE ID STATUS" for each file once its call returned
// (what a user would have been told), and kills itself with SIGKILL at the point
// ARCHIVE_CRASH_AT names ("stage:N" or "stage:N:delay"). It does nothing unless started by
// TestCrashRecovery.
func TestCrashChild(t *testing.T) {
	dir, corpus := os.Getenv("ARCHIVE_CRASH_DIR"), os.Getenv("ARCHIVE_CRASH_CORPUS")
	if dir == "" || corpus == "" {
		t.Skip("only runs as TestCrashRecovery's subprocess")
	}
	if at := os.Getenv("ARCHIVE_CRASH_AT"); at != "" {
		f := strings.Split(at, ":")
		stage := f[0]
		n, _ := strconv.Atoi(f[1])
		var delay time.Duration
		if len(f) > 2 {
			delay, _ = time.ParseDuration(f[2])
		}
		var seen atomic.Int64
		crashHook = func(s string) error {
			if s == stage && seen.Add(1) == int64(n) {
				fmt.Fprintf(os.Stderr, "crash: killing at %s #%d (delay %v)\n", stage, n, delay)
				if delay == 0 {
					_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
					select {} // never returns
				}
				go func() {
					time.Sleep(delay)
					_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
				}()
			}
			return nil
		}
	}
	a, err := Open(dir)
	require.NoError(t, err)
	files, err := filepath.Glob(filepath.Join(corpus, "*.md"))
	require.NoError(t, err)
	sort.Strings(files)
	for len(files) > 0 {
		chunk := files[:min(crashChunk, len(files))]
		files = files[len(chunk):]
		res, err := a.Ingest(context.Background(), chunk, IngestOptions{BatchSize: crashBatch, Actor: "crash"})
		require.NoError(t, err)
		for _, r := range res {
			fmt.Printf("done %s %s %s\n", filepath.Base(r.Source), r.ID, r.Status)
		}
	}
}

// TestCrashRecovery kills a bulk ingest with SIGKILL at points spread over every phase
// (encryption, report, index batch, audit append; see crashPoints), then checks that check
// --repair leaves a consistent archive; that every testimony the child reported done is
// listed under its ID, intact (revealed byte for byte), searchable if released; that nothing
// is half-visible (every index document is a released manifest entry and the reverse); and
// that re-running the ingest completes everything under the same IDs without duplicates.
//
// By default it runs one trial per kill point; the full run is
//
//	go test -run TestCrashRecovery ./archive/ -archive.crash 63 -v
//
// which spreads the trials round-robin over the points (at a random occurrence of each) and
// logs how many landed in each phase.
func TestCrashRecovery(t *testing.T) {
	if testing.Short() && *crashTrials == 0 {
		t.Skip("-short")
	}
	trials := *crashTrials
	if trials == 0 {
		trials = len(crashPoints)
	}
	corpus := filepath.Join(t.TempDir(), "corpus")
	writeCorpus(t, corpus, crashDocs, 1500, 99)
	originals := map[string][]byte{}
	ents, err := os.ReadDir(corpus)
	require.NoError(t, err)
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(corpus, e.Name()))
		require.NoError(t, err)
		originals[e.Name()] = b
	}

	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	perPhase := map[string]int{}
	for trial := 0; trial < trials; trial++ {
		pt := crashPoints[trial%len(crashPoints)]
		n := 1 + r.IntN(pt.max)
		if *crashTrials == 0 {
			n = 1 + trial%pt.max // deterministic in the default run
		}
		at := fmt.Sprintf("%s:%d", pt.stage, n)
		if pt.delay > 0 {
			at += ":" + time.Duration(r.Int64N(int64(pt.delay))).String()
		}
		a, ids := newTestArchive(t)
		cmd := exec.Command(os.Args[0], "-test.run", "^TestCrashChild$")
		cmd.Env = append(os.Environ(), "ARCHIVE_CRASH_DIR="+a.dir, "ARCHIVE_CRASH_CORPUS="+corpus, "ARCHIVE_CRASH_AT="+at)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
		require.True(t, ws.Signaled() && ws.Signal() == syscall.SIGKILL, "trial %d (%s): the child was killed: %v\n%s", trial, at, err, stderr.String())
		require.Contains(t, stderr.String(), "crash: killing at "+pt.stage+" #", "trial %d: the kill was armed at its point", trial)
		perPhase[pt.phase]++

		// What the child was told was done.
		type done struct{ id, status string }
		reported := map[string]done{}
		sc := bufio.NewScanner(&stdout)
		for sc.Scan() {
			if f := strings.Fields(sc.Text()); len(f) == 4 && f[0] == "done" {
				reported[f[1]] = done{f[2], f[3]}
			}
		}

		found, err := a.Check(false)
		require.NoError(t, err, "trial %d", trial)
		repaired, err := a.Check(true)
		require.NoError(t, err, "trial %d", trial)
		rep, err := a.Check(false)
		require.NoError(t, err)
		require.Empty(t, rep.Problems, "trial %d (%s): consistent after repair", trial, at)
		_, err = a.VerifyAudit()
		require.NoError(t, err, "trial %d", trial)

		list, err := a.List()
		require.NoError(t, err)
		byID := map[string]string{}
		for _, e := range list {
			byID[e.ID] = e.Status
		}
		ix, err := index.OpenReadOnly(filepath.Join(a.dir, indexDir), time.Second)
		require.NoError(t, err)
		indexed, err := ix.IDs()
		require.NoError(t, err)
		require.NoError(t, ix.Close())
		for _, id := range indexed {
			assert.Equal(t, StatusReleased, byID[id], "trial %d (%s): index document %s is a released testimony", trial, at, id)
		}
		released := 0
		for _, e := range list {
			if e.Status == StatusReleased {
				released++
			}
		}
		assert.Len(t, indexed, released, "trial %d (%s): every released testimony is indexed, nothing else", trial, at)

		for src, d := range reported {
			assert.Equal(t, d.status, byID[d.id], "trial %d (%s): %s reported done as %s %s", trial, at, src, d.id, d.status)
			b, err := a.Reveal(ids, d.id, "crash-test", "")
			require.NoError(t, err, "trial %d: reveal %s", trial, d.id)
			assert.Equal(t, originals[src], b, "trial %d: %s reveals its original byte for byte", trial, src)
			if d.status == StatusReleased {
				num := strings.TrimLeft(strings.TrimSuffix(strings.TrimPrefix(src, "t"), ".md"), "0")
				if num == "" {
					num = "0"
				}
				res, err := a.Search(index.Request{Query: `title:"synthetic testimony ` + num + `"`, Limit: 50})
				require.NoError(t, err)
				var hits []string
				for _, h := range res.Hits {
					hits = append(hits, h.ID)
				}
				assert.Contains(t, hits, d.id, "trial %d: %s is searchable", trial, src)
			}
		}
		// Every other listed testimony reveals one of the originals.
		for _, e := range list {
			b, err := a.Reveal(ids, e.ID, "crash-test", "")
			require.NoError(t, err)
			assert.NotEmpty(t, sourceOf(originals, b), "trial %d: %s reveals an original", trial, e.ID)
		}

		res, err := a.Ingest(context.Background(), []string{corpus}, IngestOptions{})
		require.NoError(t, err, "trial %d: re-run", trial)
		seen := map[string]bool{}
		for _, r := range res {
			assert.Equal(t, StatusReleased, r.Status)
			assert.False(t, seen[r.ID], "duplicate ID")
			seen[r.ID] = true
			if d, ok := reported[filepath.Base(r.Source)]; ok {
				assert.Equal(t, d.id, r.ID, "trial %d: %s keeps its ID", trial, r.Source)
			}
		}
		list, err = a.List()
		require.NoError(t, err)
		assert.Len(t, list, crashDocs, "trial %d: no duplicates", trial)
		objs, _ := os.ReadDir(filepath.Join(a.dir, objectsDir))
		assert.Len(t, objs, crashDocs)
		reports, _ := os.ReadDir(filepath.Join(a.dir, reportsDir))
		assert.Len(t, reports, crashDocs, "one report per testimony, none left over")
		rep, err = a.Check(false)
		require.NoError(t, err)
		assert.Empty(t, rep.Problems)
		t.Logf("trial %2d: %-12s kill at %-24s %2d reported done, %2d listed, %d problem(s) found, %d repaired",
			trial, pt.phase, at, len(reported), len(byID), len(found.Problems), len(repaired.Repaired))
	}
	var phases []string
	for p, n := range perPhase {
		phases = append(phases, fmt.Sprintf("%s %d", p, n))
	}
	sort.Strings(phases)
	t.Logf("%d trials per phase: %s", trials, strings.Join(phases, ", "))
	for _, p := range []string{"encryption", "report", "index batch", "audit append"} {
		assert.NotZero(t, perPhase[p], "a kill in phase %s", p)
	}
}

// sourceOf returns the name of the original with exactly these bytes, or "".
func sourceOf(originals map[string][]byte, b []byte) string {
	for name, o := range originals {
		if bytes.Equal(o, b) {
			return name
		}
	}
	return ""
}
