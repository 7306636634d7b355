package redact_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

var updateGolden = flag.Bool("update-redact", false, "rewrite redact/testdata/golden/*.golden from the current engine")

// goldenKnown are the front-matter identities and sensitive terms of the golden inputs.
var goldenKnown = map[string][]redact.Known{
	"remittance": {
		{Text: "Pak Sun-hee", Category: redact.Person, Role: redact.RoleInterviewee},
		{Text: "white rabbit", Category: redact.SensitiveTerm},
		{Text: "Sunny", Category: redact.SensitiveTerm},
	},
	"soldier": {
		{Text: "Kang Yong-ho", Category: redact.Person, Role: redact.RoleInterviewee},
	},
}

// TestGolden redacts synthetic interviews under every shipped policy and compares text and
// decisions with testdata/golden. A reviewer reads the diff of an -update-redact run to see
// what a change to the engine or a policy does to real-looking text.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/golden/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, inputs)
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		src, err := os.ReadFile(in)
		require.NoError(t, err)
		for _, pol := range policies.Names() {
			t.Run(name+"/"+pol, func(t *testing.T) {
				p, err := policies.Load(pol)
				require.NoError(t, err)
				e, err := redact.New(p)
				require.NoError(t, err)
				red, err := e.Redact(redact.Document{ID: name, Text: string(src), Known: goldenKnown[name],
					Date: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)})
				require.NoError(t, err)
				var b strings.Builder
				b.WriteString(red.Text())
				b.WriteString("\n--- spans\n")
				for _, s := range red.Report().Spans {
					fmt.Fprintf(&b, "%d-%d %s %s %q -> %q (%s)\n", s.Start, s.End, s.Category, s.Action, s.Text, s.Replacement, s.Rule)
				}
				path := filepath.Join("testdata", "golden", name+"."+pol+".golden")
				if *updateGolden {
					require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
					return
				}
				want, err := os.ReadFile(path)
				require.NoError(t, err, "run go test ./redact -run TestGolden -update-redact to create it")
				assert.Equal(t, string(want), b.String())
			})
		}
	}
}
