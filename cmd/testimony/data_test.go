package main

import (
	"os"
	"strconv"

	"github.com/rogpeppe/go-internal/testscript"
)

// flipbyte FILE OFFSET: flips one bit of the byte at OFFSET (negative: from the end).
func cmdFlipByte(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 || neg {
		ts.Fatalf("usage: flipbyte FILE OFFSET")
	}
	at, err := strconv.Atoi(args[1])
	ts.Check(err)
	p := ts.MkAbs(args[0])
	b, err := os.ReadFile(p)
	ts.Check(err)
	if at < 0 {
		at += len(b)
	}
	if at < 0 || at >= len(b) {
		ts.Fatalf("%s has no byte %s", args[0], args[1])
	}
	b[at] ^= 0x04
	ts.Check(os.WriteFile(p, b, 0o600))
}

// truncate FILE N: removes the last N bytes of FILE.
func cmdTruncate(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 || neg {
		ts.Fatalf("usage: truncate FILE N")
	}
	n, err := strconv.ParseInt(args[1], 10, 64)
	ts.Check(err)
	p := ts.MkAbs(args[0])
	fi, err := os.Stat(p)
	ts.Check(err)
	if n > fi.Size() {
		ts.Fatalf("%s is shorter than %d bytes", args[0], n)
	}
	ts.Check(os.Truncate(p, fi.Size()-n))
}
