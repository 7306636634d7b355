package main

import (
	"fmt"

	"github.com/testimony-archive/testimony/archive"
	"github.com/urfave/cli/v2"
)

func rekeyCommand() *cli.Command {
	return &cli.Command{
		Name:      "rekey",
		Usage:     "re-encrypt every encrypted file of the archive to a new recipient set",
		UsageText: "testimony rekey --archive DIR -i IDENTITY (-r RECIPIENT ... | -R FILE) [--actor NAME]",
		Description: "Objects, reports, secret.age and every other *.age file are decrypted with -i and\n" +
			"encrypted again to the new recipients, which replace the archive's. All new files are\n" +
			"written and made durable before any old one is replaced; a crash before that leaves the\n" +
			"archive as it was (check --repair removes the new files), a crash after it is finished\n" +
			"by check --repair without a key. Audited: one entry per testimony with its new hashes\n" +
			"and one with the counts and the new recipients' fingerprints.",
		Flags: []cli.Flag{
			archiveFlag(),
			identityFlag(),
			&cli.StringSliceFlag{Name: "recipient", Aliases: []string{"r"}, Usage: "the new age `RECIPIENT` (repeatable)"},
			&cli.StringFlag{Name: "recipients-file", Aliases: []string{"R"}, Usage: "the new recipients, listed in `FILE`"},
			actorFlag(),
		},
		Action: runRekey,
	}
}

func runRekey(c *cli.Context) error {
	if _, err := archiveDir(c); err != nil {
		return err
	}
	if err := noArgs(c); err != nil {
		return err
	}
	opts := archive.RekeyOptions{
		Recipients:     c.StringSlice("recipient"),
		RecipientsFile: c.String("recipients-file"),
		Actor:          actor(c),
	}
	if len(opts.Recipients) == 0 && opts.RecipientsFile == "" {
		return usagef("rekey: give the new recipients with -r RECIPIENT or -R FILE")
	}
	ids, err := identities(c)
	if err != nil {
		return err
	}
	a, err := openArchive(c)
	if err != nil {
		return err
	}
	res, err := a.Rekey(ids, opts)
	if err != nil {
		return err
	}
	w := c.App.Writer
	fmt.Fprintf(w, "rekeyed %s (%s, %s, %d other)\n", plural(res.Files, "file"), plural(res.Objects, "object"), plural(res.Reports, "report"), res.Other)
	for _, r := range res.Recipients {
		fmt.Fprintf(w, "recipient: %s %s\n", r, archive.RecipientFingerprint(r))
	}
	return nil
}
