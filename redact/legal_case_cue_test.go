package redact

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestCuedCodeMatchesAgree holds cuedCodeMatches, which tries the pattern at its cue words,
// to the windows around "no." and "number" it stands for: on our interviews and on random
// texts of cues, numbers, glued letters, line breaks and runs of white space.
func TestCuedCodeMatchesAgree(t *testing.T) {
	texts := anchorTestTexts(t)
	pieces := []string{"plot", "plots", "case", "Case", "CASES", "file", "files", "identity", "card", "ID", "title",
		"deed", "land", "register", "Land Register", "house", "flat", "sheet", "plan", "entry", "registration",
		"no.", "No.", "nos.", "number", "numbers", "numberA5", "nr", "nr.", "Nr.", "№", "no", "n",
		"5", "19124/02", "IC 119/05", "D-4840", ",", ".", ";", "and", "&",
		" ", " ", " ", " ", "  ", "\t", "      ", "\n", "é", "_", "-", "3", "한", "x"}
	r := rand.New(rand.NewSource(11))
	for range 20000 {
		var b strings.Builder
		for range r.Intn(24) {
			b.WriteString(pieces[r.Intn(len(pieces))])
			if r.Intn(3) > 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	matches := 0
	for _, text := range texts {
		tx := NewText(text)
		want := cuedCodeMatchesNearNumbers(tx)
		if got := cuedCodeMatches(tx); !slices.EqualFunc(got, want, slices.Equal[[]int]) {
			t.Fatalf("cuedCodeMatches(%q) = %v, the windows give %v", tx.Norm, got, want)
		}
		matches += len(want)
	}
	if matches < 1000 {
		t.Errorf("only %d matches: the texts no longer exercise cuedCode", matches)
	}
}
