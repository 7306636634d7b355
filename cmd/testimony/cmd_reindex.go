package main

import (
	"fmt"
	"os"
	"os/signal"

	"filippo.io/age"
	"github.com/testimony-archive/testimony/archive"
	"github.com/urfave/cli/v2"
)

func reindexCommand() *cli.Command {
	return &cli.Command{
		Name:      "reindex",
		Usage:     "redact every testimony again with a policy and switch to a new index atomically",
		UsageText: "testimony reindex --archive DIR -i IDENTITY [--policy NAME] [--json]",
		Description: "Decrypts each original in memory, redacts it as a new run (with the residual checks\n" +
			"of ingest), stores the new encrypted reports, builds a new index beside the one in\n" +
			"service and switches to it in one step: searches see the old index or the new one,\n" +
			"never a mix. Without --policy each testimony keeps its own policy. Testimonies held\n" +
			"for review stay held and rejected ones rejected; a policy that requires review holds\n" +
			"released ones. A testimony whose new run fails is left pending (a rejected one stays\n" +
			"rejected) and out of the index, and the command exits 1\n" +
			"naming it. Needs an identity of the archive; every run is audited.",
		Flags: []cli.Flag{
			archiveFlag(),
			identityFlag(),
			policyFlag("apply the shipped policy `NAME` to every testimony (default: each testimony's own)"),
			actorFlag(),
			jsonFlag("print a JSON array of {id, policy, previous_status, status, counts, error}"),
		},
		Action: runReindex,
	}
}

func runReindex(c *cli.Context) error {
	a, ids, err := keyedArchive(c)
	if err != nil {
		return err
	}
	progress := newProgress(c.App.ErrWriter)
	progress.label = "reindexing"
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt)
	defer stop()
	results, err := a.Reindex(ctx, archive.ReindexOptions{
		Policy: c.String("policy"), Actor: actor(c), Identities: ids, Progress: progress.update,
	})
	progress.finish()
	if results == nil {
		return err
	}
	if c.Bool("json") {
		for i := range results {
			results[i].Error = oneLine(results[i].Error)
		}
		if jerr := writeJSON(c.App.Writer, results); jerr != nil {
			return jerr
		}
	} else {
		printReindexResults(c, results)
	}
	failed := 0
	for _, r := range results {
		if r.Error != "" {
			fmt.Fprintln(c.App.ErrWriter, "testimony: "+oneLine(r.Error))
			failed++
		}
	}
	if err != nil && failed > 0 {
		fmt.Fprintln(c.App.ErrWriter, "testimony: "+oneLine(err.Error()))
		return &reportedError{exitCode(err)}
	}
	return err
}

func printReindexResults(c *cli.Context, results []archive.ReindexResult) {
	tw := newTable(c.App.Writer)
	n := map[string]int{}
	for _, r := range results {
		fmt.Fprintf(tw, "%s\t%s -> %s\t%s\n", r.ID, r.Previous, r.Status, r.Policy)
		n[r.Status]++
	}
	tw.Flush()
	fmt.Fprintf(c.App.Writer, "reindexed %s: %d released, %d held for review, %d pending; the new index is in service\n",
		testimonies(len(results)), n[archive.StatusReleased], n[archive.StatusReview], n[archive.StatusPending])
}

// testimonies is "1 testimony" or "N testimonies".
func testimonies(n int) string {
	if n == 1 {
		return "1 testimony"
	}
	return fmt.Sprintf("%d testimonies", n)
}

// keyedArchive reads what reindex and policy diff share: no positional argument, the archive,
// and the identities that prove the caller's authority over it.
func keyedArchive(c *cli.Context) (*archive.Archive, []age.Identity, error) {
	if err := noArgs(c); err != nil {
		return nil, nil, err
	}
	if _, err := archiveDir(c); err != nil {
		return nil, nil, err
	}
	ids, err := identities(c)
	if err != nil {
		return nil, nil, err
	}
	a, err := openArchive(c)
	if err != nil {
		return nil, nil, err
	}
	return a, ids, nil
}
