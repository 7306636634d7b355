package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"filippo.io/age"
	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the scripts run "testimony" as a real process: testscript re-executes this
// test binary under that name, the way filippo.io/age tests cmd/age.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"testimony":       main,
		"holdlock":        holdLock,
		"age-plugin-fake": fakePlugin,
	})
}

// TestScripts runs the CLI scenarios in testdata/script/*.txt.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("TESTIMONY_ACTOR", "tester")
			env.Setenv("TESTIMONY_ARCHIVE", "")
			env.Setenv("HOME", env.WorkDir)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"mode":         cmdMode,
			"writeq":       cmdWriteq,
			"replace":      cmdReplace,
			"dropline":     cmdDropline,
			"nocontains":   cmdNoContains,
			"firstword":    cmdFirstword,
			"wrapscrypt":   cmdWrapScrypt,
			"linecount":    cmdLinecount,
			"emptydir":     cmdEmptydir,
			"treesnap":     cmdTreeSnap,
			"sameastree":   cmdSameAsTree,
			"stderrlines":  cmdStderrLines,
			"waitfile":     cmdWaitfile,
			"flipbyte":     cmdFlipByte,
			"truncate":     cmdTruncate,
			"pluginkey":    cmdPluginKey,
			"needchromium": cmdNeedChromium,
		},
	})
}

// mode PATH OCTAL: the file's permission bits are exactly OCTAL.
func cmdMode(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: mode PATH OCTAL")
	}
	fi, err := os.Stat(ts.MkAbs(args[0]))
	ts.Check(err)
	want, err := strconv.ParseUint(args[1], 8, 32)
	ts.Check(err)
	got := uint64(fi.Mode().Perm())
	if (got == want) == neg {
		ts.Fatalf("%s: mode %#o, want %s%#o", args[0], got, map[bool]string{true: "not ", false: ""}[neg], want)
	}
}

// writeq FILE QUOTED: writes the Go-quoted string's bytes (for NUL, invalid UTF-8, binary).
func cmdWriteq(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 || neg {
		ts.Fatalf("usage: writeq FILE QUOTED")
	}
	s, err := strconv.Unquote(args[1])
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(s), 0o600))
}

// replace FILE OLD NEW: replaces the first OLD with NEW; OLD must be present.
func cmdReplace(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 3 || neg {
		ts.Fatalf("usage: replace FILE OLD NEW")
	}
	p := ts.MkAbs(args[0])
	data, err := os.ReadFile(p)
	ts.Check(err)
	if !bytes.Contains(data, []byte(args[1])) {
		ts.Fatalf("%s does not contain %q", args[0], args[1])
	}
	ts.Check(os.WriteFile(p, bytes.Replace(data, []byte(args[1]), []byte(args[2]), 1), 0o600))
}

// dropline FILE N: removes line N (from 1).
func cmdDropline(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 || neg {
		ts.Fatalf("usage: dropline FILE N")
	}
	n, err := strconv.Atoi(args[1])
	ts.Check(err)
	p := ts.MkAbs(args[0])
	data, err := os.ReadFile(p)
	ts.Check(err)
	lines := strings.SplitAfter(string(data), "\n")
	if n < 1 || n > len(lines) || lines[n-1] == "" {
		ts.Fatalf("%s has no line %d", args[0], n)
	}
	lines = append(lines[:n-1], lines[n:]...)
	ts.Check(os.WriteFile(p, []byte(strings.Join(lines, "")), 0o600))
}

// nocontains DIR STRING...: no file under DIR contains any STRING (case-insensitive).
func cmdNoContains(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) < 2 {
		ts.Fatalf("usage: nocontains DIR STRING...")
	}
	var found []string
	err := filepath.WalkDir(ts.MkAbs(args[0]), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		low := bytes.ToLower(data)
		for _, s := range args[1:] {
			if bytes.Contains(low, bytes.ToLower([]byte(s))) {
				found = append(found, fmt.Sprintf("%s contains %q", p, s))
			}
		}
		return nil
	})
	ts.Check(err)
	if neg && len(found) == 0 {
		ts.Fatalf("no file under %s contains any of %q", args[0], args[1:])
	}
	if !neg && len(found) > 0 {
		ts.Fatalf("%s", strings.Join(found, "\n"))
	}
}

// firstword VAR [N]: sets $VAR to the first word of line N (default 1) of the last stdout.
func cmdFirstword(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) < 1 || len(args) > 2 || neg {
		ts.Fatalf("usage: firstword VAR [N]")
	}
	n := 1
	if len(args) == 2 {
		var err error
		n, err = strconv.Atoi(args[1])
		ts.Check(err)
	}
	lines := strings.Split(strings.TrimRight(ts.ReadFile("stdout"), "\n"), "\n")
	if n < 1 || n > len(lines) {
		ts.Fatalf("stdout has no line %d", n)
	}
	f := strings.Fields(lines[n-1])
	if len(f) == 0 {
		ts.Fatalf("line %d of stdout is empty", n)
	}
	ts.Setenv(args[0], f[0])
}

// wrapscrypt IN OUT PASSPHRASE: encrypts an identity file with a passphrase, as
// age -p does, with a low work factor to keep tests fast.
func cmdWrapScrypt(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 3 || neg {
		ts.Fatalf("usage: wrapscrypt IN OUT PASSPHRASE")
	}
	in, err := os.ReadFile(ts.MkAbs(args[0]))
	ts.Check(err)
	out, err := scryptWrap(in, args[2])
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), out, 0o600))
}

// scryptWrap encrypts data with a passphrase, as age -p does, with a low work factor.
func scryptWrap(data []byte, passphrase string) ([]byte, error) {
	r, err := age.NewScryptRecipient(passphrase)
	if err != nil {
		return nil, err
	}
	r.SetWorkFactor(10)
	var out bytes.Buffer
	w, err := age.Encrypt(&out, r)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// linecount stdout|stderr N: the last command's output has exactly N lines.
func cmdLinecount(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 || neg {
		ts.Fatalf("usage: linecount stdout|stderr N")
	}
	want, err := strconv.Atoi(args[1])
	ts.Check(err)
	got := strings.Count(ts.ReadFile(args[0]), "\n")
	if got != want {
		ts.Fatalf("%s has %d lines, want %d", args[0], got, want)
	}
}

// stderrlines N: stderr has exactly N lines, each starting "testimony: " (the error contract).
func cmdStderrLines(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 || neg {
		ts.Fatalf("usage: stderrlines N")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	s := ts.ReadFile("stderr")
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	if s == "" {
		lines = nil
	}
	if len(lines) != want {
		ts.Fatalf("stderr has %d lines, want %d:\n%s", len(lines), want, s)
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, "testimony: ") {
			ts.Fatalf("stderr line does not start with \"testimony: \": %q", l)
		}
	}
}

// emptydir DIR: DIR does not exist or is empty.
func cmdEmptydir(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: emptydir DIR")
	}
	entries, err := os.ReadDir(ts.MkAbs(args[0]))
	empty := err != nil || len(entries) == 0
	if empty == neg {
		ts.Fatalf("%s: empty=%v", args[0], empty)
	}
}

// treesnap DIR FILE: records every file under DIR with its size and content hash in FILE.
func cmdTreeSnap(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 || neg {
		ts.Fatalf("usage: treesnap DIR FILE")
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), []byte(treeSnapshot(ts, args[0])), 0o600))
}

// sameastree DIR FILE: DIR is exactly as treesnap recorded it in FILE.
func cmdSameAsTree(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: sameastree DIR FILE")
	}
	want, err := os.ReadFile(ts.MkAbs(args[1]))
	ts.Check(err)
	got := treeSnapshot(ts, args[0])
	if (got == string(want)) == neg {
		ts.Fatalf("%s changed:\nbefore:\n%s\nafter:\n%s", args[0], want, got)
	}
}

func treeSnapshot(ts *testscript.TestScript, dir string) string {
	root := ts.MkAbs(dir)
	var b strings.Builder
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if d.IsDir() {
			fmt.Fprintf(&b, "%s/\n", rel)
			return nil
		}
		if d.Name() == "lock" || strings.HasSuffix(d.Name(), ".snap") {
			return nil // the writer lock may be created by any command; snapshots are ours
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%s %d %x\n", rel, len(data), fnv(data))
		return nil
	})
	ts.Check(err)
	return b.String()
}

func fnv(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// waitfile FILE: waits up to ten seconds for FILE to exist.
func cmdWaitfile(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 || neg {
		ts.Fatalf("usage: waitfile FILE")
	}
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if _, err := os.Stat(ts.MkAbs(args[0])); err == nil {
			return
		}
	}
	ts.Fatalf("%s did not appear", args[0])
}
