package redact

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// A fraction of a sum ("a quarter of any money", "half of the remittance") or a fee said as
// a fraction ("수수료는 절반 가까이") is the arrangement of one broker or one family, as
// telling as the sum itself; the fraction alone ("half of the village") is not.

func init() { register(fractionDetector{}) }

type fractionDetector struct{}

func (fractionDetector) name() string { return "quantity" }

var (
	// fractionOfMoney is a fraction, "of", a determiner and within a few words a word for money.
	fractionOfMoney = regexp.MustCompile(`(?i)\b((?:a|one|two|three)\s(?:half|third|quarter|fifth|tenth)s?|half)\sof\s(?:any|the|every|all|each|my|her|his|their|our|what)\b[^.!?\n;]{0,20}?\b(?:money|sum|sums|amount|remittance|remittances|payment|payments|fee|price|salary|wage|wages|earnings|profit|profits)\b`)
	// feeFraction is a Korean word for a fee and, a few characters after, a fraction.
	feeFraction = regexp.MustCompile(`(?:수수료|중개비|중개료|브로커 ?비|몫)[^.?!\n]{0,12}?(절반|[일이삼사오육칠팔구]분의 [일이삼사오육칠팔구])`)
)

// fractionOfMoney runs only around its fraction words (scanAroundIf).
var fractionAnchors = newAnchorTable(setOfWords("half third quarter fifth tenth"))

func (fractionDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	out := t.candidateRoom()
	if an := fractionAnchors.find(t)[0]; len(an) > 0 && strings.Contains(t.Fold, " of ") {
		for _, m := range scanAroundFuncIf(t, findFractionsOfMoney, an, fractionBefore, fractionAfter, fractionOfDeterminer) {
			out = append(out, t.cand(m[2], m[3], Quantity, "fraction of a sum", "a fraction of money or a fee", 0.7))
		}
	}
	// An ASCII text holds no Hangul: not searched for it.
	if !t.isASCII() && (indexByLast(t.Norm, "분의") >= 0 || indexByLast(t.Norm, "절반") >= 0) {
		for _, m := range feeFractionMatches(t) {
			out = append(out, t.cand(m[2], m[3], Quantity, "fraction of a sum", "a fraction of money or a fee", 0.7))
		}
	}
	return out
}

// fractionOfMoney's windows: bytes before and after a fraction word.
const fractionBefore, fractionAfter = 8, 120

// fractionDeterminers are the words fractionOfMoney takes after "of".
var fractionDeterminers = []string{"any", "the", "every", "all", "each", "my", "her", "his", "their", "our", "what"}

// fractionOfDeterminer is fractionOfMoney's test (anchorTest) at a fraction word: "of" and
// a determiner follow it ("half of the"), which most "half" of an interview lack ("half an
// hour", "in half"). A match's fraction word is an anchor but for one case: "\b" is
// ASCII-only, so "half" glued to a non-ASCII letter ("éhalf", "브로커가half") starts a match
// inside a word; the window is searched for that one.
func fractionOfDeterminer(t *Text, p int) bool {
	f := t.Fold
	e := p
	for e < len(f) && 'a' <= f[e] && f[e] <= 'z' {
		e++ // the fraction word, "s" and all
	}
	if ofDeterminerAt(f, e) {
		return true
	}
	lo, hi := aroundWindow(t.Norm, p, fractionBefore, fractionAfter)
	for x := lo; x < hi; x++ {
		i := strings.Index(f[x:min(len(f), hi+len("half"))], "half")
		if i < 0 {
			return false
		}
		x += i
		if x > 0 && f[x-1] >= utf8.RuneSelf && ofDeterminerAt(f, x+len("half")) {
			return true
		}
	}
	return false
}

// ofDeterminerAt says whether f holds, at e, a white space, "of", a white space and a
// determiner of fractionOfMoney.
func ofDeterminerAt(f string, e int) bool {
	return e+4 <= len(f) && isRESpace(f[e]) && f[e+1:e+3] == "of" && isRESpace(f[e+3]) &&
		hasAnyPrefix(f[e+4:], fractionDeterminers)
}

var feeFractionAt = anchored(feeFraction)

// feeFractionSpan covers the longest match of feeFraction: "브로커 비" (13 bytes), twelve
// characters of at most 4 bytes, and "X분의 Y" (13 bytes).
const feeFractionSpan = 13 + 12*4 + 13

// feeFractionMatches is feeFraction.FindAllStringSubmatchIndex(t.Norm, -1), run only where
// one of its fee words starts: the pattern has no literal prefix, and Go's regexp would
// step through the whole text.
func feeFractionMatches(t *Text) [][]int {
	var starts []int
	for _, w := range []string{"수수료", "중개비", "중개료", "브로커", "몫"} {
		eachIndex(t.Norm, w, func(i int) { starts = append(starts, i) })
	}
	slices.Sort(starts)
	return scanAt(t, feeFractionAt, starts, feeFractionSpan)
}

// fractionOfMoney begins with "\b" and a word, and has no literal prefix (it is
// case-insensitive): findFromWordStarts tries it only where "a", "one", "two", "three" or
// "half" and a white space stand, not from every byte of a window.
var (
	fractionOfMoneyAt  = anchored(fractionOfMoney)
	fractionFirstWords = setOfWords("a one two three half")
)

func findFractionsOfMoney(w string) [][]int {
	return findFromWordStarts(fractionOfMoneyAt, w, fractionStartsAt)
}

// fractionStartsAt says whether fractionOfMoney may match from i: a word of its first words
// (in any case) and a white space stand there.
func fractionStartsAt(w string, i int) bool {
	e := i
	for e < len(w) && e-i < len("three") && ('a' <= w[e]|0x20 && w[e]|0x20 <= 'z') {
		e++
	}
	if e >= len(w) || !isRESpace(w[e]) {
		return false
	}
	var low [len("three")]byte
	for k := i; k < e; k++ {
		low[k-i] = w[k] | 0x20
	}
	return fractionFirstWords[string(low[:e-i])]
}
