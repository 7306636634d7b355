package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"

	"github.com/schollz/progressbar/v3"
	"github.com/testimony-archive/testimony/archive"
	"github.com/urfave/cli/v2"
)

func ingestCommand() *cli.Command {
	return &cli.Command{
		Name:      "ingest",
		Usage:     "encrypt, redact, verify and index interviews",
		UsageText: "testimony ingest --archive DIR [--policy NAME] [--review] [--json] FILE|DIR|- ...",
		Description: "Formats: plain text, Markdown with YAML front matter, speaker-labelled transcripts,\n" +
			"WebVTT and SRT. A directory ingests every supported file inside; - reads stdin.\n" +
			"Needs only the archive's public recipients. Prints one line per testimony:\n" +
			"ID  STATUS  POLICY  SOURCE.",
		Flags: []cli.Flag{
			archiveFlag(),
			policyFlag("redact with policy `NAME` (overrides front matter and the archive default)"),
			&cli.BoolFlag{Name: "review", Usage: "hold every testimony for a reviewer, even if the policy does not require it", DisableDefaultText: true},
			jsonFlag("print a JSON array of results"),
			actorFlag(),
		},
		Action: runIngest,
	}
}

// ingestJSON is one element of `ingest --json`; its fields are documented in README.md.
type ingestJSON struct {
	ID     string         `json:"id"`
	Source string         `json:"source"`
	Policy string         `json:"policy"`
	Status string         `json:"status"`
	Counts map[string]int `json:"counts,omitempty"`
	Error  string         `json:"error,omitempty"`
}

// statusRefused marks a file that was refused before anything was stored.
const statusRefused = "refused"

func runIngest(c *cli.Context) error {
	if _, err := archiveDir(c); err != nil {
		return err
	}
	if c.NArg() == 0 {
		return usagef("ingest: missing FILE, DIR or - (stdin)")
	}
	paths := c.Args().Slice()
	stdinUses := 0
	for _, p := range paths {
		if p == "-" {
			stdinUses++
		}
	}
	if stdinUses > 1 {
		return usagef("ingest: - (stdin) can be given only once")
	}
	a, err := openArchive(c)
	if err != nil {
		return err
	}

	progress := newProgress(c.App.ErrWriter)
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt)
	defer stop()
	results, err := a.Ingest(ctx, paths, archive.IngestOptions{
		Policy:   c.String("policy"),
		Review:   c.Bool("review"),
		Actor:    actor(c),
		Stdin:    c.App.Reader,
		Progress: progress.update,
	})
	progress.finish()

	if c.Bool("json") {
		if jerr := writeJSON(c.App.Writer, ingestResultsJSON(results)); jerr != nil {
			return jerr
		}
	} else {
		printIngestResults(c.App.Writer, results)
	}
	failed := 0
	for _, r := range results {
		if r.Error != "" {
			fmt.Fprintln(c.App.ErrWriter, "testimony: "+oneLine(r.Error))
			failed++
		}
	}
	if err != nil && failed > 0 {
		return &reportedError{exitCode(err)}
	}
	return err
}

func ingestResultsJSON(results []archive.IngestResult) []ingestJSON {
	out := make([]ingestJSON, 0, len(results))
	for _, r := range results {
		j := ingestJSON{ID: r.ID, Source: r.Source, Policy: r.Policy, Status: r.Status, Error: oneLine(r.Error)}
		if j.Status == "" && r.Error != "" {
			j.Status = statusRefused
		}
		if len(r.Counts) > 0 {
			j.Counts = r.Counts
		}
		out = append(out, j)
	}
	return out
}

// printIngestResults prints "ID  STATUS  POLICY  SOURCE" for every stored testimony. A file
// refused before anything was stored has no ID and gets only its error line on stderr.
func printIngestResults(w io.Writer, results []archive.IngestResult) {
	tw := newTable(w)
	for _, r := range results {
		if r.ID == "" {
			continue
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Status, r.Policy, r.Source)
	}
	tw.Flush()
}

// progress draws a bar on stderr while a bulk ingest runs, only when stderr is a terminal.
type progress struct {
	w       io.Writer
	label   string // what is counted: "ingesting", "reindexing"
	enabled bool
	mu      sync.Mutex
	bar     *progressbar.ProgressBar
}

func newProgress(w io.Writer) *progress {
	return &progress{w: w, label: "ingesting", enabled: isTerminal(w)}
}

func (p *progress) update(done, total int) {
	if !p.enabled || total < 2 {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar == nil {
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionSetDescription(p.label),
			progressbar.OptionShowCount(),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionClearOnFinish(),
		)
	}
	if p.bar.GetMax() != total {
		p.bar.ChangeMax(total)
	}
	_ = p.bar.Set(done)
}

func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		_ = p.bar.Finish()
		_ = p.bar.Clear()
	}
}
