package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// precisionFloor is, per policy, the lowest token precision the policy may have on the gold
// interviews written for it. Each is set just below the figure measured when it was last
// raised (see the comment); a change that removes more than it should fails here.
var precisionFloor = map[string]float64{
	"base":            0.99, // measured 0.995 on its 14 interviews (56 in the corpus)
	"defector-family": 0.95, // measured 0.952 (0.957 before the recall rules of issue 3)
	"pow":             0.97, // measured 0.979
	"strict":          0.94, // measured 0.950
}

func engineFor(t testing.TB, name string) *redact.Engine {
	t.Helper()
	p, err := policies.Load(name)
	require.NoError(t, err, "policy %s", name)
	e, err := redact.New(p)
	require.NoError(t, err, "policy %s", name)
	return e
}

// missed lists the mentions of the given identifier type that masks do not cover.
func missed(docs []Doc, masks Masks, idType string) []string {
	var out []string
	for i := range docs {
		d := &docs[i]
		text := []rune(d.Text)
		mask := make([]bool, len(text))
		for _, sp := range masks[d.ID] {
			a, b := clip(sp[0], sp[1], len(text))
			for k := a; k < b; k++ {
				mask[k] = true
			}
		}
		for _, m := range d.Mentions() {
			if m.IdentifierType == idType && !covered(text, mask, m.Start, m.End) {
				// Gold is synthetic: quoting it helps whoever fixes the miss.
				out = append(out, fmt.Sprintf("%s %s %s %q", d.ID, m.MentionID, m.EntityType, m.SpanText))
			}
		}
	}
	return out
}

func goldCorpus(t *testing.T) []Doc {
	t.Helper()
	path := filepath.Join(repoRoot(t), "testdata", "gold", "gold.json")
	if _, err := os.Stat(path); err != nil {
		t.Skip("no testdata/gold/gold.json yet")
	}
	docs, err := ReadGold(path)
	require.NoError(t, err)
	return docs
}

// TestGoldPolicies runs every shipped policy over our gold interviews. Every policy extends
// base, and base removes every direct identifier, so each policy must cover every DIRECT
// mention of every interview, whatever policy the interview was written for. Quasi-identifiers
// are annotated for the interview's own policy, so precision is measured per policy on the
// interviews written for it.
func TestGoldPolicies(t *testing.T) {
	docs := goldCorpus(t)
	for _, info := range policies.List() {
		t.Run(info.Name, func(t *testing.T) {
			e := engineFor(t, info.Name)
			masks, err := MasksFor(e, docs)
			require.NoError(t, err)
			all := Score(docs, masks)
			assert.Empty(t, missed(docs, masks, Direct), "direct identifiers left readable by %s", info.Name)
			assert.Equal(t, all.ERDirect.Total, all.ERDirect.Hit, "ER_di of %s on all gold", info.Name)

			var own []Doc
			for _, d := range docs {
				if d.Meta["policy"] == info.Name {
					own = append(own, d)
				}
			}
			if len(own) == 0 {
				t.Logf("%s: no gold interview is written for this policy", info.Name)
				return
			}
			s := Score(own, masks)
			t.Logf("%s on its %d interviews: ER_di %.3f ER_qi %.3f token recall %.3f precision %.3f (all %d: ER_di %.3f)",
				info.Name, len(own), s.ERDirect.Value(), s.ERQuasi.Value(), s.TokenRecall.Value(), s.Precision.Value(),
				len(docs), all.ERDirect.Value())
			floor, ok := precisionFloor[info.Name]
			require.True(t, ok, "no precision floor for policy %s", info.Name)
			assert.GreaterOrEqual(t, s.Precision.Value(), floor, "precision of %s", info.Name)
		})
	}
}

// TestTABStrict is the external benchmark: policy strict on the 31 TAB test documents must
// reach the bar of issue 3. It reports; tuning uses only the train and dev documents.
//
//	go test ./redact/eval -run TestTABStrict -v
func TestTABStrict(t *testing.T) {
	dir := tabDir(t)
	r, err := Run(engineFor(t, "strict"), filepath.Join(dir, "data", "subset144", "tab_subset144_test.json"))
	require.NoError(t, err)
	require.Equal(t, 31, r.Documents)
	t.Logf("| Testimony strict | %.3f | %.3f | %.3f | %.3f |", r.ERDirect.Value(), r.ERQuasi.Value(),
		r.TokenRecall.Value(), r.Precision.Value())
	assert.GreaterOrEqual(t, r.ERDirect.Value(), 0.95, "ER_di")
	assert.GreaterOrEqual(t, r.ERQuasi.Value(), 0.85, "ER_qi")
	assert.GreaterOrEqual(t, r.Precision.Value(), 0.65, "precision")
}

// TestOurMasksAgreeWithReferenceScorer writes strict's masks on the TAB dev documents as
// --masks-out does and has the reference scorer read them: its figures must equal ours, which
// checks the code-point offsets and the masks file end to end.
func TestOurMasksAgreeWithReferenceScorer(t *testing.T) {
	dir := tabDir(t)
	gold := filepath.Join(dir, "data", "subset144", "tab_subset144_dev.json")
	r, err := Run(engineFor(t, "strict"), gold)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "masks.json")
	f, err := os.Create(path)
	require.NoError(t, err)
	require.NoError(t, WriteMasks(f, r.Masks))
	require.NoError(t, f.Close())
	py := pythonScores(t, dir, gold, []string{path})
	if py == nil {
		t.Skip("python3 not available")
	}
	got := py["masks.json"]
	require.NotNil(t, got, "approx_score.py printed no row for the masks")
	assert.Equal(t, got["di"], round3(r.ERDirect.Value()), "ER_di")
	assert.Equal(t, got["qi"], round3(r.ERQuasi.Value()), "ER_qi")
	assert.Equal(t, got["tok"], round3(r.TokenRecall.Value()), "token recall")
	assert.Equal(t, got["prec"], round3(r.Precision.Value()), "precision")
	assert.Equal(t, int(got["n_sys_tokens"]), r.Precision.Total)
}
