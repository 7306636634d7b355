package redact

import (
	"strconv"
	"testing"
)

// The tables of prepareKnown's node names and rules give what the concatenations give.
func TestKnownNodeNamesAndRules(t *testing.T) {
	for i := range 2 * len(knownNodeNames) {
		if got, want := knownNodeName(i), "k:"+strconv.Itoa(i); got != want {
			t.Errorf("knownNodeName(%d) = %q, want %q", i, got, want)
		}
	}
	for _, s := range []string{"person", "interviewee", "sensitive_term", "not-a-category", ""} {
		if got, want := knownRule(s), "known "+s; got != want {
			t.Errorf("knownRule(%q) = %q, want %q", s, got, want)
		}
	}
}
