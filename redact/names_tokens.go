package redact

import (
	"slices"
	"sort"
	"strings"
	"sync"
	syncatomic "sync/atomic" // the package has a table named atomic (plan.go)
	"unicode"
	"unicode/utf8"
)

// The names and places detectors share one word-level view of a Text: tokens with byte offsets
// in Text.Norm, their case, and whether they start a sentence. Matching on tokens rather than
// regular expressions keeps the romanization rules (joined, spaced, hyphenated syllables)
// readable and makes a pass over a long testimony linear.

type tokKind uint8

const (
	tokWord   tokKind = iota // a run of letters other than Hangul (Latin, Cyrillic, ...)
	tokHangul                // a run of Hangul syllables
	tokNumber                // a run of digits
)

type token struct {
	s, e      int    // byte span in Norm: the token's text is Norm[s:e] (text)
	low       string // lower-cased text
	kind      tokKind
	upper     bool      // first letter is upper case
	sentStart bool      // first word of a line or sentence: capitals there say nothing
	lineStart bool      // first token of a line
	cls       wordClass // which tables list the word (set by analyse only)
}

// wordClass says in one lookup which tables list a word, so the passes over every token
// skip the words no table knows without hashing them again.
type wordClass uint32

const (
	clsSurname     wordClass = 1 << iota // a surname spelling
	clsCue                               // a word that can end a cue ("named", "my sister", "Mr")
	clsFigHead                           // first word of a public figure or body
	clsPlaceHead                         // first word of a gazetteer place
	clsAmbiguous                         // also a common word (AmbiguousNames or englishWords)
	clsNonName                           // never a name (nonNames)
	clsKnown                             // looked up: the word's class is final
	clsGivenSyl                          // a romanized given syllable (nameIndex.givenSyl)
	clsFirstName                         // a listed first name (Gazetteer.FirstNames)
	clsAmbName                           // a name that is also a word (Gazetteer.AmbiguousNames)
	clsEnglish                           // a frequent English word (englishWords)
	clsPersonVerb                        // follows a person (personVerbs)
	clsFigSecond                         // second word of a public figure or body (markFigures)
	clsPlaceSecond                       // second word of a gazetteer place key (matchPlaces)
	clsVietSurname                       // a Vietnamese family name (Gazetteer.VietSurnames)
	clsVietName                          // a Vietnamese middle or given name (VietMiddle, VietGiven)
	clsVietKin                           // a Vietnamese word of address before a name (vietKinTerms)
	clsMongolPart                        // an element of Mongolian given names (MongolianParts)
	clsJpSurname                         // a romanized Japanese surname (Gazetteer.JapaneseSurnames)
	clsJpHonorific                       // a Japanese honorific ("san", "sensei": jpHonorifics)
	clsDeterminer                        // "my", "the", "a" ... before a noun (determiners)
)

// text returns the token as written: norm is the Norm it was read from. Tokens do not keep
// it themselves, which makes a testimony's tokens a third smaller.
func (t *token) text(norm string) string { return norm[t.s:t.e] }

// nonName reports a word token that is never a name, with one lookup at most.
func (t *token) nonName() bool {
	if t.cls&clsKnown != 0 {
		return t.cls&clsNonName != 0
	}
	return nonNames[t.low]
}

// has reports whether a word token is in class c, asking the table m when the token was not
// classified (tokens of other kinds, or a scan that did not run analyse).
func (t *token) has(c wordClass, m map[string]bool) bool {
	if t.cls&clsKnown != 0 {
		return t.cls&c != 0
	}
	return m[t.low]
}

// tokenEntry looks word token tk up, which lies within t's word j (ws and hs are t's words
// and their hashes): with that word's hash when the token is the word as it is.
func (ix *nameIndex) tokenEntry(t *Text, tk *token, ws []word, hs []uint32, j int) wordEntry {
	whole := j < len(ws) && ws[j].start == tk.s && ws[j].end == tk.e && tk.low == t.Fold[tk.s:tk.e]
	var h uint32
	if whole {
		h = hs[j]
	}
	return ix.entryOf(tk.low, h, whole)
}

// entryOf looks word w up; h is its phraseHash when hashed (else entryOf computes it if it
// needs it). Words of up to three letters are read from an array instead.
func (ix *nameIndex) entryOf(w string, h uint32, hashed bool) wordEntry {
	if code, ok := shortWordCode(w); ok {
		return ix.shortEntry[code]
	}
	if !hashed {
		h = phraseHash(phraseHashSeed, w)
	}
	if !ix.classTab.mayHold(h) { // most words are in no class: skip the call
		return wordEntry{}
	}
	return ix.classTab.get(h, w)
}

// wordEntry is what the names index knows of one word: its classes and, when a public
// figure's name starts with it, which figGroups entry lists them (index+1; 0: none).
type wordEntry struct {
	cls  wordClass
	figs int32
	head int32 // when gazetteer places start with the word, its nameIndex.placeHeads entry+1
}

// shortWordCode numbers the words of one to three letters a-z (base 27, letters 1-26, so
// "a", "aa" and "aaa" differ); ok is false for any other word.
func shortWordCode(w string) (code int, ok bool) {
	if len(w) == 0 || len(w) > 3 {
		return 0, false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c < 'a' || c > 'z' {
			return 0, false
		}
		code = code*27 + int(c-'a'+1)
	}
	return code, true
}

// shortWordCodes is one more than the largest shortWordCode ("zzz").
const shortWordCodes = 26*27*27 + 26*27 + 26 + 1

// classOf is class[w]. Words of up to three letters, about half of an English text's
// tokens ("the", "was", "my"), are read from an array instead of the map.
func (ix *nameIndex) classOf(w string) wordClass {
	if code, ok := shortWordCode(w); ok {
		return ix.shortEntry[code].cls
	}
	return ix.classTab.get(phraseHash(phraseHashSeed, w), w).cls
}

// gapBefore returns the text between token i-1 and token i ("" for the first token).
func gapBefore(norm string, toks []token, i int) string {
	if i <= 0 || i >= len(toks) {
		return ""
	}
	return norm[toks[i-1].e:toks[i].s]
}

// tokenize splits norm into tokens. Apostrophes and hyphens are gaps, not parts of words, so
// "Ji-min's" is Ji, min, s with gaps "-" and "'".
func tokenize(norm string) []token {
	// One copy of the text with ASCII letters lowered (same byte offsets) serves every ASCII
	// token without an allocation; other tokens are lowered one by one.
	lb := []byte(norm)
	for k, c := range lb {
		if 'A' <= c && c <= 'Z' {
			lb[k] = c + 'a' - 'A'
		}
	}
	return tokenizeLowered(norm, string(lb))
}

// tokenizeLowered is tokenize given norm with its ASCII letters lowered (Text.Fold is).
// Runs of ASCII letters and digits, almost all of an English testimony, are read byte by
// byte; a rune is decoded only where a byte is not ASCII.
func tokenizeLowered(norm, lowered string) []token {
	return tokenizeAppend(make([]token, 0, len(norm)/5+8), norm, lowered)
}

// tokenizeAppend is tokenizeLowered appending to toks.
func tokenizeAppend(toks []token, norm, lowered string) []token {
	toks, _, _ = tokenizeSpan(toks, norm, lowered, 0, len(norm), true, true)
	return toks
}

// tokenizeWords is tokenizeAppend of t's Norm and Fold, made from t's words: tokens lie
// within words (their runes are word runes), so a word of ASCII letters only, of ASCII
// digits only or of Hangul syllables only is one token, without reading it again; only the
// gaps between words are read for line and sentence starts, and other words are tokenized
// rune by rune.
func tokenizeWords(toks []token, t *Text) []token {
	first := len(toks)
	toks = tokenizeWordsWith(toks, t, &tokenClasses{ix: emptyIndex()})
	for i := first; i < len(toks); i++ {
		toks[i].cls = 0
	}
	return toks
}

// emptyIndex is the nameIndex of an empty Gazetteer, for tokenizeWords.
var emptyIndex = sync.OnceValue(func() *nameIndex { return indexFor(&Gazetteer{}) })

// tokenClasses is what analyse's tokenizer gathers while it classifies the tokens.
type tokenClasses struct {
	ix     *nameIndex
	caps   []int32    // the capitalised word tokens, in order
	hangul []int32    // the Hangul tokens, in order
	heads  [][2]int32 // tokens that begin public figures' names, with their wordEntry.figs
	// The capitalised word tokens that gazetteer places start with, with their
	// wordEntry.head: the only capitalised tokens matchPlaces reads.
	placeHeads [][2]int32
}

// noteHeads lists word token i, of entry e, among the tokens that begin public figures'
// names or (upper: capitalised) gazetteer places, as e says it begins.
func (c *tokenClasses) noteHeads(i int, e wordEntry, upper bool) {
	if e.figs > 0 {
		c.heads = append(c.heads, [2]int32{int32(i), e.figs})
	}
	if e.head > 0 && upper {
		c.placeHeads = append(c.placeHeads, [2]int32{int32(i), e.head})
	}
}

// tokenizeWordsWith is tokenizeWords that also sets every word token's class from c.ix's
// classTab (or shortEntry), and lists in c the capitalised, Hangul and figure-starting
// tokens: a token that is a whole word of letters is looked up with the hash t made for
// that word, without searching for the word.
//
// The words that make one token each, almost all of them, are read by plainWordTokens;
// a word of other characters is tokenized apart (otherWordTokens).
func tokenizeWordsWith(toks []token, t *Text, c *tokenClasses) []token {
	ws, hs := t.wordList(), t.wordHashes()
	fl := t.wordFlags[:len(ws)]
	hs = hs[:len(ws)]
	z := wordTokenizer{tokenClasses: *c, norm: t.Norm, fold: t.Fold[:len(t.Norm)], tab: c.ix.classTab,
		short: (*[shortWordCodes]wordEntry)(c.ix.shortEntry), sent: true, line: true}
	out, n := slices.Grow(toks, len(ws)), len(toks) // a token a word, but for words of other characters
	out = out[:cap(out)]
	for k := 0; k < len(ws); {
		done := z.plainWordTokens(out[n:n+len(ws)-k], ws[k:], hs[k:], fl[k:], n)
		k, n = k+done, n+done
		if k < len(ws) { // word k holds characters neither ASCII nor Hangul syllables, or both
			out, n, z.sent, z.line = z.otherWordTokens(out, n, t, k, z.sent, z.line)
			k++
		}
	}
	*c = z.tokenClasses
	return out[:n]
}

// wordTokenizer is what plainWordTokens keeps from one run of words to the next: the text,
// the class tables, and where the last word ended with whether a sentence and a line start
// after it.
type wordTokenizer struct {
	tokenClasses // a copy of the caller's, given back at the end: a pointer kept here would escape
	norm, fold   string
	tab          *wordTable[wordEntry]
	short        *[shortWordCodes]wordEntry
	sent, line   bool
	prev         int // the end of the last word read
	// note: a bracketed note ("[crying]", "(sighs)") opened where a sentence starts, so the
	// word after it starts one too.
	note bool
}

// plainWordTokens makes the token of each word of ws (with hashes hs and flags fl) in out,
// which has room for one a word, the first being token first, and lists them in z, until a word that is not
// one token: of ASCII letters only, of ASCII digits only or of Hangul syllables only. It
// returns how many words it made tokens of; it has read the gap before the next word.
//
// It probes the class table itself and compares the word with a key byte by byte, and a
// word of letters, a-z in Fold, needs no test for its shortWordCode. Its loop calls only to
// grow z's lists, and a token is made on the stack and copied whole: with the words of
// other characters in the loop (otherWordTokens), or with the token's fields written in
// place, the loop kept more of its values on the stack.
func (z *wordTokenizer) plainWordTokens(out []token, ws []word, hs, fl []uint32, first int) int {
	norm, prev := z.norm, z.prev
	st := gapStateOf(z.sent, z.line, z.note) // one register for the three
	fold := z.fold[:len(norm)]
	out, hs, fl = out[:len(ws)], hs[:len(ws)], fl[:len(ws)]
	j := 0
words:
	for ; j < len(ws); j++ {
		w := ws[j]
		if w.start != prev+1 || gapByteMarks[norm[prev]] != gapNone { // most gaps are one space
			for g := prev; g < w.start; g++ {
				m := gapByteMarks[norm[g]]
				if m == gapMaybeSentence { // "。" is the only separator outside ASCII that ends a sentence
					m = gapNone
					if strings.HasPrefix(norm[g:w.start], "。") {
						m = gapSentence
					}
				}
				st = gapNext[m][st&7] // by table: a switch here missed at most gaps not one space
			}
		}
		prev = w.end
		tk := token{s: w.start, e: w.end, low: fold[w.start:w.end], sentStart: st&gapSent != 0, lineStart: st&gapLineStart != 0}
		switch fl[j] {
		case wordLetters:
			if ch := norm[w.start]; 'A' <= ch && ch <= 'Z' {
				tk.upper = true
				z.caps = append(z.caps, int32(first+j))
			}
			// The token is word j as it is: j's hash is its own.
			var e wordEntry
			if low := tk.low; len(low) <= 3 { // shortWordCode, without its tests: a word of letters is a-z in Fold
				code := int(low[0] - 'a' + 1)
				for i := 1; i < len(low); i++ {
					code = code*27 + int(low[i]-'a'+1)
				}
				e = z.short[code]
			} else if h, tab := hs[j], z.tab; tab.mayHold(h) { // most words are in no class
				// tab.get, inline.
				for i := (h * fibMul) >> tab.shift; ; i = (i + 1) & tab.mask {
					sl := tab.slots[i]
					if sl == 0 {
						break
					}
					if uint32(sl>>32) == h {
						if key := tab.keys[uint32(sl)-1]; sameBytes(key, low) {
							e = tab.vals[uint32(sl)-1]
							break
						}
					}
				}
			}
			tk.cls = e.cls | clsKnown
			if e.figs|e.head != 0 {
				z.noteHeads(first+j, e, tk.upper)
			}
		case wordDigits:
			tk.kind = tokNumber
		case wordOther:
			hangul := norm[w.start:w.end]
			if !syllablesOnly(hangul) {
				break words
			}
			tk.kind, tk.low = tokHangul, hangul // Hangul has no case
			z.hangul = append(z.hangul, int32(first+j))
		default: // ASCII letters and digits, or ASCII and other characters
			break words
		}
		out[j] = tk
		st &^= gapSent | gapLineStart
	}
	z.sent, z.line, z.prev, z.note = st&gapSent != 0, st&gapLineStart != 0, prev, st&gapNote != 0
	return j
}

// A wordTokenizer's sent, line and note in one byte (plainWordTokens).
const (
	gapSent = 1 << iota
	gapLineStart
	gapNote
)

func gapStateOf(sent, line, note bool) uint8 {
	var st uint8
	if sent {
		st |= gapSent
	}
	if line {
		st |= gapLineStart
	}
	if note {
		st |= gapNote
	}
	return st
}

// gapNext[m][st] is the state (gapSent ...) after a byte of gapByteMarks m (not
// gapMaybeSentence, which plainWordTokens reads first) in state st.
var gapNext = func() (t [gapNoteClose + 1][8]uint8) {
	for m := range t {
		for st := range t[m] {
			sent, line, note := st&gapSent != 0, st&gapLineStart != 0, st&gapNote != 0
			switch m {
			case gapLine:
				sent, line = true, true
			case gapSentence:
				sent = true
			case gapNoteOpen:
				note = sent
			case gapNoteClose: // "[crying] Don't go": the note stood where a sentence starts
				sent, note = sent || note, false
			}
			t[m][st] = gapStateOf(sent, line, note)
		}
	}
	return t
}()

// sameBytes is a == b, compared byte by byte without a call: a and b are short words.
func sameBytes(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// syllablesOnly says whether w, which is not empty, is Hangul syllables only: a word that
// is makes one token.
func syllablesOnly(w string) bool {
	for i := 0; i < len(w); i += 3 {
		if !syllableAt(w, i) { // false too for the last one or two bytes of a length not 3n
			return false
		}
	}
	return true
}

// otherWordTokens is tokenizeWordsWith for word k of t when it holds characters neither
// ASCII nor Hangul syllables, or both: it puts the word's tokens, read rune by rune, in
// out from n on, classifies them, and returns out at its full length and the new count.
func (c *tokenClasses) otherWordTokens(out []token, n int, t *Text, k int, sent, line bool) ([]token, int, bool, bool) {
	w := t.words[k]
	toks, sent, line := tokenizeSpan(out[:n], t.Norm, t.Fold, w.start, w.end, sent, line)
	toks = slices.Grow(toks, len(t.words)-k-1) // room for a token for each word after k
	for i := n; i < len(toks); i++ {
		switch toks[i].kind {
		case tokWord:
			if toks[i].upper {
				c.caps = append(c.caps, int32(i))
			}
			e := c.ix.tokenEntry(t, &toks[i], t.words, t.hashes, k)
			if e.cls&(clsVietSurname|clsVietName|clsVietKin) == 0 {
				if low, ok := c.ix.pinyinFold(toks[i].low); ok { // "Wáng" is "wang" (names_pinyin.go)
					toks[i].low, e = low, c.ix.entryOf(low, 0, false)
				}
			}
			toks[i].cls = e.cls | clsKnown
			c.noteHeads(i, e, toks[i].upper)
		case tokHangul:
			c.hangul = append(c.hangul, int32(i))
		}
	}
	return toks[:cap(toks)], len(toks), sent, line
}

// What a byte between words says of the next token (tokenizeWordsWith).
const (
	gapNone          = iota
	gapLine          // a line break: a line and a sentence start
	gapSentence      // ".", "!", "?", ":", ";", ">": a sentence starts
	gapMaybeSentence // the first byte of "。" (and of other runes)
	gapNoteOpen      // "[", "(": a transcriber's note may start
	gapNoteClose     // "]", ")": the note ends
)

var gapByteMarks = [256]uint8{'\n': gapLine, '.': gapSentence, '!': gapSentence, '?': gapSentence,
	':': gapSentence, ';': gapSentence, '>': gapSentence, 0xe3: gapMaybeSentence,
	'[': gapNoteOpen, '(': gapNoteOpen, ']': gapNoteClose, ')': gapNoteClose}

// tokenizeSpan appends the tokens of norm[from:to], which starts and ends between tokens,
// given whether a sentence and a line start at from; it returns them for to.
func tokenizeSpan(toks []token, norm, lowered string, from, to int, sentStart, lineStart bool) ([]token, bool, bool) {
	note := false // as wordTokenizer.note
	for i := from; i < to; {
		c := norm[i]
		var kind tokKind
		var upper bool
		w := 1
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
				kind = tokWord
			case 'A' <= c && c <= 'Z':
				kind, upper = tokWord, true
			case '0' <= c && c <= '9':
				kind = tokNumber
			default:
				switch c {
				case '\n':
					sentStart, lineStart = true, true
				case '.', '!', '?', ':', ';', '>':
					sentStart = true
				case '[', '(':
					note = sentStart
				case ']', ')':
					sentStart, note = sentStart || note, false
				}
				i++
				continue
			}
		} else {
			r := firstSyllable(norm[i:]) // most runes outside ASCII here are Hangul syllables
			if r < 0 {
				r, w = decodeRune(norm[i:])
			} else {
				w = 3
			}
			k, ok := runeKind(r)
			if !ok {
				if r == '。' {
					sentStart = true
				}
				i += w
				continue
			}
			kind, upper = k, k == tokWord && unicode.IsUpper(r)
		}
		j, ascii := i+w, c < utf8.RuneSelf
		for j < to {
			c2 := norm[j]
			if c2 < utf8.RuneSelf {
				if kind == tokWord && ('a' <= c2 && c2 <= 'z' || 'A' <= c2 && c2 <= 'Z') || kind == tokNumber && '0' <= c2 && c2 <= '9' {
					j++
					continue
				}
				break
			}
			if kind == tokHangul && firstSyllable(norm[j:]) >= 0 {
				j += 3
				continue
			}
			r2, w2 := decodeRune(norm[j:])
			if k2, ok2 := runeKind(r2); !ok2 || k2 != kind {
				break
			}
			ascii = false
			j += w2
		}
		t := token{s: i, e: j, kind: kind, upper: upper, sentStart: sentStart, lineStart: lineStart}
		switch {
		case kind == tokHangul:
			t.low = norm[i:j] // Hangul has no case
		case ascii:
			t.low = lowered[i:j]
		default:
			t.low = strings.ToLower(norm[i:j])
		}
		toks = append(toks, t)
		sentStart, lineStart = false, false
		i = j
	}
	return toks, sentStart, lineStart
}

func isASCII(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func runeKind(r rune) (tokKind, bool) {
	if r < utf8.RuneSelf {
		switch {
		case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
			return tokWord, true
		case '0' <= r && r <= '9':
			return tokNumber, true
		}
		return 0, false
	}
	switch {
	case isHangulSyllable(r):
		return tokHangul, true
	case unicode.IsLetter(r):
		return tokWord, true
	case unicode.IsDigit(r):
		return tokNumber, true
	}
	return 0, false
}

// The three detectors of this family read the same tokens and gazetteer places of a Text:
// the first to ask computes them, and the Text keeps them for the others (and for nothing
// longer than the Text itself lives).
// analysis is what the three detectors share about one Text. It is never modified once
// made: a detector that marks tokens copies the slice first.
type analysis struct {
	toks     []token
	places   []placeMatch
	prot     []bool  // token is part of a public figure's name
	placeTok []bool  // Hangul token that is (or begins with) a place
	caps     []int32 // the capitalised word tokens, in order
	hangul   []int32 // the Hangul tokens, in order
	// The rest is analyse's own: the figure heads it lists while classifying, the buffer
	// prot and placeTok share, and the pool the analysis goes back to (releaseAnalysis).
	heads      [][2]int32
	placeHeads [][2]int32
	flags      []bool
	keys       []byte // matchPlaces' window keys
	pool       *sync.Pool
}

func analyse(t *Text, ix *nameIndex) *analysis {
	t.anMu.Lock()
	defer t.anMu.Unlock()
	if t.an != nil && t.anIx == ix {
		return t.an
	}
	// An analysis and every slice in it come from the runs before (releaseAnalysis gives
	// them back): a testimony's tokens are a megabyte, and a short text (a title) makes
	// seven small slices. Short texts have a pool of their own, so a title never takes
	// and keeps a testimony's buffers.
	pool := &shortAnalyses
	if len(t.Norm) >= minPooledText {
		pool = &analyses
	}
	a := pool.Get().(*analysis)
	a.pool = pool
	toks := a.toks[:0]
	if want := len(t.Norm)/5 + 8; cap(toks) < want {
		toks = make([]token, 0, want)
	}
	// The tokens are classified as they are made (tokenClasses).
	c := tokenClasses{ix: ix, caps: a.caps[:0], hangul: a.hangul[:0], heads: a.heads[:0], placeHeads: a.placeHeads[:0]}
	toks = tokenizeWordsWith(toks, t, &c)
	// prot and placeTok, cleared, in one buffer.
	a.flags = resized(a.flags, 2*len(toks))
	prot, placeTok := a.flags[:len(toks):len(toks)], a.flags[len(toks):]
	// The public figures are marked once every token is made: a name is read past its first.
	for _, h := range c.heads {
		i, figs := int(h[0]), ix.figGroups[h[1]-1]
		if len(figs[0].words) > 1 && (i+1 == len(toks) || toks[i+1].cls&clsFigSecond == 0) {
			continue // no one-word figure, and no second word follows: most heads ("the")
		}
		markFigures(t.Norm, toks, i, figs, prot)
	}
	a.toks, a.prot, a.placeTok, a.caps, a.hangul, a.heads = toks, prot, placeTok, c.caps, c.hangul, c.heads
	a.placeHeads = c.placeHeads
	a.places = matchPlaces(a.places[:0], &a.keys, t.Norm, toks, c.placeHeads, c.hangul, ix)
	for _, m := range a.places {
		if toks[m.from].kind == tokHangul {
			placeTok[m.from] = true
		}
	}
	t.an, t.anIx = a, ix
	return a
}

var (
	analyses      = sync.Pool{New: func() any { return new(analysis) }}
	shortAnalyses = sync.Pool{New: func() any { return new(analysis) }}
)

// minPooledText is the length of Norm from which a text's buffers come from the pools
// for long texts.
const minPooledText = 1024

// releaseAnalysis gives the Text's analysis back to its pool, its tokens and places cleared
// (they hold slices of testimony text). Only Redact calls it, when the run is over: nothing
// may read the analysis afterwards.
func (t *Text) releaseAnalysis() {
	t.anMu.Lock()
	defer t.anMu.Unlock()
	a := t.an
	if a == nil {
		return
	}
	clear(a.toks)
	clear(a.places)
	a.toks, a.places = a.toks[:0], a.places[:0]
	a.pool.Put(a)
	t.an, t.anIx = nil, nil
}

// allUpper reports a word without lower-case letters ("UN", "DPRK"), without allocating.
func allUpper(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// isSpaceGap reports whether a gap is plain horizontal space (no line break, no punctuation).
func isSpaceGap(gap string) bool {
	if gap == "" {
		return false
	}
	for _, r := range gap {
		if r != ' ' && r != '\t' && r != '\u00a0' {
			return false
		}
	}
	return true
}

// nameIndex is what the detectors derive from a Gazetteer once: folded lookups that the data
// files do not carry directly. Gazetteers are immutable after loading, so the index is cached
// per gazetteer pointer.
type nameIndex struct {
	places         map[string]PlaceEntry // normalised place key → entry
	maxPlace       int                   // most tokens in a place key
	placeHead      map[string]int        // first words of place keys → most tokens of a key starting with it
	figures        map[string][]figure   // public figures and bodies as token sequences, by first word
	figHangul      []string              // public figures written in Hangul or other scripts, as substrings
	figHangulFirst map[rune]bool         // first letters of figHangul
	provinceStem   map[string]bool       // Hangul places ending in 도 without it ("양강" of "양강도")
	foreignFirst   map[rune]bool         // first letters of the foreign names written in Hangul
	foreignHangul  map[string]bool       // the foreign names written in Hangul (Gazetteer.FirstNames)
	class          map[string]wordClass  // word classes (tokenizeWordsWith)
	hangulNouns    map[string]bool       // Gazetteer.HangulNouns: a Hangul word's stem is a common word
	verbStems      map[string]bool       // Gazetteer.HangulVerbStems: "굶주리는" is a verb, no village in 리
	hangulGiven    map[string]bool       // Gazetteer.HangulGiven: "원주" is a city and a given name
	// class and figures again, for tokenizeWordsWith: probed by phraseHash, and for the short words
	// read by shortWordCode from an array.
	classTab   *wordTable[wordEntry]
	shortEntry []wordEntry
	figGroups  [][]figure  // figures' values, numbered by wordEntry.figs
	placeHeads []placeHead // the key lengths of the places a word begins, numbered by wordEntry.head

	givenSyl map[string]bool // romanized given syllables (Latin only)
	// mongolParts holds the Mongolian name elements (Gazetteer.MongolianParts) in a-z as a
	// trie: mongolianParts splits a word in one walk per element, without hashing prefixes.
	mongolParts sylTrie
	// givenFolds holds the folded romanization (foldedSyllable of each syllable, joined)
	// of every two-syllable Hangul given name (Gazetteer.HangulGiven): a joined romanized
	// word that folds to one ("Jeonghyuk", "Dongwook") spells a real Korean given name.
	givenFolds map[string]bool
	fold       map[string]string // foldSyllable of each of them
	sylTrie    sylTrie           // the ASCII ones as a trie, for splitting words without hashing
	maxSyl     int               // length of the longest of them
	// surnameSpellings lists the Latin spellings of each canonical surname, in title case
	// and sorted ("Gim", "Kim"), for the variants of a known person's name.
	surnameSpellings map[string][]string
	// hangulSurnames lists the one-syllable Hangul spellings of each canonical surname
	// ("이", "리" of Lee), sorted, for the Hangul forms of a romanized known name.
	hangulSurnames map[string][]string
	// surnameTitled holds, parallel to surnameSpellings, each spelling after every
	// personTitles entry ("Mr Kim", ...) and their keys: made once, not for every known
	// person.
	surnameTitled map[string][]titledSpelling
	// roman is what the romanized-name passes derive from the index (romanIndexFor), made
	// by the first scan that needs it.
	roman syncatomic.Pointer[romanIndex]
	// placePairs filters the hangulIndex's placePairs for matchPlaces (placePairsOf), made
	// by the first scan that needs it.
	placePairs syncatomic.Pointer[placePairFilter]
}

// titledSpelling is a surname spelling after each personTitles entry ("Mr Kim"), with the
// phrase keys (appendASCIIKey) of the spelling and of those forms ("kim", "mrkim"), which
// personKeyForms gives its caller instead of the forms, and their phraseHashes. The keys are
// "" for a spelling not in ASCII.
type titledSpelling struct {
	forms      [len(personTitles)]string
	key        string
	keys       [len(personTitles)]string
	keyHash    uint32
	keysHashes [len(personTitles)]uint32
}

// personTitles are the titles personVariants puts before a surname.
var personTitles = [...]string{"Mr", "Mrs", "Ms", "Comrade"}

// figure is one public figure or body: its words, and which of them must be in capitals.
type figure struct {
	words []string
	caps  []bool
}

var indexCache sync.Map // *Gazetteer → *nameIndex

func indexFor(g *Gazetteer) *nameIndex {
	if g == nil {
		g = &Gazetteer{}
	}
	if v, ok := indexCache.Load(g); ok {
		return v.(*nameIndex)
	}
	ix := &nameIndex{places: map[string]PlaceEntry{}, givenSyl: map[string]bool{}, fold: map[string]string{}, figures: map[string][]figure{}, placeHead: map[string]int{}, figHangulFirst: map[rune]bool{}, provinceStem: map[string]bool{}, foreignFirst: map[rune]bool{}, class: map[string]wordClass{}}
	ix.hangulNouns, ix.verbStems, ix.hangulGiven = g.HangulNouns, g.HangulVerbStems, g.HangulGiven
	ix.givenFolds = make(map[string]bool, len(g.HangulGiven))
	for n := range g.HangulGiven {
		if r1, size := utf8.DecodeRuneInString(n); isHangulSyllable(r1) && len(n) == 2*size {
			if r2, _ := utf8.DecodeRuneInString(n[size:]); isHangulSyllable(r2) {
				ix.givenFolds[foldedSyllable(r1)+foldedSyllable(r2)] = true
			}
		}
	}
	heads := map[string]placeHead{} // hangulIndex.heads, for wordEntry.head
	seconds := map[string]bool{}    // the second words of place keys, for clsPlaceSecond
	for k, e := range g.Places {
		if stem, ok := strings.CutSuffix(k, "도"); ok && stem != "" {
			ix.provinceStem[stem] = true
		}
		for _, v := range placeKeyVariants(k) {
			if prev, ok := ix.places[v]; !ok {
				ix.places[v] = e
			} else {
				// Two keys, one spelling ("jung-gu" is "junggu" too): the place they share.
				ix.places[v] = SharedPlace(prev, e)
			}
			vt := tokenize(v)
			if n := len(vt); n > ix.maxPlace {
				ix.maxPlace = n
			}
			if len(vt) > 0 && len(vt) > ix.placeHead[vt[0].low] {
				ix.placeHead[vt[0].low] = len(vt)
			}
			if len(vt) > 1 {
				seconds[vt[1].low] = true
			}
			if len(vt) > 0 {
				hd := heads[vt[0].low]
				hd.most = max(hd.most, len(vt))
				if len(vt) < 32 {
					hd.lens |= 1 << len(vt)
				} else {
					hd.lens = ^uint32(0)
				}
				heads[vt[0].low] = hd
			}
		}
	}
	for _, f := range append(append([]string(nil), g.PublicFigures...), g.PublicBodies...) {
		toks := tokenize(f)
		var fg figure
		latin := true
		for _, t := range toks {
			if t.kind != tokWord {
				latin = false
			}
			fg.words = append(fg.words, t.low)
			// An acronym ("UN", "NIS") matches only in capitals: "Un" in "Choe Un-chol" is a name.
			w := t.text(f)
			fg.caps = append(fg.caps, len(toks) <= 2 && len(w) <= 4 && w == strings.ToUpper(w))
		}
		switch {
		case len(fg.words) == 0:
		case latin:
			ix.figures[fg.words[0]] = append(ix.figures[fg.words[0]], fg)
		default:
			ix.figHangul = append(ix.figHangul, f)
			r, _ := utf8.DecodeRuneInString(f)
			ix.figHangulFirst[r] = true
		}
	}
	ix.foreignHangul = map[string]bool{}
	for n := range g.FirstNames {
		if r, _ := utf8.DecodeRuneInString(n); isHangulSyllable(r) {
			ix.foreignFirst[r] = true
			ix.foreignHangul[n] = true
		}
	}
	ix.sylTrie.nodes = make([]sylNode, 1)
	for s := range g.GivenSyllables {
		if s != "" && s[0] < utf8.RuneSelf {
			ix.givenSyl[s] = true
			f := foldSyllableUncached(s)
			ix.fold[s] = f
			ix.maxSyl = max(ix.maxSyl, len(s))
			ix.sylTrie.add(s, f)
		}
	}
	ix.surnameSpellings = map[string][]string{}
	ix.hangulSurnames = map[string][]string{}
	for w, c := range g.Surnames {
		ix.class[w] |= clsSurname
		if w != "" && w[0] < utf8.RuneSelf && len(w) > 1 {
			ix.surnameSpellings[c] = append(ix.surnameSpellings[c], title(w))
		} else if r, n := utf8.DecodeRuneInString(w); n == len(w) && isHangulSyllable(r) {
			ix.hangulSurnames[c] = append(ix.hangulSurnames[c], w)
		}
	}
	for _, sp := range ix.hangulSurnames {
		sort.Strings(sp)
	}
	ix.surnameTitled = make(map[string][]titledSpelling, len(ix.surnameSpellings))
	for c, sp := range ix.surnameSpellings {
		sort.Strings(sp)
		titled := make([]titledSpelling, len(sp))
		for k, sn := range sp {
			ascii := isASCII(sn)
			if ascii {
				key, _ := appendASCIIKey(nil, sn, "")
				titled[k].key = string(key)
				titled[k].keyHash = phraseHashBytes(phraseHashSeed, key)
			}
			for j, t := range personTitles {
				titled[k].forms[j] = t + " " + sn
				if ascii {
					key, _ := appendASCIIKey(nil, titled[k].forms[j], "")
					titled[k].keys[j] = string(key)
					titled[k].keysHashes[j] = phraseHashBytes(phraseHashSeed, key)
				}
			}
		}
		ix.surnameTitled[c] = titled
	}
	for w := range cueWords {
		ix.class[w] |= clsCue
	}
	for w, figs := range ix.figures {
		ix.class[w] |= clsFigHead
		for _, f := range figs {
			if len(f.words) > 1 {
				ix.class[f.words[1]] |= clsFigSecond
			}
		}
	}
	for w := range ix.placeHead {
		ix.class[w] |= clsPlaceHead
	}
	for w := range seconds {
		ix.class[w] |= clsPlaceSecond
	}
	for w := range g.AmbiguousNames {
		ix.class[w] |= clsAmbiguous
	}
	for w := range englishWords {
		ix.class[w] |= clsAmbiguous
	}
	for w := range nonNames {
		ix.class[w] |= clsNonName
	}
	for w := range ix.givenSyl {
		ix.class[w] |= clsGivenSyl
	}
	for w := range g.FirstNames {
		ix.class[w] |= clsFirstName
	}
	for w := range g.AmbiguousNames {
		ix.class[w] |= clsAmbName
	}
	for w := range englishWords {
		ix.class[w] |= clsEnglish
	}
	for w := range personVerbs {
		ix.class[w] |= clsPersonVerb
	}
	for w := range g.VietSurnames {
		ix.class[w] |= clsVietSurname
	}
	for _, m := range []map[string]bool{g.VietMiddle, g.VietGiven} {
		for w := range m {
			ix.class[w] |= clsVietName
		}
	}
	for w := range vietKinTerms {
		ix.class[w] |= clsVietKin
	}
	ix.mongolParts.nodes = make([]sylNode, 1)
	for w := range g.MongolianParts {
		ix.class[w] |= clsMongolPart
		if isASCII(w) {
			ix.mongolParts.add(w, w)
		}
	}
	for w := range jpHonorifics {
		ix.class[w] |= clsJpHonorific
	}
	for w := range g.JapaneseSurnames {
		if w != "" && w[0] < utf8.RuneSelf {
			ix.class[w] |= clsJpSurname
		}
	}
	for w := range determiners {
		ix.class[w] |= clsDeterminer
	}
	entries := make(map[string]wordEntry, len(ix.class))
	for w, c := range ix.class {
		e := wordEntry{cls: c}
		if figs, ok := ix.figures[w]; ok {
			ix.figGroups = append(ix.figGroups, figGroup(figs))
			e.figs = int32(len(ix.figGroups))
		}
		if hd, ok := heads[w]; ok {
			ix.placeHeads = append(ix.placeHeads, hd)
			e.head = int32(len(ix.placeHeads))
		}
		entries[w] = e
	}
	ix.classTab = newWordTable(entries)
	ix.shortEntry = make([]wordEntry, shortWordCodes)
	for w, e := range entries {
		if code, ok := shortWordCode(w); ok {
			ix.shortEntry[code] = e
		}
	}
	v, _ := indexCache.LoadOrStore(g, ix)
	return v.(*nameIndex)
}

// placeKey folds a place name for lookup: lower case, single spaces, typographic apostrophes
// made plain.
func placeKey(s string) string {
	s = placeKeyFolds.Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

var placeKeyFolds = strings.NewReplacer("’", "'", "‘", "'", "\u00a0", " ")

// placeKeyVariants lets "Hamgyongbuk-do", "Hamgyongbuk do" and "Hamgyongbukdo" all match.
func placeKeyVariants(s string) []string {
	k := placeKey(s)
	out := []string{k}
	if strings.Contains(k, "-") {
		out = append(out, strings.ReplaceAll(k, "-", " "), strings.ReplaceAll(k, "-", ""))
	}
	return out
}

// markFigures marks in prot the tokens of every public figure whose name starts at token i
// (they stay readable): figs are the figures whose first word token i is.
func markFigures(norm string, toks []token, i int, figs []figure, prot []bool) {
	// figs are in figGroup order, by their words after the first: the figures whose words
	// up to d are tokens i to i+d make one run, in which those of d+1 words come first. So
	// the run is narrowed word by word, and only the figures that end there are tried:
	// "Ministry of" does not try each of the twenty ministries.
	lo, hi := 0, len(figs)
	for d := 1; ; d++ {
		for lo < hi && len(figs[lo].words) == d {
			markFigure(norm, toks, i, &figs[lo], prot)
			lo++
		}
		if lo == hi || i+d >= len(toks) || toks[i+d].kind != tokWord {
			return
		}
		// Most words after a figure's first word ("the", "state") are no figure's second
		// word: the class says so without a search (analyse classified every word token).
		if d == 1 && toks[i+1].cls&clsFigSecond == 0 {
			return
		}
		lo, hi = figuresWith(figs, lo, hi, d, toks[i+d].low)
	}
}

// figuresWith narrows figs[lo:hi], ordered by word d, to the figures whose word d is w.
func figuresWith(figs []figure, lo, hi, d int, w string) (int, int) {
	a, b := lo, hi
	for a < b { // the first whose word d is not below w
		if m := int(uint(a+b) >> 1); figs[m].words[d] < w {
			a = m + 1
		} else {
			b = m
		}
	}
	lo, b = a, hi
	for a < b { // the first whose word d is above w
		if m := int(uint(a+b) >> 1); figs[m].words[d] == w {
			a = m + 1
		} else {
			b = m
		}
	}
	return lo, a
}

// markFigure marks the tokens of f in prot when its name starts at token i.
func markFigure(norm string, toks []token, i int, f *figure, prot []bool) {
	if i+len(f.words) > len(toks) {
		return
	}
	// The first word is the one token i is (the map's key): its case is all that is left
	// to check.
	ok := !f.caps[0] || allUpper(toks[i].text(norm))
	for k := 1; ok && k < len(f.words); k++ {
		t := &toks[i+k]
		ok = t.low == f.words[k] && t.kind == tokWord && (!f.caps[k] || allUpper(t.text(norm)))
	}
	if ok {
		for k := range f.words {
			prot[i+k] = true
		}
	}
}

// figGroup returns figs ordered for markFigures: by their words after the first, a figure
// before the longer ones that begin with its words (so the one-word figures come first).
func figGroup(figs []figure) []figure {
	g := slices.Clone(figs)
	slices.SortStableFunc(g, func(a, b figure) int { return slices.Compare(a.words[1:], b.words[1:]) })
	return g
}

// sylTrie holds the given syllables written in ASCII lower-case letters. Splitting a word
// into syllables walks it once instead of hashing every prefix and suffix.
type sylTrie struct {
	nodes []sylNode
	// folds holds, by the node a syllable's last letter leads to, the syllable's fold
	// (foldSyllable): the names passes fold the syllables of every name they find, and a
	// walk of the trie costs less than hashing the syllable for nameIndex.fold.
	folds []string
	other bool // some syllable is not plain a-z: the trie cannot answer for it
}

// sylNode is one trie node: its children by letter, each index or'd with sylEnd when the
// child ends a syllable, so a walk reads one array per letter.
type sylNode struct {
	next [26]int32 // 0: none
}

const sylEnd = 1 << 30

func (t *sylTrie) add(s, fold string) {
	if s == "" {
		return
	}
	n, last := 0, 0
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c < 'a' || c > 'z' {
			t.other = true
			return
		}
		nx := t.nodes[n].next[c-'a'] &^ sylEnd
		if nx == 0 {
			t.nodes = append(t.nodes, sylNode{})
			nx = int32(len(t.nodes) - 1)
			t.nodes[n].next[c-'a'] = nx
		}
		last, n = n, int(nx)
	}
	t.nodes[last].next[s[len(s)-1]-'a'] |= sylEnd
	if len(t.folds) < len(t.nodes) {
		t.folds = append(t.folds, make([]string, len(t.nodes)-len(t.folds))...)
	}
	t.folds[n] = fold
}

// fold returns the fold of syllable w, when w is a syllable of the trie.
func (t *sylTrie) fold(w string) (string, bool) {
	if len(t.nodes) == 0 || w == "" {
		return "", false
	}
	n := 0
	var v int32
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c < 'a' || c > 'z' {
			return "", false
		}
		if v = t.nodes[n].next[c-'a']; v == 0 {
			return "", false
		}
		n = int(v &^ sylEnd)
	}
	if v&sylEnd == 0 {
		return "", false
	}
	return t.folds[n], true
}

// split splits w into one or two syllables, preferring the longest first syllable: w[:k] +
// w[k:], or w alone when k is len(w). It walks w once instead of hashing every prefix. ok is
// false when w holds a letter outside a-z before the walk stops (the caller falls back).
func (t *sylTrie) split(w string) (k int, found, ok bool) {
	var ends [16]int
	m := 0
	n := 0
	for j := 0; j < len(w); j++ {
		c := w[j]
		if c < 'a' || c > 'z' {
			return 0, false, false
		}
		v := t.nodes[n].next[c-'a']
		if v == 0 {
			break
		}
		n = int(v &^ sylEnd)
		if v&sylEnd != 0 && m < len(ends) {
			ends[m] = j + 1
			m++
		}
	}
	for j := m - 1; j >= 0; j-- {
		if k := ends[j]; k == len(w) || t.has(w[k:]) {
			return k, true, true
		}
	}
	return 0, false, true
}

// has reports whether w is a syllable in the trie.
func (t *sylTrie) has(w string) bool {
	if len(t.nodes) == 0 {
		return false
	}
	n := 0
	var v int32
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c < 'a' || c > 'z' {
			return false
		}
		v = t.nodes[n].next[c-'a']
		if v == 0 {
			return false
		}
		n = int(v &^ sylEnd)
	}
	return v&sylEnd != 0
}
