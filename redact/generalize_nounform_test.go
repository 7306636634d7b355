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

// isNounForm, the reference generalizeByNoun's old loop (generalize_words_test.go) reads
// nouns by, says whether w is the noun n or its plural: w == n, n+"s", or n's "y" made
// "ies", compared in place rather than by building each plural.
func isNounForm(w, n string) bool {
	switch len(w) - len(n) {
	case 0:
		return w == n
	case 1:
		return w[len(n)] == 's' && w[:len(n)] == n
	case 2:
		return n != "" && n[len(n)-1] == 'y' && w[:len(n)-1] == n[:len(n)-1] && w[len(n)-1:] == "ies"
	}
	return false
}
