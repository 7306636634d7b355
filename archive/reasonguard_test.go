package archive

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestContainsForm(t *testing.T) {
	for _, c := range []struct {
		s, form string
		want    bool
	}{
		{"Haoran is a river not a person", "Haoran", true},
		{"haoran is a river", "HAORAN", true},
		{"see Mr. Kim, then", "Kim", true},
		{"Kimchi was served", "Kim", false},
		{"Private Ri  Chol-ung agreed", "Ri Chol-ung", true},
		{"the Chol-ung file", "Ri Chol-ung", false},
		{"김철수씨가 동의했어요", "김철수", true},
		{"他是李明的朋友", "李明", true},
		{"agent-007 checked", "007", true},
		{"a1007 checked", "007", false},
		{"nothing here", "", false},
	} {
		assert.Equal(t, c.want, containsForm(c.s, c.form), "%q in %q", c.form, c.s)
	}
}

func auditText(t *testing.T, a *Archive) string {
	t.Helper()
	b, err := os.ReadFile(a.auditPath())
	require.NoError(t, err)
	return string(b)
}

// A reason goes to the plaintext audit log: a reason with a name, a removed form, an added
// term or the kept text is refused before anything is written, and the error names the span
// or role only.
func TestReasonCarriesNoTestimonyText(t *testing.T) {
	a, ids := newTestArchive(t)
	id := ingestOne(t, a, "sunday.txt", sundayDoc, IngestOptions{})
	_, err := a.Amend(ids, id, Amendment{Terms: []string{"Golden Bell"}, Actor: "reviewer-1"})
	require.NoError(t, err)

	before := snapshot(t, a.Dir())
	_, err = a.Amend(ids, id, Amendment{Keep: "Grace", Reason: "Grace is a hymn not a person", Actor: "reviewer-1"})
	require.Error(t, err)
	assert.Regexp(t, `the reason contains (text the redaction removes \(span \d+, person\)|the kept text); write the reason without it`, err.Error())
	_, err = a.Reject(ids, id, "reviewer-1", "the golden bell is a real place")
	require.ErrorContains(t, err, "the reason contains text the redaction removes (span ")
	_, err = a.Approve(ids, id, "reviewer-1", "checked: golden  BELL removed")
	require.ErrorContains(t, err, "the reason contains")
	_, err = a.Reveal(ids, id, "reviewer-1", "to check Golden Bell")
	require.ErrorContains(t, err, "the reason contains")
	assert.Equal(t, before, snapshot(t, a.Dir()), "a refused reason changed the archive")

	// Reasons without testimony text are kept: reviewers need them. A word that merely
	// starts with a kept form is not the form.
	_, err = a.Amend(ids, id, Amendment{Keep: "Grace", Reason: "a hymn, not a person", Actor: "reviewer-1"})
	require.NoError(t, err)
	_, err = a.Approve(ids, id, "reviewer-1", "graceful wording, checked every span")
	require.NoError(t, err)
	_, err = a.Reveal(ids, id, "reviewer-1", "kept form: grace")
	require.ErrorContains(t, err, "the reason contains a form a reviewer kept (kept form 1)")
	_, err = a.Reveal(ids, id, "reviewer-1", "audit request 12")
	require.NoError(t, err)
	log := auditText(t, a)
	for _, want := range []string{"a hymn, not a person", "graceful wording, checked every span", "audit request 12"} {
		assert.Contains(t, log, want)
	}
	for _, leak := range []string{"Grace is", "golden", "Golden", "kept form: grace"} {
		assert.NotContains(t, log, leak)
	}
}

// A pow testimony: the interviewee's name and a removed unit in a reason are refused.
func TestReasonRefusesIdentifiers(t *testing.T) {
	a, ids := newTestArchive(t)
	id := ingestOne(t, a, "pow.txt", powDoc, IngestOptions{Policy: "pow"})
	_, err := a.Reject(ids, id, "reviewer-1", "private ri chol-ung asked for it")
	require.ErrorContains(t, err, "the reason contains")
	require.NotContains(t, err.Error(), "Chol")
	_, err = a.Approve(ids, id, "reviewer-1", "the 94th Brigade is public")
	require.ErrorContains(t, err, "the reason contains text the redaction removes (span ")
	// A name in part is refused too; a rank alone is not a name.
	_, err = a.Reject(ids, id, "reviewer-1", "Chol-ung asked for it")
	require.ErrorContains(t, err, "the reason contains text the redaction removes (span 1, person)")
	assert.Equal(t, StatusReview, status(t, a, id))
	assert.NotContains(t, strings.ToLower(auditText(t, a)), "chol-ung")
	assert.NotContains(t, auditText(t, a), "94th")
	_, err = a.Reject(ids, id, "reviewer-1", "private reasons of the interviewee")
	require.NoError(t, err)
}

// A kept form cannot wrap an identifier in a longer phrase: the person span stays removed.
func TestKeepRefusesWrappedIdentifier(t *testing.T) {
	a, ids := newTestArchive(t)
	id := ingestOne(t, a, "sunday.txt", sundayDoc, IngestOptions{})
	_, err := a.Amend(ids, id, Amendment{Terms: []string{"Golden Bell"}, Actor: "reviewer-1"})
	require.NoError(t, err)
	before := snapshot(t, a.Dir())
	_, err = a.Amend(ids, id, Amendment{Keep: "about Grace in the choir", Reason: "a hymn", Actor: "reviewer-1"})
	require.Error(t, err)
	assert.Regexp(t, `the form to keep contains the text of span \d+ \(person\), which stays removed`, err.Error())
	assert.NotContains(t, err.Error(), "Grace")
	_, err = a.Amend(ids, id, Amendment{Keep: "the Golden Bell restaurant", Reason: "a place", Actor: "reviewer-1"})
	require.ErrorContains(t, err, "the form to keep contains a term a reviewer added (term 1)")
	assert.Equal(t, before, snapshot(t, a.Dir()))

	// The false positive itself can still be kept.
	_, err = a.Amend(ids, id, Amendment{Keep: "Grace", Reason: "a hymn", Actor: "reviewer-1"})
	require.NoError(t, err)
}

// A known identifier inside a longer kept phrase is refused too.
func TestKeepRefusesWrappedKnownIdentifier(t *testing.T) {
	a, ids := newTestArchive(t)
	id := ingestOne(t, a, "pow.txt", powDoc, IngestOptions{Policy: "pow"})
	_, err := a.Amend(ids, id, Amendment{Keep: "Private Ri Chol-ung: My mother", Reason: "test", Actor: "reviewer-1"})
	require.ErrorContains(t, err, "the form to keep contains a known identifier of the testimony (speaker)")
}
