package redact

import "testing"

// The plate detector tests a character against chinesePlateProvinces only inside the CJK
// Unified Ideographs block: every province's character must be in it.
func TestChinesePlateProvincesAreHan(t *testing.T) {
	for _, r := range chinesePlateProvinces {
		if r < chinesePlateHanFirst || r > chinesePlateHanLast {
			t.Errorf("%q (U+%04X) is outside U+%04X..U+%04X", r, r, chinesePlateHanFirst, chinesePlateHanLast)
		}
	}
}

// koreanNicknameCueHits turns a word away by the syllable before its last: every cue's
// Hangul part must have 명, 칭 or 라 there.
func TestKoreanNicknameCuesSyllableBeforeLast(t *testing.T) {
	for _, c := range koreanNicknameCues {
		if n := len(c.end); n < 6 || c.end[n-6:n-3] != "명" && c.end[n-6:n-3] != "칭" && c.end[n-6:n-3] != "라" {
			t.Errorf("cue %q: the syllable before its last is not 명, 칭 or 라", c.end)
		}
	}
}
