package redact

import "testing"

// TestDetectorLabelConstants holds the labels made once (constants, tables by cue) to the
// strings the detectors made per match.
func TestDetectorLabelConstants(t *testing.T) {
	for _, p := range []string{"am", "is", "was", "m", "other"} {
		if got, want := copulaAgeReason(p), "a bare number after "+quoteCue(p)+" at the end of a clause"; got != want {
			t.Errorf("copulaAgeReason(%q) = %q, want %q", p, got, want)
		}
	}
	for _, p := range []string{"at", "turned", "was", "other"} {
		rule, reason := bareAgeLabels(p)
		if rule != quoteCue(p)+" N" || reason != "a bare number after "+quoteCue(p) {
			t.Errorf("bareAgeLabels(%q) = %q, %q", p, rule, reason)
		}
	}
	for n := range unitNouns {
		if got := ordinalUnitReasons[n]; got != "ordinal before "+quoteCue(n) {
			t.Errorf("ordinalUnitReasons[%q] = %q", n, got)
		}
	}
	for k, c := range idCues {
		if idCueLabels.numberRule[k] != "number after "+c || idCueLabels.numberReason[k] != "context word "+quoteCue(c) ||
			idCueLabels.codeReason[k] != "code after context word "+quoteCue(c) {
			t.Errorf("idCueLabels at %d (%q) differ", k, c)
		}
	}
}
