package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
	"github.com/testimony-archive/testimony/redact/eval"
	"github.com/urfave/cli/v2"
)

func policyCommand() *cli.Command {
	return &cli.Command{
		Name:      "policy",
		Usage:     "list, show and evaluate redaction policies",
		UsageText: "testimony policy list [--json] | show NAME | check FILE | eval --policy NAME --gold FILE [--masks-out FILE] [--json] | diff --archive DIR -i IDENTITY --from POLICY --to POLICY [--json] [--show]",
		Subcommands: []*cli.Command{
			{
				Name:      "list",
				Usage:     "list the shipped policies",
				UsageText: "testimony policy list [--json]",
				Flags:     []cli.Flag{jsonFlag("print a JSON array of {name, version, extends, description, review_required, sha256}")},
				Action:    runPolicyList,
			},
			{
				Name:      "show",
				Usage:     "print a policy as YAML, resolved after extends",
				UsageText: "testimony policy show NAME",
				Action:    runPolicyShow,
			},
			policyCheckCommand(),
			policyDiffCommand(),
			{
				Name:      "eval",
				Usage:     "measure a policy against gold annotations (TAB JSON)",
				UsageText: "testimony policy eval --policy NAME --gold FILE [--masks-out FILE] [--json]",
				Description: "Prints entity-level recall on direct and quasi identifiers (ER_di, ER_qi), token\n" +
					"recall, precision, mention recall and recall per entity type, scored as the TAB\n" +
					"reference scorer does. --masks-out writes the spans the policy changed as\n" +
					"{doc_id: [[start, end], ...]} in Unicode code points.",
				Flags: []cli.Flag{
					policyFlag("the policy to evaluate: a shipped `NAME` or a policy file (required)"),
					&cli.StringFlag{Name: "gold", Usage: "gold annotations: TAB JSON `FILE`, an annotated interview, or a directory of them (required)"},
					&cli.StringFlag{Name: "masks-out", Usage: "write the changed spans to `FILE`"},
					jsonFlag("print the scores as JSON"),
				},
				Action: runPolicyEval,
			},
		},
	}
}

func runPolicyList(c *cli.Context) error {
	if err := noArgs(c); err != nil {
		return err
	}
	list := policies.List()
	if c.Bool("json") {
		if list == nil {
			list = []policies.Info{}
		}
		return writeJSON(c.App.Writer, list)
	}
	tw := newTable(c.App.Writer)
	fmt.Fprintf(tw, "NAME\tVERSION\tEXTENDS\tREVIEW\tDESCRIPTION\n")
	for _, p := range list {
		ext := p.Extends
		if ext == "" {
			ext = "-"
		}
		review := "no"
		if p.ReviewRequired {
			review = "required"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", p.Name, p.Version, ext, review, summary(p.Description))
	}
	return tw.Flush()
}

func runPolicyShow(c *cli.Context) error {
	name, err := oneArg(c, "policy NAME")
	if err != nil {
		return err
	}
	y, err := policies.Show(name)
	if err != nil {
		return err
	}
	_, err = c.App.Writer.Write([]byte(withNewline(string(y))))
	return err
}

func runPolicyEval(c *cli.Context) error {
	if err := noArgs(c); err != nil {
		return err
	}
	name, gold := c.String("policy"), c.String("gold")
	if name == "" {
		return usagef("policy eval: --policy NAME is required")
	}
	if gold == "" {
		return usagef("policy eval: --gold FILE is required")
	}
	p, err := policies.LoadRef(name)
	if err != nil {
		return err
	}
	engine, err := redact.New(p)
	if err != nil {
		return fmt.Errorf("policy %s: %w", name, err)
	}
	res, err := eval.Run(engine, gold)
	if err != nil {
		return err
	}
	if out := c.String("masks-out"); out != "" {
		if err := writeMasks(out, res.Masks); err != nil {
			return err
		}
	}
	if c.Bool("json") {
		return writeJSON(c.App.Writer, res)
	}
	return res.WriteText(c.App.Writer)
}

// writeMasks writes the masks file (offsets only, no text), mode 0600.
func writeMasks(path string, m eval.Masks) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if err := eval.WriteMasks(f, m); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// summary is the first clause of a description (up to the first colon or full stop), at most
// 90 characters: the table shows it, `policy list --json` and `policy show` give the rest.
func summary(desc string) string {
	s := oneLine(desc)
	if i := strings.IndexAny(s, ":."); i > 0 {
		s = s[:i]
	}
	return clip(s, 90)
}
