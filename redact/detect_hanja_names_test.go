package redact

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// hanjaNamesByteByByte is the Hanja names detector as it was before it skipped eight bytes
// at a time: it reads every byte.
func hanjaNamesByteByByte(t *Text) []Candidate {
	s := t.Norm
	var out []Candidate
	for i := 0; i < len(s); {
		if s[i] < 0xE3 || s[i] > 0xE9 {
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.Is(unicode.Han, r) {
			i += w
			continue
		}
		j, n := i, 0
		for j < len(s) {
			r2, w2 := utf8.DecodeRuneInString(s[j:])
			if !unicode.Is(unicode.Han, r2) {
				break
			}
			j += w2
			n++
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[j:])
		alone := (i == 0 || !unicode.Is(unicode.Han, prev)) && (j == len(s) || unicode.IsSpace(next) ||
			unicode.IsPunct(next) || unicode.Is(unicode.Hangul, next)) && !strings.ContainsRune(")", next)
		if n >= 2 && n <= 4 && hanjaSurnames[r] && alone && !hanInProse(s, i, j) && !hanjaNotName(s[i:j]) {
			out = append(out, t.cand(i, j, Person, "Hanja name", "two to four Han characters after a common Korean surname", 0.7))
		}
		i = j
	}
	return out
}

// The detector finds what reading every byte finds, on the corpus and on generated strings
// mixing ASCII, Hangul, Han, kana and other lead bytes at every alignment.
func TestHanjaNamesSkipMatchesByteByByte(t *testing.T) {
	texts := wordTestTexts(t)
	rng := rand.New(rand.NewSource(7))
	pieces := []string{"a", "Kim ", " ", "\n", "鄭秀蓮", "金明哲", "李", "朴", "中国", "人民", "이라고", "한자로도", "썼어요",
		"の", "カ", "ā", "é", "\u3000", "。", "、", ")", "(", "〇", "々", "ㄱ", "𠀀", "1234567", "ÿ", "\u00e3", "✓"}
	for range 5000 {
		var b strings.Builder
		for n := rng.Intn(24); n >= 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	found := 0
	for _, s := range texts {
		tx := NewText(s)
		got, want := hanjaNameDetector{}.detect(tx, nil), hanjaNamesByteByByte(tx)
		// An empty result may be nil or the empty room of the Text (candidateRoom).
		if (len(got) > 0 || len(want) > 0) && !reflect.DeepEqual(got, want) {
			t.Fatalf("%d bytes: %d candidates, want %d", len(s), len(got), len(want))
		}
		found += len(got)
	}
	if found == 0 {
		t.Fatal("no Hanja name in the test texts: the comparison shows nothing")
	}
	for b := 0; b < 256; b++ {
		v := uint64(b) << (8 * (b % 8))
		if want := b >= 0xE3 && b <= 0xE9; mayHoldCJKLead(v) != want {
			t.Fatalf("byte %#x: %v, want %v", b, !want, want)
		}
	}
}
