package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Korean names written in Hanja ("鄭秀蓮", "金明哲"): older North Korean and Chinese papers
// write names this way, and interviewees spell them out ("鄭秀蓮이라고 한자로도 썼어요"). A
// run of two to four Han characters that starts with a common Korean surname in Hanja and
// stands alone (Hangul particles may follow) is a name. The allow list keeps public figures
// readable as it does in Hangul and Latin letters.

func init() { register(hanjaNameDetector{}) }

type hanjaNameDetector struct{}

func (hanjaNameDetector) name() string { return "hanja_names" }

// hanjaSurnames are the most common Korean surnames in Hanja (together about nine in ten
// Koreans), one character each.
var hanjaSurnames = func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range "金李朴崔鄭姜趙尹張林韓吳徐申權黃安宋柳洪全高文孫梁裵白曺許南沈盧河丁成車具禹朱任羅辛閔陳池嚴蔡元千方孔玄咸卞廉楊邊呂秋魯都蘇愼石宣薛馬吉周延表明魏王琴奇潘羅房" {
		m[r] = true
	}
	return m
}()

func (hanjaNameDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	if t.isASCII() {
		return nil // no Han character: what the loop below finds in such a text
	}
	s := t.Norm
	out := t.candidateRoom()
	for i := 0; ; {
		var j, n int
		if i, j, n = nextHanRun(s, i); i >= len(s) {
			break
		}
		r, _ := utf8.DecodeRuneInString(s[i:]) // the run's first character
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[j:])
		// Standing alone: not inside Chinese prose (Han or kana on either side is the text
		// itself, not a name written into Korean or English).
		alone := (i == 0 || !unicode.Is(unicode.Han, prev)) && (j == len(s) || unicode.IsSpace(next) ||
			unicode.IsPunct(next) || unicode.Is(unicode.Hangul, next)) && !strings.ContainsRune(")", next)
		if n >= 2 && n <= 4 && hanjaSurnames[r] && alone && !hanInProse(s, i, j) && !hanjaNotName(s[i:j]) {
			out = append(out, t.cand(i, j, Person, "Hanja name", "two to four Han characters after a common Korean surname", 0.7))
		}
		i = j
	}
	return out
}

// mayHoldCJKLead reports whether a byte of v may be 0xE3 to 0xE9, the lead bytes the
// detector decodes: its top three bits set and its low five bits 3 to 9. It never misses
// one; a false report only sends the caller through the bytes one by one.
func mayHoldCJKLead(v uint64) bool {
	top := v & (v << 1) & (v << 2) & hiBits // bit 7 of a byte: its bits 7, 6 and 5 are set
	if top == 0 {
		return false
	}
	// Bytes of the low five bits y (< 32) with 2 < y < 10, Hacker's Delight's hasbetween.
	y := v & (0x1f * loBits)
	between := ((127+10)*loBits - y) & ^y & (y + (127-2)*loBits) & hiBits
	return top&between != 0
}

// hanInProse says whether the Han run [i, j) sits in Chinese or Japanese text: more Han or
// kana than Hangul and Latin letters in the 30 bytes around it.
func hanInProse(s string, i, j int) bool {
	a, b := max(0, i-30), min(len(s), j+30)
	for a > 0 && !utf8.RuneStart(s[a]) {
		a--
	}
	for b < len(s) && !utf8.RuneStart(s[b]) {
		b++
	}
	han, other := 0, 0
	for _, r := range s[a:i] + s[j:b] {
		switch {
		case unicode.Is(unicode.Han, r), unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
			han++
		case unicode.Is(unicode.Hangul, r), unicode.IsLetter(r):
			other++
		}
	}
	return han > other
}

// nextCJKLead returns the first byte at or after i that leads a character of the CJK blocks
// (0xE3 to 0xE9), or len(s): eight bytes that hold no such lead byte are skipped at once.
func nextCJKLead(s string, i int) int {
	for i < len(s) {
		for i+8 <= len(s) && !mayHoldCJKLead(load64(s[i:])) {
			i += 8
		}
		if i < len(s) && s[i] >= 0xE3 && s[i] <= 0xE9 {
			return i
		}
		i++
	}
	return len(s)
}

// nextHanRun returns the first run of Han characters in s at or after byte i: its start, its
// end and its length in characters; start is len(s) when there is none. Most of a
// testimony is ASCII or Hangul: eight bytes without a lead byte of the CJK blocks are
// skipped at once. Both Han detectors (hanja names, and Chinese names and places) walk the
// runs with it.
func nextHanRun(s string, i int) (start, end, n int) {
	for i = nextCJKLead(s, i); i < len(s); i = nextCJKLead(s, i) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.Is(unicode.Han, r) {
			i += w
			continue
		}
		j := i
		for j < len(s) {
			r2, w2 := utf8.DecodeRuneInString(s[j:])
			if !unicode.Is(unicode.Han, r2) {
				break
			}
			j += w2
			n++
		}
		return i, j, n
	}
	return len(s), len(s), 0
}
