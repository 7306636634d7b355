package index

// These tests feed documents past *redact.Redacted (which only the engine can make) through
// the unexported write path, so that the index is tested on its own. index_test.go tests the
// same behaviour through Add with documents the engine redacted.

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type fixture struct {
	id  string
	doc bleveDoc
}

var fixtures = []fixture{
	{"t-en-1", bleveDoc{
		Title: "Crossing the river in winter",
		Text: "[Interviewee] described how [Person B], a broker, guided the family across the frozen river. " +
			"The remittance arrived through a broker in a border city of [Province].",
		Topic: []string{"crossing", "brokers"}, Year: "2019", Language: "en", Policy: "defector-family", Status: StatusReleased,
	}},
	{"t-en-2", bleveDoc{
		Title: "Work in a [Workplace]",
		Text:  "She spoke about daily work, food rations and the market. Remittances were never mentioned.",
		Topic: []string{"work"}, Year: "2021", Language: "en", Policy: "base", Status: StatusReleased,
	}},
	{"t-ko-1", bleveDoc{
		Title: "어머니의 이야기",
		Text:  "[Interviewee]는 어머니가 북한에서 송금을 받았다고 말했다. 브로커가 돈을 전달했다.",
		Topic: []string{"remittance", "brokers"}, Year: "2019", Language: "ko", Policy: "defector-family", Status: StatusReleased,
	}},
	{"t-ko-2", bleveDoc{
		Title: "장마당",
		Text:  "장마당에서 일한 경험을 이야기했다. 머니라는 말은 나오지 않는다.",
		Topic: []string{"work"}, Year: "2020", Language: "ko", Policy: "base", Status: StatusReleased,
	}},
}

func newTestIndex(t *testing.T) (*Index, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Create(dir)
	require.NoError(t, err)
	t.Cleanup(func() { _ = ix.Close() })
	require.NoError(t, ix.write(len(fixtures), func(i int) (string, bleveDoc) {
		return fixtures[i].id, fixtures[i].doc
	}))
	return ix, dir
}

func hitIDs(r *Result) []string {
	ids := make([]string, 0, len(r.Hits))
	for _, h := range r.Hits {
		ids = append(ids, h.ID)
	}
	return ids
}

func TestSearchQueries(t *testing.T) {
	ix, _ := newTestIndex(t)
	tests := []struct {
		name  string
		query string
		want  []string // IDs in any order
	}{
		{"english word, stemmed", "brokers", []string{"t-en-1"}},
		{"stem matches inflection", "remittance", []string{"t-en-1", "t-en-2"}},
		{"phrase", `"frozen river"`, []string{"t-en-1"}},
		{"phrase in wrong order finds nothing", `"river frozen"`, nil},
		{"required and excluded", "+remittance -rations", []string{"t-en-1"}},
		{"field query on title", "title:winter", []string{"t-en-1"}},
		{"field query on facet field", "language:ko", []string{"t-ko-1", "t-ko-2"}},
		{"facet field is case-insensitive", "topic:Brokers", []string{"t-en-1", "t-ko-1"}},
		{"year", "year:2019", []string{"t-en-1", "t-ko-1"}},
		{"year and language", "+year:2019 +language:ko", []string{"t-ko-1"}},
		{"hangul noun inside an inflected word", "북한", []string{"t-ko-1"}},
		{"hangul word with particle matches its stem", "어머니", []string{"t-ko-1"}},
		{"hangul word does not match a stray bigram", "송금을", []string{"t-ko-1"}},
		{"hangul one syllable", "돈을", []string{"t-ko-1"}},
		{"hangul phrase", `"브로커가 돈을"`, []string{"t-ko-1"}},
		{"hangul title field", "title:장마당", []string{"t-ko-2"}},
		{"placeholders are searchable", `"Person B"`, []string{"t-en-1"}},
		{"match all", "", []string{"t-en-1", "t-en-2", "t-ko-1", "t-ko-2"}},
		{"status", "status:released", []string{"t-en-1", "t-en-2", "t-ko-1", "t-ko-2"}},
		{"nothing", "submarine", nil},
		{"word without field searches the title", "winter", []string{"t-en-1"}},
		{"hangul without field searches title and text", "이야기", []string{"t-ko-1", "t-ko-2"}},
		{"wildcard", "remitt*", []string{"t-en-1", "t-en-2"}},
		{"field query does not leak into the other field", "text:winter", nil},
		{"number without field", "2019", nil},
		{"fuzzy", "brokr~1", []string{"t-en-1"}},
		{"year from", "year:>=2020", []string{"t-en-2", "t-ko-2"}},
		{"year after", "year:>2020", []string{"t-en-2"}},
		{"year before", "year:<2020", []string{"t-en-1", "t-ko-1"}},
		{"year range and language", "+year:>=2019 +year:<=2020 +language:ko", []string{"t-ko-1", "t-ko-2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ix.Search(Request{Query: tt.query, Limit: 10})
			require.NoError(t, err)
			assert.ElementsMatch(t, tt.want, hitIDs(res))
			assert.Equal(t, uint64(len(tt.want)), res.Total)
		})
	}
}

func TestSearchHangulDoesNotMatchPartialBigram(t *testing.T) {
	ix, _ := newTestIndex(t)
	// 머니 is the second half of 어머니 (t-ko-1) and a word of its own in t-ko-2. A query for
	// 어머니 must not find t-ko-2 just because it shares the bigram 머니.
	res, err := ix.Search(Request{Query: "어머니"})
	require.NoError(t, err)
	assert.Equal(t, []string{"t-ko-1"}, hitIDs(res))
}

func TestSearchSnippets(t *testing.T) {
	ix, _ := newTestIndex(t)
	tests := []struct {
		query, id, contains string
	}{
		{"frozen", "t-en-1", MarkStart + "frozen" + MarkEnd + " river"},
		{`"frozen river"`, "t-en-1", MarkStart + "frozen" + MarkEnd + " " + MarkStart + "river" + MarkEnd},
		// Overlapping bigrams (북한, 한에, 에서) are marked as one word, not cut in half.
		{"북한에서", "t-ko-1", MarkStart + "북한에서" + MarkEnd},
		{"어머니", "t-ko-1", MarkStart + "어머니" + MarkEnd + "가"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res, err := ix.Search(Request{Query: tt.query})
			require.NoError(t, err)
			require.Len(t, res.Hits, 1)
			assert.Equal(t, tt.id, res.Hits[0].ID)
			require.NotEmpty(t, res.Hits[0].Snippets)
			assert.Contains(t, strings.Join(res.Hits[0].Snippets, " "), tt.contains)
		})
	}
}

func TestSearchFacets(t *testing.T) {
	ix, _ := newTestIndex(t)
	res, err := ix.Search(Request{Query: "*"})
	require.NoError(t, err)
	assert.Equal(t, map[string][]Facet{
		FieldTopic:    {{"brokers", 2}, {"work", 2}, {"crossing", 1}, {"remittance", 1}},
		FieldYear:     {{"2019", 2}, {"2020", 1}, {"2021", 1}},
		FieldLanguage: {{"en", 2}, {"ko", 2}},
		FieldPolicy:   {{"base", 2}, {"defector-family", 2}},
	}, res.Facets)

	res, err = ix.Search(Request{Query: "language:ko"})
	require.NoError(t, err)
	assert.Equal(t, []Facet{{"2019", 1}, {"2020", 1}}, res.Facets[FieldYear])
}

func TestSearchLimit(t *testing.T) {
	ix, _ := newTestIndex(t)
	for _, tt := range []struct{ limit, want int }{{0, 4}, {1, 1}, {2, 2}, {MaxLimit + 1, 4}} {
		res, err := ix.Search(Request{Query: "*", Limit: tt.limit})
		require.NoError(t, err)
		assert.Len(t, res.Hits, tt.want, "limit %d", tt.limit)
		assert.Equal(t, uint64(4), res.Total, "total counts every match, not just the page")
	}
}

func TestSearchBadQuery(t *testing.T) {
	ix, _ := newTestIndex(t)
	_, err := ix.Search(Request{Query: `"unterminated`})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "cannot parse the query")
}

func TestGetHasIDsDelete(t *testing.T) {
	ix, _ := newTestIndex(t)

	ids, err := ix.IDs()
	require.NoError(t, err)
	assert.Equal(t, []string{"t-en-1", "t-en-2", "t-ko-1", "t-ko-2"}, ids)

	title, text, err := ix.Get("t-ko-1")
	require.NoError(t, err)
	assert.Equal(t, fixtures[2].doc.Title, title)
	assert.Equal(t, fixtures[2].doc.Text, text)

	_, _, err = ix.Get("missing")
	assert.ErrorIs(t, err, ErrNotFound)

	for _, tt := range []struct {
		id   string
		want bool
	}{{"t-en-1", true}, {"missing", false}} {
		has, err := ix.Has(tt.id)
		require.NoError(t, err)
		assert.Equal(t, tt.want, has, tt.id)
	}

	require.NoError(t, ix.Delete("t-en-1", "missing"))
	has, err := ix.Has("t-en-1")
	require.NoError(t, err)
	assert.False(t, has)
	res, err := ix.Search(Request{Query: "frozen"})
	require.NoError(t, err)
	assert.Zero(t, res.Total, "a deleted testimony is not found")
	ids, err = ix.IDs()
	require.NoError(t, err)
	assert.Equal(t, []string{"t-en-2", "t-ko-1", "t-ko-2"}, ids)
}

func TestRewriteReplaces(t *testing.T) {
	ix, _ := newTestIndex(t)
	changed := fixtures[0].doc
	changed.Text = "A new redaction run replaced the old copy."
	require.NoError(t, ix.write(1, func(int) (string, bleveDoc) { return fixtures[0].id, changed }))

	ids, err := ix.IDs()
	require.NoError(t, err)
	assert.Len(t, ids, len(fixtures), "same ID, one document")
	_, text, err := ix.Get(fixtures[0].id)
	require.NoError(t, err)
	assert.Equal(t, changed.Text, text)
}

func TestReopenAndReadOnly(t *testing.T) {
	ix, dir := newTestIndex(t)
	require.NoError(t, ix.Close())
	require.NoError(t, ix.Close(), "Close twice is harmless")

	ro, err := OpenReadOnly(dir, time.Second)
	require.NoError(t, err)
	res, err := ro.Search(Request{Query: "frozen"})
	require.NoError(t, err)
	assert.Equal(t, uint64(1), res.Total, "documents survive close and reopen")
	assert.ErrorIs(t, ro.Delete("t-en-1"), ErrReadOnly)

	// Readers share the index.
	ro2, err := OpenReadOnly(dir, time.Second)
	require.NoError(t, err)
	require.NoError(t, ro2.Close())
	require.NoError(t, ro.Close())

	w, err := Open(dir, time.Second)
	require.NoError(t, err)
	require.NoError(t, w.Delete("t-en-1"))
	require.NoError(t, w.Close())
}

// TestBusy opens the index a second time in the same process while the writer holds it. This
// works as a stand-in for a second process because bolt locks with flock(2), whose locks
// belong to an open file description: a second open of root.bolt conflicts with the first
// even within one process. TestBusyAcrossProcesses checks the real two-process case.
func TestBusy(t *testing.T) {
	_, dir := newTestIndex(t) // the writer stays open until cleanup
	const timeout = 300 * time.Millisecond

	for _, tt := range []struct {
		name string
		open func(string, time.Duration) (*Index, error)
	}{
		{"read-only", OpenReadOnly},
		{"writer", Open},
	} {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			ix, err := tt.open(dir, timeout)
			elapsed := time.Since(start)
			if ix != nil {
				_ = ix.Close()
			}
			require.ErrorIs(t, err, ErrBusy)
			assert.GreaterOrEqual(t, elapsed, timeout/2, "it waited")
			assert.Less(t, elapsed, timeout+2*time.Second, "it did not hang")
		})
	}
	t.Run("zero timeout tries once", func(t *testing.T) {
		start := time.Now()
		_, err := OpenReadOnly(dir, 0)
		require.ErrorIs(t, err, ErrBusy)
		assert.Less(t, time.Since(start), time.Second)
	})
}

func TestReaderBlocksWriter(t *testing.T) {
	ix, dir := newTestIndex(t)
	require.NoError(t, ix.Close())
	ro, err := OpenReadOnly(dir, time.Second)
	require.NoError(t, err)
	defer ro.Close()
	_, err = Open(dir, 200*time.Millisecond)
	assert.ErrorIs(t, err, ErrBusy, "a writer waits for searches to finish, then gives up")
}

func TestOpenMissingAndCreateExisting(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nothing")
	_, err := Open(dir, time.Second)
	assert.ErrorIs(t, err, fs.ErrNotExist)
	_, err = OpenReadOnly(dir, time.Second)
	assert.ErrorIs(t, err, fs.ErrNotExist)
	_, statErr := os.Stat(dir)
	assert.ErrorIs(t, statErr, fs.ErrNotExist, "opening does not create anything")

	_, existing := newTestIndex(t)
	_, err = Create(existing)
	assert.ErrorIs(t, err, fs.ErrExist)
}

func TestIndexHoldsNoReport(t *testing.T) {
	// The only fields in the index are the ones in bleveDoc; the mapping is static, so a field
	// added to bleveDoc by mistake would not be indexed without a mapping change either.
	m, err := newMapping()
	require.NoError(t, err)
	dm := m.TypeMapping[docType]
	require.NotNil(t, dm)
	assert.False(t, dm.Dynamic)
	var names []string
	for name := range dm.Properties {
		names = append(names, name)
	}
	assert.ElementsMatch(t, []string{FieldText, FieldTitle, FieldTopic, FieldYear, FieldLanguage, FieldPolicy, FieldStatus, FieldMissing}, names)
}

func TestFileModes(t *testing.T) {
	ix, dir := newTestIndex(t)
	require.NoError(t, ix.Close())
	var seen int
	require.NoError(t, filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		require.NoError(t, err)
		info, err := d.Info()
		require.NoError(t, err)
		want := fs.FileMode(0o600)
		if d.IsDir() {
			want = 0o700
		}
		assert.Equal(t, want, info.Mode().Perm(), path)
		seen++
		return nil
	}))
	assert.Greater(t, seen, 3, "the walk saw the index files")
}

// TestBusyAcrossProcesses is the situation users meet: `testimony search` in one process while
// `testimony ingest` holds the index in another. The test binary runs itself as the writer.
func TestBusyAcrossProcesses(t *testing.T) {
	if dir := os.Getenv("TESTIMONY_INDEX_HOLD"); dir != "" {
		holdWriter(dir)
		return
	}
	ix, dir := newTestIndex(t)
	require.NoError(t, ix.Close())

	cmd := exec.Command(os.Args[0], "-test.run=^TestBusyAcrossProcesses$")
	cmd.Env = append(os.Environ(), "TESTIMONY_INDEX_HOLD="+dir)
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	line, err := bufio.NewReader(stdout).ReadString('\n')
	require.NoError(t, err)
	require.Equal(t, "holding\n", line)

	start := time.Now()
	_, err = OpenReadOnly(dir, 300*time.Millisecond)
	require.ErrorIs(t, err, ErrBusy)
	assert.Less(t, time.Since(start), 3*time.Second, "it did not hang")

	require.NoError(t, stdin.Close()) // the writer closes the index and exits
	require.NoError(t, cmd.Wait())
	ro, err := OpenReadOnly(dir, time.Second)
	require.NoError(t, err)
	require.NoError(t, ro.Close())
}

// holdWriter runs in the child process: it opens the index for writing, says so, and holds it
// until its stdin is closed.
func holdWriter(dir string) {
	ix, err := Open(dir, 5*time.Second)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	fmt.Println("holding")
	_, _ = io.Copy(io.Discard, os.Stdin)
	if err := ix.Close(); err != nil {
		os.Exit(3)
	}
	os.Exit(0)
}

// containsInFiles reports which files under dir contain needle. bleve merges segments in
// the background, so a file listed may be gone when it is read: the walk starts again until
// one reads every file it lists (a CI run once caught a merge between the two).
func containsInFiles(t *testing.T, dir, needle string) []string {
	t.Helper()
	for range 50 {
		if hits, complete := containsInFilesOnce(t, dir, needle); complete {
			return hits
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("the index's files kept changing during 50 walks")
	return nil
}

// containsInFilesOnce is one walk of containsInFiles; complete is false if a file listed was
// gone when read.
func containsInFilesOnce(t *testing.T, dir, needle string) (hits []string, complete bool) {
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if bytes.Contains(b, []byte(needle)) {
			hits = append(hits, filepath.Base(path))
		}
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false
	}
	require.NoError(t, err)
	return hits, true
}

func TestDeleteRemovesTextFromFiles(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, ix *Index)
	}{
		{"one segment", func(*testing.T, *Index) {}},
		{"many segments", func(t *testing.T, ix *Index) {
			for i := 0; i < 12; i++ {
				id := fmt.Sprintf("extra-%d", i)
				require.NoError(t, ix.write(1, func(int) (string, bleveDoc) {
					return id, bleveDoc{Title: id, Text: "another testimony", Status: StatusReleased}
				}))
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix, dir := newTestIndex(t)
			tt.setup(t, ix)
			const needle = "guided the family across the frozen river"
			require.NotEmpty(t, containsInFiles(t, dir, needle), "precondition: the stored text is visible in the files")

			require.NoError(t, ix.Delete("t-en-1"))
			assert.Empty(t, containsInFiles(t, dir, needle), "no file holds the withdrawn text")

			ids, err := ix.IDs()
			require.NoError(t, err)
			assert.NotContains(t, ids, "t-en-1")
			assert.NotContains(t, ids, purgeSentinel)
			_, text, err := ix.Get("t-ko-1")
			require.NoError(t, err)
			assert.Equal(t, fixtures[2].doc.Text, text, "the others survive the rewrite")
		})
	}
}

func TestDeleteNothing(t *testing.T) {
	ix, _ := newTestIndex(t)
	start := time.Now()
	require.NoError(t, ix.Delete())
	require.NoError(t, ix.Delete("never-indexed"))
	assert.Less(t, time.Since(start), time.Second, "no rewrite when nothing was indexed")
	ids, err := ix.IDs()
	require.NoError(t, err)
	assert.Len(t, ids, len(fixtures))
}

func TestConcurrentUse(t *testing.T) {
	ix, _ := newTestIndex(t)
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for i := 0; i < 4; i++ {
		wg.Add(3)
		go func() {
			defer wg.Done()
			_, err := ix.Search(Request{Query: "북한 OR river"})
			errs <- err
		}()
		go func() {
			defer wg.Done()
			id := fmt.Sprintf("c-%d", i)
			errs <- ix.write(1, func(int) (string, bleveDoc) {
				return id, bleveDoc{Title: id, Text: "concurrent", Status: StatusReleased}
			})
		}()
		go func() {
			defer wg.Done()
			errs <- ix.Delete(fixtures[i].id)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	ids, err := ix.IDs()
	require.NoError(t, err)
	assert.Equal(t, []string{"c-0", "c-1", "c-2", "c-3"}, ids)
}
