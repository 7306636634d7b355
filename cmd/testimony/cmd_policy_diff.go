package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"

	"github.com/testimony-archive/testimony/archive"
	"github.com/urfave/cli/v2"
)

func policyDiffCommand() *cli.Command {
	return &cli.Command{
		Name:      "diff",
		Usage:     "compare two policies over every original of an archive, in memory",
		UsageText: "testimony policy diff --archive DIR -i IDENTITY --from POLICY --to POLICY [--json] [--show]",
		Description: "Runs both policies over each original (decrypted in memory, nothing stored) and\n" +
			"prints, per category and per testimony, how many spans each removes, generalizes or\n" +
			"keeps, and what changes: newly removed, no longer removed (newly kept), action\n" +
			"changed. A POLICY is a shipped name or a policy file (a path, or a name ending in\n" +
			".yaml), so an edited policy can be tried before it ships. Counts only: the text of\n" +
			"a change is printed only with --show, to standard output, which must not be a file.\n" +
			"The audit log records that the diff ran, with the policies and totals, never text.",
		Flags: []cli.Flag{
			archiveFlag(),
			identityFlag(),
			&cli.StringFlag{Name: "from", Usage: "the policy in use now: shipped `POLICY` name or YAML file (required)"},
			&cli.StringFlag{Name: "to", Usage: "the policy to compare with: shipped `POLICY` name or YAML file (required)"},
			&cli.BoolFlag{Name: "show", Usage: "also print each change's surface form (to a terminal or pipe only)", DisableDefaultText: true},
			actorFlag(),
			jsonFlag("print the diff as JSON (see the README)"),
		},
		Action: runPolicyDiff,
	}
}

func runPolicyDiff(c *cli.Context) error {
	from, to := c.String("from"), c.String("to")
	if from == "" || to == "" {
		return usagef("policy diff: --from POLICY and --to POLICY are required")
	}
	show := c.Bool("show")
	if show && isRegularFile(c.App.Writer) {
		return usagef("policy diff: --show prints surface forms to a terminal or a pipe, never into a file; drop --show or the redirection")
	}
	a, ids, err := keyedArchive(c)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt)
	defer stop()
	d, err := a.PolicyDiff(ctx, archive.PolicyDiffOptions{From: from, To: to, Identities: ids, Actor: actor(c), Show: show})
	if err != nil {
		return err
	}
	if c.Bool("json") {
		return writeJSON(c.App.Writer, d)
	}
	printPolicyDiff(c.App.Writer, d)
	return nil
}

// isRegularFile reports whether w is a regular file (standard output redirected to one).
func isRegularFile(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode().IsRegular()
}

func printPolicyDiff(w io.Writer, d *archive.PolicyDiff) {
	fmt.Fprintf(w, "policy diff: %s %s -> %s %s; %s compared, %d failed\n\n",
		d.From.Name, d.From.Version, d.To.Name, d.To.Version, testimonies(d.Testimonies), d.Failed)
	tw := newTable(w)
	fmt.Fprintf(tw, "CATEGORY\tFROM %s\tTO %s\tNEWLY REMOVED\tNO LONGER REMOVED\tACTION CHANGED\n", d.From.Name, d.To.Name)
	for _, c := range d.Categories {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%d\n", c.Category, actionCounts(c.From), actionCounts(c.To),
			c.NewlyRemoved, c.NoLongerRemoved, c.ActionChanged)
	}
	tw.Flush()

	fmt.Fprintf(w, "\nper testimony (categories that change):\n")
	tw = newTable(w)
	fmt.Fprintf(tw, "ID\tSTATUS\tCATEGORY\tNEWLY REMOVED\tNO LONGER REMOVED\tACTION CHANGED\n")
	for _, t := range d.PerTestimony {
		if t.FromError != "" || t.ToError != "" {
			fmt.Fprintf(tw, "%s\t%s\tfailed\t%s\n", t.ID, t.Status, failure(d, t))
			continue
		}
		for _, c := range t.Categories {
			if c.NewlyRemoved+c.NoLongerRemoved+c.ActionChanged > 0 {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%d\n", t.ID, t.Status, c.Category, c.NewlyRemoved, c.NoLongerRemoved, c.ActionChanged)
			}
		}
	}
	tw.Flush()

	shown := false
	for _, t := range d.PerTestimony {
		for _, ch := range t.Changes {
			if !shown {
				fmt.Fprintf(w, "\nchanges with their text (--show; not stored, not audited):\n")
				shown = true
			}
			field := ""
			if ch.Field != "" {
				field = " (" + ch.Field + ")"
			}
			fmt.Fprintf(w, "%s  %s  %s%s  %s: %s -> %s\n", t.ID, ch.Change, ch.Category, field, strconv.Quote(ch.Text),
				actionOrKeep(ch.FromAction, ch.FromReplacement), actionOrKeep(ch.ToAction, ch.ToReplacement))
		}
	}
}

// actionCounts renders spans per action: "generalize=2 keep=1", or "-".
func actionCounts(m map[string]int) string {
	if s := countsInline(m); s != "" {
		return s
	}
	return "-"
}

func actionOrKeep(action, replacement string) string {
	if action == "" {
		return "kept"
	}
	return action + " " + strconv.Quote(replacement)
}

func failure(d *archive.PolicyDiff, t archive.TestimonyDiff) string {
	if t.FromError != "" && t.ToError == t.FromError {
		return oneLine(t.FromError)
	}
	if t.FromError != "" {
		return "under " + d.From.Name + ": " + oneLine(t.FromError)
	}
	return "under " + d.To.Name + ": " + oneLine(t.ToError)
}
