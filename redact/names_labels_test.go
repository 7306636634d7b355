package redact

import (
	"strings"
	"testing"
)

// isLabelLead and firstNotBlank are the strings.TrimLeft tests speakerLabels made before.
func TestLabelLeadAndFirstNotBlank(t *testing.T) {
	const cut = " \t-*>[]0123456789:.,"
	alphabet := []string{" ", "\t", "-", "*", ">", "[", "]", "0", "5", "9", ":", ".", ",", "a", "<", "v", "\u00a0", "/", "", "Ü"}
	var walk func(prefix string, depth int)
	walk = func(prefix string, depth int) {
		if got, want := isLabelLead(prefix), strings.TrimLeft(prefix, cut) == ""; got != want {
			t.Errorf("isLabelLead(%q) = %v, want %v", prefix, got, want)
		}
		want := byte(0)
		if rest := strings.TrimLeft(prefix, " \t*"); rest != "" {
			want = rest[0]
		}
		if got := firstNotBlank(prefix); got != want {
			t.Errorf("firstNotBlank(%q) = %q, want %q", prefix, got, want)
		}
		if depth == 0 {
			return
		}
		for _, a := range alphabet {
			walk(prefix+a, depth-1)
		}
	}
	walk("", 3)
}
