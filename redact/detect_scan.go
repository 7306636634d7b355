package redact

import "strings"

// Scanning helpers shared by the cue-based detectors (contact, ids, dates, context).

// indexByteFrom returns the index of the first b in s at or after from, or len(s).
func indexByteFrom(s string, from int, b byte) int {
	if from >= len(s) {
		return len(s)
	}
	if i := strings.IndexByte(s[from:], b); i >= 0 {
		return from + i
	}
	return len(s)
}
