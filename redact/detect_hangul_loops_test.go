package redact

import (
	"slices"
	"strings"
	"testing"
)

// unitAfterFirstBytes is unitAfterFirst as it was, testing every byte from 4 on.
func unitAfterFirstBytes(w string) bool {
	for j := 4; j+3 <= len(w); j++ {
		if w[j] == 0xEB && (w[j+1] == 0x8B && w[j+2] == 0xA8 || w[j+1] == 0x8C && w[j+2] == 0x80) &&
			koreanUnitFirst.has(leadSyllable(w[j-3:])) {
			return true
		}
	}
	return false
}

func TestUnitAfterFirstSteps(t *testing.T) {
	words := []string{"폭풍군단", "정찰중대에서", "대대", "중대", "x중대", "xx중대", "a대대장", "제9군단",
		"군단", "연대기", "특수부대원", "대한민국", "é중대", "\xeb\xeb\x8c\x80중대", "중\xeb\x8c\x80",
		"ab\xeb중대", "가\x80\x80중대", "가나다라마바사", "", "abc", "소대", "부대", "\xe4\xb8\xad중대"}
	for _, w := range words {
		if got, want := unitAfterFirst(w), unitAfterFirstBytes(w); got != want {
			t.Errorf("unitAfterFirst(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestHangulLoopsSkip checks the Korean classes' walks (clsKoreanCount ...) against the loops
// they replace: every word with a class of the mask, or a Hangul word the test lets through.
func TestHangulLoopsSkip(t *testing.T) {
	text := "The Storm Corps had 3 companies. 아이가 둘이에요 그리고 하사로 복무했어요. " +
		"폭풍군단 정찰중대에서 왼쪽 팔에 큰 화상 자국이 있어요 a gold tooth 셋이었어요 대장 "
	for k := 0; k < 5; k++ {
		text += text // past one 64-word block
	}
	c := newWordScan(NewText(text))
	for _, tc := range []struct {
		name string
		mask uint32
		lead *sylSet
		cls  uint32
	}{{"counts", 0, koreanCountFirst, clsKoreanCount}, {"ranks", 0, koreanRankFirst, clsKoreanRank},
		{"traits", clsPhysical, koreanTraitFirst, clsKoreanTrait}} {
		var want, got []int
		for i := range c.ws {
			if c.cls[i]&tc.mask != 0 || c.cls[i]&clsHangul != 0 && tc.lead.has(leadSyllable(c.w(i))) {
				want = append(want, i)
			}
		}
		for i := c.next(0, tc.mask|tc.cls); i < len(c.ws); i = c.next(i+1, tc.mask|tc.cls) {
			got = append(got, i)
		}
		if len(want) == 0 || !slices.Equal(got, want) {
			t.Errorf("%s: next visits %v, want %v", tc.name, got, want)
		}
	}
	var want, got []int
	for i := range c.ws {
		if c.cls[i]&clsHangul != 0 && unitAfterFirst(c.w(i)) {
			want = append(want, i)
		}
	}
	for i := c.next(0, clsKoreanUnit); i < len(c.ws); i = c.next(i+1, clsKoreanUnit) {
		got = append(got, i)
	}
	if len(want) == 0 || !slices.Equal(got, want) {
		t.Errorf("next(clsKoreanUnit) visits %v, want %v", got, want)
	}
}

// TestNextHangulRo checks the words of clsKoreanRo against the words it stands for.
func TestNextHangulRo(t *testing.T) {
	text := strings.Repeat("요양보호사로 일해요 abc로 로 서울로 가고 x 경비원으로 근무했어요 ", 12) + "끝으로"
	c := newWordScan(NewText(text))
	var want, got []int
	for i := range c.ws {
		if c.cls[i]&clsHangul != 0 && strings.HasSuffix(c.w(i), "로") {
			want = append(want, i)
		}
	}
	for i := c.next(0, clsKoreanRo); i < len(c.ws); i = c.next(i+1, clsKoreanRo) {
		got = append(got, i)
	}
	if len(want) == 0 || !slices.Equal(got, want) {
		t.Errorf("next(clsKoreanRo) visits %v, want %v", got, want)
	}
}
