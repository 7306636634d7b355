package archive

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"filippo.io/age"
	"github.com/testimony-archive/testimony/archive/audit"
	"github.com/testimony-archive/testimony/index"
)

// searchTimeout is how long a reader waits for the index before saying the archive is busy.
var searchTimeout = 2 * time.Second

// Entry is one testimony in the listing: nothing that could identify anyone.
type Entry struct {
	ID       string    `json:"id"`
	Ingested time.Time `json:"ingested"`
	Policy   string    `json:"policy"`
	Status   string    `json:"status"`
}

// List lists every testimony, oldest first.
func (a *Archive) List() ([]Entry, error) {
	m, err := readManifest(a.dir)
	if err != nil {
		return nil, err
	}
	out := make([]Entry, 0, len(m.Entries))
	for _, e := range m.Entries {
		out = append(out, Entry{ID: e.ID, Ingested: e.Ingested, Policy: e.Policy, Status: e.Status})
	}
	return out, nil
}

// entry returns the manifest entry of id or a clear error.
func (a *Archive) entry(id string) (*manifestEntry, *manifest, error) {
	if err := checkID(id); err != nil {
		return nil, nil, err
	}
	m, err := readManifest(a.dir)
	if err != nil {
		return nil, nil, err
	}
	e := m.byID[id]
	if e == nil {
		return nil, nil, fmt.Errorf("no testimony %s in this archive", id)
	}
	return e, m, nil
}

// Show returns the redacted copy of a released testimony.
func (a *Archive) Show(id string) (title, text string, err error) {
	e, _, err := a.entry(id)
	if err != nil {
		return "", "", err
	}
	switch e.Status {
	case StatusReleased:
	case StatusReview:
		return "", "", fmt.Errorf("testimony %s is held for review: no redacted copy is released yet", id)
	case StatusPending:
		return "", "", fmt.Errorf("testimony %s is pending: its redaction did not complete, so there is no redacted copy", id)
	case StatusRejected:
		return "", "", fmt.Errorf("testimony %s was rejected by a reviewer: no redacted copy is released", id)
	default:
		return "", "", fmt.Errorf("testimony %s is being withdrawn", id)
	}
	ix, err := a.openReadOnly()
	if err != nil {
		return "", "", err
	}
	defer ix.Close()
	title, text, err = ix.Get(id)
	if err != nil {
		return "", "", fmt.Errorf("show %s: %w (run check)", id, err)
	}
	return title, text, nil
}

func (a *Archive) openReadOnly() (*index.Index, error) {
	dir, err := a.indexDir()
	if err != nil {
		return nil, err
	}
	ix, err := index.OpenReadOnly(dir, searchTimeout)
	if err != nil {
		// A reindex may have switched indexes (and removed the old one) between resolving
		// and opening: open the one in service now.
		if now, rerr := a.indexDir(); rerr == nil && now != dir {
			ix, err = index.OpenReadOnly(now, searchTimeout)
		}
	}
	if errors.Is(err, index.ErrBusy) {
		return nil, ErrBusy
	}
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	return ix, nil
}

// Search searches the index read-only. It needs no key. If a writer holds the index it waits
// briefly and then returns [ErrBusy].
func (a *Archive) Search(req index.Request) (*index.Result, error) {
	ix, err := a.openReadOnly()
	if err != nil {
		return nil, err
	}
	defer ix.Close()
	return ix.Search(req)
}

// Reveal decrypts and returns the original bytes exactly as ingested, and audits it. The
// reason is written to the audit log as given; one that carries testimony text is refused.
func (a *Archive) Reveal(ids []age.Identity, id, actor, reason string) ([]byte, error) {
	if len(ids) == 0 {
		return nil, errors.New("reveal needs an identity (-i)")
	}
	if err := checkID(id); err != nil {
		return nil, err
	}
	if a.cfg.RevealReasonRequired && strings.TrimSpace(reason) == "" {
		return nil, fmt.Errorf("reveal %s: this archive requires a reason for every reveal (--reason TEXT); nothing was decrypted", id)
	}
	unlock, err := a.lock(context.Background())
	if err != nil {
		return nil, err
	}
	defer unlock()
	e, _, err := a.entry(id)
	if err != nil {
		return nil, err
	}
	if e.Status == statusWithdrawing {
		return nil, fmt.Errorf("testimony %s is being withdrawn", id)
	}
	hdr, original, err := a.readObject(ids, id)
	if err != nil {
		return nil, err
	}
	if err := a.checkRevealReason(ids, e, hdr.Source, original, reason); err != nil {
		return nil, err
	}
	detail := "original revealed"
	if r := strings.TrimSpace(reason); r != "" {
		detail += "; reason: " + truncate(r, 200)
	}
	if _, err := audit.Append(a.auditPath(), audit.Entry{Actor: actorOr(actor), Action: "reveal", Testimony: id,
		Detail: detail}); err != nil {
		return nil, fmt.Errorf("reveal %s: could not record the reveal, so nothing is revealed: %w", id, err)
	}
	return original, nil
}

func truncate(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	for n > 0 && (s[n]&0xc0) == 0x80 {
		n--
	}
	return s[:n]
}

// readObject decrypts objects/<id>.age and checks the original against its recorded hash.
func (a *Archive) readObject(ids []age.Identity, id string) (*objectHeader, []byte, error) {
	plain, err := decryptFile(a.objectPath(id), ids)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil, fmt.Errorf("testimony %s: its encrypted original is missing (run check)", id)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("testimony %s: %w", id, err)
	}
	nl := bytes.IndexByte(plain, '\n')
	if nl < 0 {
		return nil, nil, fmt.Errorf("testimony %s: the stored object is malformed", id)
	}
	var h objectHeader
	if err := json.Unmarshal(plain[:nl], &h); err != nil {
		return nil, nil, fmt.Errorf("testimony %s: the stored object is malformed", id)
	}
	original := plain[nl+1:]
	if len(original) != h.Size || sha256Hex(original) != h.SHA256 {
		return nil, nil, fmt.Errorf("testimony %s: the stored original does not match its recorded hash", id)
	}
	return &h, original, nil
}

// Withdraw removes a testimony from the store, the index and every derived file. The
// identities must decrypt the testimony: that is the proof of authority. The audit log keeps
// only that it happened.
func (a *Archive) Withdraw(ids []age.Identity, id, actor string) error {
	if len(ids) == 0 {
		return errors.New("withdraw needs an identity (-i) that can decrypt the testimony")
	}
	if err := checkID(id); err != nil {
		return err
	}
	unlock, err := a.lock(context.Background())
	if err != nil {
		return err
	}
	defer unlock()
	e, m, err := a.entry(id)
	if err != nil {
		return err
	}
	if m.Reindex != nil {
		return errors.New("withdraw: a reindex was interrupted; run check --repair to finish it")
	}
	if e.Status != statusWithdrawing {
		if _, _, err := a.readObject(ids, id); err != nil {
			return fmt.Errorf("withdraw: %w", err)
		}
		e.Status = statusWithdrawing
		if err := writeManifest(a.dir, m); err != nil {
			return fmt.Errorf("withdraw %s: %w", id, err)
		}
	}
	return a.finishWithdraw(m, id, actorOr(actor), nil)
}

// finishWithdraw deletes everything of a testimony marked withdrawing, audits it (once), and
// drops its manifest entry. ix may be nil (it is then opened here).
func (a *Archive) finishWithdraw(m *manifest, id, actor string, ix *index.Index) error {
	if ix == nil {
		var err error
		ix, err = a.openIndexWriter()
		if errors.Is(err, ErrBusy) {
			return ErrBusy
		}
		if err != nil {
			return fmt.Errorf("withdraw %s: index: %w", id, err)
		}
		defer ix.Close()
	}
	if err := ix.Delete(id); err != nil {
		return fmt.Errorf("withdraw %s: index: %w", id, err)
	}
	reps, _ := filepath.Glob(filepath.Join(a.dir, reportsDir, id+"-*.age"))
	for _, r := range reps {
		if err := os.Remove(r); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("withdraw %s: %w", id, err)
		}
	}
	if err := a.removeAmendments(id); err != nil {
		return fmt.Errorf("withdraw %s: %w", id, err)
	}
	if err := os.Remove(a.objectPath(id)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("withdraw %s: %w", id, err)
	}
	for _, d := range []string{reportsDir, objectsDir} {
		if err := syncDir(filepath.Join(a.dir, d)); err != nil {
			return err
		}
	}
	done, err := a.withdrawAudited(id)
	if err != nil {
		return err
	}
	if !done {
		if _, err := audit.Append(a.auditPath(), audit.Entry{Actor: actor, Action: "withdraw", Testimony: id,
			Detail: "testimony withdrawn: original, reports and index entry removed"}); err != nil {
			return fmt.Errorf("withdraw %s: %w", id, err)
		}
	}
	m.remove(id)
	if err := writeManifest(a.dir, m); err != nil {
		return fmt.Errorf("withdraw %s: %w", id, err)
	}
	return nil
}

func (a *Archive) withdrawAudited(id string) (bool, error) {
	return a.audited(func(e audit.Entry) bool { return e.Action == "withdraw" && e.Testimony == id })
}

// audited reports whether some audit entry satisfies match.
func (a *Archive) audited(match func(audit.Entry) bool) (bool, error) {
	es, err := audit.Read(a.auditPath())
	if err != nil {
		return false, err
	}
	for _, e := range es {
		if match(e) {
			return true, nil
		}
	}
	return false, nil
}

// AuditLog returns every audit entry in order.
func (a *Archive) AuditLog() ([]audit.Entry, error) { return audit.Read(a.auditPath()) }

// VerifyAudit checks the audit log (hash chain, head, Merkle tree, the stored checkpoint and
// its signature with the archive's key) and returns the number of entries verified.
func (a *Archive) VerifyAudit() (int, error) {
	res, err := a.VerifyAuditLog(nil, "")
	if err != nil {
		return 0, err
	}
	return int(res.Size), nil
}

// auditWritable reports whether the audit log ends with a complete entry (false also when it
// cannot be read: nothing is appended to a log that cannot be checked).
func (a *Archive) auditWritable() bool {
	complete, err := a.auditComplete()
	return err == nil && complete
}

// auditComplete reports whether the audit log ends with a complete entry (a missing or empty
// log does); err says that it cannot be read, which is not an incomplete entry.
func (a *Archive) auditComplete() (bool, error) {
	f, err := os.Open(a.auditPath())
	if errors.Is(err, os.ErrNotExist) {
		return true, nil
	}
	if err != nil {
		return false, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return false, err
	}
	if !st.Mode().IsRegular() {
		return false, fmt.Errorf("%s is not a regular file", auditName)
	}
	if st.Size() == 0 {
		return true, nil
	}
	b := make([]byte, 1)
	if _, err := f.ReadAt(b, st.Size()-1); err != nil {
		return false, err
	}
	return b[0] == '\n', nil
}
