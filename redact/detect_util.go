package redact

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Helpers shared by the detectors in detect_*.go. Detectors work on Text.Fold (lower case,
// same offsets as Norm) and turn Norm offsets into original ones only when they emit.

// cand builds a candidate from a Norm span.
func (t *Text) cand(ns, ne int, c Category, rule, reason string, score float64) Candidate {
	s, e := t.Orig(ns, ne)
	return Candidate{Start: s, End: e, Category: c, Rule: rule, Reason: reason, Score: score}
}

// wordAt returns the index of the first word ending after offset o.
func wordAt(ws []word, o int) int {
	return sort.Search(len(ws), func(i int) bool { return ws[i].end > o })
}

// cueBefore looks for one of cues (lower case, whole words) in the window bytes of Fold
// before offset o, and returns the cue found.
func cueBefore(fold string, o, window int, cues []string) (string, bool) {
	from := max(0, o-window)
	for from > 0 && !utf8.RuneStart(fold[from]) {
		from--
	}
	seg := fold[from:o]
	// A cue stands where a word may start (after a byte that is no word byte, as
	// lastWordIndex sees it): the sets of the first byte and of the first two bytes (hashed,
	// cueStartPair) at those offsets turn most cues away with a bit test or two; the window is
	// searched only for the others.
	var first, pairs [4]uint64
	for i := 0; i < len(seg); i++ {
		if i == 0 || !isASCIIWordByte(seg[i-1]) {
			first[seg[i]>>6] |= 1 << (seg[i] & 63)
			if i+1 < len(seg) {
				p := cueStartPair(seg[i], seg[i+1])
				pairs[p>>6] |= 1 << (p & 63)
			}
		}
	}
	for _, c := range cues {
		if c == "" {
			if lastWordIndex(seg, c) >= 0 {
				return c, true
			}
			continue
		}
		if first[c[0]>>6]&(1<<(c[0]&63)) == 0 {
			continue
		}
		if len(c) >= 2 {
			if p := cueStartPair(c[0], c[1]); pairs[p>>6]&(1<<(p&63)) == 0 {
				continue
			}
		}
		for i := 0; i < len(seg); i++ {
			if seg[i] == c[0] && (i == 0 || !isASCIIWordByte(seg[i-1])) && strings.HasPrefix(seg[i:], c) &&
				(i+len(c) == len(seg) || !isASCIIWordByte(seg[i+len(c)])) {
				// A cue of word bytes found so is what lastWordIndex finds; one with other
				// bytes ("d.o.b") may hide behind a later, overlapping occurrence there.
				if wordBytesOnly(c) || lastWordIndex(seg, c) >= 0 {
					return c, true
				}
				break
			}
		}
	}
	return "", false
}

// cueStartPair hashes two bytes to one of 256 bits (cueBefore's filter of a cue's first two).
func cueStartPair(a, b byte) uint8 { return a*31 + b }

// wordBytesOnly says whether every byte of s is a word byte for isASCIIWordByte.
func wordBytesOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIIWordByte(s[i]) {
			return false
		}
	}
	return true
}

// lastWordIndex finds w in s as a whole word (ASCII word boundaries), or -1.
func lastWordIndex(s, w string) int {
	for off := len(s); off > 0; {
		i := strings.LastIndex(s[:off], w)
		if i < 0 {
			return -1
		}
		if (i == 0 || !isASCIIWordByte(s[i-1])) && (i+len(w) == len(s) || !isASCIIWordByte(s[i+len(w)])) {
			return i
		}
		off = i
	}
	return -1
}

func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= utf8.RuneSelf
}

// isBoundary says whether Fold has a word boundary at offset o (from the side of a match
// that is itself made of word characters).
func isBoundaryBefore(s string, o int) bool {
	if o <= 0 {
		return true
	}
	if c := s[o-1]; c < utf8.RuneSelf {
		return asciiWordByte[c] == 0 // isWordRune of an ASCII character, without a decode
	}
	if o >= 3 && syllableAt(s, o-3) {
		return false // a Hangul syllable is a letter
	}
	r, _ := utf8.DecodeLastRuneInString(s[:o])
	return !isWordRune(r)
}

func isBoundaryAfter(s string, o int) bool {
	if o >= len(s) {
		return true
	}
	if c := s[o]; c < utf8.RuneSelf {
		return asciiWordByte[c] == 0
	}
	if syllableAt(s, o) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[o:])
	return !isWordRune(r)
}

// hasDigit reports whether s holds an ASCII digit.
func hasASCIIDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// numberRun is a run of digits with separators between them ("010-1234-5678",
// "+86 138 0013 8000", "(02) 123-4567"), in Fold offsets.
type numberRun struct {
	start, end int
	digits     string // the digits alone
	groups     []int  // digits per group
	plus       bool
	seps       string // the separators used
}

// hangulStartsAt says whether a Hangul syllable begins at offset i: Korean particles and
// endings attach to numbers ("9917이었고"), so Hangul after digits does not make them part
// of a word.
func hangulStartsAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isHangulSyllable(r)
}

// gluesToNumber says whether the character before offset i (before) or at it (!before)
// makes a number that touches it part of a word ("abc12345", "12345abc"): an ASCII letter
// or digit, or a letter of a script written with spaces. Hangul does not (particles and
// endings attach to numbers: "9917이었고", "번호는010"), nor Han (Chinese is written without
// spaces: "电话13812345678谢谢", "号11010519491231002X是"), nor punctuation ("5678。").
func gluesToNumber(s string, i int, before bool) bool {
	var c byte
	if before {
		c = s[i-1]
	} else {
		c = s[i]
	}
	if c < utf8.RuneSelf {
		return isASCIIWordByte(c)
	}
	var r rune
	if before {
		r, _ = utf8.DecodeLastRuneInString(s[:i])
	} else {
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	// Korean, Chinese and Japanese write a particle or the next word on a number without a
	// space ("090-1234-5678です", "13944332817。", "번호는 010…로"): a syllable, a Han
	// character or kana (inKanaBlock) ends the number, where a Latin letter makes it part
	// of a token.
	return isWordRune(r) && !isHangulSyllable(r) && !inKanaBlock(r) && !unicode.Is(unicode.Han, r)
}

// inKanaBlock says whether r is in the Hiragana or Katakana block, the long vowel mark
// "ー" (a Common character, not isKana) with them.
func inKanaBlock(r rune) bool { return r >= 0x3040 && r <= 0x30ff }

// runStartBytes has the high bit set in each byte of v that is an ASCII digit, '+' or '('.
func runStartBytes(v uint64) uint64 {
	return digitBytes(v) | equalBytes(v, '+') | equalBytes(v, '(')
}

// equalBytes has the high bit set in each byte of v equal to b. A byte of v^b is zero
// exactly when neither its low seven bits (which cannot carry) nor its high bit are set.
func equalBytes(v uint64, b byte) uint64 {
	x := v ^ uint64(b)*loBits
	return ^((x&^hiBits + 0x7f*loBits) | x) & hiBits
}

// groupSizes[n] is n: oneGroup cuts the one-element groups of a run from it. Read only.
var groupSizes = func() (a [64]int) {
	for i := range a {
		a[i] = i
	}
	return a
}()

// oneGroup returns the groups of a run of n digits without separators, []int{n}, shared
// (numberRun.groups are never written).
func oneGroup(n int) []int {
	if n < len(groupSizes) {
		return groupSizes[n : n+1 : n+1]
	}
	return []int{n}
}

// textNumberRuns is numberRuns(t.Fold, minDigits) for minDigits >= 4, cut from one walk
// over the text that several detectors share. A run's fate decides only where the walk goes
// on: one kept goes on after the byte that follows it, one too short at that byte, and no
// run can start there (it follows a digit). So the runs of more digits are those of at
// least four with enough digits. The runs are shared: callers must not modify them.
func textNumberRuns(t *Text, minDigits int) []numberRun {
	if minDigits < 4 {
		return numberRuns(t.Fold, minDigits)
	}
	t.runsOnce.Do(func() { c := newWordScan(t); t.runs = numberRunsIn(t.Fold, 4, &c) })
	if minDigits == 4 {
		return t.runs
	}
	var out []numberRun
	for _, r := range t.runs {
		if len(r.digits) >= minDigits {
			out = append(out, r)
		}
	}
	return out
}

// numberRuns finds every digit run of at least minDigits digits. Single separators
// (space, hyphen, dot, slash, parentheses) may sit between digit groups.
func numberRuns(s string, minDigits int) []numberRun {
	return numberRunsIn(s, minDigits, nil)
}

// numberRunsIn is numberRuns over the Fold of a Text, given a scanner of its words (or nil),
// whose classes tell where the digits are: the walk jumps from word with a digit to word
// with a digit (wordScan.next), where numberRuns tests every eight bytes.
func numberRunsIn(s string, minDigits int, c *wordScan) []numberRun {
	var out []numberRun
	// Most runs are too short to keep ("35", "2017"): their digits, groups and separators
	// are gathered in these reused buffers and copied out only for a run that is kept.
	var digitBuf, sepBuf [32]byte
	var groupBuf [8]int
	wi := 0 // with words: no word before wi has a digit at or after i
	for i := 0; i < len(s); i++ {
		if c != nil {
			// A run's first digit is in a word with a digit (clsDigit), at most three bytes
			// after the run's start ("+ (0"), and no other byte starts anything: the walk
			// goes on three bytes before the next such word.
			for wi = c.next(wi, clsDigit); wi < len(c.ws) && c.ws[wi].end <= i; {
				wi = c.next(wi+1, clsDigit)
			}
			if wi == len(c.ws) {
				break
			}
			i = max(i, c.ws[wi].start-3)
		} else {
			// A run starts only at a digit, '+' or '(': eight bytes with none are passed at a
			// time.
			for i+8 <= len(s) && runStartBytes(load64(s[i:])) == 0 {
				i += 8
			}
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if !isDigit(c) && c != '+' && c != '(' {
			continue
		}
		if i > 0 && gluesToNumber(s, i, true) {
			// Skip to the end of this word: a digit inside a word is not a run start.
			for i < len(s) && isASCIIWordByte(s[i]) {
				i++
			}
			continue
		}
		if i > 1 && (s[i-1] == '-' || s[i-1] == '/') && isASCIIWordByte(s[i-2]) && !isDigit(s[i-2]) {
			// "KP-2019-0345": the digits belong to a code the ID detector reads whole.
			for i < len(s) && (isASCIIWordByte(s[i]) || s[i] == '-' || s[i] == '/') {
				i++
			}
			continue
		}
		run := numberRun{start: i}
		j := i
		if c == '+' {
			run.plus = true
			j++
		}
		digits, groups, seps := digitBuf[:0], groupBuf[:0], sepBuf[:0]
		cur := 0
		lastDigit := -1
		for j < len(s) {
			d := s[j]
			if isDigit(d) {
				digits = append(digits, d)
				cur++
				lastDigit = j
				j++
				continue
			}
			if d == ' ' && cur == 1 && j+4 < len(s) && s[j+1] == '-' && s[j+2] == ' ' && isDigit(s[j+3]) && !isDigit(s[j+4]) {
				// "1 3 9 - 4 4 3 3": a number read out one digit at a time, its groups parted
				// by a spaced hyphen, which joins single digits only (not "1998 - 2003").
				groups = append(groups, cur)
				cur = 0
				seps = append(seps, '-')
				j += 3
				continue
			}
			if d == '.' && j+1 < len(s) && s[j+1] == ' ' && (cur > 4 || strings.Trim(string(seps), ".(") != "") {
				// "2019-0347. 3 people": a full stop and a space end the sentence after a
				// number; they join only the groups of a dotted date ("2019. 3. 12").
				break
			}
			if d == '(' || d == ')' || d == '-' || d == ' ' || d == '.' || d == '/' {
				// A separator must be followed (after at most one more separator) by a digit.
				k := j + 1
				if k < len(s) && (s[k] == ' ' || s[k] == '(' || s[k] == ')' || s[k] == '-' || d == '-' && s[k] == '\n') && s[k] != d {
					k++ // a hyphen that ends a line breaks the number there ("010-2233-\n4455")
				}
				if k < len(s) && isDigit(s[k]) {
					if cur > 0 {
						groups = append(groups, cur)
						cur = 0
					}
					seps = append(seps, d)
					j = k
					continue
				}
			}
			break
		}
		if cur > 0 {
			groups = append(groups, cur)
		}
		if lastDigit < 0 {
			continue
		}
		if dot := i + groups[0]; isDigit(c) && len(groups) > 1 && groups[0] <= 3 && c != '0' &&
			s[dot] == '.' && s[dot+1] == ' ' && !looksLikeDate(numberRun{groups: groups}) {
			// "9. 010-4827-3391", "Mother: 2. 139…": a list number and its full stop, then the
			// number; read as one run the digits are no phone number. The run starts again after
			// the stop (a date such as "12. 3. 2019" stays whole).
			i = dot + 1
			continue
		}
		if len(digits) < minDigits {
			i = max(i, lastDigit)
			continue
		}
		run.end = lastDigit + 1
		chineseX := len(digits) == 17 && run.end < len(s) && s[run.end] == 'x' &&
			(run.end+1 == len(s) || !gluesToNumber(s, run.end+1, false))
		if run.end < len(s) && !isDigit(s[run.end]) && !chineseX && gluesToNumber(s, run.end, false) {
			// "12345abc": part of a token, not a number.
			i = run.end
			continue
		}
		if len(seps) == 0 {
			// Without a separator the digits are the run's own bytes, in one group: no copies.
			run.digits, run.groups = s[lastDigit+1-len(digits):lastDigit+1], oneGroup(len(digits))
		} else {
			both := string(append(digits, seps...)) // one copy for the digits and the separators
			run.digits, run.groups, run.seps = both[:len(digits)], slices.Clone(groups), both[len(digits):]
		}
		if c == '(' && !strings.Contains(s[run.start:run.end], ")") {
			run.start++
		}
		out = append(out, run)
		i = run.end
	}
	return out
}

// counterWord reads Korean "<digits><unit>[particle]" words ("12일에", "300만원을"): the
// digits, then one of units, then anything (a particle). mult lists optional multipliers
// between the digits and the unit (만, 천, 억).
func counterWord(w string, units []string, mult ...string) bool {
	return counterLen(w, units, mult...) > 0
}

// counterLen is the length of the "<digits>[mult]<unit>" prefix of w, or 0.
func counterLen(w string, units []string, mult ...string) int {
	i := 0
	for i < len(w) && isDigit(w[i]) {
		i++
	}
	if i == 0 {
		return 0
	}
	rest := w[i:]
	for _, m := range mult {
		if strings.HasPrefix(rest, m) {
			rest = rest[len(m):]
			i += len(m)
			break
		}
	}
	for _, u := range units {
		if strings.HasPrefix(rest, u) {
			return i + len(u)
		}
	}
	return 0
}

// Word classes. Most detectors start from a trigger word (a month, a unit noun, a digit);
// classifying every word once, with one map lookup, lets each detector skip the rest of the
// text with one mask test instead of several map lookups per word.
const (
	clsDigit uint32 = 1 << iota
	clsNumberWord
	clsMonth
	clsDateCue
	clsAge
	clsCurrency
	clsUnit
	clsWorkplace
	clsStreet
	clsKinOwner
	clsPhysical
	clsRoute
	clsHandle
	clsHangul // starts with a Hangul letter: Korean counters and numerals
	clsPosition
	clsCount
	// Hangul words by what the Korean detectors look for, set once per word (hangulClass)
	// where each detector read every Hangul word again in a walk of its own: a word that
	// begins with the first syllable of a numeral, rank or trait (koreanCountFirst,
	// koreanRankFirst, koreanTraitFirst), with "살" (the age counter), or with a syllable a
	// Korean year or month may start with (a Sino-Korean numeral, 유 of 유월, 시 of 시월, 주
	// of 주체: koreanYear, hangulMonthDate) ...
	clsKoreanCount
	clsKoreanRank
	clsKoreanTrait
	clsKoreanSal
	clsKoreanDateLead
	// ... one in which unitAfterFirst finds a unit word, one that ends with "로"
	// (koreanJobBefore), one that has the first syllable of a workplace noun past its start
	// (koreanWorkplace).
	clsKoreanUnit
	clsKoreanRo
	clsKoreanWorkplace
	// "thousand", "million", "billion": the money detector reads "a million won" from them,
	// "a" having no class of its own.
	clsMultiplier
)

// clsBits is a power of two no less than the number of word classes above: Text.clsMasks has
// two rows of that many masks per 64 words.
const clsBits = 32

// lexEntry is what the package's tables say of one case-folded word: its word classes, and
// the anchor sets (anchorTable) that hold it or, for a word ending in "s", its singular.
type lexEntry struct {
	cls     uint32
	anchors uint64
}

var (
	lexOnce sync.Once
	lexicon map[string]lexEntry
	// lexTable is lexicon probed with the hashes a Text computed once (wordHashes).
	lexTable *wordTable[lexEntry]
	// lexFilter holds two bits of each lexicon word, asked before the table is probed:
	// most words a text asks for (three in four of the words that are not all ASCII) are
	// in no table, and where the table's own filter lets a third of those through, two bits
	// let few through.
	lexFilter *lexBits
)

// lexBits is a filter of two bits a key, taken from its phraseHash by lexMulA and lexMulB,
// of a fixed size (lexBitsLog): a shift by a constant, and no bounds test, per word.
// 4 KB is some twenty bits a lexicon word (about 1,400).
type lexBits [1 << lexBitsLog / 64]uint64

const (
	lexBitsLog = 15
	lexMulA    = 0xc2b2ae35
	lexMulB    = 0x27d4eb2f
)

func newLexBits(keys map[string]lexEntry) *lexBits {
	f := new(lexBits)
	for w := range keys {
		h := phraseHash(phraseHashSeed, w)
		a, b := h*lexMulA>>(32-lexBitsLog), h*lexMulB>>(32-lexBitsLog)
		f[a/64] |= 1 << (a % 64)
		f[b/64] |= 1 << (b % 64)
	}
	return f
}

// mayHoldA says whether a word whose phraseHash is h has the first bit of a key: false for
// most others.
func (f *lexBits) mayHoldA(h uint32) bool {
	a := h * lexMulA >> (32 - lexBitsLog)
	return f[a/64]&(1<<(a%64)) != 0
}

// mayHold says whether a word whose phraseHash is h has both bits of a key: false for
// nearly all others.
func (f *lexBits) mayHold(h uint32) bool {
	b := h * lexMulB >> (32 - lexBitsLog)
	return f.mayHoldA(h) && f[b/64]&(1<<(b%64)) != 0
}

// buildLexicon merges the word classes and every anchor table's words into one map, so a
// text's words are looked up once for both (Text.classes, Text.anchorLists). It runs on
// first use, after every anchor table has registered its words.
func buildLexicon() {
	lexicon = map[string]lexEntry{}
	add := func(c uint32, words ...string) {
		for _, w := range words {
			e := lexicon[w]
			e.cls |= c
			lexicon[w] = e
		}
	}
	for w, b := range anchorWords {
		e := lexicon[w]
		e.anchors |= b
		lexicon[w] = e
		if len(w) >= 2 {
			// anchorLists reads "courts" as "court" too.
			e := lexicon[w+"s"]
			e.anchors |= b
			lexicon[w+"s"] = e
		}
	}
	for w := range numberWords {
		if w != "a" && w != "an" {
			add(clsNumberWord, w)
		}
	}
	for w := range months {
		add(clsMonth, w)
	}
	for _, m := range []map[string]bool{seasons, timeUnits, koreanRelative} {
		for w := range m {
			add(clsDateCue, w)
		}
	}
	add(clsDateCue, "last", "next", "this", "that", "previous", "following", "yesterday", "lunar", "moon")
	add(clsAge, "aged", "age")
	for w := range decadeWords {
		add(clsAge, w)
	}
	for w, ok := range currencyBefore {
		if ok {
			add(clsCurrency, w)
		}
	}
	for w := range unitNouns {
		add(clsUnit, w)
	}
	for w := range ordinalWords {
		add(clsUnit, w)
	}
	for w := range workplaceNounSet {
		add(clsWorkplace, w)
	}
	add(clsWorkplace, "group")
	for w := range streetTypes {
		add(clsStreet, w)
	}
	add(clsStreet, "apartment", "apt", "flat", "room", "building", "house")
	for w := range kinOwners {
		add(clsKinOwner, w)
	}
	for w := range marks {
		add(clsPhysical, w)
	}
	add(clsPhysical, "tall", "height", "missing", "lost", "taller", "shorter", "burn", "burns", "stump", "stumps",
		"blind", "deaf", "eyed", "legged", "armed")
	for _, m := range []map[string]bool{postHeads, workplaceJobs, teachVerbs} {
		for w := range m {
			add(clsPosition, w)
		}
	}
	add(clsPosition, "a", "an")
	for w := range vagueMultiples {
		add(clsCount, w)
	}
	add(clsMultiplier, "thousand", "million", "billion")
	for w := range toothWords {
		add(clsPhysical, w)
	}
	for w := range postureTraits {
		first, _, _ := strings.Cut(strings.ReplaceAll(w, "-", " "), " ")
		add(clsPhysical, first)
	}
	for w := range crossingVerbs {
		add(clsRoute, w)
	}
	add(clsRoute, "via", "through", "crossing", "checkpoint", "ferry", "ford")
	for w := range handleCueFirst {
		add(clsHandle, w)
	}
	lexTable = newWordTable(lexicon)
	lexFilter = newLexBits(lexicon)
	fillKoreanSyllableClasses()
}

// perWordExtra returns a slice of one uint32 per word and extra more after them, to be filled
// in whole: from the pool, its buffer recorded in *box for release. A short text's (a title)
// too: the pool's buffers are the words' and hashes' of every text, long or short.
func (t *Text) perWordExtra(box **[]uint32, extra int) []uint32 {
	n := len(t.wordList()) + extra
	*box = perWordBuffers.Get().(*[]uint32)
	if cap(**box) < n {
		**box = make([]uint32, n)
	}
	return (**box)[:n]
}

// classes returns the class bits of every word of t, computed once per text.
func (t *Text) classes() []uint32 {
	t.lookupWords()
	return t.cls
}

// lookupWords looks every word of t up in the lexicon once, for its classes and anchors.
func (t *Text) lookupWords() {
	t.clsOnce.Do(func() {
		lexOnce.Do(buildLexicon)
		ws, hs, fl := t.wordList(), t.wordHashes(), t.wordFlags
		// cls and, after it in the same buffer, the OR of its entries over each 64 words
		// (clsBlocks), which lets a detector pass over 64 words without its triggers at once.
		// Then, in the same buffer, each 64 words' masks of each class (clsMasks).
		nb := (len(ws) + 63) / 64
		nm := nb * 2 * clsBits
		cls := t.perWordExtra(&t.clsBuf, nb+nm) // every entry is set below
		blocks := cls[len(ws) : len(ws)+nb : len(ws)+nb]
		masks := cls[len(ws)+nb : len(ws)+nb+nm : len(ws)+nb+nm]
		cls = cls[:len(ws)] // its capacity stays the buffer's, for release
		// Anchor words are few: collect them, then cut every table's list from one shared
		// slice instead of growing each list on its own. The hits, the lists and the shared
		// slice are kept in a pooled buffer (release), as the classes are.
		ab := anchorBuffers.Get().(*anchorBuffer)
		t.anchorBuf = ab
		hits := classifyWords(t.Fold, ws, hs, fl, cls, blocks, masks, ab.hits[:0])
		ab.hits = hits
		var anchors [][]int // nil without anchor words (most titles): see anchorTable.find
		if len(hits) > 0 {
			anchors = ab.lists[:anchorSets]
			var count [64]int
			for _, h := range hits {
				count[h.set]++
			}
			// next[k] is where table k's next offset goes in all: a counting sort, in order.
			if cap(ab.all) < len(hits) {
				ab.all = make([]int, len(hits))
			}
			all := ab.all[:len(hits)]
			var next [64]int
			from := 0
			for k, n := range count[:anchorSets] {
				next[k] = from
				anchors[k] = nil
				if n > 0 {
					anchors[k] = all[from : from+n : from+n]
				}
				from += n
			}
			for _, h := range hits {
				all[next[h.set]] = h.start
				next[h.set]++
			}
		}
		t.cls, t.clsBlocks, t.clsMasks, t.anchors = cls, blocks, masks, anchors
	})
}

// anchorBuffer holds a text's anchor hits and lists (lookupWords), pooled: most texts have
// some, and the lists alone were a slice of 64 for every one.
type anchorBuffer struct {
	hits  []anchorHit
	all   []int // every list's offsets, one after the other
	lists [64][]int
}

var anchorBuffers = sync.Pool{New: func() any { return new(anchorBuffer) }}

// anchorHit is a word of anchor set set (anchorWords) at Norm offset start.
type anchorHit struct{ set, start int }

// classifyWords sets the classes of the words ws of fold (with their hashes hs and flags fl)
// in cls, their OR over each 64 words in blocks, the words of each class in each 64 in
// masks (Text.clsMasks), and appends the anchor sets they are in to hits. A function of its
// own, out of lookupWords' closure, so its loop keeps to registers.
func classifyWords(fold string, ws []word, hs, fl, cls, blocks, masks []uint32, hits []anchorHit) []anchorHit {
	hs, fl, cls = hs[:len(ws)], fl[:len(ws)], cls[:len(ws)]
	// The table in a local: a global is read again after every call.
	lex, lf := lexTable, lexFilter
	for b := range blocks {
		lo, end := b*64, min(b*64+64, len(ws))
		var row [clsBits]uint64 // bit i%64 of row[k]: word i has class 1<<k
		// Most words are ASCII and in no table: a digit is all there is to say of them, and
		// only the others (rare) are looked up.
		digits, rare := plainWordClasses(hs[lo:end], fl[lo:end], cls[lo:end], lf)
		row[0] = digits
		var or uint32
		if digits != 0 {
			or = clsDigit
		}
		for m := rare; m != 0; m &= m - 1 {
			i := lo + bits.TrailingZeros64(m)
			var e lexEntry
			if h := hs[i]; lf.mayHold(h) { // few words that are no key pass both bits
				e = lex.probe(h, fold[ws[i].start:ws[i].end])
			}
			c := cls[i] | e.cls
			if fl[i]&wordOther != 0 {
				c |= hangulClass(fold[ws[i].start:ws[i].end])
			}
			cls[i] = c
			or |= c
			for k := c; k != 0; k &= k - 1 {
				row[bits.TrailingZeros32(k)&(clsBits-1)] |= 1 << (i & 63)
			}
			if e.anchors != 0 {
				hits = appendAnchorHits(hits, e.anchors, ws[i].start)
			}
		}
		blocks[b] = or
		// A block's words have a few classes: the rows of the others are cleared at once.
		dst := (*[2 * clsBits]uint32)(masks[b*2*clsBits:])
		*dst = [2 * clsBits]uint32{}
		for k := or; k != 0; k &= k - 1 {
			j := bits.TrailingZeros32(k) & (clsBits - 1)
			dst[j], dst[clsBits+j] = uint32(row[j]), uint32(row[j]>>32)
		}
	}
	return hits
}

// plainWordClasses sets the class of each of at most 64 words (hashes hs, flags fl) to
// clsDigit if it holds a digit, else 0, and returns those words as a mask (bit i: word i),
// with the mask of the words that may have more: one with the first bit of a lexicon word
// (filter), or one with a character that is not ASCII.
func plainWordClasses(hs, fl, cls []uint32, filter *lexBits) (digits, rare uint64) {
	fl, cls = fl[:len(hs)], cls[:len(hs)]
	// Without a branch: whether a word has a digit, or is rare, the processor could not
	// guess, and missed at one word in ten or so. Each word's bits come in at the top of
	// the masks, which shift down a place a word.
	for i, h := range hs {
		f := fl[i]
		d := f / wordDigits & 1 // 1 if the word has a digit
		cls[i] = d * clsDigit
		a := h * lexMulA >> (32 - lexBitsLog) // mayHoldA's bit
		r := uint64(b2i(filter[a/64]&(1<<(a%64)) != 0)) | uint64(f/wordOther)
		digits = digits>>1 | uint64(d)<<63
		rare = rare>>1 | r<<63
	}
	if n := len(hs); n < 64 {
		digits, rare = digits>>(64-n), rare>>(64-n)
	}
	return digits, rare
}

// hangulClass is clsHangul if the word w, not all ASCII, starts with a Hangul letter, with
// the Korean classes of the word (clsKoreanCount ...).
func hangulClass(w string) uint32 {
	if syllableAt(w, 0) {
		// A syllable is Hangul, without the table search below.
		return clsHangul | syllableWordClasses(w)
	}
	if w[0] >= 0xE1 && w[0] <= 0xED {
		// The UTF-8 lead bytes of the Hangul blocks; a cheap pre-test before the table.
		if r, _ := utf8.DecodeRuneInString(w); unicode.Is(unicode.Hangul, r) {
			return clsHangul | koreanWordClasses(w)
		}
	}
	return 0
}

// syllableWordClasses is the Korean classes of a word w that starts with a Hangul syllable:
// those of its first syllable (koreanSyllableClasses), and koreanWordClasses(w). A word of
// syllables alone, as most Korean words are, is read one table entry a syllable: its
// syllables' bits say what koreanWordClasses' walks over its bytes find (TestHangulClass).
func syllableWordClasses(w string) uint32 {
	first := koreanSyllableClasses[leadSyllable(w)-0xAC00]
	lead := uint32(first&sylLeadClasses) << koreanLeadShift
	var c uint32
	prev, n := first, 1 // the last syllable's bits; the number of syllables
	for i := 3; i < len(w); i += 3 {
		if i+3 > len(w) {
			return lead | koreanWordClasses(w)
		}
		r := syllable3(w[i], w[i+1], w[i+2])
		if r < 0 {
			return lead | koreanWordClasses(w)
		}
		cur := koreanSyllableClasses[r-0xAC00]
		// unitAfterFirst: a unit word's two syllables, the first not the word's first.
		if n >= 2 && cur&sylUnitLast != 0 && prev&sylUnitFirst != 0 {
			c |= clsKoreanUnit
		}
		// workplaceSyllablesAfterStart: a workplace noun's first syllable after the first.
		if cur&sylWorkplace != 0 {
			c |= clsKoreanWorkplace
		}
		prev = cur
		n++
	}
	if n < 3 {
		c &^= clsKoreanWorkplace // koreanWordClasses tests words of nine bytes or more
	}
	if prev&sylRo != 0 {
		c |= clsKoreanRo
	}
	return lead | c
}

// koreanWordClasses returns clsKoreanUnit if unitAfterFirst finds a unit word in the Hangul
// word w (it needs seven bytes: a unit word's last syllable at byte 4 or later),
// clsKoreanWorkplace if w may hold a workplace noun after a syllable (koreanWorkplace's
// test), and clsKoreanRo if w ends with "로".
func koreanWordClasses(w string) uint32 {
	var c uint32
	if len(w) >= 7 && unitAfterFirst(w) {
		c = clsKoreanUnit
	}
	if len(w) >= 9 && workplaceSyllablesAfterStart(w) != 0 {
		c |= clsKoreanWorkplace
	}
	// The last byte first: 로's is rarer than a word's end.
	if w[len(w)-1] == "로"[2] && strings.HasSuffix(w, "로") {
		c |= clsKoreanRo
	}
	return c
}

// koreanSyllableClasses holds, for each Hangul syllable (from U+AC00), the classes
// clsKoreanCount, clsKoreanRank, clsKoreanTrait, clsKoreanSal and clsKoreanDateLead of a
// word that begins with it, shifted down to the low five bits (sylLeadClasses), and above
// them what koreanWordClasses reads of a syllable inside a word (sylUnitFirst ...);
// buildLexicon fills it.
var koreanSyllableClasses [hangulSyllableCount]uint16

// koreanLeadShift shifts koreanSyllableClasses' low bits (sylLeadClasses) up to their
// classes.
const (
	koreanLeadShift = 16
	sylLeadClasses  = 0x1f
)

// What koreanWordClasses reads of a syllable: the first syllable of a unit word
// (koreanUnitFirst), the last one ("단", "대": the bytes unitAfterFirst compares), the first
// syllable of a workplace noun (workplaceSyllablesAfterStart), "로".
const (
	sylUnitFirst = 1 << (5 + iota)
	sylUnitLast
	sylWorkplace
	sylRo
)

// fillKoreanSyllableClasses fills koreanSyllableClasses from the Korean detectors' syllable
// sets.
func fillKoreanSyllableClasses() {
	for k := range koreanSyllableClasses {
		r := rune(0xAC00 + k)
		var c uint32
		if koreanCountFirst.has(r) {
			c |= clsKoreanCount
		}
		if koreanRankFirst.has(r) {
			c |= clsKoreanRank
		}
		if koreanTraitFirst.has(r) {
			c |= clsKoreanTrait
		}
		if r == '살' {
			c |= clsKoreanSal
		}
		if _, kind := sinoNumeral(r); kind != 0 || r == '유' || r == '시' || r == '주' {
			c |= clsKoreanDateLead
		}
		b := uint16(c >> koreanLeadShift)
		if koreanUnitFirst.has(r) {
			b |= sylUnitFirst
		}
		if r == '단' || r == '대' {
			b |= sylUnitLast
		}
		if workplaceSyllablesAfterStart("가"+string(r)) != 0 {
			b |= sylWorkplace
		}
		if r == '로' {
			b |= sylRo
		}
		koreanSyllableClasses[k] = b
	}
}

// appendAnchorHits appends a hit at start for each anchor set in the bit set sets.
func appendAnchorHits(hits []anchorHit, sets uint64, start int) []anchorHit {
	for b := sets; b != 0; {
		k := bits.TrailingZeros64(b)
		hits = append(hits, anchorHit{k, start})
		b &^= 1 << k
	}
	return hits
}

// leadSyllable returns the Hangul syllable w starts with, or -1: a sylSet test of a word's
// first syllable without a general UTF-8 decode.
func leadSyllable(w string) rune {
	if len(w) < 3 || w[0] < 0xea || w[0] > 0xed {
		return -1
	}
	return rune(w[0]&0x0f)<<12 | rune(w[1]&0x3f)<<6 | rune(w[2]&0x3f)
}

// unitPrefix returns the first of units that s starts with, or "" (longest first where
// units overlap: "号楼" before "号").
func unitPrefix(s string, units []string) string {
	for _, u := range units {
		if strings.HasPrefix(s, u) {
			return u
		}
	}
	return ""
}

// hasAnyPrefix says whether s starts with one of prefixes.
func hasAnyPrefix(s string, prefixes []string) bool { return unitPrefix(s, prefixes) != "" }
