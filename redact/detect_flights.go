package redact

import (
	"strings"
	"unicode/utf8"
)

// A flight's number and its date name the passengers on its list: "I arrived on flight KE
// 652 on 14 March" tells a security service which of the few escapees who flew in that day
// is speaking. Anchored on the digit words (clsDigit): an airline's two-character code and
// up to four digits, after a flight word among the three words before.

func init() { register(flightDetector{}) }

type flightDetector struct{}

func (flightDetector) name() string { return "id_number" }

// flightWords say that a code and number after them is a flight's, case-folded.
var (
	flightWordSet = setOfWords("flight flights flew 항공편 비행편 비행기편 편명 航班 航班号")
	flightWords   = newWordTable(flightWordSet)
	// flightAnchors finds them with the text's other anchor words: a text without one
	// (most) holds no flight, and its digit words need not be read.
	flightAnchors = newAnchorTable(flightWordSet)
)

func (flightDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	if len(flightAnchors.find(t)[0]) == 0 {
		return nil
	}
	var out []Candidate
	c := newWordScan(t)
	for i := c.next(0, clsDigit); i < len(c.ws); i = c.next(i+1, clsDigit) {
		if a, b, ok := c.flightAt(i); ok {
			out = append(out, t.cand(a, b, IDNumber, "flight number", "a flight's number after a flight word", 0.8))
		}
	}
	return out
}

// flightAt reads a flight number ending at digit word i: the airline's code glued to the
// digits ("KE652", "KE652를") or a word of its own before them ("KE 652"), in capitals as
// airlines write it ("at 10" is no flight). It returns its bytes in the folded text.
func (c *wordScan) flightAt(i int) (a, b int, ok bool) {
	w, first := c.w(i), i
	number := trimHangulEnding(w) // the code and digits, or the digits, without a particle
	switch d := leadingDigits(number[min(2, len(number)):]); {
	case d >= 1 && d <= 4 && 2+d == len(number) && airlineCode(c.t.Norm[c.ws[i].start:c.ws[i].start+2]):
		b = c.ws[i].start + len(number)
	case i > 0 && c.gap(i) == " " && len(number) <= 4 && leadingDigits(number) == len(number) && number != "" &&
		airlineCode(c.t.Norm[c.ws[i-1].start:c.ws[i-1].end]):
		first, b = i-1, c.ws[i].start+len(number)
	default:
		return 0, 0, false
	}
	for k := first - 1; k >= 0 && k >= first-3; k-- {
		if c.inSet(flightWords, k) {
			return c.ws[first].start, b, true
		}
		if strings.IndexByte(c.gap(k+1), '\n') >= 0 {
			break
		}
	}
	return 0, 0, false
}

// airlineCode says whether w has the shape of an airline's two-character code: two
// capitals, or a capital and a digit ("KE", "OZ", "7C").
func airlineCode(w string) bool {
	if len(w) != 2 {
		return false
	}
	return isUpperASCII(w[0]) && (isUpperASCII(w[1]) || isDigit(w[1])) || isDigit(w[0]) && isUpperASCII(w[1])
}

// trimHangulEnding returns w without the Hangul syllables it ends with (a particle glued to
// a number: "KE652를").
func trimHangulEnding(w string) string {
	for w != "" {
		r, size := utf8.DecodeLastRuneInString(w)
		if !isHangulSyllable(r) {
			break
		}
		w = w[:len(w)-size]
	}
	return w
}
