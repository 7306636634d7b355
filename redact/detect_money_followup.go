package redact

import "strings"

func init() { register(followupSumDetector{}) }

// followupSumDetector finds a sum written without its currency after one written with it:
// "he paid 3,000 yuan to the broker, and later another 2,000 for the car". The second sum
// is as telling as the first (together they are the family's whole payment), and the
// money detector, which needs a currency word or symbol, left it readable. A bare number
// counts only when all of these hold:
//   - a money word says it is paid, given or owed ("another", "paid", "sent", "cost",
//     "for" ...), directly before it or before a pronoun before it ("paid him 500");
//   - nothing makes it a count: the clause ends after it, or a function word follows
//     ("for", "to", "more", "each"), never a noun ("another 2,000 people");
//   - a sum with its currency stands in the 400 bytes before it;
//   - it is 100 or more and no year ("paid in 2019" has no money word before the number).
type followupSumDetector struct{}

func (followupSumDetector) name() string { return "money" }

// followupSumCues are the words said right before a sum: paying, giving, owing, costing.
var followupSumCues = newWordTable(setOfWords("another paid pay pays paying gave give gives giving " +
	"cost costs charged charge charges sent send sends owed owe owes borrowed borrow lent lend " +
	"earned earn earns received spent spend saved demanded demand demands handed transferred wired " +
	"remitted extra additional for"))

// followupSumObjects are the words between a cue and its sum: "paid him 500", "gave them 200".
var followupSumObjects = newWordTable(setOfWords("him her them me us you it"))

// followupSumAfter are the words that may follow such a sum: none of them is a thing counted.
var followupSumAfter = newWordTable(setOfWords("for to in on at and but each apiece more back " +
	"later then per every as from with so because when before after or a if"))

func (followupSumDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	c := newWordScan(t)
	out := t.candidateRoom()
	fl := t.wordFlags[:len(c.ws)]
	for i := c.next(0, clsDigit); i < len(c.ws); i = c.next(i+1, clsDigit) {
		if fl[i] != wordDigits || i == 0 {
			continue
		}
		cue := i - 1
		if c.inSet(followupSumObjects, cue) {
			cue--
		}
		if !c.inSet(followupSumCues, cue) || !isSpaceGap(c.gap(i)) || !isSpaceGap(c.gap(cue+1)) {
			continue
		}
		if i >= 2 && fl[i-1] == wordDigits {
			continue // inside a number read from its start
		}
		j, _ := c.number(i)
		end := c.groupedEnd(j)
		v, ok := parseAmount(c.s[c.ws[i].start:end])
		if !ok || v < 100 || end-c.ws[i].start == 4 && v >= 1900 && v <= 2099 {
			i = j
			continue
		}
		if !c.clauseEndsOrFunctionWord(j) || !sumBefore(c.s, c.ws[i].start) {
			i = j
			continue
		}
		out = append(out, t.cand(c.ws[i].start, end, Money, "sum after a sum",
			"a bare number paid or given after a sum with its currency", 0.6))
		i = j
	}
	return out
}

// clauseEndsOrFunctionWord says whether the number ending with word j is followed by the
// end of the text or of a clause, or by a word of followupSumAfter.
func (c *wordScan) clauseEndsOrFunctionWord(j int) bool {
	if j+1 >= len(c.ws) {
		return true
	}
	g := c.gap(j + 1)
	if strings.ContainsAny(g, ",.;:!?)]\n") {
		return true
	}
	return isSpaceGap(g) && c.inSet(followupSumAfter, j+1)
}

// sumBefore says whether a sum with its currency word or symbol is written in the 400 bytes
// of fold before at: a currency word of currencyWords (or 원, 위안) after a digit, or a
// money symbol.
func sumBefore(fold string, at int) bool {
	from := max(0, at-400)
	for from > 0 && fold[from]&0xc0 == 0x80 {
		from++ // start on a character
	}
	win := fold[from:at]
	if indexDigit(win) < 0 {
		return false
	}
	if strings.ContainsAny(win, moneySymbols) || strings.Contains(win, "원") || strings.Contains(win, "위안") {
		return true
	}
	sawDigit := false
	for i := 0; i < len(win); {
		w, end := fieldRun(win, i, true)
		if w == "" {
			break
		}
		i = end
		if isDigit(w[0]) {
			sawDigit = true
			continue
		}
		if sawDigit && currencyWord(w) != "" {
			return true
		}
	}
	return false
}
