package redact

import (
	"encoding/binary"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text is a document prepared for matching: Norm is the NFKC form with zero-width characters
// removed (and confusables folded), and every byte of Norm maps back to a byte of Original,
// so a match in Norm becomes an exact span of the original.
//
// Fold is Norm in lower case with exactly the same byte length, so an offset into Fold is an
// offset into Norm: detectors match case-insensitively on Fold and report offsets without a
// second map. Letters whose lower case has a different UTF-8 length keep their case.
type Text struct {
	Original string
	Norm     string
	Fold     string
	// origAt[i] is the offset in Original of the character that produced Norm byte i;
	// origAt[len(Norm)] == len(Original). Nil when Norm is Original (ASCII input, or see
	// runeStarts): the map is the identity, and a testimony's worth of ints is not
	// allocated for it.
	origAt []int32
	// runeStarts says that Norm is Original, which is not all ASCII: normalising changed no
	// character (most Korean testimonies). origAt is nil then too, and the map it would hold
	// takes each byte to the start of its character (runeStart).
	runeStarts bool

	wordsOnce sync.Once
	words     []word
	clsOnce   sync.Once
	cls       []uint32
	clsBlocks []uint32 // the OR of cls over each 64 words, in cls's buffer (lookupWords)
	clsMasks  []uint32 // per 64 words, a mask of each class for words 0-31, then 32-63 (classifyWords)
	runsOnce  sync.Once
	runs      []numberRun // numberRuns(Fold, 4), for textNumberRuns
	// Anchors several detectors start from (numberAnchors, initialAnchors), found once;
	// callers must not modify them.
	numOnce     sync.Once
	numAnchors  []int
	initialOnce sync.Once
	initials    []int
	hashes      []uint32 // wordHashes, made with words
	wordFlags   []uint32 // what each word is made of (wordLetters, ...), made with words
	// The pooled buffers words, hashes, cls and origAt were made in, for a long text (release).
	wordBuf *[]word
	hashBuf *[]uint32 // holds hashes and wordFlags
	clsBuf  *[]uint32
	origBuf *[]int32
	// The offsets of every anchor table's words (anchorLists), found with cls, in anchorBuf.
	anchors   [][]int
	anchorBuf *anchorBuffer
	// The names detectors' shared analysis (analyse), for one name index.
	anMu sync.Mutex
	an   *analysis
	anIx *nameIndex
	// The places detector's candidates and their entries (placeBuffer): the run reads them
	// until its end, when release gives them back.
	placeBuf *placeBuffer
	// The room detectors append their candidates to (candidateRoom): read until the run's end.
	candBuf *candidateArena
}

// word is a run of letters, marks and digits in Norm (byte offsets); Fold[start:end] is its
// case-folded form. Everything the engine matches is a sequence of words.
type word struct{ start, end int }

// Orig maps a [start, end) byte span of Norm to the span of Original it came from. A span
// that starts or ends inside the expansion of one original character (NFKC can turn one
// character into several) widens to the whole character, so a mapped span never cuts one.
func (t *Text) Orig(start, end int) (int, int) {
	if t.origAt == nil {
		n := len(t.Original)
		start = min(max(start, 0), n)
		end = min(max(end, start), n)
		if !t.runeStarts {
			return start, end
		}
		// What the map does below, on the implicit map: a start inside a character moves
		// back to it, an end inside one forward past it (back if the span is empty).
		s, e := runeStart(t.Original, start), runeStart(t.Original, end)
		if end > start && e != end {
			e = nextRuneStart(t.Original, end)
		}
		return s, e
	}
	if start < 0 {
		start = 0
	}
	if start >= len(t.origAt) {
		start = len(t.origAt) - 1
	}
	if end < start {
		end = start
	}
	s := int(t.origAt[start])
	if end >= len(t.origAt)-1 {
		return s, len(t.Original)
	}
	e := int(t.origAt[end])
	if end > start && int(t.origAt[end-1]) == e {
		k := end
		for k < len(t.origAt)-1 && int(t.origAt[k]) == e {
			k++
		}
		e = int(t.origAt[k])
	}
	return s, e
}

// NewText normalises s, keeping the offset map. ASCII takes a fast path: it is already NFKC
// and needs only case folding, and it is almost all of an English testimony.
func NewText(s string) *Text {
	// The Text itself, and its offset map, come from the pool: the engine makes two of them
	// per field and run, and gives them back when the run is over (release).
	t := texts.Get().(*Text)
	t.Original = s
	box := offsetBuffers.Get().(*[]int32)
	t.Norm, t.Fold, t.origAt, t.runeStarts = normalizeLazy(s, box)
	if t.origAt == nil {
		offsetBuffers.Put(box)
	} else {
		t.origBuf = box
	}
	return t
}

var (
	texts         = sync.Pool{New: func() any { return new(Text) }}
	offsetBuffers = sync.Pool{New: func() any { return new([]int32) }}
)

// normalize returns NewText's Norm and Fold of s, and its offset map when offsets is not nil
// (nil for ASCII input, the identity), built in *offsets, which it leaves holding the map.
// Callers that only read the words of a short string (a name, a phrase key) pass nil and
// need no Text.
func normalize(s string, offsets *[]int32) (normS, fold string, origAt []int32) {
	normS, fold, origAt, same := normalizeLazy(s, offsets)
	if same && offsets != nil {
		// The map normalizeLazy left implicit: each byte to the start of its character.
		origAt = append(appendRuneStarts((*offsets)[:0], s), int32(len(s)))
		*offsets = origAt
	}
	return normS, fold, origAt
}

// normalizeLazy is normalize, except that where s is not ASCII and normalising changes
// nothing (most Korean testimonies), it returns s itself as Norm with same set, and builds no
// offset map: that map is each byte's offset to the start of its character (Text.runeStarts).
// Norm is copied out, and the map written, only from the first character that changes.
func normalizeLazy(s string, offsets *[]int32) (normS, fold string, origAt []int32, same bool) {
	normS, fold, origAt, same = normalizeNFKC(s, offsets)
	return dropAspirationMarks(s, normS, fold, origAt, same, offsets)
}

// normalizeNFKC is normalizeLazy before dropAspirationMarks: NFKC, zero-width characters
// removed, confusables folded.
func normalizeNFKC(s string, offsets *[]int32) (normS, fold string, origAt []int32, same bool) {
	if ascii, upper := asciiCase(s); ascii {
		if upper {
			return s, foldASCII(s), nil, false
		}
		return s, s, nil, false
	}
	// Norm is built in a Builder, so the string is the buffer itself and not a copy of it;
	// but only once a character changes (copied): until then Norm is s[:i], nothing written.
	var out strings.Builder
	copied := false
	withOffsets := offsets != nil
	// Fold is made in the same pass (see foldString), from the first byte that folding
	// changes: until then it is the Norm written so far.
	var fb strings.Builder
	folded := false
	startFold := func(i int) {
		folded = true
		fb.Grow(len(s) + 8)
		if copied {
			fb.WriteString(out.String())
		} else {
			fb.WriteString(s[:i])
		}
	}
	// startCopy writes Norm so far, s[:i], and its map, where the first change is at i.
	startCopy := func(i int) {
		copied = true
		out.Grow(len(s) + 8)
		out.WriteString(s[:i])
		if withOffsets {
			if want := len(s) + 9; cap(*offsets) < want {
				*offsets = make([]int32, 0, want)
			}
			origAt = appendRuneStarts((*offsets)[:0], s[:i])
		}
	}
	var it *norm.Iter
	var scratch []byte
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf || c >= 0xea && c <= 0xed {
			// A run of ASCII and Hangul syllables is NFKC as it is: nothing joins an ASCII
			// byte but a combining mark, nor a syllable but a conjoining jamo. The run ends
			// before a character such a one follows, which goes through NFKC with it.
			j, syllables := plainRun(s, i)
			if j > i && !startsSegment(s[j:]) {
				if s[j-1] < utf8.RuneSelf {
					j--
				} else {
					j -= 3
				}
			}
			if j > i {
				run := s[i:j]
				if !folded && hasUpperASCII(run) {
					startFold(i)
				}
				if folded {
					writeFoldedASCII(&fb, run)
				}
				if copied {
					out.WriteString(run)
				}
				if copied && withOffsets {
					// Written in place after one capacity check: each byte its own offset,
					// but a syllable's three bytes all the offset of its first.
					n := len(origAt)
					origAt = slices.Grow(origAt, j-i)[:n+j-i]
					if !syllables {
						// Each byte its own offset: four at a time, then the rest.
						dst, at := origAt[n:], int32(i)
						k := 0
						for ; k+4 <= len(dst); k, at = k+4, at+4 {
							d := dst[k : k+4 : k+4]
							d[0], d[1], d[2], d[3] = at, at+1, at+2, at+3
						}
						for ; k < len(dst); k, at = k+1, at+1 {
							dst[k] = at
						}
					} else {
						// A character at a time: an ASCII byte, or a syllable's three bytes
						// (every other byte of the run is one's first).
						dst := origAt[n:]
						for k := 0; k < len(run); {
							at := int32(i + k)
							if run[k] < utf8.RuneSelf {
								dst[k] = at
								k++
								continue
							}
							d := dst[k : k+3]
							d[0], d[1], d[2] = at, at, at
							k += 3
						}
					}
				}
				i = j
				continue
			}
		}
		if c := s[i]; c >= utf8.RuneSelf {
			// Most non-ASCII text (Hangul syllables, CJK) is already NFKC and each character
			// is a segment of its own: copy it without running the normaliser.
			p := norm.NFKC.PropertiesString(s[i:])
			w := p.Size()
			if w > 0 && p.CCC() == 0 && len(p.Decomposition()) == 0 && isNFKC(s[i:i+w]) &&
				(i+w == len(s) || s[i+w] < utf8.RuneSelf || norm.NFKC.PropertiesString(s[i+w:]).BoundaryBefore()) {
				r, rw := utf8.DecodeRuneInString(s[i:])
				if !isZeroWidth(r) {
					l, swapped := confusables[r]
					if swapped {
						r = l
					}
					if !copied && (swapped || rw != w || r == utf8.RuneError && rw == 1) {
						startCopy(i) // written otherwise than it is in s
					}
					if l := foldRune(r); folded || l != r {
						if !folded {
							startFold(i)
						}
						fb.WriteRune(l)
					}
					if copied {
						n, _ := out.WriteRune(r)
						for ; withOffsets && n > 0; n-- {
							origAt = append(origAt, int32(i))
						}
					}
				} else if !copied {
					startCopy(i) // dropped
				}
				i += w
				continue
			}
		}
		if !copied {
			startCopy(i)
		}
		// One normalisation segment (a starter and its combining marks) from i.
		// An expansion ("ﬁ" → "fi") comes out of Next in pieces before Pos moves: collect
		// them all, or the iterator carries the rest into the next InitString.
		if it == nil {
			it = new(norm.Iter)
		}
		it.InitString(norm.NFKC, s[i:])
		seg := append(scratch[:0], it.Next()...)
		for it.Pos() == 0 && !it.Done() {
			seg = append(seg, it.Next()...)
		}
		scratch = seg
		w := it.Pos()
		if w <= 0 {
			_, w = utf8.DecodeRuneInString(s[i:])
			seg = []byte(s[i : i+w])
		}
		for k := 0; k < len(seg); {
			r, rw := utf8.DecodeRune(seg[k:])
			k += rw
			if isZeroWidth(r) {
				continue
			}
			if l, ok := confusables[r]; ok {
				r = l
			}
			if l := foldRune(r); folded || l != r {
				if !folded {
					startFold(i)
				}
				fb.WriteRune(l)
			}
			n, _ := out.WriteRune(r)
			for ; withOffsets && n > 0; n-- {
				origAt = append(origAt, int32(i))
			}
		}
		i += w
	}
	if !copied {
		if !folded {
			return s, s, nil, true
		}
		return s, fb.String(), nil, true
	}
	if withOffsets {
		origAt = append(origAt, int32(len(s)))
		*offsets = origAt
	}
	normS = out.String()
	if !folded {
		return normS, normS, origAt, false
	}
	return normS, fb.String(), origAt, false
}

// dropAspirationMarks removes from Norm and Fold (and their offset map, when offsets is not
// nil) the apostrophe that McCune-Reischauer romanization writes after an aspirated
// consonant: "Ch'oe", "Hyok-ch'ol", "K'ang", "T'ae-ho", "P'yongyang" (the breves are folded
// already, see confusables). why: the same names are as often written without it ("Choe",
// "Chol-su"), and the names passes, the known-person variants and the residual check all
// read Fold, so every one of them meets one spelling; with the mark left in, "Ch'oe" was two
// words, "Ch" and "oe", and neither a surname. The mark is an apostrophe (typographic ones
// are folded to it) between ch, k, t or p and a vowel (or the w, y of a diphthong) inside a
// word: "don't", "it's", "Ji'an", "Pyongyang's" have no such pair and keep theirs. The
// original keeps the mark, and a span over the word maps back to all of it.
func dropAspirationMarks(s, normS, fold string, origAt []int32, same bool, offsets *[]int32) (string, string, []int32, bool) {
	first := nextAspirationMark(normS, 0)
	if first < 0 {
		return normS, fold, origAt, same
	}
	if origAt == nil && offsets != nil {
		// The implicit map written out: the identity (ASCII), or each byte to the start of
		// its character (same).
		if want := len(s) + 1; cap(*offsets) < want {
			*offsets = make([]int32, 0, want)
		}
		origAt = append(appendRuneStarts((*offsets)[:0], s), int32(len(s)))
	}
	var nb, fb strings.Builder
	nb.Grow(len(normS))
	fb.Grow(len(normS))
	at := 0 // the next byte of Norm to keep
	w := 0  // where the map's next kept entry goes (entries move left, in place)
	for j := first; j >= 0; j = nextAspirationMark(normS, j+1) {
		nb.WriteString(normS[at:j])
		fb.WriteString(fold[at:j])
		if origAt != nil {
			w += copy(origAt[w:], origAt[at:j])
		}
		at = j + 1
	}
	nb.WriteString(normS[at:])
	fb.WriteString(fold[at:])
	if origAt != nil {
		w += copy(origAt[w:], origAt[at:]) // with the final entry, len(s)
		origAt = origAt[:w]
		if offsets != nil {
			*offsets = origAt
		}
	}
	return nb.String(), fb.String(), origAt, false
}

// nextAspirationMark is the offset of the first aspiration mark (dropAspirationMarks) in
// Norm at or after from, or -1.
func nextAspirationMark(normS string, from int) int {
	for from < len(normS) {
		k := strings.IndexByte(normS[from:], '\'')
		if k < 0 {
			return -1
		}
		j := from + k
		if aspirationMarkAt(normS, j) {
			return j
		}
		from = j + 1
	}
	return -1
}

// aspirationMarkAt says whether the apostrophe at j of Norm is an aspiration mark: after
// ch, k, t or p and before a, e, i, o, u, w or y, in either case.
func aspirationMarkAt(s string, j int) bool {
	if j < 1 || j+1 >= len(s) {
		return false
	}
	// |0x20 lowers an ASCII letter; no other byte becomes one of these letters by it.
	switch s[j-1] | 0x20 {
	case 'k', 't', 'p':
	case 'h':
		if j < 2 || s[j-2]|0x20 != 'c' {
			return false
		}
	default:
		return false
	}
	switch s[j+1] | 0x20 {
	case 'a', 'e', 'i', 'o', 'u', 'w', 'y':
		return true
	}
	return false
}

// appendRuneStarts appends to dst, for each byte of s (valid UTF-8), the offset of the
// character it is part of: the offset map of a stretch that normalising leaves as it is.
func appendRuneStarts(dst []int32, s string) []int32 {
	n := len(dst)
	dst = slices.Grow(dst, len(s))[:n+len(s)]
	at := int32(0)
	for k, d := 0, dst[n:]; k < len(s); k++ {
		if s[k]&0xc0 != 0x80 {
			at = int32(k)
		}
		d[k] = at
	}
	return dst
}

// foldRune is the lower case of r where it has the same UTF-8 length, else r (foldString).
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	if !isSyllable(r) {
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == utf8.RuneLen(r) {
			return l
		}
	}
	return r
}

// plainRun returns the end of the run of ASCII and Hangul syllables that starts at i, and
// whether it holds a syllable.
func plainRun(s string, i int) (end int, syllables bool) {
	j := i
	for j < len(s) {
		if s[j] < utf8.RuneSelf {
			j++
			for j+8 <= len(s) && load64(s[j:])&hiBits == 0 {
				j += 8
			}
			for j < len(s) && s[j] < utf8.RuneSelf {
				j++
			}
			continue
		}
		if !syllableAt(s, j) {
			break
		}
		j += 3
		syllables = true
	}
	return j, syllables
}

// upperASCIIBytes is upperBytes for eight bytes of any value: the high bit of each byte
// that is A-Z. The sums are over the bytes without their high bits, so none carries into
// the next byte; bytes that had it (not ASCII) are masked off at the end.
func upperASCIIBytes(v uint64) uint64 {
	x := v &^ hiBits
	return (x + (0x80-'A')*loBits) &^ (x + (0x80-'Z'-1)*loBits) &^ v & hiBits
}

// hasUpperASCII says whether s has an ASCII letter A-Z (its other bytes may be anything).
func hasUpperASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if upperASCIIBytes(load64(s[i:])) != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// writeFoldedASCII writes s to b with A-Z lowered and every other byte as it is: a chunk at
// a time copied to a buffer on the stack, folded there in place eight bytes at a time, and
// written whole. Two writes per eight bytes with an upper-case letter (the "[Interviewee]"
// labels of a redacted Korean text) cost more than folding every byte.
func writeFoldedASCII(b *strings.Builder, s string) {
	var buf [512]byte
	for i := 0; i < len(s); {
		chunk := buf[:copy(buf[:], s[i:])]
		i += len(chunk)
		k := 0
		// Sixteen bytes a turn: half the loop's tests. An upper-case letter lacks the 0x20
		// bit its lower case has.
		for ; k+16 <= len(chunk); k += 16 {
			w := (*[16]byte)(chunk[k : k+16])
			v, u := binary.LittleEndian.Uint64(w[:8]), binary.LittleEndian.Uint64(w[8:])
			binary.LittleEndian.PutUint64(w[:8], v|upperASCIIBytes(v)>>2)
			binary.LittleEndian.PutUint64(w[8:], u|upperASCIIBytes(u)>>2)
		}
		if k+8 <= len(chunk) {
			w := (*[8]byte)(chunk[k : k+8])
			v := binary.LittleEndian.Uint64(w[:])
			binary.LittleEndian.PutUint64(w[:], v|upperASCIIBytes(v)>>2)
			k += 8
		}
		for ; k < len(chunk); k++ {
			if c := chunk[k]; 'A' <= c && c <= 'Z' {
				chunk[k] = c + 'a' - 'A'
			}
		}
		b.Write(chunk)
	}
}

// isNFKC is norm.NFKC.IsNormalString without its allocation in the common case: the quick
// check decides almost every character, and IsNormalString allocates on every call.
func isNFKC(s string) bool {
	return norm.NFKC.QuickSpanString(s) == len(s) || norm.NFKC.IsNormalString(s)
}

// startsSegment reports whether s is empty or starts with a character that never joins the
// one before it in NFKC: ASCII, a Hangul syllable, or a character the normaliser's tables
// mark as a boundary and that does not decompose ("ㄳ" is such a boundary, but its
// decomposition, a final jamo, joins a syllable before it).
func startsSegment(s string) bool {
	if s == "" || s[0] < utf8.RuneSelf {
		return true
	}
	if syllableAt(s, 0) {
		return true
	}
	p := norm.NFKC.PropertiesString(s)
	return p.BoundaryBefore() && len(p.Decomposition()) == 0
}

// asciiCase says whether s is all ASCII, and whether it has an upper-case letter.
func asciiCase(s string) (ascii, upper bool) {
	i := 0
	// Eight bytes at a time: a high bit is a non-ASCII byte, upperBytes finds A-Z.
	for ; i+8 <= len(s); i += 8 {
		v := load64(s[i:])
		if v&hiBits != 0 {
			return false, false
		}
		if upperBytes(v) != 0 {
			upper = true
			break
		}
	}
	if upper {
		// After the first upper-case letter only the high bits are left to test: 32 bytes at
		// a time.
		for ; i+32 <= len(s); i += 32 {
			b := s[i : i+32]
			if (load64(b)|load64(b[8:])|load64(b[16:])|load64(b[24:]))&hiBits != 0 {
				return false, false
			}
		}
		for ; i+8 <= len(s); i += 8 {
			if load64(s[i:])&hiBits != 0 {
				return false, false
			}
		}
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false, false
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	return true, upper
}

// normOffset is the first Norm offset produced at or after the original offset o.
func (t *Text) normOffset(o int) int {
	if t.origAt == nil {
		o = min(max(o, 0), len(t.Original)+1)
		if t.runeStarts && o < len(t.Original) && t.Original[o]&0xc0 == 0x80 {
			o = nextRuneStart(t.Original, o) // the next character's first byte
		}
		return o
	}
	return searchOffsets(t.origAt, o, len(t.Original))
}

// searchOffsets is sort.Search for the first i with a[i] >= o in the nondecreasing a, whose
// last entry is last, or len(a). NFKC changes the length of few characters, spread over the
// text, so the answer is near o scaled by len(a)/last: it gallops out from there, then bisects.
func searchOffsets(a []int32, o, last int) int {
	n := len(a)
	if n == 0 {
		return 0
	}
	g := n - 1
	if o < last {
		g = max(o, 0) * (n - 1) / max(last, 1)
	}
	return gallopOffsets(a, o, g)
}

// gallopOffsets returns the least i with a[i] >= o, len(a) when there is none (what
// Text.normOffset's sort.Search finds in the sorted a), searching out from g.
func gallopOffsets(a []int32, o, g int) int {
	n := len(a)
	g = min(max(g, 0), n)
	// The answer is in [lo, hi].
	lo, hi := 0, n
	if g < n && int(a[g]) < o {
		lo = g + 1
		for step := 1; ; step *= 2 {
			p := g + step
			if p >= n {
				break
			}
			if int(a[p]) >= o {
				hi = p
				break
			}
			lo = p + 1
		}
	} else {
		hi = g
		for step := 1; ; step *= 2 {
			p := g - step
			if p < 0 {
				break
			}
			if int(a[p]) < o {
				lo = p + 1
				break
			}
			hi = p
		}
	}
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(a[m]) < o {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// isASCII says whether Norm is all ASCII (then so is Original, and Norm is Original). A
// detector that looks only for other characters (Hangul, Han) is spared its scan of a text
// that is. The comparison of Norm and Original turns away a Text that NewText did not make.
func (t *Text) isASCII() bool { return t.origAt == nil && !t.runeStarts && t.Norm == t.Original }

// runeStart is the offset of the first byte of the character of s (valid UTF-8) at i.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && s[i]&0xc0 == 0x80 {
		i--
	}
	return i
}

// nextRuneStart is the offset of the first character of s (valid UTF-8) that starts after
// i, or len(s).
func nextRuneStart(s string, i int) int {
	for i++; i < len(s) && s[i]&0xc0 == 0x80; i++ {
	}
	return i
}

// origLen is the length of the offset map: len(Norm)+1.
func (t *Text) origLen() int {
	if t.origAt == nil {
		return len(t.Original) + 1
	}
	return len(t.origAt)
}

const (
	loBits = 0x0101010101010101
	hiBits = 0x8080808080808080
)

// load64 reads the first eight bytes of s, little-endian (the compiler makes it one load).
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// upperBytes has the high bit set in each byte of v (all ASCII) that is 'A' to 'Z': adding
// 0x80-'A' sets the high bit of bytes >= 'A', adding 0x80-'Z'-1 of bytes > 'Z', and no sum
// carries into the next byte because every byte is below 0x80.
func upperBytes(v uint64) uint64 {
	return (v + (0x80-'A')*loBits) &^ (v + (0x80-'Z'-1)*loBits) & hiBits
}

// foldASCII lower-cases an ASCII string into one new string.
func foldASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	writeFoldedASCII(&b, s)
	return b.String()
}

// foldString lower-cases s where the lower case has the same UTF-8 length: s itself when
// folding changes nothing (Hangul, text already in lower case), else one new string.
func foldString(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				break
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isSyllable(r) {
			if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == w {
				break
			}
		}
		i += w
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			// Runs of bytes that stay as they are are copied whole.
			j := i
			for j < len(s) && s[j] < utf8.RuneSelf && !('A' <= s[j] && s[j] <= 'Z') {
				j++
			}
			if j > i {
				b.WriteString(s[i:j])
				i = j
				continue
			}
			b.WriteByte(c + 'a' - 'A')
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isSyllable(r) {
			if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == w {
				b.WriteRune(l)
				i += w
				continue
			}
		}
		b.WriteString(s[i : i+w])
		i += w
	}
	return b.String()
}

func isZeroWidth(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e':
		return true
	}
	return false
}

// isWordRune says which runes make up words: letters, marks and digits. Everything else
// (spaces, punctuation, symbols) separates words.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if isSyllable(r) {
		return true // a letter, without the table search
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// wordHashes returns phraseHash of every word of t (its Fold form), computed once per text
// with the words themselves: every matcher run over the text and every table lookup of its
// words (wordTable) starts from them.
func (t *Text) wordHashes() []uint32 {
	t.wordList()
	return t.hashes
}

// Words returns the words of Norm, computed once per text, with their hashes (wordHashes)
// and flags (wordFlags).
func (t *Text) wordList() []word {
	t.wordsOnce.Do(func() {
		want := len(t.Fold)/5 + 1
		// The hashes and flags share one buffer, half each (appending past want moves either
		// out of it); it comes from the pool, as the words' does (release).
		t.wordBuf = wordBuffers.Get().(*[]word)
		if cap(*t.wordBuf) < want {
			*t.wordBuf = make([]word, 0, want)
		}
		t.hashBuf = perWordBuffers.Get().(*[]uint32)
		if cap(*t.hashBuf) < 2*want {
			*t.hashBuf = make([]uint32, 0, 2*want)
		}
		hf := (*t.hashBuf)[:2*want]
		t.words, t.hashes, t.wordFlags = scanWords((*t.wordBuf)[:0], hf[:0:want], hf[want:want], t.Fold)
	})
	return t.words
}

// Word flags say what a word is made of: which ASCII characters, and whether any other.
const (
	wordLetters = 1 << iota // an ASCII letter
	wordDigits              // an ASCII digit
	wordOther               // a character that is not ASCII
)

// A testimony's words, their hashes, flags and classes are half a megabyte: the buffers of a long
// text come from the texts before it (see release).
var (
	wordBuffers    = sync.Pool{New: func() any { return new([]word) }}
	perWordBuffers = sync.Pool{New: func() any { return new([]uint32) }}
)

// release gives t and its pooled buffers (its offset map, its words, their hashes and
// classes, the names analysis's tokens) back. Only the engine calls it, once, when it is done
// with t: nothing may use t afterwards.
func (t *Text) release() {
	t.releaseAnalysis()
	if t.origBuf != nil {
		offsetBuffers.Put(t.origBuf)
		t.origBuf, t.origAt = nil, nil
	}
	if t.wordBuf != nil {
		*t.wordBuf = t.words[:0]
		wordBuffers.Put(t.wordBuf)
		t.wordBuf, t.words = nil, nil
	}
	if t.hashBuf != nil {
		// The buffer itself, holding hashes and flags, even if either grew out of it.
		*t.hashBuf = (*t.hashBuf)[:0]
		perWordBuffers.Put(t.hashBuf)
		t.hashBuf, t.hashes, t.wordFlags = nil, nil, nil
	}
	if t.clsBuf != nil {
		*t.clsBuf = t.cls[:0]
		perWordBuffers.Put(t.clsBuf)
		t.clsBuf, t.cls = nil, nil
	}
	if t.anchorBuf != nil {
		anchorBuffers.Put(t.anchorBuf)
	}
	if t.placeBuf != nil {
		t.placeBuf.release()
	}
	if t.candBuf != nil {
		t.candBuf.release()
	}
	*t = Text{}
	texts.Put(t)
}

func splitWords(s string) []word { return appendWords(make([]word, 0, len(s)/5+1), s) }

// appendWords is splitWords appending to ws.
func appendWords(ws []word, s string) []word {
	for i := 0; i < len(s); {
		// Skip the separators, then take the run of word runes; ASCII by table.
		if c := s[i]; c < utf8.RuneSelf {
			if asciiWordByte[c] == 0 {
				i++
				continue
			}
		} else if r, w := utf8.DecodeRuneInString(s[i:]); !isWordRune(r) {
			i += w
			continue
		}
		start := i
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if asciiWordByte[c] == 0 {
					break
				}
				i++
				continue
			}
			r, w := utf8.DecodeRuneInString(s[i:])
			if !isWordRune(r) || latinThenSyllable(s, start, i, r) {
				break
			}
			i += w
		}
		ws = append(ws, word{start, i})
	}
	return ws
}

// scanWords is appendWords that also appends the hash (phraseHash) and flags (wordLetters,
// ...) of each word to hs and fl, in the same pass over s.
func scanWords(ws []word, hs, fl []uint32, s string) ([]word, []uint32, []uint32) {
	for i := 0; i < len(s); {
		n := len(ws)
		if cap(ws)-n < 64 || cap(hs)-len(hs) < 64 || cap(fl)-len(fl) < 64 {
			// Near the end of the room the slices have: a batch on the stack, appended.
			var b wordBatch
			var room wordRoom
			b.words, b.hashes, b.flags = &room.words, &room.hashes, &room.flags
			var other bool
			i, other = b.fill(s, i)
			ws = append(ws, room.words[:b.n]...)
			hs = append(hs, room.hashes[:b.n]...)
			fl = append(fl, room.flags[:b.n]...)
			i = scanOther(&ws, &hs, &fl, s, i, other)
			continue
		}
		// fill writes the words into the room the slices have after their ends: no batch
		// on the stack to clear and copy from.
		b := wordBatch{words: (*[64]word)(ws[n : n+64]), hashes: (*[64]uint32)(hs[len(hs) : len(hs)+64]),
			flags: (*[64]uint32)(fl[len(fl) : len(fl)+64])}
		var other bool
		i, other = b.fill(s, i)
		ws, hs, fl = ws[:n+b.n], hs[:len(hs)+b.n], fl[:len(fl)+b.n]
		i = scanOther(&ws, &hs, &fl, s, i, other)
	}
	return ws, hs, fl
}

// scanOther is scanWords after fill stopped at i: when it stopped at a character neither
// ASCII nor a Hangul syllable (other), which it leaves to otherWord, the next word from i
// (if any) read the general way. It returns where scanWords goes on.
func scanOther(ws *[]word, hs, fl *[]uint32, s string, i int, other bool) int {
	if !other {
		return i
	}
	w, h, f := otherWord(s, i)
	if w.end > w.start {
		*ws, *hs, *fl = append(*ws, w), append(*hs, h), append(*fl, f)
	}
	return w.end
}

// wordBatch is where fill writes the words it finds, with their hashes and flags: the
// room after the ends of scanWords' slices, 64 words at a time.
type wordBatch struct {
	n      int
	words  *[64]word
	hashes *[64]uint32
	flags  *[64]uint32
}

// wordRoom is a wordBatch's room on the stack, for the last words of a text whose slices
// have less room than a batch.
type wordRoom struct {
	words  [64]word
	hashes [64]uint32
	flags  [64]uint32
}

// fill finds the next words of s from offset from, as many as the batch holds, and returns
// the offset it stopped at: len(s), or just past the batch's last word (past the ASCII
// separator after it, if one follows). It reads ASCII and Hangul syllables only: at a word
// that holds any other character, or at such a character between words, it stops there
// and says so (other), and otherWord reads on. So fill makes no call and keeps its state in
// registers, where a call on that rare path made it keep some on the stack at every word.
func (b *wordBatch) fill(s string, from int) (next int, other bool) {
	// Offsets are unsigned, so that i < end proves s[i] in range: no bounds checks.
	i, end := uint(from), uint(len(s))
	n := 0
	for n < len(b.words) {
		// Skip the separators, then take the run of word runes; ASCII by table. k is the
		// kind of the byte at i, read once.
		var k uint8
		for ; i < end; i++ {
			if k = wordByteKind[s[i]]; k != 0 {
				break
			}
		}
		if i == end {
			break
		}
		if k == wordOther && !syllableAt(s, int(i)) {
			b.n = n
			return int(i), true
		}
		start := i
		h := phraseHashSeed
		var f uint32
		glued := false
		if k != wordOther {
			// The word's first byte, an ASCII letter or digit: read above, not again below.
			h, f = (h^uint32(s[i]))*16777619, uint32(k)
			i++
		}
		for {
			// The ASCII letters and digits, most of an English text, in a loop of their own.
			for ; i < end; i++ {
				c := s[i]
				k := wordByteKind[c]
				if k&(wordLetters|wordDigits) == 0 {
					break
				}
				h = (h ^ uint32(c)) * 16777619
				f |= uint32(k)
			}
			// The byte's kind is not kept from the loop (which would cost a move a byte).
			if i == end || s[i] < utf8.RuneSelf { // the end of s, or an ASCII separator
				break
			}
			if !syllableAt(s, int(i)) {
				b.n = n
				return int(start), true
			}
			if i > start && wordByteKind[s[i-1]] == wordLetters {
				// A Latin letter, then a Hangul syllable: a Korean particle or ending glued
				// to a romanized word ("Blackbird라고", "Hyejin이") is a word of its own, so
				// the word is found (and checked for) as it is written alone. A digit keeps
				// its counter ("2017년", "5반").
				glued = true
				break
			}
			// Most of a Korean text: its three bytes hashed as phraseHash does.
			h = (h ^ uint32(s[i])) * 16777619
			h = (h ^ uint32(s[i+1])) * 16777619
			h = (h ^ uint32(s[i+2])) * 16777619
			f |= wordOther
			i += 3
		}
		b.words[n] = word{int(start), int(i)}
		b.hashes[n] = h
		b.flags[n] = f
		n++
		if i < end && !glued {
			i++ // the separator the word ended at: no need to test it again
		}
	}
	b.n = n
	return int(i), false
}

// otherWord returns the first word of s from offset i, which is not inside a word, with its
// hash and flags, reading every kind of character; a word with start == end (at len(s)) if
// there is none.
func otherWord(s string, i int) (w word, h uint32, f uint32) {
	for i < len(s) {
		// Skip the separators.
		if c := s[i]; c < utf8.RuneSelf {
			if asciiWordByte[c] != 0 {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			break
		}
		i += n
	}
	start := i
	h = phraseHashSeed
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			k := asciiWordByte[c]
			if k == 0 {
				break
			}
			h = (h ^ uint32(c)) * 16777619
			f |= uint32(k)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) || latinThenSyllable(s, start, i, r) {
			break
		}
		h = phraseHash(h, s[i:i+n])
		f |= wordOther
		i += n
	}
	return word{start, i}, h, f
}

// latinThenSyllable says whether the rune r at i, inside the word that starts at start, is a
// Hangul syllable right after an ASCII letter: there a word ends ("Blackbird라고" is two
// words), as scanWords' fill ends it.
func latinThenSyllable(s string, start, i int, r rune) bool {
	return i > start && r >= 0xAC00 && r <= 0xD7A3 && wordByteKind[s[i-1]] == wordLetters
}

// syllableAt says whether s holds the UTF-8 encoding of a precomposed Hangul syllable at i
// (isSyllable of the rune there), read from its three bytes without a general decode.
func syllableAt(s string, i int) bool {
	if i >= len(s)-2 {
		return false
	}
	// The syllables' encodings, U+AC00 to U+D7A3, are the three-byte values from EA B0 80 to
	// ED 9E A3 whose last two bytes are continuation bytes: one range test and one mask
	// test, where decoding took a test per byte and then the rune's range.
	b := s[i : i+3]
	v := uint32(b[0])<<16 | uint32(b[1])<<8 | uint32(b[2])
	return v-0xeab080 <= 0xed9ea3-0xeab080 && v&0xc0c0 == 0x8080
}

// asciiWordByte marks the ASCII letters (wordLetters) and digits (wordDigits).
var asciiWordByte = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			t[c] = wordLetters
		case '0' <= c && c <= '9':
			t[c] = wordDigits
		}
	}
	return t
}()

// wordByteKind is asciiWordByte over every byte value, with wordOther for the bytes of
// characters that are not ASCII: one table load tells a word's scanner all it needs.
var wordByteKind = func() (t [256]uint8) {
	for c := range t {
		if c < utf8.RuneSelf {
			t[c] = asciiWordByte[c]
		} else {
			t[c] = wordOther
		}
	}
	return t
}()

// confusables also folds typographic apostrophes and hyphens to ASCII, so "Ji-min’s" and
// "Ji‐min's" match the same patterns as "Ji-min's".
var confusables = map[rune]rune{
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C',
	'Т': 'T', 'Х': 'X', 'У': 'Y', 'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y',
	'х': 'x', 'і': 'i', 'ј': 'j', 'ѕ': 's', 'Ι': 'I', 'Ο': 'O', 'Α': 'A', 'Β': 'B', 'Ε': 'E',
	'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ρ': 'P', 'Τ': 'T', 'Χ': 'X', 'Υ': 'Y', 'Ζ': 'Z', 'ο': 'o',
	'\u2019': '\'', '\u2018': '\'', '\u02bc': '\'', '\u2032': '\'',
	'\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
	'\u00a0': ' ', '\u202f': ' ',
	// McCune-Reischauer's breves ("Kwŏn Hyŏk-ch'ŏl", "Kŭm-ok"), folded as the names are
	// as often written without them ("Kwon Hyok-chol"): one spelling for every detector
	// and for the residual check. The aspiration apostrophe goes too (dropAspirationMarks).
	'ŏ': 'o', 'Ŏ': 'O', 'ŭ': 'u', 'Ŭ': 'U',
}

// isSyllable says whether r is a precomposed Hangul syllable (NFKC already, no case).
func isSyllable(r rune) bool { return r >= 0xac00 && r <= 0xd7a3 }
