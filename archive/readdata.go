package archive

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"filippo.io/age"
	"github.com/testimony-archive/testimony/archive/audit"
)

// ReadData authenticates every encrypted file of the archive (check --read-data). Without
// identities it compares each file with the SHA-256 and size the audit log records for it,
// and the manifest with the audit log; with identities it also decrypts every file (age
// authenticates every chunk) and checks each original against the hash inside its object.
// It holds the writer lock, changes nothing and audits nothing. Each problem names the file
// or testimony and what is wrong: truncated, changed, missing, not recorded (an added file),
// a manifest field that disagrees with the audit log, an audit log that does not verify.
func (a *Archive) ReadData(ids []age.Identity) (*CheckReport, error) {
	unlock, err := a.lock(context.Background())
	if err != nil {
		return nil, err
	}
	defer unlock()
	rep := &CheckReport{Problems: []string{}, Repaired: []string{}}
	problem := func(format string, args ...any) {
		rep.Problems = append(rep.Problems, fmt.Sprintf(format, args...))
	}

	if _, err := a.VerifyAudit(); err != nil {
		problem("audit.log does not verify, so the hashes it records cannot be trusted: %v", err)
	}
	entries, err := audit.Read(a.auditPath())
	if err != nil {
		problem("audit.log cannot be read: %v", err)
	}
	st := replayAudit(entries)
	m, err := readManifest(a.dir)
	if err != nil {
		problem("%v", err)
		m = &manifest{}
		m.reindex()
	}

	checkFile := func(rel, owner string) error {
		want, ok := st.files[rel]
		if !ok {
			problem("%s%s: the audit log records no hash for it", rel, owner)
			return nil
		}
		got, err := sumFile(filepath.Join(a.dir, filepath.FromSlash(rel)))
		if errors.Is(err, fs.ErrNotExist) {
			problem("%s%s: missing (the audit log records it; restore it from a backup)", rel, owner)
			return nil
		}
		if err != nil {
			return err
		}
		if what := compareSum(got, want); what != "" {
			problem("%s%s: %s", rel, owner, what)
		}
		return nil
	}

	// The manifest against the audit log, and each file it refers to against its record.
	for _, e := range m.Entries {
		if e.Status == statusWithdrawing {
			continue
		}
		owner := " (" + e.ID + ")"
		t := st.testimonies[e.ID]
		if t == nil {
			continue // no ingest entry: Check reports it, and check --repair writes it
		}
		if t.withdrawn {
			problem("manifest.json: %s: listed, but the audit log records its withdrawal (edited manifest?)", e.ID)
		}
		obj := objectsDir + "/" + e.ID + ".age"
		if rec, ok := st.files[obj]; ok && rec.SHA256 != e.ObjectSHA256 {
			problem("manifest.json: %s: object_sha256 differs from the audit log (edited manifest?)", e.ID)
		}
		if err := checkFile(obj, owner); err != nil {
			return rep, err
		}
		if e.Run != "" {
			rp := reportsDir + "/" + e.ID + "-" + e.Run + ".age"
			if t.report != rp {
				problem("manifest.json: %s: run %s is not the redaction run the audit log records (edited manifest?)", e.ID, e.Run)
			} else {
				if rec := st.files[rp]; rec.SHA256 != e.ReportSHA256 {
					problem("manifest.json: %s: report_sha256 differs from the audit log (edited manifest?)", e.ID)
				}
				if fields := redactFieldsDiffer(e, t.redact); len(fields) > 0 {
					problem("manifest.json: %s: %s differ%s from the audit log's redact entry (edited manifest?)",
						e.ID, strings.Join(fields, ", "), map[bool]string{true: "s"}[len(fields) == 1])
				}
				if err := checkFile(rp, owner); err != nil {
					return rep, err
				}
			}
		}
		if e.Amendments != "" {
			if err := checkFile(amendmentsDir+"/"+e.ID+"-"+e.Amendments+".age", owner); err != nil {
				return rep, err
			}
		}
		if e.Status == StatusReleased && (t.released == "" || t.released != e.OutputSHA256) {
			problem("manifest.json: %s: status released, but the audit log records no release of this redaction run (edited manifest?)", e.ID)
		}
	}
	for _, id := range slices.Sorted(maps.Keys(st.testimonies)) {
		if t := st.testimonies[id]; t.ingested && !t.withdrawn && m.byID[id] == nil {
			problem("%s: the audit log records its ingest and no withdrawal, but manifest.json has no entry (removed?)", id)
		}
	}

	// Files outside the catalogue (secret.age and any other encrypted file a step recorded).
	for _, rel := range slices.Sorted(maps.Keys(st.files)) {
		if !isTestimonyFile(rel) {
			if err := checkFile(rel, ""); err != nil {
				return rep, err
			}
		}
	}
	// Every encrypted file on disk must be one the audit log records.
	onDisk, err := ageFiles(a.dir)
	if err != nil {
		return rep, err
	}
	for _, rel := range onDisk {
		if _, ok := st.files[rel]; !ok {
			problem("%s: not recorded in the audit log (an added file, or one left by an interrupted command)", rel)
		}
	}

	if len(ids) > 0 {
		for _, rel := range onDisk {
			if err := a.decryptCheck(rel, ids); err != nil {
				problem("%s: %v", rel, err)
			}
		}
	}
	sort.Strings(rep.Problems)
	return rep, nil
}

// decryptCheck decrypts one file to nothing (objects: checks the original's hash too).
func (a *Archive) decryptCheck(rel string, ids []age.Identity) error {
	if id, ok := strings.CutPrefix(rel, objectsDir+"/"); ok && idPattern.MatchString(strings.TrimSuffix(id, ".age")) {
		if _, _, err := a.readObject(ids, strings.TrimSuffix(id, ".age")); err != nil {
			return fmt.Errorf("decryption failed: %w", err)
		}
		return nil
	}
	f, err := os.Open(filepath.Join(a.dir, filepath.FromSlash(rel)))
	if err != nil {
		return err
	}
	defer f.Close()
	r, err := age.Decrypt(bufio.NewReader(f), ids...)
	if err == nil {
		_, err = io.Copy(io.Discard, r)
	}
	if err != nil {
		return fmt.Errorf("decryption failed: %w", err)
	}
	return nil
}

// auditState is what the audit log says the archive holds.
type auditState struct {
	files       map[string]audit.FileSum // every encrypted file it records, by slash path
	testimonies map[string]*auditTestimony
}

type auditTestimony struct {
	ingested, withdrawn bool
	report              string       // path of the latest report recorded
	redact              *audit.Entry // the redact entry that recorded it
	released            string       // output hash of the last release of that report's run
}

// replayAudit reads the log in order. An entry's Files set or replace the record of those
// paths (rekey replaces hashes under the same path); an ingest entry without Files (before
// they were recorded) gives the object's hash only; a new report of a testimony supersedes
// its older ones; a withdrawal removes its files.
func replayAudit(entries []audit.Entry) *auditState {
	st := &auditState{files: map[string]audit.FileSum{}, testimonies: map[string]*auditTestimony{}}
	for i := range entries {
		e := &entries[i]
		var t *auditTestimony
		if e.Testimony != "" {
			t = st.testimonies[e.Testimony]
			if t == nil {
				t = &auditTestimony{}
				st.testimonies[e.Testimony] = t
			}
		}
		switch {
		case t != nil && e.Action == "withdraw":
			t.withdrawn = true
			for p := range st.files {
				if testimonyOf(p) == e.Testimony {
					delete(st.files, p)
				}
			}
			continue
		case t != nil && e.Action == "ingest":
			t.ingested = true
			if len(e.Files) == 0 && e.OutputSHA256 != "" {
				st.files[objectsDir+"/"+e.Testimony+".age"] = audit.FileSum{SHA256: e.OutputSHA256, Size: -1}
			}
		case t != nil && e.Action == "index" && e.OutputSHA256 != "":
			t.released = e.OutputSHA256
		}
		for _, p := range slices.Sorted(maps.Keys(e.Files)) {
			if id := testimonyOf(p); id != "" && strings.HasPrefix(p, reportsDir+"/") {
				tt := st.testimonies[id]
				if tt == nil {
					tt = &auditTestimony{}
					st.testimonies[id] = tt
				}
				if tt.report != p { // a new run: what was released before is not this run
					if tt.report != "" {
						delete(st.files, tt.report)
					}
					tt.report, tt.redact, tt.released = p, e, ""
				}
			}
			if id := testimonyOf(p); id != "" && strings.HasPrefix(p, amendmentsDir+"/") {
				supersedeAmendments(st, id, p)
			}
			st.files[p] = e.Files[p]
		}
	}
	return st
}

// supersedeAmendments drops the records of a testimony's older amendments files: a review
// amendment writes a new one and deletes the old.
func supersedeAmendments(st *auditState, id, current string) {
	for p := range st.files {
		if p != current && strings.HasPrefix(p, amendmentsDir+"/") && testimonyOf(p) == id {
			delete(st.files, p)
		}
	}
}

// testimonyOf returns the testimony an object, report or amendments path belongs to, or "".
func testimonyOf(p string) string {
	dir, name := path.Split(p)
	name = strings.TrimSuffix(name, ".age")
	switch dir {
	case objectsDir + "/":
		return name
	case reportsDir + "/", amendmentsDir + "/":
		id, _, _ := strings.Cut(name, "-")
		return id
	}
	return ""
}

func isTestimonyFile(p string) bool { return testimonyOf(p) != "" }

// redactFieldsDiffer names the manifest fields that disagree with the redact entry.
func redactFieldsDiffer(e *manifestEntry, r *audit.Entry) []string {
	if r == nil {
		return nil
	}
	var out []string
	if r.Action != "redact" {
		return nil // recorded by another step (a re-keyed report keeps its redact entry)
	}
	if e.Policy != r.Policy {
		out = append(out, "policy")
	}
	if e.PolicyVersion != r.PolicyVersion {
		out = append(out, "policy_version")
	}
	if e.PolicySHA256 != r.PolicySHA256 {
		out = append(out, "policy_sha256")
	}
	if e.OutputSHA256 != r.OutputSHA256 {
		out = append(out, "output_sha256")
	}
	if !maps.Equal(e.Counts, r.Counts) {
		out = append(out, "counts")
	}
	return out
}

// compareSum says how a file differs from its record, or "" if it does not.
func compareSum(got, want audit.FileSum) string {
	switch {
	case got.SHA256 == want.SHA256:
		return ""
	case want.Size < 0:
		return "changed: its SHA-256 differs from the audit log's record"
	case got.Size < want.Size:
		return fmt.Sprintf("truncated: %d bytes, the audit log records %d", got.Size, want.Size)
	case got.Size > want.Size:
		return fmt.Sprintf("grown: %d bytes, the audit log records %d (bytes added)", got.Size, want.Size)
	}
	return "changed: same size as recorded, different SHA-256 (altered bytes)"
}

// sumFile returns a file's SHA-256 and size.
func sumFile(p string) (audit.FileSum, error) {
	f, err := os.Open(p)
	if err != nil {
		return audit.FileSum{}, err
	}
	defer f.Close()
	h := newHasher()
	n, err := io.Copy(h, f)
	if err != nil {
		return audit.FileSum{}, err
	}
	return audit.FileSum{SHA256: h.Sum(), Size: n}, nil
}

// fileSums is the audit record of one encrypted file just written, whose SHA-256 is known.
// It returns nil if the file cannot be stat'ed: then check --read-data reports the file as
// not recorded, rather than trusting a guess.
func (a *Archive) fileSums(p, sum string) map[string]audit.FileSum {
	fi, err := os.Stat(p)
	if err != nil {
		return nil
	}
	return a.fileSum(p, sum, fi.Size())
}

// fileSum is fileSums for a file whose size the caller knows: it wrote it (no stat).
func (a *Archive) fileSum(p, sum string, size int64) map[string]audit.FileSum {
	rel, err := filepath.Rel(a.dir, p)
	if err != nil {
		return nil
	}
	return map[string]audit.FileSum{filepath.ToSlash(rel): {SHA256: sum, Size: size}}
}

// ageFiles lists every encrypted file of the archive (slash paths, sorted): *.age anywhere
// but the index directories and rekey/, temporary files excluded.
func ageFiles(dir string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel == rekeyDir || indexNamePattern.MatchString(rel) {
				return filepath.SkipDir // a rekey's staged files; the index holds no *.age
			}
			return nil
		}
		if strings.HasSuffix(d.Name(), ".age") && !isTemp(d.Name()) && d.Type().IsRegular() {
			out = append(out, rel)
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

// ageFileSums records every encrypted file of the archive (for the init and rekey entries).
func ageFileSums(dir string) (map[string]audit.FileSum, error) {
	files, err := ageFiles(dir)
	if err != nil {
		return nil, err
	}
	out := make(map[string]audit.FileSum, len(files))
	for _, rel := range files {
		s, err := sumFile(filepath.Join(dir, filepath.FromSlash(rel)))
		if err != nil {
			return nil, err
		}
		out[rel] = s
	}
	return out, nil
}
