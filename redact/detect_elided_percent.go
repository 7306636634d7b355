package redact

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A share said once with its unit and then again without it: "she received eighty percent;
// now sixty", "first 30 per cent, later 50." The second number is the same kind of figure
// as the first and identifies as much, so it is a quantity like the first.

func init() { register(elidedPercentDetector{}) }

type elidedPercentDetector struct{}

func (elidedPercentDetector) name() string { return "quantity" }

// elidedPercent is a percentage, then within the sentence a comma or semicolon, an optional
// connective, and a bare number that ends its clause.
var elidedPercent = regexp.MustCompile(`(?i)\b(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s(?:percent|per cent)\b[^.!?\n]{0,30}?[;,]\s(?:and\s|but\s)?(?:now\s|then\s|later\s|today\s|since\s)?(?:only\s|just\s|about\s|barely\s)?(\d{1,3}|[a-z]+(?:-[a-z]+)?)[.;!?]`)

// elidedPercent runs only around "percent" and "per" (scanAroundIf).
var percentAnchors = newAnchorTable(setOfWords("percent per"))

func (elidedPercentDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	// A text without the anchors has no match. A text with one holds "per": no search of the
	// whole text for it.
	an := percentAnchors.find(t)[0]
	if len(an) == 0 {
		return nil
	}
	out := t.candidateRoom()
	for _, m := range scanAroundFuncIf(t, findElidedPercents, an, percentBefore, percentAfter, percentThenBreak) {
		w := strings.ToLower(t.Norm[m[2]:m[3]])
		if w[0] < '0' || w[0] > '9' {
			if !isNumberWord(w) || w == "one" {
				continue
			}
		}
		out = append(out, t.cand(m[2], m[3], Quantity, "elided percent", "a number after a percentage, its unit left out", 0.7))
	}
	return out
}

// elidedPercent's windows: bytes before and after "percent" or "per".
const percentBefore, percentAfter = 24, 120

// percentThenBreak is elidedPercent's test (anchorTest) at "percent" or "per": "percent" or
// "per cent" there, then within thirty characters of the sentence a comma or semicolon and
// a white space, which most anchors lack ("per day", "fifty percent of them."). A match's
// "percent" is an anchor but for one case: "\b" is ASCII-only, so "percent" glued to a
// non-ASCII letter ("percent야") may end it inside a word; the window is searched for that
// one.
func percentThenBreak(t *Text, p int) bool {
	f := t.Fold
	if e := percentEnd(f, p); e >= 0 && breakWithin(f, e) {
		return true
	}
	lo, hi := aroundWindow(t.Norm, p, percentBefore, percentAfter)
	for x := lo; x < hi; x++ {
		i := strings.Index(f[x:min(len(f), hi+len("percent"))], "percent")
		if i < 0 {
			return false
		}
		x += i
		if e := x + len("percent"); e < len(f) && f[e] >= utf8.RuneSelf && breakWithin(f, e) {
			return true
		}
	}
	return false
}

// percentEnd returns the end of "percent" or "per cent" at p, or -1.
func percentEnd(f string, p int) int {
	switch {
	case strings.HasPrefix(f[p:], "percent"):
		return p + len("percent")
	case strings.HasPrefix(f[p:], "per") && p+3 < len(f) && isRESpace(f[p+3]) && strings.HasPrefix(f[p+4:], "cent"):
		return p + len("per cent")
	}
	return -1
}

// breakWithin says whether, from e, at most thirty characters none of which ends a sentence
// come before a comma or semicolon and a white space: elidedPercent's "[^.!?\n]{0,30}?[;,]\s".
func breakWithin(f string, e int) bool {
	for k := 0; k <= 30 && e < len(f); k++ {
		switch f[e] {
		case ',', ';':
			if e+1 < len(f) && isRESpace(f[e+1]) {
				return true
			}
		case '.', '!', '?', '\n':
			return false
		}
		_, n := utf8.DecodeRuneInString(f[e:])
		e += n
	}
	return false
}

// elidedPercent begins with "\b" and a number, and has no literal prefix (it is
// case-insensitive): findFromWordStarts tries it only at the word starts a "percent" or
// "per cent" follows, not from every byte of a window.
var elidedPercentAt = anchored(elidedPercent)

func findElidedPercents(w string) [][]int {
	return findFromWordStarts(elidedPercentAt, w, percentFollows)
}

// percentFollows says whether elidedPercent may match from i: its number or number word
// ends where the run from i of ASCII word characters, hyphens and any non-ASCII (all that
// the number can hold, and no white space) ends, and a white space and "percent" or
// "per cent" follow it.
func percentFollows(w string, i int) bool {
	e := i
	for e < len(w) && (isRegexpWordByte(w[e]) || w[e] == '-' || w[e] >= utf8.RuneSelf) {
		e++
	}
	if e >= len(w) || !isRESpace(w[e]) {
		return false
	}
	rest := w[e+1:]
	return hasPrefixASCIIFold(rest, "percent") || hasPrefixASCIIFold(rest, "per cent")
}

// hasPrefixASCIIFold says whether s starts with lower, a lower-case ASCII word, in any case.
func hasPrefixASCIIFold(s, lower string) bool {
	if len(s) < len(lower) {
		return false
	}
	for k := 0; k < len(lower); k++ {
		if c := s[k]; c != lower[k] && c|0x20 != lower[k] {
			return false
		}
	}
	return true
}
