package redact

import (
	"strings"
	"unicode/utf8"
)

// ID, account, card, case and application numbers. Checksums decide where they exist
// (Luhn for payment cards, the Korean resident registration number, the Chinese resident
// identity number); elsewhere a cue word ("passport", "account", "case no.") does.

func init() { register(idDetector{}) }

type idDetector struct{}

func (idDetector) name() string { return "id_number" }

var idCues = []string{"passport", "id", "identity", "identification", "account", "acct", "card", "case",
	"application", "applications", "file", "reference", "ref", "registration", "certificate", "serial",
	"licence", "license", "permit", "visa", "membership", "number", "no", "nos", "iban", "swift",
	"policy", "ticket", "claim", "docket", "complaint", "petition", "record", "rrn", "resident",
	"주민등록번호", "여권", "계좌", "번호", "身份证", "账号", "护照",
	// North Korean papers and the numbers a file is kept under: the citizen's card, the
	// party card, the travel pass, the ration card; a case, a prison, an asylum claim.
	"공민증", "당증", "증명서", "배급표", "신분증", "등록증", "통장",
	// a soldier's service number, which the army's and the prisoners-of-war's registers
	// hold against the name, and the dog tag it is stamped on
	"군번", "tag"}

// koreanIDCues are the cues of idCues (by index) written in Hangul or Han. A Korean
// particle or a second noun glues to them ("번호는", "공민증번호:", "사건번호가"), and Chinese
// has no spaces: they are found inside the words before a number, not as whole words.
var koreanIDCues = func() (ks []int) {
	for k, c := range idCues {
		if c[0] >= utf8.RuneSelf {
			ks = append(ks, k)
		}
	}
	return ks
}()

// koreanIDCueBefore is idCueSet.beforeIndex for the cues in Hangul or Han, found inside
// words: the first such cue of idCues in the window bytes before o, on the same line and in
// the same sentence.
func koreanIDCueBefore(fold string, o, window int) (int, bool) {
	from := max(0, o-window)
	for from > 0 && !utf8.RuneStart(fold[from]) {
		from--
	}
	seg := fold[from:o]
	if !hasNonASCII(seg) {
		return -1, false
	}
	if i := strings.LastIndexAny(seg, "\n.!?。"); i >= 0 {
		seg = seg[i+1:]
	}
	for _, k := range koreanIDCues {
		if strings.Contains(seg, idCues[k]) {
			return k, true
		}
	}
	return -1, false
}

// idCueSet is idCues for cueSet.before.
var idCueSet = newCueSet(idCues)

// cueSet is a list of cues for cueBefore, whose cues of word bytes only (isASCIIWordByte:
// "passport", "번호") are also held in a table by their hash.
type cueSet struct {
	list  []string
	rank  *wordTable[int] // a cue of word bytes only: 1 + its first index in list
	other []int           // the indexes of the other cues ("code word"), in order
}

func newCueSet(list []string) *cueSet {
	cw := &cueSet{list: list}
	rank := map[string]int{}
	for k, c := range list {
		if c == "" {
			panic("redact: an empty cue")
		}
		if !wordBytesOnly(c) {
			cw.other = append(cw.other, k)
		} else if rank[c] == 0 {
			rank[c] = k + 1
		}
	}
	cw.rank = newWordTable(rank)
	return cw
}

// before is cueBefore(fold, o, window, cw.list): the first cue of the list found as a whole
// word in the window before o. A cue of word bytes only is found exactly where a whole run of
// word bytes in the window (from a start of cueBefore's: the window's first byte, or one after
// a byte that is no word byte) equals it; so the window's runs are hashed and looked up once,
// where cueBefore compares every cue with every start. The other cues, before the first
// found so, are looked for one by one.
func (cw *cueSet) before(fold string, o, window int) (string, bool) {
	if k, ok := cw.beforeIndex(fold, o, window); ok {
		return cw.list[k], true
	}
	return "", false
}

// beforeIndex is before that gives the cue's index in cw.list.
func (cw *cueSet) beforeIndex(fold string, o, window int) (int, bool) {
	from := max(0, o-window)
	for from > 0 && !utf8.RuneStart(fold[from]) {
		from--
	}
	seg := fold[from:o]
	best := len(cw.list) // the index of the first cue found so far
	for i := 0; i < len(seg); {
		if !isASCIIWordByte(seg[i]) {
			i++
			continue
		}
		h, j := phraseHashSeed, i
		for ; j < len(seg) && isASCIIWordByte(seg[j]); j++ {
			h = (h ^ uint32(seg[j])) * 16777619 // phraseHash
		}
		if cw.rank.mayHold(h) {
			if r := cw.rank.get(h, seg[i:j]); r > 0 && r-1 < best {
				best = r - 1
			}
		}
		i = j
	}
	for _, k := range cw.other {
		if k > best {
			break
		}
		// cueBefore finds such a cue when lastWordIndex does: an occurrence lastWordIndex
		// finds stands at one of cueBefore's starts, with the boundary after it that it asks.
		if c := cw.list[k]; lastWordIndex(seg, c) >= 0 {
			return k, true
		}
	}
	if best == len(cw.list) {
		return -1, false
	}
	return best, true
}

// idCueLabels are the rule and reasons the ID detector gives after each of idCues (by
// index), made once rather than for every match.
var idCueLabels = func() (l struct{ numberRule, numberReason, codeReason []string }) {
	for _, c := range idCues {
		l.numberRule = append(l.numberRule, "number after "+c)
		l.numberReason = append(l.numberReason, "context word "+quoteCue(c))
		l.codeReason = append(l.codeReason, "code after context word "+quoteCue(c))
	}
	return l
}()

func (idDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	out := t.candidateRoom()
	s := t.Fold
	for _, r := range textNumberRuns(t, 5) {
		n := len(r.digits)
		// The cue is in the number's sentence: "My passport number was 2019-0347.\n주체87(1998)년"
		// gives the year no cue.
		cue, hasCue := idCueSet.beforeIndex(s, r.start, sentenceWindow(s, r.start, 30))
		if !hasCue {
			cue, hasCue = koreanIDCueBefore(s, r.start, 40)
		}
		switch {
		case n == 13 && len(r.groups) == 2 && r.groups[0] == 6 && validRRNDate(r.digits):
			if rrnChecksum(r.digits) {
				out = append(out, t.cand(r.start, r.end, IDNumber, "Korean resident registration number", "YYMMDD-NNNNNNN with a valid check digit", 0.98))
			} else {
				out = append(out, t.cand(r.start, r.end, IDNumber, "Korean resident registration number", "YYMMDD-NNNNNNN with a valid birth date", 0.85))
			}
			continue
		case n == 18 && chineseIDChecksum(r.digits, false) ||
			n == 17 && r.end < len(s) && s[r.end] == 'x' && chineseIDChecksum(r.digits, true):
			end := r.end
			if n == 17 {
				end++
			}
			out = append(out, t.cand(r.start, end, IDNumber, "Chinese resident identity number", "18 characters with a valid ISO 7064 check digit", 0.98))
			continue
		case n >= 13 && n <= 19 && luhn(r.digits) && !r.plus:
			out = append(out, t.cand(r.start, r.end, IDNumber, "payment card (Luhn)", "13–19 digits with a valid Luhn check digit", 0.95))
			continue
		}
		switch {
		case hasCue:
			out = append(out, t.cand(r.start, r.end, IDNumber, idCueLabels.numberRule[cue], idCueLabels.numberReason[cue], 0.85))
		case n >= 9 && len(r.groups) >= 3 && strings.Trim(r.seps, "-") == "" && hasLongGroup(r) && bankBefore(s, r.start):
			out = append(out, t.cand(r.start, r.end, IDNumber, "bank account number", "grouped digits after a bank's name", 0.85))
		case n >= 13 && !r.plus && runOfDates(s, r):
			// Dates in a row, each of which the date detector takes.
		case n >= 13 && !r.plus:
			out = append(out, t.cand(r.start, r.end, IDNumber, "long digit run", "13 or more digits: too long for a phone number", 0.6))
		case n >= 8 && strings.Contains(r.seps, "/") && !looksLikeDate(r) && !dateBeforeTimeOK(s, r):
			// "36244/06": application and case numbers of courts and agencies.
			out = append(out, t.cand(r.start, r.end, IDNumber, "NNNN/YY reference", "digits with a slash, not a date", 0.6))
		}
	}
	out = partialNumbers(t, out)
	// Codes mixing letters and digits: "E12345678", "M1234567", "KP-2019-0345".
	c := newWordScan(t)
	ws := c.ws
	flags := t.wordFlags[:len(ws)]
	for i := c.nextDigitWithin(0, 4); i < len(ws); i = c.nextDigitWithin(i+1, 4) {
		a := ws[i].start
		j := i
		// The words' flags (wordDigits, wordLetters: their ASCII digits and letters, which
		// countChars counts) turn away a run without both before its characters are counted:
		// most words visited are plain words near a number.
		var kinds uint32
		for {
			kinds |= flags[j]
			if j+1 < len(ws) && ws[j+1].start-ws[j].end == 1 && strings.ContainsRune("-/.", rune(s[ws[j].end])) {
				j++
				continue
			}
			break
		}
		first := i
		i = j
		if kinds&(wordDigits|wordLetters) != wordDigits|wordLetters {
			continue
		}
		b := ws[j].end
		if k := hangulEndingAt(s, ws[j].start, b); k < b {
			b = k // "M12345678이었어요": the code ends where the ending starts
		}
		digits, letters := 0, 0
		for k := first; k <= j; k++ {
			countChars(s[ws[k].start:ws[k].end], &digits, &letters)
		}
		if digits < 4 || letters == 0 || b-a < 6 || !isBoundaryBefore(s, a) || a > 0 && s[a-1] == '@' {
			continue
		}
		tok := s[a:b]
		if inCandidates(out, t, a) {
			continue // already read as a checksummed number
		}
		cue, hasCue := idCueSet.beforeIndex(s, a, 30)
		if !hasCue {
			cue, hasCue = koreanIDCueBefore(s, a, 40)
		}
		// Without a cue a code is short on letters ("E12345678", "KP-2019-0345"); after
		// "account" or "ID" it may be a user name with digits ("hyesun.chu.1979").
		if hangulOrCJK(tok) || !hasCue && (letters > 4 || strings.Count(tok, "-") == 0 && !startsWithLetters(tok)) {
			continue
		}
		if !hasCue && len(tok) > 5 && isYearDigits(tok[:4]) && tok[4] == '-' && letters == len(tok)-5 {
			continue // "1998-born": a year and a word (bornYearDetector), no code
		}
		score, reason := 0.6, "letters and at least 4 digits in one code"
		if hasCue {
			score, reason = 0.9, idCueLabels.codeReason[cue]
		}
		out = append(out, t.cand(a, b, IDNumber, "alphanumeric code", reason, score))
	}
	return out
}

// bankWords name a bank: before digits in three or more groups parted by hyphens
// ("국민은행 123-45-6789-012", "Shinhan 110-234-567890") they make them an account number.
// The words "bank" and "은행" may have a name glued to them ("국민은행", "中国银行").
var (
	bankWords    = newCueSet([]string{"bank", "banks", "shinhan", "woori", "kookmin", "nonghyup", "ibk", "kb", "icbc", "hsbc", "citibank"})
	bankWordsHan = []string{"은행", "银行", "계좌", "账户", "卡号"}
)

// bankBefore says whether a bank's name stands in the 30 bytes before o, in the same
// sentence and on the same line.
func bankBefore(fold string, o int) bool {
	from := max(0, o-30)
	for from > 0 && !utf8.RuneStart(fold[from]) {
		from--
	}
	if i := strings.LastIndexAny(fold[from:o], "\n.!?。"); i >= 0 {
		from += i + 1
	}
	if _, ok := bankWords.before(fold, o, o-from); ok {
		return true
	}
	return hasNonASCII(fold[from:o]) && containsAnyOf(fold[from:o], bankWordsHan)
}

// hasLongGroup says whether a run has a group of four digits or more: an account number
// has one ("110-234-567890"), a list of round numbers has not ("100-200-300").
func hasLongGroup(r numberRun) bool {
	for _, g := range r.groups {
		if g >= 4 {
			return true
		}
	}
	return false
}

// hangulEndingAt returns where a Korean ending or particle glued to the ASCII word at
// s[a:b] starts ("m12345678이었어요", "0347이에요"), or b if none is.
func hangulEndingAt(s string, a, b int) int {
	for k := a; k < b; k++ {
		if s[k] >= utf8.RuneSelf {
			if k > a && syllableAt(s, k) {
				return k
			}
			return b
		}
	}
	return b
}

func countChars(s string, digits, letters *int) {
	for i := 0; i < len(s); i++ {
		switch {
		case isDigit(s[i]):
			*digits++
		case s[i] >= 'a' && s[i] <= 'z':
			*letters++
		}
	}
}

func startsWithLetters(s string) bool {
	return len(s) > 0 && s[0] >= 'a' && s[0] <= 'z'
}

func hangulOrCJK(s string) bool {
	if isASCII(s) {
		return false // most codes: no rune to decode
	}
	for _, r := range s {
		if r >= 0x1100 {
			return true
		}
	}
	return false
}

// luhn is the payment card check digit.
func luhn(d string) bool {
	sum := 0
	double := false
	for i := len(d) - 1; i >= 0; i-- {
		v := int(d[i] - '0')
		if double {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
		double = !double
	}
	return sum%10 == 0
}

// validRRNDate checks the YYMMDD and gender digit of a Korean resident registration number.
func validRRNDate(d string) bool {
	mm := int(d[2]-'0')*10 + int(d[3]-'0')
	dd := int(d[4]-'0')*10 + int(d[5]-'0')
	g := d[6]
	return mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31 && g >= '1' && g <= '8'
}

// rrnChecksum is the check digit of RRNs issued before October 2020.
func rrnChecksum(d string) bool {
	w := []int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}
	sum := 0
	for i, x := range w {
		sum += int(d[i]-'0') * x
	}
	return (11-sum%11)%10 == int(d[12]-'0')
}

// chineseIDChecksum checks an 18-character resident identity number (ISO 7064 MOD 11-2);
// with x, the 17 digits are followed by the check character X.
func chineseIDChecksum(d string, x bool) bool {
	if len(d) < 17 || len(d) == 18 && x {
		return false
	}
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, f := range w {
		sum += int(d[i]-'0') * f
	}
	check := "10x98765432"[sum%11]
	if x {
		return check == 'x'
	}
	return len(d) == 18 && check == d[17]
}

// partialNumberCues say that the digits after them are the end of a phone, card or account
// number: "his card ended in 4472", "the last four digits of his number were 2211",
// "끝자리는 3344". A bank or phone company finds the person from them and a little more. Each
// is found from its anchor: the words "ended", "ending" and "ends" (endAnchors), a scan of
// the text for "digits" and one for "끝"; the cues after "end" need a number noun before
// them ("the war ended in 1953" is a year).
var (
	endCues = []string{"ed in ", "ing in ", "s in ", "s with ", "ed with "}
	// endAnchors are the words "end" and endCues make: each cue ends with a space.
	endAnchors = newAnchorTable(setOfWords("ended ending ends"), setOfWords("dial dialled dialed dialling dialing"))
	digitsCues = []string{"last four ", "last 4 ", "last two ", "last ", "first four ", "first 4 ", "first three ",
		"first 3 ", "first ", "middle four ", "middle 4 ", "middle three ", "middle 3 ", "middle "}
	koreanEnds = []string{"자리", "번호"}
)

// numberNouns, before "ended in", say what ended so.
var numberNouns = []string{"number", "card", "phone", "account", "digits", "mobile", "번호", "카드", "전화", "계좌"}

// partialNumberCategory is the category of some digits of a number at p: a card's,
// an account's or a passport's are an ID number's, and any other number's after a phone cue
// ("My son's number ended in 3391") a phone number's.
func partialNumberCategory(s string, p int) Category {
	before := s[max(0, p-60):p]
	if dot := strings.LastIndexAny(before, ".!?\n"); dot >= 0 {
		before = before[dot+1:] // the same sentence
	}
	if containsAnyOf(before, idPieceNouns) {
		return IDNumber
	}
	if _, ok := phoneCueSet.before(s, p, 60); ok {
		return Phone
	}
	return IDNumber
}

// idPieceNouns are the numbers whose digits partialNumbers reads that are no phone's.
var idPieceNouns = []string{"card", "account", "passport", "카드", "계좌", "여권"}

// dialledPieces reads a phone number said in pieces after the dialling word that starts at
// w: "Dial 010, then 4827, then 3391". Groups of two to five digits joined by commas,
// "then" or "and", at least two of them and seven digits in all (a phone number's length),
// are each a piece of the number.
func dialledPieces(t *Text, w int, out []Candidate) []Candidate {
	s := t.Fold
	p := w
	for p < len(s) && s[p] >= 'a' && s[p] <= 'z' {
		p++
	}
	var pieces [][2]int
	digits := 0
	for len(pieces) < 5 {
		q := p
		for q < len(s) && q-p < 16 {
			switch {
			case s[q] == ' ' || s[q] == ',' || s[q] == '-':
				q++
				continue
			case strings.HasPrefix(s[q:], "then ") || strings.HasPrefix(s[q:], "and "):
				q = strings.IndexByte(s[q:], ' ') + q + 1
				continue
			}
			break
		}
		e := q
		for e < len(s) && isDigit(s[e]) {
			e++
		}
		if e-q < 2 || e-q > 5 || e < len(s) && isASCIIWordByte(s[e]) {
			break
		}
		pieces = append(pieces, [2]int{q, e})
		digits += e - q
		p = e
	}
	if len(pieces) < 2 || digits < 7 {
		return out
	}
	for _, pc := range pieces {
		if !inCandidates(out, t, pc[0]) {
			out = append(out, t.cand(pc[0], pc[1], Phone, "phone number in pieces", "digit groups after a dialling word", 0.85))
		}
	}
	return out
}

// partialNumbers finds two to six digits within a few words after a partial-number cue.
func partialNumbers(t *Text, out []Candidate) []Candidate {
	s := t.Fold
	emit := func(from int, cue string) {
		// The digits come within 40 bytes, before the sentence ends: "of his number were
		// 2211", "는 3344".
		p := from
		for p < len(s) && p-from < 40 && (s[p] < '0' || s[p] > '9') && s[p] != '.' && s[p] != '\n' {
			p++
		}
		e := p
		for e < len(s) && s[e] >= '0' && s[e] <= '9' {
			e++
		}
		if n := e - p; n >= 2 && n <= 6 && !inCandidates(out, t, p) {
			out = append(out, t.cand(p, e, partialNumberCategory(s, p), "partial number", "some digits of a number, after "+quoteCue(cue), 0.8))
		}
	}
	// " end" and a cue is a space and one of endAnchors' words: found by its anchors, not by a
	// search of the whole text for " end", which stopped at every space.
	for _, w := range endAnchors.find(t)[0] {
		at := w - 1
		if at < 0 || s[at] != ' ' {
			continue
		}
		rest := s[at+4:]
		for _, c := range endCues {
			if !strings.HasPrefix(rest, c) {
				continue
			}
			before := s[max(0, at-40):at]
			if dot := strings.LastIndexAny(before, ".!?\n"); dot >= 0 {
				before = before[dot+1:] // the same sentence
			}
			if containsAnyOf(before, numberNouns) {
				emit(at+4+len(c), "end"+strings.TrimSpace(c))
			}
			break
		}
	}
	for _, w := range endAnchors.find(t)[1] {
		out = dialledPieces(t, w, out)
	}
	eachIndex(s, "digits", func(at int) {
		for _, c := range digitsCues {
			if strings.HasSuffix(s[:at], c) {
				emit(at+len("digits"), c+"digits")
				return
			}
		}
	})
	if t.isASCII() {
		return out // no "끝": not searched for
	}
	eachIndex(s, "끝", func(at int) {
		for _, c := range koreanEnds {
			if strings.HasPrefix(s[at+len("끝"):], c) {
				emit(at+len("끝")+len(c), "끝"+c)
				return
			}
		}
	})
	return out
}

// eachIndex calls f with the offset of every occurrence of sub in s. A sub that starts with
// a byte that is not ASCII (Hangul) is looked for with indexByLast.
func eachIndex(s, sub string, f func(int)) {
	index := strings.Index
	if sub != "" && sub[0] >= utf8.RuneSelf {
		index = indexByLast
	}
	for from := 0; ; {
		k := index(s[from:], sub)
		if k < 0 {
			return
		}
		f(from + k)
		from += k + len(sub)
	}
}

// indexByLast is strings.Index(s, sub) for a sub of Hangul syllables (of two bytes or more),
// found by the byte sub ends with. strings.Index looks for sub's first byte, a lead byte
// (0xEA..0xED), which in a Korean text stands at nearly every third byte: it compares at
// every one. One value of a continuation byte stands at one byte in tens.
func indexByLast(s, sub string) int {
	n := len(sub)
	if n < 2 {
		return strings.Index(s, sub)
	}
	last := sub[n-1]
	for i := n - 1; i < len(s); i++ {
		k := strings.IndexByte(s[i:], last)
		if k < 0 {
			return -1
		}
		i += k
		if s[i+1-n:i+1] == sub {
			return i + 1 - n
		}
	}
	return -1
}

func containsAnyOf(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}
