package redact

import (
	"strings"
	"unicode"
)

// jobNotInstitution says whether an allow-listed candidate is someone's job rather than the
// public body the allow list keeps readable: an occupation after a work cue and an indefinite
// article ("her husband is a border guard", "she married a border guard") describes one
// person, a quasi-identifier; "it was the Border Guard that caught us" names the body.
//
// A mass organisation is the same: "the Youth League met" names the national body, "he
// joined the Youth League", "the Women's Union meetings her mother took her to" say whom it
// enrolled (massMembership).
func jobNotInstitution(t *Text, c *Candidate) bool {
	if c.Detector == "legal_org" && c.Rule == "mass organisation" {
		return massMembership(t, c)
	}
	if c.Detector != "legal_dem" || c.Rule != "occupation" {
		return false
	}
	// The words before the span, last first, skipping those like "former" or "young". Only
	// the last four are read, so only the text from a white space with four words after it
	// is split, not everything before the span.
	var buf [8]string
	before := appendFields(buf[:0], strings.ToLower(lastFields(t.Original[:c.Start], 4)))
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

// lastFields returns a suffix of s that starts at an ASCII white space (or at 0) and holds
// at least n fields: strings.Fields of it ends with the same n fields as strings.Fields(s).
// An ASCII white space always starts a character, so the fields after it are whole.
func lastFields(s string, n int) string {
	cut, fields := len(s), 0
	for {
		i := strings.LastIndexAny(s[:cut], " \t\n\r\v\f")
		if i < 0 {
			return s
		}
		// A part between two ASCII white spaces with a character other than a space holds
		// at least one field.
		if strings.IndexFunc(s[i+1:cut], func(r rune) bool { return !unicode.IsSpace(r) }) >= 0 {
			fields++
		}
		cut = i
		if fields >= n {
			return s[cut:]
		}
	}
}

// membershipWords before a mass organisation (and its determiner) make it someone's
// membership: "joined the", "in the", "member of the", "went to the".
var membershipWords = setOfWords(`joined join joins joining in into to of from for at within entered enter
	enrolled left quit expelled`)

// massMembership says whether the mass organisation c is named as someone's membership:
// a membership word right before it, a determiner ("the", "her") between them allowed.
// Safety first: the organisation is kept only as the actor ("the Youth League met"), at the
// start of a sentence or after "by".
func massMembership(t *Text, c *Candidate) bool {
	var buf [8]string
	before := appendFields(buf[:0], strings.ToLower(lastFields(t.Original[:c.Start], 2)))
	for i := len(before) - 1; i >= 0 && i >= len(before)-2; i-- {
		w := strings.TrimRight(before[i], ",;")
		if membershipWords[w] {
			return true
		}
		if w != before[i] || !figureDeterminers[w] {
			return false
		}
	}
	return false
}
