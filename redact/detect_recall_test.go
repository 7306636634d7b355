package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGeneralizeAlwaysChangesADate: a date that says no more than its year climbs to the
// decade at level year, so that generalizing never returns the surface form unchanged.
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

func TestGeneralizeCountsAndDecades(t *testing.T) {
	assert.Equal(t, "[a number]", generalizeQuantity("about twenty"))
	assert.Equal(t, "[a number]", generalizeQuantity("셋"))
	assert.Equal(t, "[sons]", generalizeQuantity("three sons"))
	assert.Equal(t, "in her 60s", generalizeAge("in her late sixties"))
	assert.Equal(t, "in his 40s", generalizeAge("in his 40s"))
}
