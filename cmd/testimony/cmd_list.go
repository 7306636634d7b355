package main

import (
	"fmt"
	"time"

	"github.com/urfave/cli/v2"
)

func listCommand() *cli.Command {
	return &cli.Command{
		Name:      "list",
		Usage:     "list every testimony: ID, ingest time, policy, status",
		UsageText: "testimony list --archive DIR [--json]",
		Description: "Needs no key and prints nothing that could identify anyone. One line per\n" +
			"testimony: ID  INGESTED  POLICY  STATUS.",
		Flags: []cli.Flag{
			archiveFlag(),
			jsonFlag("print a JSON array of {id, ingested, policy, status}"),
		},
		Action: runList,
	}
}

// listJSON is one element of `list --json`.
type listJSON struct {
	ID       string    `json:"id"`
	Ingested time.Time `json:"ingested"`
	Policy   string    `json:"policy"`
	Status   string    `json:"status"`
}

func runList(c *cli.Context) error {
	if err := noArgs(c); err != nil {
		return err
	}
	a, err := openArchive(c)
	if err != nil {
		return err
	}
	entries, err := a.List()
	if err != nil {
		return err
	}
	if c.Bool("json") {
		out := make([]listJSON, 0, len(entries))
		for _, e := range entries {
			out = append(out, listJSON{ID: e.ID, Ingested: e.Ingested.UTC(), Policy: e.Policy, Status: e.Status})
		}
		return writeJSON(c.App.Writer, out)
	}
	tw := newTable(c.App.Writer)
	for _, e := range entries {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", e.ID, e.Ingested.UTC().Format(time.RFC3339), e.Policy, e.Status)
	}
	return tw.Flush()
}
