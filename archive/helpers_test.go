package archive

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"filippo.io/age"
	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// newTestArchive makes an archive with a fresh identity outside it.
func newTestArchive(t testing.TB) (*Archive, []age.Identity) {
	t.Helper()
	root := t.TempDir()
	dir := filepath.Join(root, "archive")
	keyFile := filepath.Join(root, "key.txt")
	_, err := Init(dir, InitOptions{IdentityOut: keyFile, Actor: "tester"})
	require.NoError(t, err)
	a, err := Open(dir)
	require.NoError(t, err)
	ids, err := LoadIdentities(keyFile, nil)
	require.NoError(t, err)
	return a, ids
}

// snapshot maps every path under dir to its mode and content hash.
func snapshot(t testing.TB, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			out[rel] = fmt.Sprintf("dir %v", info.Mode())
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		s := sha256.Sum256(b)
		out[rel] = fmt.Sprintf("%v %s", info.Mode(), hex.EncodeToString(s[:]))
		return nil
	})
	require.NoError(t, err)
	return out
}

// readReport decrypts one testimony's report.
func readReport(t testing.TB, a *Archive, ids []age.Identity, id string) *redact.Report {
	t.Helper()
	m, err := readManifest(a.dir)
	require.NoError(t, err)
	e := m.byID[id]
	require.NotNil(t, e)
	require.NotEmpty(t, e.Run, "testimony %s has a report", id)
	plain, err := decryptFile(a.reportPath(id, e.Run), ids)
	require.NoError(t, err)
	var rf reportFile
	require.NoError(t, json.Unmarshal(plain, &rf))
	return rf.Report
}

// removedForms are the surface forms a run changed.
func removedForms(r *redact.Report) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range r.Spans {
		if s.Action == redact.Keep || s.Text == "" || s.Text == s.Replacement || seen[s.Text] {
			continue
		}
		seen[s.Text] = true
		out = append(out, s.Text)
	}
	sort.Strings(out)
	return out
}

// directForms are the removed forms of direct identifiers that no kept span or allow-list
// entry of the run contains: the engine guarantees these are nowhere in the output.
func directForms(t testing.TB, r *redact.Report) []string {
	direct := map[redact.Category]bool{redact.Person: true, redact.Phone: true, redact.Email: true,
		redact.Handle: true, redact.IDNumber: true, redact.SensitiveTerm: true}
	var kept []string
	for _, s := range r.Spans {
		if s.Action == redact.Keep {
			kept = append(kept, strings.ToLower(s.Text))
		}
	}
	if p, err := policies.Load(r.Policy); err == nil {
		for _, a := range p.Allow {
			kept = append(kept, strings.ToLower(a))
		}
		if p.Gazetteer != nil {
			for _, a := range append(p.Gazetteer.PublicFigures, p.Gazetteer.PublicBodies...) {
				kept = append(kept, strings.ToLower(a))
			}
		}
	}
	seen := map[string]bool{}
	var out []string
outer:
	for _, s := range r.Spans {
		if !direct[s.Category] || s.Action == redact.Keep || s.Text == s.Replacement || seen[s.Text] {
			continue
		}
		for _, k := range kept {
			if strings.Contains(k, strings.ToLower(s.Text)) {
				continue outer
			}
		}
		seen[s.Text] = true
		out = append(out, s.Text)
	}
	return out
}

// ambiguousName reports whether a name is also a common word in the gazetteer.
func ambiguousName(f string) bool {
	p, err := policies.Load("base")
	if err != nil || p.Gazetteer == nil {
		return false
	}
	return p.Gazetteer.AmbiguousNames[strings.ToLower(f)]
}

// expectedFile is the expectations file of the interviews folder dir: it sits next to the
// folder, not in it, so that a directory ingest of the folder takes interviews only.
func expectedFile(dir string) string {
	return filepath.Clean(dir) + "-expected.md"
}

// expectedPolicies reads testdata/interviews-expected.md (next to the interviews folder dir):
// file → policy.
func expectedPolicies(t testing.TB, dir string) map[string]string {
	f, err := os.Open(expectedFile(dir))
	require.NoError(t, err)
	defer f.Close()
	out := map[string]string{}
	cur := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if name, ok := strings.CutPrefix(l, "## "); ok {
			cur = strings.TrimSpace(name)
		} else if p, ok := strings.CutPrefix(l, "policy:"); ok && cur != "" {
			out[cur] = strings.TrimSpace(p)
		}
	}
	return out
}

// expectedRemoved reads every "remove:" item of testdata/interviews-expected.md.
func expectedRemoved(t testing.TB, dir string) []string {
	b, err := os.ReadFile(expectedFile(dir))
	require.NoError(t, err)
	var out []string
	in := false
	for _, l := range strings.Split(string(b), "\n") {
		switch {
		case strings.HasPrefix(l, "remove:"):
			in = true
		case strings.HasPrefix(l, "- ") && in:
			out = append(out, strings.TrimSpace(l[2:]))
		case !strings.HasPrefix(l, "- "):
			in = false
		}
	}
	return out
}

// Synthetic corpus. Every name, number and term is invented.
var (
	synSurnames = []string{"Pak", "Ri", "Choe", "Kang", "Jang", "Han", "Ryu", "Jon", "Hwang", "Mun"}
	synGiven    = []string{"Chol-su", "Sun-hui", "Myong-ok", "Kwang-il", "Hye-gyong", "Song-chol", "Ok-sun", "Yong-nam", "Un-ju", "Chang-ho"}
	synTerms    = []string{"green kettle", "uncle parrot", "silver bicycle", "paper moon", "river horse"}
	synFiller   = []string{
		"We walked for a long time along the river before the sun came up, and nobody spoke.",
		"The market was crowded that winter, and prices rose every week while the rations stopped.",
		"My mother kept a small garden behind the house where she grew cabbage and beans.",
		"At the border the guards changed shifts at night, and that was when people tried to cross.",
		"I remember the cold more than anything else, the cold and the waiting in the dark.",
		"Later I worked in a restaurant kitchen for two years and saved whatever I could.",
		"The broker said it would take three days, but it took almost two weeks in the end.",
		"We listened to foreign radio under a blanket, with the volume turned almost to nothing.",
	}
)

// vocab is a fixed list of made-up lower-case words (consonant-vowel syllables).
var vocab = func() []string {
	const cons, vows = "bdfgklmnprstvz", "aeiou"
	r := rand.New(rand.NewPCG(42, 42))
	out := make([]string, 4000)
	for i := range out {
		var w []byte
		for k := 0; k < 2+r.IntN(2); k++ {
			w = append(w, cons[r.IntN(len(cons))], vows[r.IntN(len(vows))])
		}
		out[i] = string(w) + "n"
	}
	return out
}()

// vocabWord picks a word, the first ones far more often than the last (rank ~ 1/u²).
func vocabWord(r *rand.Rand) string {
	u := r.Float64()
	return vocab[int(u*u*u*float64(len(vocab)-1))]
}

// synthetic returns one ~size-byte Markdown testimony and the identifiers it contains.
func synthetic(r *rand.Rand, n, size int) (string, []string) {
	name := func() string { return synSurnames[r.IntN(len(synSurnames))] + " " + synGiven[r.IntN(len(synGiven))] }
	interviewee, interviewer := name(), name()
	for interviewer == interviewee {
		interviewer = name()
	}
	term := synTerms[r.IntN(len(synTerms))]
	phone := fmt.Sprintf("+86 139 %04d %04d", r.IntN(10000), r.IntN(10000))
	email := fmt.Sprintf("contact%d@example.org", n)
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: Synthetic testimony %d\nlanguage: en\ninterview_date: %d-0%d-1%d\ninterviewer: %s\ninterviewee: %s\ntopics: [synthetic, crossing]\nsensitive_terms:\n  - %s\n---\n\n",
		n, 2010+r.IntN(15), 1+r.IntN(9), r.IntN(10), interviewer, interviewee, term)
	i := 0
	for b.Len() < size {
		switch i % 9 {
		case 3:
			fmt.Fprintf(&b, "%s: When we met, %s told me to say %s at the door. ", interviewee, interviewee, term)
		case 6:
			fmt.Fprintf(&b, "%s: Could you reach anyone? %s: Only at %s or by %s. ", interviewer, interviewee, phone, email)
		case 1, 5, 8:
			// A sentence of vocabulary words with a Zipf-like spread, so that searches hit
			// some testimonies and not all of them.
			for w := 0; w < 8+r.IntN(8); w++ {
				b.WriteString(vocabWord(r))
				b.WriteString(" ")
			}
			b.WriteString("and so it went. ")
		default:
			b.WriteString(synFiller[r.IntN(len(synFiller))])
			b.WriteString(" ")
		}
		if i%4 == 3 {
			b.WriteString("\n\n")
		}
		i++
	}
	b.WriteString("\n")
	return b.String(), []string{interviewee, interviewer, term, phone, email}
}

// writeCorpus writes n synthetic testimonies into dir.
func writeCorpus(t testing.TB, dir string, n, size int, seed uint64) {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 7))
	require.NoError(t, os.MkdirAll(dir, 0o700))
	for i := 0; i < n; i++ {
		text, _ := synthetic(r, i, size)
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("t%05d.md", i)), []byte(text), 0o600))
	}
}

// scanFiles returns every (file, form) pair where a form occurs in a file under root.
func scanFiles(t testing.TB, root string, forms []string) []string {
	t.Helper()
	var hits []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, f := range forms {
			if strings.Contains(string(b), f) {
				rel, _ := filepath.Rel(root, p)
				hits = append(hits, rel+": "+f)
			}
		}
		return nil
	})
	require.NoError(t, err)
	return hits
}
