package redact

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testdataTexts returns the synthetic interviews of ../testdata (gold, then interviews), the
// texts the equivalence tests hold a fast path to its plain version on.
func testdataTexts(t *testing.T) []string {
	t.Helper()
	var texts []string
	for _, dir := range []string{"../testdata/gold", "../testdata/interviews"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	if len(texts) == 0 {
		t.Fatal("no synthetic interviews in ../testdata")
	}
	return texts
}

// testdataLines returns the lines of testdataTexts.
func testdataLines(t *testing.T) []string {
	t.Helper()
	var lines []string
	for _, s := range testdataTexts(t) {
		lines = append(lines, strings.Split(s, "\n")...)
	}
	return lines
}
