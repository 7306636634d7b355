package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTitleTakesTextForms: a form the text's detectors removed is removed from the title,
// where nothing would find it alone, and a title with nothing of the text's is left whole
// (titleNeedsText turns the propagation away).
func TestTitleTakesTextForms(t *testing.T) {
	e := mustEngine(t, testPolicy())
	red, err := e.Redact(Document{
		Title: "Letters from Chol-su",
		Text:  "My friend Pak Chol-su wrote to me from Hyesan. Chol-su never signed them.",
	})
	require.NoError(t, err)
	assert.NotContains(t, red.Title(), "Chol-su")
	assert.NotContains(t, red.Text(), "Chol-su")

	red, err = e.Redact(Document{
		Title: "Letters from home",
		Text:  "My friend Pak Chol-su wrote to me from Hyesan. Chol-su never signed them.",
	})
	require.NoError(t, err)
	assert.Equal(t, "Letters from home", red.Title())
}
