package redact

import "strings"

func init() { register(dayOrdinalDetector{}) }

// dayOrdinalDetector reads two ordinals that date or age someone: a day of the month said
// alone ("captured on the 14th, two days after ..."), which the dates detector reads only
// with its month, and the ordinal of a birthday ("my 23rd birthday"), an age to the year.
type dayOrdinalDetector struct{}

func (dayOrdinalDetector) name() string { return "date" }

// ordinalDayReason and birthdayReason say why; birthdayOrdinalRule is read by the replacement.
const (
	ordinalDayReason    = "a day of the month said alone"
	birthdayOrdinalRule = "ordinal birthday"
)

func (dayOrdinalDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	s := t.Fold
	c := newWordScan(t)
	out := t.candidateRoom()
	// Only words with digits can be "14th" or "23rd".
	for i := c.next(0, clsDigit); i < len(c.ws); i = c.next(i+1, clsDigit) {
		a := c.ws[i].start
		e, n := ordinalAt(s, a)
		if e == 0 || e != c.ws[i].end {
			continue
		}
		// "on the 14th," "on the 3rd." — the clause ends after it ("on the 14th floor" does not).
		if n >= 1 && n <= 31 && a >= len("on the ") && s[a-len("on the "):a] == "on the " &&
			(a == len("on the ") || !isASCIIWordByte(s[a-len("on the ")-1])) &&
			(e == len(s) || strings.IndexByte(",.;:!?)", s[e]) >= 0) {
			out = append(out, t.cand(a-len("on the "), e, Date, "day of the month", ordinalDayReason, 0.6))
			continue
		}
		// "my 23rd birthday"
		if n >= 2 && strings.HasPrefix(s[e:], " birthday") {
			out = append(out, t.cand(a, e, Age, birthdayOrdinalRule, "the ordinal of a birthday, an age", 0.7))
		}
	}
	return out
}

// ordinalAt reads an ordinal in digits at i ("14th", "23rd", "1st", "2nd") and returns its
// end and its number, or 0, 0.
func ordinalAt(s string, i int) (int, int) {
	e := digitsEnd(s, i)
	if e == i || e-i > 3 || e+2 > len(s) {
		return 0, 0
	}
	switch s[e : e+2] {
	case "st", "nd", "rd", "th":
	default:
		return 0, 0
	}
	if e+2 < len(s) && isASCIIWordByte(s[e+2]) {
		return 0, 0
	}
	n := 0
	for _, c := range s[i:e] {
		n = n*10 + int(c-'0')
	}
	return e + 2, n
}
