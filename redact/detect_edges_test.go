package redact_test

import (
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// TestTextStartingWithPossessive: a text (or an excerpt) can begin in the middle of a
// possessive, "'s unit", and the workplace detector's walk back over the name reached the
// word before the first. The engine failed closed on it, so such a testimony could not be
// redacted at all; a differential run over generated excerpts found it.
func TestTextStartingWithPossessive(t *testing.T) {
	for _, info := range policies.List() {
		p, err := policies.Load(info.Name)
		require.NoError(t, err)
		e, err := redact.New(p)
		require.NoError(t, err)
		for _, text := range []string{
			"'s unit, Kangan 2-dong, in Hyesan. In April an officer came.",
			"'s farm in Musan was where she worked.",
			"s mine",
			"'s",
		} {
			out, err := e.Redact(redact.Document{ID: "edge", Title: "t", Text: text, Language: "en"})
			require.NoError(t, err, "%s: %q", info.Name, text)
			if info.Name == "strict" {
				require.NotContains(t, out.Text(), "Hyesan", "%q", text)
			}
		}
	}
}
