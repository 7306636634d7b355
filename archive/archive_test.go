package archive

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"filippo.io/age"
	"filippo.io/age/armor"
	"filippo.io/age/plugin"
	"github.com/gofrs/flock"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/index"
	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

const interviewsDir = "../testdata/interviews"

func TestInit(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "a")
	key := filepath.Join(root, "key.txt")
	res, err := Init(dir, InitOptions{IdentityOut: key})
	require.NoError(t, err)
	assert.Equal(t, key, res.Generated)
	require.Len(t, res.Recipients, 1)

	b, err := os.ReadFile(key)
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	require.Len(t, lines, 3)
	assert.True(t, strings.HasPrefix(lines[0], "# created: "))
	assert.Equal(t, "# public key: "+res.Recipients[0], lines[1])
	assert.True(t, strings.HasPrefix(lines[2], "AGE-SECRET-KEY-1"))
	st, err := os.Stat(key)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), st.Mode().Perm())

	a, err := Open(dir)
	require.NoError(t, err)
	rep, err := a.Check(false)
	require.NoError(t, err)
	assert.Empty(t, rep.Problems, "a new archive is consistent (modes included)")
	cfg, err := os.ReadFile(filepath.Join(dir, configName))
	require.NoError(t, err)
	assert.NotContains(t, string(cfg), "AGE-SECRET-KEY")

	t.Run("recipients need no identity", func(t *testing.T) {
		d := filepath.Join(t.TempDir(), "b")
		res, err := Init(d, InitOptions{Recipients: []string{res.Recipients[0]}})
		require.NoError(t, err)
		assert.Empty(t, res.Generated)
	})
	t.Run("recipients file", func(t *testing.T) {
		rf := filepath.Join(t.TempDir(), "r.txt")
		require.NoError(t, os.WriteFile(rf, []byte("# team\n"+res.Recipients[0]+"\n"), 0o600))
		_, err := Init(filepath.Join(t.TempDir(), "c"), InitOptions{RecipientsFile: rf})
		require.NoError(t, err)
	})
	refusals := []struct {
		name string
		dir  string
		opts InitOptions
		want string
	}{
		{"identity inside the archive", filepath.Join(root, "d"), InitOptions{IdentityOut: filepath.Join(root, "d", "key.txt")}, "must not be inside the archive"},
		{"no recipient and no identity file", filepath.Join(root, "e"), InitOptions{}, "--identity-out"},
		{"non-empty directory", dir, InitOptions{IdentityOut: filepath.Join(root, "k2")}, "not empty"},
		{"private key as recipient", filepath.Join(root, "f"), InitOptions{Recipients: []string{lines[2]}}, "private key"},
		{"garbage recipient", filepath.Join(root, "g"), InitOptions{Recipients: []string{"bob"}}, "not an age recipient"},
		{"existing identity file", filepath.Join(root, "h"), InitOptions{IdentityOut: key}, "already exists"},
		{"unknown default policy", filepath.Join(root, "i"), InitOptions{IdentityOut: filepath.Join(root, "k3"), DefaultPolicy: "nope"}, "nope"},
	}
	for _, tt := range refusals {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Init(tt.dir, tt.opts)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.NotContains(t, err.Error(), "AGE-SECRET-KEY")
		})
	}
}

func TestInitFailureLeavesNothing(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "a")
	key := filepath.Join(root, "key.txt")
	// A plugin recipient whose plugin is not installed: Init fails when it encrypts the secret.
	id, err := age.GenerateX25519Identity()
	require.NoError(t, err)
	_, err = Init(dir, InitOptions{Recipients: []string{id.Recipient().String(), plugin.EncodeRecipient("nosuchplugin", []byte{1, 2, 3})}})
	require.Error(t, err)
	_, err = os.Stat(dir)
	assert.ErrorIs(t, err, os.ErrNotExist, "no half-made archive")
	_, err = os.Stat(key)
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func TestPluginIdentityParses(t *testing.T) {
	id := plugin.EncodeIdentity("yubikey", []byte{1, 2, 3})
	ids, err := LoadIdentities(oneFile(t, "plugin.txt", "# token\n"+id+"\n"), nil)
	require.NoError(t, err)
	require.Len(t, ids, 1)
	_, ok := ids[0].(*plugin.Identity)
	assert.True(t, ok)
}

func TestOpenRefusesNewerFormat(t *testing.T) {
	a, _ := newTestArchive(t)
	p := filepath.Join(a.dir, configName)
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(p, bytes.Replace(b, []byte("format = 1"), []byte("format = 9"), 1), 0o600))
	_, err = Open(a.dir)
	require.ErrorContains(t, err, "newer")
	_, err = Open(t.TempDir())
	require.ErrorContains(t, err, "not a Testimony archive")
}

// TestIngestLeavesNothingReadable ingests the sample interviews (or a synthetic corpus), then
// scans every file in the archive and in TMPDIR for every surface form the redaction reports
// say was removed.
func TestIngestLeavesNothingReadable(t *testing.T) {
	a, ids := newTestArchive(t)
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)

	type input struct{ path, policy string }
	var inputs []input
	if pols := expectedPolicies(t, interviewsDir); len(pols) > 0 {
		for name, pol := range pols {
			inputs = append(inputs, input{filepath.Join(interviewsDir, name), pol})
		}
	} else {
		dir := filepath.Join(t.TempDir(), "corpus")
		writeCorpus(t, dir, 20, 3000, 1)
		inputs = append(inputs, input{dir, ""})
	}
	var results []IngestResult
	for _, in := range inputs {
		rs, err := a.Ingest(context.Background(), []string{in.path}, IngestOptions{Policy: in.policy, Actor: "tester"})
		require.Len(t, rs, 1)
		if err != nil {
			// The engine may refuse a document (its residual check failed): then the
			// original is kept encrypted, pending, and nothing of it is indexed.
			require.Equal(t, StatusPending, rs[0].Status, "ingest %s: %v", in.path, err)
			t.Logf("%s: pending (redaction failed)", filepath.Base(in.path))
		}
		results = append(results, rs...)
	}
	require.NotEmpty(t, results)

	// Per testimony: the removed forms (all of them for the byte scan; the direct identifiers,
	// which the engine removes everywhere in the document, for the index checks).
	removed := map[string][]string{}
	var all []string
	for _, r := range results {
		require.NotEmpty(t, r.ID)
		if r.Status == StatusPending {
			continue
		}
		require.Contains(t, []string{StatusReleased, StatusReview}, r.Status, r.Source)
		rep := readReport(t, a, ids, r.ID)
		all = append(all, removedForms(rep)...)
		removed[r.ID] = directForms(t, rep)
	}
	require.NotEmpty(t, all, "the reports list removed forms")
	// The forms the sample corpus says must go (whether or not the engine found them) may
	// only ever be in the index, never in any other file: everything else is ciphertext.
	expected := expectedRemoved(t, interviewsDir)

	// The released texts: a form another testimony legitimately keeps may occur in the index.
	var released strings.Builder
	copies := map[string]string{}
	ix, err := index.OpenReadOnly(filepath.Join(a.dir, indexDir), time.Second)
	require.NoError(t, err)
	for _, r := range results {
		if r.Status != StatusReleased {
			continue
		}
		title, text, err := ix.Get(r.ID)
		require.NoError(t, err)
		for _, f := range removed[r.ID] {
			assert.False(t, containsWord(title+"\n"+text, f), "%s: a removed form is in its own redacted copy: %q", r.Source, f)
		}
		released.WriteString(title + "\n" + text + "\n")
		copies[r.ID] = title + "\n" + text
	}
	require.NoError(t, ix.Close())

	// An empty index holds words of its own (the analyzers' names, such as the stemmer
	// "porter"): a form that is one of them says nothing about a testimony.
	emptyDir := filepath.Join(t.TempDir(), "empty-index")
	empty, err := index.Create(emptyDir)
	require.NoError(t, err)
	require.NoError(t, empty.Close())
	var scan []string
	for _, f := range all {
		if len(f) >= 5 && !strings.Contains(released.String(), f) {
			scan = append(scan, f)
		}
	}
	ownWords := map[string]bool{}
	for _, h := range scanFiles(t, emptyDir, scan) {
		_, f, _ := strings.Cut(h, ": ")
		ownWords[f] = true
	}
	scan = slices.DeleteFunc(scan, func(f string) bool { return ownWords[f] })
	t.Logf("%d testimonies, %d removed forms, %d scanned byte for byte", len(results), len(all), len(scan))
	assert.Empty(t, scanFiles(t, a.dir, scan), "no removed form anywhere in the archive")
	var outsideIndex []string
	for _, f := range expected {
		if len(f) >= 5 {
			outsideIndex = append(outsideIndex, f)
		}
	}
	for _, h := range scanFiles(t, a.dir, outsideIndex) {
		assert.True(t, strings.HasPrefix(h, indexDir+string(filepath.Separator)), "plaintext outside the index: %s", h)
	}
	assert.Empty(t, scanFiles(t, tmp, expected), "no sample identifier in TMPDIR")
	assert.Empty(t, scanFiles(t, tmp, all), "no removed form in TMPDIR")
	entries, _ := os.ReadDir(tmp)
	assert.Empty(t, entries, "nothing left in TMPDIR")

	// A search for a removed form never finds the testimony it was removed from. Search is
	// case-insensitive and stems, so a removed name that is also a common word ("Lily",
	// "lilies") is left to the case-sensitive check above.
	for _, r := range results {
		for _, f := range removed[r.ID] {
			if strings.ContainsAny(f, `"\`) || containsWord(strings.ToLower(copies[r.ID]), strings.ToLower(f)) || ambiguousName(f) {
				continue
			}
			res, err := a.Search(index.Request{Query: `"` + f + `"`, Limit: 100})
			require.NoError(t, err)
			for _, h := range res.Hits {
				assert.NotEqual(t, r.ID, h.ID, "%s: a search for a removed form finds it: %q", r.Source, f)
			}
		}
	}

	// The audit log holds no removed form either, and verifies.
	n, err := a.VerifyAudit()
	require.NoError(t, err)
	assert.Greater(t, n, len(results))
	rep, err := a.Check(false)
	require.NoError(t, err)
	assert.Empty(t, rep.Problems)
}

func containsWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before, after := byte(' '), byte(' ')
		if j > 0 {
			before = s[j-1]
		}
		if j+len(w) < len(s) {
			after = s[j+len(w)]
		}
		if !isWordByte(before) && !isWordByte(after) || w[0] >= 0x80 {
			return true
		}
		i = j + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}

func oneFile(t *testing.T, name, content string) string {
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, []byte(content), 0o600))
	return p
}

const goodDoc = "---\ntitle: A crossing\nlanguage: en\ninterview_date: 2019-05-04\ninterviewer: Lee Min-ji\ninterviewee: Pak Chol-su\ntopics: [border]\nsensitive_terms: [green kettle]\n---\n\nLee Min-ji: When did you leave?\n\nPak Chol-su: In 2011. My broker said green kettle at the door. Call +86 139 1234 5678.\n"

func TestBadInputLeavesArchiveUnchanged(t *testing.T) {
	a, _ := newTestArchive(t)
	_, err := a.Ingest(context.Background(), []string{oneFile(t, "seed.md", goodDoc)}, IngestOptions{})
	require.NoError(t, err)
	tests := []struct {
		name, file, content, want string
		opts                      IngestOptions
	}{
		{"empty", "e.txt", "", "empty file", IngestOptions{}},
		{"whitespace", "w.txt", "  \n\n", "empty file", IngestOptions{}},
		{"invalid utf-8", "u.txt", "Pak Chol-su \xff\xfe", "invalid UTF-8", IngestOptions{}},
		{"nul bytes", "n.md", "Pak\x00Chol-su", "NUL", IngestOptions{}},
		{"binary with txt extension", "b.txt", "%PDF-1.4\nPak Chol-su", "binary", IngestOptions{}},
		{"binary unknown extension", "b.bin", "\x89PNG\r\n\x1a\nPak Chol-su", "binary", IngestOptions{}},
		{"malformed front matter", "f.md", "---\ntitle: [Pak Chol-su\n---\nbody\n", "malformed front matter", IngestOptions{}},
		{"unknown key", "k.md", "---\nPak Chol-su: x\n---\nbody\n", "unknown key", IngestOptions{}},
		{"unknown policy in front matter", "p.md", "---\npolicy: nosuchpolicy\n---\nPak Chol-su spoke.\n", "nosuchpolicy", IngestOptions{}},
		{"unknown policy flag", "g.md", goodDoc + "extra\n", "nosuchpolicy", IngestOptions{Policy: "nosuchpolicy"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := snapshot(t, a.dir)
			p := oneFile(t, tt.file, tt.content)
			res, err := a.Ingest(context.Background(), []string{p}, tt.opts)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.Contains(t, err.Error(), p, "the error names the file")
			assert.NotContains(t, err.Error(), "Chol-su", "the error never quotes content")
			require.Len(t, res, 1)
			assert.Empty(t, res[0].ID)
			assert.Equal(t, before, snapshot(t, a.dir), "the archive is byte-identical")
		})
	}
	t.Run("missing file", func(t *testing.T) {
		before := snapshot(t, a.dir)
		_, err := a.Ingest(context.Background(), []string{"/nonexistent/x.md"}, IngestOptions{})
		require.ErrorContains(t, err, "/nonexistent/x.md: no such file")
		assert.Equal(t, before, snapshot(t, a.dir))
	})
	t.Run("mixed directory: good ones stored, bad ones reported", func(t *testing.T) {
		dir := t.TempDir()
		require.NoError(t, os.WriteFile(filepath.Join(dir, "good.md"), []byte(strings.Replace(goodDoc, "2011", "2012", 1)), 0o600))
		require.NoError(t, os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("x\x00y"), 0o600))
		require.NoError(t, os.WriteFile(filepath.Join(dir, "photo.jpg"), []byte("\xff\xd8\xff"), 0o600))
		res, err := a.Ingest(context.Background(), []string{dir}, IngestOptions{})
		require.Error(t, err)
		require.Len(t, res, 2, "unsupported extensions in a directory are skipped")
		byName := map[string]IngestResult{}
		for _, r := range res {
			byName[filepath.Base(r.Source)] = r
		}
		assert.Equal(t, StatusReleased, byName["good.md"].Status)
		assert.Contains(t, byName["bad.txt"].Error, "NUL")
	})
}

// TestSharedBadInputs ingests every file of testdata/bad: each is refused with an error that
// names it, and the archive stays byte-identical.
func TestSharedBadInputs(t *testing.T) {
	want := map[string]string{
		"empty.txt":                "empty file",
		"whitespace-only.txt":      "empty file",
		"invalid-utf8.txt":         "invalid UTF-8",
		"nul-bytes.txt":            "NUL",
		"binary.png":               "unsupported file extension .png",
		"binary-as.txt":            "binary content",
		"malformed-frontmatter.md": "malformed front matter",
		"malformed-yaml.md":        "malformed front matter at line",
		"unknown-policy.md":        "no-such-policy",
		"unknown-extension.docx":   "unsupported file extension .docx",
	}
	files, _ := filepath.Glob("../testdata/bad/*")
	if len(files) == 0 {
		t.Skip("testdata/bad not present")
	}
	a, _ := newTestArchive(t)
	for _, f := range files {
		base := filepath.Base(f)
		if base == "README.md" {
			continue
		}
		t.Run(base, func(t *testing.T) {
			before := snapshot(t, a.dir)
			res, err := a.Ingest(context.Background(), []string{f}, IngestOptions{})
			require.Error(t, err)
			assert.Contains(t, err.Error(), f, "names the file")
			if w, ok := want[base]; ok {
				assert.Contains(t, err.Error(), w)
			}
			assert.NotContains(t, err.Error(), "\n", "one line")
			require.Len(t, res, 1)
			assert.Empty(t, res[0].ID)
			assert.Equal(t, before, snapshot(t, a.dir))
		})
	}
}

func TestRedactionFailureKeepsOriginalPending(t *testing.T) {
	a, ids := newTestArchive(t)
	p := oneFile(t, "fails.md", goodDoc)
	orig := redactDoc
	redactDoc = func(e *redact.Engine, d redact.Document) (*redact.Redacted, error) {
		return nil, redact.ErrResidual
	}
	res, err := a.Ingest(context.Background(), []string{p}, IngestOptions{})
	redactDoc = orig
	require.Error(t, err)
	assert.Contains(t, err.Error(), p)
	assert.Contains(t, err.Error(), "pending")
	assert.NotContains(t, err.Error(), "Chol-su")
	require.Len(t, res, 1)
	id := res[0].ID
	require.NotEmpty(t, id)
	assert.Equal(t, StatusPending, res[0].Status)

	list, err := a.List()
	require.NoError(t, err)
	require.Len(t, list, 1)
	assert.Equal(t, StatusPending, list[0].Status)
	_, err = os.Stat(a.objectPath(id))
	require.NoError(t, err, "the encrypted original is kept")
	got, err := a.Reveal(ids, id, "tester", "test")
	require.NoError(t, err)
	assert.Equal(t, goodDoc, string(got))
	sr, err := a.Search(index.Request{Query: "broker", Limit: 10})
	require.NoError(t, err)
	assert.Zero(t, sr.Total, "nothing indexed")
	_, _, err = a.Show(id)
	require.ErrorContains(t, err, "pending")
	rep, err := a.Check(false)
	require.NoError(t, err)
	assert.Empty(t, rep.Problems, "pending is a consistent state")

	// Re-running the ingest completes the same testimony.
	res, err = a.Ingest(context.Background(), []string{p}, IngestOptions{})
	require.NoError(t, err)
	assert.Equal(t, id, res[0].ID)
	assert.Equal(t, StatusReleased, res[0].Status)
	sr, err = a.Search(index.Request{Query: "broker", Limit: 10})
	require.NoError(t, err)
	require.Len(t, sr.Hits, 1)
	assert.Equal(t, id, sr.Hits[0].ID)
}

func TestSecondResidualCheck(t *testing.T) {
	p, err := policies.Load("base")
	require.NoError(t, err)
	eng, err := redact.New(p)
	require.NoError(t, err)
	doc := redact.Document{ID: "x", Text: "Pak Chol-su met the broker. Later Pak Chol-su left.",
		Known: []redact.Known{{Text: "Pak Chol-su", Category: redact.Person, Role: redact.RoleInterviewee}}}
	red, err := eng.Redact(doc)
	require.NoError(t, err)
	require.NoError(t, secondResidual(red, doc, p), "a clean run passes")

	// A known identifier the engine was not told about is still caught.
	// (A code word, not a name: the engine finds Hangul names on its own now.)
	doc2 := redact.Document{ID: "y", Text: "그날 밤 푸른주전자를 강가에 두고 왔어요."}
	red2, err := eng.Redact(doc2)
	require.NoError(t, err)
	require.Contains(t, red2.Text(), "푸른주전자를", "the engine was not told")
	doc2.Known = []redact.Known{{Text: "푸른주전자", Category: redact.SensitiveTerm}}
	assert.ErrorIs(t, secondResidual(red2, doc2, p), errSecondResidual, "Hangul names match with particles attached")
	doc3 := redact.Document{ID: "z", Text: "He said green kettle at the door. Two kettles stood there."}
	red3, err := eng.Redact(doc3)
	require.NoError(t, err)
	doc3.Known = []redact.Known{{Text: "green kettle", Category: redact.SensitiveTerm}}
	assert.ErrorIs(t, secondResidual(red3, doc3, p), errSecondResidual)
	doc3.Known = []redact.Known{{Text: "Green kettle", Category: redact.SensitiveTerm}}
	assert.NoError(t, secondResidual(red3, doc3, p), "Latin forms match case-sensitively")
	doc3.Known = []redact.Known{{Text: "kettl", Category: redact.SensitiveTerm}}
	assert.NoError(t, secondResidual(red3, doc3, p), "Latin forms match whole words")

	// A surname that is also a pronoun: the pronoun opening a sentence or a turn is no
	// leak (the engine removed "Mrs He" and left the pronoun), the surname mid-sentence is.
	doc4 := redact.Document{ID: "w", Text: "**Ko:** Mrs He keeps the money.\n\n**Ko:** He moves people. Later He left."}
	red4, err := eng.Redact(doc4)
	require.NoError(t, err)
	require.NotContains(t, red4.Text(), "Mrs He")
	require.Contains(t, red4.Text(), "** He moves people.")
	assert.NoError(t, secondResidual(red4, doc4, p), "the pronoun opening a turn is no leak")
	assert.True(t, leaked("She said He knew.", "He", nil), "the surname mid-sentence")
	assert.False(t, leaked("**[Speaker A]:** He moves. \"He left.\"", "He", nil), "the pronoun opening a sentence")
	assert.True(t, leaked("Then Park left.", "Park", nil), "other surnames count at any place")
}

func TestReingestDoesNotDuplicate(t *testing.T) {
	a, _ := newTestArchive(t)
	dir := filepath.Join(t.TempDir(), "corpus")
	writeCorpus(t, dir, 12, 2000, 2)
	var progress []int
	first, err := a.Ingest(context.Background(), []string{dir}, IngestOptions{BatchSize: 2, Progress: func(d, total int) {
		progress = append(progress, d)
		assert.Equal(t, 12, total)
	}})
	require.NoError(t, err)
	require.Len(t, first, 12)
	assert.Equal(t, 12, progress[len(progress)-1])
	objs, _ := os.ReadDir(filepath.Join(a.dir, objectsDir))
	// Six batches, merged into one segment at the end of the run (Index.Compact).
	ixDir, err := a.indexDir()
	require.NoError(t, err)
	segments, err := filepath.Glob(filepath.Join(ixDir, "store", "*.zap"))
	require.NoError(t, err)
	assert.Len(t, segments, 1, "a bulk ingest leaves the index in one segment")

	second, err := a.Ingest(context.Background(), []string{dir, filepath.Join(dir, "t00003.md")}, IngestOptions{})
	require.NoError(t, err)
	require.Len(t, second, 13)
	for i, r := range second[:12] {
		assert.True(t, r.Duplicate)
		assert.Equal(t, first[i].ID, r.ID)
	}
	assert.True(t, second[12].Duplicate)
	assert.Equal(t, first[3].ID, second[12].ID)
	objs2, _ := os.ReadDir(filepath.Join(a.dir, objectsDir))
	assert.Equal(t, len(objs), len(objs2))
	list, err := a.List()
	require.NoError(t, err)
	assert.Len(t, list, 12)
	sr, err := a.Search(index.Request{Query: "synthetic", Limit: 100})
	require.NoError(t, err)
	assert.EqualValues(t, 12, sr.Total)
}

func TestRevealAndWithdraw(t *testing.T) {
	a, ids := newTestArchive(t)
	crlf := strings.ReplaceAll(goodDoc, "\n", "\r\n") + "\ufeff"
	res, err := a.Ingest(context.Background(), []string{oneFile(t, "crlf.md", crlf)}, IngestOptions{})
	require.NoError(t, err)
	id := res[0].ID

	got, err := a.Reveal(ids, id, "tester", "court order 12")
	require.NoError(t, err)
	assert.Equal(t, crlf, string(got), "exact bytes")
	log, err := a.AuditLog()
	require.NoError(t, err)
	last := log[len(log)-1]
	assert.Equal(t, "reveal", last.Action)
	assert.Equal(t, id, last.Testimony)

	other, err := age.GenerateX25519Identity()
	require.NoError(t, err)
	_, err = a.Reveal([]age.Identity{other}, id, "tester", "")
	require.Error(t, err)
	assert.Regexp(t, `(no identity matched|did not match) any of the recipients`, err.Error())
	assert.Contains(t, err.Error(), id)
	var nm *age.NoIdentityMatchError
	assert.ErrorAs(t, err, &nm)
	err = a.Withdraw([]age.Identity{other}, id, "tester")
	require.Error(t, err)
	assert.Regexp(t, `(no identity matched|did not match) any of the recipients`, err.Error())

	_, err = a.Reveal(ids, "../../etc/passwd", "tester", "")
	require.ErrorContains(t, err, "not a testimony ID")

	title, text, err := a.Show(id)
	require.NoError(t, err)
	assert.NotEmpty(t, title)
	assert.NotContains(t, text, "Chol-su")

	require.NoError(t, a.Withdraw(ids, id, "tester"))
	_, err = os.Stat(a.objectPath(id))
	assert.ErrorIs(t, err, os.ErrNotExist)
	reps, _ := filepath.Glob(filepath.Join(a.dir, reportsDir, id+"*"))
	assert.Empty(t, reps)
	list, err := a.List()
	require.NoError(t, err)
	assert.Empty(t, list)
	sr, err := a.Search(index.Request{Query: "broker", Limit: 10})
	require.NoError(t, err)
	assert.Zero(t, sr.Total)
	// Only the audit log may still name the object (the ingest entry records its hash).
	for _, hit := range scanFiles(t, a.dir, []string{id + ".age"}) {
		assert.True(t, strings.HasPrefix(hit, auditName+": "), hit)
	}
	log, err = a.AuditLog()
	require.NoError(t, err)
	assert.Equal(t, "withdraw", log[len(log)-1].Action)
	_, err = a.VerifyAudit()
	require.NoError(t, err)
	rep, err := a.Check(false)
	require.NoError(t, err)
	assert.Empty(t, rep.Problems)
	// The same file can be ingested again after a withdrawal (as a new testimony).
	res2, err := a.Ingest(context.Background(), []string{oneFile(t, "again.md", crlf)}, IngestOptions{})
	require.NoError(t, err)
	assert.NotEqual(t, id, res2[0].ID)
	assert.False(t, res2[0].Duplicate)
}

func TestReviewRequired(t *testing.T) {
	a, _ := newTestArchive(t)
	res, err := a.Ingest(context.Background(), []string{oneFile(t, "r.md", goodDoc)}, IngestOptions{Review: true})
	require.NoError(t, err)
	assert.Equal(t, StatusReview, res[0].Status)
	sr, err := a.Search(index.Request{Query: "broker", Limit: 10})
	require.NoError(t, err)
	assert.Zero(t, sr.Total)
	_, _, err = a.Show(res[0].ID)
	require.ErrorContains(t, err, "review")
	res, err = a.Ingest(context.Background(), []string{oneFile(t, "pow.md", strings.Replace(goodDoc, "2011", "2013", 1))}, IngestOptions{Policy: "pow"})
	require.NoError(t, err)
	assert.Equal(t, StatusReview, res[0].Status, "the pow policy requires review")
}

func TestAuditTamperingDetected(t *testing.T) {
	a, _ := newTestArchive(t)
	_, err := a.Ingest(context.Background(), []string{oneFile(t, "a.md", goodDoc)}, IngestOptions{})
	require.NoError(t, err)
	n, err := a.VerifyAudit()
	require.NoError(t, err)
	require.GreaterOrEqual(t, n, 4)
	b, err := os.ReadFile(a.auditPath())
	require.NoError(t, err)
	lines := bytes.SplitAfter(b, []byte("\n"))
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"edit", bytes.Replace(b, []byte(`"action":"redact"`), []byte(`"action":"reveal"`), 1), "was edited"},
		{"remove", bytes.Join(append(append([][]byte{}, lines[:1]...), lines[2:]...), nil), "audit entry 2"},
		{"reorder", bytes.Join(append([][]byte{lines[1], lines[0]}, lines[2:]...), nil), "audit entry 1"},
		{"truncate", b[:len(b)-len(lines[len(lines)-2])-len(lines[len(lines)-1])], "truncated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.NoError(t, os.WriteFile(a.auditPath(), tt.data, 0o600))
			_, err := a.VerifyAudit()
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			rep, err := a.Check(false)
			require.NoError(t, err)
			assert.NotEmpty(t, rep.Problems)
		})
	}
	require.NoError(t, os.WriteFile(a.auditPath(), b, 0o600))
	_, err = a.VerifyAudit()
	require.NoError(t, err)
}

func TestCheckRepairsCrashLeftovers(t *testing.T) {
	a, _ := newTestArchive(t)
	dir := filepath.Join(t.TempDir(), "corpus")
	writeCorpus(t, dir, 4, 1500, 3)
	res, err := a.Ingest(context.Background(), []string{dir}, IngestOptions{})
	require.NoError(t, err)
	m, err := readManifest(a.dir)
	require.NoError(t, err)

	// A crash before the manifest commit: object, report and index document without a manifest entry.
	orphan := m.byID[res[0].ID]
	m.remove(orphan.ID)
	// A released testimony that lost its index document.
	ix, err := index.Open(filepath.Join(a.dir, indexDir), time.Second)
	require.NoError(t, err)
	require.NoError(t, ix.Delete(res[1].ID))
	require.NoError(t, ix.Close())
	// A crash between manifest and audit: no audit entries for one testimony (simulated by a
	// manifest entry copied under a new ID with its own object).
	require.NoError(t, writeManifest(a.dir, m))
	// Leftovers: a temp file and a wrong mode.
	require.NoError(t, os.WriteFile(filepath.Join(a.dir, objectsDir, tempPrefix+"x.age-123"), []byte("ciphertext"), 0o600))
	require.NoError(t, os.Chmod(a.objectPath(res[2].ID), 0o644))
	// An interrupted withdrawal.
	m.byID[res[3].ID].Status = statusWithdrawing
	require.NoError(t, writeManifest(a.dir, m))
	// An incomplete audit line.
	f, err := os.OpenFile(a.auditPath(), os.O_APPEND|os.O_WRONLY, 0)
	require.NoError(t, err)
	_, err = f.WriteString(`{"seq":99,"act`)
	require.NoError(t, err)
	require.NoError(t, f.Close())

	rep, err := a.Check(false)
	require.NoError(t, err)
	joined := strings.Join(rep.Problems, "\n")
	for _, want := range []string{
		"objects/" + orphan.ID + ".age: not in the manifest",
		"reports/" + orphan.ID + "-",
		orphan.ID + ": in the index but not in the manifest",
		res[1].ID + ": released but not in the index",
		"temporary file",
		"mode 0644",
		res[3].ID + ": withdrawal not finished",
		"incomplete entry",
	} {
		assert.Contains(t, joined, want)
	}
	assert.Empty(t, rep.Repaired)

	rep, err = a.Check(true)
	require.NoError(t, err)
	assert.Equal(t, len(rep.Problems), len(rep.Repaired), "everything repaired: %v", rep.Problems)
	rep, err = a.Check(false)
	require.NoError(t, err)
	assert.Empty(t, rep.Problems)
	_, err = a.VerifyAudit()
	require.NoError(t, err)

	list, err := a.List()
	require.NoError(t, err)
	status := map[string]string{}
	for _, e := range list {
		status[e.ID] = e.Status
	}
	assert.NotContains(t, status, orphan.ID)
	assert.NotContains(t, status, res[3].ID)
	assert.Equal(t, StatusPending, status[res[1].ID])
	// Re-running the ingest completes everything without duplicates.
	res2, err := a.Ingest(context.Background(), []string{dir}, IngestOptions{})
	require.NoError(t, err)
	for i, r := range res2 {
		assert.Equal(t, StatusReleased, r.Status)
		if i == 1 || i == 2 {
			assert.Equal(t, res[i].ID, r.ID)
		}
	}
	list, err = a.List()
	require.NoError(t, err)
	assert.Len(t, list, 4)
	rep, err = a.Check(false)
	require.NoError(t, err)
	assert.Empty(t, rep.Problems)
}

// ReadData with an identity decrypts every object and amendments file: a flipped byte fails
// age's authentication and no longer matches the audit log's hash; Check sees the object's too.
func TestReadDataWithIdentityDetectsTampering(t *testing.T) {
	a, ids := newTestArchive(t)
	id := ingestOne(t, a, "sunday.txt", sundayDoc, IngestOptions{})
	_, err := a.Amend(ids, id, Amendment{Terms: []string{"Golden Bell"}, Actor: "reviewer-1"})
	require.NoError(t, err)
	rep, err := a.ReadData(ids)
	require.NoError(t, err)
	assert.Empty(t, rep.Problems)

	m, err := readManifest(a.dir)
	require.NoError(t, err)
	require.NotEmpty(t, m.byID[id].Amendments)
	amend := amendmentsDir + "/" + id + "-" + m.byID[id].Amendments + ".age"
	obj := objectsDir + "/" + id + ".age"
	for _, rel := range []string{obj, amend} {
		flipByte(t, filepath.Join(a.dir, filepath.FromSlash(rel)), -5)
	}
	rep, err = a.ReadData(ids)
	require.NoError(t, err)
	require.Len(t, rep.Problems, 4, "%q", rep.Problems)
	got := strings.Join(rep.Problems, "\n")
	for _, rel := range []string{obj, amend} {
		assert.Contains(t, got, rel+" ("+id+"): changed: same size as recorded, different SHA-256")
		assert.Contains(t, got, rel+": decryption failed: ")
	}
	rep, err = a.Check(false)
	require.NoError(t, err)
	assert.Contains(t, strings.Join(rep.Problems, "\n"), id+": objects/"+id+".age does not match its recorded hash")
}

func TestCrashAfterIndexBatchCompletesUnderSameIDs(t *testing.T) {
	a, _ := newTestArchive(t)
	dir := filepath.Join(t.TempDir(), "corpus")
	writeCorpus(t, dir, 6, 1500, 4)
	crashHook = func(stage string) error {
		if stage != "indexed" {
			return nil
		}
		return errors.New("simulated crash")
	}
	res, err := a.Ingest(context.Background(), []string{dir}, IngestOptions{})
	crashHook = nil
	require.ErrorContains(t, err, "simulated crash")
	list, err := a.List()
	require.NoError(t, err)
	require.Len(t, list, 6)
	ids := map[string]bool{}
	for _, e := range list {
		assert.Equal(t, StatusPending, e.Status)
		ids[e.ID] = true
	}
	_ = res
	rep, err := a.Check(false)
	require.NoError(t, err)
	assert.Contains(t, strings.Join(rep.Problems, "\n"), "in the index but its status is pending")
	rep, err = a.Check(true)
	require.NoError(t, err)
	assert.Equal(t, len(rep.Problems), len(rep.Repaired), "%v", rep.Problems)
	sr, err := a.Search(index.Request{Query: "synthetic", Limit: 100})
	require.NoError(t, err)
	assert.Zero(t, sr.Total, "nothing pending is searchable")

	res, err = a.Ingest(context.Background(), []string{dir}, IngestOptions{})
	require.NoError(t, err)
	for _, r := range res {
		assert.True(t, ids[r.ID], "same ID as before the crash")
		assert.Equal(t, StatusReleased, r.Status)
	}
	objs, _ := os.ReadDir(filepath.Join(a.dir, objectsDir))
	assert.Len(t, objs, 6, "no second object")
	reps, _ := os.ReadDir(filepath.Join(a.dir, reportsDir))
	assert.Len(t, reps, 6, "superseded reports removed")
	rep, err = a.Check(false)
	require.NoError(t, err)
	assert.Empty(t, rep.Problems)
}

func TestCheckRecreatesLostIndex(t *testing.T) {
	a, _ := newTestArchive(t)
	p := oneFile(t, "a.md", goodDoc)
	res, err := a.Ingest(context.Background(), []string{p}, IngestOptions{})
	require.NoError(t, err)
	require.NoError(t, os.RemoveAll(filepath.Join(a.dir, indexDir)))
	rep, err := a.Check(false)
	require.NoError(t, err)
	assert.Contains(t, strings.Join(rep.Problems, "\n"), "index")
	rep, err = a.Check(true)
	require.NoError(t, err)
	assert.Contains(t, strings.Join(rep.Repaired, "\n"), res[0].ID+": marked pending")
	res2, err := a.Ingest(context.Background(), []string{p}, IngestOptions{})
	require.NoError(t, err)
	assert.Equal(t, res[0].ID, res2[0].ID)
	assert.Equal(t, StatusReleased, res2[0].Status)
	rep, err = a.Check(false)
	require.NoError(t, err)
	assert.Empty(t, rep.Problems)
}

func TestCheckRestoresMissingAuditEntries(t *testing.T) {
	a, _ := newTestArchive(t)
	b0, err := os.ReadFile(a.auditPath())
	require.NoError(t, err)
	h0, err := os.ReadFile(a.auditPath() + ".head")
	require.NoError(t, err)
	res, err := a.Ingest(context.Background(), []string{oneFile(t, "a.md", goodDoc)}, IngestOptions{})
	require.NoError(t, err)
	// Crash between the manifest and the audit append.
	require.NoError(t, os.WriteFile(a.auditPath(), b0, 0o600))
	require.NoError(t, os.WriteFile(a.auditPath()+".head", h0, 0o600))
	rep, err := a.Check(true)
	require.NoError(t, err)
	require.Len(t, rep.Problems, 1)
	assert.Contains(t, rep.Problems[0], "no ingest entry")
	log, err := a.AuditLog()
	require.NoError(t, err)
	var actions []string
	for _, e := range log {
		if e.Testimony == res[0].ID {
			actions = append(actions, e.Action)
		}
	}
	assert.Equal(t, []string{"ingest", "redact", "index"}, actions)
}

func TestWriterLock(t *testing.T) {
	a, ids := newTestArchive(t)
	old := lockWait
	lockWait = 200 * time.Millisecond
	defer func() { lockWait = old }()
	fl := flock.New(filepath.Join(a.dir, lockName))
	ok, err := fl.TryLock()
	require.NoError(t, err)
	require.True(t, ok)
	defer fl.Unlock()
	start := time.Now()
	_, err = a.Ingest(context.Background(), []string{oneFile(t, "a.md", goodDoc)}, IngestOptions{})
	require.ErrorIs(t, err, ErrBusy)
	assert.Equal(t, "archive is busy: another command holds the lock", err.Error())
	assert.Less(t, time.Since(start), 2*time.Second)
	_, err = a.Check(false)
	require.ErrorIs(t, err, ErrBusy)
	_, err = a.Reveal(ids, newID(), "", "")
	require.ErrorIs(t, err, ErrBusy)
	require.ErrorIs(t, a.Withdraw(ids, newID(), ""), ErrBusy)
	// Readers need no lock.
	_, err = a.List()
	require.NoError(t, err)
	_, err = a.Search(index.Request{Query: "x", Limit: 1})
	require.NoError(t, err)
}

func TestSearchWhileIndexHeld(t *testing.T) {
	a, _ := newTestArchive(t)
	old := searchTimeout
	searchTimeout = 200 * time.Millisecond
	defer func() { searchTimeout = old }()
	ix, err := index.Open(filepath.Join(a.dir, indexDir), time.Second)
	require.NoError(t, err)
	defer ix.Close()
	start := time.Now()
	_, err = a.Search(index.Request{Query: "x", Limit: 1})
	require.ErrorIs(t, err, ErrBusy)
	assert.Less(t, time.Since(start), 2*time.Second)
}

func TestLoadIdentities(t *testing.T) {
	id, err := age.GenerateX25519Identity()
	require.NoError(t, err)
	dir := t.TempDir()
	plain := filepath.Join(dir, "key.txt")
	require.NoError(t, os.WriteFile(plain, []byte("# comment\n"+id.String()+"\n"), 0o600))

	// A passphrase-protected identity file, as age -p -a writes it.
	sr, err := age.NewScryptRecipient("correct horse")
	require.NoError(t, err)
	sr.SetWorkFactor(10)
	var buf bytes.Buffer
	aw := armor.NewWriter(&buf)
	w, err := age.Encrypt(aw, sr)
	require.NoError(t, err)
	_, err = w.Write([]byte(id.String() + "\n"))
	require.NoError(t, err)
	require.NoError(t, w.Close())
	require.NoError(t, aw.Close())
	enc := filepath.Join(dir, "key.age")
	require.NoError(t, os.WriteFile(enc, buf.Bytes(), 0o600))

	pass := func(s string) func() ([]byte, error) { return func() ([]byte, error) { return []byte(s), nil } }
	tests := []struct {
		name, path string
		pass       func() ([]byte, error)
		want       string
	}{
		{"plain", plain, nil, ""},
		{"passphrase", enc, pass("correct horse"), ""},
		{"wrong passphrase", enc, pass("wrong"), "incorrect passphrase"},
		{"no passphrase", enc, nil, "passphrase-protected"},
		{"missing", filepath.Join(dir, "nope"), nil, "no such file"},
		{"recipient instead", oneFile(t, "r.txt", id.Recipient().String()+"\n"), nil, "public recipient"},
		{"garbage", oneFile(t, "g.txt", "hello\n"), nil, "not an age identity"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ids, err := LoadIdentities(tt.path, tt.pass)
			if tt.want != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.want)
				assert.NotContains(t, err.Error(), "AGE-SECRET-KEY")
				return
			}
			require.NoError(t, err)
			require.Len(t, ids, 1)
			assert.Equal(t, id.String(), ids[0].(*age.X25519Identity).String())
		})
	}
}

func TestArchivePseudonymPolicyNeedsIdentity(t *testing.T) {
	a, ids := newTestArchive(t)
	pc := newPolicyCache(a, nil)
	_, err := pc.archiveSecret()
	require.ErrorContains(t, err, "identity")
	pc = newPolicyCache(a, ids)
	s, err := pc.archiveSecret()
	require.NoError(t, err)
	assert.Len(t, s, 64)
}

func TestIngestStdinAndCancel(t *testing.T) {
	a, _ := newTestArchive(t)
	res, err := a.Ingest(context.Background(), []string{"-"}, IngestOptions{Stdin: strings.NewReader(goodDoc)})
	require.NoError(t, err)
	assert.Equal(t, "-", res[0].Source)
	assert.Equal(t, StatusReleased, res[0].Status)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	before := snapshot(t, a.dir)
	_, err = a.Ingest(ctx, []string{oneFile(t, "c.md", goodDoc+"more\n")}, IngestOptions{})
	require.Error(t, err)
	assert.True(t, errors.Is(err, context.Canceled) || strings.Contains(err.Error(), "cancel"))
	assert.Equal(t, before, snapshot(t, a.dir))
}

func TestSyntheticDocsRedactKnownIdentifiers(t *testing.T) {
	a, _ := newTestArchive(t)
	r := rand.New(rand.NewPCG(9, 9))
	text, secrets := synthetic(r, 1, 2500)
	res, err := a.Ingest(context.Background(), []string{oneFile(t, "s.md", text)}, IngestOptions{})
	require.NoError(t, err)
	_, shown, err := a.Show(res[0].ID)
	require.NoError(t, err)
	for _, s := range secrets {
		assert.NotContains(t, shown, s)
	}
}
