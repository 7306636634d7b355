package redact

import (
	"strings"
	"testing"
)

// TestIsNounFormAgreesWithPlurals checks isNounForm against the plurals it stands for.
func TestIsNounFormAgreesWithPlurals(t *testing.T) {
	nouns := append(append([]string{"y", "ay", "s"}, workplaceKinds...), routeNouns...)
	words := []string{"", "s", "y", "ies", "mine", "mines", "miness", "factory", "factories", "factorys",
		"factoryies", "factori", "party", "parties", "partie", "police", "polices", "pass", "passs",
		"passes", "ford", "fords", "ys", "aies", "ies", "ss", "bank", "banks", "bankies"}
	for _, n := range nouns {
		for _, w := range append(words, n, n+"s", n+"es", n+"x") {
			want := w == n || w == n+"s" || strings.HasSuffix(n, "y") && w == n[:len(n)-1]+"ies"
			if got := isNounForm(w, n); got != want {
				t.Errorf("isNounForm(%q, %q) = %v, want %v", w, n, got, want)
			}
		}
	}
}
