package redact

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// koreanNamedUnitByBytes is koreanNamedUnit with the prefilter it had first, which tested
// every byte after the first character for a unit word's first syllable.
func koreanNamedUnitByBytes(w string) int {
	_, n := utf8.DecodeRuneInString(w)
	found := false
	for i := n; i < len(w); i++ {
		if koreanUnitFirst.has(leadSyllable(w[i:])) {
			found = true
			break
		}
	}
	if !found {
		return 0
	}
	for _, u := range koreanNamedUnits {
		k := strings.Index(w, u)
		if k <= 0 || !koreanParticle(w[k+len(u):]) {
			continue
		}
		name := w[:k]
		if strings.ContainsAny(name, "0123456789") || strings.HasPrefix(name, "제") {
			return 0
		}
		if name == "보병" {
			return 0 // plain infantry names no one unit
		}
		for _, a := range koreanUnitArms {
			if name == a {
				return k + len(u)
			}
		}
		if (u == "군단" || u == "사단" || u == "여단") && len(name) >= 2*3 {
			return k + len(u)
		}
	}
	return 0
}

func TestUnitAfterFirst(t *testing.T) {
	for _, u := range koreanNamedUnits {
		if !strings.HasSuffix(u, "단") && !strings.HasSuffix(u, "대") {
			t.Errorf("unit word %q ends in neither 단 nor 대: unitAfterFirst misses it", u)
		}
	}
	words := []string{"", "군", "군단", "폭풍군단", "정찰중대에서", "사람들이", "a군단", "x\xeb군단",
		"\xea\xb5군단", "폭풍\xeb\x8c", "폭\xec\x82군", "한국어로", "부대", "아버지의부대", "abc", "소대장",
		"폭풍군단이", "저격중대로", "큰사단", "제9군단", "정찰대대", "중대", "x중대", "é중대", "정찰부대이었습니다"}
	for _, a := range koreanUnitArms {
		for _, u := range koreanNamedUnits {
			words = append(words, a+u, a+u+"에서", a+u+"장", "x"+a+u)
		}
	}
	for _, w := range words {
		if got, want := koreanNamedUnit(w), koreanNamedUnitByBytes(w); got != want {
			t.Errorf("koreanNamedUnit(%q) = %d, want %d", w, got, want)
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

// koreanNumeralByPrefixes is koreanNumeral as it was: each numeral of koreanNumerals tried
// as a prefix in turn.
func koreanNumeralByPrefixes(w string) bool {
	if w == "" || w[0] < 0xEA || w[0] > 0xED {
		return false
	}
	for w != "" {
		if r, _ := utf8.DecodeRuneInString(w); !koreanNumeralStarts.has(r) {
			return false
		}
		matched := false
		for _, n := range koreanNumerals {
			if strings.HasPrefix(w, n) {
				w = w[len(n):]
				matched = true
				break
			}
		}
		if !matched {
			return false
		}
	}
	return true
}

func TestKoreanNumeral(t *testing.T) {
	words := []string{"", "열두", "예순여덟", "스물다섯", "일흔", "스무", "스물", "한국", "한", "하나", "하나둘",
		"열", "열x", "x열", "세상", "네", "쉰셋", "다섯살", "\xeb\x8b", "\xeb\x8b\xa4", "다\xec\x84", "열\xed\x80\x80"}
	for _, a := range koreanNumerals {
		words = append(words, a, a+"살", a+"x")
		for _, b := range koreanNumerals {
			words = append(words, a+b, a+b[:3])
			for _, c := range koreanNumerals[:4] {
				words = append(words, a+b+c)
			}
		}
	}
	for _, w := range words {
		if got, want := koreanNumeral(w), koreanNumeralByPrefixes(w); got != want {
			t.Errorf("koreanNumeral(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestHasNonASCII(t *testing.T) {
	for s, want := range map[string]bool{"": false, "1990": false, "제9군단": true, "abc\x80": true, "\x7f": false, "9군": true} {
		if got := hasNonASCII(s); got != want {
			t.Errorf("hasNonASCII(%q) = %v, want %v", s, got, want)
		}
	}
}
