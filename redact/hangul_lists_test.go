package redact

import "testing"

// TestHangulListsOf holds hangulListsOf to the lists it stands for: each bit is set for
// exactly the words of its list, for the words of every list and words of none.
func TestHangulListsOf(t *testing.T) {
	lists := []struct {
		bit uint8
		m   map[string]bool
	}{
		{inStopwords, hangulStopwords}, {inTitles, hangulTitles}, {inNonLabels, hangulNonLabels},
		{inCommonNouns, hangulCommonNouns}, {inTitleWords, hangulTitleWords}, {inPossessives, hangulPossessives},
		{inRankWords, koreanRankWords}, {inPersonCues, hangulPersonCues},
	}
	words := []string{"", "김지민", "영수", "사람들", "님", "위원장님", "abc"}
	for _, l := range lists {
		for w := range l.m {
			words = append(words, w, w+"가", w[:len(w)-1])
		}
	}
	for _, w := range words {
		got := hangulListsOf(w)
		for _, l := range lists {
			if want := l.m[w]; (got&l.bit != 0) != want {
				t.Errorf("hangulListsOf(%q)&%#x = %v, the list says %v", w, l.bit, got&l.bit != 0, want)
			}
		}
	}
}

// TestGivenSetLists holds givenSet.lists to the Gazetteer's lists it stands for, for words
// in one list, in several and in none.
func TestGivenSetLists(t *testing.T) {
	g := &Gazetteer{
		HangulNouns:         set("홍수", "기근", "대문", "사람이"),
		HangulVerbStems:     set("나아지", "굶주리"),
		HangulGiven:         set("영수", "미영", "대문", "홍수"),
		HangulCompoundParts: set("대문", "전세"),
		HangulHomographs:    map[string]bool{"은하": true, "별": false},
	}
	lists := []struct {
		bit uint8
		m   map[string]bool
	}{
		{gzNouns, g.HangulNouns}, {gzVerbStems, g.HangulVerbStems}, {gzGiven, g.HangulGiven},
		{gzCompoundParts, g.HangulCompoundParts}, {gzHomographs, g.HangulHomographs},
	}
	gs := givenSetFor(g)
	words := []string{"", "김지민", "영", "영수가", "별"}
	for _, l := range lists {
		for w := range l.m {
			words = append(words, w, w+"가")
		}
	}
	for _, w := range words {
		all := gs.lists(w, 0xff)
		for _, l := range lists {
			if want := l.m[w]; (all&l.bit != 0) != want || (gs.lists(w, l.bit) != 0) != want {
				t.Errorf("lists(%q)&%#x = %v, the Gazetteer says %v", w, l.bit, all&l.bit != 0, want)
			}
		}
	}
}
