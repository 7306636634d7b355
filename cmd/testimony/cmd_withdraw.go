package main

import (
	"fmt"

	"github.com/urfave/cli/v2"
)

func withdrawCommand() *cli.Command {
	return &cli.Command{
		Name:      "withdraw",
		Usage:     "remove a testimony from the store, the index and every derived file",
		UsageText: "testimony withdraw --archive DIR -i IDENTITY ID",
		Description: "For withdrawn consent. Needs an identity of the archive. The audit log keeps only\n" +
			"that the withdrawal happened, by whom and when.",
		Flags: []cli.Flag{
			archiveFlag(),
			identityFlag(),
			actorFlag(),
		},
		Action: runWithdraw,
	}
}

func runWithdraw(c *cli.Context) error {
	if _, err := archiveDir(c); err != nil {
		return err
	}
	id, err := oneArg(c, "ID")
	if err != nil {
		return err
	}
	ids, err := identities(c)
	if err != nil {
		return err
	}
	a, err := openArchive(c)
	if err != nil {
		return err
	}
	if err := a.Withdraw(ids, id, actor(c)); err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "withdrawn %s\n", id)
	return nil
}
