package redact

import (
	"math/rand"
	"reflect"
	"slices"
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

// TestHangulWorkplaceWordAnchors holds the windows around the nouns that start a word
// after a white space (hangulWorkplaceWordAnchors) to the windows around every noun, inside
// words too, which it stands for: the Korean workplaces found in them are the same, on our
// interviews and on random texts of syllables, nouns and separators.
func TestHangulWorkplaceWordAnchors(t *testing.T) {
	texts := anchorTestTexts(t)
	pieces := []string{"가", "강계", "나", "트랙터", "공장", "광산", "탄광", "협동", "농장", "학교", "중", "교화소", "기업소",
		"제철소", "제련소", "병원", "에서", "가나다라마바사", " ", " ", " ", " ", "\t", "\n", "x", ".", ",", "ㄱ", "é"}
	r := rand.New(rand.NewSource(12))
	for range 20000 {
		var b strings.Builder
		for range r.Intn(30) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	matched := 0
	for _, text := range texts {
		tx := NewText(text)
		var every []int // every noun, inside words too
		for _, w := range hangulWorkplaceNouns {
			every = append(every, substrAnchors(tx, w)...)
		}
		slices.Sort(every)
		var afterSpace []int
		for _, p := range every {
			if startsAfterSpace(tx.Fold, p) {
				afterSpace = append(afterSpace, p)
			}
		}
		if got := hangulWorkplaceWordAnchors(tx); !slices.Equal(got, afterSpace) {
			t.Fatalf("hangulWorkplaceWordAnchors(%q) = %v, want %v", tx.Fold, got, afterSpace)
		}
		want := scanNearFunc(tx, findHangulWorkplaces, every, 40, 12, nil)
		if got := scanNearFunc(tx, findHangulWorkplaces, afterSpace, 40, 12, nil); !slices.EqualFunc(got, want, slices.Equal[[]int]) {
			t.Fatalf("the windows around %q find %v, around every noun %v", tx.Norm, got, want)
		}
		matched += len(want)
	}
	if matched < 1000 {
		t.Errorf("hangulWorkplace matched %d times: the test no longer exercises it", matched)
	}
}

// startsAfterSpace says whether the noun at p of f starts a word after a white space, alone
// or in "협동농장" or "중학교".
func startsAfterSpace(f string, p int) bool {
	for _, w := range []struct{ before, noun string }{{"", ""}, {"협동", "농장"}, {"중", "학교"}} {
		q := p - len(w.before)
		if q > 0 && strings.HasPrefix(f[q:], w.before+w.noun) && isRESpace(f[q-1]) {
			return true
		}
	}
	return false
}
