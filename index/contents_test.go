package index_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/index"
)

// TestContents: the stored fields are the redacted copies, the term dictionaries hold the
// analysed words of the redacted copies (Hangul as bigrams) and the facet values, and none
// of the removed forms.
func TestContents(t *testing.T) {
	ix, _ := newIndex(t, sampleDocs...)
	c, err := ix.Contents()
	require.NoError(t, err)
	red := redactAll(t, sampleDocs...)
	require.Len(t, c.Stored, 3)
	for _, r := range red {
		assert.Equal(t, r.Text(), c.Stored[r.ID()][index.FieldText], r.ID())
		assert.Equal(t, r.Title(), c.Stored[r.ID()][index.FieldTitle], r.ID())
	}
	text := c.Terms[index.FieldText]
	assert.Contains(t, text, "broker")
	assert.Contains(t, text, "북한", "Hangul bigrams")
	assert.Contains(t, c.Terms[index.FieldTopic], "remittance")
	for _, removed := range []string{"pak", "yong", "moonflow", "moonflower", "달맞", "맞이", "이꽃"} {
		assert.NotContains(t, text, removed)
	}
	assert.Equal(t, []string{"달맞", "맞이", "이꽃"}, ix.Analyze(index.FieldText, "달맞이꽃"))
	assert.Equal(t, []string{"moonflow"}, ix.Analyze(index.FieldText, "Moonflower"), "stemmed, lower-cased")
	assert.Equal(t, []string{"crossing"}, ix.Analyze(index.FieldTopic, "Crossing"), "facets: one lower-cased term")
}
