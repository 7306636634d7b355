package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"

	"filippo.io/age"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/index"
)

// goldMarkup is one annotated mention of testdata/gold: {{TYPE:IDTYPE:ENTITY|surface}}.
var goldMarkup = regexp.MustCompile(`\{\{([A-Z]+):([A-Z_]+):([^|}]+)\|([^}]*)\}\}`)

// leakDoc is one input of the leak test with the surface forms it must not show anywhere
// but its own redacted copy, and the forms the gold keeps readable on purpose.
type leakDoc struct {
	file   string            // the input file the ingest is given
	label  string            // its name in knownLeaks: the interview's or the gold file's
	policy string            // --policy, for inputs without front matter
	remove map[string]string // surface form -> DIRECT, QUASI or "expected" (interviews-expected.md)
	keep   []string          // NO_MASK surfaces (public figures, countries, ...) and keep items
	id     string
	status string // after ingest
	// policyName is the policy the document is redacted with (front matter or --policy).
	policyName string
}

// TestNothingLeaks ingests the whole testdata corpus (the 14 sample interviews and the 57 gold
// interviews with their markup stripped) with TMPDIR pointed at a watched folder, runs every
// command that does not print originals on purpose, and scans every byte the program wrote
// for every surface form the gold marks for removal (DIRECT and QUASI) and every form
// interviews-expected.md lists under remove:
//
//   - the archive (except the index; in an age file, a header that is only age's grammar and
//     a payload without forms of six bytes and more, which random bytes cannot hold), TMPDIR,
//     and the output of init, ingest, list, check (also --read-data, with and without the
//     key), audit log, audit verify, audit checkpoint, policy diff (without --show), reindex,
//     rekey, review list, keep, add-term, approve and reject, and every stderr (review show's
//     too; its stdout and its --html page, outside the archive, hold originals on purpose):
//     no form of any document, ever (all of it is ciphertext, IDs, hashes, counts);
//   - the redacted copy of a document (show, search snippets, every string of redact --json
//     without --with-text, whose reasons may quote only what the copy shows): none of that
//     document's own forms, after blanking what its gold keeps readable on purpose (NO_MASK
//     mentions such as "Kim Jong Un", which contains "Kim");
//   - the index files, as bytes and read through bleve (stored fields, which bleve
//     compresses on disk, and every field's term dictionary, compared after the field's
//     analysis; see indexContentLeaks): no form that is not in some document's redacted
//     copy, and the stored text of each document scanned as its redacted copy.
//
// Forms the engine misses today are listed in knownLeaks; the test fails on a new one and on
// a listed one that no longer leaks.
func TestNothingLeaks(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	docs := leakCorpus(t)
	work, watched := t.TempDir(), t.TempDir()
	t.Setenv("TMPDIR", watched)
	t.Setenv("TESTIMONY_ARCHIVE", "")
	arc := filepath.Join(work, "arc")

	type output struct {
		what   string
		text   string
		doc    *leakDoc // nil: must hold no form of any document
		cipher bool     // age ciphertext: random bytes
	}
	var outputs []output
	var leaks []string
	// cli runs one command in this process (TMPDIR is the watched folder) and keeps what it
	// printed; exit code 1 is allowed only where said.
	cli := func(doc *leakDoc, args ...string) string {
		var out, errb bytes.Buffer
		allowFail := strings.HasSuffix(args[0], "+") // ingest+, reindex+
		if allowFail {
			args[0] = strings.TrimSuffix(args[0], "+")
		}
		code := run(append([]string{"testimony"}, args...), strings.NewReader(""), &out, &errb)
		what := strings.Join(args, " ")
		if !allowFail || code != 1 {
			require.Equal(t, 0, code, "%s: %s", what, errb.String())
		}
		outputs = append(outputs, output{what + " (stdout)", out.String(), doc, false}, output{what + " (stderr)", errb.String(), nil, false})
		return out.String()
	}

	statuses := map[string]int{}
	cli(nil, "init", "--archive", arc, "--identity-out", filepath.Join(work, "key.txt"))
	for _, d := range docs {
		// A document the residual check refuses stays pending (exit 1): nothing of it is
		// indexed, and its forms are still scanned for everywhere else.
		args := []string{"ingest+", "--archive", arc, "--json"}
		if d.policy != "" {
			args = append(args, "--policy", d.policy)
		}
		var res []struct{ ID, Status string }
		require.NoError(t, json.Unmarshal([]byte(cli(nil, append(args, d.file)...)), &res))
		require.Len(t, res, 1)
		d.id, d.status = res[0].ID, res[0].Status
		require.NotEmpty(t, d.id, d.file)
		require.Contains(t, []string{"released", "review", "pending"}, d.status)
		statuses[d.status]++
	}
	cli(nil, "list", "--archive", arc)
	cli(nil, "list", "--archive", arc, "--json")
	cli(nil, "check", "--archive", arc)
	cli(nil, "audit", "log", "--archive", arc)
	cli(nil, "audit", "log", "--archive", arc, "--json")
	cli(nil, "audit", "verify", "--archive", arc)
	// Counts only: a policy diff without --show, and a reindex with each testimony's own
	// policy (a testimony the residual check refuses fails again: exit 1). The index the
	// reindex builds replaces the first and is scanned below like it.
	key := filepath.Join(work, "key.txt")
	cli(nil, "policy", "diff", "--archive", arc, "-i", key, "--from", "base", "--to", "strict")
	cli(nil, "policy", "diff", "--archive", arc, "-i", key, "--from", "strict", "--to", "pow", "--json")
	cli(nil, "reindex+", "--archive", arc, "-i", key)
	var reindexed []struct{ ID, Status string }
	require.NoError(t, json.Unmarshal([]byte(cli(nil, "reindex+", "--archive", arc, "-i", key, "--json")), &reindexed))
	_, err := os.Stat(filepath.Join(arc, "index.current"))
	require.NoError(t, err, "the reindex switched to a new index")
	cli(nil, "check", "--archive", arc)
	docByID := map[string]*leakDoc{}
	for _, d := range docs {
		docByID[d.id] = d
	}
	for _, r := range reindexed {
		require.NotNil(t, docByID[r.ID], r.ID)
		docByID[r.ID].status = r.Status
	}

	// The commands that decrypt everything or a whole testimony: review (show, keep,
	// add-term, approve, reject), an audit checkpoint, check --read-data with and without
	// the key, and a rekey to a new key.
	reviewed := reviewCommands(t, docs, arc, key, filepath.Join(work, "outside"), cli, func() {
		outputs = append(outputs[:len(outputs)-2], outputs[len(outputs)-1]) // the last stdout
	})
	cli(nil, "audit", "checkpoint", "--archive", arc, "-i", key)
	cli(nil, "check", "--archive", arc, "--read-data")
	cli(nil, "check", "--archive", arc, "--read-data", "-i", key)
	newKey, err := age.GenerateX25519Identity()
	require.NoError(t, err)
	key2 := filepath.Join(work, "key2.txt")
	require.NoError(t, os.WriteFile(key2, []byte(newKey.String()+"\n"), 0o600))
	cli(nil, "rekey", "--archive", arc, "-i", key, "-r", newKey.Recipient().String())
	cli(nil, "check", "--archive", arc, "--read-data", "-i", key2)
	cli(nil, "audit", "verify", "--archive", arc)

	redacted := map[*leakDoc]string{} // what each document shows: its redacted copy
	for _, d := range docs {
		if d.status == "released" {
			redacted[d] += cli(d, "show", "--archive", arc, d.id)
		}
		args := []string{"redact", "--json"}
		if d.policy != "" {
			args = append(args, "--policy", d.policy)
		}
		// The dry run prints the redacted copy (title, text, replacements) and reasons that
		// may quote only what that copy shows: it is scanned as the document's redacted copy.
		// Its numbers (offsets, counts) are left out, as they would match bare numbers.
		var dry any
		require.NoError(t, json.Unmarshal([]byte(cli(nil, append(args, d.file)...)), &dry))
		strs := strings.Join(jsonStrings(dry), "\n")
		outputs[len(outputs)-2] = output{"redact --json " + d.file + " (its strings)", strs, d, false}
		redacted[d] += "\n" + strs
	}
	byID := map[string]*leakDoc{}
	forms := map[string]bool{}
	for _, d := range docs {
		byID[d.id] = d
		for f := range d.remove {
			forms[f] = true
		}
	}
	searched := 0
	for _, f := range sortedKeys(forms) {
		if strings.ContainsAny(f, `"\`) {
			continue
		}
		var out, errb bytes.Buffer
		code := run([]string{"testimony", "search", "--archive", arc, "--json", "--limit", "100", `"` + f + `"`}, nil, &out, &errb)
		require.Equal(t, 0, code, "search %q: %s", f, errb.String())
		searched++
		outputs = append(outputs, output{"search " + f + " (stderr)", errb.String(), nil, false})
		var res struct {
			Hits []struct {
				ID       string   `json:"id"`
				Snippets []string `json:"snippets"`
			} `json:"hits"`
		}
		require.NoError(t, json.Unmarshal(out.Bytes(), &res))
		for _, h := range res.Hits {
			d := byID[h.ID]
			require.NotNil(t, d, "search %q: hit %s is a testimony we ingested", f, h.ID)
			// The highlight marks go, so that a kept "«Kim» Jong Un" is blanked like "Kim Jong Un".
			snips := strings.NewReplacer(index.MarkStart, "", index.MarkEnd, "").Replace(strings.Join(h.Snippets, "\n"))
			outputs = append(outputs, output{"search " + f + " (snippets of " + filepath.Base(d.file) + ")", snips, d, false})
			redacted[d] += "\n" + strings.Join(h.Snippets, "\n")
		}
	}

	// Every byte written to files: the archive and TMPDIR.
	var indexBytes []string
	for _, root := range []string{arc, watched} {
		require.NoError(t, filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return err
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(work, p)
			if root == arc && strings.HasPrefix(rel, filepath.Join("arc", "index")) { // index/, index-<run>/, index.current
				indexBytes = append(indexBytes, rel+"\x00"+string(b))
				return nil
			}
			if bytes.HasPrefix(b, []byte("age-encryption.org/")) {
				// The header must be nothing but age's grammar; what is left is payload.
				payload, err := agePayload(b)
				if err != nil {
					leaks = append(leaks, fmt.Sprintf("%s: %v", rel, err))
					return nil
				}
				outputs = append(outputs, output{rel, string(payload), nil, true})
				return nil
			}
			outputs = append(outputs, output{rel, string(b), nil, false})
			return nil
		}))
	}
	left, _ := os.ReadDir(watched)
	assert.Empty(t, left, "nothing left in TMPDIR")

	// Scan.
	var global []string // forms of every document, for outputs that hold no text at all
	for f := range forms {
		if !noiseInTextless.MatchString(f) {
			global = append(global, f)
		}
	}
	sort.Strings(global)
	hitsByOutput := map[string]int{}
	firstHit := map[string]string{} // where each pair was first seen
	for _, o := range outputs {
		if o.doc == nil {
			for _, f := range global {
				// An age payload is ChaCha20-Poly1305 output: uniformly random bytes. A given
				// four-letter form, whole-word, turns up in about one MiB in 4e9, and this run
				// writes megabytes of ciphertext and scans hundreds of short forms, so short
				// forms would fail the test by chance about once in thirty runs (it did, in
				// CI, with "Kwak"). Six bytes and more cannot turn up by chance (2^-48 per
				// position); the header holds no text at all (agePayload checks its grammar).
				if o.cipher && len(f) < 6 {
					continue
				}
				if formIn(f, o.text) {
					leaks = append(leaks, fmt.Sprintf("%s: %q", o.what, f))
				}
			}
			continue
		}
		text := blank(o.text, o.doc.keep)
		for f := range o.doc.remove {
			if formIn(f, text) {
				k := o.doc.label + ": " + f
				if hitsByOutput[k] == 0 {
					firstHit[k] = o.what
				}
				hitsByOutput[k]++
			}
		}
	}
	assert.Empty(t, leaks, "a removed form in an output or file that must hold none")

	var allRedacted strings.Builder
	for _, s := range redacted {
		allRedacted.WriteString(s)
		allRedacted.WriteString("\n")
	}
	for _, ib := range indexBytes {
		name, data, _ := strings.Cut(ib, "\x00")
		for _, f := range global {
			if len(f) >= 4 && strings.Contains(data, f) && !strings.Contains(allRedacted.String(), f) {
				leaks = append(leaks, fmt.Sprintf("%s: %q (in no redacted copy)", name, f))
				t.Errorf("index file %s holds %q, which no redacted copy shows", name, f)
			}
		}
	}
	// The index through bleve: stored fields (compressed on disk, so the byte scan above
	// misses most of their text) and term dictionaries (analysed terms).
	idxLeaks, stored := indexContentLeaks(t, arc, sortedKeys(forms), allRedacted.String())
	for _, l := range idxLeaks {
		t.Errorf("index: %s", l)
	}
	require.NotEmpty(t, stored, "the index holds the released testimonies")
	for id, text := range stored {
		d := byID[id]
		require.NotNil(t, d, "indexed %s is a testimony we ingested", id)
		require.Equal(t, "released", d.status, "only released testimonies are indexed: %s", d.label)
		for f := range d.remove {
			if formIn(f, blank(text, d.keep)) {
				k := d.label + ": " + f
				if hitsByOutput[k] == 0 {
					firstHit[k] = "index stored fields"
				}
				hitsByOutput[k]++
			}
		}
	}
	t.Logf("index read through bleve: %d documents' stored fields and every field's terms; review commands on %s", len(stored), reviewed)

	// The redacted copies: each document's own forms. Policy base removes direct identifiers
	// only and keeps quasi-identifiers readable by design (../shared/design/architecture.md:
	// "base: direct identifiers of private persons and contact data"); its gold still marks
	// them QUASI, for ER_qi. So a QUASI form in a base document's own copy is what the policy
	// asks for, not a leak; everywhere else (files, TMPDIR, other outputs) it still counts.
	var found []string
	keptByBase := 0
	for k := range hitsByOutput {
		file, f, _ := strings.Cut(k, ": ")
		if d := docByLabel(docs, file); d != nil && d.policyName == "base" && d.remove[f] == "QUASI" {
			keptByBase++
			continue
		}
		found = append(found, k)
	}
	sort.Strings(found)
	t.Logf("QUASI forms readable in base documents' own copies, as base asks: %d", keptByBase)
	byKind := map[string]int{}
	kindOf := map[string]string{}
	for _, k := range found {
		file, f, _ := strings.Cut(k, ": ")
		for _, d := range docs {
			if d.label == file {
				byKind[d.remove[f]]++
				kindOf[k] = d.remove[f] + ", " + d.policyName
			}
		}
	}
	known := map[string]bool{}
	for _, k := range knownLeaks {
		known[k] = true
	}
	for _, k := range found {
		assert.True(t, known[k], "new leak in a redacted copy: %s (seen first in %s)", k, firstHit[k])
	}
	foundSet := map[string]bool{}
	for _, k := range found {
		foundSet[k] = true
	}
	for _, k := range knownLeaks {
		assert.True(t, foundSet[k], "listed in knownLeaks but no longer leaks (remove it): %s", k)
	}
	nForms := 0
	for _, d := range docs {
		nForms += len(d.remove)
	}
	t.Logf("ingest: %v", statuses)
	t.Logf("%d documents, %d (document, form) pairs, %d distinct forms; %d outputs and files scanned, %d searches",
		len(docs), nForms, len(global), len(outputs), searched)
	t.Logf("redacted copies showing one of their own forms: %d (DIRECT %d, QUASI %d, expected-list %d)",
		len(found), byKind["DIRECT"], byKind["QUASI"], byKind["expected"])
	if os.Getenv("TESTIMONY_LEAK_LIST") != "" {
		for _, k := range found {
			fmt.Printf("\t%q, // %s\n", k, kindOf[k])
		}
	}
}

// leakCorpus prepares the inputs: the sample interviews as they are, and each gold file
// with its markup stripped (under a neutral name, so that file names echoed by ingest hold
// no form) in a temporary folder.
func leakCorpus(t *testing.T) []*leakDoc {
	t.Helper()
	var docs []*leakDoc
	exp, err := os.ReadFile("../../testdata/interviews-expected.md")
	require.NoError(t, err)
	var cur *leakDoc
	var list *[]string
	var removes []string
	flush := func() {
		if cur != nil {
			for _, f := range removes {
				cur.remove[f] = "expected"
			}
			docs = append(docs, cur)
		}
		removes = nil
	}
	for _, l := range strings.Split(string(exp), "\n") {
		switch {
		case strings.HasPrefix(l, "## "):
			flush()
			name := strings.TrimSpace(l[3:])
			cur = &leakDoc{file: filepath.Join("..", "..", "testdata", "interviews", name), label: name, remove: map[string]string{}}
			list = nil
		case cur == nil:
		case strings.HasPrefix(l, "policy:"):
			cur.policyName = strings.TrimSpace(l[len("policy:"):])
			if !strings.HasSuffix(cur.file, ".md") {
				cur.policy = cur.policyName
			}
		case strings.HasPrefix(l, "remove:"):
			list = &removes
		case strings.HasPrefix(l, "keep:"):
			list = &cur.keep
		case strings.HasPrefix(l, "- ") && list != nil:
			*list = append(*list, strings.TrimSpace(l[2:]))
		}
	}
	flush()
	require.Len(t, docs, 14, "the sample interviews")

	gold, err := filepath.Glob("../../testdata/gold/*.md")
	require.NoError(t, err)
	require.NotEmpty(t, gold)
	dir := t.TempDir()
	for i, g := range gold {
		b, err := os.ReadFile(g)
		require.NoError(t, err)
		d := &leakDoc{file: filepath.Join(dir, fmt.Sprintf("g%03d.md", i+1)), label: filepath.Base(g), remove: map[string]string{}}
		for _, m := range goldMarkup.FindAllStringSubmatch(string(b), -1) {
			switch kind, surface := m[2], strings.TrimSpace(m[4]); kind {
			case "DIRECT", "QUASI":
				if d.remove[surface] != "DIRECT" {
					d.remove[surface] = kind
				}
			default:
				d.keep = append(d.keep, surface)
			}
		}
		require.NotEmpty(t, d.remove, g)
		if m := regexp.MustCompile(`(?m)^policy: *(\S+)`).FindStringSubmatch(string(b)); m != nil {
			d.policyName = m[1]
		}
		plain := goldMarkup.ReplaceAllString(string(b), "$4")
		require.NoError(t, os.WriteFile(d.file, []byte(plain), 0o600))
		docs = append(docs, d)
	}
	return docs
}

// docByLabel returns the document called label, or nil.
func docByLabel(docs []*leakDoc, label string) *leakDoc {
	for _, d := range docs {
		if d.label == label {
			return d
		}
	}
	return nil
}

// formIn reports whether form occurs in text: as a substring for Hangul and Han (particles
// attach to names), else case-sensitively as a whole word (the characters around it not
// ASCII letters, digits or _), the rules of testdata/interviews-expected.md.
func formIn(form, text string) bool {
	if form == "" {
		return false
	}
	for _, r := range form {
		if unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Han, r) {
			return strings.Contains(text, form)
		}
	}
	for i := 0; ; {
		j := strings.Index(text[i:], form)
		if j < 0 {
			return false
		}
		j += i
		if (j == 0 || !asciiWord(text[j-1])) && (j+len(form) == len(text) || !asciiWord(text[j+len(form)])) {
			return true
		}
		i = j + 1
	}
}

func asciiWord(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}

// blank replaces every occurrence of the keep forms with spaces, longest first, so that a
// removed form is not found inside a form the gold keeps readable ("Kim" in "Kim Jong Un").
func blank(text string, keep []string) string {
	k := append([]string(nil), keep...)
	sort.Slice(k, func(i, j int) bool { return len(k[i]) > len(k[j]) })
	for _, f := range k {
		if f != "" {
			text = strings.ReplaceAll(text, f, strings.Repeat(" ", len(f)))
		}
	}
	return text
}

// noiseInTextless matches the forms left out of the scan of outputs that hold no text: bare
// numbers of up to four digits (ages, years, counts) and number words ("four", "sixty"),
// which offsets, sequence numbers, timestamps, counts and fixed wording ("two given-name
// syllables") contain by construction. Redacted copies are scanned for them.
var noiseInTextless = regexp.MustCompile(`^(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|` +
	`thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)$`)

// jsonStrings returns every string value in a decoded JSON value.
func jsonStrings(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, e := range v {
			out = append(out, jsonStrings(e)...)
		}
		return out
	case map[string]any:
		var out []string
		for _, e := range v {
			out = append(out, jsonStrings(e)...)
		}
		return out
	}
	return nil
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// knownLeaks are the (document, form) pairs whose form the engine leaves readable in the
// document's own redacted copy today (nowhere else: every other output and file holds none).
// Issue 5 closed the last nine misses. A form listed here must be a QUASI identifier the
// gold marks for masking, under a policy that removes it (base keeps them by design: see
// TestNothingLeaks), that no rule reads yet, or a date the gold marks whole that is already
// at the policy's own level, so that the copy shows it as written; the list stays so that a
// new one is named. Any sample-interview form still missed is listed in
// archive/expected_test.go too. The comment gives the gold's identifier type ("expected"
// for interviews-expected.md) and the policy. Regenerate with
// TESTIMONY_LEAK_LIST=1 go test ./cmd/testimony -run TestNothingLeaks -v.
var knownLeaks = []string{
	// QUASI, defector-family (dates to the year): "since the 1970s" is a decade, coarser than
	// a year, and stays as written; the engine used to turn it into a false "since 1970".
	"011-mother-in-law.md: 1970s",
	// QUASI, defector-family: "2020년부터" is a year, the policy's level; the engine used to
	// write it "2020" (the same year, without 년), which the form's match did not see.
	"015-ko-family-remit.md: 2020년",
}

// ageHeaderLine is every line an age v1 header written to X25519 recipients may hold:
// the version, a stanza opening with its ephemeral share, the wrapped file key (32 bytes,
// 43 base64 characters) and the MAC line. Nothing in it can carry text of the testimony.
var ageHeaderLine = regexp.MustCompile(`^(age-encryption\.org/v1|-> X25519 [A-Za-z0-9+/]{43}|[A-Za-z0-9+/]{43}|--- [A-Za-z0-9+/]{43})$`)

// agePayload checks that an age file's header is only age's grammar and returns the
// payload after it.
func agePayload(b []byte) ([]byte, error) {
	for line := 0; ; line++ {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			return nil, fmt.Errorf("age header without its MAC line")
		}
		l := b[:i]
		if !ageHeaderLine.Match(l) {
			return nil, fmt.Errorf("age header line %d is not age's grammar", line+1)
		}
		b = b[i+1:]
		if bytes.HasPrefix(l, []byte("--- ")) {
			return b, nil
		}
	}
}

// TestAgePayload: a real age file passes the header check and yields exactly its payload; a
// header with anything else in it is refused, so the leak test cannot skip text there.
func TestAgePayload(t *testing.T) {
	id, err := age.GenerateX25519Identity()
	require.NoError(t, err)
	var buf bytes.Buffer
	w, err := age.Encrypt(&buf, id.Recipient(), id.Recipient())
	require.NoError(t, err)
	_, err = w.Write([]byte("Kwak Un-ju crossed at Hyesan"))
	require.NoError(t, err)
	require.NoError(t, w.Close())
	file := buf.Bytes()

	payload, err := agePayload(file)
	require.NoError(t, err)
	assert.True(t, bytes.HasSuffix(file, payload))
	assert.Len(t, payload, 16+len("Kwak Un-ju crossed at Hyesan")+16, "nonce, text, tag")

	header := file[:len(file)-len(payload)]
	tampered := bytes.Replace(file, []byte("\n---"), []byte("\nKwak\n---"), 1)
	_, err = agePayload(tampered)
	assert.ErrorContains(t, err, "not age's grammar")
	_, err = agePayload(header[:len(header)-10])
	assert.Error(t, err, "a header cut before its MAC line")
}
