package redact

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
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
	out := namedDays(t, nil)
	an := eventAnchors.find(t)
	seasons := scanAtIf(t, seasonOfEventAt, an[0], 120, seasonAfter)
	lasting := scanAtIf(t, lastingEventAt, an[1], 100, lastingAfter)
	// A text without " in the " and " for " gives no date here. The patterns, cheap at their
	// few anchors, run first: the two searches of the whole text are needed only after a match.
	if len(seasons) == 0 && len(lasting) == 0 ||
		!containsAfter(t.Fold, ' ', "in the ") && !containsAfter(t.Fold, ' ', "for ") {
		return out
	}
	if out == nil {
		out = t.candidateRoom()
	}
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

// Days the calendar names: a leader's birthday or funeral, a state holiday, Christmas. With a
// year ("on Kim Il Sung's birthday in 2010", "Christmas 2015") it is an exact date; without
// one ("two days before Kim Jong Il's funeral", "4.15에", "태양절 사흘 전에") it is still
// the day of the year, which with the rest of a testimony dates an arrest. Both are dates:
// generalized to the year where there is one, removed where there is none.
var (
	namedDay = regexp.MustCompile(`\b(?:(?:on|before|after|until|since|by|around|during)\s+)?(?:(?:\d{1,2}|a|one|two|three|four|five|six|seven|a\s+few)\s+(?:days?|weeks?)\s+(?:before|after)\s+)?(?:the\s+)?(?:kim\s+(?:il[\s-]?sung|jong[\s-]?il|jong[\s-]?un)(?:'s|’s)\s+(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:birthday|funeral|death)|day\s+of\s+the\s+(?:shining\s+star|sun)|christmas(?:\s+(?:day|eve))?|new\s+year(?:'s|’s)\s+(?:day|eve))(?:,?\s+(?:in\s+)?(?:19|20)\d\d\b)?`)
	// koreanNamedDay is a North Korean holiday (광명성절, Kim Jong Il's birthday, 16 February;
	// 태양절, Kim Il Sung's, 15 April) or a day written month.day before a particle or 전날
	// ("4.15에", "2.16 전날", "10.10에", "4.15 명절 전날": the holiday named as such), with
	// the days before or after it.
	koreanNamedDay = regexp.MustCompile(`(?:^|[^\d.])((?:광명성절|태양절|(?:1[0-2]|0?[1-9])\.(?:[12]\d|3[01]|0?[1-9]))(?:\s*명절|\s*기념일)?(?:\s*(?:전날|다음날|당일|무렵)|\s*(?:하루|이틀|사흘|나흘|닷새|엿새|이레|열흘|\d{1,2}\s?일)\s*(?:전|후|뒤))?)(에|날|부터|까지|때|\s*전날|\s*다음날|\s*무렵|\s*전|\s*후|\s*뒤|\s|$)`)
)

// namedDayAnchors are the words namedDay needs in a text to match at all (its last word
// but the year: "new year" by "year", "the day of the sun" by "sun"), found with the other
// anchor words in one pass over the words.
var namedDayAnchors = newAnchorTable(setOfWords("birthday funeral death star sun christmas year"))

// namedDays finds the dates of namedDay and koreanNamedDay in t. The expressions are slow
// next to the rest of a pass, so they run only where they can match: namedDay in a window
// around each of namedDayWords, koreanNamedDay in a text with Hangul and a holiday or a
// month.day in it.
func namedDays(t *Text, out []Candidate) []Candidate {
	s := t.Fold
	lastEnd := -1
	for _, at := range namedDayAnchors.find(t)[0] {
		w, _, _ := strings.Cut(s[at:min(len(s), at+12)], " ")
		from := at + len(w)
		switch before := s[max(0, at-40):at]; {
		case strings.HasPrefix(w, "birthday") || strings.HasPrefix(w, "funeral") || strings.HasPrefix(w, "death"):
			if !strings.Contains(before, "kim") {
				continue // only a leader's ("Kim Il Sung's birthday") is a day of the calendar
			}
		case strings.HasPrefix(w, "year"):
			if !strings.HasSuffix(before, "new ") && !strings.HasSuffix(before, "new-") {
				continue // "new year" only
			}
		case strings.HasPrefix(w, "star"):
			if !strings.HasSuffix(before, "shining ") {
				continue
			}
		case strings.HasPrefix(w, "sun"):
			if !strings.HasSuffix(before, "day of the ") {
				continue
			}
		}
		// The window reaches back over what may come before the word ("two days before
		// Kim Jong Il's ") and on over a year after it, from a word's start.
		lo := max(0, at-80)
		if sp := strings.IndexByte(s[lo:at], ' '); lo > 0 && sp >= 0 {
			lo += sp + 1
		}
		hi := min(len(s), from+40)
		for _, m := range namedDay.FindAllStringIndex(s[lo:hi], -1) {
			a, b := lo+m[0], lo+m[1]
			if a < lastEnd || b <= at {
				continue // found from an earlier word, or a match that is not this word's
			}
			span := s[a:b]
			// A holiday alone ("we had no Christmas") dates nothing: it needs a year, or a
			// preposition or a count of days before it.
			bare := strings.HasPrefix(span, "kim") || strings.HasPrefix(span, "day of") || strings.HasPrefix(span, "christmas") ||
				strings.HasPrefix(span, "new year") || strings.HasPrefix(span, "the ")
			if bare && findYear(span) == 0 {
				continue
			}
			out = append(out, t.cand(a, b, Date, "named day", "a holiday or a leader's birthday or funeral, which is a day of the year", 0.85))
			lastEnd = b
		}
	}
	if !hasHangulSyllable(s) {
		return out
	}
	// koreanNamedDay in a window around each holiday and month.day: from the line's start or
	// a few bytes before, to 60 bytes after.
	lastEnd = -1
	for _, at := range koreanDayAnchors(s) {
		lo := max(0, at-4)
		for lo > 0 && !utf8.RuneStart(s[lo]) {
			lo--
		}
		hi := min(len(s), at+60)
		for hi < len(s) && !utf8.RuneStart(s[hi]) {
			hi++
		}
		for _, m := range koreanNamedDay.FindAllStringSubmatchIndex(s[lo:hi], -1) {
			a, b := lo+m[2], lo+m[3]
			if a < lastEnd || a > at+3 {
				continue // found from an earlier anchor, or another anchor's
			}
			if lo > 0 && m[0] == 0 && m[2] == 0 {
				continue // "^" matched at the window's start, not the text's
			}
			if strings.IndexByte(s[a:b], '.') >= 0 && !hasHangulSyllable(s[a:b]) && strings.TrimSpace(s[lo+m[4]:lo+m[5]]) == "" {
				continue // "3.5 " before no Korean word: a decimal, not a day
			}
			out = append(out, t.cand(a, b, Date, "named day", "a North Korean holiday or a day written month.day", 0.85))
			lastEnd = b
		}
	}
	return out
}

// koreanDayAnchors returns where a holiday (광명성절, 태양절) or a month.day ("4.15": the start
// of its digits) may begin in s, in order.
func koreanDayAnchors(s string) []int {
	var at []int
	for _, w := range []string{"광명성절", "태양절"} {
		eachIndex(s, w, func(i int) { at = append(at, i) })
	}
	eachIndex(s, ".", func(i int) {
		if i > 0 && isDigit(s[i-1]) && i+1 < len(s) && isDigit(s[i+1]) {
			j := i - 1
			for j > 0 && i-j < 2 && isDigit(s[j-1]) {
				j--
			}
			at = append(at, j)
		}
	})
	slices.Sort(at)
	return at
}
