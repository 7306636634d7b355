package redact

import "strconv"

func init() { register(ruDetailsDetector{}) }

// ruDetailsDetector reads two details of a prisoner of war's account in Russian that the
// English rules have and the Russian ones lacked:
//   - a day and month written in digits ("Нас взяли 15.04 в 18:00"): the day of capture
//     narrows a soldier down to his unit's losses of that day. Only inside Russian text
//     (a Cyrillic word among the three before or after), as "15.04" in English is as
//     often a decimal, and not followed by a year (the dates detector reads 15.04.2024);
//   - a height or a weight after its word ("рост 172 см", "весил 60 кг"), a physical
//     description as "172 cm tall" is.
type ruDetailsDetector struct{}

func (ruDetailsDetector) name() string { return "cyrillic" }

// ruBodyCues are the words a height or a weight follows, as Fold writes them.
var ruBodyCues = newWordTable(cyrFoldSet("рост ростом росту вес весом весил весила весит вешу весило"))

// ruBodyUnits are the units of a height or a weight, as Fold writes them.
var ruBodyUnits = newWordTable(cyrFoldSet("см сантиметров сантиметра м метр метра кг килограммов килограмма кило"))

// cyrFoldSet is the set of the space-separated words of list, as Fold writes them (cyrFold).
func cyrFoldSet(list string) map[string]bool {
	m := setOfWords(list)
	out := make(map[string]bool, len(m))
	for w := range m {
		out[cyrFold(w)] = true
	}
	return out
}

func (ruDetailsDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	if t.isASCII() || !hasCyrillic(t.Original) {
		return nil
	}
	c := newWordScan(t)
	out := t.candidateRoom()
	fl := t.wordFlags[:len(c.ws)]
	for i := c.next(0, clsDigit); i < len(c.ws); i = c.next(i+1, clsDigit) {
		if fl[i] != wordDigits {
			continue
		}
		// "рост 172 см", "вес: 60 кг"
		if c.inSet(ruBodyCues, i-1) && c.inSet(ruBodyUnits, i+1) && c.gap(i+1) == " " {
			out = append(out, t.cand(c.ws[i-1].start, c.ws[i+1].end, Physical, "Russian height or weight",
				"a number and its unit after рост or вес", 0.8))
			i++
			continue
		}
		if end, ok := c.ruDayMonth(i); ok {
			out = append(out, t.cand(c.ws[i].start, end, Date, "Russian day and month",
				"a day and a month in digits in Russian text", 0.7))
			i++
		}
	}
	return out
}

// ruDayMonth reads a day and a month in digits at word i ("15.04"), inside Russian text, and
// returns its end.
func (c *wordScan) ruDayMonth(i int) (int, bool) {
	if i+1 >= len(c.ws) || c.gap(i+1) != "." || c.t.wordFlags[i+1] != wordDigits {
		return 0, false
	}
	d, m := c.w(i), c.w(i+1)
	if len(d) > 2 || len(m) != 2 {
		return 0, false
	}
	day, _ := strconv.Atoi(d)
	month, _ := strconv.Atoi(m)
	if day < 1 || day > 31 || month < 1 || month > 12 {
		return 0, false
	}
	end := c.ws[i+1].end
	if end+1 < len(c.s) && (c.s[end] == '.' || c.s[end] == ',') && isDigit(c.s[end+1]) {
		return 0, false // a full date, or a decimal of more places
	}
	if i > 0 && c.s[c.ws[i].start-1] == '.' {
		return 0, false // "1.15.04": a version or a longer number
	}
	for k := max(0, i-3); k <= min(len(c.ws)-1, i+4); k++ {
		if k != i && k != i+1 && hasCyrillic(c.t.Norm[c.ws[k].start:c.ws[k].end]) {
			return end, true
		}
	}
	return 0, false
}
