package redact

import "strings"

// jobNotInstitution says whether an allow-listed candidate is someone's job rather than the
// public body the allow list keeps readable: an occupation after a work cue and an indefinite
// article ("her husband is a border guard", "she married a border guard") describes one
// person, a quasi-identifier; "it was the Border Guard that caught us" names the body.
func jobNotInstitution(t *Text, c Candidate) bool {
	if c.Detector != "legal_dem" || c.Rule != "occupation" {
		return false
	}
	// The words before the span, last first, skipping those like "former" or "young".
	before := strings.Fields(strings.ToLower(t.Original[:c.Start]))
	for i := len(before) - 1; i >= 0 && i >= len(before)-4; i-- {
		switch w := before[i]; {
		case w == "a" || w == "an":
			return true
		case !occupationSkip[w]:
			return false
		}
	}
	return false
}
