package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFormsOfMatchesFormMatcher: the residual matcher plan makes of the known identifiers'
// (formsOf) finds the forms, by key, that a matcher built of every form finds, and the
// known hits name their entries (variantEntry) with an entry of no variants among them.
func TestFormsOfMatchesFormMatcher(t *testing.T) {
	e := mustEngine(t, testPolicy())
	doc := Document{
		Title: "Letters from Chol-su",
		Text: "Lee Ji Min met Choe Hyok in Hyesan. Ji Min's bag was heavy. My friend Pak Chol-su " +
			"wrote from Musan; Chol-su and 김지민 never signed them. Mr Zhang counted.",
		Known: []Known{
			{Text: "A", Category: Person}, // one letter: no variants
			{Text: "Lee Ji Min", Category: Person, Role: RoleInterviewee},
			{Text: "Choe Hyok", Category: Person},
			{Text: "김지민", Category: Person},
			{Text: "Zhang", Category: Person, Role: RoleBroker},
		},
	}
	r, err := e.plan(doc)
	require.NoError(t, err)
	defer r.release()
	require.NotNil(t, r.formsM, "formsOf made the residual matcher")
	require.Empty(t, r.known[0].variants)
	for i, k := range r.known {
		for j := range k.variants {
			assert.Equal(t, i, r.variantEntry(k.firstVariant+j))
		}
	}
	fresh := borrowRunMatcher(len(r.forms))
	defer returnRunMatcher(fresh)
	for i, k := range r.forms {
		fresh.addFirst(k, i)
	}
	keysOf := func(ms []phraseMatch) (out [][3]any) {
		for _, m := range ms {
			out = append(out, [3]any{m.start, m.end, r.forms[m.payloads[0]]})
		}
		return out
	}
	for _, s := range []string{doc.Text, doc.Title, "Hyok and Ji-min and Zhang met 김지민이 in Hyesan"} {
		text := NewText(s)
		assert.ElementsMatch(t, keysOf(fresh.find(text, nil)), keysOf(r.formsM.find(text, nil)), "%q", s)
	}
}
