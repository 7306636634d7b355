package main

import (
	"fmt"
	"os"
	"os/user"
	"strings"

	"filippo.io/age"
	"github.com/testimony-archive/testimony/archive"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"
)

// Environment variables the CLI reads.
const (
	envArchive    = "TESTIMONY_ARCHIVE"
	envActor      = "TESTIMONY_ACTOR"
	envPassphrase = "TESTIMONY_PASSPHRASE"
)

func archiveFlag() cli.Flag {
	return &cli.StringFlag{
		Name:    "archive",
		Usage:   "the archive `DIR` (required)",
		EnvVars: []string{envArchive},
	}
}

func actorFlag() cli.Flag {
	return &cli.StringFlag{
		Name:    "actor",
		Usage:   "`NAME` recorded in the audit log (default: the OS user)",
		EnvVars: []string{envActor},
	}
}

func jsonFlag(usage string) cli.Flag {
	return &cli.BoolFlag{Name: "json", Usage: usage, DisableDefaultText: true}
}

func identityFlag() cli.Flag {
	return &cli.StringFlag{
		Name:    "identity",
		Aliases: []string{"i"},
		Usage:   "age identity `FILE` (as age-keygen writes it; passphrase-protected files ask on the terminal or read " + envPassphrase + ")",
	}
}

func policyFlag(usage string) cli.Flag {
	return &cli.StringFlag{Name: "policy", Usage: usage}
}

// archiveDir returns --archive (or TESTIMONY_ARCHIVE), which every archive command requires.
func archiveDir(c *cli.Context) (string, error) {
	dir := c.String("archive")
	if dir == "" {
		return "", usagef("%s: --archive DIR is required (or set %s)", cmdName(c), envArchive)
	}
	return dir, nil
}

// openArchive opens the archive named by --archive.
func openArchive(c *cli.Context) (*archive.Archive, error) {
	dir, err := archiveDir(c)
	if err != nil {
		return nil, err
	}
	return archive.Open(dir)
}

// actor is who the audit log records: --actor, TESTIMONY_ACTOR, or the OS user.
func actor(c *cli.Context) string {
	if a := strings.TrimSpace(c.String("actor")); a != "" {
		return a
	}
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	for _, v := range []string{"USER", "LOGNAME", "USERNAME"} {
		if s := os.Getenv(v); s != "" {
			return s
		}
	}
	return "unknown"
}

// identities loads the -i identity file. A passphrase-protected file asks for its passphrase
// on the terminal, or reads TESTIMONY_PASSPHRASE.
func identities(c *cli.Context) ([]age.Identity, error) {
	path := c.String("identity")
	if path == "" {
		return nil, usagef("%s: -i IDENTITY is required (an age identity file)", cmdName(c))
	}
	return archive.LoadIdentities(path, passphrase(path))
}

// passphrase returns the passphrase reader for one identity file: TESTIMONY_PASSPHRASE if set
// and not empty, else a prompt on the controlling terminal (never echoed), else an error that
// says what to do.
func passphrase(path string) func() ([]byte, error) {
	return func() ([]byte, error) {
		if p := os.Getenv(envPassphrase); p != "" {
			return []byte(p), nil
		}
		tty, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
		if err != nil {
			if !term.IsTerminal(int(os.Stdin.Fd())) {
				return nil, fmt.Errorf("%s: the identity is passphrase-protected and there is no terminal to ask on; set %s", path, envPassphrase)
			}
			fmt.Fprintf(os.Stderr, "Enter passphrase for identity file %q: ", path)
			p, err := term.ReadPassword(int(os.Stdin.Fd()))
			fmt.Fprintln(os.Stderr)
			return p, err
		}
		defer tty.Close()
		fmt.Fprintf(tty, "Enter passphrase for identity file %q: ", path)
		p, err := term.ReadPassword(int(tty.Fd()))
		fmt.Fprintln(tty)
		if err != nil {
			return nil, fmt.Errorf("%s: could not read the passphrase: %v", path, err)
		}
		return p, nil
	}
}

// checkFlagsFirst refuses a flag of this command written after a positional argument: the
// flag parser stops at the first argument, so "search QUERY --json" would search for "--json".
func checkFlagsFirst(c *cli.Context) error {
	names := map[string]bool{}
	for _, f := range c.Command.Flags {
		for _, n := range f.Names() {
			names[n] = true
		}
	}
	for _, a := range c.Args().Slice() {
		if len(a) < 2 || a[0] != '-' {
			continue
		}
		n := strings.TrimLeft(a, "-")
		if i := strings.IndexByte(n, '='); i >= 0 {
			n = n[:i]
		}
		if names[n] {
			return usagef("%s: flag %s must come before the arguments", cmdName(c), a)
		}
	}
	return nil
}

// oneArg returns the single positional argument a command takes.
func oneArg(c *cli.Context, what string) (string, error) {
	switch c.NArg() {
	case 1:
		return c.Args().First(), nil
	case 0:
		return "", usagef("%s: missing %s", cmdName(c), what)
	}
	return "", usagef("%s: expected one %s, got %d arguments", cmdName(c), what, c.NArg())
}

// noArgs refuses positional arguments for commands that take none.
func noArgs(c *cli.Context) error {
	if c.NArg() > 0 {
		return usagef("%s: unexpected argument %q", cmdName(c), c.Args().First())
	}
	return nil
}

// isTerminal reports whether w is a terminal (progress bars and prompts only go there).
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// cmdName is the command's name as typed after "testimony" ("ingest", "policy show").
func cmdName(c *cli.Context) string {
	if c.Command == nil {
		return "testimony"
	}
	if n := strings.TrimPrefix(c.Command.HelpName, "testimony "); n != "" && n != "testimony" {
		return n
	}
	return c.Command.Name
}

// keyedTestimony reads what reveal and withdraw share: the archive, the identities that prove
// the caller's authority, and the one testimony ID.
func keyedTestimony(c *cli.Context) (*archive.Archive, []age.Identity, string, error) {
	if _, err := archiveDir(c); err != nil {
		return nil, nil, "", err
	}
	id, err := oneArg(c, "ID")
	if err != nil {
		return nil, nil, "", err
	}
	ids, err := identities(c)
	if err != nil {
		return nil, nil, "", err
	}
	a, err := openArchive(c)
	if err != nil {
		return nil, nil, "", err
	}
	return a, ids, id, nil
}
