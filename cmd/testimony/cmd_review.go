package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/testimony-archive/testimony/archive"
	"github.com/testimony-archive/testimony/archive/reviewpage"
	"github.com/urfave/cli/v2"
)

func reviewCommand() *cli.Command {
	keyed := func(extra ...cli.Flag) []cli.Flag {
		return append([]cli.Flag{archiveFlag(), identityFlag(), actorFlag()}, extra...)
	}
	reason := func(usage string) cli.Flag {
		return &cli.StringFlag{Name: "reason", Usage: "`TEXT` " + usage + "; recorded in the audit log as given: write it without names"}
	}
	return &cli.Command{
		Name:  "review",
		Usage: "the release gate: see, approve, reject or amend testimonies held for a reviewer",
		UsageText: "testimony review list --archive DIR [--json]\n" +
			"testimony review show --archive DIR -i IDENTITY [--html FILE] ID\n" +
			"testimony review approve|reject --archive DIR -i IDENTITY [--reason TEXT] ID\n" +
			"testimony review add-term --archive DIR -i IDENTITY ID TERM...\n" +
			"testimony review keep --archive DIR -i IDENTITY --reason TEXT ID TEXT\n" +
			"testimony review rerun --archive DIR -i IDENTITY ID",
		Description: "A testimony is held for review when its policy requires it (pow), when the archive\n" +
			"says so (init --review-required), or when it was ingested with --review. It is stored and\n" +
			"redacted but not searchable until a reviewer approves it. Every action but list needs an\n" +
			"identity that decrypts the archive (holding the key is the authority) and is audited with\n" +
			"the actor (--actor, TESTIMONY_ACTOR, or the OS user).",
		Subcommands: []*cli.Command{
			{
				Name:      "list",
				Usage:     "what waits for review: ID, ingest time, policy, counts per category (needs no key)",
				UsageText: "testimony review list --archive DIR [--json]",
				Flags:     []cli.Flag{archiveFlag(), jsonFlag(`print {"waiting", "counts", "testimonies": [...]}`)},
				Action:    runReviewList,
			},
			{
				Name:      "show",
				Usage:     "the original and the redacted copy side by side, every span with its category, detector, rule and reason",
				UsageText: "testimony review show --archive DIR -i IDENTITY [--html FILE] ID",
				Description: "Prints the current run on the terminal: unchanged lines once, changed lines as a pair\n" +
					"(- original, + redacted) with every span in ⟦N …⟧, then the table of spans and the\n" +
					"reviewers' amendments. It shows original text: it is audited like a reveal.\n\n" +
					"--html FILE writes the same as one self-contained HTML file instead (no script, no\n" +
					"network, a strict Content-Security-Policy, colour-coded by category with a legend).\n" +
					"The file holds ORIGINAL TEXT in plain form: it is written mode 0600, never inside the\n" +
					"archive, never over an existing file. Keep it on this machine and delete it after the\n" +
					"review.",
				Flags:  keyed(&cli.StringFlag{Name: "html", Usage: "write the review as one HTML `FILE` (original text: mode 0600, refused inside the archive)"}),
				Action: runReviewShow,
			},
			{
				Name:      "approve",
				Usage:     "release a testimony held for review to the index",
				UsageText: "testimony review approve --archive DIR -i IDENTITY [--reason TEXT] ID",
				Description: "The redacted copy is kept nowhere but the index, so approve makes it again: the run's\n" +
					"policy (same name, version and SHA-256) over the decrypted original, and indexes it only\n" +
					"if its hash is the reviewed run's output hash. If the policy changed since, it fails:\n" +
					"run 'review rerun' and review the new run.",
				Flags:  keyed(reason("why it may be released")),
				Action: runReviewDecision(true),
			},
			{
				Name:      "reject",
				Usage:     "keep a testimony held for review out of the index (status rejected; kept encrypted)",
				UsageText: "testimony review reject --archive DIR -i IDENTITY [--reason TEXT] ID",
				Flags:     keyed(reason("why it may not be released")),
				Action:    runReviewDecision(false),
			},
			{
				Name:      "add-term",
				Usage:     "add sensitive terms the engine missed; the testimony is redacted again and goes back to review",
				UsageText: "testimony review add-term --archive DIR -i IDENTITY ID TERM...",
				Description: "The terms are stored encrypted (amendments/) and removed from every later run of this\n" +
					"testimony; the audit log records only how many. A released testimony leaves the index\n" +
					"until it is approved again. A TERM of - reads terms from standard input, one per line,\n" +
					"so they stay out of your shell history.",
				Flags:  keyed(),
				Action: runReviewAddTerm,
			},
			{
				Name:      "keep",
				Usage:     "mark a false positive to keep in this testimony; it is redacted again and goes back to review",
				UsageText: "testimony review keep --archive DIR -i IDENTITY --reason TEXT ID TEXT|-",
				Description: "TEXT is kept wherever it occurs in this testimony (case-insensitive, whole words), unless\n" +
					"it is a known identifier (interviewee, interviewer, speaker, sensitive term). The form\n" +
					"is stored encrypted with the reason; the reason also goes to the audit log, and is refused\n" +
					"if it contains text of the testimony. A TEXT of - reads it from standard input (one line),\n" +
					"so it stays out of your shell history.",
				Flags:  keyed(reason("why this is not an identifier (required)")),
				Action: runReviewKeep,
			},
			{
				Name:      "rerun",
				Usage:     "redact a testimony again with its policy as it is now; the new run goes to review",
				UsageText: "testimony review rerun --archive DIR -i IDENTITY ID",
				Description: "For a run made with an older version of the policy (approve refuses it), or a pending\n" +
					"testimony. The reviewers' amendments apply.",
				Flags:  keyed(),
				Action: runReviewRerun,
			},
		},
	}
}

// reviewListJSON is `review list --json`.
type reviewListJSON struct {
	Waiting     int                  `json:"waiting"`
	Counts      map[string]int       `json:"counts"`
	Testimonies []archive.ReviewItem `json:"testimonies"`
}

func runReviewList(c *cli.Context) error {
	if err := noArgs(c); err != nil {
		return err
	}
	a, err := openArchive(c)
	if err != nil {
		return err
	}
	items, err := a.ReviewQueue()
	if err != nil {
		return err
	}
	total := map[string]int{}
	for i := range items {
		items[i].Ingested = items[i].Ingested.UTC()
		for k, n := range items[i].Counts {
			total[k] += n
		}
	}
	if c.Bool("json") {
		return writeJSON(c.App.Writer, reviewListJSON{Waiting: len(items), Counts: total, Testimonies: items})
	}
	w := c.App.Writer
	tw := newTable(w)
	for _, it := range items {
		amended := ""
		if it.Amended {
			amended = "  amended"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s@%s\t%s%s\n", it.ID, it.Ingested.Format(time.RFC3339), it.Policy, it.PolicyVersion,
			dashIfEmpty(countsInline(it.Counts)), amended)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "%d waiting for review", len(items))
	if len(total) > 0 {
		fmt.Fprintf(w, "; changed in all: %s", countsInline(total))
	}
	fmt.Fprintln(w)
	return nil
}

func dashIfEmpty(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func runReviewShow(c *cli.Context) error {
	a, ids, id, err := keyedTestimony(c)
	if err != nil {
		return err
	}
	html := c.String("html")
	page, err := a.ReviewShow(ids, id, archive.ShowOptions{Actor: actor(c), HTMLFile: html})
	if err != nil {
		return err
	}
	if html != "" {
		fmt.Fprintf(c.App.Writer, "wrote %s (original text: keep it on this machine, delete it after the review)\n", html)
		return nil
	}
	return reviewpage.WriteText(c.App.Writer, page)
}

func runReviewDecision(approve bool) cli.ActionFunc {
	return func(c *cli.Context) error {
		a, ids, id, err := keyedTestimony(c)
		if err != nil {
			return err
		}
		if approve {
			if _, err := a.Approve(ids, id, actor(c), c.String("reason")); err != nil {
				return err
			}
			fmt.Fprintf(c.App.Writer, "approved %s: released to the index\n", id)
			return nil
		}
		if _, err := a.Reject(ids, id, actor(c), c.String("reason")); err != nil {
			return err
		}
		fmt.Fprintf(c.App.Writer, "rejected %s: kept encrypted, not searchable\n", id)
		return nil
	}
}

// runAmend runs one amendment: the ID is the first argument, wantArgs the number of
// arguments after it (-1: at least one); build turns them into the amendment.
func runAmend(c *cli.Context, what string, wantArgs int, build func(args []string) (archive.Amendment, error)) error {
	if _, err := archiveDir(c); err != nil {
		return err
	}
	n := c.NArg() - 1
	switch {
	case n < 0:
		return usagef("%s: missing ID", cmdName(c))
	case wantArgs < 0 && n == 0, wantArgs >= 0 && n != wantArgs:
		return usagef("%s: expected ID %s", cmdName(c), what)
	}
	am, err := build(c.Args().Tail())
	if err != nil {
		return err
	}
	am.Actor = actor(c)
	ids, err := identities(c)
	if err != nil {
		return err
	}
	a, err := openArchive(c)
	if err != nil {
		return err
	}
	id := c.Args().First()
	res, err := a.Amend(ids, id, am)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "%s: new run %s, status %s (changed: %s); review it again before approving\n",
		id, res.Run, res.Status, dashIfEmpty(countsInline(res.Counts)))
	return nil
}

func runReviewAddTerm(c *cli.Context) error {
	return runAmend(c, "TERM...", -1, func(args []string) (archive.Amendment, error) {
		var terms []string
		for _, t := range args {
			if t != "-" {
				terms = append(terms, t)
				continue
			}
			sc := bufio.NewScanner(c.App.Reader)
			for sc.Scan() {
				if l := strings.TrimSpace(sc.Text()); l != "" {
					terms = append(terms, l)
				}
			}
			if err := sc.Err(); err != nil {
				return archive.Amendment{}, fmt.Errorf("add-term: standard input: %v", err)
			}
		}
		if len(terms) == 0 {
			return archive.Amendment{}, usagef("add-term: no terms given")
		}
		return archive.Amendment{Terms: terms}, nil
	})
}

func runReviewKeep(c *cli.Context) error {
	return runAmend(c, "TEXT (one argument; quote a phrase)", 1, func(args []string) (archive.Amendment, error) {
		reason := strings.TrimSpace(c.String("reason"))
		if reason == "" {
			return archive.Amendment{}, usagef("%s: --reason TEXT is required: say why this is not an identifier", cmdName(c))
		}
		keep := args[0]
		if keep == "-" { // from standard input: kept out of the shell history
			in, err := io.ReadAll(io.LimitReader(c.App.Reader, 4096))
			if err != nil {
				return archive.Amendment{}, fmt.Errorf("keep: standard input: %v", err)
			}
			if keep = strings.TrimSpace(string(in)); keep == "" {
				return archive.Amendment{}, usagef("keep: no text on standard input")
			}
		}
		return archive.Amendment{Keep: keep, Reason: reason}, nil
	})
}

func runReviewRerun(c *cli.Context) error {
	return runAmend(c, "only", 0, func([]string) (archive.Amendment, error) { return archive.Amendment{}, nil })
}
