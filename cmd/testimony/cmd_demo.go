package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"github.com/testimony-archive/testimony/archive"
	"github.com/testimony-archive/testimony/archive/transcript"
	"github.com/testimony-archive/testimony/index"
	"github.com/urfave/cli/v2"
)

// demodata is a small built-in sample, used when the repository's testdata/interviews cannot
// be found (a binary run outside the repository). Every name, place and number in it is made up.
//
//go:embed demodata
var demodata embed.FS

const modulePath = "github.com/testimony-archive/testimony"

func demoCommand() *cli.Command {
	return &cli.Command{
		Name:      "demo",
		Usage:     "a throwaway archive, end to end: init, ingest, search, show, reveal, verify",
		UsageText: "testimony demo [--keep DIR]",
		Description: "Makes an archive in a temporary folder with a fresh key, ingests the sample\n" +
			"interviews (testdata/interviews of the repository, else a small built-in sample), runs\n" +
			"searches, prints a redacted copy with what was removed per category, reveals one\n" +
			"original with the key, verifies the audit log, and removes everything unless --keep.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "keep", Usage: "keep the archive and its key in `DIR` (new or empty) instead of removing them"},
		},
		Action: runDemo,
	}
}

func runDemo(c *cli.Context) (err error) {
	if err := noArgs(c); err != nil {
		return err
	}
	w := c.App.Writer
	root, cleanup, err := demoRoot(c.String("keep"))
	if err != nil {
		return err
	}
	defer func() {
		if cerr := cleanup(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	archiveDir := filepath.Join(root, "archive")
	identityFile := filepath.Join(root, "identity.txt")
	// Ctrl-C, or a closed pipe (demo | head), stops the demo between steps and still removes
	// the throwaway archive and key.
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM, syscall.SIGPIPE)
	defer stop()
	step := func(title string) error {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("demo: interrupted: %w", err)
		}
		fmt.Fprintf(w, "\n== %s\n", title)
		return nil
	}

	samples, fromRepo, err := demoSamples(root)
	if err != nil {
		return err
	}
	if !fromRepo {
		// The built-in sample is synthetic, but the demo still leaves no plaintext behind,
		// not even with --keep.
		defer os.RemoveAll(samples)
	}

	if err := step("1. init: a new archive and a fresh X25519 key"); err != nil {
		return err
	}
	who := actor(c)
	res, err := archive.Init(archiveDir, archive.InitOptions{IdentityOut: identityFile, Actor: who})
	if err != nil {
		return err
	}
	for _, r := range res.Recipients {
		fmt.Fprintf(w, "   recipient %s\n", r)
	}
	fmt.Fprintf(w, "   identity  %s (outside the archive; ingest never needs it)\n", res.Generated)

	a, err := archive.Open(archiveDir)
	if err != nil {
		return err
	}

	if err := step("2. ingest: encrypt the original, redact, verify, index"); err != nil {
		return err
	}
	if fromRepo {
		fmt.Fprintf(w, "   samples: %s\n", samples)
	} else {
		fmt.Fprintf(w, "   samples: the built-in sample (testdata/interviews not found from %s)\n", cwd())
	}
	files, err := sampleFiles(samples)
	if err != nil {
		return err
	}
	results, ingestErr := a.Ingest(ctx, files, archive.IngestOptions{Actor: who, Progress: newProgress(c.App.ErrWriter).update})
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("demo: interrupted: %w", err)
	}
	sort.Slice(results, func(i, j int) bool { return results[i].Source < results[j].Source })
	var table strings.Builder
	tw := newTable(&table)
	for _, r := range results {
		status := r.Status
		if r.Error != "" && status == "" {
			status = statusRefused
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", orDash(r.ID), status, orDash(r.Policy), relTo(samples, r.Source))
	}
	tw.Flush()
	fmt.Fprint(w, indentText(table.String(), "   "))
	failed := 0
	for _, r := range results {
		if r.Error != "" {
			fmt.Fprintf(w, "   ! %s\n", oneLine(r.Error))
			failed++
		}
	}
	if failed > 0 {
		fmt.Fprintf(w, "   %d of %d samples not released: the archive fails closed (a failed redaction keeps the\n"+
			"   original encrypted as pending and indexes nothing; check lists it)\n", failed, len(files))
	}
	var shown *archive.IngestResult
	for i := range results {
		if results[i].Status == archive.StatusReleased && (shown == nil || total(results[i].Counts) > total(shown.Counts)) {
			shown = &results[i]
		}
	}
	if shown == nil {
		if ingestErr != nil {
			return ingestErr
		}
		return errors.New("demo: no sample was released; nothing to search")
	}

	if err := step("3. search: the index holds only redacted text"); err != nil {
		return err
	}
	for _, q := range []string{"broker", "river OR border"} {
		r, err := a.Search(index.Request{Query: q, Limit: 3})
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "   $ testimony search %q  →  %s\n", q, plural(int(r.Total), "hit"))
		for _, h := range r.Hits {
			snip := ""
			if len(h.Snippets) > 0 {
				snip = flatten(h.Snippets[0])
			}
			fmt.Fprintf(w, "     %s  %.3f  %s\n", h.ID, h.Score, clip(snip, 90))
		}
	}
	if name, src := anInterviewee(results); name != "" {
		r, err := a.Search(index.Request{Query: fmt.Sprintf("%q", name), Limit: 3})
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "   the interviewee's name from the front matter of %s  →  %s\n", relTo(samples, src), plural(int(r.Total), "hit"))
		if r.Total > 0 {
			fmt.Fprintln(w, "   ! the redaction missed the name somewhere: that is a bug, please report it")
		}
	}

	if err := step("4. show: the redacted copy of " + shown.ID); err != nil {
		return err
	}
	title, text, err := a.Show(shown.ID)
	if err != nil {
		return err
	}
	fmt.Fprint(w, indentText(clipLines(formatShow(title, text), 16), "   │ "))
	fmt.Fprintln(w, "   what the policy "+shown.Policy+" removed or generalized (counts, never text):")
	fmt.Fprint(w, indentText(countsTable(shown.Counts), "     "))

	if err := step("5. reveal: the original, with the key (audited)"); err != nil {
		return err
	}
	ids, err := archive.LoadIdentities(identityFile, nil)
	if err != nil {
		return err
	}
	original, err := a.Reveal(ids, shown.ID, who, "demo")
	if err != nil {
		return err
	}
	sum := sha256.Sum256(original)
	src, err := os.ReadFile(shown.Source)
	if err != nil {
		return err
	}
	if sha256.Sum256(src) != sum {
		return fmt.Errorf("%s: the revealed original does not match the file ingested", shown.ID)
	}
	fmt.Fprintf(w, "   %d bytes; SHA-256 %x… matches the file ingested\n", len(original), sum[:6])
	fmt.Fprintln(w, "   (the original is not printed; `testimony reveal` writes it to stdout)")

	if err := step("6. audit verify: every step above is in a hash-chained log with signed checkpoints"); err != nil {
		return err
	}
	_, cp, _, err := a.Checkpoint(ids, who)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "   checkpoint signed over %d entries (`testimony audit checkpoint` prints one to keep elsewhere)\n", cp.Size)
	verified, err := a.VerifyAuditLog(nil, "")
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "   audit log verified: %d entries, hash chain intact, root %s\n", verified.Size, verified.RootBase64())

	if err := step("7. where everything is"); err != nil {
		return err
	}
	fmt.Fprintf(w, "   archive   %s\n", archiveDir)
	fmt.Fprintf(w, "   identity  %s\n", identityFile)
	if c.String("keep") == "" {
		fmt.Fprintln(w, "   removed now; run 'testimony demo --keep DIR' to keep them")
	} else {
		fmt.Fprintf(w, "   kept; try: testimony search --archive %s broker\n", archiveDir)
	}
	return nil
}

// demoRoot returns the folder the demo works in and what removes it afterwards.
func demoRoot(keep string) (string, func() error, error) {
	if keep == "" {
		dir, err := os.MkdirTemp("", "testimony-demo-")
		if err != nil {
			return "", nil, err
		}
		return dir, func() error { return os.RemoveAll(dir) }, nil
	}
	if entries, err := os.ReadDir(keep); err == nil && len(entries) > 0 {
		return "", nil, fmt.Errorf("%s: --keep needs a new or empty folder", keep)
	}
	if err := os.MkdirAll(keep, 0o700); err != nil {
		return "", nil, err
	}
	abs, err := filepath.Abs(keep)
	if err != nil {
		return "", nil, err
	}
	return abs, func() error { return nil }, nil
}

// demoSamples finds testdata/interviews at the module root, from the working directory up;
// failing that it writes the built-in sample (synthetic) into root/samples.
func demoSamples(root string) (dir string, fromRepo bool, err error) {
	if d := findRepoInterviews(cwd()); d != "" {
		return d, true, nil
	}
	dir = filepath.Join(root, "samples")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", false, err
	}
	err = fs.WalkDir(demodata, "demodata", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := demodata.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, d.Name()), data, 0o600)
	})
	return dir, false, err
}

// sampleFiles lists the interviews in dir: every supported file (testdata/interviews holds
// interviews only; what they should yield is in testdata/interviews-expected.md, beside it).
func sampleFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []string
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !transcript.Supported(name) {
			continue
		}
		files = append(files, filepath.Join(dir, name))
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no interviews to ingest", dir)
	}
	return files, nil
}

// findRepoInterviews walks up from dir to the root of this module and returns its
// testdata/interviews folder, or "".
func findRepoInterviews(dir string) string {
	for dir != "" {
		if isOurModule(filepath.Join(dir, "go.mod")) {
			d := filepath.Join(dir, "testdata", "interviews")
			if fi, err := os.Stat(d); err == nil && fi.IsDir() {
				return d
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return ""
}

func isOurModule(gomod string) bool {
	f, err := os.Open(gomod)
	if err != nil {
		return false
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if fields := strings.Fields(s.Text()); len(fields) == 2 && fields[0] == "module" {
			return strings.Trim(fields[1], `"`) == modulePath
		}
	}
	return false
}

// anInterviewee returns the interviewee named in the front matter of a released sample, to
// show that searching for it finds nothing. The name is never printed.
func anInterviewee(results []archive.IngestResult) (name, source string) {
	for _, r := range results {
		if r.Status != archive.StatusReleased {
			continue
		}
		data, err := os.ReadFile(r.Source)
		if err != nil {
			continue
		}
		t, err := transcript.Parse(r.Source, data)
		if err == nil && len(t.Meta.Interviewee) > 0 && t.Meta.Interviewee[0] != "" {
			return t.Meta.Interviewee[0], r.Source
		}
	}
	return "", ""
}

func cwd() string {
	d, err := os.Getwd()
	if err != nil {
		return "."
	}
	return d
}

func relTo(base, p string) string {
	if r, err := filepath.Rel(base, p); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return p
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func total(counts map[string]int) int {
	n := 0
	for _, v := range counts {
		n += v
	}
	return n
}

// clip shortens s to at most n runes, with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// clipLines keeps the first n lines of s and says how many were left out.
func clipLines(s string, n int) string {
	lines := strings.SplitAfter(strings.TrimRight(s, "\n"), "\n")
	if len(lines) <= n {
		return withNewline(s)
	}
	return strings.Join(lines[:n], "") + fmt.Sprintf("\n… %d more lines (testimony show prints them all)\n", len(lines)-n)
}

// indentText prefixes every line of s.
func indentText(s, prefix string) string {
	var b bytes.Buffer
	for _, l := range strings.SplitAfter(s, "\n") {
		if l != "" {
			b.WriteString(prefix + l)
		}
	}
	return b.String()
}

// plural formats a count with its noun: "1 hit", "3 hits".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
