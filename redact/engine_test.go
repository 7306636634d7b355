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
	err = r.residual("Sun-hee met Park.", nil, nil, nil)
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

func TestPseudonymsConsistent(t *testing.T) {
	e := mustEngine(t, testPolicy())
	doc := Document{
		Title: "Ji Min and the broker",
		Text: "Lee Ji Min met Choe Hyok. Ji Min's bag was heavy; Min carried it. " +
			"Jimin and Ji-min are the same person. Choe Hyok waited. The broker, Mr Zhang, counted.",
		Known: []Known{
			{Text: "Lee Ji Min", Category: Person, Role: RoleInterviewee},
			{Text: "Choe Hyok", Category: Person},
			{Text: "Zhang", Category: Person, Role: RoleBroker},
		},
	}
	red, err := e.Redact(doc)
	require.NoError(t, err)
	labels := map[string]map[string]bool{} // surface key → labels
	for _, s := range red.Report().Spans {
		if s.Category != Person || s.Action != Pseudonymize {
			continue
		}
		k := phraseKey(s.Text)
		if strings.HasSuffix(strings.ToLower(s.Text), "'s") {
			k = strings.TrimSuffix(k, "s")
		}
		if labels[s.Replacement] == nil {
			labels[s.Replacement] = map[string]bool{}
		}
		labels[s.Replacement][k] = true
	}
	assert.Subset(t, keys(labels["[Interviewee]"]), []string{"leejimin", "jimin", "min"})
	assert.Subset(t, keys(labels["[Person A]"]), []string{"choehyok"})
	assert.Contains(t, labels, "[Broker A]")
	for l, ks := range labels {
		if l != "[Interviewee]" {
			assert.NotContains(t, ks, "jimin", "label %s", l)
		}
	}
	assert.Equal(t, "[Interviewee] and the broker", red.Title())
	assert.NotContains(t, red.Text(), "Min")
	assert.NotContains(t, red.Text(), "Hyok")
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestSharedSurnameNamesNobody(t *testing.T) {
	e := mustEngine(t, testPolicy())
	doc := Document{
		Text: "Kim Ok-sun and Kim Chol were neighbours. Kim was arrested.",
		Known: []Known{
			{Text: "Kim Ok-sun", Category: Person, Role: RoleInterviewee},
			{Text: "Kim Chol", Category: Person},
		},
	}
	red, err := e.Redact(doc)
	require.NoError(t, err)
	out := red.Text()
	assert.NotContains(t, out, "Kim")
	assert.True(t, strings.HasPrefix(out, "[Interviewee] and [Person A] were neighbours."), out)
	// The lone "Kim" could be either: it must get neither label.
	assert.NotContains(t, out, "[Interviewee] was arrested")
	assert.NotContains(t, out, "[Person A] was arrested")
}

func TestArchivePseudonymsKeyed(t *testing.T) {
	p := testPolicy()
	p.ArchivePseudonyms = true
	p.Secret = []byte("archive secret one")
	doc := Document{Text: "Pak Chol-ho paid.", Known: []Known{{Text: "Pak Chol-ho", Category: Person}}}
	a, err := mustEngine(t, p).Redact(doc)
	require.NoError(t, err)
	b, err := mustEngine(t, p).Redact(Document{Text: "Later Pak Chol-ho left.", Known: doc.Known})
	require.NoError(t, err)
	la := a.Report().Spans[0].Replacement
	assert.Regexp(t, `^\[Person [0-9a-f]{8}\]$`, la)
	assert.Equal(t, la, b.Report().Spans[0].Replacement, "same person, same archive label")
	p2 := testPolicy()
	p2.ArchivePseudonyms = true
	p2.Secret = []byte("another archive")
	c, err := mustEngine(t, p2).Redact(doc)
	require.NoError(t, err)
	assert.NotEqual(t, la, c.Report().Spans[0].Replacement, "not linkable without the secret")
}

func TestAllowListAndKeep(t *testing.T) {
	e := mustEngine(t, testPolicy())
	doc := Document{
		Text:  "Kim Ok-sun saw Kim Jong Un on television; the United Nations wrote. Kim left. Ok-sun's phone was 010-2222-3333.",
		Known: []Known{{Text: "Kim Ok-sun", Category: Person, Role: RoleInterviewee}},
		Keep:  []string{"010-2222-3333"},
	}
	red, err := e.Redact(doc)
	require.NoError(t, err, "a removed Kim must not fail the residual check on the allow-listed Kim Jong Un")
	out := red.Text()
	assert.Contains(t, out, "Kim Jong Un on television")
	assert.Contains(t, out, "United Nations")
	assert.Contains(t, out, "010-2222-3333", "reviewer marked it a false positive")
	assert.NotContains(t, out, "Ok-sun")
	assert.NotContains(t, out, "Kim left")
	var kept bool
	for _, s := range red.Report().Spans {
		if s.Action == Keep && s.Rule == "allow list" {
			kept = true
		}
	}
	assert.True(t, kept, "the allow-list decision is in the report")
}

func TestKnownFullFormBeatsAllowList(t *testing.T) {
	p := testPolicy()
	p.Allow = append(p.Allow, "Red Star")
	e := mustEngine(t, p)
	red, err := e.Redact(Document{Text: "We said Red Star at the river.", Known: []Known{{Text: "Red Star", Category: SensitiveTerm}}})
	require.NoError(t, err)
	assert.Equal(t, "We said [removed] at the river.", red.Text())
}

func TestResidualCatchesVariants(t *testing.T) {
	e := mustEngine(t, testPolicy())
	r, err := e.plan(Document{Text: "Ri Myong-chol", Known: []Known{{Text: "Ri Myong-chol", Category: Person}}})
	require.NoError(t, err)
	for _, out := range []string{"RI MYONG CHOL", "ri myongchol", "Ri\nMyong-chol", "Ri\u200bMyong-chol", "Ｒｉ Myong-chol", "[Person A] (Ri Myong Chol)"} {
		err := r.residual(out, nil, nil, nil)
		assert.ErrorIs(t, err, ErrResidual, "variant must be caught")
	}
	assert.NoError(t, r.residual("[Person A] was here", []replacedRange{{start: 0, end: 10}}, nil, nil))
	// A form in the rest of a word whose other part was replaced is handed back, in the
	// input's offsets, for removal; with nowhere to hand it, or beside a replaced word that
	// was not glued to it, it fails the run.
	in := "XyMyongchol and Rizz"
	out := "[removed]Myongchol and Ri[removed]"
	repl := []replacedRange{{start: 0, end: 9, origStart: 0, origEnd: 2}, {start: 25, end: 34, origStart: 18, origEnd: 20}}
	hits := gluedHits{in: in}
	require.NoError(t, r.residual(out, repl, nil, &hits))
	require.Len(t, hits.hits, 2)
	assert.Equal(t, "Myongchol", in[hits.hits[0].start:hits.hits[0].end])
	assert.Equal(t, "Ri", in[hits.hits[1].start:hits.hits[1].end])
	assert.ErrorIs(t, r.residual(out, repl, nil, nil), ErrResidual)
	// "Xy-" replaced: "Myongchol" was a word of the input, and detection's to find.
	assert.ErrorIs(t, r.residual(out, repl, nil, &gluedHits{in: "Xy-Myongchol and Rizz"}), ErrResidual)
}

// TestGluedFormRemoved: a known name's part left in the rest of a word whose other part
// another detector removed goes too, and the report says why.
func TestGluedFormRemoved(t *testing.T) {
	e := mustEngine(t, fuzzPolicy())
	red, err := e.Redact(Document{Text: "중대장은 상위였어요. 그는 떠났어요.", Known: []Known{{Text: "였어요", Category: Person}}})
	require.NoError(t, err)
	assert.NotContains(t, red.Text(), "였어요")
	var found bool
	for _, s := range red.Report().Spans {
		found = found || s.Detector == "residual" && s.Text == "였어요" && s.Category == Person
	}
	assert.True(t, found, "the glued form's removal is in the report")
}

func TestRedactRejectsInvalidUTF8(t *testing.T) {
	e := mustEngine(t, testPolicy())
	_, err := e.Redact(Document{Text: "Kim \xff"})
	require.Error(t, err)
}

func TestGeneralizationInContext(t *testing.T) {
	e := mustEngine(t, testPolicy())
	doc := Document{
		Text: "A 35-year-old woman from Hyesan sent 20,000 yuan last month. Two years ago she lived in Ryanggang.",
		Date: time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC),
	}
	red, err := e.Redact(doc)
	require.NoError(t, err)
	assert.Equal(t, "A woman in her 30s from [a city in Ryanggang Province] sent [10,000–50,000 yuan] in 2019. In 2017 she lived in Ryanggang.", red.Text())
}

// Generalized text must still read as a sentence: the copula an age span holds stays, the
// pronoun follows the speaker, and a capital is kept only where a sentence starts.
func TestGeneralizationKeepsGrammar(t *testing.T) {
	p := testPolicy()
	p.Rules[Date] = Rule{Action: Generalize, Level: "decade"}
	e := mustEngine(t, p)
	doc := Document{
		Text: "When I was 17 my mother died. We crossed in\nMarch 2003 at night.\n\nMarch 2003 was cold.",
		Date: time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC),
	}
	red, err := e.Redact(doc)
	require.NoError(t, err)
	assert.Contains(t, red.Text(), "When I was in my teens my mother died.")
	assert.Contains(t, red.Text(), "crossed in\nthe 2000s at night.")
	assert.Contains(t, red.Text(), "\n\nThe 2000s was cold.")
}

// Korean particles attach to numbers; a phone number followed by one is still a phone number.
func TestNumbersWithHangulParticles(t *testing.T) {
	e := mustEngine(t, testPolicy())
	for _, text := range []string{
		"전화번호는 +86 132 4430 9917이었고 연락이 왔다.",
		"번호는 13244309917이에요.",
		"그 번호 010-2345-6789로 전화했어요.",
	} {
		red, err := e.Redact(Document{Text: text})
		require.NoError(t, err, text)
		assert.NotRegexp(t, `[0-9]{4}`, red.Text(), "digits left readable")
	}
}

// Codewords spoken in the interview identify a family as surely as a name; a quoted phrase
// after a codeword cue is removed everywhere, a quoted sentence is not.
func TestSpokenCodewords(t *testing.T) {
	e := mustEngine(t, testPolicy())
	red, err := e.Redact(Document{Text: "We use the word \"white rabbit\" to check. Later she said \"white rabbit\" again. " +
		"He said \"we must leave before the guards come back\" and left. 암호는 \"해바라기\"였어요."})
	require.NoError(t, err)
	assert.NotContains(t, red.Text(), "white rabbit")
	assert.NotContains(t, red.Text(), "해바라기")
	assert.Contains(t, red.Text(), "we must leave before the guards come back")
}

func TestHangulKnownTerms(t *testing.T) {
	e := mustEngine(t, testPolicy())
	doc := Document{
		Text:  "어머니는 \"노란 우산\"이라고 말했다. 김지민이 왔다. 노란우산도 있었다.",
		Known: []Known{{Text: "노란 우산", Category: SensitiveTerm}, {Text: "김지민", Category: Person}},
	}
	red, err := e.Redact(doc)
	require.NoError(t, err)
	assert.NotContains(t, red.Text(), "우산")
	assert.NotContains(t, red.Text(), "김지민")
	assert.Contains(t, red.Text(), "이라고 말했다")
}

func TestConcurrentRedact(t *testing.T) {
	e := mustEngine(t, testPolicy())
	docs := []Document{
		{Text: "Kim Ji-min sent 20,000 yuan to Hyesan last month; call 010-1234-5678.", Known: []Known{{Text: "Kim Ji-min", Category: Person}}},
		{Text: "A 35-year-old woman served in Unit 1234 as a Sergeant.", Known: []Known{{Text: "green kettle", Category: SensitiveTerm}}},
	}
	want := make([]string, len(docs))
	for i, d := range docs {
		r, err := e.Redact(d)
		require.NoError(t, err)
		want[i] = r.Text()
	}
	done := make(chan error)
	for g := 0; g < 8; g++ {
		go func(g int) {
			for k := 0; k < 20; k++ {
				r, err := e.Redact(docs[(g+k)%len(docs)])
				if err == nil && r.Text() != want[(g+k)%len(docs)] {
					err = errors.New("different output under concurrency")
				}
				if err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}(g)
	}
	for g := 0; g < 8; g++ {
		assert.NoError(t, <-done)
	}
}

func TestKnownPartsThatAreWords(t *testing.T) {
	e := mustEngine(t, testPolicy())
	red, err := e.Redact(Document{
		Text:  "Ryu Sun-ok sold sun cream. Sun-ok said the sun was cruel. Sun left early.",
		Known: []Known{{Text: "Ryu Sun-ok", Category: Person, Role: RoleInterviewee}},
	})
	require.NoError(t, err)
	assert.Equal(t, "[Interviewee] sold sun cream. [Interviewee] said the sun was cruel. [Interviewee] left early.", red.Text())
}

func TestKoreanGivenAt(t *testing.T) {
	assert.Equal(t, len("Dok-hyon"), koreanGivenAt("Dok-hyon's platoon"))
	assert.Equal(t, 0, koreanGivenAt("Dok hyon"))
	assert.Equal(t, 0, koreanGivenAt("dok-hyon"))
	assert.Equal(t, 0, koreanGivenAt("Sino-Korean"))
	assert.Equal(t, len("Yun Song-gap"), extendHyphenated("Yun Song-gap, gathered", len("Yun Song")))
	assert.Equal(t, len("Son Dok-hyon"), extendHyphenated("Son Dok-hyon's platoon", len("Son")))
}

func TestOneLetterKnownIsIgnored(t *testing.T) {
	e := mustEngine(t, testPolicy())
	red, err := e.Redact(Document{Text: "Q: Was it a long way?\nA: A long way, yes.",
		Known: []Known{{Text: "A", Category: Person, Role: RoleSpeaker}, {Text: "Q", Category: Person, Role: RoleInterviewer}}})
	require.NoError(t, err)
	assert.Contains(t, red.Text(), "Was it a long way?")
}

func TestTopicsNamingRemovedFormsAreDropped(t *testing.T) {
	e := mustEngine(t, testPolicy())
	red, err := e.Redact(Document{Text: "Pak Chol-ho paid the broker.", Topics: []string{"brokers", "Pak Chol-ho", "North Korea"},
		Known: []Known{{Text: "Pak Chol-ho", Category: Person}}})
	require.NoError(t, err)
	assert.Equal(t, []string{"brokers", "North Korea"}, red.Topics())
}

func TestPublicBodyWithGenericWords(t *testing.T) {
	p := testPolicy()
	p.Allow = append(p.Allow, "Hanawon")
	e := mustEngine(t, p)
	red, err := e.Redact(Document{Text: "I came through the Hanawon centre in 2018. My mother is 63 now. She worked at the Musan Mine."})
	require.NoError(t, err)
	assert.Contains(t, red.Text(), "the Hanawon centre")
	assert.Contains(t, red.Text(), "My mother is in her 60s now.")
	assert.Contains(t, red.Text(), "[a mine]")
}

func TestAllowListDoesNotCoverPlacesNamedAfterLeaders(t *testing.T) {
	p := testPolicy()
	p.Allow = append(p.Allow, "Kim Jong Suk")
	e := mustEngine(t, p)
	text := "Kim Jong Suk was honoured. We lived in Kimjongsuk county."
	r, err := e.plan(Document{Text: text})
	require.NoError(t, err)
	var allowed []string
	for _, a := range r.text.allow {
		allowed = append(allowed, text[a[0]:a[1]])
	}
	assert.Equal(t, []string{"Kim Jong Suk"}, allowed)
}

// TestEngineBugIsAnError: a panic inside the engine becomes an error that names the
// document, and only a runtime error's message is kept, since any other panic value might
// carry testimony text.
func TestEngineBugIsAnError(t *testing.T) {
	run := func(f func()) (err error) {
		defer engineBug(Document{ID: "doc-1"}, &err)
		f()
		return nil
	}
	words := []string{"a"}
	err := run(func() { _ = words[len(words)+1] })
	require.Error(t, err)
	assert.Contains(t, err.Error(), "doc-1")
	assert.Contains(t, err.Error(), "index out of range")

	err = run(func() { panic("Kim Ji-min of Hyesan") })
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "Kim")
	assert.Contains(t, err.Error(), "unexpected panic")

	require.NoError(t, run(func() {}))
}

// TestGluedFormTakesThePersonsLabel: a glued form of a person named elsewhere in the
// testimony is replaced by that person's pseudonym, not by a bare removal.
func TestGluedFormTakesThePersonsLabel(t *testing.T) {
	e := mustEngine(t, fuzzPolicy())
	// The rank "상위" is removed from "상위였어요", leaving the listed name glued to it.
	red, err := e.Redact(Document{Text: "였어요 said so. 중대장은 상위였어요.", Known: []Known{{Text: "였어요", Category: Person}}})
	require.NoError(t, err)
	labels := map[string]bool{}
	var glued bool
	for _, s := range red.Report().Spans {
		if s.Text == "였어요" {
			labels[s.Replacement] = true
			glued = glued || s.Detector == "residual"
		}
	}
	require.True(t, glued, "the glued mention is the residual step's")
	assert.Len(t, labels, 1, "one person, one label: %v", labels)
}

// TestGluedFormsOverlapping: Hangul keys report every key that starts a word, so two glued
// forms may share a start; they are removed as one, and nothing of either stays.
func TestGluedFormsOverlapping(t *testing.T) {
	e := mustEngine(t, fuzzPolicy())
	doc := Document{Text: "그는 김철수는이다 왔어요.", Known: []Known{{Text: "김철", Category: Person}, {Text: "수는이다", Category: Person}, {Text: "수는", Category: Person}}}
	red, err := e.Redact(doc)
	require.NoError(t, err)
	assert.NotContains(t, red.Text(), "이다 ")
	var starts []int
	for _, s := range red.Report().Spans {
		if s.Action != Keep {
			for _, o := range starts {
				assert.NotEqual(t, o, s.Start, "two removals start at %d", o)
			}
			starts = append(starts, s.Start)
		}
	}
}
