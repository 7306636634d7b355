package policies

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var updateShow = flag.Bool("update", false, "rewrite testdata/*.show.golden from the shipped policies")

// TestShowGolden pins `policy show` for every shipped policy: a change to a policy file shows
// up as a diff of its resolved form (regenerate with go test ./policies -update).
func TestShowGolden(t *testing.T) {
	for _, name := range Names() {
		t.Run(name, func(t *testing.T) {
			got, err := Show(name)
			require.NoError(t, err)
			path := filepath.Join("testdata", name+".show.golden")
			if *updateShow {
				require.NoError(t, os.WriteFile(path, got, 0o644))
				return
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test ./policies -update to create it")
			assert.Equal(t, string(want), string(got))
		})
	}
}
