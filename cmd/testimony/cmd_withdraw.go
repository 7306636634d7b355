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
	a, ids, id, err := keyedTestimony(c)
	if err != nil {
		return err
	}
	if err := a.Withdraw(ids, id, actor(c)); err != nil {
		return namedIdentityError(c, err)
	}
	fmt.Fprintf(c.App.Writer, "withdrawn %s\n", id)
	return nil
}
