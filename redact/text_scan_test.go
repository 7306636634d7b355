package redact

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestScanWordsBatches checks scanWords, which finds words a batch at a time, against the
// definition (maximal runs of word runes, cut where a Hangul syllable follows an ASCII
// letter, phraseHash of each, flags of its characters) on
// texts of many batches: batch ends fall at every place, words run to the end of the text.
func TestScanWordsBatches(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"a", "Z", "9", "kim", " ", "-", "\n", "김", "지민", "é", "\u0301", "Ж", "。", "\xff", "中",
		// The bytes either side of the ASCII letters and digits, and words of eight bytes or more.
		"@", "[", "`", "{", "/", ":", "\x7f", "\x00", "abcdefgh", "xyz0123456789", "Jimin", "Kim2024"}
	for n := range 300 {
		var b strings.Builder
		for range n * 3 {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		ws, hs, fl := scanWords(nil, nil, nil, s)
		want := wordsByDefinition(s)
		if len(ws) != len(want) || len(hs) != len(ws) || len(fl) != len(ws) {
			t.Fatalf("%q: %d words, %d hashes, %d flags; want %d words", s, len(ws), len(hs), len(fl), len(want))
		}
		for i, w := range want {
			text := s[w.start:w.end]
			var f uint32
			for _, c := range []byte(text) {
				switch {
				case c >= utf8.RuneSelf:
					f |= wordOther
				case '0' <= c && c <= '9':
					f |= wordDigits
				default:
					f |= wordLetters
				}
			}
			if ws[i] != w || hs[i] != phraseHash(phraseHashSeed, text) || fl[i] != f {
				t.Fatalf("%q: word %d is %v %x %b, want %v %x %b", s, i, ws[i], hs[i], fl[i],
					w, phraseHash(phraseHashSeed, text), f)
			}
		}
	}
}

// TestLookupWordsMatchesLexicon checks the classes, their 64-word ORs and masks and the anchor lists
// lookupWords makes against the lexicon map read word by word.
func TestLookupWordsMatchesLexicon(t *testing.T) {
	if uint64(clsKoreanWorkplace) >= 1<<clsBits || clsBits&(clsBits-1) != 0 || clsKoreanCount != 1<<koreanLeadShift {
		t.Fatalf("clsBits is %d, but the last class is %#x", clsBits, clsKoreanWorkplace)
	}
	lexOnce.Do(buildLexicon)
	var workplaceFirsts string
	for _, n := range koreanWorkplaceNouns {
		r, _ := utf8.DecodeRuneInString(n.noun)
		workplaceFirsts += string(r)
	}
	var words []string
	for w := range lexicon {
		words = append(words, w)
	}
	texts := wordTestTexts(t)
	rng := rand.New(rand.NewPCG(7, 8))
	for range 50 {
		var b strings.Builder
		for range 300 {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteString([]string{" ", ", ", " 김 ", " 3 ", "\n"}[rng.IntN(5)])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		tx := NewText(s)
		ws, cls := tx.wordList(), tx.classes()
		var wantAnchors [64][]int
		for i, w := range ws {
			f := tx.Fold[w.start:w.end]
			e := lexicon[f]
			want := e.cls
			if hasASCIIDigit(f) {
				want |= clsDigit
			}
			if r, _ := utf8.DecodeRuneInString(f); unicode.Is(unicode.Hangul, r) {
				want |= clsHangul
				if koreanCountFirst.has(r) {
					want |= clsKoreanCount
				}
				if koreanRankFirst.has(r) {
					want |= clsKoreanRank
				}
				if koreanTraitFirst.has(r) {
					want |= clsKoreanTrait
				}
				if r == '살' {
					want |= clsKoreanSal
				}
				if sinoNumeralStart(f) || strings.HasPrefix(f, "유") || strings.HasPrefix(f, "시") || strings.HasPrefix(f, "주") {
					want |= clsKoreanDateLead
				}
				// A workplace noun's first syllable anywhere after the word's first character.
				if len(f) >= 9 && strings.ContainsAny(f[utf8.RuneLen(r):], workplaceFirsts) {
					want |= clsKoreanWorkplace
				}
				if unitAfterFirst(f) {
					want |= clsKoreanUnit
				}
				if strings.HasSuffix(f, "로") {
					want |= clsKoreanRo
				}
			}
			if cls[i] != want {
				t.Fatalf("word %q: classes %b, want %b", f, cls[i], want)
			}
			for k := range 64 {
				if e.anchors&(1<<k) != 0 {
					wantAnchors[k] = append(wantAnchors[k], w.start)
				}
			}
		}
		for b := range tx.clsBlocks {
			var or uint32
			for _, c := range cls[b*64 : min(b*64+64, len(cls))] {
				or |= c
			}
			if tx.clsBlocks[b] != or {
				t.Fatalf("block %d: %b, want %b", b, tx.clsBlocks[b], or)
			}
			for k := range clsBits {
				var want uint64
				for i := b * 64; i < min(b*64+64, len(cls)); i++ {
					if cls[i]&(1<<k) != 0 {
						want |= 1 << (i % 64)
					}
				}
				row := tx.clsMasks[b*2*clsBits:]
				if got := uint64(row[clsBits+k])<<32 | uint64(row[k]); got != want {
					t.Fatalf("block %d class %d: mask %b, want %b", b, k, got, want)
				}
			}
		}
		for k, got := range tx.anchorLists() {
			if !slices.Equal(got, wantAnchors[k]) {
				t.Fatalf("anchor set %d: %v, want %v", k, got, wantAnchors[k])
			}
		}
		tx.release()
	}
}

// TestSyllableAt checks syllableAt's range test against decoding, on every three bytes with
// a lead byte of a three-byte sequence, and at the ends of a string.
func TestSyllableAt(t *testing.T) {
	b := make([]byte, 3)
	for b0 := 0xe0; b0 <= 0xef; b0++ {
		for b1 := range 256 {
			for b2 := range 256 {
				b[0], b[1], b[2] = byte(b0), byte(b1), byte(b2)
				r, w := utf8.DecodeRune(b)
				want := w == 3 && isSyllable(r)
				if got := syllableAt(string(b), 0); got != want {
					t.Fatalf("% x: %v, want %v", b, got, want)
				}
			}
		}
	}
	for _, s := range []string{"", "가", "가"[:2], "a가", "가a"} {
		for i := range len(s) + 1 {
			r, w := utf8.DecodeRuneInString(s[i:])
			if want := w == 3 && isSyllable(r); syllableAt(s, i) != want {
				t.Fatalf("%q at %d: %v, want %v", s, i, !want, want)
			}
		}
	}
}
