package archive

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"filippo.io/age"
	"github.com/testimony-archive/testimony/archive/audit"
	"github.com/testimony-archive/testimony/archive/transcript"
	"github.com/testimony-archive/testimony/index"
	"github.com/testimony-archive/testimony/redact"
)

// ReindexOptions configures a reindex.
type ReindexOptions struct {
	// Policy is applied to every testimony; "" re-applies each testimony's own policy.
	// Only shipped policies: the manifest records the name, and later runs load it again.
	Policy string
	Actor  string // recorded in the audit log
	// Identities decrypt the originals (and the archive secret): holding the key is the
	// authority to redact again.
	Identities []age.Identity
	Workers    int // 0 means 2 × runtime.NumCPU(), as for ingest
	// BatchSize is the number of documents per index batch; 0 means 1000.
	BatchSize int
	Progress  func(done, total int)
}

// ReindexResult is the outcome for one testimony.
type ReindexResult struct {
	ID       string         `json:"id"`
	Policy   string         `json:"policy"`
	Previous string         `json:"previous_status"`
	Status   string         `json:"status"`
	Counts   map[string]int `json:"counts,omitempty"`
	Error    string         `json:"error,omitempty"` // names the ID and the problem, never text
}

// reindexJournal is written into the manifest with the new runs, before the switch to the
// new index, and removed once the switch is done and audited: check --repair finishes a
// reindex it finds in the manifest.
type reindexJournal struct {
	Index  string   `json:"index"`  // the index directory the manifest's runs belong to
	Policy string   `json:"policy"` // as given ("" for each testimony's own)
	Actor  string   `json:"actor"`
	IDs    []string `json:"ids"` // the testimonies redacted again
}

// problemReindexFailed is the fixed wording of a testimony whose reindex run failed.
const problemReindexFailed = "reindex failed"

// problemReindexUnknownStatus is the fixed wording of a testimony a reindex found with a
// status this version does not know: it got a new run, and is pending, out of the index.
const problemReindexUnknownStatus = "reindex found an unknown status; not indexed"

// errReindexFailures reports testimonies whose new run failed while the rest were switched.
type reindexFailures struct{ ids []string }

func (e *reindexFailures) Error() string {
	return fmt.Sprintf("reindex: %d testimonies failed and are pending, out of the index: %s (re-run reindex after fixing them, or see check)",
		len(e.ids), strings.Join(e.ids, ", "))
}

// Reindex redacts every testimony again from its encrypted original, as new runs, and
// switches the archive to a new index holding the result, atomically.
//
// It holds the writer lock throughout and needs an identity that decrypts the archive (it is
// tried on secret.age before anything is written). The new runs' reports are made durable,
// the new index is built beside the one in service, then the manifest records the new runs
// together with a journal naming the new index, index.current is switched, the audit log
// gets one redact entry (detail "reindex") and one index or review entry per testimony and a
// summary, the journal is removed, and the old index and the superseded reports are deleted.
// Until the switch researchers search the old index; after it, the new one; never a mix. A
// crash before the manifest is written leaves the old index in service and files
// check --repair deletes; a crash after it is finished by check --repair.
//
// Every run goes through the testimony's reviewer amendments. Testimonies held for review
// stay held and rejected ones rejected (with a new run); released and pending ones are
// released, or held when their policy, the entry or the archive's review_required asks for
// review. A testimony whose new run fails (its original or amendments cannot be read, the
// engine or the residual check fails) is pending afterwards and out of the index: nothing
// redacted under a policy the archive no longer applies stays searchable; one that was held
// is marked for review, so a later run never releases it without a reviewer. A rejected one
// whose run fails stays rejected with its earlier run (problem "reindex failed").
// Reindex then returns an error naming those IDs. An error
// that is not one testimony's (a report or the index cannot be written) stops the reindex
// before the switch: nothing changes.
func (a *Archive) Reindex(ctx context.Context, opts ReindexOptions) ([]ReindexResult, error) {
	if len(opts.Identities) == 0 {
		return nil, errors.New("reindex needs an identity (-i) that can decrypt the archive")
	}
	m, unlock, err := a.lockManifest(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	if err := a.writable(m); err != nil {
		return nil, fmt.Errorf("reindex: %w", err)
	}
	if _, err := decryptFile(filepath.Join(a.dir, secretName), opts.Identities); err != nil {
		return nil, fmt.Errorf("reindex: the identity cannot decrypt this archive (secret.age: %v); nothing changed", err)
	}
	pc := newPolicyCache(a, opts.Identities)
	entries := make([]*manifestEntry, 0, len(m.Entries))
	for _, e := range m.Entries {
		name := opts.Policy
		if name == "" {
			name = e.Policy
		}
		if _, err := pc.engine(name); err != nil {
			return nil, fmt.Errorf("reindex: testimony %s: %v; nothing changed", e.ID, err)
		}
		entries = append(entries, e)
	}
	if opts.Policy != "" {
		if _, err := pc.engine(opts.Policy); err != nil {
			return nil, fmt.Errorf("reindex: %v; nothing changed", err)
		}
	}

	name := indexDirPrefix + randomHex(8)
	r := &reindexer{a: a, opts: opts, pc: pc, actor: actorOr(opts.Actor), now: time.Now().UTC()}
	results, runs, err := r.build(ctx, name, entries)
	if err != nil {
		r.discard(name, runs)
		return nil, err
	}
	if err := atStage("reindex-built"); err != nil {
		r.discard(name, runs)
		return nil, err
	}
	j := &reindexJournal{Index: name, Policy: opts.Policy, Actor: r.actor}
	var failed []string
	for _, run := range runs {
		m.put(run.entry)
		j.IDs = append(j.IDs, run.entry.ID)
		if run.err != nil {
			failed = append(failed, run.entry.ID)
		}
	}
	m.Reindex = j
	if err := writeManifest(a.dir, m); err != nil {
		r.discard(name, runs)
		return nil, fmt.Errorf("reindex: writing the manifest: %w; nothing changed", err)
	}
	if err := a.finishReindex(m, false); err != nil {
		return results, fmt.Errorf("reindex: %w (run check --repair to finish it)", err)
	}
	if len(failed) > 0 {
		sort.Strings(failed)
		return results, &reindexFailures{ids: failed}
	}
	return results, nil
}

// forEach calls do(i) for i in [0, count) on n workers and returns when every call has
// returned; once ctx is done no further call starts.
func forEach(ctx context.Context, n, count int, do func(i int)) {
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < n; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				do(i)
			}
		}()
	}
	for i := 0; i < count && ctx.Err() == nil; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
}

// lockManifest takes the writer lock and reads the manifest under it; the caller unlocks.
func (a *Archive) lockManifest(ctx context.Context) (*manifest, func(), error) {
	unlock, err := a.lock(ctx)
	if err != nil {
		return nil, nil, err
	}
	m, err := readManifest(a.dir)
	if err != nil {
		unlock()
		return nil, nil, err
	}
	return m, unlock, nil
}

// writable refuses to start a write over an interrupted reindex, rekey or withdrawal, or an audit
// log that ends in an incomplete entry: check --repair finishes each of them first.
func (a *Archive) writable(m *manifest) error {
	if m.Reindex != nil {
		return errors.New("a reindex was interrupted; run check --repair to finish it")
	}
	if _, err := os.Stat(filepath.Join(a.dir, rekeyDir, rekeyJournal)); err == nil {
		return errors.New("a rekey was interrupted; run check --repair to finish it")
	}
	for _, e := range m.Entries {
		if e.Status == statusWithdrawing {
			return fmt.Errorf("the withdrawal of %s is unfinished; run check --repair", e.ID)
		}
	}
	if !a.auditWritable() {
		return errors.New("the audit log ends in an incomplete entry; run check --repair first")
	}
	return nil
}

type reindexer struct {
	a     *Archive
	opts  ReindexOptions
	pc    *policyCache
	actor string
	now   time.Time
}

// reindexRun is one testimony's new run on its way to the manifest.
type reindexRun struct {
	entry  *manifestEntry // a copy: the manifest is changed only once every run is durable
	report string         // the new report's path, "" if none
	red    *redact.Redacted
	err    error
}

// build redacts every entry again into new reports and a new index named name. It returns
// an error only for what is not one testimony's fault; the runs written so far are returned
// with it so the caller can delete them.
func (r *reindexer) build(ctx context.Context, name string, entries []*manifestEntry) ([]ReindexResult, []*reindexRun, error) {
	a := r.a
	ix, err := index.Create(filepath.Join(a.dir, name))
	if err != nil {
		return nil, nil, fmt.Errorf("reindex: creating the new index: %w; nothing changed", err)
	}
	batchSize := r.opts.BatchSize
	if batchSize <= 0 {
		batchSize = index.BatchSize
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	n := workers(IngestOptions{Workers: r.opts.Workers})
	out := make(chan int, n)
	runs := make([]*reindexRun, len(entries))
	go func() {
		forEach(ctx, n, len(entries), func(i int) {
			runs[i] = r.redo(ctx, entries[i])
			out <- i
		})
		close(out)
	}()
	// However build returns, the workers are stopped and waited for first: no report is
	// written after it.
	defer func() {
		cancel()
		for range out {
		}
	}()

	var fatal error
	var docs []*redact.Redacted
	var files []string
	done := 0
	flush := func() error {
		if err := syncBatch(a.dir, files, []string{filepath.Join(a.dir, reportsDir)}); err != nil {
			return fmt.Errorf("reindex: %w; nothing changed", err)
		}
		files = files[:0]
		if len(docs) > 0 {
			if err := ix.Add(docs...); err != nil {
				return fmt.Errorf("reindex: the new index refused a batch: %w; nothing changed", err)
			}
		}
		docs = docs[:0]
		return atStage("reindex-batch")
	}
	for i := range out {
		run := runs[i]
		if fatal != nil {
			cancel()
			continue // drain; the caller deletes what was written
		}
		if run.report != "" {
			files = append(files, run.report)
		}
		if run.red != nil {
			docs = append(docs, run.red)
			run.red = nil
		}
		if run.err != nil && errors.Is(run.err, errReindexStore) {
			fatal = run.err
			continue
		}
		done++
		if r.opts.Progress != nil {
			r.opts.Progress(done, len(entries))
		}
		if len(docs) >= batchSize {
			fatal = flush()
		}
	}
	if fatal == nil && ctx.Err() != nil {
		fatal = errors.New("reindex: cancelled; nothing changed")
	}
	if fatal == nil {
		fatal = flush()
	}
	if fatal == nil {
		// One segment makes every later search cheaper (see Index.Compact); the new index
		// is complete without it, so a failed merge only costs speed.
		_ = ix.Compact()
	}
	cerr := ix.Close()
	if fatal == nil && cerr != nil {
		fatal = fmt.Errorf("reindex: closing the new index: %w; nothing changed", cerr)
	}
	var written []*reindexRun
	for _, run := range runs {
		if run != nil {
			written = append(written, run)
		}
	}
	if fatal != nil {
		return nil, written, fatal
	}
	if err := fixModes(filepath.Join(a.dir, name)); err != nil {
		return nil, written, fmt.Errorf("reindex: %w; nothing changed", err)
	}
	if err := syncDir(a.dir); err != nil {
		return nil, written, fmt.Errorf("reindex: %w; nothing changed", err)
	}
	results := make([]ReindexResult, len(entries))
	for i, run := range runs {
		results[i] = ReindexResult{ID: run.entry.ID, Policy: run.entry.Policy, Previous: entries[i].Status,
			Status: run.entry.Status, Counts: run.entry.Counts}
		if run.err != nil {
			results[i].Error = run.err.Error()
		}
	}
	return results, runs, nil
}

// errReindexStore marks a failure to write a report: not the testimony's fault, so the
// whole reindex stops before the switch.
var errReindexStore = errors.New("storing the encrypted report failed")

// redo redacts one testimony again from its encrypted original. It runs on a worker. The
// original exists only in memory.
func (r *reindexer) redo(ctx context.Context, old *manifestEntry) *reindexRun {
	a := r.a
	e := *old
	e.Run, e.ReportSHA256, e.OutputSHA256, e.Counts, e.Problem = "", "", "", nil, ""
	run := &reindexRun{entry: &e}
	policy := r.opts.Policy
	if policy == "" {
		policy = old.Policy
	}
	fail := func(err error) *reindexRun {
		if old.Status == StatusRejected {
			// A reviewer's rejection stands: the entry keeps its earlier run and report,
			// stays out of the index, and is marked so the audit and list say the run failed.
			e = *old
			e.Review, e.Problem = true, problemReindexFailed
			run.err = fmt.Errorf("testimony %s: %v; it stays rejected, out of the index", e.ID, err)
			return run
		}
		if old.Status != StatusReleased && old.Status != StatusPending {
			// Held (review) or rejected: a later run must go to a reviewer again, never
			// straight to the index.
			e.Review = true
		}
		e.Status, e.Problem = StatusPending, problemReindexFailed
		run.err = fmt.Errorf("testimony %s: %v; it is pending, out of the index", e.ID, err)
		return run
	}
	if ctx.Err() != nil {
		run.err = fmt.Errorf("testimony %s: %w: reindex cancelled", e.ID, errReindexStore)
		return run
	}
	eng, err := r.pc.engine(policy)
	if err != nil {
		return fail(err)
	}
	pol := eng.Policy()
	if old.Policy != pol.Name && !e.Review {
		// An entry from before the review flag was kept for good: one its old policy held
		// for review (pow) stays under the gate; an old policy that cannot be loaded counts
		// as one that did.
		if oe, err := r.pc.engine(old.Policy); err != nil || oe.Policy().ReviewRequired {
			e.Review = true
		}
	}
	e.Policy, e.PolicyVersion, e.PolicySHA256 = pol.Name, pol.Version, pol.SHA256
	doc, err := a.storedDocument(r.opts.Identities, e.ID)
	if err != nil {
		return fail(err)
	}
	if doc, err = a.withAmendments(r.opts.Identities, &e, doc); err != nil {
		return fail(errors.New("its reviewer amendments cannot be read"))
	}
	red, err := verifiedRun(eng, doc)
	if err != nil {
		return fail(fmt.Errorf("redaction failed (%v)", err))
	}
	path, err := a.storeRun(&e, red.Report(), r.now)
	if err != nil {
		run.err = fmt.Errorf("testimony %s: %w (%s)", e.ID, errReindexStore, describeFSError(err))
		return run
	}
	run.report = path
	switch {
	case old.Status == StatusRejected:
		// Rejected stays rejected whatever the policy: a new run, never indexed.
		e.Status = StatusRejected
	case old.Status == StatusReview || pol.ReviewRequired || e.Review || a.cfg.ReviewRequired:
		e.Status, e.Review = StatusReview, true
	case old.Status == StatusReleased || old.Status == StatusPending:
		e.Status = StatusReleased
		run.red = red
	default:
		// A status this version does not know (set by a newer version, or edited): the
		// new run is not indexed, and the old status would not describe it, so the
		// testimony is pending with a problem a person has to look at.
		e.Status, e.Problem = StatusPending, problemReindexUnknownStatus
	}
	return run
}

// storedDocument decrypts a testimony's original (in memory only) and makes the engine's
// document of it, as ingest made it. Errors have fixed wording: the stored file name can
// itself name a person, so the ID stands in for it.
func (a *Archive) storedDocument(ids []age.Identity, id string) (redact.Document, error) {
	hdr, original, err := a.readObject(ids, id)
	if err != nil {
		return redact.Document{}, errors.New("its original cannot be read")
	}
	ts, err := transcript.Parse(id+filepath.Ext(hdr.Source), original)
	if err != nil {
		return redact.Document{}, errors.New("its original no longer parses")
	}
	doc, err := document(id, ts)
	if err != nil {
		return redact.Document{}, errors.New("its interview date no longer parses")
	}
	return doc, nil
}

// discard deletes what an unfinished reindex wrote: the new index and the new reports.
// Nothing refers to them yet.
func (r *reindexer) discard(name string, runs []*reindexRun) {
	os.RemoveAll(filepath.Join(r.a.dir, name))
	for _, run := range runs {
		if run != nil && run.report != "" {
			os.Remove(run.report)
		}
	}
	_ = syncDir(filepath.Join(r.a.dir, reportsDir))
	_ = syncDir(r.a.dir)
}

// finishReindex completes a reindex whose runs the manifest already records: it puts the
// journal's index in service, audits the runs (once: a summary entry naming the index marks
// it done), removes the journal from the manifest, and deletes the old index and the reports
// the new runs superseded. check --repair calls it for a reindex a crash interrupted.
func (a *Archive) finishReindex(m *manifest, byRepair bool) error {
	j := m.Reindex
	current, err := a.currentIndexName()
	if err != nil {
		return err
	}
	if current != j.Index {
		if _, err := os.Stat(filepath.Join(a.dir, j.Index)); err != nil {
			return fmt.Errorf("the new index %s is missing: %w", j.Index, err)
		}
		if err := a.switchIndex(j.Index); err != nil {
			return fmt.Errorf("switching to the new index: %w", err)
		}
	}
	if err := atStage("reindex-switched"); err != nil {
		return err
	}
	// The summary entry, which names the new index, is written last: it marks the audit done.
	audited, err := a.audited(func(e audit.Entry) bool { return e.Action == "reindex" && strings.Contains(e.Detail, j.Index) })
	if err != nil {
		return err
	}
	if !audited {
		if _, err := audit.Append(a.auditPath(), a.reindexAudit(m, j, byRepair)...); err != nil {
			return fmt.Errorf("writing the audit log: %w", err)
		}
	}
	m.Reindex = nil
	if err := writeManifest(a.dir, m); err != nil {
		return fmt.Errorf("writing the manifest: %w", err)
	}
	// Only cleanup is left: the new index is in service and the manifest final.
	stale, err := a.staleIndexes()
	if err == nil {
		for _, name := range stale {
			if rerr := a.removeIndex(name); rerr != nil && err == nil {
				err = rerr
			}
		}
	}
	for _, id := range j.IDs {
		e := m.byID[id]
		reps, _ := filepath.Glob(filepath.Join(a.dir, reportsDir, id+"-*.age"))
		for _, p := range reps {
			if e == nil || p != a.reportPath(id, e.Run) {
				os.Remove(p)
			}
		}
	}
	if serr := syncDir(filepath.Join(a.dir, reportsDir)); err == nil {
		err = serr
	}
	return err
}

// reindexAudit builds the audit entries of a reindex from the manifest: per testimony its
// run (or that it failed) and where it went, then a summary naming the new index.
func (a *Archive) reindexAudit(m *manifest, j *reindexJournal, byRepair bool) []audit.Entry {
	actor, suffix := j.Actor, ""
	if byRepair {
		suffix = " (recorded by check --repair after a crash)"
	}
	var out []audit.Entry
	released, held, failed := 0, 0, 0
	for _, id := range j.IDs {
		e := m.byID[id]
		if e == nil {
			continue
		}
		if e.Run == "" || e.Problem == problemReindexFailed {
			failed++
			what := "pending"
			if e.Status == StatusRejected {
				what = "stays rejected with its earlier run"
			}
			out = append(out, audit.Entry{Actor: actor, Action: "redact", Testimony: id, Policy: e.Policy,
				PolicyVersion: e.PolicyVersion, PolicySHA256: e.PolicySHA256,
				Detail: "reindex: redaction failed; testimony " + what + ", out of the index" + suffix})
			continue
		}
		out = append(out, a.runAudit(e, actor, "reindex: redaction run verified; report stored encrypted"+suffix))
		switch e.Status {
		case StatusReleased:
			released++
			out = append(out, audit.Entry{Actor: actor, Action: "index", Testimony: id, OutputSHA256: e.OutputSHA256,
				Detail: "reindex: released to the new index" + suffix})
		case StatusReview:
			held++
			out = append(out, audit.Entry{Actor: actor, Action: "review", Testimony: id,
				Detail: "reindex: held for review; not indexed" + suffix})
		case StatusRejected:
			out = append(out, audit.Entry{Actor: actor, Action: "reject", Testimony: id,
				Detail: "reindex: stays rejected; not indexed" + suffix})
		}
	}
	policy := j.Policy
	if policy == "" {
		policy = "each testimony's own"
	}
	out = append(out, audit.Entry{Actor: actor, Action: "reindex", Policy: j.Policy,
		Detail: fmt.Sprintf("index %s in service: %d testimonies redacted again with policy %s; %d released, %d held for review, %d failed%s",
			j.Index, len(j.IDs), policy, released, held, failed, suffix)})
	return out
}
