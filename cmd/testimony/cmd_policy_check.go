package main

import (
	"fmt"

	"github.com/testimony-archive/testimony/policies"
	"github.com/urfave/cli/v2"
)

// policyCheckCommand validates a policy file the way the shipped ones are validated, so that
// someone writing a policy for policies/ learns of a mistake (file:line and what is wrong)
// before a build refuses it. Ingest only ever uses shipped policies, by name.
func policyCheckCommand() *cli.Command {
	return &cli.Command{
		Name:      "check",
		Usage:     "validate a policy file (YAML) as the shipped policies are validated",
		UsageText: "testimony policy check FILE",
		Action:    runPolicyCheck,
	}
}

func runPolicyCheck(c *cli.Context) error {
	path, err := oneArg(c, "policy FILE")
	if err != nil {
		return err
	}
	p, err := policies.LoadFile(path)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "%s: policy %s version %s is valid (sha256 %s)\n", path, p.Name, p.Version, p.SHA256)
	return nil
}
