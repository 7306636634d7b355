package index

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

type tok struct {
	Term       string
	Start, End int
	Pos        int
}

func analyze(t *testing.T, text string) []tok {
	t.Helper()
	m, err := newMapping()
	require.NoError(t, err)
	a := m.AnalyzerNamed(textAnalyzer)
	require.NotNil(t, a)
	var out []tok
	for _, x := range a.Analyze([]byte(text)) {
		out = append(out, tok{string(x.Term), x.Start, x.End, x.Position})
	}
	return out
}

func terms(ts []tok) []string {
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		out = append(out, t.Term)
	}
	return out
}

func TestTextAnalyzerTerms(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"english is stemmed and stopped", "The brokers crossed the river's edge", []string{"broker", "cross", "river", "edg"}},
		{"hangul word becomes bigrams", "북한에서", []string{"북한", "한에", "에서"}},
		{"one-syllable hangul word is kept", "집", []string{"집"}},
		{"two hangul words do not join", "어머니 집", []string{"어머", "머니", "집"}},
		{"mixed token splits by script", "Kim은 broker를", []string{"kim", "은", "broker", "를"}},
		{"pseudonym placeholder survives", "[Person B]가 말했다", []string{"person", "b", "가", "말했", "했다"}},
		{"decomposed hangul is composed", norm.NFD.String("북한"), []string{"북한"}},
		{"numbers pass", "2019 송금", []string{"2019", "송금"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, terms(analyze(t, tt.text)))
		})
	}
}

func TestHangulBigramOffsetsAndPositions(t *testing.T) {
	text := "나는 북한에서 왔다"
	got := analyze(t, text)
	require.Len(t, got, 5)
	for i, g := range got {
		assert.Equal(t, i+1, g.Pos, "positions are consecutive so phrases match")
		assert.Equal(t, g.Term, text[g.Start:g.End], "offsets point at the term in the source")
	}
}
