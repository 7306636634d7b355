package redact

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cyrYearNouns are the Russian and Ukrainian words for "year" in the singular cases a
// year in digits takes ("с 1998 года", "в 1998 году", "у 2015 році"), and their
// abbreviations ("г.", "р."), each with its language and case. The dates detector takes
// the word with the year.
var cyrYearNouns = map[string]cyrCase{
	"год": {false, caseNom}, "года": {false, caseGen}, "году": {false, casePrep}, "годом": {false, caseIns}, "г": {false, caseAbbr},
	"рік": {true, caseNom}, "року": {true, caseGen}, "році": {true, casePrep}, "роком": {true, caseIns}, "р": {true, caseAbbr},
}

// cyrCase is a language (Ukrainian or Russian) and a case of the year word.
type cyrCase struct {
	uk   bool
	gram int
}

const (
	caseNom = iota
	caseGen
	casePrep
	caseDat
	caseIns
	caseAbbr
)

// cyrDecadeForms and cyrYearForms write a decade ("1990" + "-х годов") and a year ("1998 "
// + "года") in each case, Russian then Ukrainian. The abbreviation's dot is not in the span
// (it may end the sentence too), nor in the form.
var cyrDecadeForms = [2][6]string{
	{"-е годы", "-х годов", "-х годах", "-м годам", "-ми годами", "-х гг"},
	{"-ті роки", "-х років", "-х роках", "-м рокам", "-ми роками", "-х рр"},
}
var cyrYearForms = [2][6]string{
	{"год", "года", "году", "году", "годом", "г"},
	{"рік", "року", "році", "році", "роком", "р"},
}

// cyrMonths are the months in the genitive ("12 марта", "з 5 березня") and in the
// prepositional ("в марте", "у березні"), Russian and Ukrainian: with a year after them the
// dates detector takes them with it, as it takes "12 March 1985".
var cyrMonths = func() map[string]cyrCase {
	m := map[string]cyrCase{}
	for _, l := range []struct {
		uk    bool
		gram  int
		words string
	}{
		{false, caseGen, "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"},
		{false, casePrep, "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре"},
		{true, caseGen, "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"},
		{true, casePrep, "січні лютому березні квітні травні червні липні серпні вересні жовтні листопаді грудні"},
	} {
		for _, w := range strings.Fields(l.words) {
			m[w] = cyrCase{l.uk, l.gram}
		}
	}
	return m
}()

// cyrFold writes a word as Fold has it: the Cyrillic letters that look Latin as Latin
// ("года" is "гoдa" there). The detectors read Fold.
func cyrFold(w string) string {
	_, f, _ := normalize(w, nil)
	return f
}

// foldKeys returns m keyed by the Fold form of its keys.
func foldKeys(m map[string]cyrCase) map[string]cyrCase {
	out := make(map[string]cyrCase, len(m))
	for w, c := range m {
		out[cyrFold(w)] = c
	}
	return out
}

var cyrYearNounsFold, cyrMonthsFold = foldKeys(cyrYearNouns), foldKeys(cyrMonths)

// cyrYearNounAt says whether word i is one of cyrYearNouns.
func (c wordScan) cyrYearNounAt(i int) bool {
	w := c.w(i)
	if len(w) > len("роком") {
		return false
	}
	_, ok := cyrYearNounsFold[w]
	return ok
}

// cyrDateStart returns where a Russian or Ukrainian date that ends with the year at word i
// starts: at the month before the year, or the day before the month ("12 марта 1985",
// "в марте 2004"); i when no month stands there.
func (c wordScan) cyrDateStart(i int) int {
	m := c.w(i - 1)
	if len(m) < 3 || len(m) > len("листопада") || c.gap(i) != " " {
		return i
	}
	if _, ok := cyrMonthsFold[m]; !ok {
		return i
	}
	if d := c.w(i - 2); len(d) <= 2 && isAllDigits(d) && c.gap(i-1) == " " {
		return i - 2
	}
	return i - 1
}

// cyrGenPreps take the genitive: after them a date keeps its year word's case ("с 12 марта
// 1998 года" → "с 1990-х годов").
var cyrGenPreps = set("с", "со", "до", "от", "после", "около", "з", "із", "від", "після", "біля")

// cyrYearDate generalizes a date in a Russian or Ukrainian sentence in that language, as
// koreanNumericDate does in a Korean one: "the 1990s" reads wrong between Cyrillic words
// ("с the 1990s года"). A year with its year word (the dates detector's span) becomes the
// decade in the year word's case ("с 1998 года" → "с 1990-х годов"; "к 1999 году", the
// dative after к, → "к 1990-м годам"). A day and month before the year go ("в марте 2004
// года" → "в 2000-х годах"; "родился 12 марта 1985 года" → "родился в 1980-х годах"). A date
// in digits alone between Cyrillic words ("родился 14.03.1998 в Курске") cannot be put in
// the case the sentence needs, so it is written as a label: "[1990-е]" (or "[1998 г.]" at
// level year when the span says more than its year). before and after are the text
// around the span.
func cyrYearDate(s, level, before, after string) (string, bool) {
	if s == "" || !isDigit(s[0]) && (s[0] < 0xD0 || s[0] > 0xD3) {
		return "", false // neither digits nor a Cyrillic letter first
	}
	// The words, split at spaces, on the stack: [day] [month] year [year word].
	var buf [4]string
	f := buf[:0]
	for rest := s; rest != ""; {
		w, r, _ := strings.Cut(rest, " ")
		if w != "" {
			if len(f) == len(buf) {
				return "", false
			}
			f = append(f, w)
		}
		rest = r
	}
	if len(f) == 0 {
		return "", false
	}
	var month, word cyrCase
	hasMonth, hasWord := false, false
	k := 0
	if len(f) >= 3 && len(f[0]) <= 2 && isAllDigits(f[0]) {
		k++ // the day
	}
	if k < len(f)-1 && !isDigit(f[k][0]) {
		if month, hasMonth = cyrMonthsFold[cyrFold(strings.ToLower(f[k]))]; !hasMonth {
			return "", false
		}
		k++
	}
	digits := f[k]
	for i := 0; i < len(digits); i++ {
		if c := digits[i]; !isDigit(c) && c != '.' && c != '/' && c != '-' {
			return "", false
		}
	}
	y := findYear(digits)
	if y == 0 {
		return "", false
	}
	if k+1 < len(f) {
		if word, hasWord = cyrYearNouns[strings.TrimSuffix(strings.ToLower(f[k+1]), ".")]; !hasWord {
			if word, hasWord = cyrYearNounsFold[cyrFold(strings.TrimSuffix(strings.ToLower(f[k+1]), "."))]; !hasWord {
				return "", false
			}
		}
		if k+2 < len(f) {
			return "", false
		}
	}
	if !hasMonth && !hasWord {
		if !cyrillicNear(before, after) {
			return "", false
		}
		if level != "decade" && len(digits) > 4 {
			return "[" + strconv.Itoa(y) + " г.]", true
		}
		return "[" + strconv.Itoa(y/10*10) + "-е]", true
	}
	out := word
	prefix := ""
	switch {
	case hasMonth && month.gram == casePrep:
		out = cyrCase{month.uk, casePrep} // "в марте 2004 года": the month's case, after its в
	case hasMonth && !cyrGenPreps[lastWordLower(before)]:
		// "родился 12 марта 1985 года": a day of the year, said without a preposition,
		// becomes a time within the decade.
		out, prefix = cyrCase{month.uk, casePrep}, "в "
		if hasWord && word.gram == caseAbbr {
			out.gram = caseAbbr // "12 марта 1985 г." → "в 1980-х гг."
		}
		if month.uk {
			prefix = "у "
		}
		if b := strings.TrimRight(before, " "); b == "" || strings.ContainsAny(b[len(b)-1:], ".!?\n") {
			prefix = strings.ToUpper(prefix[:2]) + prefix[2:]
		}
	case hasMonth && !hasWord:
		out = cyrCase{month.uk, caseGen}
	case out.gram == casePrep && (lastWordLower(before) == "к" || lastWordLower(before) == "ко"):
		out.gram = caseDat // "к 1999 году": the dative
	}
	lang := 0
	if out.uk {
		lang = 1
	}
	// A year alone says no more than its year: it climbs to the decade, as generalizeDate's
	// does; a day or a month goes, and the year stays at level year.
	if level == "decade" || !hasMonth && len(digits) == 4 {
		return prefix + strconv.Itoa(y/10*10) + cyrDecadeForms[lang][out.gram], true
	}
	return prefix + strconv.Itoa(y) + " " + cyrYearForms[lang][out.gram], true
}

// lastWordLower returns the last word of before, lower case.
func lastWordLower(before string) string {
	before = strings.TrimRight(before, " ")
	i := strings.LastIndexByte(before, ' ')
	return strings.ToLower(before[i+1:])
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
