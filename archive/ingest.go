package archive

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"filippo.io/age"
	"github.com/testimony-archive/testimony/archive/audit"
	"github.com/testimony-archive/testimony/archive/transcript"
	"github.com/testimony-archive/testimony/index"
	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// IngestOptions configures an ingest.
type IngestOptions struct {
	Policy   string    // overrides front matter and the archive default when set
	Review   bool      // hold for review even if the policy does not require it
	Actor    string    // recorded in the audit log
	Stdin    io.Reader // read for the path "-"
	Workers  int       // redaction workers; 0 means 2 × runtime.NumCPU() (each also waits on the disk)
	Progress func(done, total int)
	// Identities unlock the archive secret. Only policies with archive-wide pseudonyms need
	// it; every other ingest needs no private key.
	Identities []age.Identity
	// BatchSize is the number of documents per index batch; 0 means 1000.
	BatchSize int
}

func (o IngestOptions) batchSize() int {
	if o.BatchSize <= 0 {
		return index.BatchSize
	}
	return o.BatchSize
}

// Status values of a testimony.
const (
	StatusReleased = "released" // redacted, verified, indexed
	StatusReview   = "review"   // redacted, verified, waiting for a reviewer
	StatusPending  = "pending"  // stored encrypted; redaction failed or not finished
)

// IngestResult is the outcome for one input file.
type IngestResult struct {
	ID     string         `json:"id"`
	Source string         `json:"source"`
	Policy string         `json:"policy"`
	Status string         `json:"status"`
	Counts map[string]int `json:"counts,omitempty"`
	Error  string         `json:"error,omitempty"` // names the file and the problem, never text
	// Duplicate is set when the same bytes were ingested before (or earlier in this run):
	// nothing new was stored and ID is the existing testimony.
	Duplicate bool `json:"duplicate,omitempty"`
}

// redactDoc runs the engine; tests replace it to simulate failures.
var redactDoc = func(e *redact.Engine, d redact.Document) (*redact.Redacted, error) { return e.Redact(d) }

// crashHook lets tests stop an ingest at a named step, as a crash would (an error), or kill
// the process there (TestCrashRecovery); nil otherwise. It may be called from several
// goroutines at once. The steps: "encrypt" (an object written but not closed), "report"
// (likewise a report), "index" (the manifest written, before the index batch), "indexed"
// (after it), "audit" (the final manifest written, before the audit append), "audited".
var crashHook func(stage string) error

// atStage calls crashHook, if set.
func atStage(stage string) error {
	if crashHook == nil {
		return nil
	}
	return crashHook(stage)
}

// indexOpenTimeout is how long a writer waits for the index.
var indexOpenTimeout = 5 * time.Second

// item is one input file as it moves through an ingest. It never holds text, except the
// bytes read from standard input, which cannot be read twice.
type item struct {
	source string // as given (or found in a walked directory)
	path   string // "" for standard input
	stdin  []byte
	fp     string
	policy string
	redo   *manifestEntry // a pending testimony this file completes
	dupOf  int            // index of an earlier item with the same bytes, or -1
	err    error
}

// objectHeader is the first line of an object's plaintext; the original bytes follow it.
type objectHeader struct {
	Format   int             `json:"format"`
	Source   string          `json:"source"` // base name of the input file
	Kind     string          `json:"kind"`   // transcript format
	Meta     transcript.Meta `json:"meta"`
	Speakers []string        `json:"speakers,omitempty"`
	Size     int             `json:"size"`
	SHA256   string          `json:"sha256"` // of the original bytes
	Ingested time.Time       `json:"ingested"`
}

// reportFile is a report's plaintext.
type reportFile struct {
	Format    int            `json:"format"`
	Testimony string         `json:"testimony"`
	Run       string         `json:"run"`
	Time      time.Time      `json:"time"`
	Report    *redact.Report `json:"report"`
}

// processed is what a worker hands the committer.
type processed struct {
	i      int
	final  string // the status the testimony gets once its batch is committed
	oldRun string // the report of an earlier, unfinished run this one supersedes
	actor  string
	files  []string // written without fsync; commit syncs them
	entry  *manifestEntry
	red    *redact.Redacted
	audit  []audit.Entry
	err    error
}

// Ingest stores, redacts, verifies and indexes every file among paths (directories are walked).
// It returns one result per input file; err is non-nil if any file failed.
func (a *Archive) Ingest(ctx context.Context, paths []string, opts IngestOptions) ([]IngestResult, error) {
	if len(paths) == 0 {
		return nil, errors.New("ingest: no files given")
	}
	m, unlock, err := a.lockManifest(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	if err := writableDir(a.dir); err != nil {
		return nil, fmt.Errorf("ingest: archive %s cannot be written (%s); nothing was stored", a.dir, describeFSError(err))
	}
	if !a.auditWritable() {
		return nil, errors.New("ingest: the audit log ends in an incomplete entry; run check --repair first")
	}
	if m.Reindex != nil {
		return nil, errors.New("ingest: a reindex was interrupted; run check --repair to finish it")
	}

	items := a.expand(paths, opts.Stdin)
	results := make([]IngestResult, len(items))
	pc := newPolicyCache(a, opts.Identities)

	// 1. Validate everything before storing anything.
	a.validate(ctx, items, opts, pc, workers(opts))
	seen := map[string]int{}
	for i, it := range items {
		results[i] = IngestResult{Source: it.source, Policy: it.policy, Status: ""}
		it.dupOf = -1
		if it.err != nil {
			continue
		}
		if j, ok := seen[it.fp]; ok {
			it.dupOf = j
			continue
		}
		seen[it.fp] = i
		if e := m.byFP[it.fp]; e != nil {
			switch e.Status {
			case StatusPending:
				if e.Amendments != "" { // an ingest has no key to read them: they must not be lost
					it.err = fmt.Errorf("%s: testimony %s has reviewer amendments; redact it again with 'testimony review rerun'", it.source, e.ID)
					break
				}
				it.redo = e
			case statusWithdrawing:
				it.err = fmt.Errorf("%s: a withdrawal of this testimony is unfinished; run check --repair", it.source)
			default:
				results[i] = IngestResult{ID: e.ID, Source: it.source, Policy: e.Policy, Status: e.Status, Duplicate: true}
				it.dupOf = i // handled
			}
		}
	}

	var todo []int
	for i, it := range items {
		if it.err == nil && it.dupOf < 0 {
			todo = append(todo, i)
		}
	}
	done := len(items) - len(todo)
	report := func() {
		if opts.Progress != nil {
			opts.Progress(done, len(items))
		}
	}
	report()

	if len(todo) > 0 {
		ix, err := a.openIndexWriter()
		if err != nil {
			if errors.Is(err, ErrBusy) {
				return nil, ErrBusy
			}
			return nil, fmt.Errorf("ingest: %w (run check --repair)", err)
		}
		perr := a.process(ctx, items, todo, results, m, ix, opts, pc, func() { done++; report() })
		if perr == nil && len(todo) > opts.batchSize() {
			// A bulk ingest leaves a segment per batch; merged into one, every search opens
			// and walks one (about 1 s for 10,000 testimonies, and searches ~1.5 ms faster).
			// A run of one batch does not rewrite the whole index for it.
			// The index is complete either way, so a failed merge only costs speed: the
			// next bulk ingest tries again.
			_ = ix.Compact()
		}
		cerr := ix.Close()
		if dir, derr := a.indexDir(); derr == nil {
			_ = fixModes(dir)
		}
		if perr != nil {
			err = perr
		} else if cerr != nil {
			err = fmt.Errorf("ingest: closing the index: %w", cerr)
		}
		if err != nil {
			fillErrors(items, results)
			return results, err
		}
	}
	return results, fillErrors(items, results)
}

// fillErrors copies item errors and duplicate IDs into results and sums up.
func fillErrors(items []*item, results []IngestResult) error {
	failed := 0
	for i, it := range items {
		if it.err != nil && results[i].Error == "" {
			results[i].Error = it.err.Error()
		}
		if it.dupOf >= 0 && it.dupOf != i {
			first := results[it.dupOf]
			results[i] = IngestResult{ID: first.ID, Source: it.source, Policy: first.Policy, Status: first.Status, Duplicate: true}
			if first.Error != "" {
				results[i].Error = fmt.Sprintf("%s: same bytes as %s, which failed", it.source, first.Source)
			}
		}
		if results[i].Error != "" {
			failed++
		}
	}
	if failed > 0 {
		if failed == 1 {
			for _, r := range results {
				if r.Error != "" {
					return errors.New(r.Error)
				}
			}
		}
		return fmt.Errorf("%d of %d files failed", failed, len(results))
	}
	return nil
}

func workers(opts IngestOptions) int {
	if opts.Workers > 0 {
		return opts.Workers
	}
	// Redaction is CPU-bound, but each worker also creates two files per testimony, and
	// file creation waits on the file system: twice the cores keeps them all busy.
	return 2 * runtime.NumCPU()
}

// expand turns paths into items, walking directories for supported files.
func (a *Archive) expand(paths []string, stdin io.Reader) []*item {
	var items []*item
	stdinUsed := false
	for _, p := range paths {
		if p == "-" {
			it := &item{source: "-"}
			if stdinUsed {
				it.err = errors.New("-: standard input given twice")
			} else if stdin == nil {
				it.err = errors.New("-: no standard input")
			} else {
				stdinUsed = true
				it.stdin, it.err = ReadInput("-", stdin)
			}
			items = append(items, it)
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			items = append(items, &item{source: p, err: fmt.Errorf("%s: %s", p, describeFSError(err))})
			continue
		}
		if abs, err := filepath.Abs(p); err == nil && inside(a.dir, abs) {
			items = append(items, &item{source: p, err: fmt.Errorf("%s: is inside the archive", p)})
			continue
		}
		if !st.IsDir() {
			items = append(items, &item{source: p, path: p})
			continue
		}
		n := 0
		werr := filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
			if err != nil {
				items = append(items, &item{source: q, err: fmt.Errorf("%s: %s", q, describeFSError(err))})
				return nil
			}
			if d.IsDir() {
				if abs, err := filepath.Abs(q); err == nil && abs == a.dir {
					return filepath.SkipDir
				}
				if q != p && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.HasPrefix(d.Name(), ".") || !d.Type().IsRegular() || !transcript.Supported(d.Name()) {
				return nil
			}
			items = append(items, &item{source: q, path: q})
			n++
			return nil
		})
		if werr != nil {
			items = append(items, &item{source: p, err: fmt.Errorf("%s: %s", p, describeFSError(werr))})
		} else if n == 0 {
			items = append(items, &item{source: p, err: fmt.Errorf("%s: no supported files (%s) in the directory", p, strings.Join(transcript.Extensions, ", "))})
		}
	}
	return items
}

func describeFSError(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func (it *item) read() ([]byte, error) {
	if it.path == "" {
		return it.stdin, nil
	}
	return ReadInput(it.path, nil)
}

// validate reads and parses every item and resolves its policy, in parallel, keeping only
// the fingerprint and the policy name.
func (a *Archive) validate(ctx context.Context, items []*item, opts IngestOptions, pc *policyCache, n int) {
	ch := make(chan *item)
	var wg sync.WaitGroup
	for w := 0; w < n; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range ch {
				if ctx.Err() != nil {
					it.err = fmt.Errorf("%s: ingest cancelled", it.source)
					continue
				}
				data, err := it.read()
				if err != nil {
					it.err = err
					continue
				}
				meta, err := transcript.Validate(it.source, data)
				if err != nil {
					it.err = err
					continue
				}
				it.policy = a.policyName(opts.Policy, meta.Policy)
				if _, err := pc.engine(it.policy); err != nil {
					it.err = fmt.Errorf("%s: %v", it.source, err)
					continue
				}
				it.fp = a.fingerprint(data)
			}
		}()
	}
	for _, it := range items {
		if it.err == nil {
			ch <- it
		}
	}
	close(ch)
	wg.Wait()
}

func (a *Archive) policyName(flag, front string) string {
	switch {
	case flag != "":
		return flag
	case front != "":
		return front
	case a.cfg.DefaultPolicy != "":
		return a.cfg.DefaultPolicy
	}
	return policies.Default
}

// policyCache loads each policy and builds its engine once.
type policyCache struct {
	a          *Archive
	identities []age.Identity
	mu         sync.Mutex
	engines    map[string]*redact.Engine
	errs       map[string]error
	secret     []byte
	secretErr  error
	secretOnce sync.Once
}

func newPolicyCache(a *Archive, ids []age.Identity) *policyCache {
	return &policyCache{a: a, identities: ids, engines: map[string]*redact.Engine{}, errs: map[string]error{}}
}

func (pc *policyCache) engine(name string) (*redact.Engine, error) {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	if e, ok := pc.engines[name]; ok {
		return e, nil
	}
	if err, ok := pc.errs[name]; ok {
		return nil, err
	}
	e, err := pc.build(name)
	if err != nil {
		pc.errs[name] = err
		return nil, err
	}
	pc.engines[name] = e
	return e, nil
}

func (pc *policyCache) build(name string) (*redact.Engine, error) {
	p, err := policies.Load(name)
	if err != nil {
		return nil, err
	}
	return pc.engineFor(name, p)
}

// engineFor builds the engine of a loaded policy, with the archive secret when the policy
// uses archive-wide pseudonyms.
func (pc *policyCache) engineFor(name string, p *redact.Policy) (*redact.Engine, error) {
	if p.ArchivePseudonyms {
		secret, err := pc.archiveSecret()
		if err != nil {
			return nil, fmt.Errorf("policy %s uses archive-wide pseudonyms: %v", name, err)
		}
		cp := *p
		cp.Secret = secret
		p = &cp
	}
	e, err := redact.New(p)
	if err != nil {
		return nil, fmt.Errorf("policy %s: %v", name, err)
	}
	return e, nil
}

func (pc *policyCache) archiveSecret() ([]byte, error) {
	pc.secretOnce.Do(func() {
		if len(pc.identities) == 0 {
			pc.secretErr = errors.New("an identity (-i) is needed to unlock the archive secret")
			return
		}
		b, err := decryptFile(filepath.Join(pc.a.dir, secretName), pc.identities)
		if err != nil {
			pc.secretErr = fmt.Errorf("cannot unlock the archive secret: %v", err)
			return
		}
		pc.secret = b
	})
	return pc.secret, pc.secretErr
}

// process runs the workers and the committer for the items in todo.
func (a *Archive) process(ctx context.Context, items []*item, todo []int, results []IngestResult,
	m *manifest, ix *index.Index, opts IngestOptions, pc *policyCache, tick func()) error {
	batchSize := opts.batchSize()
	jobs := make(chan int)
	out := make(chan processed, batchSize)
	var wg sync.WaitGroup
	for w := 0; w < workers(opts); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				out <- a.processOne(ctx, i, items[i], opts, pc)
			}
		}()
	}
	go func() {
		for _, i := range todo {
			jobs <- i
		}
		close(jobs)
		wg.Wait()
		close(out)
	}()

	var batch []processed
	var fatal error
	for p := range out {
		if fatal != nil {
			// Drain: what was stored after a fatal error stays an orphan for check to clear.
			items[p.i].err = fmt.Errorf("%s: not stored: %v", items[p.i].source, fatal)
			a.discard(p, items[p.i])
			continue
		}
		batch = append(batch, p)
		tick()
		if len(batch) >= batchSize {
			if err := a.commit(batch, results, m, ix, items); err != nil {
				fatal = err
				a.failBatch(batch, items, err)
			}
			batch = batch[:0]
		}
	}
	if fatal == nil && len(batch) > 0 {
		if fatal = a.commit(batch, results, m, ix, items); fatal != nil {
			a.failBatch(batch, items, fatal)
		}
	}
	return fatal
}

// errNotStored wraps a commit error that came before the manifest named the batch (a full
// disk, say): nothing of the batch is part of the archive yet.
// Its message names the step and the problem, without the temporary file's path.
type errNotStored struct {
	step string
	err  error
}

func (e *errNotStored) Error() string { return "ingest: " + e.step + ": " + describeFSError(e.err) }
func (e *errNotStored) Unwrap() error { return e.err }

// failBatch gives every file of a batch whose commit failed its own error line. Before the
// manifest named the batch, its new objects and reports are removed again (nothing refers to
// them) and the files are "not stored"; after, the testimonies are in the manifest (pending,
// or released without their audit entries) and check --repair and a re-run finish them.
func (a *Archive) failBatch(batch []processed, items []*item, err error) {
	var ns *errNotStored
	notStored := errors.As(err, &ns)
	for _, p := range batch {
		it := items[p.i]
		if it.err != nil {
			continue
		}
		if notStored || p.entry == nil {
			a.discard(p, it)
			it.err = fmt.Errorf("%s: not stored: %v", it.source, err)
			continue
		}
		it.err = fmt.Errorf("%s: stored encrypted as %s, but the ingest could not finish (%v); run check --repair, then ingest it again", it.source, p.entry.ID, err)
	}
}

// discard removes the files of an item that will not be committed; a redo keeps the object
// it completes.
func (a *Archive) discard(p processed, it *item) {
	if p.entry == nil {
		return
	}
	if p.entry.Run != "" {
		os.Remove(a.reportPath(p.entry.ID, p.entry.Run))
	}
	if it.redo == nil {
		os.Remove(a.objectPath(p.entry.ID))
	}
}

// processOne stores, redacts and reports one file. It runs on a worker.
func (a *Archive) processOne(ctx context.Context, i int, it *item, opts IngestOptions, pc *policyCache) processed {
	p := processed{i: i, actor: actorOr(opts.Actor)}
	if ctx.Err() != nil {
		p.err = fmt.Errorf("%s: ingest cancelled; nothing stored", it.source)
		return p
	}
	data, err := it.read()
	if err != nil {
		p.err = err
		return p
	}
	if a.fingerprint(data) != it.fp {
		p.err = fmt.Errorf("%s: the file changed during the ingest; nothing stored", it.source)
		return p
	}
	ts, err := transcript.Parse(it.source, data)
	if err != nil {
		p.err = err
		return p
	}
	eng, err := pc.engine(it.policy)
	if err != nil {
		p.err = fmt.Errorf("%s: %v", it.source, err)
		return p
	}
	pol := eng.Policy()
	actor := p.actor
	now := time.Now().UTC()

	e := &manifestEntry{Fingerprint: it.fp, Policy: pol.Name, PolicyVersion: pol.Version, PolicySHA256: pol.SHA256, Review: opts.Review}
	if it.redo != nil {
		e.ID, e.Ingested, e.ObjectSHA256 = it.redo.ID, it.redo.Ingested, it.redo.ObjectSHA256
		p.oldRun = it.redo.Run
		e.Review = e.Review || it.redo.Review
	} else {
		e.ID, e.Ingested = newID(), now
		sum, size, err := writeEncryptedSize(a.objectPath(e.ID), a.recipients, func(w io.Writer) error {
			if err := writeObject(w, ts, data, now); err != nil {
				return err
			}
			return atStage("encrypt")
		}, false)
		if err != nil {
			p.err = fmt.Errorf("%s: storing the encrypted original failed: %s", it.source, describeFSError(err))
			return p
		}
		e.ObjectSHA256 = sum
		p.files = append(p.files, a.objectPath(e.ID))
		p.audit = append(p.audit, audit.Entry{Actor: actor, Action: "ingest", Testimony: e.ID, OutputSHA256: sum,
			Files: a.fileSum(a.objectPath(e.ID), sum, size), Detail: "original stored encrypted"})
	}
	p.entry = e

	doc, err := document(e.ID, ts)
	if err != nil {
		p.err = err // names the file
	}
	var red *redact.Redacted
	if p.err == nil {
		red, err = verifiedRun(eng, doc)
		if err != nil {
			p.err = fmt.Errorf("%s: redaction failed (%v); the original is kept encrypted as %s, status pending, nothing indexed", it.source, err, e.ID)
		}
	}
	if p.err != nil {
		e.Status, e.Problem = StatusPending, "redaction failed"
		p.audit = append(p.audit, audit.Entry{Actor: actor, Action: "redact", Testimony: e.ID, Policy: pol.Name,
			PolicyVersion: pol.Version, PolicySHA256: pol.SHA256, Detail: "redaction failed; testimony pending, nothing indexed"})
		return p
	}
	rep := red.Report()
	path, size, err := a.storeRunSize(e, rep, now)
	if err != nil {
		e.Status, e.Problem = StatusPending, "storing the report failed"
		p.err = fmt.Errorf("%s: storing the encrypted report failed (%s); the original is kept as %s, status pending", it.source, describeFSError(err), e.ID)
		return p
	}
	p.files = append(p.files, path)
	ra := a.runAuditFiles(e, actor, "redaction run verified; report stored encrypted", a.fileSum(path, e.ReportSHA256, size))
	p.audit = append(p.audit, ra)
	if pol.ReviewRequired || e.Review || a.cfg.ReviewRequired {
		e.Status = StatusReview
		e.Review = true // once held, always held: a later reindex to a weaker policy keeps the gate
		p.audit = append(p.audit, audit.Entry{Actor: actor, Action: "review", Testimony: e.ID, Detail: "held for review; not indexed"})
	} else {
		e.Status = StatusReleased
		p.red = red
		p.audit = append(p.audit, audit.Entry{Actor: actor, Action: "index", Testimony: e.ID, OutputSHA256: rep.OutputSHA256,
			Detail: "released to the index"})
	}
	return p
}

// commit makes one batch durable and visible, in the archive's write order: objects and
// reports (already written; fsynced here), the manifest with every new testimony (released
// ones still pending), the index batch, the manifest with their final status, then the
// audit entries. A crash at any point leaves testimonies the manifest knows (a re-run of the
// ingest completes them under the same IDs) or files check --repair removes.
func (a *Archive) commit(batch []processed, results []IngestResult, m *manifest, ix *index.Index, items []*item) error {
	var files []string
	for _, p := range batch {
		files = append(files, p.files...)
	}
	if err := syncBatch(a.dir, files, []string{filepath.Join(a.dir, objectsDir), filepath.Join(a.dir, reportsDir)}); err != nil {
		return &errNotStored{"making the batch durable", err}
	}
	var docs []*redact.Redacted
	for k := range batch {
		p := &batch[k]
		if p.entry == nil {
			items[p.i].err = p.err
			continue
		}
		final := p.entry.Status
		if p.red != nil {
			p.entry.Status, p.entry.Problem = StatusPending, "indexing not finished"
			docs = append(docs, p.red)
		}
		p.entry = m.put(p.entry)
		p.final = final
	}
	if err := writeManifest(a.dir, m); err != nil {
		return &errNotStored{"writing the manifest", err}
	}
	if err := atStage("index"); err != nil {
		return err
	}
	var ixErr error
	if len(docs) > 0 {
		ixErr = ix.Add(docs...)
	}
	if err := atStage("indexed"); err != nil {
		return err
	}
	var entries []audit.Entry
	var superseded []string
	for k := range batch {
		p := &batch[k]
		if p.entry == nil {
			continue
		}
		if p.red != nil {
			if ixErr == nil {
				p.entry.Status, p.entry.Problem = p.final, ""
			} else {
				p.entry.Problem = "indexing failed"
				p.audit = p.audit[:len(p.audit)-1]
				p.audit = append(p.audit, audit.Entry{Actor: p.actor, Action: "index", Testimony: p.entry.ID,
					Detail: "indexing failed; testimony pending"})
				p.err = fmt.Errorf("%s: indexing failed; stored encrypted as %s, status pending", items[p.i].source, p.entry.ID)
			}
		}
		if p.oldRun != "" && p.oldRun != p.entry.Run {
			superseded = append(superseded, a.reportPath(p.entry.ID, p.oldRun))
		}
		entries = append(entries, p.audit...)
		results[p.i].ID = p.entry.ID
		results[p.i].Policy = p.entry.Policy
		results[p.i].Status = p.entry.Status
		results[p.i].Counts = p.entry.Counts
		if p.err != nil {
			items[p.i].err = p.err
		}
	}
	if len(docs) > 0 {
		if err := writeManifest(a.dir, m); err != nil {
			if ixErr == nil {
				if uerr := a.undoRelease(batch, ix, superseded); uerr != nil {
					return fmt.Errorf("ingest: writing the manifest: %w; undoing the release failed too: %w", err, uerr)
				}
			}
			return fmt.Errorf("ingest: writing the manifest: %w", err)
		}
	}
	if err := atStage("audit"); err != nil {
		return err
	}
	if _, err := audit.Append(a.auditPath(), entries...); err != nil {
		return fmt.Errorf("ingest: writing the audit log: %w (run check --repair)", err)
	}
	if err := atStage("audited"); err != nil {
		return err
	}
	for _, r := range superseded {
		os.Remove(r) // a report of a run that never completed; check --repair removes it otherwise
	}
	if ixErr != nil {
		return fmt.Errorf("ingest: the index refused a batch: %w", ixErr)
	}
	return nil
}

// verifiedRun runs the engine on doc and repeats the archive's own residual check behind
// the engine's. Ingest and reindex both go through it: no other run reaches a report or the
// index.
func verifiedRun(eng *redact.Engine, doc redact.Document) (*redact.Redacted, error) {
	red, err := redactDoc(eng, doc)
	if err == nil && red == nil {
		err = errors.New("the engine returned no result")
	}
	if err == nil {
		err = secondResidual(red, doc, eng.Policy())
	}
	return red, err
}

// storeRun writes the encrypted report of a verified run under a new run ID and records the
// run on e. The report gets a name nothing refers to yet and no fsync: the caller syncs it
// with its batch (syncBatch) before the manifest refers to it. The spans, which hold the
// removed surface forms, are dropped from memory once they are on disk, encrypted (the index
// reads only the text, title, topics, language, year and policy).
func (a *Archive) storeRun(e *manifestEntry, rep *redact.Report, now time.Time) (string, error) {
	path, _, err := a.storeRunSize(e, rep, now)
	return path, err
}

// storeRunSize is storeRun that also returns the report's size (see writeEncryptedSize).
func (a *Archive) storeRunSize(e *manifestEntry, rep *redact.Report, now time.Time) (string, int64, error) {
	run := randomHex(8)
	path := a.reportPath(e.ID, run)
	rsum, size, err := writeEncryptedSize(path, a.recipients, func(w io.Writer) error {
		if err := json.NewEncoder(w).Encode(reportFile{Format: FormatVersion, Testimony: e.ID, Run: run, Time: now, Report: rep}); err != nil {
			return err
		}
		return atStage("report")
	}, false)
	if err != nil {
		return "", 0, err
	}
	e.Run, e.ReportSHA256, e.OutputSHA256 = run, rsum, rep.OutputSHA256
	e.Policy, e.PolicyVersion, e.PolicySHA256 = rep.Policy, rep.PolicyVersion, rep.PolicySHA256
	e.Counts = counts(rep)
	rep.Spans = nil
	return path, size, nil
}

// runAudit is the audit entry of the run recorded on e: policy, counts, output hash, and the
// report's SHA-256 and size (what check --read-data authenticates it against).
func (a *Archive) runAudit(e *manifestEntry, actor, detail string) audit.Entry {
	return a.runAuditFiles(e, actor, detail, a.fileSums(a.reportPath(e.ID, e.Run), e.ReportSHA256))
}

// runAuditFiles is runAudit with the report's record given (fileSum, when its size is known).
func (a *Archive) runAuditFiles(e *manifestEntry, actor, detail string, files map[string]audit.FileSum) audit.Entry {
	return audit.Entry{Actor: actor, Action: "redact", Testimony: e.ID, Policy: e.Policy,
		PolicyVersion: e.PolicyVersion, PolicySHA256: e.PolicySHA256, Counts: e.Counts, OutputSHA256: e.OutputSHA256,
		Files: files, Detail: detail}
}

// undoRelease is what a batch needs when the manifest could not be rewritten after its index
// batch (a full disk): the manifest on disk lists the batch pending, so its documents leave
// the index again, the audit log records what was stored, and the reports of earlier
// unfinished runs, which the manifest no longer names, go. A failed index delete or audit
// append is returned, saying what is left: check lists it and check --repair mends it (see
// Write order); a re-run of the ingest completes the files.
func (a *Archive) undoRelease(batch []processed, ix *index.Index, superseded []string) error {
	var ids []string
	var entries []audit.Entry
	for _, p := range batch {
		if p.entry == nil {
			continue
		}
		es := p.audit
		if p.red != nil {
			ids = append(ids, p.entry.ID)
			es = append(es[:len(es)-1:len(es)-1], audit.Entry{Actor: p.actor, Action: "index", Testimony: p.entry.ID,
				Detail: "indexing not finished (the manifest could not be written); testimony pending"})
		}
		entries = append(entries, es...)
	}
	var errs []error
	if len(ids) > 0 {
		err := atStage("unindex") // tests inject a failed delete here
		if err == nil {
			err = ix.Delete(ids...)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%d testimonies stay in the index while the manifest lists them pending (check --repair removes them): %w", len(ids), err))
		}
	}
	err := atStage("unaudit") // tests inject a failed append here
	if err == nil {
		_, err = audit.Append(a.auditPath(), entries...)
	}
	if err != nil {
		errs = append(errs, fmt.Errorf("the audit log lacks their entries (check --repair writes them from the manifest): %w", err))
	}
	for _, r := range superseded {
		os.Remove(r)
	}
	switch len(errs) {
	case 0:
		return nil
	case 1:
		return errs[0]
	}
	return fmt.Errorf("%w; %w", errs[0], errs[1]) // one line: the CLI prints one error a line
}

func writeObject(w io.Writer, ts *transcript.Testimony, data []byte, now time.Time) error {
	h := objectHeader{
		Format: FormatVersion, Source: filepath.Base(ts.Source), Kind: ts.Format, Meta: ts.Meta,
		Speakers: ts.Speakers, Size: len(data), SHA256: sha256Hex(data), Ingested: now,
	}
	b, err := json.Marshal(h)
	if err != nil {
		return err
	}
	b = append(b, '\n')
	if _, err := w.Write(b); err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

// Document is what an ingest tells the engine about a testimony: its title, text, language,
// date and topics, and every identifier already known (the interviewee, the interviewer, the
// speaker labels and the sensitive terms; each once, case-insensitively, the first role wins).
// The ID is left empty; an ingest sets it to the testimony's. A dry run (testimony redact)
// calls it too, so that the dry run and the ingest cannot differ.
func Document(t *transcript.Testimony) (redact.Document, error) {
	date, err := t.Meta.Date()
	if err != nil {
		return redact.Document{}, fmt.Errorf("%s: interview_date: %w", t.Source, err)
	}
	doc := redact.Document{
		Title: t.Meta.Title, Text: t.Text, Language: t.Meta.Language, Date: date,
		Topics: append([]string(nil), t.Meta.Topics...),
	}
	seen := map[string]bool{}
	add := func(text string, cat redact.Category, role redact.Role) {
		text = strings.TrimSpace(text)
		key := strings.ToLower(text)
		if text == "" || seen[key] {
			return
		}
		seen[key] = true
		doc.Known = append(doc.Known, redact.Known{Text: text, Category: cat, Role: role})
	}
	for _, name := range t.Meta.Interviewee {
		add(name, redact.Person, redact.RoleInterviewee)
	}
	for _, name := range t.Meta.Interviewer {
		add(name, redact.Person, redact.RoleInterviewer)
	}
	for _, s := range t.Speakers {
		if namedOnce(s, t.Meta.Interviewee, t.Meta.Interviewer) {
			// "Ryu:" or "Dana:" for the interviewee Ryu Chun-ok or the interviewer Dana
			// Whitfield is that person, whose names' parts the engine removes as theirs; as
			// a speaker of its own it would be a part two people share, and name neither.
			continue
		}
		add(s, redact.Person, redact.RoleSpeaker)
	}
	for _, s := range t.Meta.SensitiveTerms {
		add(s, redact.SensitiveTerm, "")
	}
	return doc, nil
}

// namedOnce says whether label is one word, or the whole, of exactly one of the names given,
// compared case-insensitively.
func namedOnce(label string, names ...transcript.People) bool {
	n := 0
	for _, people := range names {
		for _, name := range people {
			if strings.EqualFold(strings.TrimSpace(name), strings.TrimSpace(label)) || slices.ContainsFunc(strings.Fields(name), func(w string) bool { return strings.EqualFold(w, label) }) {
				n++
			}
		}
	}
	return n == 1
}

// document is Document with the testimony's ID.
func document(id string, ts *transcript.Testimony) (redact.Document, error) {
	doc, err := Document(ts)
	doc.ID = id
	return doc, err
}

func counts(r *redact.Report) map[string]int {
	if len(r.Counts) == 0 {
		return nil
	}
	out := make(map[string]int, len(r.Counts))
	for k, v := range r.Counts {
		out[string(k)] = v
	}
	return out
}
