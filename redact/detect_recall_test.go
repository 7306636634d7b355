package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDetectorsRecall holds the quasi-identifier cases added to raise recall on the gold and
// sample interviews: each rule is tested on sentences of its own, not on the gold's wording.
func TestDetectorsRecall(t *testing.T) {
	tests := []struct {
		name string
		d    detector
		text string
		cat  Category
		want []string // surface forms, in order; nil means none
	}{
		// Hard-wrapped prose: one line break is a space.
		{"age across a line break", ageDetector{}, "My aunt is\nsixty-one and still works.", Age, []string{"sixty-one"}},
		{"month across a line break", dateDetector{}, "We met in\nOctober at the market.", Date, []string{"October"}},
		{"no age across a blank line", ageDetector{}, "The one I trust most is\n\nforty kilometres away.", Age, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, detectOne(tt.d, tt.text)[tt.cat])
		})
	}
}

func TestGeneralizeAlwaysChangesADate(t *testing.T) {
	for in, want := range map[string]string{
		"2016":                  "the 2010s",
		"in 2003":               "in the 2000s",
		"2021년":                 "the 2020s",
		"3 May 2016":            "2016",
		"in the summer of 2008": "in 2008",
	} {
		assert.Equal(t, want, generalizeDate(in, "year", zeroTime), in)
	}
}
