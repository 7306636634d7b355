package redact

import (
	"strings"
	"testing"
)

// fieldCountOver must agree with len(strings.Fields(s)) > n, which it replaces.
func TestFieldCountOverMatchesFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", "white rabbit", "a b c d", "a b c d e", " a  b\u00a0c\u2003d e ",
		"\xff \xfe x y z", "a\u0085b c d e", "a\tb\nc\rd\ve\f", "암호는 흰 토끼"} {
		for n := 0; n < 6; n++ {
			if got, want := fieldCountOver(s, n), len(strings.Fields(s)) > n; got != want {
				t.Errorf("fieldCountOver(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}
