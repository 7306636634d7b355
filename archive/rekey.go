package archive

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"filippo.io/age"
	"github.com/testimony-archive/testimony/archive/audit"
)

// rekeyDir holds a rekey in progress: the new ciphertexts (mirroring their paths) and, once
// every one of them is durable, the journal that commits the rekey.
const (
	rekeyDir     = "rekey"
	rekeyJournal = "journal.json"
)

// RekeyOptions names the new recipient set, as Init takes it.
type RekeyOptions struct {
	Recipients     []string // age recipient strings (-r)
	RecipientsFile string   // a recipients file (-R)
	Actor          string   // recorded in the audit log
}

// RekeyResult says what a rekey re-encrypted.
type RekeyResult struct {
	Files, Objects, Reports, Other int
	Recipients                     []string
	// Skipped lists the staged files a check --repair that finished the rekey found removed
	// or rewritten (with the manifest recording the new file) since the rekey committed.
	Skipped []string
}

// rekeyCrashHook lets tests stop a rekey between two steps, as a crash would; nil otherwise.
var rekeyCrashHook func(stage string) error

// rekeyJournalFile is rekey/journal.json: what the rekey changes. It holds no secret: paths,
// hashes, sizes and the new public recipients.
type rekeyJournalFile struct {
	Format     int           `json:"format"`
	Rekey      string        `json:"rekey"` // random ID, named in the audit entry
	Actor      string        `json:"actor"`
	Recipients []string      `json:"recipients"`
	Files      []rekeyedFile `json:"files"`
}

type rekeyedFile struct {
	Path string        `json:"path"` // slash path in the archive
	Old  audit.FileSum `json:"old"`
	New  audit.FileSum `json:"new"`
}

// Rekey re-encrypts every encrypted file of the archive (objects, reports, secret.age and any
// other *.age file) to a new recipient set; ids must decrypt all of them. It is atomic in two
// phases. First every file is decrypted and re-encrypted, as a stream, into rekey/ and made
// durable; any failure (a file ids cannot decrypt, a full disk) removes rekey/ and leaves the
// archive as it was. Then rekey/journal.json is written, which commits the rekey: testimony.toml
// gets the new recipients, each new file is renamed over its old one, the manifest gets the new
// ciphertext hashes, the audit log a rekey entry per testimony (with the new hashes) and one
// with the counts and the new recipients' fingerprints, and rekey/ is removed. A crash before
// the journal leaves staged files check --repair deletes (roll back); after it, check --repair
// finishes the rekey without a key (roll forward). At every point each file is decryptable by
// the old identities or by the new ones.
func (a *Archive) Rekey(ids []age.Identity, opts RekeyOptions) (*RekeyResult, error) {
	if len(ids) == 0 {
		return nil, errors.New("rekey needs an identity (-i) that decrypts the archive")
	}
	strs, err := recipientList(opts.Recipients, opts.RecipientsFile)
	if err != nil {
		return nil, fmt.Errorf("rekey: %w", err)
	}
	if len(strs) == 0 {
		return nil, errors.New("rekey: give the new recipients (-r or -R)")
	}
	recipients, err := parseRecipients(strs)
	if err != nil {
		return nil, fmt.Errorf("rekey: %w", err)
	}
	unlock, err := a.lock(context.Background())
	if err != nil {
		return nil, err
	}
	defer unlock()
	if _, err := os.Stat(filepath.Join(a.dir, rekeyDir, rekeyJournal)); err == nil {
		return nil, errors.New("rekey: an earlier rekey was interrupted; run check --repair to finish it first")
	}
	c := &checker{a: a, rep: &CheckReport{Problems: []string{}, Repaired: []string{}}}
	if err := c.run(); err != nil {
		return nil, fmt.Errorf("rekey: check: %w", err)
	}
	if len(c.rep.Problems) > 0 {
		return nil, fmt.Errorf("rekey: check finds %d problem(s) (first: %s); run check --repair first", len(c.rep.Problems), c.rep.Problems[0])
	}

	j, err := a.stageRekey(ids, recipients)
	if err != nil {
		if !errors.Is(err, errSimulatedCrash) {
			os.RemoveAll(filepath.Join(a.dir, rekeyDir))
		}
		return nil, err
	}
	j.Recipients, j.Actor = strs, actorOr(opts.Actor)
	b, err := json.MarshalIndent(j, "", " ")
	if err != nil {
		return nil, err
	}
	if err := writeFileAtomic(filepath.Join(a.dir, rekeyDir, rekeyJournal), append(b, '\n')); err != nil {
		os.RemoveAll(filepath.Join(a.dir, rekeyDir))
		return nil, fmt.Errorf("rekey: journal: %w", err)
	}
	if err := syncDir(a.dir); err != nil {
		return nil, err
	}
	if err := rekeyStage("journal"); err != nil {
		return nil, err
	}
	res, err := a.finishRekey(j)
	if err != nil {
		return nil, fmt.Errorf("rekey: %w (the rekey is committed: check --repair finishes it)", err)
	}
	if res.Files != len(j.Files) {
		// The lock was held throughout: a staged file gone or replaced is a change made
		// outside the program, and check --read-data is the way to see what else changed.
		return res, fmt.Errorf("rekey: %d of %d files re-encrypted; removed or replaced while the rekey ran: %s (run check --read-data)",
			res.Files, len(j.Files), strings.Join(res.Skipped, ", "))
	}
	return res, nil
}

var errSimulatedCrash = errors.New("simulated crash")

func rekeyStage(stage string) error {
	if rekeyCrashHook != nil {
		return rekeyCrashHook(stage)
	}
	return nil
}

// stageRekey writes the new ciphertext of every encrypted file under rekey/ and makes it
// durable. Plaintext exists only in memory, one age chunk at a time.
func (a *Archive) stageRekey(ids []age.Identity, recipients []age.Recipient) (*rekeyJournalFile, error) {
	stage := filepath.Join(a.dir, rekeyDir)
	if err := os.RemoveAll(stage); err != nil { // ciphertext a rekey that never committed left
		return nil, err
	}
	files, err := ageFiles(a.dir)
	if err != nil {
		return nil, err
	}
	j := &rekeyJournalFile{Format: FormatVersion, Rekey: randomHex(8)}
	var staged []string
	dirs := map[string]bool{stage: true}
	for i, rel := range files {
		src := filepath.Join(a.dir, filepath.FromSlash(rel))
		dst := filepath.Join(stage, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(dst), dirMode); err != nil {
			return nil, err
		}
		dirs[filepath.Dir(dst)] = true
		old, err := sumFile(src)
		if err != nil {
			return nil, fmt.Errorf("rekey: %s: %w", rel, err)
		}
		sum, err := writeEncryptedSync(dst, recipients, func(w io.Writer) error {
			return decryptTo(w, src, ids)
		}, false)
		if err != nil {
			return nil, fmt.Errorf("rekey: %s: %v; nothing was changed", rel, err)
		}
		fi, err := os.Stat(dst)
		if err != nil {
			return nil, err
		}
		staged = append(staged, dst)
		j.Files = append(j.Files, rekeyedFile{Path: rel, Old: old, New: audit.FileSum{SHA256: sum, Size: fi.Size()}})
		if i == len(files)/2 {
			if err := rekeyStage("staging"); err != nil {
				return nil, err
			}
		}
	}
	if err := syncEach(staged, slices.Sorted(maps.Keys(dirs))); err != nil {
		return nil, fmt.Errorf("rekey: %w", err)
	}
	return j, nil
}

// decryptTo streams the plaintext of the age file src into w.
func decryptTo(w io.Writer, src string, ids []age.Identity) error {
	f, err := os.Open(src)
	if err != nil {
		return err
	}
	defer f.Close()
	r, err := age.Decrypt(bufio.NewReader(f), ids...)
	if err != nil {
		return err
	}
	_, err = io.Copy(w, r)
	return err
}

// finishRekey carries out a committed rekey. Every step can run again after a crash: a file
// that already has its new hash is left alone, and the audit entries are written once.
func (a *Archive) finishRekey(j *rekeyJournalFile) (*RekeyResult, error) {
	stage := filepath.Join(a.dir, rekeyDir)
	if !slices.Equal(a.cfg.Recipients, j.Recipients) {
		cfg := a.cfg
		cfg.Recipients = j.Recipients
		if err := writeConfig(a.dir, cfg); err != nil {
			return nil, fmt.Errorf("%s: %w", configName, err)
		}
		recipients, err := parseRecipients(j.Recipients)
		if err != nil {
			return nil, err
		}
		a.cfg, a.recipients = cfg, recipients
	}
	if err := rekeyStage("config"); err != nil {
		return nil, err
	}
	m, err := readManifest(a.dir)
	if err != nil {
		return nil, err
	}
	res := &RekeyResult{Recipients: j.Recipients}
	done := map[string]audit.FileSum{}
	dirs := map[string]bool{}
	for i, f := range j.Files {
		dst := filepath.Join(a.dir, filepath.FromSlash(f.Path))
		src := filepath.Join(stage, filepath.FromSlash(f.Path))
		cur, err := sumFile(dst)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			// Removed since (a withdrawal, a new run): nothing is left encrypted to the old key.
			os.Remove(src)
			res.Skipped = append(res.Skipped, f.Path)
			continue
		case err != nil:
			return nil, fmt.Errorf("%s cannot be read (%w); it may still be encrypted to the old recipients", f.Path, err)
		case cur.SHA256 == f.New.SHA256:
			os.Remove(src)
		case cur.SHA256 == f.Old.SHA256:
			if s, serr := sumFile(src); serr != nil || s.SHA256 != f.New.SHA256 {
				return nil, fmt.Errorf("%s: its new ciphertext in %s/ is missing or damaged; the file is still encrypted to the old recipients (run rekey again)", f.Path, rekeyDir)
			}
			if err := os.Rename(src, dst); err != nil {
				return nil, err
			}
			dirs[filepath.Dir(dst)] = true
		case !m.refersTo(f.Path, f.Old.SHA256):
			// Rewritten since, and the manifest records the new file: nothing to replace.
			os.Remove(src)
			res.Skipped = append(res.Skipped, f.Path)
			continue
		default:
			return nil, fmt.Errorf("%s holds neither the old nor the new ciphertext the rekey journal records (changed outside the program?); the rekey is not finished", f.Path)
		}
		done[f.Path] = f.New
		switch {
		case strings.HasPrefix(f.Path, objectsDir+"/"):
			res.Objects++
		case strings.HasPrefix(f.Path, reportsDir+"/"):
			res.Reports++
		default:
			res.Other++
		}
		if i == len(j.Files)/2 {
			if err := rekeyStage("renaming"); err != nil {
				return nil, err
			}
		}
	}
	res.Files = len(done)
	for d := range dirs {
		if err := syncDir(d); err != nil {
			return nil, err
		}
	}
	if err := rekeyStage("renamed"); err != nil {
		return nil, err
	}

	old := map[string]string{}
	for _, f := range j.Files {
		old[f.Path] = f.Old.SHA256
	}
	changed := false
	for _, e := range m.Entries {
		obj := objectsDir + "/" + e.ID + ".age"
		if n, ok := done[obj]; ok && e.ObjectSHA256 == old[obj] {
			e.ObjectSHA256, changed = n.SHA256, true
		}
		if e.Amendments != "" {
			ap := amendmentsDir + "/" + e.ID + "-" + e.Amendments + ".age"
			if n, ok := done[ap]; ok && e.AmendmentsSHA256 == old[ap] {
				e.AmendmentsSHA256, changed = n.SHA256, true
			}
		}
		if e.Run == "" {
			continue
		}
		rp := reportsDir + "/" + e.ID + "-" + e.Run + ".age"
		if n, ok := done[rp]; ok && e.ReportSHA256 == old[rp] {
			e.ReportSHA256, changed = n.SHA256, true
		}
	}
	if changed {
		if err := writeManifest(a.dir, m); err != nil {
			return nil, err
		}
	}
	if err := rekeyStage("manifest"); err != nil {
		return nil, err
	}
	if err := a.auditRekey(j, done, res); err != nil {
		return nil, err
	}
	if err := rekeyStage("audited"); err != nil {
		return nil, err
	}
	if err := os.RemoveAll(stage); err != nil {
		return nil, err
	}
	return res, syncDir(a.dir)
}

// auditRekey appends, once per rekey, one entry per testimony with its new hashes and a last
// entry with the counts, the other files' new hashes and the new recipients' fingerprints.
func (a *Archive) auditRekey(j *rekeyJournalFile, done map[string]audit.FileSum, res *RekeyResult) error {
	tag := "rekey " + j.Rekey + ":"
	entries, err := audit.Read(a.auditPath())
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.Action == "rekey" && e.Testimony == "" && strings.HasPrefix(e.Detail, tag) {
			return nil
		}
	}
	per := map[string]map[string]audit.FileSum{}
	other := map[string]audit.FileSum{}
	for p, s := range done {
		if id := testimonyOf(p); id != "" {
			if per[id] == nil {
				per[id] = map[string]audit.FileSum{}
			}
			per[id][p] = s
		} else {
			other[p] = s
		}
	}
	var out []audit.Entry
	for _, id := range slices.Sorted(maps.Keys(per)) {
		out = append(out, audit.Entry{Actor: j.Actor, Action: "rekey", Testimony: id, Files: per[id],
			Detail: tag + " re-encrypted to the new recipients"})
	}
	fps := make([]string, len(j.Recipients))
	for i, r := range j.Recipients {
		fps[i] = RecipientFingerprint(r)
	}
	out = append(out, audit.Entry{Actor: j.Actor, Action: "rekey", Files: other,
		Counts: map[string]int{"files": res.Files, "objects": res.Objects, "reports": res.Reports, "other": res.Other, "recipients": len(j.Recipients)},
		Detail: fmt.Sprintf("%s %d file(s) re-encrypted to %d recipient(s): %s", tag, res.Files, len(j.Recipients), strings.Join(fps, ", "))})
	_, err = audit.Append(a.auditPath(), out...)
	return err
}

// RecipientFingerprint is how the audit log names a recipient: "SHA256:" and the first 16 hex
// digits of the SHA-256 of its string form.
func RecipientFingerprint(r string) string {
	s := sha256.Sum256([]byte(strings.TrimSpace(r)))
	return "SHA256:" + hex.EncodeToString(s[:8])
}

// committedRecipients returns the recipients new files must be encrypted to: those of a
// committed but unfinished rekey (its journal) if there is one, else the configured ones. So
// an ingest between a crash and the check --repair that finishes the rekey writes nothing
// only the old key opens.
func committedRecipients(dir string, configured []string) []string {
	b, err := os.ReadFile(filepath.Join(dir, rekeyDir, rekeyJournal))
	if err != nil {
		return configured
	}
	j := &rekeyJournalFile{}
	if json.Unmarshal(b, j) != nil || len(j.Recipients) == 0 {
		return configured
	}
	return j.Recipients
}

// rekeyLeftovers is check's view of rekey/: a committed rekey (journal present) is finished
// by repair; staged files without a journal (a rekey that never committed) are deleted.
func (c *checker) rekeyLeftovers() error {
	stage := filepath.Join(c.a.dir, rekeyDir)
	if _, err := os.Stat(stage); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	b, err := os.ReadFile(filepath.Join(stage, rekeyJournal))
	if errors.Is(err, fs.ErrNotExist) {
		return c.found(rekeyDir+"/: new ciphertexts of a rekey that never committed (the archive still uses the old recipients)", func() (string, error) {
			if err := os.RemoveAll(stage); err != nil {
				return "", err
			}
			return rekeyDir + "/: removed (rekey rolled back)", syncDir(c.a.dir)
		})
	}
	if err != nil {
		return err
	}
	j := &rekeyJournalFile{}
	if err := json.Unmarshal(b, j); err != nil || j.Rekey == "" {
		c.rep.Problems = append(c.rep.Problems, rekeyDir+"/"+rekeyJournal+" is malformed (not repairable: rekey/ holds the new ciphertexts; restore or run rekey again)")
		return nil
	}
	return c.found(fmt.Sprintf("rekey %s was interrupted after it committed: some files may still be encrypted to the old recipients", j.Rekey), func() (string, error) {
		if !c.a.auditWritable() {
			if _, err := audit.RepairTail(c.a.auditPath()); err != nil {
				return "", err
			}
		}
		res, err := c.a.finishRekey(j)
		if err != nil {
			return "", err
		}
		did := fmt.Sprintf("rekey %s finished: %d file(s) now encrypted to the new recipients", j.Rekey, res.Files)
		if len(res.Skipped) > 0 {
			did += fmt.Sprintf("; skipped %s (removed or rewritten since the rekey committed)", strings.Join(res.Skipped, ", "))
		}
		return did, nil
	})
}

// refersTo reports whether the manifest still records the file at rel with the SHA-256 sum.
// Files outside the catalogue (secret.age) are always referred to.
func (m *manifest) refersTo(rel, sum string) bool {
	id := testimonyOf(rel)
	if id == "" {
		return true
	}
	e := m.byID[id]
	if e == nil {
		return false
	}
	switch {
	case rel == objectsDir+"/"+id+".age":
		return e.ObjectSHA256 == sum
	case e.Run != "" && rel == reportsDir+"/"+id+"-"+e.Run+".age":
		return e.ReportSHA256 == sum
	case e.Amendments != "" && rel == amendmentsDir+"/"+id+"-"+e.Amendments+".age":
		return e.AmendmentsSHA256 == sum
	}
	return false
}
