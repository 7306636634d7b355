package redact

import "strings"

// A person's height, weight and shoe size ("5'4\" and 120 lbs", "1m72", "weighed 65 kg",
// "키는 172센티미터", "신발은 260mm") describe a body as a scar does: a guard or a neighbour
// who knew someone recognises them by it. The "170 cm tall" form is the physicalDetector's;
// these are read from the digit words (clsDigit), each with a cue that says it is a body's
// measure and not a sack's or a sum's.

func init() { register(bodyMeasureDetector{}) }

type bodyMeasureDetector struct{}

func (bodyMeasureDetector) name() string { return "physical" }

var (
	// weightCues before a weight make it a body's: "weighed 65 kg", "his weight was 120 lbs".
	weightCues = newWordTable(setOfWords("weigh weighs weighed weighing weight"))
	// bodyWeightUnits and heightUnits are the units of a weight and of a height.
	bodyWeightUnits = newWordTable(setOfWords("lb lbs pounds pound kg kgs kilos kilo kilograms kilogram"))
	footUnits       = setOfWords("ft feet foot")
	// koreanMeasureCues are the Korean words for height, weight and shoes, which a particle
	// may follow ("키는", "몸무게가").
	koreanMeasureCues = []string{"키", "신장", "몸무게", "체중", "신발", "발"}
	// koreanMeasureUnits are the units a Korean body measure is given in, glued to its
	// number ("172센티미터이고", "180cm", "260mm").
	koreanMeasureUnits = []string{"센티미터", "센티", "cm", "킬로그램", "킬로", "kg", "mm", "미리"}
)

func (bodyMeasureDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	var out []Candidate
	c := newWordScan(t)
	ws := c.ws
	for i := c.next(0, clsDigit); i < len(ws); i = c.next(i+1, clsDigit) {
		a, b, rule, ok := c.bodyMeasureAt(i)
		if !ok {
			continue
		}
		// A weight with its cue outranks the sum of money "110 pounds" would be.
		score := 0.8
		if rule == "weight" {
			score = 0.95
		}
		out = append(out, t.cand(a, b, Physical, rule, "a person's height, weight or shoe size", score))
		for i+1 < len(ws) && ws[i+1].start < b {
			i++
		}
	}
	return out
}

// bodyMeasureAt reads a body's measure that begins at digit word i and returns its bytes in
// the folded text and the rule that read it.
func (c *wordScan) bodyMeasureAt(i int) (a, b int, rule string, ok bool) {
	ws, w := c.ws, c.w(i)
	// "1m72": a height as the French and Koreans abroad write it.
	if len(w) == 4 && (w[0] == '1' || w[0] == '2') && w[1] == 'm' && leadingDigits(w[2:]) == 2 {
		return ws[i].start, ws[i].end, "height", true
	}
	// Korean: a cue word, then the number glued to its unit ("키는 172센티미터이고": the
	// ending stays).
	if n := counterLen(w, koreanMeasureUnits); n > 0 && i > 0 && c.koreanMeasureCueBefore(i) {
		return ws[i].start, ws[i].start + n, "height or weight (Korean)", true
	}
	if !c.digitsAt(i) {
		return 0, 0, "", false
	}
	// Feet and inches: 5'4", 5′4″, "5 ft 4 in", "5 foot 4".
	if len(w) == 1 && w[0] >= '4' && w[0] <= '7' {
		if g := c.gap(i + 1); (g == "'" || g == "′" || g == "’") && c.digitsAt(i+1) && len(c.w(i+1)) <= 2 {
			e := ws[i+1].end
			for _, q := range []string{"\"", "″", "''", "”"} {
				if strings.HasPrefix(c.s[e:], q) {
					e += len(q)
					break
				}
			}
			return ws[i].start, e, "height", true
		}
		if c.joined(i+1) && footUnits[c.w(i+1)] {
			end := i + 1
			if c.digitsAt(i+2) && c.joined(i+2) {
				end = i + 2
				if u := c.w(i + 3); (u == "in" || u == "inches" || u == "inch") && c.joined(i+3) {
					end = i + 3
				}
			}
			return ws[i].start, ws[end].end, "height", true
		}
	}
	// A weight after a word that makes it a body's ("weighed about 110 pounds").
	if c.joined(i+1) && c.inSet(bodyWeightUnits, i+1) {
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if c.inSet(weightCues, k) {
				return ws[i].start, ws[i+1].end, "weight", true
			}
		}
		// "5'4\" and 120 lbs": a weight beside a height.
		if c.w(i-1) == "and" && strings.ContainsAny(c.gap(i-1), "\"″") {
			return ws[i].start, ws[i+1].end, "weight", true
		}
	}
	// "size 270 shoes", "shoe size 43", "my shoe size is 43".
	k := i - 1
	if p := c.w(k); (p == "is" || p == "was") && c.w(k-1) == "size" {
		k--
	}
	if c.w(k) == "size" && (c.w(i+1) == "shoes" && c.joined(i+1) || c.w(k-1) == "shoe") {
		end := ws[i].end
		if c.w(i+1) == "shoes" {
			end = ws[i+1].end
		}
		return ws[k].start, end, "shoe size", true
	}
	return 0, 0, "", false
}

// koreanMeasureCueBefore says whether the word before word i is a Korean word for height,
// weight or shoes, with a particle of at most one syllable ("키는", "몸무게가", "키").
func (c *wordScan) koreanMeasureCueBefore(i int) bool {
	if c.gap(i) != " " {
		return false
	}
	p := c.w(i - 1)
	for _, cue := range koreanMeasureCues {
		if rest, ok := strings.CutPrefix(p, cue); ok && len(rest) <= 3 {
			return true
		}
	}
	return false
}
