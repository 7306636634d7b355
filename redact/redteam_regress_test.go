package redact_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// A review of the red-team fixes' output found these: a town before "river" or "mountain
// path" is still the town (only the rivers and mountains the gazetteer knows are public), a
// numbered camp after a town that is also a common word makes it the town, and the Kim
// family's given names used alone do not make the leader a private namesake.
func TestRedTeamFixReview(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"We lived near the Musan river.":                       "We lived near the [a county in North Hamgyong Province] river.",
		"She used the Hoeryong river route.":                   "She used the [a city in North Hamgyong Province] river route.",
		"The Onsong mountain path was steep.":                  "The [a county in North Hamgyong Province] mountain path was steep.",
		"We crossed the Tumen at night.":                       "We crossed the Tumen at night.",
		"The Kumgang Mountains are steep.":                     "The Kumgang Mountains are steep.",
		"Jong Un's sister spoke. Moon Jae-in met Kim Jong Un.": "Jong Un's sister spoke. Moon Jae-in met Kim Jong Un.", // the figure's given name (red team 4, finding 3)
	})
	p, err := policies.Load("strict")
	require.NoError(t, err)
	e, err := redact.New(p)
	require.NoError(t, err)
	red, err := e.Redact(redact.Document{Language: "ko", Text: "아버지는 개천 1호 교화소에 계셨어요."})
	require.NoError(t, err)
	assert.False(t, strings.Contains(red.Text(), "개천"), red.Text())
}
