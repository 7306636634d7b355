package redact

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestScanWordsBatches checks scanWords, which finds words a batch at a time, against the
// definition (maximal runs of word runes, phraseHash of each, flags of its characters) on
// texts of many batches: batch ends fall at every place, words run to the end of the text.
func TestScanWordsBatches(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"a", "Z", "9", "kim", " ", "-", "\n", "김", "지민", "é", "\u0301", "Ж", "。", "\xff", "中"}
	for n := range 300 {
		var b strings.Builder
		for range n * 3 {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		ws, hs, fl := scanWords(nil, nil, nil, s)
		var want []word
		start := -1
		for i, r := range s {
			if isWordRune(r) && start < 0 {
				start = i
			} else if !isWordRune(r) && start >= 0 {
				want = append(want, word{start, i})
				start = -1
			}
		}
		if start >= 0 {
			want = append(want, word{start, len(s)})
		}
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
