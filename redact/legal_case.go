package redact

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// legalCaseDetector finds application, case, file, plot and registration numbers, the codes
// court documents use to name a case or a piece of property. An application number
// ("no. 19124/02") identifies the applicant on its own; a plot or file number identifies a
// family's land or case. They are ID numbers.
type legalCaseDetector struct{}

func init() { register(legalCaseDetector{}) }

func (legalCaseDetector) name() string { return "legal_case" }

var (
	// slashCode is a number with one or more slash parts: "19124/02", "1996/302", "121/2/3",
	// "33/21.2.3". Court documents write dates in words, so a slashed number is a code.
	slashCode = regexp.MustCompile(`(?:^|[^\w/.,])(\d{1,6}(?:/\d{1,6})+(?:\.\d+)*)(?:[^\w/]|$)`)
	// cuedCode is "no." (or "number") after a word that says the number names a case or a
	// property, then a list of codes: "plot no. 900", "plots nos. 260, 268 and 425",
	// "registration no. D-4840", "case file no. IC 119/05".
	cuedCode = regexp.MustCompile(`(?i)\b(plots?|parcels?|sheets?|blocks?|registration|register|case|cases|file|files|docket|reference|application|applications|account|passport|licen[cs]e|identity card|ID card|house|flat|apartment|building|title deed|land register|cadastral|entry)(?: (?:file|plan|sheet))? (?:nos?\.|numbers?|№|nr\.?)\s*`)
	// codeItem is one code of such a list.
	codeItem = regexp.MustCompile(`^(?:[A-Z]{1,4}\.? )?[A-Z]{0,3}-?\d[\w./-]*`)
	// letterCode is letters then a long number: service numbers, case and file references
	// ("RA 7720413", "UA-POW-25-0417", "ВК 1120457").
	letterCode = regexp.MustCompile(`(?:^|[^\p{L}\p{N}_-])((?:\p{Lu}{1,4}[- ]?){1,3}\d{2,}(?:[-/]\d+)*)(?:[^\p{L}\p{N}_]|$)`)
	// koreanCaseNo is a Korean court case number: "2018-형-0417", "2019고단1234".
	koreanCaseNo = regexp.MustCompile(`(?:^|[^\p{N}])(\d{4}-?[가-힣]{1,3}-?\d{1,6})(?:[^\p{N}]|$)`)
	// lawReport cites a reported judgment ("NJA 2005 p. 884", "[2001] 3 WLR 206"). Where a
	// document cites the domestic judgment in the person's own case, the citation leads to
	// their name in the published report.
	lawReport = regexp.MustCompile(`\b(\d{1,3} (?:WLR|All ER|EHRR|FLR|Cr App R|QB|KB|AC|UKHL|EWCA Civ|EWCA Crim|EWHC) \d{1,5}|NJA \d{4} (?:p|s)\. ?\d{1,5}|RÅ \d{4} ref\. ?\d{1,4})\b`)
	// listSep continues a list of codes.
	listSep = regexp.MustCompile(`^(?:,\s*|\s+and\s+|\s*&\s*|,\s+and\s+)`)
)

func (legalCaseDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	s := t.Norm
	out := t.candidateRoom()
	add := func(a, b int, rule, reason string, score float64) {
		// A trailing full stop ends the sentence, not the code.
		for b > a && (s[b-1] == '.' || s[b-1] == '-' || s[b-1] == '/') {
			b--
		}
		if b <= a {
			return
		}
		oa, ob := t.Orig(a, b)
		out = append(out, Candidate{Start: oa, End: ob, Category: IDNumber, Detector: "legal_case",
			Rule: rule, Reason: reason, Score: score})
	}
	for _, m := range scanNear(t, slashCode, slashAnchors(t), 10, 24) {
		a, b := m[2], m[3]
		rule, reason, score := "slashed code", "a number with slash parts, as case, application and plot numbers are written", 0.8
		if before := strings.ToLower(lastWords(s[:a], 2)); strings.Contains(before, "no") || strings.Contains(before, "application") {
			rule, reason, score = "application or case number", `a slashed number after "no."`, 0.95
		} else if numericDateToken(s[a:b]) || calendarSlashDate(s, a, b) {
			continue // "3/4/2011", "9/1/25", "lunar 3/15": a date in an interview, left to the date detector
		} else if saidSlashDate(s, a, b) {
			// "on 3/4", "05/03 21:14": a month and a day, too short for the date detector's
			// runs of digits; a date, which a policy that generalizes dates generalizes.
			oa, ob := t.Orig(a, b)
			out = append(out, Candidate{Start: oa, End: ob, Category: Date, Detector: "legal_case",
				Rule: "numeric date", Reason: "a month and a day after a date word or before a time", Score: 0.8})
			continue
		}
		add(a, b, rule, reason, score)
	}
	for _, m := range scanNearOKFunc(t, findLetterCodes, letterCodeAnchors(t), 20, 24, twoDigitsOK, "") {
		code := s[m[2]:m[3]]
		if d := strings.IndexAny(code, "0123456789"); d > 0 && numericDateToken(code[d:]) {
			continue // "DOB 14/03/1999": a label, then a date
		}
		if digitCount(code) >= 4 && !moneyOrYear(code) {
			// "IMEI 356938035643809": the word names the number, and stays readable.
			a := m[2]
			if l, _, ok := strings.Cut(code, " "); ok && numberLabels[l] {
				a += len(l) + 1
			}
			add(a, m[3], "letters and number", "a reference number with a letter prefix", 0.85)
		}
	}
	for _, m := range scanNearIf(t, lawReport, lawReportAnchors.find(t)[0], 12, 24, hasDigit) {
		add(m[2], m[3], "law report citation", "a reported judgment, which names its parties", 0.8)
	}
	for _, m := range scanNear(t, koreanCaseNo, hangulCodeAnchors(t), 2, 24) {
		add(m[2], m[3], "Korean case number", "year, case kind and running number of a Korean court case", 0.9)
	}
	for _, m := range cuedCodeMatches(t) {
		pos := m[1]
		cue := strings.ToLower(s[m[2]:m[3]])
		for {
			c := codeItem.FindStringIndex(s[pos:])
			if c == nil {
				break
			}
			add(pos+c[0], pos+c[1], "numbered "+cue, `a number after "`+cue+` no."`, 0.9)
			pos += c[1]
			sep := listSep.FindStringIndex(s[pos:])
			if sep == nil {
				break
			}
			pos += sep[1]
		}
	}
	return dedupeCandidates(out)
}

// codeCues are the stems of the words cuedCode needs before "no.": a window without one
// cannot match, and most windows around "number" in an interview are phone numbers.
var codeCues = []string{"plot", "parcel", "sheet", "block", "regist", "case", "file", "docket", "reference",
	"application", "account", "passport", "licen", "card", "house", "flat", "apartment", "building",
	"deed", "cadastral", "entry"}

var (
	cuedCodeAt = anchored(cuedCode)
	// cuedCodeStarts are the first words of cuedCode's cues.
	cuedCodeStarts = setOfWords(`plot plots parcel parcels sheet sheets block blocks registration register
		case cases file files docket reference application applications account passport licence license
		identity id house flat apartment building title land cadastral entry`)
)

// caseCueAnchors are the words cuedCode's matches start with, found with the text's other
// anchor words (Text.lookupWords).
var caseCueAnchors = newAnchorTable(cuedCodeStarts)

// cuedCodeMatches is cuedCodeMatchesNearNumbers: cuedCode in the windows around "no.",
// "number", "nr" and "№", but tried only where a match can start, at a cue word ("plot",
// "case", "file") that "no." or the like follows within a few words. The windows' anchors
// took a walk over every word and a search for every full stop of the text; the cue words
// come with the text's other anchor words.
//
// A match holds its "no." (a window's anchor) and starts at most 20 bytes before it, so it
// lies in the anchor's window, which its cue stems let through (hasCodeCue). The window
// ends at least 12 bytes past the "no.", within its line: the pattern, run from the cue to
// the line's end, finds there what it finds in the window unless its final `\s*` runs on past
// that (more than 5 white spaces after the "numbers"), which the text is then searched the
// windows' way for.
func cuedCodeMatches(t *Text) [][]int {
	s, f := t.Norm, t.Fold
	var out [][]int
	last := 0 // where the last match ended: a match does not start inside another
	for _, c := range cuedCodeStartAnchors(t) {
		if c < last || c > 0 && isRegexpWordByte(s[c-1]) || !codeNumberSoon(f, c) {
			continue
		}
		end := min(len(s), c+64)
		if nl := strings.IndexByte(s[c:end], '\n'); nl >= 0 {
			end = c + nl
		}
		m := cuedCodeAt.FindStringSubmatchIndex(s[c:end])
		if m == nil {
			continue
		}
		shiftMatch(m, c)
		ws := m[1]
		for ws > c && isRESpace(s[ws-1]) {
			ws--
		}
		if m[1]-ws > 5 {
			return cuedCodeMatchesNearNumbers(t)
		}
		out = append(out, m)
		last = m[1]
	}
	return out
}

// cuedCodeMatchesNearNumbers runs cuedCode in windows around the words it needs after its
// cue: what cuedCodeMatches stands for.
func cuedCodeMatchesNearNumbers(t *Text) [][]int {
	hasCue := func(lo, hi int) bool { return hasCodeCue(t.Fold[lo:hi]) }
	return scanNearFunc(t, findCuedCodes, foldAnchors(t, "no.", "nos.", "number", "nr", "№"), 50, 12, hasCue)
}

// codeNumberSoon says whether a word that starts with "no", "nr", "nu" or "№" follows a
// white space within 16 bytes of the end of the run of letters at c of f: where cuedCode's
// "no.", "number", "nr" or "№" stands after a cue ("plot", "identity card", "case file").
func codeNumberSoon(f string, c int) bool {
	q := wordEnd(f, c)
	for j := q; j < min(len(f)-2, q+16); j++ {
		if f[j] != ' ' {
			continue
		}
		if f[j+1] == 'n' && (f[j+2] == 'o' || f[j+2] == 'r' || f[j+2] == 'u') || strings.HasPrefix(f[j+1:], "№") {
			return true
		}
	}
	return false
}

// cuedCodeStartAnchors returns, in order, where a cue word of cuedCode may start: the words
// of cuedCodeStarts (caseCueAnchors) and, since "\b" is ASCII, every ASCII letter right
// after a character that is not ASCII inside a word ("éplot"), which the lexicon sees only
// as part of the word.
func cuedCodeStartAnchors(t *Text) []int {
	an := caseCueAnchors.find(t)[0]
	ws, f := t.wordList(), t.Fold
	var glued []int
	flags := t.wordFlags[:len(ws)]
	for k := 0; k < len(flags); k++ {
		// Eight words at a time: most runs of words (an English text's) hold no character
		// outside ASCII, or no ASCII letter, at all.
		for k+8 <= len(flags) {
			blk := flags[k : k+8 : k+8]
			if or := blk[0] | blk[1] | blk[2] | blk[3] | blk[4] | blk[5] | blk[6] | blk[7]; or&(wordOther|wordLetters) == wordOther|wordLetters {
				break
			}
			k += 8
		}
		if k == len(flags) || flags[k]&(wordOther|wordLetters) != wordOther|wordLetters {
			continue
		}
		for i := ws[k].start + 1; i < ws[k].end; i++ {
			if f[i-1] >= utf8.RuneSelf && isASCIILetter(f[i]) {
				glued = append(glued, i)
			}
		}
	}
	if glued == nil {
		return an
	}
	return mergeAnchors(an, glued)
}

// findCuedCodes is cuedCode.FindAllStringSubmatchIndex(w, -1), the pattern tried only at
// the words its matches start with (findFromWordStarts): it has no literal prefix.
func findCuedCodes(w string) [][]int {
	return findFromWordStarts(cuedCodeAt, w, func(w string, i int) bool { return wordIn(cuedCodeStarts, w, i) })
}

func hasCodeCue(fold string) bool {
	for _, c := range codeCues {
		if strings.Contains(fold, c) {
			return true
		}
	}
	return false
}

// dedupeCandidates drops a candidate whose span and category an earlier one already has
// (two patterns of one detector finding the same span), keeping the first, which the
// detector lists in order of confidence.
func dedupeCandidates(cs []Candidate) []Candidate {
	if len(cs) < 2 {
		return cs // one candidate or none: nothing to drop, no map to make
	}
	if len(cs) <= 32 {
		// Few: comparing with the ones kept costs less than making and filling a map.
		out := cs[:0]
	next:
		for _, c := range cs {
			for k := range out {
				if o := &out[k]; o.Start == c.Start && o.End == c.End && o.Category == c.Category {
					continue next
				}
			}
			out = append(out, c)
		}
		return out
	}
	type key struct {
		s, e int
		c    Category
	}
	seen := make(map[key]bool, len(cs))
	out := cs[:0]
	for _, c := range cs {
		k := key{c.Start, c.End, c.Category}
		if !seen[k] {
			seen[k] = true
			out = append(out, c)
		}
	}
	return out
}

func digitCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

// lawReportWords are the series names of law reports, case-folded.
var (
	lawReportWords   = setOfWords("wlr er ehrr flr app qb kb ac ch ukhl ewca ewhc nja rå")
	lawReportAnchors = newAnchorTable(lawReportWords)
)

// hangulCodeAnchors returns the offset of every number followed, after an optional hyphen,
// by a Hangul syllable: where a Korean case number can start.
func hangulCodeAnchors(t *Text) []int {
	if t.isASCII() {
		return nil // no Hangul syllable: no number is followed by one
	}
	s := t.Norm
	var out []int
	for _, p := range numberAnchors(t) {
		e := p
		for e < len(s) && s[e] >= '0' && s[e] <= '9' {
			e++
		}
		if e < len(s) && s[e] == '-' {
			e++
		}
		// koreanCaseNo needs one to three syllables, then a digit (after a hyphen or not):
		// "2019년 3월" is a date, not a case number, and is not worth the regexp.
		for k := 0; k < 3; k++ {
			r, w := utf8.DecodeRuneInString(s[e:])
			if r < 0xAC00 || r > 0xD7A3 {
				break
			}
			e += w
			if d := e + boolInt(e < len(s) && s[e] == '-'); d < len(s) && s[d] >= '0' && s[d] <= '9' {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// slashAnchors returns the offset of every "/" between two digits.
func slashAnchors(t *Text) []int {
	s := t.Norm
	var out []int
	// Slashes are rare: jump from one to the next instead of testing every byte.
	for off := 1; off+1 < len(s); {
		j := strings.IndexByte(s[off:len(s)-1], '/')
		if j < 0 {
			break
		}
		i := off + j
		off = i + 1
		if s[i-1] >= '0' && s[i-1] <= '9' && s[i+1] >= '0' && s[i+1] <= '9' {
			out = append(out, i)
		}
	}
	return out
}

// letterCodeAnchors returns the offset of every number written right after an upper-case
// letter, or after one and a space or hyphen ("RA 7720413", "D-4840").
func letterCodeAnchors(t *Text) []int {
	s := t.Norm
	var out []int
	for _, p := range numberAnchors(t) {
		j := p
		if j > 0 && (s[j-1] == ' ' || s[j-1] == '-') {
			j--
		}
		if j == 0 {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:j]); unicode.IsUpper(r) {
			out = append(out, p)
		}
	}
	return out
}

var (
	// letterCodeStart is letterCode at the start of a window, where "^" may stand for the
	// byte before the capitals.
	letterCodeStart = anchored(letterCode)
	// letterCodeAfter is letterCode anywhere else: from the byte before the capitals.
	letterCodeAfter = regexp.MustCompile(`^[^\p{L}\p{N}_-]((?:\p{Lu}{1,4}[- ]?){1,3}\d{2,}(?:[-/]\d+)*)(?:[^\p{L}\p{N}_]|$)`)
)

// findLetterCodes is letterCode.FindAllStringSubmatchIndex(w, -1), the pattern tried only
// where a match can start: at the window's start, and before a capital (\p{Lu}) after a
// character that is no letter, number, "_" or "-". The unanchored search tried every
// position of the window with Unicode classes, some 30,000 instructions a window.
func findLetterCodes(w string) [][]int {
	var out [][]int
	i := 0
	if m := letterCodeStart.FindStringSubmatchIndex(w); m != nil {
		out, i = append(out, m), m[1]
	} else if len(w) > 0 {
		_, i = utf8.DecodeRuneInString(w)
	}
	for i < len(w) {
		r, n := rune(w[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(w[i:])
		}
		if i+n < len(w) && !isLetterCodeWordRune(r) && upperRuneAt(w, i+n) {
			if m := letterCodeAfter.FindStringSubmatchIndex(w[i:]); m != nil {
				shiftMatch(m, i)
				out, i = append(out, m), m[1]
				continue
			}
		}
		i += n
	}
	return out
}

// isLetterCodeWordRune says whether r is in \p{L}, \p{N}, "_" or "-": no letterCode
// match starts with it but at a window's start.
func isLetterCodeWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_' || r == '-'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// upperRuneAt says whether w has a capital (\p{Lu}) at i.
func upperRuneAt(w string, i int) bool {
	if c := w[i]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w[i:])
	return unicode.IsUpper(r)
}

// twoDigitsOK is letterCode's test: two digits at p. A match holds one anchor of
// letterCodeAnchors, where its `\d{2,}` starts; the digits after a "-" or "/" follow no
// capital.
func twoDigitsOK(t *Text, p int) bool { return p+1 < len(t.Norm) && isDigit(t.Norm[p+1]) }

// numberLabels are words in capitals that say what the number after them is ("IMEI
// 356938035643809", "ID 4471023"): a label, not a part of the code.
var numberLabels = set("IMEI", "IMSI", "MEID", "ESN", "SIM", "PIN", "ID", "NO", "NR", "TEL", "FAX", "DOB", "REF")

// saidSlashDate says whether the slashed number s[a:b] (Norm) of two parts is a month and a
// day said as a date: after "on", "since", "until", "till" or "dated" ("We crossed on 3/4"),
// or with a time of day after it ("05/03 21:14", a chat's or a bank message's stamp). A
// case or plot number has neither.
func saidSlashDate(s string, a, b int) bool {
	m, d, ok := strings.Cut(s[a:b], "/")
	if !ok || !isDay(m) || !isDay(d) || !isAllDigits(m) || !isAllDigits(d) || atoiSmall(m) > 12 && atoiSmall(d) > 12 {
		return false
	}
	switch strings.ToLower(lastWords(s[:a], 1)) {
	case "on", "since", "until", "till", "dated":
		return true
	}
	return timeOfDayAt(s, b)
}

// atoiSmall is the value of a short run of ASCII digits.
func atoiSmall(d string) int {
	n := 0
	for i := 0; i < len(d); i++ {
		n = n*10 + int(d[i]-'0')
	}
	return n
}

// moneyOrYear says whether a letters-and-number code is a sum ("EUR 4000") or a citation
// year ("ECHR 2008"), not a reference number.
func moneyOrYear(code string) bool {
	prefix := strings.TrimRight(strings.FieldsFunc(code, func(r rune) bool { return r == ' ' || r == '-' })[0], " -")
	if legalISOCurrencies[prefix] {
		return true
	}
	digits := strings.TrimLeft(code[len(prefix):], " -")
	return len(digits) == 4 && (strings.HasPrefix(digits, "19") || strings.HasPrefix(digits, "20"))
}

// lastWords returns the last n space-separated words of s (with their punctuation).
func lastWords(s string, n int) string {
	s = strings.TrimRight(s, " (")
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ' ' || s[i] == '\n' || s[i] == '(' {
			n--
			if n == 0 {
				return s[i+1:]
			}
		}
	}
	return s
}
