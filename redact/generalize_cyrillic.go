package redact

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cyrYearNouns are the Russian and Ukrainian words for "year" in the singular cases a
// year in digits takes ("с 1998 года", "в 1998 году", "у 2015 році"), and their
// abbreviations ("г.", "р."), each with the decade in the plural of the same case, its
// suffix written after the decade's digits: "с 1998 года" → "с 1990-х годов", "в 1998
// году" → "в 1990-х годах". The dates detector takes the word with the year.
var cyrYearNouns = map[string]string{
	"год": "-е годы", "года": "-х годов", "году": "-х годах", "годом": "-ми годами", "г": "-х гг.",
	"рік": "-ті роки", "року": "-х років", "році": "-х роках", "роком": "-ми роками", "р": "-х рр.",
}

// cyrYearNounsFold holds cyrYearNouns by their Fold form, which writes the Cyrillic letters
// that look Latin as Latin ("года" is "гoдa" there): the dates detector reads Fold, and
// cyrYearDate a span folded so.
var cyrYearNounsFold = func() map[string]string {
	m := map[string]string{}
	for w, suffix := range cyrYearNouns {
		_, f, _ := normalize(w, nil)
		m[f] = suffix
	}
	return m
}()

// cyrYearNounAt says whether word i is one of cyrYearNouns.
func (c wordScan) cyrYearNounAt(i int) bool {
	w := c.w(i)
	if len(w) > len("роком") {
		return false
	}
	_, ok := cyrYearNounsFold[w]
	return ok
}

// cyrYearDate generalizes a date in a Russian or Ukrainian sentence in that language, as
// koreanNumericDate does in a Korean one: "the 1990s" reads wrong between Cyrillic words
// ("с the 1990s года"). A year with its year word (the dates detector's span) becomes the
// decade in the year word's case ("с 1998 года" → "с 1990-х годов"; "к 1999 году", the
// dative after к, → "к 1990-м годам"). A date in digits alone between Cyrillic words
// ("родился 14.03.1998 в Курске") cannot be put in the case the sentence needs, so it is
// written as a label: "[1990-е]" (or "[1998 г.]" at level year when the span says more than
// its year). before and after are the text around the span.
func cyrYearDate(s, level, before, after string) (string, bool) {
	digits, word, _ := strings.Cut(s, " ")
	word = strings.TrimSuffix(strings.ToLower(word), ".")
	for i := 0; i < len(digits); i++ {
		if c := digits[i]; !isDigit(c) && c != '.' && c != '/' && c != '-' {
			return "", false
		}
	}
	y := findYear(digits)
	if y == 0 {
		return "", false
	}
	decade := strconv.Itoa(y / 10 * 10)
	if word != "" {
		_, f, _ := normalize(word, nil)
		if suffix, ok := cyrYearNounsFold[f]; ok {
			if suffix == cyrYearNouns["году"] && cyrDativePrep(before) {
				suffix = "-м годам"
			}
			return decade + suffix, true
		}
	}
	if word != "" || !cyrillicNear(before, after) {
		return "", false
	}
	if level != "decade" && (len(digits) > 4 || strings.Contains(s, " ")) {
		return "[" + strconv.Itoa(y) + " г.]", true
	}
	return "[" + decade + "-е]", true
}

// cyrDativePrep says whether before ends with a preposition that takes the dative ("к",
// "ко": "к 1999 году", by 1999), after which году is dative, not prepositional.
func cyrDativePrep(before string) bool {
	before = strings.TrimRight(before, " ")
	i := strings.LastIndexByte(before, ' ')
	w := strings.ToLower(before[i+1:])
	return w == "к" || w == "ко"
}

// cyrillicNear says whether the nearest letter before the span or the nearest after it is
// Cyrillic: the span stands in a Russian or Ukrainian sentence.
func cyrillicNear(before, after string) bool {
	for b := before; b != ""; {
		r, n := utf8.DecodeLastRuneInString(b)
		if unicode.IsLetter(r) {
			return isCyr(r)
		}
		b = b[:len(b)-n]
	}
	for _, r := range after {
		if unicode.IsLetter(r) {
			return isCyr(r)
		}
	}
	return false
}
