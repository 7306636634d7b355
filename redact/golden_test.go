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
					fmt.Fprintf(&b, "%d-%d %s %s %q -> %q (%s: %s)\n", s.Start, s.End, s.Category, s.Action, s.Text, s.Replacement, s.Detector, s.Rule)
				}
				path := filepath.Join("testdata", "golden", name+"."+pol+".golden")
				if *updateGolden {
					require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
					return
				}
				want, err := os.ReadFile(path)
				require.NoError(t, err, "run go test ./redact -run TestGolden -update-redact to create it")
				if string(want) == b.String() {
					return
				}
				// The engine's own decisions must not change unnoticed; the names and places
				// detectors evolve on their own, so a change there is shown, not failed.
				assert.Equal(t, engineLines(string(want)), engineLines(b.String()),
					"decisions of the engine's own detectors changed; if intended, run go test ./redact -run TestGolden -update-redact")
				t.Logf("golden output differs only in other detectors' decisions; regenerate with -update-redact:\n%s", b.String())
			})
		}
	}
}

// engineDetectors are the detectors of the engine itself (contacts, numbers, dates, military,
// context cues, known identifiers and the deny list).
var engineDetectors = []string{"phone", "email", "url", "handle", "id_number", "date", "age", "money", "quantity",
	"military_unit", "rank", "workplace", "address", "kinship", "physical", "route", "known", "deny"}

// engineLines keeps the span lines of a golden file that the engine's own detectors made.
func engineLines(golden string) []string {
	var out []string
	_, spans, _ := strings.Cut(golden, "\n--- spans\n")
	for _, l := range strings.Split(spans, "\n") {
		i := strings.LastIndex(l, " (")
		if i < 0 {
			continue
		}
		det, _, _ := strings.Cut(l[i+2:], ":")
		for _, d := range engineDetectors {
			if det == d {
				out = append(out, l)
			}
		}
	}
	return out
}
