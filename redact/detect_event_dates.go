package redact

import (
	"regexp"
	"strings"
)

// When something happened to someone, said without a year: the season of an event ("he was
// wounded in the spring") and how long it lasted ("questioned for a month"). With the rest
// of a testimony they date a capture or an arrest; a season that opens a sentence about
// everyone ("In the winter, fewer came") is not tied to an event and stays.

func init() { register(eventDateDetector{}) }

type eventDateDetector struct{}

func (eventDateDetector) name() string { return "date" }

// eventVerbs happen to a person once; they date what follows.
const eventVerbs = `wounded|captured|caught|arrested|crossed|escaped|deported|repatriated|died|born|married|fled|detained|released|injured|killed|taken|sent back`

var (
	seasonOfEvent = regexp.MustCompile(`(?i)\b(?:` + eventVerbs + `)\s(?:[\p{L}'’-]+\s){0,3}?in\s(the\s(?:early\s|late\s)?(?:spring|summer|autumn|fall|winter))\b`)
	// lastingEvent is a verb of custody or hiding, then how long.
	lastingEvent = regexp.MustCompile(`(?i)\b(?:questioned|interrogated|held|detained|imprisoned|jailed|beaten|hidden|hid|locked up)\s(?:[\p{L}'’-]+\s){0,2}?for\s((?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2})\s(?:day|week|month|year)s?)\b`)
)

// Both patterns start with their verb, so they run anchored at each verb (scanAt) rather
// than over the whole text: unanchored, they cost more than the rest of the engine.
var (
	eventAnchors    = newAnchorTable(setOfWords(strings.ReplaceAll(eventVerbs, "|", " ")), setOfWords("questioned interrogated held detained imprisoned jailed beaten hidden hid locked"))
	seasonOfEventAt = anchored(seasonOfEvent)
	lastingEventAt  = anchored(lastingEvent)
)

func (eventDateDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	an := eventAnchors.find(t)
	seasons := scanAtIf(t, seasonOfEventAt, an[0], 120, seasonAfter)
	lasting := scanAtIf(t, lastingEventAt, an[1], 100, lastingAfter)
	// A text without " in the " and " for " gives no date here. The patterns, cheap at their
	// few anchors, run first: the two searches of the whole text are needed only after a match.
	if len(seasons) == 0 && len(lasting) == 0 ||
		!containsAfter(t.Fold, ' ', "in the ") && !containsAfter(t.Fold, ' ', "for ") {
		return nil
	}
	out := t.candidateRoom()
	for _, m := range seasons {
		out = append(out, t.cand(m[2], m[3], Date, "season of an event", "a season after a verb of capture, wounding, crossing, ...", 0.6))
	}
	for _, m := range lasting {
		out = append(out, t.cand(m[2], m[3], Date, "length of custody", "how long someone was questioned, held or hidden", 0.6))
	}
	return out
}

// seasonAfter says whether the 120 bytes from p, all seasonOfEventAt reads, hold "the", a
// white space, maybe "early" or "late" and a white space, then a season's name, which every
// match of seasonOfEvent does: most verbs of an event have none after them, and the pattern
// need not run there (anchorTest). One search for "the" is cheaper than one per season.
func seasonAfter(t *Text, p int) bool {
	s := t.Fold[p:min(len(t.Fold), p+120)]
	for off := 0; ; {
		i := strings.Index(s[off:], "the")
		if i < 0 {
			return false
		}
		j := off + i + len("the")
		off += i + 1
		if j >= len(s) || !isRESpace(s[j]) {
			continue
		}
		r := s[j+1:]
		for _, m := range []string{"early", "late"} {
			if len(r) > len(m) && strings.HasPrefix(r, m) && isRESpace(r[len(m)]) {
				r = r[len(m)+1:]
				break
			}
		}
		for _, w := range []string{"spring", "summer", "autumn", "fall", "winter"} {
			if strings.HasPrefix(r, w) {
				return true
			}
		}
	}
}

// lastingCounts and lastingUnits are lastingEvent's counts (but its one or two digits) and
// units of time.
var (
	lastingCounts = []string{"a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several"}
	lastingUnits  = []string{"day", "week", "month", "year"}
)

// lastingAfter says whether the 100 bytes from p, all lastingEventAt reads, hold "for", a
// white space, a count, a white space and a unit of time, which every match of lastingEvent
// does: most verbs of custody are not followed by how long (anchorTest).
func lastingAfter(t *Text, p int) bool {
	s := t.Fold[p:min(len(t.Fold), p+100)]
	for off := 0; ; {
		i := strings.Index(s[off:], "for")
		if i < 0 {
			return false
		}
		j := off + i + len("for")
		off += i + 1
		if j >= len(s) || !isRESpace(s[j]) {
			continue
		}
		r := s[j+1:]
		if n := leadingDigits(r); n == 1 || n == 2 {
			if lastingUnitAfter(r[n:]) {
				return true
			}
		}
		for _, c := range lastingCounts {
			if strings.HasPrefix(r, c) && lastingUnitAfter(r[len(c):]) {
				return true
			}
		}
	}
}

// lastingUnitAfter says whether r starts with a white space and a unit of time.
func lastingUnitAfter(r string) bool {
	if r == "" || !isRESpace(r[0]) {
		return false
	}
	for _, u := range lastingUnits {
		if strings.HasPrefix(r[1:], u) {
			return true
		}
	}
	return false
}

// leadingDigits is the number of ASCII digits s starts with.
func leadingDigits(s string) int {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	return n
}
