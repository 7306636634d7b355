package main

import (
	"fmt"

	"github.com/testimony-archive/testimony/archive"
	"github.com/urfave/cli/v2"
)

func initCommand() *cli.Command {
	return &cli.Command{
		Name:      "init",
		Usage:     "create a new archive",
		UsageText: "testimony init --archive DIR [-r RECIPIENT ... | -R FILE] [--identity-out FILE] [--policy NAME] [--require-reveal-reason] [--review-required] [--actor NAME]",
		Description: "With -r or -R the archive needs no private key at all: ingest only encrypts.\n" +
			"Without them, a new X25519 identity is generated and written, mode 0600 and in\n" +
			"age-keygen's format, to --identity-out FILE, which must be outside the archive.",
		Flags: []cli.Flag{
			archiveFlag(),
			&cli.StringSliceFlag{Name: "recipient", Aliases: []string{"r"}, Usage: "encrypt to the age `RECIPIENT` (repeatable)"},
			&cli.StringFlag{Name: "recipients-file", Aliases: []string{"R"}, Usage: "encrypt to the recipients listed in `FILE`"},
			&cli.StringFlag{Name: "identity-out", Usage: "write a newly generated identity to `FILE` (when no recipient is given)"},
			policyFlag("the archive's default policy `NAME` (default: base)"),
			&cli.BoolFlag{Name: "require-reveal-reason", Usage: "make reveal refuse to run without --reason (reveal_reason_required in testimony.toml)", DisableDefaultText: true},
			&cli.BoolFlag{Name: "review-required", Usage: "hold every testimony for a reviewer, whatever its policy (testimony.toml: review_required)", DisableDefaultText: true},
			actorFlag(),
		},
		Action: runInit,
	}
}

func runInit(c *cli.Context) error {
	dir, err := archiveDir(c)
	if err != nil {
		return err
	}
	if err := noArgs(c); err != nil {
		return err
	}
	opts := archive.InitOptions{
		Recipients:     c.StringSlice("recipient"),
		RecipientsFile: c.String("recipients-file"),
		IdentityOut:    c.String("identity-out"),
		DefaultPolicy:  c.String("policy"),
		Actor:          actor(c),

		RevealReasonRequired: c.Bool("require-reveal-reason"),
		ReviewRequired:       c.Bool("review-required"),
	}
	if len(opts.Recipients) == 0 && opts.RecipientsFile == "" && opts.IdentityOut == "" {
		return usagef("init: give -r RECIPIENT or -R FILE, or --identity-out FILE to generate a new identity")
	}
	if opts.IdentityOut != "" && (len(opts.Recipients) > 0 || opts.RecipientsFile != "") {
		return usagef("init: --identity-out generates a key and cannot be combined with -r or -R")
	}
	res, err := archive.Init(dir, opts)
	if err != nil {
		return err
	}
	w := c.App.Writer
	fmt.Fprintf(w, "created archive %s\n", res.Dir)
	if opts.ReviewRequired {
		fmt.Fprintln(w, "every testimony is held for a reviewer (review_required = true)")
	}
	for _, r := range res.Recipients {
		fmt.Fprintf(w, "recipient: %s\n", r)
	}
	if res.Generated != "" {
		fmt.Fprintf(w, "identity written to %s (keep it safe and offline: it is the only way to reveal or withdraw)\n", res.Generated)
	} else {
		fmt.Fprintln(w, "no private key was generated: this archive can ingest, but reveal and withdraw need your identity")
	}
	return nil
}
