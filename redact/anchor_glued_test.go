package redact_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// TestAnchorGluedToNonASCII pins the fraction and elided-percent rules on anchor words glued to
// a non-ASCII letter. Go's \b is ASCII-only, so the rules' patterns match "half" and "percent"
// inside "éhalf" or "브로커가half"; a prefilter that checked the anchor as a whole word once
// skipped these windows and the engine redacted less (found by a differential review, reverted).
func TestAnchorGluedToNonASCII(t *testing.T) {
	p, err := policies.Load("strict")
	require.NoError(t, err)
	e := mustNew(t, p)
	cases := []struct {
		text   string
		anchor string // the part after which the covered figure starts
		figure string // must lie inside a quantity span
	}{
		{"half a day, éhalf of the money", "day, ", "éhalf"},
		{"It took half a day. 브로커가half of the money.", "브로커가", "half"},
		{"He paid 10 yuan per day. She took 80 percent야, now 60.", "now ", "60"},
		{"He paid 10 yuan per day. She took 80 percenté, now 60.", "now ", "60"},
	}
	for _, c := range cases {
		red, err := e.Redact(redact.Document{ID: "t", Text: c.text})
		require.NoError(t, err)
		start := strings.Index(c.text, c.anchor) + len(c.anchor)
		require.True(t, strings.HasPrefix(c.text[start:], c.figure))
		end := start + len(c.figure)
		covered := false
		for _, sp := range red.Report().Spans {
			if sp.Category == redact.Quantity && sp.Start <= start && end <= sp.End {
				covered = true
			}
		}
		assert.True(t, covered, "%q: %q at %d is in no quantity span", c.text, c.figure, start)
		assert.NotContains(t, red.Text(), "now 60", c.text)
	}
}
