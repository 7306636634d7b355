package archive

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"filippo.io/age"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/archive/audit"
	"github.com/testimony-archive/testimony/index"
	"github.com/testimony-archive/testimony/redact"
)

// Synthetic interviews for the release gate.
const powDoc = `Interviewer: Where were you held?
Private Ri Chol-ung: In a trench near Kursk, then in a camp. My unit was the 94th Brigade. I was 24.
Interviewer: Who waits for you?
Private Ri Chol-ung: My mother in Hamhung. I have a scar on my left cheek.
`

// "Grace" is a hymn here, not a person: the engine removes it (a false positive a reviewer
// keeps). "Golden Bell" is a restaurant the engine keeps and a reviewer wants removed.
const sundayDoc = `Interviewer: What did you do on Sundays?
Interviewee: We sang about Grace in the choir. We met at the Golden Bell restaurant near the market.
`

func ingestOne(t *testing.T, a *Archive, name, content string, opts IngestOptions) string {
	t.Helper()
	res, err := a.Ingest(context.Background(), []string{oneFile(t, name, content)}, opts)
	require.NoError(t, err)
	require.Len(t, res, 1)
	return res[0].ID
}

func hits(t *testing.T, a *Archive, q string) uint64 {
	t.Helper()
	sr, err := a.Search(index.Request{Query: q, Limit: 10})
	require.NoError(t, err)
	return sr.Total
}

func status(t *testing.T, a *Archive, id string) string {
	t.Helper()
	e, _, err := a.entry(id)
	require.NoError(t, err)
	return e.Status
}

func otherIdentity(t *testing.T) []age.Identity {
	t.Helper()
	id, err := age.GenerateX25519Identity()
	require.NoError(t, err)
	return []age.Identity{id}
}

func lastAudit(t *testing.T, a *Archive, action string) audit.Entry {
	t.Helper()
	es, err := a.AuditLog()
	require.NoError(t, err)
	for i := len(es) - 1; i >= 0; i-- {
		if es[i].Action == action {
			return es[i]
		}
	}
	t.Fatalf("no %s entry in the audit log", action)
	return audit.Entry{}
}

// A pow testimony waits for review, unsearchable; a wrong identity cannot approve it; the
// archive's identity approves it and only then is it searchable.
func TestApproveReleasesPowTestimony(t *testing.T) {
	a, ids := newTestArchive(t)
	id := ingestOne(t, a, "pow.txt", powDoc, IngestOptions{Policy: "pow"})
	require.Equal(t, StatusReview, status(t, a, id))
	assert.Zero(t, hits(t, a, "trench"))

	q, err := a.ReviewQueue()
	require.NoError(t, err)
	require.Len(t, q, 1)
	assert.Equal(t, id, q[0].ID)
	assert.Equal(t, "pow", q[0].Policy)
	assert.Equal(t, "1.2", q[0].PolicyVersion)
	assert.Equal(t, 1, q[0].Counts["military_unit"])

	before := snapshot(t, a.Dir())
	_, err = a.Approve(otherIdentity(t), id, "mallory", "")
	require.ErrorContains(t, err, "did not match any of the recipients")
	_, err = a.Approve(nil, id, "mallory", "")
	require.Error(t, err)
	assert.Equal(t, before, snapshot(t, a.Dir()), "a refused approval changed the archive")
	assert.Zero(t, hits(t, a, "trench"))

	res, err := a.Approve(ids, id, "reviewer-1", "checked every span")
	require.NoError(t, err)
	assert.Equal(t, StatusReleased, res.Status)
	assert.Equal(t, uint64(1), hits(t, a, "trench"))
	_, text, err := a.Show(id)
	require.NoError(t, err)
	assert.Contains(t, text, "[Speaker A]: In a trench")
	assert.NotContains(t, text, "Chol-ung")
	assert.NotContains(t, text, "94th")
	e := lastAudit(t, a, "approve")
	assert.Equal(t, "reviewer-1", e.Actor)
	assert.Equal(t, id, e.Testimony)
	assert.Contains(t, e.Detail, "reason: checked every span")
	checkClean(t, a)

	_, err = a.Approve(ids, id, "reviewer-1", "")
	require.ErrorContains(t, err, "is released")
}

func TestRejectKeepsItOut(t *testing.T) {
	a, ids := newTestArchive(t)
	id := ingestOne(t, a, "pow.txt", powDoc, IngestOptions{Policy: "pow"})
	_, err := a.Reject(otherIdentity(t), id, "mallory", "")
	require.Error(t, err)
	require.Equal(t, StatusReview, status(t, a, id))

	_, err = a.Reject(ids, id, "reviewer-1", "consent unclear")
	require.NoError(t, err)
	assert.Equal(t, StatusRejected, status(t, a, id))
	assert.Zero(t, hits(t, a, "trench"))
	_, _, err = a.Show(id)
	require.ErrorContains(t, err, "rejected")
	_, err = a.Approve(ids, id, "reviewer-1", "")
	require.ErrorContains(t, err, "is rejected")
	q, err := a.ReviewQueue()
	require.NoError(t, err)
	assert.Empty(t, q)
	assert.Contains(t, lastAudit(t, a, "reject").Detail, "reason: consent unclear")
	checkClean(t, a)
	// The original and its report are kept, encrypted.
	rep, err := a.ReadData(ids)
	require.NoError(t, err)
	assert.Empty(t, rep.Problems)
	// Ingesting the same file again reports the rejected testimony, not a new one.
	res, err := a.Ingest(context.Background(), []string{oneFile(t, "pow.txt", powDoc)}, IngestOptions{Policy: "pow"})
	require.NoError(t, err)
	assert.Equal(t, id, res[0].ID)
	assert.Equal(t, StatusRejected, res[0].Status)
}

// A term the engine missed is removed once a reviewer adds it; the testimony goes back to
// review (out of the index); the term is in no file the archive wrote, nor in any error.
func TestAddTermRemovesItEverywhere(t *testing.T) {
	a, ids := newTestArchive(t)
	id := ingestOne(t, a, "sunday.txt", sundayDoc, IngestOptions{})
	require.Equal(t, StatusReleased, status(t, a, id))
	require.Equal(t, uint64(1), hits(t, a, "Golden"), "precondition: the engine keeps the restaurant")

	_, err := a.Amend(otherIdentity(t), id, Amendment{Terms: []string{"Golden Bell"}, Actor: "mallory"})
	require.Error(t, err)
	_, err = a.Amend(ids, id, Amendment{Terms: []string{"Silver Lantern"}, Actor: "reviewer-1"})
	require.ErrorContains(t, err, "does not occur")
	assert.NotContains(t, err.Error(), "Silver")
	require.Equal(t, StatusReleased, status(t, a, id))

	res, err := a.Amend(ids, id, Amendment{Terms: []string{"Golden Bell"}, Actor: "reviewer-1"})
	require.NoError(t, err)
	assert.Equal(t, StatusReview, res.Status)
	assert.Zero(t, hits(t, a, "Golden"), "a released testimony must leave the index when amended")
	assert.Zero(t, hits(t, a, "market"))
	assert.Equal(t, 1, res.Counts["sensitive_term"])

	page, err := a.ReviewShow(ids, id, ShowOptions{Actor: "reviewer-1"})
	require.NoError(t, err)
	assert.Equal(t, []string{"Golden Bell"}, page.AddedTerms)
	assert.NotContains(t, page.Body().Redacted, "Golden")
	assert.Contains(t, page.Body().Redacted, "met at the [removed] restaurant")

	_, err = a.Approve(ids, id, "reviewer-1", "")
	require.NoError(t, err)
	assert.Equal(t, uint64(1), hits(t, a, "market"))
	assert.Zero(t, hits(t, a, "Golden"))
	assert.Empty(t, scanFiles(t, a.Dir(), []string{"Golden", "golden bell"}), "the added term is readable on disk")
	for _, e := range mustAudit(t, a) {
		b, _ := json.Marshal(e)
		assert.NotContains(t, strings.ToLower(string(b)), "golden")
	}
	assert.Contains(t, lastAudit(t, a, "amend").Detail, "1 sensitive term(s) added")
	checkClean(t, a)
	amFiles, _ := filepath.Glob(filepath.Join(a.Dir(), amendmentsDir, id+"-*.age"))
	assert.Len(t, amFiles, 1)
	reports, _ := filepath.Glob(filepath.Join(a.Dir(), reportsDir, id+"-*.age"))
	assert.Len(t, reports, 1, "the superseded report must be removed")

	// Withdrawal removes the amendments too.
	require.NoError(t, a.Withdraw(ids, id, "archivist"))
	amFiles, _ = filepath.Glob(filepath.Join(a.Dir(), amendmentsDir, "*"))
	assert.Empty(t, amFiles)
	checkClean(t, a)
}

func mustAudit(t *testing.T, a *Archive) []audit.Entry {
	t.Helper()
	es, err := a.AuditLog()
	require.NoError(t, err)
	return es
}

// The engine honours Document.Keep: a false positive a reviewer keeps stays readable in the
// new run, and the keep is recorded with its reason.
func TestKeepKeepsTheWord(t *testing.T) {
	a, ids := newTestArchive(t)
	id := ingestOne(t, a, "sunday.txt", sundayDoc, IngestOptions{Review: true})
	page, err := a.ReviewShow(ids, id, ShowOptions{})
	require.NoError(t, err)
	require.NotContains(t, page.Body().Redacted, "Grace", "precondition: the engine removes Grace")

	_, err = a.Amend(ids, id, Amendment{Keep: "Grace", Actor: "reviewer-1"})
	require.ErrorContains(t, err, "needs a reason")
	_, err = a.Amend(ids, id, Amendment{Keep: "Mercy", Reason: "x", Actor: "reviewer-1"})
	require.ErrorContains(t, err, "does not occur")
	res, err := a.Amend(ids, id, Amendment{Keep: "Grace", Reason: "a hymn, not a person", Actor: "reviewer-1"})
	require.NoError(t, err)
	assert.Equal(t, StatusReview, res.Status)
	assert.Contains(t, lastAudit(t, a, "amend").Detail, "reason: a hymn, not a person")

	page, err = a.ReviewShow(ids, id, ShowOptions{})
	require.NoError(t, err)
	assert.Contains(t, page.Body().Redacted, "We sang about Grace in the choir")
	require.Len(t, page.Kept, 1)
	assert.Equal(t, "a hymn, not a person", page.Kept[0].Reason)
	_, err = a.Approve(ids, id, "reviewer-1", "")
	require.NoError(t, err)
	assert.Equal(t, uint64(1), hits(t, a, "Grace"))

	// Adding the kept form as a term removes it again and drops the keep.
	_, err = a.Amend(ids, id, Amendment{Terms: []string{"grace"}, Actor: "reviewer-1"})
	require.NoError(t, err)
	page, err = a.ReviewShow(ids, id, ShowOptions{})
	require.NoError(t, err)
	assert.Empty(t, page.Kept)
	assert.NotContains(t, page.Body().Redacted, "Grace")
	checkClean(t, a)
}

// The engine itself honours Keep (not only the archive): the same document with and without.
func TestEngineHonoursKeep(t *testing.T) {
	a, _ := newTestArchive(t)
	eng, err := newPolicyCache(a, nil).engine("base")
	require.NoError(t, err)
	doc := redact.Document{ID: "tabcdefghijklmnopqrstu", Text: strings.SplitN(sundayDoc, "\n", 2)[1]}
	red, err := eng.Redact(doc)
	require.NoError(t, err)
	require.NotContains(t, red.Text(), "Grace")
	doc.Keep = []string{"grace"} // matched case-insensitively, like an allow list
	red, err = eng.Redact(doc)
	require.NoError(t, err)
	assert.Contains(t, red.Text(), "Grace")
	var kept bool
	for _, s := range red.Report().Spans {
		kept = kept || (s.Text == "Grace" && s.Action == redact.Keep)
	}
	assert.True(t, kept, "the report records the keep")
}

// Approve re-creates the redacted text and indexes it only if it is the reviewed output.
func TestApproveFailsClosed(t *testing.T) {
	t.Run("different output", func(t *testing.T) {
		a, ids := newTestArchive(t)
		id := ingestOne(t, a, "pow.txt", powDoc, IngestOptions{Policy: "pow"})
		old := redactDoc
		t.Cleanup(func() { redactDoc = old })
		redactDoc = func(e *redact.Engine, d redact.Document) (*redact.Redacted, error) {
			d.Text += "An extra line.\n"
			return e.Redact(d)
		}
		before := snapshot(t, a.Dir())
		_, err := a.Approve(ids, id, "reviewer-1", "")
		require.ErrorContains(t, err, "did not reproduce the reviewed output")
		assert.Equal(t, before, snapshot(t, a.Dir()))
		assert.Zero(t, hits(t, a, "trench"))
	})
	t.Run("policy changed since the run", func(t *testing.T) {
		a, ids := newTestArchive(t)
		id := ingestOne(t, a, "pow.txt", powDoc, IngestOptions{Policy: "pow"})
		pretendOldPolicy(t, a, ids, id)
		_, err := a.Approve(ids, id, "reviewer-1", "")
		require.ErrorContains(t, err, "a new run is needed")
		assert.Zero(t, hits(t, a, "trench"))
		// A new run with the policy as it is now can be reviewed and approved.
		_, err = a.Amend(ids, id, Amendment{Actor: "reviewer-1"})
		require.NoError(t, err)
		_, err = a.Approve(ids, id, "reviewer-1", "")
		require.NoError(t, err)
		assert.Equal(t, uint64(1), hits(t, a, "trench"))
		checkClean(t, a)
	})
}

// pretendOldPolicy rewrites the run's report and manifest entry as if an older version of
// the policy had made it.
func pretendOldPolicy(t *testing.T, a *Archive, ids []age.Identity, id string) {
	t.Helper()
	m, err := readManifest(a.dir)
	require.NoError(t, err)
	e := m.byID[id]
	plain, err := decryptFile(a.reportPath(id, e.Run), ids)
	require.NoError(t, err)
	var rf reportFile
	require.NoError(t, json.Unmarshal(plain, &rf))
	rf.Report.PolicyVersion, rf.Report.PolicySHA256 = "0.9", strings.Repeat("ab", 32)
	require.NoError(t, os.Remove(a.reportPath(id, e.Run)))
	sum, err := writeEncrypted(a.reportPath(id, e.Run), a.recipients, func(w io.Writer) error { return json.NewEncoder(w).Encode(rf) })
	require.NoError(t, err)
	e.ReportSHA256, e.PolicyVersion, e.PolicySHA256 = sum, "0.9", strings.Repeat("ab", 32)
	require.NoError(t, writeManifest(a.dir, m))
}

func TestReviewShowHTMLFile(t *testing.T) {
	a, ids := newTestArchive(t)
	id := ingestOne(t, a, "pow.txt", powDoc, IngestOptions{Policy: "pow"})
	out := filepath.Join(t.TempDir(), "review.html")

	_, err := a.ReviewShow(ids, id, ShowOptions{HTMLFile: filepath.Join(a.Dir(), "review.html")})
	require.ErrorContains(t, err, "inside the archive")
	_, err = a.ReviewShow(otherIdentity(t), id, ShowOptions{HTMLFile: out})
	require.Error(t, err)
	assert.NoFileExists(t, out)

	page, err := a.ReviewShow(ids, id, ShowOptions{HTMLFile: out, Actor: "reviewer-1"})
	require.NoError(t, err)
	st, err := os.Stat(out)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), st.Mode().Perm())
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Contains(t, string(b), "Content-Security-Policy")
	assert.Contains(t, string(b), `data-category="military_unit"`)
	assert.True(t, bytes.Contains(b, []byte("Chol-ung")), "the HTML shows the original")
	assert.Len(t, page.Spans, strings.Count(string(b), `<tr id="span-`))
	e := lastAudit(t, a, "inspect")
	assert.Equal(t, "reviewer-1", e.Actor)
	assert.Contains(t, e.Detail, "HTML")

	_, err = a.ReviewShow(ids, id, ShowOptions{HTMLFile: out})
	require.ErrorContains(t, err, "already exists")
	// A symbolic link to the archive does not get a file inside it.
	link := filepath.Join(t.TempDir(), "arc")
	require.NoError(t, os.Symlink(a.Dir(), link))
	_, err = a.ReviewShow(ids, id, ShowOptions{HTMLFile: filepath.Join(link, "x.html")})
	require.ErrorContains(t, err, "inside the archive")
	checkClean(t, a)
}

// The archive setting holds every testimony for review, whatever the policy.
func TestArchiveReviewSetting(t *testing.T) {
	root := t.TempDir()
	_, err := Init(filepath.Join(root, "arc"), InitOptions{IdentityOut: filepath.Join(root, "key.txt"), ReviewRequired: true})
	require.NoError(t, err)
	a, err := Open(filepath.Join(root, "arc"))
	require.NoError(t, err)
	assert.True(t, a.ReviewRequired())
	id := ingestOne(t, a, "sunday.txt", sundayDoc, IngestOptions{Policy: "base"})
	assert.Equal(t, StatusReview, status(t, a, id))
	b, err := os.ReadFile(filepath.Join(a.Dir(), configName))
	require.NoError(t, err)
	assert.Contains(t, string(b), "review_required = true")

	// Off by default for base: released at once.
	b2, _ := newTestArchive(t)
	assert.False(t, b2.ReviewRequired())
	assert.Equal(t, StatusReleased, status(t, b2, ingestOne(t, b2, "sunday.txt", sundayDoc, IngestOptions{Policy: "base"})))
}

// Check finds an amendments file nobody refers to and a lost one; repair removes the first
// and cannot invent the second.
func TestCheckAmendments(t *testing.T) {
	a, ids := newTestArchive(t)
	id := ingestOne(t, a, "sunday.txt", sundayDoc, IngestOptions{})
	_, err := a.Amend(ids, id, Amendment{Terms: []string{"Golden Bell"}})
	require.NoError(t, err)
	stray := filepath.Join(a.Dir(), amendmentsDir, id+"-0123456789abcdef.age")
	require.NoError(t, os.WriteFile(stray, []byte("x"), 0o600))
	rep, err := a.Check(true)
	require.NoError(t, err)
	assert.True(t, rep.OK(), "%v", rep.Problems)
	assert.NoFileExists(t, stray)

	e, _, err := a.entry(id)
	require.NoError(t, err)
	require.NoError(t, os.Remove(a.amendmentsPath(id, e.Amendments)))
	rep, err = a.Check(true)
	require.NoError(t, err)
	assert.False(t, rep.OK())
	assert.Contains(t, strings.Join(rep.Problems, "\n"), "restore it from a backup")
	_, err = a.Approve(ids, id, "reviewer-1", "")
	require.ErrorContains(t, err, "restore it from a backup")
	assert.Zero(t, hits(t, a, "market"))

	// An ingest cannot redo a pending testimony whose amendments it cannot read.
	m, err := readManifest(a.dir)
	require.NoError(t, err)
	m.byID[id].Status = StatusPending
	require.NoError(t, writeManifest(a.dir, m))
	res, err := a.Ingest(context.Background(), []string{oneFile(t, "sunday.txt", sundayDoc)}, IngestOptions{})
	require.Error(t, err)
	assert.Contains(t, res[0].Error, "review rerun")
}

// A reindex redacts from the encrypted original: it must keep the reviewers' amendments,
// or an added term would come back into the index.
func TestReindexKeepsAmendments(t *testing.T) {
	a, ids := newTestArchive(t)
	id := ingestOne(t, a, "sunday.txt", sundayDoc, IngestOptions{})
	_, err := a.Amend(ids, id, Amendment{Terms: []string{"Golden Bell"}, Actor: "reviewer-1"})
	require.NoError(t, err)
	_, err = a.Amend(ids, id, Amendment{Keep: "Grace", Reason: "a hymn", Actor: "reviewer-1"})
	require.NoError(t, err)
	_, err = a.Approve(ids, id, "reviewer-1", "")
	require.NoError(t, err)
	for _, policy := range []string{"", "strict"} {
		res, err := a.Reindex(context.Background(), ReindexOptions{Policy: policy, Identities: ids, Actor: "archivist"})
		require.NoError(t, err, "policy %q", policy)
		require.Len(t, res, 1)
		// Approved once, reviewed on every new run.
		require.Equal(t, StatusReview, status(t, a, id), "policy %q", policy)
		_, err = a.Approve(ids, id, "reviewer-1", "")
		require.NoError(t, err, "policy %q", policy)
		assert.Zero(t, hits(t, a, "Golden"), "policy %q: the added term is back in the index", policy)
		assert.Equal(t, uint64(1), hits(t, a, "Grace"), "policy %q: the kept form is gone", policy)
		assert.Empty(t, scanFiles(t, a.Dir(), []string{"Golden"}))
		checkClean(t, a)
	}
}

// A rekey re-encrypts the amendments file too, and the manifest follows its new hash, so the
// new key can go on reviewing.
func TestRekeyKeepsAmendments(t *testing.T) {
	a, ids := newTestArchive(t)
	id := ingestOne(t, a, "sunday.txt", sundayDoc, IngestOptions{})
	_, err := a.Amend(ids, id, Amendment{Terms: []string{"Golden Bell"}, Actor: "reviewer-1"})
	require.NoError(t, err)
	next, err := age.GenerateX25519Identity()
	require.NoError(t, err)
	_, err = a.Rekey(ids, RekeyOptions{Recipients: []string{next.Recipient().String()}, Actor: "archivist"})
	require.NoError(t, err)
	a, err = Open(a.Dir())
	require.NoError(t, err)
	newIDs := []age.Identity{next}
	checkClean(t, a)
	_, err = a.Approve(ids, id, "reviewer-1", "")
	require.Error(t, err, "the old key still approves")
	_, err = a.Approve(newIDs, id, "reviewer-1", "")
	require.NoError(t, err)
	assert.Equal(t, uint64(1), hits(t, a, "market"))
	assert.Zero(t, hits(t, a, "Golden"))
	checkClean(t, a)
}

// policy diff runs both policies as every later run will: with the reviewers' amendments, so
// an added term is removed under both and a kept form kept under both.
func TestPolicyDiffSeesAmendments(t *testing.T) {
	a, ids := newTestArchive(t)
	id := ingestOne(t, a, "sunday.txt", sundayDoc, IngestOptions{})
	_, err := a.Amend(ids, id, Amendment{Terms: []string{"Golden Bell"}, Actor: "reviewer-1"})
	require.NoError(t, err)
	d, err := a.PolicyDiff(context.Background(), PolicyDiffOptions{From: "base", To: "strict", Identities: ids})
	require.NoError(t, err)
	var terms *CategoryDiff
	for i := range d.Categories {
		if d.Categories[i].Category == "sensitive_term" {
			terms = &d.Categories[i]
		}
	}
	require.NotNil(t, terms, "the added term is a sensitive term under both policies")
	assert.Equal(t, 1, terms.From["suppress"])
	assert.Equal(t, 1, terms.To["suppress"])
}

// A review action stopped at each step, as a crash: nothing a reviewer asked to remove is
// searchable afterwards, check sees what was left, check --repair mends it, and the action can
// be done again.
func TestReviewActionsInterrupted(t *testing.T) {
	repairClean := func(t *testing.T, a *Archive) {
		t.Helper()
		rep, err := a.Check(false)
		require.NoError(t, err)
		assert.NotEmpty(t, rep.Problems, "check does not see what the crash left")
		rep, err = a.Check(true)
		require.NoError(t, err)
		require.True(t, rep.OK(), "%v", rep.Problems)
		checkClean(t, a)
	}
	t.Run("amend before the manifest", func(t *testing.T) {
		a, ids := newTestArchive(t)
		id := ingestOne(t, a, "sunday.txt", sundayDoc, IngestOptions{})
		crashAt(t, "amend-stored", func() { _, _ = a.Amend(ids, id, Amendment{Terms: []string{"Golden Bell"}}) })
		repairClean(t, a)
		assert.Equal(t, StatusReleased, status(t, a, id), "the amendment did not happen")
		_, err := a.Amend(ids, id, Amendment{Terms: []string{"Golden Bell"}})
		require.NoError(t, err)
		assert.Zero(t, hits(t, a, "Golden"))
		checkClean(t, a)
	})
	t.Run("amend after leaving the index", func(t *testing.T) {
		a, ids := newTestArchive(t)
		id := ingestOne(t, a, "sunday.txt", sundayDoc, IngestOptions{})
		crashAt(t, "amend-unindexed", func() { _, _ = a.Amend(ids, id, Amendment{Terms: []string{"Golden Bell"}}) })
		assert.Zero(t, hits(t, a, "Golden"), "the term is searchable after the crash")
		repairClean(t, a)
		assert.Equal(t, StatusPending, status(t, a, id))
		_, err := a.Amend(ids, id, Amendment{Terms: []string{"Golden Bell"}})
		require.NoError(t, err)
		_, err = a.Approve(ids, id, "reviewer-1", "")
		require.NoError(t, err)
		assert.Zero(t, hits(t, a, "Golden"))
		assert.Equal(t, uint64(1), hits(t, a, "market"))
		checkClean(t, a)
	})
	t.Run("approve after the index", func(t *testing.T) {
		a, ids := newTestArchive(t)
		id := ingestOne(t, a, "pow.txt", powDoc, IngestOptions{Policy: "pow"})
		crashAt(t, "approve-indexed", func() { _, _ = a.Approve(ids, id, "reviewer-1", "") })
		repairClean(t, a)
		assert.Equal(t, StatusReview, status(t, a, id))
		assert.Zero(t, hits(t, a, "trench"), "released without the manifest saying so")
		_, err := a.Approve(ids, id, "reviewer-1", "")
		require.NoError(t, err)
		assert.Equal(t, uint64(1), hits(t, a, "trench"))
		checkClean(t, a)
	})
}
