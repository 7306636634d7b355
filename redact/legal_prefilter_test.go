package redact

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The cheap tests that let a legal pattern skip a window must never skip one the pattern
// matches: each is checked against the pattern itself on every line of our interviews and on
// hand-made cases.
func TestLegalPrefiltersKeepEveryMatch(t *testing.T) {
	lines := []string{
		"He worked at the Nampo glass factory.", "She studied at Kim Chaek university", "the school",
		"a Chongjin women's prison", "McDonald school", "in Hyesan mine", "They farm", "Sinuiju  mill",
		"Our Musan iron mine and the Sariwon cooperative", "Élise école school", "YZ's shipyard",
		"plot no. 900", "case file no. IC 119/05", "his passport number is", "the registration no. D-4840",
		"it will last for two years", "Last for 3 weeks", "last year", "sentenced to five years",
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*", "*.md"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(NewText(string(b)).Norm, "\n")...)
	}
	workplaces, codes := 0, 0
	for _, l := range lines {
		if localWorkplace.MatchString(l) {
			workplaces++
		}
		if cuedCode.MatchString(l) {
			codes++
		}
		if localWorkplace.MatchString(l) && !hasLocalWorkplace(l, 0, len(l)) {
			t.Errorf("hasLocalWorkplace skips a line localWorkplace matches: %q", l)
		}
		if cuedCode.MatchString(l) && !hasCodeCue(strings.ToLower(l)) {
			t.Errorf("hasCodeCue skips a line cuedCode matches: %q", l)
		}
	}
	// The check means something only if the patterns match some lines.
	if workplaces < 5 || codes < 3 {
		t.Fatalf("only %d workplace and %d code lines: the test data no longer exercises the patterns", workplaces, codes)
	}
}
