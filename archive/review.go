package archive

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"filippo.io/age"
	"github.com/testimony-archive/testimony/archive/audit"
	"github.com/testimony-archive/testimony/archive/reviewpage"
	"github.com/testimony-archive/testimony/archive/transcript"
	"github.com/testimony-archive/testimony/index"
	"github.com/testimony-archive/testimony/redact"
)

// StatusRejected is a testimony a reviewer rejected: kept encrypted with its report, never
// indexed. A new run (add-term, keep, rerun) puts it back in review.
const StatusRejected = "rejected"

// amendmentsDir holds one encrypted file per amended testimony: amendments/<id>-<version>.age.
const amendmentsDir = "amendments"

// amendmentsFile is an amendments file's plaintext: what reviewers added to one testimony.
// The terms are sensitive (they are what the engine missed); the whole file is encrypted.
type amendmentsFile struct {
	Format    int         `json:"format"`
	Testimony string      `json:"testimony"`
	Terms     []amendment `json:"terms,omitempty"` // removed as sensitive terms
	Keep      []amendment `json:"keep,omitempty"`  // kept as false positives
}

type amendment struct {
	Text   string    `json:"text"`
	Reason string    `json:"reason,omitempty"`
	Actor  string    `json:"actor"`
	Time   time.Time `json:"time"`
}

func (a *Archive) amendmentsPath(id, version string) string {
	return filepath.Join(a.dir, amendmentsDir, id+"-"+version+".age")
}

// ReviewItem is one testimony waiting for a reviewer: nothing that identifies anyone.
type ReviewItem struct {
	ID            string         `json:"id"`
	Ingested      time.Time      `json:"ingested"`
	Policy        string         `json:"policy"`
	PolicyVersion string         `json:"policy_version"`
	Counts        map[string]int `json:"counts"`  // spans changed per category
	Amended       bool           `json:"amended"` // a reviewer added terms or kept forms
}

// ReviewQueue lists the testimonies waiting for review, oldest first. It needs no key.
func (a *Archive) ReviewQueue() ([]ReviewItem, error) {
	m, err := readManifest(a.dir)
	if err != nil {
		return nil, err
	}
	out := []ReviewItem{}
	for _, e := range m.Entries {
		if e.Status != StatusReview {
			continue
		}
		counts := e.Counts
		if counts == nil {
			counts = map[string]int{}
		}
		out = append(out, ReviewItem{ID: e.ID, Ingested: e.Ingested, Policy: e.Policy, PolicyVersion: e.PolicyVersion,
			Counts: counts, Amended: e.Amendments != ""})
	}
	return out, nil
}

// reviewState is what every reviewer action starts from, once the identities have proved
// their authority by decrypting the testimony.
type reviewState struct {
	e  *manifestEntry
	m  *manifest
	ts *transcript.Testimony
	am *amendmentsFile
	// spans are the current run's spans, read only when a form is to be kept.
	spans []redact.Span
}

// openForReview checks the caller's authority (the identities must decrypt the object) and
// reads the testimony and its amendments. The caller holds the writer lock.
func (a *Archive) openForReview(ids []age.Identity, id string) (*reviewState, error) {
	if len(ids) == 0 {
		return nil, errors.New("review needs an identity (-i) that can decrypt the archive")
	}
	e, m, err := a.entry(id)
	if err != nil {
		return nil, err
	}
	if e.Status == statusWithdrawing {
		return nil, fmt.Errorf("testimony %s is being withdrawn", id)
	}
	if sum, err := fileSHA256(a.objectPath(id)); err == nil && sum != e.ObjectSHA256 {
		return nil, fmt.Errorf("testimony %s: objects/%s.age does not match its recorded hash (run check)", id, id)
	}
	hdr, original, err := a.readObject(ids, id)
	if err != nil {
		return nil, err
	}
	// Authority proved; before anything is written, the same checks as every other write.
	if err := a.writable(m); err != nil {
		return nil, fmt.Errorf("testimony %s: %w; nothing changed", id, err)
	}
	ts, err := transcript.Parse(hdr.Source, original)
	if err != nil {
		return nil, fmt.Errorf("testimony %s: the stored original cannot be parsed again: %v", id, err)
	}
	am, err := a.readAmendments(ids, e)
	if err != nil {
		return nil, err
	}
	return &reviewState{e: e, m: m, ts: ts, am: am}, nil
}

// readAmendments decrypts the testimony's amendments file, if it has one, after checking it
// against the hash the manifest records. A missing or altered file is an error: the terms in
// it must never be silently dropped.
func (a *Archive) readAmendments(ids []age.Identity, e *manifestEntry) (*amendmentsFile, error) {
	am := &amendmentsFile{Format: FormatVersion, Testimony: e.ID}
	if e.Amendments == "" {
		return am, nil
	}
	p := a.amendmentsPath(e.ID, e.Amendments)
	rel := amendmentsDir + "/" + filepath.Base(p)
	sum, err := fileSHA256(p)
	if err != nil {
		return nil, fmt.Errorf("testimony %s: %s: %s (restore it from a backup; nothing changed)", e.ID, rel, describeFSError(err))
	}
	if sum != e.AmendmentsSHA256 {
		return nil, fmt.Errorf("testimony %s: %s does not match its recorded hash (restore it from a backup; nothing changed)", e.ID, rel)
	}
	plain, err := decryptFile(p, ids)
	if err != nil {
		return nil, fmt.Errorf("testimony %s: %s: %w", e.ID, rel, err)
	}
	if err := json.Unmarshal(plain, am); err != nil || am.Testimony != e.ID {
		return nil, fmt.Errorf("testimony %s: %s is malformed", e.ID, rel)
	}
	return am, nil
}

// readRunReport decrypts the report of the testimony's current run after checking its hash.
func (a *Archive) readRunReport(ids []age.Identity, e *manifestEntry) (*reportFile, error) {
	if e.Run == "" {
		return nil, fmt.Errorf("testimony %s has no redaction run (status %s); run 'testimony review rerun' to redact it again", e.ID, e.Status)
	}
	p := a.reportPath(e.ID, e.Run)
	if sum, err := fileSHA256(p); err != nil || sum != e.ReportSHA256 {
		return nil, fmt.Errorf("testimony %s: its report reports/%s is missing or does not match its recorded hash (run check)", e.ID, filepath.Base(p))
	}
	plain, err := decryptFile(p, ids)
	if err != nil {
		return nil, fmt.Errorf("testimony %s: report: %w", e.ID, err)
	}
	var rf reportFile
	if err := json.Unmarshal(plain, &rf); err != nil || rf.Report == nil || rf.Testimony != e.ID || rf.Run != e.Run {
		return nil, fmt.Errorf("testimony %s: its report reports/%s is malformed", e.ID, filepath.Base(p))
	}
	return &rf, nil
}

// document is the engine's input for a new run: the testimony as ingest saw it, plus the
// terms reviewers added (as sensitive terms) and the forms they kept.
func (st *reviewState) document() (redact.Document, error) {
	doc, err := document(st.e.ID, st.ts)
	if err != nil {
		return doc, err
	}
	return applyAmendments(doc, st.am), nil
}

func applyAmendments(doc redact.Document, am *amendmentsFile) redact.Document {
	seen := map[string]bool{}
	for _, k := range doc.Known {
		seen[strings.ToLower(k.Text)] = true
	}
	for _, t := range am.Terms {
		if !seen[strings.ToLower(t.Text)] {
			seen[strings.ToLower(t.Text)] = true
			doc.Known = append(doc.Known, redact.Known{Text: t.Text, Category: redact.SensitiveTerm})
		}
	}
	for _, k := range am.Keep {
		doc.Keep = append(doc.Keep, k.Text)
	}
	return doc
}

// withAmendments adds a testimony's reviewer amendments to doc. Every run made from the
// encrypted original (a reindex too) must go through it: a run without them would bring back
// what a reviewer removed.
func (a *Archive) withAmendments(ids []age.Identity, e *manifestEntry, doc redact.Document) (redact.Document, error) {
	am, err := a.readAmendments(ids, e)
	if err != nil {
		return doc, err
	}
	return applyAmendments(doc, am), nil
}

// redactAgain runs the engine over the stored original with the testimony's policy as the
// archive has it now, and repeats the archive's own residual check.
func (a *Archive) redactAgain(ids []age.Identity, st *reviewState) (*redact.Redacted, *redact.Policy, error) {
	id := st.e.ID
	eng, err := newPolicyCache(a, ids).engine(st.e.Policy)
	if err != nil {
		return nil, nil, fmt.Errorf("testimony %s: %v", id, err)
	}
	doc, err := st.document()
	if err != nil {
		return nil, nil, fmt.Errorf("testimony %s: %v", id, err)
	}
	red, err := verifiedRun(eng, doc)
	if err != nil {
		return nil, nil, fmt.Errorf("testimony %s: redaction failed (%v); nothing changed", id, err)
	}
	return red, eng.Policy(), nil
}

// ShowOptions configures [Archive.ReviewShow].
type ShowOptions struct {
	Actor string
	// HTMLFile, if set, receives the page as one self-contained HTML file, mode 0600. It must
	// be outside the archive and must not exist yet.
	HTMLFile string
}

// ReviewShow returns the testimony's current run as a reviewer sees it: the original, the
// redacted copy rendered from the run's spans (checked against the run's recorded output
// hash), every span with its reason, and the reviewers' amendments. It holds original text;
// it is audited like a reveal.
func (a *Archive) ReviewShow(ids []age.Identity, id string, opts ShowOptions) (*reviewpage.Page, error) {
	if err := checkID(id); err != nil {
		return nil, err
	}
	var htmlPath string
	if opts.HTMLFile != "" {
		var err error
		if htmlPath, err = a.outsidePath(opts.HTMLFile); err != nil {
			return nil, err
		}
	}
	st, unlock, err := a.lockForReview(ids, id)
	if err != nil {
		return nil, err
	}
	defer unlock()
	rf, err := a.readRunReport(ids, st.e)
	if err != nil {
		return nil, err
	}
	rep := rf.Report
	page := &reviewpage.Page{ID: id, Status: st.e.Status, Policy: rep.Policy, PolicyVersion: rep.PolicyVersion,
		PolicySHA256: rep.PolicySHA256, Run: rf.Run, RunTime: rf.Time, Title: st.ts.Meta.Title, Text: st.ts.Text,
		Spans: rep.Spans}
	for _, t := range st.am.Terms {
		page.AddedTerms = append(page.AddedTerms, t.Text)
	}
	for _, k := range st.am.Keep {
		page.Kept = append(page.Kept, reviewpage.Kept{Text: k.Text, Reason: k.Reason})
	}
	if out := sha256Hex([]byte(page.Body().Redacted)); out != rep.OutputSHA256 || out != st.e.OutputSHA256 {
		return nil, fmt.Errorf("testimony %s: the report's spans do not reproduce the run's recorded output; run check", id)
	}
	detail := "original and redaction report shown to a reviewer"
	if htmlPath != "" {
		detail += "; written as an HTML file"
	}
	if _, err := audit.Append(a.auditPath(), audit.Entry{Actor: actorOr(opts.Actor), Action: "inspect", Testimony: id,
		Policy: rep.Policy, PolicyVersion: rep.PolicyVersion, PolicySHA256: rep.PolicySHA256, OutputSHA256: rep.OutputSHA256,
		Detail: detail}); err != nil {
		return nil, fmt.Errorf("review show %s: could not record it, so nothing is shown: %w", id, err)
	}
	if htmlPath != "" {
		if err := writeNewFile(htmlPath, func(w io.Writer) error { return reviewpage.WriteHTML(w, page) }); err != nil {
			return nil, fmt.Errorf("review show %s: %s: %s", id, opts.HTMLFile, describeFSError(err))
		}
	}
	return page, nil
}

// outsidePath resolves path (following symbolic links in its folder) and refuses a place
// inside the archive: a file with original text must never be left where the archive's
// promise (nothing readable on disk) would cover it.
func (a *Archive) outsidePath(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	dir, err := filepath.EvalSymlinks(filepath.Dir(abs))
	if err != nil {
		return "", fmt.Errorf("%s: %s", path, describeFSError(err))
	}
	real, err := filepath.EvalSymlinks(a.dir)
	if err != nil {
		real = a.dir
	}
	abs = filepath.Join(dir, filepath.Base(abs))
	if inside(real, abs) || inside(a.dir, abs) {
		return "", fmt.Errorf("%s: is inside the archive; a file with original text must be written elsewhere", path)
	}
	if _, err := os.Lstat(abs); err == nil {
		return "", fmt.Errorf("%s: already exists; refusing to overwrite it", path)
	}
	return abs, nil
}

// writeNewFile creates path (which must not exist) mode 0600 and fills it; on failure it
// removes what it wrote.
func writeNewFile(path string, fill func(w io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, fileMode)
	if err != nil {
		return err
	}
	err = fill(f)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
	}
	return err
}

// ReviewResult says what a reviewer action did.
type ReviewResult struct {
	ID     string         `json:"id"`
	Status string         `json:"status"`
	Run    string         `json:"run"`
	Counts map[string]int `json:"counts,omitempty"`
}

// lockForReview takes the writer lock and proves the identity's authority over testimony id
// (openForReview). The caller runs unlock when done.
func (a *Archive) lockForReview(ids []age.Identity, id string) (*reviewState, func(), error) {
	if err := checkID(id); err != nil {
		return nil, nil, err
	}
	unlock, err := a.lock(context.Background())
	if err != nil {
		return nil, nil, err
	}
	st, err := a.openForReview(ids, id)
	if err != nil {
		unlock()
		return nil, nil, err
	}
	return st, unlock, nil
}

// openDecision begins a reviewer's decision on testimony id: it takes the writer lock, proves
// the identity's authority (openForReview), checks that the testimony waits for review and
// that the reason carries no testimony text. The caller runs unlock when done.
func (a *Archive) openDecision(ids []age.Identity, id, reason, verb string) (*reviewState, func(), error) {
	st, unlock, err := a.lockForReview(ids, id)
	if err != nil {
		return nil, nil, err
	}
	if st.e.Status != StatusReview {
		err = fmt.Errorf("testimony %s is %s: only a testimony waiting for review can be %s", id, st.e.Status, verb)
	}
	if err == nil {
		err = a.checkReviewReason(ids, st, reason)
	}
	if err != nil {
		unlock()
		return nil, nil, err
	}
	return st, unlock, nil
}

// Approve releases a testimony held for review. The redacted text is kept nowhere but the
// index, so it is made again: the same policy (name, version and SHA-256 as the run
// recorded) runs over the decrypted original with the same amendments, the archive's
// residual check repeats, and only an output whose hash equals the reviewed run's is
// indexed. Anything else fails and changes nothing. The reason goes to the audit log as
// given; one that carries testimony text is refused first (see checkReviewReason).
func (a *Archive) Approve(ids []age.Identity, id, actor, reason string) (*ReviewResult, error) {
	st, unlock, err := a.openDecision(ids, id, reason, "approved")
	if err != nil {
		return nil, err
	}
	defer unlock()
	e := st.e
	rf, err := a.readRunReport(ids, e)
	if err != nil {
		return nil, err
	}
	rep := rf.Report
	if rep.Policy != e.Policy || rep.PolicyVersion != e.PolicyVersion || rep.PolicySHA256 != e.PolicySHA256 || rep.OutputSHA256 != e.OutputSHA256 {
		return nil, fmt.Errorf("testimony %s: its report and the manifest disagree about the run (run check); nothing released", id)
	}
	red, pol, err := a.redactAgain(ids, st)
	if err != nil {
		return nil, err
	}
	if pol.Version != e.PolicyVersion || pol.SHA256 != e.PolicySHA256 {
		return nil, fmt.Errorf("testimony %s was redacted with policy %s %s (sha256 %s), and the policy is now %s (sha256 %s): "+
			"the reviewed run cannot be reproduced; a new run is needed ('testimony review rerun'), then review it again; nothing released",
			id, e.Policy, e.PolicyVersion, short(e.PolicySHA256), pol.Version, short(pol.SHA256))
	}
	title := (&reviewpage.Page{Title: st.ts.Meta.Title, Spans: rep.Spans}).TitleLayout().Redacted
	if got := sha256Hex([]byte(red.Text())); got != e.OutputSHA256 || red.Report().OutputSHA256 != e.OutputSHA256 || red.Title() != title {
		return nil, fmt.Errorf("testimony %s: redacting it again did not reproduce the reviewed output (sha256 %s, reviewed %s); nothing released", id, short(got), short(e.OutputSHA256))
	}
	red.Report().Spans = nil // the surface forms stay in the encrypted report only
	if err := a.withIndex(func(ix *index.Index) error { return ix.Add(red) }); err != nil {
		return nil, fmt.Errorf("approve %s: %w; nothing released", id, err)
	}
	if err := atStage("approve-indexed"); err != nil {
		return nil, err
	}
	e.Status, e.Problem = StatusReleased, ""
	e.Review = true // approved by a reviewer: every later run (a reindex too) is reviewed again
	if err := writeManifest(a.dir, st.m); err != nil {
		return nil, fmt.Errorf("approve %s: writing the manifest: %w (run check --repair: it takes the testimony out of the index)", id, err)
	}
	if _, err := audit.Append(a.auditPath(), audit.Entry{Actor: actorOr(actor), Action: "approve", Testimony: id,
		Policy: e.Policy, PolicyVersion: e.PolicyVersion, PolicySHA256: e.PolicySHA256, Counts: e.Counts, OutputSHA256: e.OutputSHA256,
		Detail: withReason("approved by a reviewer", reason)},
		audit.Entry{Actor: actorOr(actor), Action: "index", Testimony: id, OutputSHA256: e.OutputSHA256,
			Detail: "released to the index after review"}); err != nil {
		return nil, fmt.Errorf("approve %s: released, but writing the audit log failed: %w", id, err)
	}
	return &ReviewResult{ID: id, Status: e.Status, Run: e.Run, Counts: e.Counts}, nil
}

// Reject keeps a testimony held for review out of the index for good: status rejected,
// encrypted original and report kept. The reason goes to the audit log as given, once
// checkReviewReason has found no testimony text in it.
func (a *Archive) Reject(ids []age.Identity, id, actor, reason string) (*ReviewResult, error) {
	st, unlock, err := a.openDecision(ids, id, reason, "rejected")
	if err != nil {
		return nil, err
	}
	defer unlock()
	e := st.e
	e.Status, e.Problem = StatusRejected, ""
	if err := writeManifest(a.dir, st.m); err != nil {
		return nil, fmt.Errorf("reject %s: writing the manifest: %w", id, err)
	}
	if _, err := audit.Append(a.auditPath(), audit.Entry{Actor: actorOr(actor), Action: "reject", Testimony: id,
		Policy: e.Policy, PolicyVersion: e.PolicyVersion, PolicySHA256: e.PolicySHA256, OutputSHA256: e.OutputSHA256,
		Detail: withReason("rejected by a reviewer: kept encrypted, not searchable", reason)}); err != nil {
		return nil, fmt.Errorf("reject %s: rejected, but writing the audit log failed: %w", id, err)
	}
	return &ReviewResult{ID: id, Status: e.Status, Run: e.Run, Counts: e.Counts}, nil
}

// Amendment is a reviewer's change to one testimony. With neither Terms nor Keep it asks
// only for a new run (after a policy change, or for a pending testimony).
type Amendment struct {
	Terms  []string // sensitive terms the engine missed: always removed from now on
	Keep   string   // a false positive to keep in this testimony
	Reason string   // why (required with Keep); goes to the audit log as given
	Actor  string
}

// Amend records a reviewer's amendment and redacts the testimony again as a new run with its
// policy as the archive has it now. The new run goes back to review; a released testimony is
// taken out of the index first. The terms are stored only in the encrypted amendments file
// and the encrypted report; the audit log gets counts.
//
// Order: the new amendments file and report (new names, fsynced); the index deletion (for a
// released testimony); the manifest; the audit entries; then the superseded files are
// removed. A crash before the manifest leaves files no entry names (check --repair deletes
// them; the amendment did not happen); a crash after the index deletion leaves a released
// entry that is not indexed (check --repair marks it pending; review rerun redacts it
// again). Nothing the reviewer asked to remove stays searchable in either case.
func (a *Archive) Amend(ids []age.Identity, id string, am Amendment) (*ReviewResult, error) {
	if err := checkID(id); err != nil {
		return nil, err
	}
	st, unlock, err := a.lockForReview(ids, id)
	if err != nil {
		return nil, err
	}
	defer unlock()
	var kept []guardForm
	if k := strings.TrimSpace(am.Keep); k != "" {
		kept = append(kept, guardForm{k, "the kept text"})
		if st.spans, err = a.runSpans(ids, st.e); err != nil {
			return nil, fmt.Errorf("%w; the form to keep cannot be checked against it, nothing changed", err)
		}
	}
	if err := a.checkReviewReason(ids, st, am.Reason, kept...); err != nil {
		return nil, err
	}
	actor := actorOr(am.Actor)
	changed, detail, err := st.apply(am, actor)
	if err != nil {
		return nil, err
	}
	red, _, err := a.redactAgain(ids, st)
	if err != nil {
		return nil, err
	}
	e := st.e
	var newAm, amSum string
	var written []string
	discard := func() {
		for _, f := range written {
			os.Remove(f)
		}
	}
	if changed {
		if err := os.MkdirAll(filepath.Join(a.dir, amendmentsDir), dirMode); err != nil {
			return nil, fmt.Errorf("testimony %s: %w", id, err)
		}
		newAm = randomHex(8)
		amSum, err = writeEncryptedSync(a.amendmentsPath(id, newAm), a.recipients, func(w io.Writer) error {
			return json.NewEncoder(w).Encode(st.am)
		}, false)
		if err != nil {
			return nil, fmt.Errorf("testimony %s: storing the encrypted amendments failed: %s; nothing changed", id, describeFSError(err))
		}
		written = append(written, a.amendmentsPath(id, newAm))
	}
	oldStatus, oldRun, oldAm := e.Status, e.Run, e.Amendments
	next := *e // the manifest's entry changes only once the new files are durable
	path, err := a.storeRun(&next, red.Report(), time.Now().UTC())
	if err != nil {
		discard()
		return nil, fmt.Errorf("testimony %s: storing the encrypted report failed: %s; nothing changed", id, describeFSError(err))
	}
	written = append(written, path)
	dirs := []string{filepath.Join(a.dir, reportsDir)}
	if changed {
		dirs = append(dirs, filepath.Join(a.dir, amendmentsDir))
	}
	if err := syncBatch(a.dir, written, dirs); err != nil {
		discard()
		return nil, fmt.Errorf("testimony %s: %w; nothing changed", id, err)
	}
	if err := atStage("amend-stored"); err != nil {
		return nil, err
	}
	if oldStatus == StatusReleased {
		if err := a.withIndex(func(ix *index.Index) error { return ix.Delete(id) }); err != nil {
			discard()
			return nil, fmt.Errorf("testimony %s: taking it out of the index failed: %w; nothing changed", id, err)
		}
		if err := atStage("amend-unindexed"); err != nil {
			return nil, err
		}
	}
	*e = next
	e.Status, e.Problem = StatusReview, ""
	if changed {
		e.Amendments, e.AmendmentsSHA256 = newAm, amSum
	}
	if err := writeManifest(a.dir, st.m); err != nil {
		return nil, fmt.Errorf("testimony %s: writing the manifest: %w (run check --repair)", id, err)
	}
	amendEntry := audit.Entry{Actor: actor, Action: "amend", Testimony: id, Detail: detail}
	if changed {
		amendEntry.Files = a.fileSums(a.amendmentsPath(id, newAm), amSum)
	}
	entries := []audit.Entry{
		amendEntry,
		a.runAudit(e, actor, "new redaction run for a reviewer, verified; report stored encrypted"),
		{Actor: actor, Action: "review", Testimony: id, Detail: "held for review; not indexed"},
	}
	if _, err := audit.Append(a.auditPath(), entries...); err != nil {
		return nil, fmt.Errorf("testimony %s: amended, but writing the audit log failed: %w", id, err)
	}
	if oldRun != "" && oldRun != e.Run {
		os.Remove(a.reportPath(id, oldRun))
	}
	if changed && oldAm != "" {
		os.Remove(a.amendmentsPath(id, oldAm))
	}
	return &ReviewResult{ID: id, Status: e.Status, Run: e.Run, Counts: e.Counts}, nil
}

// apply adds the amendment to st.am after checking it. It reports whether the amendments
// changed and the audit detail (counts and the reason; never a term).
func (st *reviewState) apply(am Amendment, actor string) (bool, string, error) {
	id := st.e.ID
	now := time.Now().UTC()
	hay := strings.ToLower(st.ts.Meta.Title + "\n" + st.ts.Text)
	if len(am.Terms) > 0 && am.Keep != "" {
		return false, "", errors.New("add terms and keep a form in two separate steps")
	}
	if len(am.Terms) > 0 {
		added := 0
		for i, t := range am.Terms {
			t = strings.TrimSpace(t)
			if err := checkForm(t); err != nil {
				return false, "", fmt.Errorf("testimony %s: term %d of %d %v; nothing changed", id, i+1, len(am.Terms), err)
			}
			if !strings.Contains(hay, strings.ToLower(t)) {
				return false, "", fmt.Errorf("testimony %s: term %d of %d does not occur in the testimony (check its spelling); nothing changed", id, i+1, len(am.Terms))
			}
			if hasForm(st.am.Terms, t) {
				continue
			}
			st.am.Keep = dropForm(st.am.Keep, t) // a term to remove is no longer a form to keep
			st.am.Terms = append(st.am.Terms, amendment{Text: t, Actor: actor, Time: now})
			added++
		}
		return added > 0, fmt.Sprintf("%d sensitive term(s) added by a reviewer (%d already listed); stored encrypted", added, len(am.Terms)-added), nil
	}
	if am.Keep != "" {
		k := strings.TrimSpace(am.Keep)
		if err := checkForm(k); err != nil {
			return false, "", fmt.Errorf("testimony %s: the form to keep %v; nothing changed", id, err)
		}
		if strings.TrimSpace(am.Reason) == "" {
			return false, "", fmt.Errorf("testimony %s: keeping a form needs a reason (--reason)", id)
		}
		if !strings.Contains(hay, strings.ToLower(k)) {
			return false, "", fmt.Errorf("testimony %s: the form to keep does not occur in the testimony (check its spelling); nothing changed", id)
		}
		if hasForm(st.am.Terms, k) {
			return false, "", fmt.Errorf("testimony %s: the form to keep is one of the terms a reviewer added; nothing changed", id)
		}
		doc, err := document(id, st.ts)
		if err != nil {
			return false, "", fmt.Errorf("testimony %s: %v", id, err)
		}
		for _, kn := range doc.Known {
			if strings.EqualFold(kn.Text, k) {
				return false, "", fmt.Errorf("testimony %s: the form to keep is a known identifier of the testimony (interviewee, interviewer, speaker or sensitive term), which is always removed; nothing changed", id)
			}
		}
		if err := checkKeep(k, st.ts, st.am, st.spans); err != nil {
			return false, "", fmt.Errorf("testimony %s: %w; nothing changed", id, err)
		}
		st.am.Keep = append(dropForm(st.am.Keep, k), amendment{Text: k, Reason: truncate(am.Reason, 500), Actor: actor, Time: now})
		return true, withReason("1 form kept as a false positive by a reviewer; stored encrypted", am.Reason), nil
	}
	return false, "new run requested by a reviewer", nil
}

// checkForm refuses a term or form that cannot be one: empty, not UTF-8, several lines, or
// longer than a phrase. The error never quotes it.
func checkForm(s string) error {
	switch {
	case s == "":
		return errors.New("is empty")
	case !utf8.ValidString(s):
		return errors.New("is not valid UTF-8")
	case strings.ContainsAny(s, "\n\r"):
		return errors.New("spans several lines")
	case utf8.RuneCountInString(s) > 200:
		return errors.New("is longer than 200 characters")
	}
	return nil
}

func hasForm(list []amendment, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x.Text, s) {
			return true
		}
	}
	return false
}

func dropForm(list []amendment, s string) []amendment {
	out := list[:0]
	for _, x := range list {
		if !strings.EqualFold(x.Text, s) {
			out = append(out, x)
		}
	}
	return out
}

func withReason(detail, reason string) string {
	if r := strings.TrimSpace(reason); r != "" {
		return detail + "; reason: " + truncate(r, 200)
	}
	return detail
}

func short(hash string) string {
	if len(hash) > 12 {
		return hash[:12]
	}
	return hash
}

// withIndex opens the index for writing, runs f and closes it.
func (a *Archive) withIndex(f func(ix *index.Index) error) error {
	dir, err := a.indexDir()
	if err != nil {
		return err
	}
	ix, err := a.openIndexWriter()
	if errors.Is(err, ErrBusy) {
		return err
	}
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	ferr := f(ix)
	cerr := ix.Close()
	_ = fixModes(dir)
	if ferr != nil {
		return fmt.Errorf("index: %w", ferr)
	}
	if cerr != nil {
		return fmt.Errorf("index: %w", cerr)
	}
	return nil
}

// removeAmendments deletes every amendments file of a testimony (withdraw).
func (a *Archive) removeAmendments(id string) error {
	files, _ := filepath.Glob(filepath.Join(a.dir, amendmentsDir, id+"-*.age"))
	for _, f := range files {
		if err := os.Remove(f); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	if len(files) > 0 {
		return syncDir(filepath.Join(a.dir, amendmentsDir))
	}
	return nil
}

// checkAmendments verifies that the amendments file an entry names exists with its recorded
// hash. A lost amendments file is not repairable: its terms would be missing from every later
// run, so approve and every new run refuse until it is restored.
func (c *checker) checkAmendments(e *manifestEntry) {
	if e.Amendments == "" {
		return
	}
	name := e.ID + "-" + e.Amendments + ".age"
	sum, err := fileSHA256(c.a.amendmentsPath(e.ID, e.Amendments))
	switch {
	case err != nil:
		c.rep.Problems = append(c.rep.Problems, fmt.Sprintf("%s: %s/%s is missing (restore it from a backup; not repairable)", e.ID, amendmentsDir, name))
	case sum != e.AmendmentsSHA256:
		c.rep.Problems = append(c.rep.Problems, fmt.Sprintf("%s: %s/%s does not match its recorded hash (restore it from a backup; not repairable)", e.ID, amendmentsDir, name))
	}
}

// amendmentOrphans finds amendments files no manifest entry names: left by an interrupted
// review action (the amendment never took effect) or a withdrawal. Repair deletes them.
func (c *checker) amendmentOrphans(m *manifest) error {
	dir := filepath.Join(c.a.dir, amendmentsDir)
	ents, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	var names []string
	for _, d := range ents {
		if !isTemp(d.Name()) {
			names = append(names, d.Name())
		}
	}
	sort.Strings(names)
	for _, name := range names {
		id, version, _ := strings.Cut(strings.TrimSuffix(name, ".age"), "-")
		if e := m.byID[id]; e != nil && e.Amendments == version && strings.HasSuffix(name, ".age") {
			continue
		}
		p := filepath.Join(dir, name)
		if err := c.found(fmt.Sprintf("%s/%s: no manifest entry refers to it", amendmentsDir, name), func() (string, error) {
			return fmt.Sprintf("%s/%s: removed", amendmentsDir, name), os.Remove(p)
		}); err != nil {
			return err
		}
	}
	if c.repair {
		return syncDir(dir)
	}
	return nil
}
