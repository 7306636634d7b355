package archive

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheckUnreadableAuditLogIsNotRepaired(t *testing.T) {
	a, _ := newTestArchive(t)
	// audit.log replaced by a folder: it cannot be read, and it has no incomplete entry.
	require.NoError(t, os.Remove(a.auditPath()))
	require.NoError(t, os.Mkdir(a.auditPath(), dirMode))

	for _, repair := range []bool{false, true} {
		rep, err := a.Check(repair)
		require.NoError(t, err)
		problems := strings.Join(rep.Problems, "\n")
		assert.Contains(t, problems, "audit.log cannot be read", "repair=%v", repair)
		assert.NotContains(t, problems, "incomplete entry", "repair=%v", repair)
		assert.Empty(t, rep.Repaired, "repair=%v: nothing was repaired", repair)
		assert.False(t, rep.OK())
		st, err := os.Stat(a.auditPath())
		require.NoError(t, err)
		assert.True(t, st.IsDir(), "left as found")
	}
}
