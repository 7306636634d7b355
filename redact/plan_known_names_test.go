package redact

import (
	"strconv"
	"strings"
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

// appendPlainKey makes phraseKey's key of strings of ASCII and Hangul syllables, refuses
// any other, and wordRuns' plain path splits as normalize's.
func TestAppendPlainKey(t *testing.T) {
	for _, s := range []string{"김지민", "Kim 지민", "김 Ji-Min", "박-영미 Park", "  ", "", "A1 b2", "김.지민!",
		"Kim\u00a0지민", "김\u200b지민", "ｋｉｍ", "ㄱ김", "김\u0301", "Jo\u0301", "金智敏"} {
		b, ok := appendPlainKey([]byte("x"), s)
		if ok != isPlain(s) {
			t.Errorf("%q: appendPlainKey says %v, isPlain %v", s, ok, isPlain(s))
		}
		if !ok {
			if string(b) != "x" {
				t.Errorf("%q: refused, but dst became %q", s, b)
			}
			continue
		}
		if got, want := string(b[1:]), phraseKey(s); got != want {
			t.Errorf("appendPlainKey(%q) = %q, phraseKey %q", s, got, want)
		}
		norm, fold, _ := normalize(s, nil)
		var want []string
		ws := splitWords(fold)
		for i := range ws {
			for j := i; j < len(ws); j++ {
				if i > 0 || j < len(ws)-1 {
					want = append(want, norm[ws[i].start:ws[j].end])
				}
			}
		}
		if got := wordRuns(s); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("wordRuns(%q) = %q, want %q", s, got, want)
		}
	}
}
