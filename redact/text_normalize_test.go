package redact

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normalizeReference is normalize as it was before Fold was made in the same pass and ASCII
// was copied by runs: one character at a time, and Fold is foldString of Norm. The
// aspiration marks are dropped from it as from normalize (TestDropAspirationMarks holds
// that step to its own reference).
func normalizeReference(s string, offsets *[]int32) (normS, fold string, origAt []int32) {
	normS, fold, origAt = normalizeReferenceNFKC(s, offsets)
	normS, fold, origAt, _ = dropAspirationMarks(s, normS, fold, origAt, false, offsets)
	return normS, fold, origAt
}

func normalizeReferenceNFKC(s string, offsets *[]int32) (normS, fold string, origAt []int32) {
	if ascii, upper := asciiCase(s); ascii {
		if upper {
			return s, foldASCII(s), nil
		}
		return s, s, nil
	}
	// Norm is built in a Builder, so the string is the buffer itself and not a copy of it.
	var out strings.Builder
	out.Grow(len(s) + 8)
	withOffsets := offsets != nil
	if withOffsets {
		if want := len(s) + 9; cap(*offsets) < want {
			*offsets = make([]int32, 0, want)
		}
		origAt = (*offsets)[:0]
	}
	var it *norm.Iter
	var scratch []byte
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// An ASCII byte followed by a combining mark must go through NFKC with it.
			if startsSegment(s[i+1:]) {
				out.WriteByte(c)
				if withOffsets {
					origAt = append(origAt, int32(i))
				}
				i++
				continue
			}
		}
		if c := s[i]; c >= 0xea && c <= 0xed {
			// A Hangul syllable is NFKC already and nothing joins it but a conjoining jamo:
			// copied as it is when a new segment (not a jamo) follows.
			if r, w := utf8.DecodeRuneInString(s[i:]); isSyllable(r) {
				if j := i + w; startsSegment(s[j:]) {
					out.WriteString(s[i:j])
					if withOffsets {
						origAt = append(origAt, int32(i), int32(i), int32(i))
					}
					i = j
					continue
				}
			}
		}
		if c := s[i]; c >= utf8.RuneSelf {
			// Most non-ASCII text (Hangul syllables, CJK) is already NFKC and each character
			// is a segment of its own: copy it without running the normaliser.
			p := norm.NFKC.PropertiesString(s[i:])
			w := p.Size()
			if w > 0 && p.CCC() == 0 && len(p.Decomposition()) == 0 && isNFKC(s[i:i+w]) &&
				(i+w == len(s) || s[i+w] < utf8.RuneSelf || norm.NFKC.PropertiesString(s[i+w:]).BoundaryBefore()) {
				r, _ := utf8.DecodeRuneInString(s[i:])
				if !isZeroWidth(r) {
					if l, ok := confusables[r]; ok {
						r = l
					}
					n, _ := out.WriteRune(r)
					for ; withOffsets && n > 0; n-- {
						origAt = append(origAt, int32(i))
					}
				}
				i += w
				continue
			}
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
			n, _ := out.WriteRune(r)
			for ; withOffsets && n > 0; n-- {
				origAt = append(origAt, int32(i))
			}
		}
		i += w
	}
	if withOffsets {
		origAt = append(origAt, int32(len(s)))
		*offsets = origAt
	}
	normS = out.String()
	return normS, foldString(normS), origAt
}

// TestNormalizeMatchesReference checks normalize's shortcuts (ASCII runs, Hangul syllables,
// characters NFKC leaves alone, Fold made in the same pass) against normalizeReference, on
// the corpus and on generated strings.
func TestNormalizeMatchesReference(t *testing.T) {
	texts := wordTestTexts(t)
	rng := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"a", "Z", "Q", "9", " ", "-", "'", "\n", "김", "지", "\u1100", "\u1161", "\u11a8", "ㄳ",
		"é", "e", "\u0301", "\u0308", "ﬁ", "\xff", "\u200b", "Ж", "ж", "。", "_", "’", "А", "ǅ", "İ", "ẞ",
		"Ⅻ", "①", "ｶ", "ﾞ", "Ω", "Ω", "\u00ad", "\u00a0", "Σ", "ς"}
	for n := range 5000 {
		var b strings.Builder
		for range n % 50 {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		var refOffsets []int32
		wantNorm, wantFold, wantAt := normalizeReference(s, &refOffsets)
		var offsets []int32
		gotNorm, gotFold, gotAt := normalize(s, &offsets)
		if gotNorm != wantNorm || gotFold != wantFold {
			t.Fatalf("%q: Norm %q Fold %q, want %q %q", s, gotNorm, gotFold, wantNorm, wantFold)
		}
		if (gotAt == nil) != (wantAt == nil) {
			t.Fatalf("%q: offset map %v, want %v", s, gotAt, wantAt)
		}
		if len(gotAt) != len(wantAt) {
			t.Fatalf("%q: %d offsets, want %d", s, len(gotAt), len(wantAt))
		}
		for i := range gotAt {
			if gotAt[i] != wantAt[i] {
				t.Fatalf("%q: offset %d is %d, want %d", s, i, gotAt[i], wantAt[i])
			}
		}
	}
}
