package redact

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestFindHangulWorkplaces holds findHangulWorkplaces to hangulWorkplace, on the corpus'
// lines and on strings built of syllables, workplace nouns and separators.
func TestFindHangulWorkplaces(t *testing.T) {
	texts := []string{"강계 트랙터 공장", "함흥 협동농장에서", "노래를 잘해서 학교", "가 나 공장", "가나다라마바사 아 공장",
		"가나 가나다라마바사 공장", "가나\t중학교 공장", "가나 나\n협동농장", "공장공장 공장 공장"}
	texts = append(texts, testdataLines(t)...)
	pieces := []string{"가", "강계", "나", "트랙터", "공장", "광산", "협동", "농장", "학교", "중", "교화소", "제련소", "에서",
		" ", " ", " ", "\t", "\n", "x", ".", "ㄱ", "\xed", "\xea\xb0"}
	r := rand.New(rand.NewSource(8))
	for range 40000 {
		var b strings.Builder
		for range r.Intn(10) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	matched := 0
	for _, w := range texts {
		want := hangulWorkplace.FindAllStringSubmatchIndex(w, -1)
		matched += len(want)
		if got := findHangulWorkplaces(w); !reflect.DeepEqual(got, want) {
			t.Errorf("findHangulWorkplaces(%q) = %v, hangulWorkplace finds %v", w, got, want)
		}
	}
	if matched < 1000 {
		t.Errorf("hangulWorkplace matched %d times: the test no longer exercises it", matched)
	}
}
