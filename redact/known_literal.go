package redact

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// knownLiteral is a known form matched as it is written, where the phrase matcher (whole
// words, by key) would miss it:
//   - Han and kana are written without spaces, so a name in Chinese or Japanese is a part of
//     a longer word ("我叫李春花", "田中さん"): such a form is found anywhere inside words;
//   - a term with punctuation of its own ("C++", "#7", "(blue) bag*", "U.N. man") has a key
//     that drops it (one letter, or words whose gap the matcher refuses);
//   - a term that ends in Hangul but is not all Hangul ("37기") takes particles
//     ("37기였어요") as a Hangul key does.
//
// The form is compared with the text's Fold character for character (case-folded, any
// run of spaces for a space), anchored on the text's words: its first word must be one (or,
// for Han and kana, be inside one). A word boundary is asked for only at an end that is a
// letter or digit of another script, as a term's punctuation or a CJK character is a
// boundary of its own.
type knownLiteral struct {
	text     string // the form's Fold, a space for each run of spaces
	head     string // its first word (splitWords), where a match is anchored; inWords: its first character
	headHash uint32 // phraseHash of head
	pre      int    // the bytes of text before head: no word's characters
	inWords  bool   // the form holds Han or kana: head is looked for inside words
	glued    bool   // the form ends in Hangul: the text's word may go on (particles)
	boundL   bool   // the form starts with a letter or digit that must start a word
	boundR   bool   // the form ends with a letter or digit that must end a word
	variant  []int  // its entry's variant number (knownEntry.firstVariant): planning's payload
	form     []int  // its index in runState.forms: the residual check's payload
}

// isCJK says whether r is Han or kana (the prolonged sound mark too), the scripts written
// without spaces between words.
func isCJK(r rune) bool {
	if r < 0x3000 {
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || r == 0x30FC
}

// allCJK says whether s, a variant, is Han and kana only.
func allCJK(s string) bool {
	// U+3000 to U+9FFF, or past U+FFFF (Han extensions, in rare given names): most
	// variants stop here.
	if s == "" || (s[0] < 0xE3 || s[0] > 0xE9) && s[0] < 0xF0 {
		return false
	}
	for _, r := range s {
		if !isCJK(r) {
			return false
		}
	}
	return true
}

// newKnownLiteral returns the literal of the form s (a sensitive term as listed, or a
// person's variant), ok false where the phrase matcher finds s as it is and needs none.
func newKnownLiteral(s string) (knownLiteral, bool) {
	if !mayNeedLiteral(s) {
		return knownLiteral{}, false
	}
	_, fold, _ := normalize(s, nil)
	// Sentence punctuation after a listed term ("Pyongsong,") is the list's, not the term's:
	// the words are matched without it, by key, and the text keeps its own.
	fold = strings.TrimRight(strings.Join(strings.Fields(fold), " "), ".,;:!? ")
	ws := splitWords(fold)
	if len(ws) == 0 || utf8.RuneCountInString(fold) < 2 {
		return knownLiteral{}, false
	}
	l := knownLiteral{text: fold, head: fold[ws[0].start:ws[0].end], pre: ws[0].start}
	l.headHash = phraseHash(phraseHashSeed, l.head)
	first, _ := utf8.DecodeRuneInString(fold)
	last, _ := utf8.DecodeLastRuneInString(fold)
	cjk := false
	for _, r := range fold {
		if isCJK(r) {
			cjk = true
			break
		}
	}
	l.inWords = cjk
	if cjk {
		// Anchored on its first character: "李 春花" is in "我叫李 春花" though no word is "李".
		_, size := utf8.DecodeRuneInString(l.head)
		l.head = l.head[:size]
	}
	l.glued = isHangulSyllable(last)
	l.boundL = isWordRune(first) && !isCJK(first)
	l.boundR = isWordRune(last) && !isCJK(last) && !l.glued
	if cjk {
		return l, true
	}
	// Punctuation the key drops: before the first word, after the last, or a gap between
	// two words that the matcher does not join.
	need := l.pre > 0 || ws[len(ws)-1].end < len(fold)
	for i := 1; i < len(ws) && !need; i++ {
		g := fold[ws[i-1].end:ws[i].start]
		need = g != " " && !gapJoins(g)
	}
	// Ending in Hangul, the key is a Hangul key (particles allowed) only if it is all Hangul.
	if !need && l.glued && !isHangulKey(phraseKey(fold)) {
		need = true
	}
	return l, need
}

// appendLiteralHits appends to hits the matches of the run's known literals in t, in Fold
// offsets, sorted by start with them; residual picks the payloads (the form's index in
// forms, else the variant's number). A word for which skip says true (replacement text in
// an output) starts no match.
func (r *runState) appendLiteralHits(t *Text, hits []phraseMatch, residual bool, skip func(word) bool) []phraseMatch {
	if len(r.literals) == 0 {
		return hits
	}
	n := len(hits)
	fold, words, hashes := t.Fold, t.wordList(), t.wordHashes()
	ascii := t.isASCII()
	for li := range r.literals {
		l := &r.literals[li]
		ps := l.variant
		if residual {
			ps = l.form
		}
		if l.inWords && ascii {
			continue // no Han or kana in the text
		}
		for i, w := range words {
			if l.inWords {
				// Anchored inside the word: every place the head is found there.
				if t.wordFlags[i]&wordOther == 0 || skip != nil && skip(w) {
					continue
				}
				for off := w.start; off < w.end; {
					k := strings.Index(fold[off:w.end], l.head)
					if k < 0 {
						break
					}
					c := off + k
					_, size := utf8.DecodeRuneInString(l.head)
					off = c + size
					if e := l.matchAt(fold, c); e >= 0 {
						hits = append(hits, matchOf(words, c-l.pre, e, ps))
					}
				}
				continue
			}
			fw := fold[w.start:w.end]
			if !(hashes[i] == l.headHash && fw == l.head || l.glued && len(fw) > len(l.head) && strings.HasPrefix(fw, l.head)) {
				continue
			}
			if skip != nil && skip(w) {
				continue
			}
			if e := l.matchAt(fold, w.start); e >= 0 {
				hits = append(hits, matchOf(words, w.start-l.pre, e, ps))
			}
		}
	}
	if len(hits) > n {
		slices.SortStableFunc(hits, func(a, b phraseMatch) int { return cmp.Compare(a.start, b.start) })
	}
	return hits
}

// matchAt returns the end of the literal in fold whose head starts at c, or -1 if it is not
// there: the characters before the head, the rest of it (a space of the form matches one to
// maxGap bytes of spacing, with one line break at most; between Han or kana none too), and
// a word boundary at an end that asks for one.
func (l *knownLiteral) matchAt(fold string, c int) int {
	s := c - l.pre
	if s < 0 || fold[s:c] != l.text[:l.pre] {
		return -1
	}
	if l.boundL && !isBoundaryBefore(fold, s) && !cjkBefore(fold, s) {
		return -1
	}
	j := c
	for i := l.pre; i < len(l.text); i++ {
		if l.text[i] == ' ' {
			g, lines := j, 0
			for g < len(fold) && g-j < maxGap {
				if b := fold[g]; b == ' ' || b == '\t' || b == '\r' {
					g++
				} else if b == '\n' && lines == 0 {
					lines++
					g++
				} else {
					break
				}
			}
			if g == j && !l.inWords {
				return -1
			}
			j = g
			continue
		}
		if l.inWords && j > c && i > l.pre && l.text[i-1] != ' ' && j < len(fold) && isBlank(fold[j]) {
			// Han and kana are written without spaces, and a space between them is none:
			// "李 春花" is the listed "李春花".
			g := j
			for g < len(fold) && g-j < maxGap && isBlank(fold[g]) {
				g++
			}
			j = g
		}
		if j >= len(fold) || fold[j] != l.text[i] {
			return -1
		}
		j++
	}
	if l.boundR && !isBoundaryAfter(fold, j) && !cjkAfter(fold, j) {
		return -1
	}
	return j
}

// isBlank says whether b is a space or a tab.
func isBlank(b byte) bool { return b == ' ' || b == '\t' }

// cjkBefore and cjkAfter say whether the character before (after) offset o of s is Han or
// kana: a change of script there is a word boundary for a form of another script.
func cjkBefore(s string, o int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:o])
	return isCJK(r)
}

func cjkAfter(s string, o int) bool {
	r, _ := utf8.DecodeRuneInString(s[o:])
	return isCJK(r)
}

// knownApart is snapToWords' boundary for a known form: it is the name or term itself, and
// in Chinese or Japanese, written without spaces, the Han and kana around it are the rest
// of the sentence (particles, "さん"), not more of the name.
func knownApart(p, n rune) bool { return isCJK(p) || isCJK(n) }

// mayNeedLiteral is newKnownLiteral's quick test, without normalising s: a term of ASCII
// letters, digits and spaces, with Hangul syllables only where it does not end in one
// after ASCII ("37기"), needs no literal; any other character is for newKnownLiteral to
// judge.
func mayNeedLiteral(s string) bool {
	ascii, hangulEnd := false, false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiAlnum(c) && c != ' ' {
				return true
			}
			ascii = ascii || c != ' '
			hangulEnd = hangulEnd && c == ' '
			i++
			continue
		}
		if !syllableAt(s, i) {
			return true
		}
		hangulEnd = true
		i += 3
	}
	return ascii && hangulEnd
}

// addLiterals adds the literals of the known entry ke, whose variants are variants[from:]:
// a person's variants in Han and kana, or the listed form of a term that needs one. A term's
// literal has the payload of its full key; where that is no variant (one letter: "C++"),
// the literal's form is added as one, so that its matches are the entry's and the
// residual check looks for it. It returns variants.
func (r *runState) addLiterals(ke *knownEntry, variants []string, from int) []string {
	if ke.Category == Person {
		for j, v := range variants[from:] {
			if allCJK(v) {
				if l, ok := newKnownLiteral(v); ok {
					l.variant = []int{from + j}
					r.literals = append(r.literals, l)
				}
			}
		}
		return variants
	}
	l, ok := newKnownLiteral(ke.Text)
	if !ok {
		return variants
	}
	// Not a variant of its own beside the full key: the key would be a part of it
	// (isPartial), and a detector's span would win over the known one.
	j := slices.Index(variants[from:], ke.fullKey)
	if j < 0 {
		j = len(variants) - from
		variants = append(variants, l.text)
	}
	l.variant = []int{from + j}
	r.literals = append(r.literals, l)
	return variants
}

// numberLiteralForms sets each literal's index in forms, whose first entries are the
// variants of two letters or more in order (plan): the residual check's payload.
func (r *runState) numberLiteralForms() {
	if len(r.literals) == 0 {
		return
	}
	li, f := 0, 0
	for v, s := range r.variants {
		for li < len(r.literals) && r.literals[li].variant[0] == v {
			r.literals[li].form = []int{f}
			li++
		}
		if utf8.RuneCountInString(s) >= 2 {
			f++
		}
	}
}
