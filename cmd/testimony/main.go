// Command testimony keeps interviews with people at risk: originals age-encrypted, redacted
// copies searchable.
//
// Every command is in its own cmd_<name>.go file and only wires flags to the archive, redact,
// policies and index packages. This file holds the application, the error line and the exit
// codes, which are part of the command-line contract (see README.md).
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime/debug"
	"strings"

	"github.com/testimony-archive/testimony/archive"
	"github.com/testimony-archive/testimony/index"
	"github.com/urfave/cli/v2"
)

// Exit codes. They are documented in README.md and scripts rely on them.
const (
	exitOK    = 0 // success
	exitError = 1 // the operation failed: bad input, wrong key, failed verification, ...
	exitUsage = 2 // the command line is wrong: unknown command or flag, missing argument
	exitBusy  = 3 // another command holds the archive; try again shortly
)

func main() {
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}

// run runs the command line args and returns the exit code. Errors are printed as one line on
// stderr, "testimony: <what>: <problem>", and never carry testimony text (the packages we call
// promise that; oneLine makes sure a multi-line error cannot spill text over several lines).
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := newApp(stdin, stdout, stderr)
	err := app.Run(args)
	if err == nil {
		return exitOK
	}
	var reported *reportedError
	if !errors.As(err, &reported) {
		fmt.Fprintln(stderr, "testimony: "+oneLine(errorText(err)))
	}
	return exitCode(err)
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:  "testimony",
		Usage: "keep interviews with people at risk: encrypted originals, searchable redacted copies",
		Description: "Originals are age-encrypted; only redacted, verified copies are indexed.\n" +
			"Flags go before positional arguments. --archive also reads TESTIMONY_ARCHIVE.",
		Version:                   version(),
		Reader:                    stdin,
		Writer:                    stdout,
		ErrWriter:                 stderr,
		DisableSliceFlagSeparator: true,
		// Errors are printed once, as one line, by run; urfave/cli must not exit or print.
		ExitErrHandler: func(*cli.Context, error) {},
		Action: func(c *cli.Context) error {
			if c.Args().Present() {
				return usagef("unknown command %q (run 'testimony --help' for the list)", c.Args().First())
			}
			return cli.ShowAppHelp(c)
		},
		Commands: []*cli.Command{
			initCommand(),
			ingestCommand(),
			listCommand(),
			searchCommand(),
			showCommand(),
			revealCommand(),
			withdrawCommand(),
			reindexCommand(),
			redactCommand(),
			policyCommand(),
			auditCommand(),
			reviewCommand(),
			checkCommand(),
			rekeyCommand(),
			demoCommand(),
		},
	}
	app.OnUsageError = onUsageError
	for _, c := range app.Commands {
		setupCommand(c)
	}
	return app
}

// setupCommand gives every command the same usage-error handling and argument checks.
func setupCommand(c *cli.Command) {
	c.OnUsageError = onUsageError
	if len(c.Subcommands) > 0 && c.Action == nil {
		name := c.Name
		c.Action = func(cc *cli.Context) error {
			if cc.Args().Present() {
				return usagef("%s: unknown subcommand %q (run 'testimony %s --help')", name, cc.Args().First(), name)
			}
			return cli.ShowSubcommandHelp(cc)
		}
	}
	if c.Action != nil && len(c.Subcommands) == 0 {
		action := c.Action
		c.Action = func(cc *cli.Context) error {
			if err := checkFlagsFirst(cc); err != nil {
				return err
			}
			return action(cc)
		}
	}
	for _, s := range c.Subcommands {
		setupCommand(s)
	}
}

func onUsageError(c *cli.Context, err error, isSubcommand bool) error {
	name := cmdName(c)
	if name == "testimony" {
		return usagef("%v (see 'testimony --help')", err)
	}
	return usagef("%s: %v (see 'testimony %s --help')", name, err, name)
}

// usageError is a wrong command line: exit code 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return &usageError{fmt.Sprintf(format, a...)} }

// reportedError means the command already printed its error lines (one per failed file in a
// bulk ingest, say) and only the exit code is left to give.
type reportedError struct{ code int }

func (e *reportedError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// exitCode maps an error to the documented exit codes.
func exitCode(err error) int {
	var u *usageError
	var r *reportedError
	var ec cli.ExitCoder // urfave/cli's own errors ("No help topic for ...") are usage errors
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &r):
		return r.code
	case errors.As(err, &u), errors.As(err, &ec):
		return exitUsage
	case errors.Is(err, archive.ErrBusy), errors.Is(err, index.ErrBusy):
		return exitBusy
	}
	return exitError
}

// errorText formats err for the error line. A *fs.PathError anywhere in the chain ("open x.md:
// no such file or directory") is written "x.md: no such file or directory", so a file error
// reads "<file>: <problem>".
func errorText(err error) string {
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = strings.Replace(msg, pe.Error(), pe.Path+": "+pe.Err.Error(), 1)
	}
	return msg
}

// oneLine folds a message onto one line.
func oneLine(s string) string {
	s = strings.TrimSpace(s)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "; ")
}

// version is the module version the binary was built from, or "devel".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}
