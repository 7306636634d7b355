package redact

// Test hooks for the external benchmark of the detectors other than names and Hangul.

// OtherDetectorNames lists the registered detectors but the names and Hangul ones.
func OtherDetectorNames() []string {
	var out []string
	for _, d := range registered {
		if n := d.name(); n != "names" && n != "hangul-names" {
			out = append(out, n)
		}
	}
	return out
}

// PrepareText does what the engine has done to a text before its detectors run: its words
// and their hashes (the allow-list matcher reads them).
func PrepareText(t *Text) {
	t.wordList()
	t.wordHashes()
}
