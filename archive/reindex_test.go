package archive

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"filippo.io/age"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/index"
	"github.com/testimony-archive/testimony/redact"
)

// Synthetic testimonies: base keeps the town, the age and the month; strict generalizes them.
const (
	reindexDocA = "---\ntitle: Leaving\nlanguage: en\ninterview_date: 2019-05-04\ninterviewee: Pak Chol-su\n---\n\nPak Chol-su: I was 35 years old when I left Hyesan in March 2015. My sister still works at the Hyesan textile mill.\n"
	reindexDocB = "---\ntitle: The river\nlanguage: en\ninterview_date: 2020-02-01\ninterviewee: Ri Sun-hui\n---\n\nRi Sun-hui: We crossed near Hyesan at night, and nobody spoke until morning.\n"
	reindexDocC = "---\ntitle: Held\nlanguage: en\ninterview_date: 2021-07-09\ninterviewee: Kang Ok-sun\n---\n\nKang Ok-sun: My brother stayed in Hyesan with the children.\n"
)

// reindexArchive ingests A and B (released) and C (held for review) under base.
func reindexArchive(t *testing.T) (*Archive, []age.Identity, map[string]string) {
	t.Helper()
	a, ids := newTestArchive(t)
	byName := map[string]string{}
	for name, doc := range map[string]string{"a.md": reindexDocA, "b.md": reindexDocB} {
		res, err := a.Ingest(context.Background(), []string{oneFile(t, name, doc)}, IngestOptions{Policy: "base"})
		require.NoError(t, err)
		byName[name] = res[0].ID
	}
	res, err := a.Ingest(context.Background(), []string{oneFile(t, "c.md", reindexDocC)}, IngestOptions{Policy: "base", Review: true})
	require.NoError(t, err)
	require.Equal(t, StatusReview, res[0].Status)
	byName["c.md"] = res[0].ID
	return a, ids, byName
}

func searchIDs(t *testing.T, a *Archive, q string) []string {
	t.Helper()
	res, err := a.Search(index.Request{Query: q, Limit: 100})
	require.NoError(t, err)
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.ID)
	}
	return out
}

func manifestEntryOf(t *testing.T, a *Archive, id string) manifestEntry {
	t.Helper()
	m, err := readManifest(a.dir)
	require.NoError(t, err)
	require.NotNil(t, m.byID[id])
	return *m.byID[id]
}

// checkClean: check and check --read-data (the manifest and every report against the audit
// log) find nothing.
func checkClean(t *testing.T, a *Archive) {
	t.Helper()
	rep, err := a.Check(false)
	require.NoError(t, err)
	assert.Empty(t, rep.Problems)
	rep, err = a.ReadData(nil)
	require.NoError(t, err)
	assert.Empty(t, rep.Problems)
}

func TestReindexSwitchesToTheNewPolicy(t *testing.T) {
	a, ids, byName := reindexArchive(t)
	idA, idB, idC := byName["a.md"], byName["b.md"], byName["c.md"]
	assert.ElementsMatch(t, []string{idA, idB}, searchIDs(t, a, "Hyesan"), "base keeps the town")
	before := manifestEntryOf(t, a, idA)
	oldIndex, err := a.indexDir()
	require.NoError(t, err)

	res, err := a.Reindex(context.Background(), ReindexOptions{Policy: "strict", Identities: ids, Actor: "reviewer"})
	require.NoError(t, err)
	require.Len(t, res, 3)
	for _, r := range res {
		assert.Equal(t, "strict", r.Policy)
		assert.Empty(t, r.Error)
	}

	assert.Empty(t, searchIDs(t, a, "Hyesan"), "strict generalizes the town")
	assert.ElementsMatch(t, []string{idA, idB}, searchIDs(t, a, "Ryanggang"), "the new index holds the new runs; C stays held")
	after := manifestEntryOf(t, a, idA)
	assert.Equal(t, "strict", after.Policy)
	assert.Equal(t, StatusReleased, after.Status)
	assert.NotEqual(t, before.Run, after.Run)
	assert.NotEqual(t, before.OutputSHA256, after.OutputSHA256)
	assert.Equal(t, StatusReview, manifestEntryOf(t, a, idC).Status)
	assert.Equal(t, "strict", readReport(t, a, ids, idA).Policy)
	_, err = os.Stat(a.reportPath(idA, before.Run))
	assert.True(t, os.IsNotExist(err), "the superseded report is deleted")

	newIndex, err := a.indexDir()
	require.NoError(t, err)
	assert.NotEqual(t, oldIndex, newIndex)
	assert.True(t, strings.HasPrefix(filepath.Base(newIndex), indexDirPrefix))
	_, err = os.Stat(oldIndex)
	assert.True(t, os.IsNotExist(err), "the old index is removed after the switch")
	m, err := readManifest(a.dir)
	require.NoError(t, err)
	assert.Nil(t, m.Reindex, "the journal is gone once the reindex is done")

	log, err := a.AuditLog()
	require.NoError(t, err)
	var redacts, summaries int
	for _, e := range log {
		if e.Action == "redact" && strings.HasPrefix(e.Detail, "reindex") {
			redacts++
			assert.Equal(t, "reviewer", e.Actor)
		}
		if e.Action == "reindex" {
			summaries++
			assert.Contains(t, e.Detail, filepath.Base(newIndex))
		}
	}
	assert.Equal(t, 3, redacts)
	assert.Equal(t, 1, summaries)
	_, err = a.VerifyAudit()
	require.NoError(t, err)
	checkClean(t, a)
	assert.Empty(t, scanFiles(t, a.dir, []string{"Hyesan", "Pak Chol-su", "Ri Sun-hui", "Kang Ok-sun", "35 years"}),
		"nothing readable of the originals, and no text the new policy removes, anywhere in the archive")

	// Each testimony's own policy, again: a second switch, the same results.
	_, err = a.Reindex(context.Background(), ReindexOptions{Identities: ids})
	require.NoError(t, err)
	assert.ElementsMatch(t, []string{idA, idB}, searchIDs(t, a, "Ryanggang"))
	checkClean(t, a)
}

func TestReindexReviewPolicyHoldsReleased(t *testing.T) {
	a, ids, byName := reindexArchive(t)
	_, err := a.Reindex(context.Background(), ReindexOptions{Policy: "pow", Identities: ids})
	require.NoError(t, err)
	for _, id := range byName {
		assert.Equal(t, StatusReview, manifestEntryOf(t, a, id).Status)
	}
	assert.Empty(t, searchIDs(t, a, "*"), "pow requires review: nothing is searchable")
	checkClean(t, a)
}

func TestReindexWrongIdentityChangesNothing(t *testing.T) {
	a, _, _ := reindexArchive(t)
	other, err := age.GenerateX25519Identity()
	require.NoError(t, err)
	snap := snapshot(t, a.dir)
	_, err = a.Reindex(context.Background(), ReindexOptions{Policy: "strict", Identities: []age.Identity{other}})
	require.ErrorContains(t, err, "cannot decrypt this archive")
	assert.Equal(t, snap, snapshot(t, a.dir))

	_, err = a.Reindex(context.Background(), ReindexOptions{Policy: "no-such-policy", Identities: []age.Identity{other}})
	require.Error(t, err)
	assert.Equal(t, snap, snapshot(t, a.dir))
}

func TestReindexUnknownPolicyChangesNothing(t *testing.T) {
	a, ids, _ := reindexArchive(t)
	snap := snapshot(t, a.dir)
	_, err := a.Reindex(context.Background(), ReindexOptions{Policy: "no-such-policy", Identities: ids})
	require.ErrorContains(t, err, "no-such-policy")
	assert.Equal(t, snap, snapshot(t, a.dir))
}

// TestReindexFailedTestimonyFailsClosed: a testimony whose new run fails is pending and out
// of the new index; the others switch; the error names it.
func TestReindexFailedTestimonyFailsClosed(t *testing.T) {
	a, ids, byName := reindexArchive(t)
	idA, idB := byName["a.md"], byName["b.md"]
	orig := redactDoc
	redactDoc = func(e *redact.Engine, d redact.Document) (*redact.Redacted, error) {
		if d.ID == idB {
			return nil, errors.New("engine failure")
		}
		return e.Redact(d)
	}
	defer func() { redactDoc = orig }()
	res, err := a.Reindex(context.Background(), ReindexOptions{Policy: "strict", Identities: ids})
	var rf *reindexFailures
	require.ErrorAs(t, err, &rf)
	assert.Equal(t, []string{idB}, rf.ids)
	assert.Contains(t, err.Error(), idB)
	require.Len(t, res, 3)
	eB := manifestEntryOf(t, a, idB)
	assert.Equal(t, StatusPending, eB.Status)
	assert.Equal(t, problemReindexFailed, eB.Problem)
	assert.Empty(t, eB.Run)
	assert.Equal(t, []string{idA}, searchIDs(t, a, "Ryanggang"))
	checkClean(t, a)

	// Fixed, a re-run with each testimony's own policy (now strict) releases it again.
	redactDoc = orig
	_, err = a.Reindex(context.Background(), ReindexOptions{Identities: ids})
	require.NoError(t, err)
	assert.ElementsMatch(t, []string{idA, idB}, searchIDs(t, a, "Ryanggang"))
}

// errTestCrash stops a reindex in the middle, as a crash would: the hook panics, so none of
// the reindex's own clean-up runs (only deferred calls, as the kernel drops locks on exit).
type errTestCrash struct{}

func crashAt(t *testing.T, stage string, run func()) {
	t.Helper()
	crashHook = func(s string) error {
		if s == stage {
			panic(errTestCrash{})
		}
		return nil
	}
	defer func() { crashHook = nil }()
	defer func() {
		r := recover()
		require.IsType(t, errTestCrash{}, r, "the reindex reached %s", stage)
	}()
	run()
}

// TestReindexInterrupted stops a reindex at each stage, as a crash, and as an error: the old
// index stays in service until the manifest records the new runs; check reports what was
// left and repair cleans it up or finishes the switch.
func TestReindexInterrupted(t *testing.T) {
	for _, stage := range []string{"reindex-batch", "reindex-built"} {
		t.Run("crash at "+stage, func(t *testing.T) {
			a, ids, byName := reindexArchive(t)
			before := manifestEntryOf(t, a, byName["a.md"])
			crashAt(t, stage, func() {
				_, _ = a.Reindex(context.Background(), ReindexOptions{Policy: "strict", Identities: ids, BatchSize: 1})
			})
			assert.Len(t, searchIDs(t, a, "Hyesan"), 2, "the old index is still in service")
			assert.Equal(t, before, manifestEntryOf(t, a, byName["a.md"]))
			rep, err := a.Check(false)
			require.NoError(t, err)
			assert.NotEmpty(t, rep.Problems, "check sees the half-built index")
			joined := strings.Join(rep.Problems, "\n")
			assert.Contains(t, joined, "an index not in service")
			rep, err = a.Check(true)
			require.NoError(t, err)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			checkClean(t, a)
			stale, err := a.staleIndexes()
			require.NoError(t, err)
			assert.Empty(t, stale)
			assert.Len(t, searchIDs(t, a, "Hyesan"), 2)
		})
	}
	t.Run("error half-way", func(t *testing.T) {
		a, ids, _ := reindexArchive(t)
		n := 0
		crashHook = func(s string) error {
			if s == "reindex-batch" {
				if n++; n == 2 {
					return errors.New("injected failure")
				}
			}
			return nil
		}
		defer func() { crashHook = nil }()
		snap := snapshot(t, a.dir)
		_, err := a.Reindex(context.Background(), ReindexOptions{Policy: "strict", Identities: ids, BatchSize: 1, Workers: 1})
		require.ErrorContains(t, err, "injected failure")
		assert.Len(t, searchIDs(t, a, "Hyesan"), 2, "the old index is still in service")
		checkClean(t, a)
		assert.Equal(t, snap, snapshot(t, a.dir), "an error cleans up after itself")
	})
	t.Run("crash after the switch", func(t *testing.T) {
		a, ids, byName := reindexArchive(t)
		crashAt(t, "reindex-switched", func() {
			_, _ = a.Reindex(context.Background(), ReindexOptions{Policy: "strict", Identities: ids})
		})
		assert.Empty(t, searchIDs(t, a, "Hyesan"), "the new index is in service")
		_, err := a.Ingest(context.Background(), []string{oneFile(t, "d.md", reindexDocA+"More.\n")}, IngestOptions{})
		require.ErrorContains(t, err, "run check --repair")
		rep, err := a.Check(false)
		require.NoError(t, err)
		require.Len(t, rep.Problems, 1)
		assert.Contains(t, rep.Problems[0], "was interrupted after its runs were recorded")
		rep, err = a.Check(true)
		require.NoError(t, err)
		assert.True(t, rep.OK(), "%v", rep.Problems)
		checkClean(t, a)
		assert.ElementsMatch(t, []string{byName["a.md"], byName["b.md"]}, searchIDs(t, a, "Ryanggang"))
		log, err := a.AuditLog()
		require.NoError(t, err)
		last := log[len(log)-2] // the repair entry follows the reindex summary
		assert.Equal(t, "reindex", last.Action)
		assert.Contains(t, last.Detail, "recorded by check --repair")
	})
}

// TestReindexKeepsRejected: a rejected testimony stays rejected through a reindex with a
// policy that requires review (pow), through one whose
// run fails (it keeps its earlier run and report) and through a later successful one (a new
// run); it is never indexed and check stays clean.
func TestReindexKeepsRejected(t *testing.T) {
	a, ids, byName := reindexArchive(t)
	idA := byName["a.md"]
	ctx := context.Background()
	// pow holds A for review (A itself was not ingested with --review), which puts it under
	// the gate for good; a reviewer rejects it.
	_, err := a.Reindex(ctx, ReindexOptions{Identities: ids, Policy: "pow"})
	require.NoError(t, err)
	require.True(t, manifestEntryOf(t, a, idA).Review)
	_, err = a.Reject(ids, idA, "reviewer", "not for release")
	require.NoError(t, err)
	rejected := manifestEntryOf(t, a, idA)
	require.Equal(t, StatusRejected, rejected.Status)

	// pow requires review: before the fix this sent A back to review.
	_, err = a.Reindex(ctx, ReindexOptions{Identities: ids, Policy: "pow"})
	require.NoError(t, err)
	e := manifestEntryOf(t, a, idA)
	assert.Equal(t, StatusRejected, e.Status, "pow reindex: still rejected")
	assert.NotEqual(t, rejected.Run, e.Run, "a new run")
	assert.NotContains(t, searchIDs(t, a, "*"), idA)
	checkClean(t, a)

	orig := redactDoc
	redactDoc = func(e *redact.Engine, d redact.Document) (*redact.Redacted, error) {
		if d.ID == idA {
			return nil, errors.New("engine failure")
		}
		return e.Redact(d)
	}
	before := manifestEntryOf(t, a, idA)
	results, err := a.Reindex(ctx, ReindexOptions{Identities: ids, Policy: "base"})
	redactDoc = orig
	require.Error(t, err)
	assert.Contains(t, err.Error(), idA)
	e = manifestEntryOf(t, a, idA)
	assert.Equal(t, StatusRejected, e.Status, "failed run: still rejected, not pending")
	assert.Equal(t, problemReindexFailed, e.Problem)
	assert.Equal(t, before.Run, e.Run, "it keeps its earlier run")
	assert.Equal(t, before.ReportSHA256, e.ReportSHA256)
	assert.FileExists(t, a.reportPath(idA, e.Run), "the earlier report is kept")
	for _, r := range results {
		if r.ID == idA {
			assert.Equal(t, StatusRejected, r.Status)
			assert.NotEmpty(t, r.Error)
		}
	}
	assert.NotContains(t, searchIDs(t, a, "*"), idA)
	checkClean(t, a)
	log, err := a.AuditLog()
	require.NoError(t, err)
	var failed bool
	for _, l := range log {
		if l.Testimony == idA && strings.Contains(l.Detail, "redaction failed; testimony stays rejected") {
			failed = true
		}
	}
	assert.True(t, failed, "the audit log records the failed run")

	// A later successful reindex: a new run, still rejected, problem cleared.
	_, err = a.Reindex(ctx, ReindexOptions{Identities: ids, Policy: "base"})
	require.NoError(t, err)
	e = manifestEntryOf(t, a, idA)
	assert.Equal(t, StatusRejected, e.Status, "a reviewer's rejection stands")
	assert.Empty(t, e.Problem)
	assert.NotEqual(t, before.Run, e.Run)
	assert.NotContains(t, searchIDs(t, a, "*"), idA)
	checkClean(t, a)
}

// TestReindexSearchersSeeOneIndex searches without pause while a reindex builds its index
// in many small batches and switches: every search sees the old index whole (every
// testimony names Hyesan) or the new one whole (every one names the province instead),
// never a mix or part of one, and never the old one again after the new one.
func TestReindexSearchersSeeOneIndex(t *testing.T) {
	a, ids := newTestArchive(t)
	const n = 24
	dir := t.TempDir()
	var paths []string
	for i := 0; i < n; i++ {
		p := filepath.Join(dir, fmt.Sprintf("d%02d.md", i))
		require.NoError(t, os.WriteFile(p, []byte(strings.Replace(reindexDocB, "The river", fmt.Sprintf("The river %d", i), 1)), 0o600))
		paths = append(paths, p)
	}
	_, err := a.Ingest(context.Background(), paths, IngestOptions{Policy: "base"})
	require.NoError(t, err)

	// Readers give up on a busy index quickly: a search that touched the index being built
	// would fail instead of waiting for it to be complete.
	defer func(d time.Duration) { searchTimeout = d }(searchTimeout)
	searchTimeout = 100 * time.Millisecond
	done := make(chan error, 1)
	go func() {
		_, err := a.Reindex(context.Background(), ReindexOptions{Policy: "strict", Identities: ids, BatchSize: 1, Workers: 1})
		done <- err
	}()
	var seen []uint64
	switched := false
	for finished := false; !finished; {
		select {
		case err := <-done:
			require.NoError(t, err)
			finished = true
		default:
		}
		// Every testimony names Hyesan under base and its province under strict: a whole
		// index, old or new, matches all of them.
		res, err := a.Search(index.Request{Query: "Hyesan Ryanggang"})
		require.NoError(t, err)
		require.Equal(t, uint64(n), res.Total, "a search saw part of an index")
		res, err = a.Search(index.Request{Query: "Hyesan"})
		require.NoError(t, err)
		require.Contains(t, []uint64{0, n}, res.Total, "a search saw part of an index")
		if res.Total == 0 {
			switched = true
		} else {
			require.False(t, switched, "the old index came back after the switch")
		}
		seen = append(seen, res.Total)
	}
	assert.True(t, switched)
	assert.Equal(t, uint64(n), seen[0], "the first searches ran before the switch")
	t.Logf("%d searches during the reindex", len(seen))
}
