package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"
)

func showCommand() *cli.Command {
	return &cli.Command{
		Name:        "show",
		Usage:       "print the redacted copy of a testimony",
		UsageText:   "testimony show --archive DIR ID",
		Description: "Needs no key. Prints the redacted title as a Markdown heading, then the redacted text.",
		Flags:       []cli.Flag{archiveFlag()},
		Action:      runShow,
	}
}

func runShow(c *cli.Context) error {
	if _, err := archiveDir(c); err != nil {
		return err
	}
	id, err := oneArg(c, "ID")
	if err != nil {
		return err
	}
	a, err := openArchive(c)
	if err != nil {
		return err
	}
	title, text, err := a.Show(id)
	if err != nil {
		return err
	}
	fmt.Fprint(c.App.Writer, formatShow(title, text))
	return nil
}

// formatShow renders a redacted copy: "# title", a blank line, the text without its leading
// blank lines; it ends in a newline.
func formatShow(title, text string) string {
	if title == "" {
		return withNewline(text)
	}
	return "# " + title + "\n\n" + withNewline(strings.TrimLeft(text, "\r\n"))
}
