package main

import (
	"errors"
	"fmt"
	"strings"

	"filippo.io/age"
	"github.com/urfave/cli/v2"
)

func revealCommand() *cli.Command {
	return &cli.Command{
		Name:      "reveal",
		Usage:     "print the original bytes of a testimony (audited)",
		UsageText: "testimony reveal --archive DIR -i IDENTITY [--reason TEXT] ID > original",
		Description: "Decrypts the original with the identity and writes it to stdout exactly as it was\n" +
			"ingested. The reveal, the actor and the reason are recorded in the audit log.\n" +
			"The reason is free text you write: do not put names or other identifiers in it.",
		Flags: []cli.Flag{
			archiveFlag(),
			identityFlag(),
			&cli.StringFlag{Name: "reason", Usage: "`TEXT` saying why the original is needed; recorded in the audit log (no names)"},
			actorFlag(),
		},
		Action: runReveal,
	}
}

func runReveal(c *cli.Context) error {
	// A required reason is checked before the identity file is read (or its passphrase asked).
	if a, err := openArchive(c); err == nil && a.RevealReasonRequired() && strings.TrimSpace(c.String("reason")) == "" {
		return fmt.Errorf("reveal: this archive requires --reason TEXT for every reveal; nothing was decrypted")
	}
	a, ids, id, err := keyedTestimony(c)
	if err != nil {
		return err
	}
	original, err := a.Reveal(ids, id, actor(c), c.String("reason"))
	if err != nil {
		return namedIdentityError(c, err)
	}
	_, err = c.App.Writer.Write(original)
	return err
}

// namedIdentityError names the identity file when it is not one of the archive's keys: age's
// own message says only that no identity matched.
func namedIdentityError(c *cli.Context, err error) error {
	var miss *age.NoIdentityMatchError
	if errors.As(err, &miss) {
		return fmt.Errorf("%w (identity file %s is not a key of this archive)", err, c.String("identity"))
	}
	return err
}
