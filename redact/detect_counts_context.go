package redact

import "strings"

// Counts the quantityDetector's "number + noun" leaves out: vague multiples ("dozens of
// families"), counts of the wounded and the dead ("forty wounded in one night"), and the
// parts of a household count said after it ("I have three children; two are with me and one
// is still there").

func init() { register(countContextDetector{}) }

type countContextDetector struct{}

func (countContextDetector) name() string { return "quantity" }

// vagueMultiples count in dozens and hundreds.
var vagueMultiples = map[string]bool{"dozens": true, "hundreds": true, "scores": true, "thousands": true}

// casualtyWords are the adjectives that stand for people after a number.
var casualtyWords = map[string]bool{"wounded": true, "dead": true, "injured": true, "killed": true, "missing": true}

// casualtyWordSet is casualtyWords for inSet, which the detector asks of every number's next word.
var casualtyWordSet = newWordTable(casualtyWords)

// partVerbs follow a number that is part of a count just given ("two are with me").
var partVerbs = map[string]bool{"are": true, "is": true, "was": true, "were": true, "live": true, "lives": true,
	"stayed": true, "stay": true, "died": true, "came": true, "left": true, "remain": true, "remained": true}

// takenWith stand before a bare number that is part of a household count just given ("left
// with two and left one").
var takenWith = map[string]bool{"with": true, "left": true, "took": true, "brought": true, "lost": true, "leave": true, "take": true, "bring": true}

// bareNumberEnd says whether the number ending at word j stands alone: the sentence or clause
// ends after it, or "and", "behind", "there" follows, not a noun it counts.
func bareNumberEnd(c *wordScan, j int) bool {
	if j+1 >= len(c.ws) || !c.joined(j+1) || strings.Contains(c.s[c.ws[j].end:c.ws[j+1].start], ",") {
		return true
	}
	switch c.w(j + 1) {
	case "and", "or", "behind", "there", "here", "but":
		return true
	}
	return false
}

// endsSentence says whether the gap between two words holds '.', '!' or '?'. It runs for
// every word, so it tests bytes instead of calling strings.ContainsAny.
func endsSentence(gap string) bool {
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '.', '!', '?':
			return true
		}
	}
	return false
}

// sentenceEnds counts the gaps that end a sentence (endsSentence) before the words
// from .. to (from 1 on). It reads the full stops, question and exclamation marks between
// the words (a word holds none): next holds the offset of the next of each at or after an
// earlier call's start, or len(s), and calls must come in order, each from past the last.
type sentenceEnds struct {
	c    wordScan
	next [3]int
}

var sentenceMarks = [3]byte{'.', '!', '?'}

func newSentenceEnds(c wordScan) *sentenceEnds {
	e := &sentenceEnds{c: c}
	for k := range e.next {
		e.next[k] = -1
	}
	return e
}

func (e *sentenceEnds) count(from, to int) int {
	c := &e.c
	from = max(from, 1)
	if from > to {
		return 0
	}
	n := 0
	for lo, hi := c.ws[from-1].end, c.ws[to].start; lo < hi; {
		p := len(c.s)
		for k, b := range sentenceMarks {
			if e.next[k] < lo {
				if i := strings.IndexByte(c.s[lo:], b); i >= 0 {
					e.next[k] = lo + i
				} else {
					e.next[k] = len(c.s)
				}
			}
			p = min(p, e.next[k])
		}
		if p >= hi {
			break
		}
		n++
		// The gap that holds p ends where the first word after p starts.
		// The first of the words from .. to-1 that starts after p, or to: sort.Search's binary
		// search, without the closure call per step.
		k, top := from, to
		for k < top {
			if m := int(uint(k+top) >> 1); c.ws[m].start > p {
				top = m
			} else {
				k = m + 1
			}
		}
		lo, from = c.ws[k].start, k+1
	}
	return n
}

// inCountRange says whether v may count the part of a household (1 to 19).
func inCountRange(v float64) bool { return v >= 1 && v < 20 }

func (countContextDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	c := newWordScan(t)
	out := t.candidateRoom()
	lastCount := -1      // end offset of the last household count in this sentence
	recentCount := false // a household count in this sentence or the one before
	countSentence := -1  // the sentence of the last household count
	sentence := 0
	// The loop looks only at the words with a count class; the gaps before the words it
	// passes over (from, the word after the last one it looked at, to i) are read at once.
	const mask = clsDigit | clsNumberWord | clsCount
	ends := newSentenceEnds(c)
	for from, i := 0, c.next(0, mask); i < len(c.ws); from, i = i+1, c.next(i+1, mask) {
		// Sentences matter only after a household count: before one, and two sentences past
		// one, lastCount is -1 and recentCount false whatever the count, so the gaps are not
		// read (sentenceEnds allows skipping ahead).
		if countSentence >= 0 {
			if k := ends.count(from, i); k > 0 {
				lastCount = -1
				sentence += k
			}
			if sentence-countSentence > 1 {
				countSentence = -1
			}
		}
		recentCount = countSentence >= 0 && sentence-countSentence <= 1
		w := c.w(i)
		// vagueMultiples[w], read from the word's class (the lexicon gives clsCount to its words).
		if c.cls[i]&clsCount != 0 && c.w(i+1) == "of" && c.inSet(householdNounSet, i+2) && c.joined(i+1) && c.joined(i+2) {
			out = append(out, c.emit(i, i+2, Quantity, "multiple of N", "a multiple of "+quoteCue(c.w(i+2)), 0.65))
			i += 2
			continue
		}
		j, ok := c.number(i)
		if !ok {
			continue
		}
		// The number's value is read only for the cases that test it, after their cheaper tests.
		value := func() float64 { return c.numberValue(i, j) }
		n := c.w(j + 1)
		switch {
		case c.inSet(casualtyWordSet, j+1) && c.joined(j+1) && value() >= 1 && !isYear(w):
			out = append(out, c.emit(i, j+1, Quantity, "N wounded", "a count of "+quoteCue(n), 0.65))
			i = j + 1
		case c.inSet(householdNounSet, j+1) && c.joined(j+1):
			lastCount = j + 1
			countSentence = sentence
			i = j + 1
		case recentCount && takenWith[c.w(i-1)] && c.joined(i) && j == i && inCountRange(value()) && bareNumberEnd(&c, j):
			out = append(out, c.emit(i, j, Quantity, "part of a count", "a bare number after a verb of leaving or taking, next to a household count", 0.6))
			i = j
		case lastCount >= 0 && partVerbs[n] && c.joined(j+1) && j == i && inCountRange(value()):
			out = append(out, c.emit(i, j, Quantity, "part of a count", "a number after a household count in the same sentence", 0.6))
			i = j
		default:
			i = j
		}
	}
	return out
}

// onlyNumberWords says whether key is a number in words and nothing more ("two", "seventy
// three", "about twenty", "셋"): found as an age or a count in one place, it says nothing
// wherever else it stands ("in one night"), so it is not spread to the rest of the text.
func onlyNumberWords(key string) bool {
	num := false
	var buf [8]string // on the stack: most keys have a few words
	for _, w := range appendFields(buf[:0], key) {
		switch {
		case isNumberWord(w) || koreanNumeral(w):
			num = true
		case functionWords[w] || approximators[w]:
		default:
			return false
		}
	}
	return num
}
