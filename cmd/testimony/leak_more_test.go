package main

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/index"
)

// reviewCommands runs the review commands on the testimonies held for review, through cli
// (so that their stdout and stderr are scanned): review list, then on the first one review
// show (its stdout prints original text on purpose: dropStdout takes it out of the scan, after
// checking it does print originals), review show --html into outside (a folder outside the
// archive and TMPDIR, not scanned: the page holds original text on purpose), keep, add-term
// and approve (it is released and indexed), and on the second one reject. It returns what it
// did, for the log.
func reviewCommands(t *testing.T, docs []*leakDoc, arc, key, outside string, cli func(*leakDoc, ...string) string, dropStdout func()) string {
	t.Helper()
	var held []*leakDoc
	for _, d := range docs {
		if d.status == "review" {
			held = append(held, d)
		}
	}
	require.GreaterOrEqual(t, len(held), 2, "testimonies held for review (pow holds them)")
	cli(nil, "review", "list", "--archive", arc)
	cli(nil, "review", "list", "--archive", arc, "--json")

	// The first held testimony with a keep form and a form the engine misses in it; when the
	// engine misses none in a held testimony (knownLeaks may be empty), the first with a keep
	// form and a QUASI form: add-term and approve then run on a form the gold removes.
	known := map[string]bool{}
	for _, k := range knownLeaks {
		known[k] = true
	}
	var r1 *leakDoc
	var term, keep string
	missed := func(d *leakDoc, f string) bool { return known[d.label+": "+f] }
	quasi := func(d *leakDoc, f string) bool { return d.remove[f] == "QUASI" }
	for _, want := range []func(*leakDoc, string) bool{missed, quasi} {
		if r1 != nil {
			break
		}
		for _, d := range held {
			b, err := os.ReadFile(d.file)
			require.NoError(t, err)
			text := strings.ToLower(string(b))
			term, keep = "", ""
			for _, f := range slices.Sorted(maps.Keys(d.remove)) {
				if want(d, f) && strings.Contains(text, strings.ToLower(f)) {
					term = f
					break
				}
			}
			for _, k := range d.keep {
				if len(k) > 3 && strings.Contains(text, strings.ToLower(k)) && d.remove[k] == "" {
					keep = k
					break
				}
			}
			if term != "" && keep != "" {
				r1 = d
				break
			}
		}
	}
	require.NotNil(t, r1, "a held testimony with a missed form and a form its gold keeps")
	var r2 *leakDoc
	for _, d := range held {
		if d != r1 {
			r2 = d
			break
		}
	}

	out := cli(nil, "review", "show", "--archive", arc, "-i", key, r1.id)
	shows := 0
	for f := range r1.remove {
		if formIn(f, out) {
			shows++
		}
	}
	assert.Positive(t, shows, "review show prints the original (left out of the scan)")
	dropStdout()
	require.NoError(t, os.MkdirAll(outside, 0o700))
	page := filepath.Join(outside, "review.html")
	cli(nil, "review", "show", "--archive", arc, "-i", key, "--html", page, r1.id)
	fi, err := os.Stat(page)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm())

	cli(nil, "review", "keep", "--archive", arc, "-i", key, "--reason", "kept on purpose by the gold", r1.id, keep)
	cli(nil, "review", "add-term", "--archive", arc, "-i", key, r1.id, term)
	cli(nil, "review", "approve", "--archive", arc, "-i", key, "--reason", "checked", r1.id)
	r1.status = "released"
	cli(nil, "review", "reject", "--archive", arc, "-i", key, "--reason", "not for release", r2.id)
	r2.status = "rejected"
	return fmt.Sprintf("%s (keep, add-term, approve) and %s (reject)", r1.label, r2.label)
}

func setOf(s []string) map[string]bool {
	out := map[string]bool{}
	for _, x := range s {
		out[x] = true
	}
	return out
}

// indexContentLeaks reads every index of the archive (index/ and index-<run>/) through
// bleve, read-only, and reports each form of forms that it holds while shown (the redacted
// copies the commands printed) does not:
//
//   - in a stored field (the redacted title and text), as formIn finds forms elsewhere;
//   - in a text field's term dictionary: the form's terms after the field's analysis
//     (lower-cased, stemmed English words; Hangul bigrams) all in the dictionary, and at
//     least one of them among no term of shown; and every term of a text field that no
//     redacted copy yields, form or not;
//   - in another field's dictionary (topic, year, language, policy, status, _id): a term
//     that holds the form, lower-cased, as a word.
//
// It returns the leaks and the stored text of each indexed document (ID -> title and text).
func indexContentLeaks(t *testing.T, arc string, forms []string, shown string) ([]string, map[string]string) {
	t.Helper()
	dirs, err := filepath.Glob(filepath.Join(arc, "index*"))
	require.NoError(t, err)
	var leaks []string
	stored := map[string]string{}
	opened := 0
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue // index.current
		}
		ix, err := index.OpenReadOnly(dir, 10*time.Second)
		require.NoError(t, err, dir)
		c, err := ix.Contents()
		require.NoError(t, err, dir)
		opened++
		name := filepath.Base(dir)
		for _, id := range slices.Sorted(maps.Keys(c.Stored)) {
			var all strings.Builder
			for _, field := range slices.Sorted(maps.Keys(c.Stored[id])) {
				v := c.Stored[id][field]
				all.WriteString(v + "\n")
				for _, f := range forms {
					if formIn(f, v) && !formIn(f, shown) {
						leaks = append(leaks, fmt.Sprintf("%s: stored field %s of %s holds %q, which no redacted copy shows", name, field, id, f))
					}
				}
			}
			stored[id] += all.String()
		}
		lowShown := strings.ToLower(shown)
		for _, field := range slices.Sorted(maps.Keys(c.Terms)) {
			dict := setOf(c.Terms[field])
			if field == index.FieldText || field == index.FieldTitle {
				shownTerms := setOf(ix.Analyze(field, shown))
				for _, f := range forms {
					terms := ix.Analyze(field, f)
					if len(terms) == 0 {
						continue // only stop words
					}
					inDict, unshown := true, ""
					for _, term := range terms {
						if !dict[term] {
							inDict = false
						}
						if !shownTerms[term] && unshown == "" {
							unshown = term
						}
					}
					if inDict && unshown != "" {
						leaks = append(leaks, fmt.Sprintf("%s: the %s terms hold %q (terms %q; %q is in no redacted copy)", name, field, f, terms, unshown))
					}
				}
				var extra []string
				for _, term := range c.Terms[field] {
					if !shownTerms[term] {
						extra = append(extra, term)
					}
				}
				if len(extra) > 0 {
					leaks = append(leaks, fmt.Sprintf("%s: %d %s terms no redacted copy yields: %q", name, len(extra), field, extra))
				}
				continue
			}
			for _, term := range c.Terms[field] {
				for _, f := range forms {
					lf := strings.ToLower(f)
					if formIn(lf, term) && !formIn(lf, lowShown) {
						leaks = append(leaks, fmt.Sprintf("%s: the %s terms hold %q", name, field, f))
					}
				}
			}
		}
		require.NoError(t, ix.Close())
	}
	require.Positive(t, opened, "an index in %s", arc)
	sort.Strings(leaks)
	return leaks, stored
}

// TestIndexScanFindsPlantedForm proves that indexContentLeaks can fail: a released
// testimony puts two forms the engine keeps (an English phrase and a Korean word) into the
// index; scanned as forms no redacted copy shows, both are found in the stored text and in
// the term dictionary, and a form that is not there is not. Scanned with the testimony's
// redacted copy as shown, nothing is reported. The raw bytes of the index files are
// searched too, to show why the scan reads the index through bleve.
func TestIndexScanFindsPlantedForm(t *testing.T) {
	work := t.TempDir()
	arc := filepath.Join(work, "arc")
	sh := func(args ...string) string {
		var out, errb strings.Builder
		code := run(append([]string{"testimony"}, args...), strings.NewReader(""), &out, &errb)
		require.Equal(t, 0, code, "%v: %s", args, errb.String())
		return out.String()
	}
	sh("init", "--archive", arc, "--identity-out", filepath.Join(work, "key.txt"))
	src := filepath.Join(work, "planted.md")
	require.NoError(t, os.WriteFile(src, []byte("---\ntitle: Harbour work\n---\n\n"+
		"I drove a tractor for the cooperative, a tractor driver all my life. "+
		"We sang about the 해바라기 in the evenings and loaded coal at the harbour.\n"), 0o600))
	out := sh("ingest", "--archive", arc, "--policy", "base", "--json", src)
	var res []struct{ ID, Status string }
	require.NoError(t, json.Unmarshal([]byte(out), &res))
	require.Len(t, res, 1)
	require.Equal(t, "released", res[0].Status, "the engine keeps both forms (base policy)")
	id := res[0].ID
	planted := []string{"tractor driver", "해바라기"}
	absent := "Moonflower"
	leaks, stored := indexContentLeaks(t, arc, append(planted, absent), "")
	require.Len(t, stored, 1)
	for _, f := range planted {
		var inStored, inTerms bool
		for _, l := range leaks {
			if strings.Contains(l, fmt.Sprintf("%q", f)) {
				inStored = inStored || strings.Contains(l, "stored field")
				inTerms = inTerms || strings.Contains(l, "terms hold")
			}
		}
		assert.True(t, inStored, "%q found in the stored fields: %q", f, leaks)
		assert.True(t, inTerms, "%q found in the term dictionary: %q", f, leaks)
	}
	for _, l := range leaks {
		assert.NotContains(t, l, absent)
	}
	// Every term is one no redacted copy yields when none is shown.
	assert.Contains(t, strings.Join(leaks, "\n"), "text terms no redacted copy yields")

	shown := sh("show", "--archive", arc, id)
	leaks, _ = indexContentLeaks(t, arc, append(planted, absent), shown)
	assert.Empty(t, leaks, "the redacted copy shows them: no leak")

	raw := 0
	require.NoError(t, filepath.Walk(filepath.Join(arc, "index"), func(p string, fi os.FileInfo, err error) error {
		if err != nil || fi.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err == nil && strings.Contains(string(b), "tractor driver") {
			raw++
		}
		return err
	}))
	t.Logf("the raw index files hold %q literally in %d file(s); the scan through bleve finds it in any case", "tractor driver", raw)
}
