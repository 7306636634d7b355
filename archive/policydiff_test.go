package archive

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"filippo.io/age"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func categoryOf(d []CategoryDiff, name string) CategoryDiff {
	for _, c := range d {
		if c.Category == name {
			return c
		}
	}
	return CategoryDiff{Category: name}
}

// The corpus of reindexArchive names Hyesan four times (A twice, B and C once), one age
// ("35 years old"), one workplace ("textile mill") and one month ("March 2015"), all in A;
// base keeps them, strict generalizes them; both pseudonymize the interviewees.
func TestPolicyDiffCounts(t *testing.T) {
	a, ids, byName := reindexArchive(t)
	ctx := context.Background()
	d, err := a.PolicyDiff(ctx, PolicyDiffOptions{From: "base", To: "strict", Identities: ids, Actor: "reviewer"})
	require.NoError(t, err)
	assert.Equal(t, "base", d.From.Name)
	assert.Equal(t, "strict", d.To.Name)
	assert.Equal(t, 3, d.Testimonies, "held testimonies are compared too")
	assert.Zero(t, d.Failed)

	place := categoryOf(d.Categories, "place")
	assert.Equal(t, 4, place.From["keep"])
	assert.Equal(t, 4, place.To["generalize"])
	assert.Equal(t, 4, place.NewlyRemoved)
	assert.Equal(t, 1, categoryOf(d.Categories, "age").NewlyRemoved)
	assert.Equal(t, 1, categoryOf(d.Categories, "workplace").NewlyRemoved)
	assert.Equal(t, 1, categoryOf(d.Categories, "date").NewlyRemoved, "March 2015")
	person := categoryOf(d.Categories, "person")
	assert.Equal(t, person.From["pseudonymize"], person.To["pseudonymize"])
	assert.Zero(t, person.NewlyRemoved+person.NoLongerRemoved+person.ActionChanged)
	for _, c := range d.Categories {
		assert.Zero(t, c.NoLongerRemoved, c.Category)
		assert.Zero(t, c.ActionChanged, c.Category)
	}
	per := map[string]TestimonyDiff{}
	for _, td := range d.PerTestimony {
		per[td.ID] = td
		assert.Empty(t, td.Changes, "no surface forms without Show")
	}
	assert.Equal(t, 2, categoryOf(per[byName["a.md"]].Categories, "place").NewlyRemoved)
	assert.Equal(t, 1, categoryOf(per[byName["b.md"]].Categories, "place").NewlyRemoved)
	assert.Equal(t, StatusReview, per[byName["c.md"]].Status)

	// The other way round, everything strict generalized is newly kept.
	back, err := a.PolicyDiff(ctx, PolicyDiffOptions{From: "strict", To: "base", Identities: ids})
	require.NoError(t, err)
	assert.Equal(t, 4, categoryOf(back.Categories, "place").NoLongerRemoved)
	assert.Zero(t, categoryOf(back.Categories, "place").NewlyRemoved)

	// An edited policy from a file: strict with places suppressed changes their action.
	edited := filepath.Join(t.TempDir(), "edited.yaml")
	require.NoError(t, os.WriteFile(edited, []byte("name: strict-edit\nversion: \"0.1\"\nextends: strict\ndescription: trial\nrules:\n  place: suppress\n"), 0o600))
	ed, err := a.PolicyDiff(ctx, PolicyDiffOptions{From: "strict", To: edited, Identities: ids})
	require.NoError(t, err)
	assert.Equal(t, "strict-edit", ed.To.Name)
	ep := categoryOf(ed.Categories, "place")
	assert.Equal(t, 4, ep.ActionChanged)
	assert.Equal(t, 4, ep.To["suppress"])
	assert.Zero(t, ep.NewlyRemoved+ep.NoLongerRemoved)

	// The output holds no text without Show: scan its JSON for every surface form.
	b, err := json.Marshal(d)
	require.NoError(t, err)
	for _, form := range []string{"Hyesan", "35 years", "textile", "March 2015", "Pak Chol-su", "Ri Sun-hui", "Kang Ok-sun", "Ryanggang"} {
		assert.NotContains(t, string(b), form)
	}

	// With Show, the changes carry their surface forms, for the caller's terminal.
	shown, err := a.PolicyDiff(ctx, PolicyDiffOptions{From: "base", To: "strict", Identities: ids, Show: true})
	require.NoError(t, err)
	var forms []string
	for _, td := range shown.PerTestimony {
		for _, ch := range td.Changes {
			assert.Equal(t, ChangeNewlyRemoved, ch.Change)
			forms = append(forms, ch.Text)
		}
	}
	assert.Contains(t, forms, "Hyesan")
	assert.Contains(t, forms, "35 years old")

	// The audit log records each diff, never text; the archive holds no name (the index
	// holds what base keeps, as before the diff).
	log, err := a.AuditLog()
	require.NoError(t, err)
	var diffs []string
	for _, e := range log {
		if e.Action == "policy-diff" {
			diffs = append(diffs, e.Detail)
			assert.NotContains(t, e.Detail, "Hyesan")
		}
	}
	require.Len(t, diffs, 4)
	assert.Contains(t, diffs[0], "7 spans newly removed") // 4 places, the age, the workplace, the date
	assert.Contains(t, diffs[0], "surface forms shown: no")
	assert.Contains(t, diffs[3], "surface forms shown: yes")
	assert.Empty(t, scanFiles(t, a.dir, []string{"Pak Chol-su", "Ri Sun-hui", "Kang Ok-sun"}))
	checkClean(t, a)
}

func TestPolicyDiffRefusals(t *testing.T) {
	a, ids, _ := reindexArchive(t)
	other, err := age.GenerateX25519Identity()
	require.NoError(t, err)
	snap := snapshot(t, a.dir)
	ctx := context.Background()
	for _, tt := range []struct {
		name string
		opts PolicyDiffOptions
		want string
	}{
		{"no identity", PolicyDiffOptions{From: "base", To: "strict"}, "needs an identity"},
		{"wrong identity", PolicyDiffOptions{From: "base", To: "strict", Identities: []age.Identity{other}}, "cannot decrypt this archive"},
		{"unknown policy", PolicyDiffOptions{From: "base", To: "nope", Identities: ids}, `unknown policy "nope"`},
		{"missing file", PolicyDiffOptions{From: "base", To: "./missing.yaml", Identities: ids}, "missing.yaml: no such file"},
		{"one policy", PolicyDiffOptions{From: "base", Identities: ids}, "two policies"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := a.PolicyDiff(ctx, tt.opts)
			require.Error(t, err)
			assert.True(t, strings.Contains(err.Error(), tt.want), "%v", err)
			assert.Equal(t, snap, snapshot(t, a.dir), "a refused diff changes nothing, the audit log included")
		})
	}
}
