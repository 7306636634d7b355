package redact

import (
	"testing"
	"unicode/utf8"
)

// unitAfterFirstByBytes is unitAfterFirst as it was, testing every byte: the syllable steps
// must find what it finds.
func unitAfterFirstByBytes(w string) bool {
	_, n := utf8.DecodeRuneInString(w)
	for i := n; i < len(w); i++ {
		if koreanUnitFirst.has(leadSyllable(w[i:])) {
			return true
		}
	}
	return false
}

func TestUnitAfterFirstSteps(t *testing.T) {
	for _, w := range []string{"", "군", "군단", "폭풍군단", "정찰중대에서", "사람들이", "a군단", "x\xeb군단",
		"\xea\xb5군단", "폭풍\xeb\x8c", "폭\xec\x82군", "한국어로", "부대", "아버지의부대", "abc", "소대장"} {
		if got, want := unitAfterFirst(w), unitAfterFirstByBytes(w); got != want {
			t.Errorf("unitAfterFirst(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestKoreanJobBefore(t *testing.T) {
	for _, c := range []struct {
		w, next string
		want    int
	}{
		{"요양보호사로", "일해요", len("요양보호사")},
		{"교사으로", "근무했어요", len("교사")},
		{"교사로", "갔어요", 0},
		{"사로", "일했어요", 0}, // one syllable is no job
		{"교사가", "일해요", 0},
	} {
		if got := koreanJobBefore(c.w, c.next); got != c.want {
			t.Errorf("koreanJobBefore(%q, %q) = %d, want %d", c.w, c.next, got, c.want)
		}
	}
}
