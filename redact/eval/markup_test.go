package eval

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "regenerate testdata/gold/gold.json from testdata/gold/*.md")

const sampleMarkup = `---
title: Remittances
language: en
interview_date: 2021-03-04
interviewer: Jane Roe
interviewee: Kim Ji-min
policy: defector-family
topics: [remittance, broker]
sensitive_terms:
  - Blue Kettle
---
{{PERSON:DIRECT:p1|Kim Ji-min}} sent {{QUANTITY:QUASI:m1|20,000 yuan}} from
{{LOC:QUASI:l1|혜산}} to {{ORG:NO_MASK:o1|the United Nations}}. {{PERSON:DIRECT:p1|Ji-min}} said so.
`

func TestParseMarkup(t *testing.T) {
	d, err := ParseMarkup("testdata/gold/01-remittance.md", []byte(sampleMarkup))
	require.NoError(t, err)
	assert.Equal(t, "01-remittance", d.ID)
	assert.Equal(t, "Kim Ji-min sent 20,000 yuan from\n혜산 to the United Nations. Ji-min said so.\n", d.Text)
	assert.Equal(t, map[string]any{
		"title":           "Remittances",
		"language":        "en",
		"interview_date":  "2021-03-04",
		"interviewer":     "Jane Roe",
		"interviewee":     "Kim Ji-min",
		"policy":          "defector-family",
		"topics":          []any{"remittance", "broker"},
		"sensitive_terms": []any{"Blue Kettle"},
	}, d.Meta)
	ms := d.Mentions()
	require.Len(t, ms, 5)
	runes := []rune(d.Text)
	want := []struct{ typ, idType, ent, text string }{
		{"PERSON", Direct, "p1", "Kim Ji-min"},
		{"QUANTITY", Quasi, "m1", "20,000 yuan"},
		{"LOC", Quasi, "l1", "혜산"},
		{"ORG", NoMask, "o1", "the United Nations"},
		{"PERSON", Direct, "p1", "Ji-min"},
	}
	for i, w := range want {
		m := ms[i]
		assert.Equal(t, w.typ, m.EntityType)
		assert.Equal(t, w.idType, m.IdentifierType)
		assert.Equal(t, w.ent, m.EntityID)
		assert.Equal(t, w.text, m.SpanText)
		assert.Equal(t, w.text, string(runes[m.Start:m.End]), "offsets are code points")
	}
	assert.Equal(t, "01-remittance_em5", ms[4].MentionID)

	// The converted document is valid TAB gold and the engine input carries the front matter.
	data, err := MarshalGold([]Doc{d})
	require.NoError(t, err)
	back, err := ParseGold(data)
	require.NoError(t, err)
	assert.Equal(t, d.Mentions(), back[0].Mentions())
	in := Document(&back[0])
	assert.Equal(t, "en", in.Language)
	assert.Equal(t, 2021, in.Date.Year())
	require.Len(t, in.Known, 3)
	assert.Equal(t, "Kim Ji-min", in.Known[0].Text)
	assert.Equal(t, "Jane Roe", in.Known[1].Text)
	assert.Equal(t, "Blue Kettle", in.Known[2].Text)
}

func TestParseMarkupErrors(t *testing.T) {
	fm := "---\ntitle: x\n---\n" // body starts on line 4
	tests := []struct {
		name, data, want string
	}{
		{"no front matter", "hello {{PERSON:DIRECT:p|A}}", "bad.md:1: want YAML front matter"},
		{"unclosed front matter", "---\ntitle: x\n", "bad.md:1: front matter is not closed"},
		{"bad yaml", "---\ntitle: [x\n---\nbody", "bad.md: front matter"},
		{"unknown type", fm + "one\ntwo {{NAME:DIRECT:p1|A}}", "bad.md:5: unknown entity type \"NAME\""},
		{"unknown id type", fm + "{{PERSON:SECRET:p1|A}}", "bad.md:4: unknown identifier type \"SECRET\""},
		{"missing bar", fm + "\n\n{{PERSON:DIRECT:p1 A}}", "bad.md:6: mention has no \"|\""},
		{"missing entity", fm + "{{PERSON:DIRECT|A}}", "bad.md:4: mention head \"PERSON:DIRECT\""},
		{"empty surface", fm + "{{PERSON:DIRECT:p1| }}", "bad.md:4: mention of p1 has empty surface text"},
		{"unclosed", fm + "a\n{{PERSON:DIRECT:p1|A", "bad.md:5: \"{{\" is never closed"},
		{"nested", fm + "{{PERSON:DIRECT:p1|A {{LOC:QUASI:l|B}}}}", "bad.md:4: nested"},
		{"stray close", fm + "a\nb\nc }}", "bad.md:6: \"}}\" without an opening"},
		{"entity with two types", fm + "{{PERSON:DIRECT:e1|A}}\n{{LOC:QUASI:e1|B}}", "bad.md:5: entity \"e1\" is LOC here but PERSON before"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseMarkup("bad.md", []byte(tt.data))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestParseMarkupLinesAfterMultilineMention(t *testing.T) {
	data := "---\ntitle: x\n---\n{{PERSON:DIRECT:p1|Kim\nJi-min}}\n{{BAD:DIRECT:p2|x}}"
	_, err := ParseMarkup("f.md", []byte(data))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "f.md:6:")
}

// TestGoldCorpusInSync converts every testdata/gold/*.md and compares the result with
// testdata/gold/gold.json. Regenerate it with
//
//	go test ./redact/eval -run TestGoldCorpusInSync -update
func TestGoldCorpusInSync(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata", "gold")
	files, err := filepath.Glob(filepath.Join(dir, "*.md"))
	require.NoError(t, err)
	if len(files) == 0 {
		t.Skip("no gold interviews in testdata/gold yet")
	}
	docs, err := readMarkupFiles(files)
	require.NoError(t, err)
	got, err := MarshalGold(docs)
	require.NoError(t, err)
	golden := filepath.Join(dir, "gold.json")
	if *update {
		require.NoError(t, os.WriteFile(golden, got, 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "run: go test ./redact/eval -run TestGoldCorpusInSync -update")
	if !bytes.Equal(want, got) {
		t.Fatalf("%s is out of date with testdata/gold/*.md; run: go test ./redact/eval -run TestGoldCorpusInSync -update", golden)
	}
	back, err := ParseGold(want)
	require.NoError(t, err)
	assert.Len(t, back, len(files))
	for _, d := range back {
		runes := []rune(d.Text)
		for _, m := range d.Mentions() {
			assert.Equal(t, m.SpanText, string(runes[m.Start:m.End]), "%s %s", d.ID, m.MentionID)
		}
	}
}
