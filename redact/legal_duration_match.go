package redact

import "unicode/utf8"

// durationMatch is legalDurationAt.FindStringSubmatchIndex(w) for a w that starts with a
// word character (where findDurations tries it), matched by hand: it tries the pattern's
// paths in the order Go's backtracker takes them (alternatives left to right, greedy
// pieces longest first, "{0,40}?" shortest first) and returns the first that matches. The
// pattern compiles to thousands of instructions, too many for the backtracker on a
// window, and each try in the slower matcher cost some twenty thousand instructions.
func durationMatch(w string) []int {
	// \b(?:cue)(durationSpan): nothing follows the span, so its first end is the match.
	cue, end := -1, -1
	durationCueEnds(w, func(c int) bool {
		durationSpanEnds(w, c, func(e int) bool { end = e; return true })
		cue = c
		return end >= 0
	})
	if end >= 0 {
		return []int{0, end, cue, end, -1, -1}
	}
	// \b(durationSpan)['’]?s?['’]? (?:imprisonment|...)
	tail := -1
	durationSpanEnds(w, 0, func(e int) bool {
		tail = durationTailEnd(w, e)
		end = e
		return tail >= 0
	})
	if tail >= 0 {
		return []int{0, tail, -1, -1, 0, end}
	}
	return nil
}

// foldLitAt is where the literal lit (lower-case ASCII) ends if it stands at j of w under
// (?i), or -1. (?i) reads "s" as "ſ" too, and "k" as the Kelvin sign.
func foldLitAt(w string, j int, lit string) int {
	for k := 0; k < len(lit); k++ {
		c := lit[k]
		if j >= len(w) {
			return -1
		}
		b := w[j]
		if b|0x20 == c && c >= 'a' && c <= 'z' || b == c {
			j++
			continue
		}
		if c == 's' && j+1 < len(w) && b == 0xC5 && w[j+1] == 0xBF { // ſ
			j += 2
			continue
		}
		if c == 'k' && j+2 < len(w) && b == 0xE2 && w[j+1] == 0x84 && w[j+2] == 0xAA { // K
			j += 3
			continue
		}
		return -1
	}
	return j
}

// apostropheAt is where ['’] ends if it stands at j of w, or -1.
func apostropheAt(w string, j int) int {
	if j < len(w) && w[j] == '\'' {
		return j + 1
	}
	if j+2 < len(w) && w[j] == 0xE2 && w[j+1] == 0x80 && w[j+2] == 0x99 {
		return j + 3
	}
	return -1
}

// Each ...Ends function below calls yield with the ends of its piece of the pattern from j,
// in the order the backtracker tries them, until yield returns true; it says whether one
// did.

// durationCueWords are the cues of legalDuration without a choice inside them, in the
// pattern's order, with the "sentenced ..." cue (first) and the "barred ... for" ones
// (between "suspended for" and "practise for") read by durationCueEnds.
var (
	durationCuesBefore = []string{"sentences of ", "sentence of ", "terms of ", "term of ",
		"custody lasted ", "custody of ", "detention lasted ", "detention of ", "detained for ",
		"imprisonment of ", "imprisonment for ", "served ", "reduced to ", "increased to ",
		"for a period of ", "for a term of ", "suspended for "}
	durationCuesBarred = []string{"debarred ", "barred ", "banned "}
	durationCuesAfter  = []string{"practise for ", "practice for ", "lasted for ", "last for "}
	sentencedObjects   = []string{"him ", "her ", "them ", "the applicants ", "the applicant "}
	sentencedTerms     = []string{"a total of ", "a term of ", "a prison term of ", "an ", "a "}
)

func durationCueEnds(w string, yield func(int) bool) bool {
	if j := foldLitAt(w, 0, "sentenced "); j >= 0 {
		// sentenced (?:him |her |them |the applicants? )?to (?:a total of |...|an? )?
		for o := 0; o <= len(sentencedObjects); o++ {
			k := j
			if o < len(sentencedObjects) {
				if k = foldLitAt(w, j, sentencedObjects[o]); k < 0 {
					continue
				}
			}
			if k = foldLitAt(w, k, "to "); k < 0 {
				continue
			}
			for p := 0; p <= len(sentencedTerms); p++ {
				e := k
				if p < len(sentencedTerms) {
					if e = foldLitAt(w, k, sentencedTerms[p]); e < 0 {
						continue
					}
				}
				if yield(e) {
					return true
				}
			}
		}
	}
	for _, c := range durationCuesBefore {
		if e := foldLitAt(w, 0, c); e >= 0 && yield(e) {
			return true
		}
	}
	for _, c := range durationCuesBarred {
		// "barred [^.]{0,40}? for ": the fewest characters first.
		j := foldLitAt(w, 0, c)
		if j < 0 {
			continue
		}
		for n := 0; n <= 40; n++ {
			if e := foldLitAt(w, j, " for "); e >= 0 && yield(e) {
				return true
			}
			if j >= len(w) || w[j] == '.' || n == 40 {
				break
			}
			_, size := utf8.DecodeRuneInString(w[j:])
			j += size
		}
	}
	for _, c := range durationCuesAfter {
		if e := foldLitAt(w, 0, c); e >= 0 && yield(e) {
			return true
		}
	}
	return false
}

// durationNumberWords are durationNumber's words, in its order, from "one" to "twenty"
// (before twenty-\w+), and from "thirty" on.
var (
	durationNumbersLow  = []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}
	durationNumbersHigh = []string{"thirty", "forty", "fifty", "sixty", "a", "an", "one and a half", "half a"}
	durationNumbersHalf = []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)

func durationNumberEnds(w string, j int, yield func(int) bool) bool {
	// \d{1,3}(?:[.,]\d)?
	n := 0
	for n < 3 && j+n < len(w) && isDigit(w[j+n]) {
		n++
	}
	for ; n >= 1; n-- {
		e := j + n
		if e+1 < len(w) && (w[e] == '.' || w[e] == ',') && isDigit(w[e+1]) && yield(e+2) {
			return true
		}
		if yield(e) {
			return true
		}
	}
	for _, s := range durationNumbersLow {
		if e := foldLitAt(w, j, s); e >= 0 && yield(e) {
			return true
		}
	}
	// twenty-\w+: under (?i), \w holds "ſ" and the Kelvin sign too.
	if k := foldLitAt(w, j, "twenty-"); k >= 0 {
		var ends []int
		for e := k; e < len(w); {
			if isRegexpWordByte(w[e]) {
				e++
			} else if f := foldLitAt(w, e, "s"); f > e {
				e = f
			} else if f := foldLitAt(w, e, "k"); f > e {
				e = f
			} else {
				break
			}
			ends = append(ends, e)
		}
		for n := len(ends) - 1; n >= 0; n-- {
			if yield(ends[n]) {
				return true
			}
		}
	}
	for _, s := range durationNumbersHigh {
		if e := foldLitAt(w, j, s); e >= 0 && yield(e) {
			return true
		}
	}
	for _, s := range durationNumbersHalf {
		if e := foldLitAt(w, j, s); e >= 0 {
			if e = foldLitAt(w, e, " and a half"); e >= 0 && yield(e) {
				return true
			}
		}
	}
	return false
}

var durationUnitStems = []string{"year", "month", "week", "day", "hour"}

// durationUnitEnds: (?:years?|months?|weeks?|days?|hours?).
func durationUnitEnds(w string, j int, yield func(int) bool) bool {
	for _, s := range durationUnitStems {
		e := foldLitAt(w, j, s)
		if e < 0 {
			continue
		}
		if p := foldLitAt(w, e, "s"); p >= 0 && yield(p) {
			return true
		}
		if yield(e) {
			return true
		}
	}
	return false
}

// durationMoreEnds: (?:,| and) durationNumber durationUnit, once.
func durationMoreEnds(w string, j int, yield func(int) bool) bool {
	for _, sep := range [2]string{", ", " and "} {
		k := foldLitAt(w, j, sep)
		if k < 0 {
			continue
		}
		if durationNumberEnds(w, k, func(n int) bool {
			if n >= len(w) || w[n] != ' ' {
				return false
			}
			return durationUnitEnds(w, n+1, yield)
		}) {
			return true
		}
	}
	return false
}

// durationSpanEnds: durationSpan, number[ -]unit(?:(?:,| and) number unit){0,2}(?:['’]s)?.
func durationSpanEnds(w string, j int, yield func(int) bool) bool {
	possessive := func(e int) bool { // (?:['’]s)?
		if a := apostropheAt(w, e); a >= 0 {
			if s := foldLitAt(w, a, "s"); s >= 0 && yield(s) {
				return true
			}
		}
		return yield(e)
	}
	return durationNumberEnds(w, j, func(n int) bool {
		if n >= len(w) || w[n] != ' ' && w[n] != '-' {
			return false
		}
		return durationUnitEnds(w, n+1, func(u int) bool {
			// {0,2}, greedy: two more, then one, then none.
			return durationMoreEnds(w, u, func(m1 int) bool {
				return durationMoreEnds(w, m1, possessive) || possessive(m1)
			}) || possessive(u)
		})
	})
}

var durationTailWords = []string{"imprisonment", "detention", "prison", "jail", "custody", "sentence",
	"suspended", "probation", "of imprisonment", "in prison"}

// durationTailEnd is where ['’]?s?['’]? (?:imprisonment|...|in prison) ends from j of w,
// or -1.
func durationTailEnd(w string, j int) int {
	for _, a := range optionalEnds(j, apostropheAt(w, j)) {
		if a < 0 {
			continue
		}
		for _, s := range optionalEnds(a, foldLitAt(w, a, "s")) {
			if s < 0 {
				continue
			}
			for _, b := range optionalEnds(s, apostropheAt(w, s)) {
				if b < 0 || b >= len(w) || w[b] != ' ' {
					continue
				}
				for _, t := range durationTailWords {
					if e := foldLitAt(w, b+1, t); e >= 0 {
						return e
					}
				}
			}
		}
	}
	return -1
}

// optionalEnds are the ends of a greedy optional piece from j that ends at e if it
// matches (e >= 0): e first, then j.
func optionalEnds(j, e int) [2]int {
	if e >= 0 {
		return [2]int{e, j}
	}
	return [2]int{j, -1}
}

// groupCountMatch is legalGroupCountAt.FindStringSubmatchIndex(w) for a w that starts with a
// word character, matched by hand in the order Go's backtracker tries the pattern's paths,
// as durationMatch is.
func groupCountMatch(w string) []int {
	end := -1
	groupCountNumberEnds(w, func(n int) bool {
		// (?:[ -](?:one|...|nine))?, greedy, then " " and what the count counts.
		if n < len(w) && (w[n] == ' ' || w[n] == '-') {
			for _, s := range durationNumbersHalf[:9] { // one to nine
				if e := foldLitAt(w, n+1, s); e >= 0 {
					if end = groupCountedEnd(w, e); end >= 0 {
						return true
					}
				}
			}
		}
		end = groupCountedEnd(w, n)
		return end >= 0
	})
	if end < 0 {
		return nil
	}
	return []int{0, end, 0, end}
}

var (
	groupCountWords = []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
		"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred"}
	groupOthers  = []string{"persons", "people", "suspects", "defendants", "accused", "co-accused", "applicants"}
	groupCounted = []string{"co-accused", "co-defendants", "children", "sons", "daughters", "brothers", "sisters",
		"siblings", "grandchildren"}
)

// groupCountNumberEnds: (?:\d{1,4}|one|...|hundred).
func groupCountNumberEnds(w string, yield func(int) bool) bool {
	n := 0
	for n < 4 && n < len(w) && isDigit(w[n]) {
		n++
	}
	for ; n >= 1; n-- {
		if yield(n) {
			return true
		}
	}
	for _, s := range groupCountWords {
		if e := foldLitAt(w, 0, s); e >= 0 && yield(e) {
			return true
		}
	}
	return false
}

// groupCountedEnd is where " (?:other (?:persons|...)|co-accused|...)\b" ends from j of w,
// or -1.
func groupCountedEnd(w string, j int) int {
	if j >= len(w) || w[j] != ' ' {
		return -1
	}
	j++
	if k := foldLitAt(w, j, "other "); k >= 0 {
		for _, s := range groupOthers {
			if e := foldLitAt(w, k, s); e >= 0 && atWordBoundary(w, e) {
				return e
			}
		}
	}
	for _, s := range groupCounted {
		if e := foldLitAt(w, j, s); e >= 0 && atWordBoundary(w, e) {
			return e
		}
	}
	return -1
}

// atWordBoundary is \b at e of w, after a match: ASCII word characters on one side only.
func atWordBoundary(w string, e int) bool {
	return (e > 0 && isRegexpWordByte(w[e-1])) != (e < len(w) && isRegexpWordByte(w[e]))
}
