package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/archive"
	"github.com/testimony-archive/testimony/index"
	"github.com/testimony-archive/testimony/redact"
)

func TestOneLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"two\nlines", "two; lines"},
		{"  padded \r\n\r\n  more  \n", "padded; more"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, oneLine(tt.in))
		})
	}
}

func TestErrorText(t *testing.T) {
	pe := &fs.PathError{Op: "open", Path: "x.md", Err: fs.ErrNotExist}
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"path error names the file first", pe, "x.md: file does not exist"},
		{"wrapped path error loses its op", fmt.Errorf("identity file: %w", pe), "identity file: x.md: file does not exist"},
		{"other errors unchanged", errors.New("a.md: empty file"), "a.md: empty file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, errorText(tt.err))
		})
	}
}

func TestExitCode(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want int
	}{
		{"nil", nil, exitOK},
		{"failure", errors.New("x"), exitError},
		{"usage", usagef("bad"), exitUsage},
		{"index busy", fmt.Errorf("search: %w", index.ErrBusy), exitBusy},
		{"archive busy", archive.ErrBusy, exitBusy},
		{"already reported", &reportedError{code: 3}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, exitCode(tt.err))
		})
	}
}

// TestUsage runs command lines that fail before any package is called: each gives exit code 2
// and exactly one line on stderr.
func TestUsage(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"frobnicate"}, `testimony: unknown command "frobnicate" (run 'testimony --help' for the list)`},
		{[]string{"--frob"}, "testimony: flag provided but not defined: -frob (see 'testimony --help')"},
		{[]string{"ingest", "--frob"}, "testimony: ingest: flag provided but not defined: -frob (see 'testimony ingest --help')"},
		{[]string{"ingest", "--archive", "a"}, "testimony: ingest: missing FILE, DIR or - (stdin)"},
		{[]string{"ingest", "--archive", "a", "-", "-"}, "testimony: ingest: - (stdin) can be given only once"},
		{[]string{"ingest", "x.md"}, "testimony: ingest: --archive DIR is required (or set TESTIMONY_ARCHIVE)"},
		{[]string{"search", "--archive", "a", "q", "--json"}, "testimony: search: flag --json must come before the arguments"},
		{[]string{"search", "--archive", "a", "q", "--limit=3"}, "testimony: search: flag --limit=3 must come before the arguments"},
		{[]string{"search", "--archive", "a", "--limit", "0", "q"}, "testimony: search: --limit must be at least 1"},
		{[]string{"search", "--archive", "a", "--limit", "x", "q"}, `testimony: search: invalid value "x" for flag -limit: parse error (see 'testimony search --help')`},
		{[]string{"show", "--archive", "a"}, "testimony: show: missing ID"},
		{[]string{"show", "--archive", "a", "x", "y"}, "testimony: show: expected one ID, got 2 arguments"},
		{[]string{"reveal", "--archive", "a", "x"}, "testimony: reveal: -i IDENTITY is required (an age identity file)"},
		{[]string{"withdraw", "--archive", "a", "x"}, "testimony: withdraw: -i IDENTITY is required (an age identity file)"},
		{[]string{"list", "--archive", "a", "x"}, `testimony: list: unexpected argument "x"`},
		{[]string{"init", "--archive", "a"}, "testimony: init: give -r RECIPIENT or -R FILE, or --identity-out FILE to generate a new identity"},
		{[]string{"init", "--archive", "a", "--identity-out", "k", "-r", "age1x"}, "testimony: init: --identity-out generates a key and cannot be combined with -r or -R"},
		{[]string{"redact", "--with-text", "x.md"}, "testimony: redact: --with-text needs --json"},
		{[]string{"redact"}, "testimony: redact: missing FILE (or - for stdin)"},
		{[]string{"policy", "frob"}, `testimony: policy: unknown subcommand "frob" (run 'testimony policy --help')`},
		{[]string{"policy", "show"}, "testimony: policy show: missing policy NAME"},
		{[]string{"policy", "eval", "--gold", "g.json"}, "testimony: policy eval: --policy NAME is required"},
		{[]string{"policy", "eval", "--policy", "base"}, "testimony: policy eval: --gold FILE is required"},
		{[]string{"audit", "verify"}, "testimony: audit verify: --archive DIR is required (or set TESTIMONY_ARCHIVE)"},
		{[]string{"audit", "frob"}, `testimony: audit: unknown subcommand "frob" (run 'testimony audit --help')`},
		{[]string{"check", "--archive", "a", "x"}, `testimony: check: unexpected argument "x"`},
		{[]string{"demo", "x"}, `testimony: demo: unexpected argument "x"`},
		{[]string{"help", "frob"}, `testimony: No help topic for 'frob'`},
	}
	t.Setenv(envArchive, "")
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(append([]string{"testimony"}, tt.args...), strings.NewReader(""), &stdout, &stderr)
			assert.Equal(t, exitUsage, code)
			assert.Equal(t, tt.want+"\n", stderr.String())
			assert.Empty(t, stdout.String())
		})
	}
}

func TestHelpAndVersion(t *testing.T) {
	for _, args := range [][]string{{}, {"--help"}, {"help"}, {"ingest", "--help"}, {"help", "search"}, {"policy"}, {"audit", "--help"}, {"--version"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(append([]string{"testimony"}, args...), strings.NewReader(""), &stdout, &stderr)
			assert.Equal(t, exitOK, code)
			assert.NotEmpty(t, stdout.String())
			assert.Empty(t, stderr.String())
		})
	}
}

func TestCountsTable(t *testing.T) {
	got := countsTable(map[string]int{"phone": 1, "person": 4, "email": 1, "place": 0})
	want := "category  removed\n" +
		"person    4\n" +
		"email     1\n" +
		"phone     1\n" +
		"total     6\n"
	assert.Equal(t, want, got)
	assert.Equal(t, "category  removed\ntotal     0\n", countsTable(map[string]int{}))
}

func TestCountsInline(t *testing.T) {
	assert.Equal(t, "person=2 phone=1", countsInline(map[string]int{"phone": 1, "person": 2, "x": 0}))
	assert.Equal(t, "", countsInline(nil))
}

func TestFormatShow(t *testing.T) {
	tests := []struct{ title, text, want string }{
		{"", "body", "body\n"},
		{"", "body\n", "body\n"},
		{"T", "body", "# T\n\nbody\n"},
		{"", "", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, formatShow(tt.title, tt.text))
	}
}

// TestSearchJSONShape pins the documented shape: hits, snippets and facets are never null.
func TestSearchJSONShape(t *testing.T) {
	tests := []struct {
		name string
		res  *index.Result
		want string
	}{
		{"empty", &index.Result{}, `{"total":0,"hits":[],"facets":{}}`},
		{"one hit", &index.Result{
			Total:  1,
			Hits:   []index.Hit{{ID: "t1", Score: 0.5}},
			Facets: map[string][]index.Facet{"year": {{Term: "2019", Count: 1}}},
		}, `{"total":1,"hits":[{"id":"t1","score":0.5,"snippets":[]}],"facets":{"year":[{"term":"2019","count":1}]}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(toSearchJSON(tt.res))
			require.NoError(t, err)
			assert.JSONEq(t, tt.want, string(b))
		})
	}
}

func TestPrintSearch(t *testing.T) {
	var b bytes.Buffer
	printSearch(&b, &index.Result{
		Total:  2,
		Hits:   []index.Hit{{ID: "t1", Score: 1.25, Snippets: []string{"a <mark>broker</mark>\nsaid"}}},
		Facets: map[string][]index.Facet{"year": {{Term: "2019", Count: 1}, {Term: "", Count: 1}}, "language": {{Term: "en", Count: 2}}},
	})
	assert.Equal(t, "2 testimonies match (showing 1)\n"+
		"t1  score 1.2500\n"+
		"    a <mark>broker</mark> said\n"+
		"facets: language: en (2) · year: 2019 (1), (none) (1)\n", b.String())
}

// TestSpansJSONHidesText: without --with-text no span carries surface text, not even through
// the entity key, which is derived from the name.
func TestSpansJSONHidesText(t *testing.T) {
	spans := []redact.Span{{Start: 3, End: 16, Text: "Kim Jeong-suk", Category: redact.Person, Action: redact.Pseudonymize,
		Replacement: "[Interviewee]", Entity: "kim|jeongsuk", Detector: "known", Rule: "front matter", Reason: "interviewee"}}

	spans = append(spans, redact.Span{Start: 20, End: 23, Text: "마세요", Category: redact.Person,
		Reason: `Hangul surname "마" + two given-name syllables`})
	b, err := json.Marshal(spansJSON(spans[:1], false, ""))
	require.NoError(t, err)
	assert.NotContains(t, strings.ToLower(string(b)), "jeong")
	assert.JSONEq(t, `[{"field":"text","start":3,"end":16,"category":"person","action":"pseudonymize",
		"replacement":"[Interviewee]","rule":"front matter","detector":"known","reason":"interviewee","score":0}]`, string(b))

	b, err = json.Marshal(spansJSON(spans[1:], false, ""))
	require.NoError(t, err)
	assert.NotContains(t, string(b), "마")

	b, err = json.Marshal(spansJSON(spans, true, ""))
	require.NoError(t, err)
	assert.Contains(t, string(b), `Hangul surname \"마\"`)
	assert.Contains(t, string(b), `"text":"Kim Jeong-suk"`)
	assert.Contains(t, string(b), `"entity":"kim|jeongsuk"`)
}

func TestIngestResultsJSON(t *testing.T) {
	got := ingestResultsJSON([]archive.IngestResult{
		{ID: "t1", Source: "a.md", Policy: "base", Status: archive.StatusReleased, Counts: map[string]int{"person": 2}},
		{Source: "b.md", Error: "b.md: empty file"},
		{ID: "t3", Source: "c.md", Policy: "pow", Status: archive.StatusPending, Error: "c.md: residual check failed\n"},
	})
	b, err := json.Marshal(got)
	require.NoError(t, err)
	assert.JSONEq(t, `[
		{"id":"t1","source":"a.md","policy":"base","status":"released","counts":{"person":2}},
		{"id":"","source":"b.md","policy":"","status":"refused","error":"b.md: empty file"},
		{"id":"t3","source":"c.md","policy":"pow","status":"pending","error":"c.md: residual check failed"}
	]`, string(b))
	b, err = json.Marshal(ingestResultsJSON(nil))
	require.NoError(t, err)
	assert.Equal(t, "[]", string(b))
}

func TestPrintIngestResults(t *testing.T) {
	var b bytes.Buffer
	printIngestResults(&b, []archive.IngestResult{
		{ID: "abc", Source: "a.md", Policy: "defector-family", Status: "released"},
		{Source: "bad.md", Error: "bad.md: empty"},
		{ID: "defgh", Source: "b.vtt", Policy: "base", Status: "review"},
	})
	assert.Equal(t, "abc    released  defector-family  a.md\ndefgh  review    base             b.vtt\n", b.String())
}

func TestFindRepoInterviews(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "cmd", "testimony")
	require.NoError(t, os.MkdirAll(deep, 0o700))
	require.NoError(t, os.MkdirAll(filepath.Join(root, "testdata", "interviews"), 0o700))

	assert.Empty(t, findRepoInterviews(deep), "no go.mod: not our repository")

	require.NoError(t, os.WriteFile(filepath.Join(root, "go.mod"), []byte("module example.com/other\n"), 0o600))
	assert.Empty(t, findRepoInterviews(deep), "another module")

	require.NoError(t, os.WriteFile(filepath.Join(root, "go.mod"), []byte("module "+modulePath+"\n\ngo 1.26\n"), 0o600))
	assert.Equal(t, filepath.Join(root, "testdata", "interviews"), findRepoInterviews(deep))
	assert.Equal(t, filepath.Join(root, "testdata", "interviews"), findRepoInterviews(root))
}

func TestDemoSamplesBuiltIn(t *testing.T) {
	t.Chdir(t.TempDir())
	root := t.TempDir()
	dir, fromRepo, err := demoSamples(root)
	require.NoError(t, err)
	assert.False(t, fromRepo)
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 3)
	for _, e := range entries {
		fi, err := e.Info()
		require.NoError(t, err)
		assert.Equal(t, fs.FileMode(0o600), fi.Mode().Perm(), e.Name())
	}
}

func TestClipLines(t *testing.T) {
	assert.Equal(t, "a\nb\n", clipLines("a\nb", 3))
	assert.Equal(t, "a\nb\n\n… 2 more lines (testimony show prints them all)\n", clipLines("a\nb\nc\nd\n", 2))
}

func TestFormatShowTrimsLeadingBlankLines(t *testing.T) {
	assert.Equal(t, "# T\n\nbody\n", formatShow("T", "\n\nbody"))
}

func TestSummary(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Direct identifiers of private persons: names, phones.", "Direct identifiers of private persons"},
		{"Short one. Second sentence.", "Short one"},
		{"no stop", "no stop"},
		{strings.Repeat("x", 100), strings.Repeat("x", 89) + "…"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, summary(tt.in))
	}
}

func TestScrubReason(t *testing.T) {
	const visible = "A man named [Person A] met Kim Jong Un in [a county in North Hamgyong Province]."
	tests := []struct{ reason, text, want string }{
		{`Hangul surname "마" + two given-name syllables`, "마세요", `Hangul surname "…" + two given-name syllables`},
		{`after cue "named"`, "Yun Chol-min", `after cue "named"`},
		{`surname "Kim" and given name "Jeong-suk"`, "Kim Jeong-suk", `surname "…" and given name "…"`},
		{`variant "GIM" of "Kim"`, "gim", `variant "…" of "Kim"`},
		{`variant "Gim" of "Pak"`, "Gim", `variant "…" of "…"`},
		{`gazetteer county "Onsong" (Hangul)`, "온성", `gazetteer county "…" (Hangul)`},
		{`after cue "Major"`, "Ri Chol", `after cue "…"`},
		{`listed for this testimony`, "Kim", `listed for this testimony`},
		{`unbalanced "quote`, "quote", `unbalanced "quote`},
		{`empty ""`, "x", `empty ""`},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			assert.Equal(t, tt.want, scrubReason(tt.reason, tt.text, visible))
		})
	}
}
