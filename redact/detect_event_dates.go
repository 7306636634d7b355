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
	if !strings.Contains(t.Fold, " in the ") && !strings.Contains(t.Fold, " for ") {
		return nil
	}
	an := eventAnchors.find(t)
	var out []Candidate
	for _, m := range scanAtIf(t, seasonOfEventAt, an[0], 120, seasonAfter) {
		out = append(out, t.cand(m[2], m[3], Date, "season of an event", "a season after a verb of capture, wounding, crossing, ...", 0.6))
	}
	for _, m := range scanAt(t, lastingEventAt, an[1], 100) {
		out = append(out, t.cand(m[2], m[3], Date, "length of custody", "how long someone was questioned, held or hidden", 0.6))
	}
	return out
}

// seasonAfter says whether the 120 bytes from p, all seasonOfEventAt reads, hold a season's
// name, which every match of seasonOfEvent does: most verbs of an event have none after
// them, and the pattern need not run there (anchorTest).
func seasonAfter(t *Text, p int) bool {
	s := t.Fold[p:min(len(t.Fold), p+120)]
	for _, w := range []string{"spring", "summer", "autumn", "fall", "winter"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
