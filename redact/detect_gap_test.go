package redact

import "testing"

// gap reads between two words only where both exist: before the first word and past the
// last it is "", so detectors that look back from a text's first word find nothing.
func TestWordScanGap(t *testing.T) {
	c := newWordScan(NewText("'s unit, in Hyesan"))
	if len(c.ws) != 4 {
		t.Fatalf("%d words", len(c.ws))
	}
	for i, want := range map[int]string{-1: "", 0: "", 1: " ", 2: ", ", 3: " ", 4: "", 9: ""} {
		if got := c.gap(i); got != want {
			t.Errorf("gap(%d) = %q, want %q", i, got, want)
		}
	}
	if c.possessive(0) || !c.joined(2) || c.joined(0) {
		t.Error("possessive or joined misread the first words")
	}
}
