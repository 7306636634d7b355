package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Propagation leaves an acronym that spells a removed part of a name ("MI" beside the
// "Mi" of Young-mi: partInOrdinaryUse); the residual check must read it the same way, or
// the run fails closed on a text nothing leaked from (found by TestKnownNamesOfExcerpts).
func TestResidualLeavesAcronymOfPart(t *testing.T) {
	e, err := New(fuzzPolicy())
	require.NoError(t, err)
	red, err := e.Redact(Document{Title: "t", Text: "My best friend, YoungKim MI, Choe Young Mi here. Choi-min Young-mi came.",
		Known: []Known{{Text: "Kim Ji-min", Category: Person, Role: RoleInterviewee}}})
	require.NoError(t, err)
	assert.Contains(t, red.Text(), "YoungKim MI,")
	assert.NotContains(t, red.Text(), "Young Mi")
	assert.NotContains(t, red.Text(), "Young-mi")
}
