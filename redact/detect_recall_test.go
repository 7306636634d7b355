package redact

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

// Places the sentence shows: Hangul villages abroad between their province and "근처" or
// "마을", a station of a known town, and a region inside a province.
func TestPlacesFromContext(t *testing.T) {
	p := testPolicy()
	p.Gazetteer.Places["쿠르스크주"] = PlaceEntry{Name: "Kursk Oblast", Kind: "province", Province: "Kursk Oblast", Country: "Russia"}
	p.Gazetteer.Places["단천"] = PlaceEntry{Name: "Tanchon", Kind: "city", Province: "South Hamgyong", Country: "North Korea"}
	p.Gazetteer.Places["yanbian"] = PlaceEntry{Name: "Yanbian", Kind: "region", Province: "Jilin", Country: "China"}
	e := mustEngine(t, p)
	for in, want := range map[string]string{
		"쿠르스크주 노보이바노프카 근처에서 잡혔어요.":          "쿠르스크주 [a county in Kursk Oblast] 근처에서 잡혔어요.",
		"쿠르스크주 볼쇼예 솔다츠코예 마을에 있었어요.":         "쿠르스크주 [a county in Kursk Oblast] 마을에 있었어요.",
		"쿠르스크주 시내 근처였어요.":                   "쿠르스크주 시내 근처였어요.",
		"아버지는 단천역에서 일했어요.":                  "아버지는 [a city in South Hamgyong Province]에서 일했어요.",
		"She worked in Yanbian for a year.": "She worked in [a region in Jilin Province] for a year.",
	} {
		red, err := e.Redact(Document{Text: in})
		require.NoError(t, err)
		assert.Equal(t, want, red.Text(), in)
	}
}

// A surname alone is never the interviewee's or the interviewer's label: they are "I" and
// "you" in their testimony, so "Kim" is someone else even when no other Kim is named.
func TestBareSurnameIsNotTheInterviewee(t *testing.T) {
	p := testPolicy()
	p.Gazetteer.Surnames = map[string]string{"kim": "kim", "park": "park"}
	e := mustEngine(t, p)
	red, err := e.Redact(Document{
		Text:  "I am Kim Su-yon. Then Kim, our neighbour, was arrested. Park Chol lent him a cart; Park was fined.",
		Known: []Known{{Text: "Kim Su-yon", Category: Person, Role: RoleInterviewee}},
	})
	require.NoError(t, err)
	out := red.Text()
	assert.NotContains(t, out, "Kim")
	assert.Contains(t, out, "I am [Interviewee].")
	assert.NotContains(t, out, "Then [Interviewee]")
	// A surname alone still joins the one other person named in full with it.
	assert.Regexp(t, `(\[Person [A-Z]\]) lent him a cart; (\[Person [A-Z]\]) was fined`, out)
	m := regexp.MustCompile(`(\[Person [A-Z]\]) lent him a cart; (\[Person [A-Z]\]) was fined`).FindStringSubmatch(out)
	require.Len(t, m, 3)
	assert.Equal(t, m[1], m[2], out)
}

// A number in words found as an age or a count is not spread to its other occurrences.
func TestNumberWordsAreNotPropagated(t *testing.T) {
	e := mustEngine(t, testPolicy())
	red, err := e.Redact(Document{Text: "I have three children; two are with me. Two buses came in one night."})
	require.NoError(t, err)
	assert.Contains(t, red.Text(), "Two buses came in one night.")
	assert.NotContains(t, red.Text(), "; two are")
	assert.True(t, onlyNumberWords("seventy three"))
	assert.True(t, onlyNumberWords("about twenty"))
	assert.False(t, onlyNumberWords("two sons"))
}
