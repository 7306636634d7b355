package redact

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testPolicy is a strict-like policy built in code, so these tests do not depend on the
// policies package or on the gazetteer data.
func testPolicy() *Policy {
	return &Policy{
		Name: "test", Version: "1",
		Rules: map[Category]Rule{
			Person:        {Action: Pseudonymize},
			Phone:         {Action: Suppress, Level: "category"},
			Email:         {Action: Suppress, Level: "category"},
			URL:           {Action: Suppress},
			Handle:        {Action: Suppress},
			IDNumber:      {Action: Suppress},
			Address:       {Action: Suppress},
			BirthDate:     {Action: Generalize, Level: "year"},
			SensitiveTerm: {Action: Suppress},
			Place:         {Action: Generalize, Level: "province"},
			Date:          {Action: Generalize, Level: "year"},
			Age:           {Action: Generalize, Level: "decade"},
			Money:         {Action: Generalize, Level: "range"},
			Quantity:      {Action: Generalize},
			Workplace:     {Action: Generalize},
			MilitaryUnit:  {Action: Suppress},
			Rank:          {Action: Generalize},
			Physical:      {Action: Suppress},
			Route:         {Action: Generalize},
		},
		Allow: []string{"Kim Jong Un", "United Nations", "North Korea"},
		Deny:  []string{"blue kettle"},
		Gazetteer: &Gazetteer{
			Places: map[string]PlaceEntry{
				"hyesan":      {Name: "Hyesan", Kind: "city", Province: "Ryanggang", Country: "North Korea"},
				"ryanggang":   {Name: "Ryanggang", Kind: "province", Province: "Ryanggang", Country: "North Korea"},
				"north korea": {Name: "North Korea", Kind: "country", Country: "North Korea"},
			},
		},
	}
}

func mustEngine(t testing.TB, p *Policy) *Engine {
	t.Helper()
	e, err := New(p)
	require.NoError(t, err)
	return e
}

func TestRedactKnownAndContacts(t *testing.T) {
	e := mustEngine(t, testPolicy())
	doc := Document{
		ID:    "t1",
		Title: "Interview with Kim Ji-min",
		Text: "Kim Ji-min said we should call my broker on 010-1234-5678 or +86 138 0013 8000. " +
			"Write to jimin.kim88@example.com. Ji Min's mother stayed. Jimin laughed. " +
			"KIM JI MIN is on the list. The blue kettle was our sign. Kim Jong Un spoke on the radio.",
		Date: time.Date(2019, 4, 2, 0, 0, 0, 0, time.UTC),
		Known: []Known{
			{Text: "Kim Ji-min", Category: Person, Role: RoleInterviewee},
		},
	}
	red, err := e.Redact(doc)
	require.NoError(t, err)
	out := red.Text()
	for _, bad := range []string{"Ji-min", "Ji Min", "Jimin", "JI MIN", "010-1234", "138 0013", "example.com", "blue kettle"} {
		assert.NotContains(t, out, bad)
	}
	assert.Contains(t, out, "[Interviewee] said we")
	assert.Contains(t, out, "[phone number]")
	assert.Contains(t, out, "[email address]")
	assert.Contains(t, out, "Kim Jong Un spoke", "allow-listed public figure stays readable")
	assert.Equal(t, "Interview with [Interviewee]", red.Title())
	assert.Equal(t, 2019, red.Year())
	assert.Equal(t, "t1", red.ID())
	rep := red.Report()
	assert.Equal(t, "test", rep.Policy)
	assert.Len(t, rep.InputSHA256, 64)
	assert.Greater(t, rep.Counts[Person], 3)
	assert.Equal(t, 2, rep.Counts[Phone])
	for _, s := range rep.Spans {
		src := doc.Text
		if s.Field == "title" {
			src = doc.Title
		}
		require.True(t, s.Start >= 0 && s.Start < s.End && s.End <= len(src), "span offsets")
		assert.Equal(t, src[s.Start:s.End], s.Text)
		assert.NotEmpty(t, s.Detector)
		assert.NotEmpty(t, s.Rule)
		assert.NotEmpty(t, s.Reason)
	}
}

func TestResidualErrorNeverQuotesText(t *testing.T) {
	e := mustEngine(t, testPolicy())
	r, err := e.plan(Document{Text: "Sun-hee met Park.", Known: []Known{{Text: "Sun-hee", Category: Person}}})
	require.NoError(t, err)
	// Render nothing: the original itself must fail the residual check.
	err = r.residual("Sun-hee met Park.", nil)
	require.Error(t, err)
	assert.True(t, errors.Is(err, ErrResidual))
	assert.NotContains(t, strings.ToLower(err.Error()), "sun")
}

func TestNewRejectsBadPolicy(t *testing.T) {
	for name, p := range map[string]*Policy{
		"nil":              nil,
		"unknown category": {Name: "x", Rules: map[Category]Rule{"shoe_size": {Action: Suppress}}},
		"unknown action":   {Name: "x", Rules: map[Category]Rule{Person: {Action: "shred"}}},
		"bad level":        {Name: "x", Rules: map[Category]Rule{Place: {Action: Generalize, Level: "galaxy"}}},
		"no secret":        {Name: "x", ArchivePseudonyms: true},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := New(p)
			assert.Error(t, err)
		})
	}
}
