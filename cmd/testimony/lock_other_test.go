//go:build !unix

package main

import (
	"fmt"
	"os"
)

func holdLock() {
	fmt.Fprintln(os.Stderr, "holdlock: unix only")
	os.Exit(2)
}
