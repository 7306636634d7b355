package main

import (
	"os"
	"os/exec"

	"github.com/rogpeppe/go-internal/testscript"
)

// needchromium: fails the script when TESTIMONY_REQUIRE_CHROMIUM=1 (set by .ci/run once it
// installed or found Chromium) and Chromium is not on PATH, so the browser checks cannot skip
// silently in CI; otherwise does nothing (the script's own [!exec:chromium] skip follows).
func cmdNeedChromium(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 0 {
		ts.Fatalf("usage: needchromium")
	}
	if os.Getenv("TESTIMONY_REQUIRE_CHROMIUM") != "1" {
		return
	}
	if _, err := exec.LookPath("chromium"); err != nil {
		ts.Fatalf("chromium is not installed, and TESTIMONY_REQUIRE_CHROMIUM=1 says it must be")
	}
}
