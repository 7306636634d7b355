package redact

import "strings"

// Ages and counts that only the sentence shows to be one: "He was about twenty-five",
// "She is in her late sixties", "his children are nine and six", "one sister, fourteen",
// and the bare answer to "How old are you?" or "How many families?". The ageDetector reads
// the explicit forms ("35-year-old", "aged 35"); these rules read the context around a bare
// number, so each asks for a cue on both sides.

func init() { register(ageContextDetector{}) }

type ageContextDetector struct{}

func (ageContextDetector) name() string { return "age" }

// approximators stand between a copula and an age ("was about twenty-five").
var approximators = map[string]bool{"about": true, "around": true, "nearly": true, "almost": true,
	"roughly": true, "maybe": true, "probably": true, "only": true, "just": true, "barely": true,
	"over": true, "under": true, "perhaps": true, "approximately": true}

// approximatorSet is approximators for inSet, asked of the word before every number.
var approximatorSet = newWordTable(approximators)

// decadeWords name an age decade ("in her sixties", "in his 40s").
var decadeWords = map[string]int{"teens": 10, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
	"sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}

// apposedTo are the words after which ", N" gives a person's age: "one son, twelve now",
// "the youngest, eighteen".
var apposedTo = map[string]bool{"youngest": true, "eldest": true, "oldest": true, "twins": true}

// pluralPeople are the subjects of "are N" that make N ages ("my daughters are nineteen and
// seventeen"); "there are two" and "we are five" count people instead.
var pluralPeople = map[string]bool{"children": true, "sons": true, "daughters": true, "brothers": true,
	"sisters": true, "kids": true, "twins": true, "grandchildren": true, "nephews": true, "nieces": true,
	"boys": true, "girls": true, "parents": true}

func (ageContextDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	c := newWordScan(t)
	out := t.candidateRoom()
	lastApposed := -1 // the last word of the last age read after a relative ("sons, 12")
	for i := c.next(0, clsDigit|clsNumberWord|clsAge); i < len(c.ws); i = c.next(i+1, clsDigit|clsNumberWord|clsAge) {
		w := c.w(i)
		// "in her late sixties", "in his 40s", "in their early twenties".
		// decadeOf(w): its words have clsAge (the lexicon's), and the other words are looked
		// up only for the "60s" form.
		if d := decadeOfClass(w, c.cls[i]); d > 0 {
			if s, ok := c.decadeStart(i); ok {
				out = append(out, c.emit(s, i, Age, "in POSS decade", "an age decade after "+quoteCue(c.w(s+1)), 0.8))
			}
			continue
		}
		// "in her thirty-fifth year": the year of her life she is in.
		if k := c.ordinalYearEnd(i); k > 0 {
			out = append(out, c.emit(i-2, k, Age, "in POSS Nth year", "an ordinal year of someone's life", 0.75))
			i = k
			continue
		}
		j, ok := c.number(i)
		if !ok {
			continue
		}
		v := c.numberValue(i, j)
		if v < 1 || v > 110 || isYear(w) || c.clockPart(i) {
			i = j
			continue
		}
		end := j
		// "fifty or so", "sixty or more".
		if c.w(j+1) == "or" && (c.w(j+2) == "so" || c.w(j+2) == "more") && c.joined(j+1) && c.joined(j+2) {
			end = j + 2
		}
		start, p := i, c.w(i-1)
		approx := c.inSet(approximatorSet, i-1) && c.joined(i)
		if approx {
			start, p = i-1, c.w(i-2)
		}
		// "when he turns seventeen": the verb says it is an age, wherever the clause goes.
		if (p == "turns" || p == "turning" || p == "turn") && c.joined(start) && j == end && !atStopWords[c.w(j+1)] {
			// The verb goes with the age: the generalizer says "is in her 60s" for it.
			out = append(out, c.emit(start-1, end, Age, "turns N", "a number after "+quoteCue(p), 0.65))
			i = end
			continue
		}
		// "A man of 70 was with us": "of 70" goes, "a man" stays.
		if p == "of" && c.joined(start) && (c.w(start-3) == "a" || c.w(start-3) == "an") && ageNouns[c.w(start-2)] &&
			c.joined(start-1) && !atStopWords[c.w(end+1)] && !ageNounsBlock[c.w(end+1)] {
			out = append(out, c.emit(start-1, end, Age, "person of N", `a number after "a man of", "a woman of"`, 0.65))
			i = end
			continue
		}
		if (p == "aged" || p == "ages" || p == "between" && c.w(start-2) == "aged") && c.joined(start) {
			// "aged 9 and 12", "ages 3, 5 and 7": ageDetector reads the first; the numbers
			// listed after it are ages too (below).
			lastApposed = end
			i = end
			continue
		}
		if !c.clauseEnds(end) {
			i = j
			continue
		}
		rule, reason := "", ""
		switch {
		// "he was about twenty-five,", "she was fifty or so and": the plain "is N" the
		// ageDetector reads; this one reads what it leaves, an approximation.
		case (p == "am" || p == "is" || p == "was" || p == "m") && c.joined(start) && (approx || end > j):
			rule, reason = "copula + about N", "an approximate number after "+quoteCue(p)+" at the end of a clause"
		case (p == "are" || p == "were") && c.joined(start) && pluralPeople[c.w(start-2)]:
			rule, reason = "people are N", "numbers after "+quoteCue(c.w(start-2)+" "+p)
			lastApposed = end // "the boys were 9 and 12": the second too
		case c.apposedAge(start):
			rule, reason = "relative, N", "a number set after a relative or a name by a comma"
			lastApposed = end
		case (p == "and" && c.joined(start) || strings.HasPrefix(c.gap(start), ",") && p != "") && lastApposed >= 0 &&
			(lastApposed == start-1 || p == "and" && lastApposed == start-2):
			// "her two sons, 12 and 9", "three children, 14, 11 and 6": the ages after the
			// first one.
			rule, reason = "relative, N and N", "a number in a list of ages set after a relative"
			lastApposed = end
		case p == "then" && c.apposedAge(start-1):
			// "My mother, then sixty-three, stayed": the age she was then.
			rule, reason = "relative, then N", "a number after \"then\" set after a relative by a comma"

		default:
			// One search for both questions: cueBefore finds the first of its cues it can.
			if cue, ok := c.questionBefore(start, howQuestions); cue == "how old" {
				rule, reason = "answer to how old", "a number standing alone after "+quoteCue(cue)
			} else if ok {
				out = append(out, c.emit(start, end, Quantity, "answer to how many", "a number standing alone after "+quoteCue(cue), 0.6))
				i = end
				continue
			}
		}
		if rule != "" {
			out = append(out, c.emit(start, end, Age, rule, reason, 0.65))
		}
		i = end
	}
	return out
}

// ordinalYearEnd returns the index of "year" when word i starts "in POSS ORDINAL year"
// ("in her thirty-fifth year", "in his 35th year"), else 0.
func (c *wordScan) ordinalYearEnd(i int) int {
	if i < 2 || !c.kinOwnerAt(i-1) || c.w(i-2) != "in" || !c.joined(i) || !c.joined(i-1) {
		return 0
	}
	for k := i; k <= i+1; k++ {
		w := c.w(k)
		if k > i && !c.joined(k) || !(strings.HasSuffix(w, "th") || strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") ||
			strings.HasSuffix(w, "rd") || w == "first" || w == "second" || w == "third") {
			if k == i {
				continue // "thirty" of "thirty-fifth"
			}
			return 0
		}
		if c.w(k+1) == "year" && c.joined(k+1) {
			return k + 1
		}
	}
	return 0
}

// howQuestions are the questions a bare number answers, the age's first.
var howQuestions = []string{"how old", "how many"}

// numberValue is firstNumber's value of the number from word i to word j, as number(i)
// read it, without the call. A number that starts with a word of digits starts with its
// first run of digits, which firstNumber reads. One of number words holds no digit (its
// gaps hold no word character), and its words are firstNumber's runs of letters: it sums
// the values of those up to the first that is no number word ("and").
func (c *wordScan) numberValue(i, j int) float64 {
	w := c.w(i)
	if n := len(w); n <= 18 && c.digitsAt(i) && (c.ws[i].end == len(c.s) || !isDigit(c.s[c.ws[i].end])) {
		v := 0
		for k := 0; k < n; k++ {
			v = v*10 + int(w[k]-'0')
		}
		return float64(v)
	}
	if c.numberWordAt(i) && j < len(c.ws) {
		total := 0.0
		for k := i; k <= j; k++ {
			if !c.numberWordAt(k) {
				if c.w(k) == "and" && c.w(k-1) == "hundred" {
					continue // "one hundred and five", as firstNumber reads it
				}
				break
			}
			total = addNumberWord(total, k > i, c.w(k), numberWordValues.get(c.t.hashes[k], c.w(k)))
		}
		return total
	}
	v, _ := firstNumber(c.s[c.ws[i].start:c.ws[j].end])
	return v
}

// numberWordValues is numberWords, probed with the words' hashes.
var numberWordValues = newWordTable(numberWords)

// decadeOf reads "sixties" or "60s" as 60; 0 when w names no decade.
func decadeOf(w string) int {
	if d, ok := decadeWords[w]; ok {
		return d
	}
	if len(w) == 3 && w[2] == 's' && isDigit(w[0]) && w[0] >= '2' && w[1] == '0' {
		return int(w[0]-'0') * 10
	}
	return 0
}

// decadeOfClass is decadeOf(w) for a word of the classes cls: a word without clsAge is
// in no decadeWords, and is read only as "60s".
func decadeOfClass(w string, cls uint32) int {
	if cls&clsAge != 0 {
		return decadeOf(w)
	}
	if len(w) == 3 && w[2] == 's' && isDigit(w[0]) && w[0] >= '2' && w[1] == '0' {
		return int(w[0]-'0') * 10
	}
	return 0
}

// decadeStart finds "in POSS [early|mid|late]" before the decade word i and returns the index
// of "in".
func (c *wordScan) decadeStart(i int) (int, bool) {
	k := i - 1
	if m := c.w(k); (m == "early" || m == "mid" || m == "late") && c.joined(i) {
		k--
	}
	if !c.kinOwnerAt(k) || !c.joined(k+1) || c.w(k-1) != "in" || !c.joined(k) {
		return 0, false
	}
	return k - 1, true
}

// clauseEnds says whether the clause ends after word j: punctuation, the end of the text,
// or a word that starts a new clause ("and", "now", "when").
func (c *wordScan) clauseEnds(j int) bool {
	if j+1 >= len(c.ws) {
		return true
	}
	// A line ends a clause too, as a dash does: a list item ("- Father, 74", "- Sister – 45
	// – Musan") or a table cell ("| 71 |").
	if g := c.s[c.ws[j].end:c.ws[j+1].start]; strings.ContainsAny(g, ".,;:!?)|–—\n") || strings.Contains(g, " - ") {
		return true
	}
	switch c.w(j + 1) {
	case "and", "now", "then", "when", "this", "but":
		return c.joined(j + 1)
	}
	return false
}

// apposedAge says whether the number at word i follows ", " after a relative ("one son,
// twelve", "the youngest, eighteen") or after a name that follows one ("one sister, Ha
// Song-mi, fourteen").
func (c *wordScan) apposedAge(i int) bool {
	// "My father (62)", "my daughter (Su-ryon, 14)": in parentheses as after a comma.
	if i < 1 {
		return false
	}
	if !strings.HasPrefix(c.gap(i), ",") && c.gap(i) != " (" {
		return c.listedAge(i)
	}
	if i < 2 {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if k < i-1 && strings.ContainsAny(c.s[c.ws[k].end:c.ws[k+1].start], ".;:!?\n") {
			return false
		}
		w := c.w(k)
		if femaleWords[w] || maleWords[w] || apposedTo[w] || pluralPeople[w] || personNouns[w] {
			return w != "she" && w != "he" && w != "her" && w != "his"
		}
		// Between the relative and the number only a name may stand ("Ha Song-mi", or in
		// Hangul, which has no capitals: "my mother, 리옥순 (72)").
		if !c.upper(k) && c.gap(k) != "-" && !(c.cls[k]&clsHangul != 0 && allHangulSyllables(w) && len(w) >= 6 && len(w) <= 12) {
			return false
		}
	}
	return false
}

// listedAge says whether the number at word i follows a relative that begins its line (or
// its own table cell), set apart by a colon, a dash or a table's bar, with at most a name
// between: a list or table of relatives ("- Mother: 71", "- Sister – 45 – Musan", "| Mother | 71 |",
// "- 어머니: 71").
func (c *wordScan) listedAge(i int) bool {
	g := strings.TrimSpace(c.gap(i))
	if g != ":" && g != "–" && g != "—" && g != "-" && g != "|" {
		return false
	}
	// "Mother: 2. 139 4433 2817": the number of an item in a list, before what it lists.
	if g := c.gap(i + 1); strings.HasPrefix(g, ".") && strings.IndexByte(g, '\n') < 0 && c.t.wordFlags[min(i+1, len(c.ws)-1)]&wordDigits != 0 {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if w := c.w(k); femaleWords[w] || maleWords[w] || hangulFigureCues[w] {
			// In a table the relative's cell may follow a name's ("| Song-i | sister | 34 |").
			return w != "she" && w != "he" && w != "her" && w != "his" && (g == "|" || c.lineFirstWord(k))
		}
		if !c.upper(k) && c.gap(k) != "-" || strings.IndexByte(c.gap(k+1), '\n') >= 0 {
			return false
		}
	}
	return false
}

// lineFirstWord says whether word i is the first word of its line (after a list bullet or
// a table's bar).
func (c *wordScan) lineFirstWord(i int) bool {
	return i == 0 || strings.IndexByte(c.gap(i), '\n') >= 0
}

// questionBefore says whether the number at word i stands alone as its clause ("Nineteen.",
// "Now, about twenty.") and a question with one of cues comes shortly before it.
func (c *wordScan) questionBefore(i int, cues []string) (string, bool) {
	if i > 0 && !strings.ContainsAny(c.gap(i), ".,;:!?\n") {
		return "", false
	}
	q := strings.LastIndexByte(c.s[:c.ws[i].start], '?')
	if q < 0 || c.ws[i].start-q > 160 {
		return "", false
	}
	return cueBefore(c.s, q, 60, cues)
}

// clockPart says whether word i is one part of a time of day or a timestamp ("12:30",
// "[00:12:03]"): digits parted from the word before or after it by a colon alone.
func (c *wordScan) clockPart(i int) bool {
	return c.gap(i) == ":" && c.digitsAt(i-1) || c.gap(i+1) == ":" && c.digitsAt(i+1)
}
