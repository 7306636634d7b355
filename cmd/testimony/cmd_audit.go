package main

import (
	"fmt"
	"io"
	"time"

	"github.com/testimony-archive/testimony/archive/audit"
	"github.com/urfave/cli/v2"
)

func auditCommand() *cli.Command {
	return &cli.Command{
		Name:      "audit",
		Usage:     "print or verify the archive's hash-chained audit log",
		UsageText: "testimony audit log [--json] --archive DIR | verify --archive DIR",
		Subcommands: []*cli.Command{
			{
				Name:      "log",
				Usage:     "print every audit entry (hashes and counts, never text)",
				UsageText: "testimony audit log --archive DIR [--json]",
				Flags:     []cli.Flag{archiveFlag(), jsonFlag("print a JSON array of entries")},
				Action:    runAuditLog,
			},
			{
				Name:      "verify",
				Usage:     "verify the hash chain: fails on any edited, removed, reordered or truncated entry",
				UsageText: "testimony audit verify --archive DIR",
				Flags:     []cli.Flag{archiveFlag()},
				Action:    runAuditVerify,
			},
		},
	}
}

func runAuditLog(c *cli.Context) error {
	if err := noArgs(c); err != nil {
		return err
	}
	a, err := openArchive(c)
	if err != nil {
		return err
	}
	entries, err := a.AuditLog()
	if err != nil {
		return err
	}
	if c.Bool("json") {
		if entries == nil {
			entries = []audit.Entry{}
		}
		return writeJSON(c.App.Writer, entries)
	}
	printAuditLog(c.App.Writer, entries)
	return nil
}

// printAuditLog prints one line per entry:
//
//	SEQ  TIME  ACTOR  ACTION  TESTIMONY  POLICY@VERSION  COUNTS  HASH
//
// with "-" for empty fields and the hash shortened to 12 hex digits.
func printAuditLog(w io.Writer, entries []audit.Entry) {
	tw := newTable(w)
	dash := func(s string) string {
		if s == "" {
			return "-"
		}
		return s
	}
	for _, e := range entries {
		pol := e.Policy
		if pol != "" && e.PolicyVersion != "" {
			pol += "@" + e.PolicyVersion
		}
		detail := countsInline(e.Counts)
		if e.Detail != "" {
			detail = oneLine(e.Detail) + " " + detail
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.Seq, e.Time.UTC().Format(time.RFC3339),
			dash(e.Actor), e.Action, dash(e.Testimony), dash(pol), dash(detail), short(e.Hash))
	}
	tw.Flush()
}

func short(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	if h == "" {
		return "-"
	}
	return h
}

func runAuditVerify(c *cli.Context) error {
	if err := noArgs(c); err != nil {
		return err
	}
	a, err := openArchive(c)
	if err != nil {
		return err
	}
	n, err := a.VerifyAudit()
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "audit log verified: %d entries, hash chain intact\n", n)
	return nil
}
