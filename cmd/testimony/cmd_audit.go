package main

import (
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/testimony-archive/testimony/archive/audit"
	"github.com/urfave/cli/v2"
)

func auditCommand() *cli.Command {
	return &cli.Command{
		Name:      "audit",
		Usage:     "list, verify or checkpoint the archive's audit log (hash chain and Merkle tree)",
		UsageText: "testimony audit log --archive DIR [--json] [--id ID] [--action A] | verify --archive DIR [--since FILE] | checkpoint --archive DIR -i IDENTITY [--out FILE]",
		Subcommands: []*cli.Command{
			{
				Name:      "log",
				Usage:     "print the audit entries (hashes and counts, never text)",
				UsageText: "testimony audit log --archive DIR [--json] [--id ID] [--action A]",
				Flags: []cli.Flag{archiveFlag(), jsonFlag("print a JSON array of entries"),
					&cli.StringFlag{Name: "id", Usage: "only the entries of testimony `ID`"},
					&cli.StringFlag{Name: "action", Usage: "only entries of action `A` (init, key, ingest, redact, index, review, reveal, withdraw, repair, checkpoint, ...)"},
				},
				Action: runAuditLog,
			},
			{
				Name:      "verify",
				Usage:     "prove the log intact (and, with --since, that it only grew since a checkpoint)",
				UsageText: "testimony audit verify --archive DIR [--since CHECKPOINT_FILE] [--key VERIFIER_KEY] [--json]",
				Description: "Fails on any edited, removed, inserted, reordered or truncated entry, naming where,\n" +
					"and on a log that does not extend the archive's stored checkpoint. With --since, the\n" +
					"checkpoint's signature is checked with the archive's key (or --key) and a Merkle\n" +
					"consistency proof shows that the log only grew since: a log cut below it or rewritten\n" +
					"(forked) fails.",
				Flags: []cli.Flag{archiveFlag(), jsonFlag("print the result as JSON"),
					&cli.StringFlag{Name: "since", Usage: "a signed checkpoint `FILE` kept outside the archive (from audit checkpoint)"},
					&cli.StringFlag{Name: "key", Usage: "check signatures with this `VERIFIER_KEY` (the one you noted) instead of the archive's"},
				},
				Action: runAuditVerify,
			},
			{
				Name:      "checkpoint",
				Usage:     "sign a checkpoint of the log for a reviewer to keep elsewhere",
				UsageText: "testimony audit checkpoint --archive DIR -i IDENTITY [--out FILE] [--actor NAME]",
				Description: "Verifies the log, signs a checkpoint of it (a C2SP signed note: origin, size, root\n" +
					"hash, Ed25519 signature) with the archive's key, keeps it in the archive and records it\n" +
					"in the log, and prints it (or writes it to --out FILE). Keep it outside the archive:\n" +
					"audit verify --since FILE later proves that the log only grew. An archive made before\n" +
					"checkpoints gets its key on the first run.",
				Flags: []cli.Flag{archiveFlag(), identityFlag(), actorFlag(),
					&cli.StringFlag{Name: "out", Usage: "write the signed checkpoint to `FILE` instead of stdout"},
				},
				Action: runAuditCheckpoint,
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
	all, err := a.AuditLog()
	if err != nil {
		return err
	}
	var entries []audit.Entry
	for _, e := range all {
		if (c.String("id") == "" || e.Testimony == c.String("id")) && (c.String("action") == "" || e.Action == c.String("action")) {
			entries = append(entries, e)
		}
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

// verifyJSON is audit verify --json; its fields are documented in README.md.
type verifyJSON struct {
	Entries          int64           `json:"entries"`
	Root             string          `json:"root"`
	Origin           string          `json:"origin"` // "" before the archive has a key
	Key              string          `json:"key"`    // the verifier key used
	StoredCheckpoint *checkpointJSON `json:"stored_checkpoint"`
	Since            *checkpointJSON `json:"since"`             // null without --since
	ConsistencyProof []string        `json:"consistency_proof"` // null without --since
}

type checkpointJSON struct {
	Size int64  `json:"size"`
	Root string `json:"root"`
}

func checkpointOut(cp *audit.Checkpoint) *checkpointJSON {
	if cp == nil {
		return nil
	}
	return &checkpointJSON{Size: cp.Size, Root: cp.RootBase64()}
}

func runAuditVerify(c *cli.Context) error {
	if err := noArgs(c); err != nil {
		return err
	}
	a, err := openArchive(c)
	if err != nil {
		return err
	}
	var since []byte
	if f := c.String("since"); f != "" {
		if since, err = os.ReadFile(f); err != nil {
			return fmt.Errorf("audit verify: %w", err)
		}
	}
	res, err := a.VerifyAuditLog(since, c.String("key"))
	if err != nil {
		if f := c.String("since"); f != "" {
			return fmt.Errorf("audit verify --since %s: %w", f, err)
		}
		return err
	}
	if c.Bool("json") {
		out := verifyJSON{Entries: res.Size, Root: res.RootBase64(), Origin: a.Origin(), Key: a.CheckpointKey(),
			StoredCheckpoint: checkpointOut(res.Stored), Since: checkpointOut(res.Since)}
		if c.String("key") != "" {
			out.Key = c.String("key")
		}
		if res.Since != nil {
			out.ConsistencyProof = []string{}
			for _, h := range res.Proof {
				out.ConsistencyProof = append(out.ConsistencyProof, base64.StdEncoding.EncodeToString(h[:]))
			}
		}
		return writeJSON(c.App.Writer, out)
	}
	line := fmt.Sprintf("audit log verified: %d entries, hash chain intact, root %s", res.Size, res.RootBase64())
	if res.Stored != nil {
		line += fmt.Sprintf("; extends the stored checkpoint of %d entries", res.Stored.Size)
	}
	if res.Since != nil {
		line += fmt.Sprintf("; only grew since the checkpoint of %d entries (consistency proof checked)", res.Since.Size)
	}
	fmt.Fprintln(c.App.Writer, line)
	return nil
}

func runAuditCheckpoint(c *cli.Context) error {
	if err := noArgs(c); err != nil {
		return err
	}
	a, err := openArchive(c)
	if err != nil {
		return err
	}
	ids, err := identities(c)
	if err != nil {
		return err
	}
	signed, cp, created, err := a.Checkpoint(ids, actor(c))
	if err != nil {
		return err
	}
	if created {
		fmt.Fprintf(c.App.ErrWriter, "testimony: audit checkpoint: this archive had no checkpoint key; created one, recorded in the audit log and testimony.toml: %s\n", a.CheckpointKey())
	}
	out := c.String("out")
	if out == "" {
		_, err = c.App.Writer.Write(signed)
		return err
	}
	if err := os.WriteFile(out, signed, 0o600); err != nil {
		return fmt.Errorf("audit checkpoint: %w", err)
	}
	fmt.Fprintf(c.App.Writer, "checkpoint of %d entries, root %s, written to %s\n", cp.Size, cp.RootBase64(), out)
	return nil
}
