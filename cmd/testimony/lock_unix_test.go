//go:build unix

package main

import (
	"fmt"
	"os"
	"runtime"
	"syscall"
	"time"
)

// holdLock is the "holdlock FILE LOCKED RELEASE" command of the scripts: it takes an exclusive
// flock on FILE (the archive's writer lock), as a long ingest in another process would, creates
// LOCKED, and lets go when RELEASE appears (or after 30 seconds).
func holdLock() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: holdlock FILE LOCKED RELEASE")
		os.Exit(2)
	}
	f, err := os.OpenFile(os.Args[1], os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := os.WriteFile(os.Args[2], nil, 0o600); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if _, err := os.Stat(os.Args[3]); err == nil {
			break
		}
	}
	// The lock lives as long as f's descriptor: without this, the garbage collector may
	// finalize f during the loop, close it and drop the lock (the busy scenario then saw an
	// ingest go through about one run in ten).
	runtime.KeepAlive(f)
	os.Exit(0)
}
