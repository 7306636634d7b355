package archive

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/testimony-archive/testimony/archive/audit"
	"github.com/testimony-archive/testimony/index"
)

// CheckReport lists what check found.
type CheckReport struct {
	Problems []string `json:"problems"`
	Repaired []string `json:"repaired"`
}

// OK reports whether check found nothing wrong (or repaired everything it found).
func (r *CheckReport) OK() bool { return len(r.Problems) == len(r.Repaired) }

// Check verifies that store, reports, index and audit agree; with repair it mends what a
// crash left between two steps. Problems lists everything found; Repaired what was mended.
// Messages name IDs and files, never content. The package documentation lists every check.
func (a *Archive) Check(repair bool) (*CheckReport, error) {
	unlock, err := a.lock(context.Background())
	if err != nil {
		return nil, err
	}
	defer unlock()
	c := &checker{a: a, repair: repair, rep: &CheckReport{Problems: []string{}, Repaired: []string{}}}
	if err := c.rekeyLeftovers(); err != nil {
		return c.rep, err
	}
	if err := c.run(); err != nil {
		return c.rep, err
	}
	if repair && len(c.rep.Repaired) > 0 {
		if _, err := audit.Append(a.auditPath(), audit.Entry{Actor: actorOr(""), Action: "repair",
			Detail: fmt.Sprintf("check --repair mended %d problem(s)", len(c.rep.Repaired))}); err != nil {
			return c.rep, err
		}
	}
	return c.rep, nil
}

type checker struct {
	a       *Archive
	repair  bool
	rep     *CheckReport
	unindex []string // IDs to delete from the index in one call (each Delete rewrites it)
	// logVerified says that the audit log verified: only then does repair write entries
	// from the manifest into it (into a log that does not, they would vouch for the manifest).
	logVerified bool
}

// found records a problem and, when repairing, runs fix; fix returns a description of what
// it did ("" if it could not repair).
func (c *checker) found(problem string, fix func() (string, error)) error {
	c.rep.Problems = append(c.rep.Problems, problem)
	if !c.repair || fix == nil {
		return nil
	}
	did, err := fix()
	if err != nil {
		return fmt.Errorf("repair failed: %s: %w", problem, err)
	}
	if did != "" {
		c.rep.Repaired = append(c.rep.Repaired, did)
	}
	return nil
}

func (c *checker) run() error {
	a := c.a
	// 1. Audit log: a partial last line is a crash during append; a log that cannot be read
	// is its own problem, which repair leaves alone.
	complete, err := a.auditComplete()
	switch {
	case err != nil:
		c.rep.Problems = append(c.rep.Problems, fmt.Sprintf("audit.log cannot be read: %v (not repairable: restore it from a backup)", err))
	case !complete:
		if err := c.found("audit.log ends in an incomplete entry (a crash during append)", func() (string, error) {
			changed, err := audit.RepairTail(a.auditPath())
			if err != nil || !changed {
				return "", err
			}
			return "removed the incomplete last audit entry", nil
		}); err != nil {
			return err
		}
	}
	if a.auditWritable() {
		if _, err := a.VerifyAudit(); err != nil {
			c.rep.Problems = append(c.rep.Problems, err.Error()+" (not repairable: the log is evidence; restore it from a backup)")
		} else {
			c.logVerified = true
		}
	}

	// 2. Leftover temporary files and file modes.
	if err := c.walkFiles(); err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(a.dir, secretName)); err != nil {
		c.rep.Problems = append(c.rep.Problems, "secret.age is missing (archive-wide pseudonyms cannot be used)")
	}

	// 3. Manifest against objects, reports and index.
	m, err := readManifest(a.dir)
	if err != nil {
		c.rep.Problems = append(c.rep.Problems, err.Error())
		return nil
	}
	if m.Reindex != nil {
		j := m.Reindex
		if err := c.found(fmt.Sprintf("the reindex to %s/ was interrupted after its runs were recorded", j.Index), func() (string, error) {
			if err := a.finishReindex(m, true); err != nil {
				return "", err
			}
			return fmt.Sprintf("%s/: the reindex finished (index in service, runs audited)", j.Index), nil
		}); err != nil {
			return err
		}
		if !c.repair {
			// Until it is finished the manifest describes the new index, not the one in
			// service: the comparisons below would only repeat this problem.
			return nil
		}
	}
	if err := c.staleIndexes(); err != nil {
		return err
	}
	ixDir, err := a.indexDir()
	if err != nil {
		c.rep.Problems = append(c.rep.Problems, err.Error())
		return nil
	}
	ixName := filepath.Base(ixDir)
	var ix *index.Index
	if c.repair {
		ix, err = index.Open(ixDir, indexOpenTimeout)
	} else {
		ix, err = index.OpenReadOnly(ixDir, searchTimeout)
	}
	if errors.Is(err, index.ErrBusy) {
		return ErrBusy
	}
	if errors.Is(err, fs.ErrNotExist) {
		// The index is gone: repair makes an empty one, and every released testimony then
		// goes back to pending below (a re-run of the ingest indexes it again).
		if ferr := c.found(ixName+"/ is missing", func() (string, error) {
			os.RemoveAll(ixDir)
			nix, cerr := index.Create(ixDir)
			if cerr != nil {
				return "", cerr
			}
			ix, err = nix, nil
			return ixName + "/: created empty", nil
		}); ferr != nil {
			return ferr
		}
	}
	if err != nil {
		c.rep.Problems = append(c.rep.Problems, "index cannot be opened: "+err.Error())
		return nil
	}
	defer func() {
		ix.Close()
		if c.repair {
			_ = fixModes(ixDir)
		}
	}()
	indexed, err := ix.IDs()
	if err != nil {
		return err
	}
	inIndex := map[string]bool{}
	for _, id := range indexed {
		inIndex[id] = true
	}
	dirty := false
	save := func() error {
		dirty = false
		return writeManifest(a.dir, m)
	}
	audited, err := c.auditedIDs()
	if err != nil {
		return err
	}

	for _, e := range append([]*manifestEntry(nil), m.Entries...) {
		id := e.ID
		if e.Status == statusWithdrawing {
			if err := c.found(fmt.Sprintf("%s: withdrawal not finished", id), func() (string, error) {
				if err := a.finishWithdraw(m, id, actorOr(""), ix); err != nil {
					return "", err
				}
				delete(inIndex, id)
				return fmt.Sprintf("%s: finished the withdrawal", id), nil
			}); err != nil {
				return err
			}
			continue
		}
		sum, err := fileSHA256(a.objectPath(id))
		switch {
		case errors.Is(err, os.ErrNotExist):
			c.rep.Problems = append(c.rep.Problems, fmt.Sprintf("%s: objects/%s.age is missing (restore it from a backup; not repairable)", id, id))
		case err != nil:
			return err
		case sum != e.ObjectSHA256:
			c.rep.Problems = append(c.rep.Problems, fmt.Sprintf("%s: objects/%s.age does not match its recorded hash (corrupted or replaced; restore it from a backup)", id, id))
		}
		c.checkAmendments(e)
		if e.Status == StatusReleased || e.Status == StatusReview || e.Status == StatusRejected {
			rsum, err := fileSHA256(a.reportPath(id, e.Run))
			if err != nil || rsum != e.ReportSHA256 {
				what := "is missing"
				if err == nil {
					what = "does not match its recorded hash"
				}
				if err := c.found(fmt.Sprintf("%s: its redaction report %s", id, what), func() (string, error) {
					c.markPending(e, "report lost", inIndex)
					dirty = true
					return fmt.Sprintf("%s: marked pending (re-run the ingest to redact it again)", id), nil
				}); err != nil {
					return err
				}
			}
		}
		switch {
		case e.Status == StatusReleased && !inIndex[id]:
			if err := c.found(fmt.Sprintf("%s: released but not in the index", id), func() (string, error) {
				c.markPending(e, "not indexed", inIndex)
				dirty = true
				return fmt.Sprintf("%s: marked pending (re-run the ingest of its file to redact and index it again)", id), nil
			}); err != nil {
				return err
			}
		case e.Status != StatusReleased && inIndex[id]:
			if err := c.found(fmt.Sprintf("%s: in the index but its status is %s", id, e.Status), func() (string, error) {
				c.unindex = append(c.unindex, id)
				delete(inIndex, id)
				return fmt.Sprintf("%s: removed from the index", id), nil
			}); err != nil {
				return err
			}
		}
		if !audited[id] {
			problem := fmt.Sprintf("%s: the audit log has no ingest entry for it (a crash before the audit append)", id)
			fix := func() (string, error) {
				if err := c.auditFromManifest(e); err != nil {
					return "", err
				}
				return fmt.Sprintf("%s: audit entries written from the manifest", id), nil
			}
			if !c.logVerified {
				problem, fix = problem+" (not repaired: the audit log does not verify)", nil
			}
			if err := c.found(problem, fix); err != nil {
				return err
			}
		}
	}
	if dirty {
		if err := save(); err != nil {
			return err
		}
	}

	// 4. Files and index entries the manifest does not know.
	for id := range inIndex {
		if m.byID[id] == nil {
			if err := c.found(fmt.Sprintf("%s: in the index but not in the manifest", id), func() (string, error) {
				c.unindex = append(c.unindex, id)
				return fmt.Sprintf("%s: removed from the index", id), nil
			}); err != nil {
				return err
			}
		}
	}
	if len(c.unindex) > 0 {
		sort.Strings(c.unindex)
		if err := ix.Delete(c.unindex...); err != nil {
			return fmt.Errorf("repair failed: removing %d testimonies from the index: %w", len(c.unindex), err)
		}
	}
	if err := c.orphans(m); err != nil {
		return err
	}
	sort.Strings(c.rep.Problems)
	return nil
}

// markPending drops a testimony back to pending: its redacted copy cannot be rebuilt without
// the original, which ingest reads from the source file again.
func (c *checker) markPending(e *manifestEntry, why string, inIndex map[string]bool) {
	if e.Run != "" {
		os.Remove(c.a.reportPath(e.ID, e.Run))
	}
	if inIndex[e.ID] {
		c.unindex = append(c.unindex, e.ID)
		delete(inIndex, e.ID)
	}
	e.Status, e.Problem = StatusPending, why
	e.Run, e.ReportSHA256, e.OutputSHA256, e.Counts = "", "", "", nil
}

func (c *checker) auditedIDs() (map[string]bool, error) {
	out := map[string]bool{}
	es, err := audit.Read(c.a.auditPath())
	if err != nil {
		return out, nil // reported by Verify above
	}
	for _, e := range es {
		if e.Action == "ingest" && e.Testimony != "" {
			out[e.Testimony] = true
		}
	}
	return out, nil
}

func (c *checker) auditFromManifest(e *manifestEntry) error {
	actor := actorOr("")
	const detail = "recorded by check --repair after a crash"
	entries := []audit.Entry{{Actor: actor, Action: "ingest", Testimony: e.ID, OutputSHA256: e.ObjectSHA256,
		Files: c.a.fileSums(c.a.objectPath(e.ID), e.ObjectSHA256), Detail: detail}}
	if e.Run != "" {
		entries = append(entries, c.a.runAudit(e, actor, detail))
	}
	switch e.Status {
	case StatusReleased:
		entries = append(entries, audit.Entry{Actor: actor, Action: "index", Testimony: e.ID, OutputSHA256: e.OutputSHA256, Detail: detail})
	case StatusReview:
		entries = append(entries, audit.Entry{Actor: actor, Action: "review", Testimony: e.ID, Detail: detail})
	case StatusRejected:
		entries = append(entries, audit.Entry{Actor: actor, Action: "reject", Testimony: e.ID, Detail: detail})
	}
	_, err := audit.Append(c.a.auditPath(), entries...)
	return err
}

// orphans finds objects and reports that no manifest entry refers to: what a crash left
// before the manifest was written. Their ingest was never reported done, so repair deletes
// them (they are ciphertext) and a re-run of the ingest stores them again.
func (c *checker) orphans(m *manifest) error {
	a := c.a
	objs, err := os.ReadDir(filepath.Join(a.dir, objectsDir))
	if err != nil {
		return err
	}
	for _, d := range objs {
		name := d.Name()
		if isTemp(name) {
			continue
		}
		id := strings.TrimSuffix(name, ".age")
		if e := m.byID[id]; e == nil || !strings.HasSuffix(name, ".age") {
			p := filepath.Join(a.dir, objectsDir, name)
			if err := c.found(fmt.Sprintf("objects/%s: not in the manifest (left by an interrupted ingest)", name), func() (string, error) {
				return fmt.Sprintf("objects/%s: removed", name), os.Remove(p)
			}); err != nil {
				return err
			}
		}
	}
	reps, err := os.ReadDir(filepath.Join(a.dir, reportsDir))
	if err != nil {
		return err
	}
	for _, d := range reps {
		name := d.Name()
		if isTemp(name) {
			continue
		}
		base := strings.TrimSuffix(name, ".age")
		id, run, _ := strings.Cut(base, "-")
		e := m.byID[id]
		if e == nil || e.Run != run || !strings.HasSuffix(name, ".age") {
			p := filepath.Join(a.dir, reportsDir, name)
			if err := c.found(fmt.Sprintf("reports/%s: no manifest entry refers to it", name), func() (string, error) {
				return fmt.Sprintf("reports/%s: removed", name), os.Remove(p)
			}); err != nil {
				return err
			}
		}
	}
	if err := c.amendmentOrphans(m); err != nil {
		return err
	}
	if c.repair {
		for _, d := range []string{objectsDir, reportsDir} {
			if err := syncDir(filepath.Join(a.dir, d)); err != nil {
				return err
			}
		}
	}
	return nil
}

// walkFiles checks modes and finds temporary files left by a crash.
func (c *checker) walkFiles() error {
	a := c.a
	return filepath.WalkDir(a.dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(a.dir, p)
		info, err := d.Info()
		if err != nil {
			return err
		}
		if !d.IsDir() && isTemp(d.Name()) && !inIndexDir(rel) {
			return c.found(fmt.Sprintf("%s: temporary file left by an interrupted command", rel), func() (string, error) {
				return fmt.Sprintf("%s: removed", rel), os.Remove(p)
			})
		}
		want := os.FileMode(fileMode)
		if d.IsDir() {
			want = dirMode
		}
		if info.Mode().Perm() != want {
			return c.found(fmt.Sprintf("%s: mode %04o, want %04o", rel, info.Mode().Perm(), want), func() (string, error) {
				return fmt.Sprintf("%s: mode set to %04o", rel, want), os.Chmod(p, want)
			})
		}
		return nil
	})
}
