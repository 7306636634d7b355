package redact

import (
	"reflect"
	"strings"
	"testing"
)

// anchorTestKeepsMatches checks an anchor test against its pattern: scanAroundIf with the
// test finds on each text what it finds with a nil test, and the test turns some
// windows away.
func anchorTestKeepsMatches(t *testing.T, name string, find func(tx *Text, ok anchorTest) [][]int, test anchorTest, texts []string) {
	t.Helper()
	found, refused := 0, 0
	for _, s := range texts {
		tx := NewText(s)
		want, got := find(tx, nil), find(tx, test)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s on %q: %v, want %v", name, s, got, want)
		}
		found += len(want)
		if len(got) == 0 {
			refused++
		}
	}
	if found == 0 || refused == 0 {
		t.Errorf("%s: %d matches, %d texts without: the texts test too little", name, found, refused)
	}
}

func TestFractionOfDeterminer(t *testing.T) {
	texts := []string{
		"He took a quarter of any money we sent.", "Half of the remittance went to him.",
		"HALF OF THE MONEY", "two thirds\tof\nevery payment he got", "half an hour later",
		"we cut it in half", "a third of them, and one-half of the money",
		"half of", "half of ", "half  of the money", "the halfs of our salary", "tenth",
		"Half of what he earned, half of the fee, quarter of his wages.",
		"half a day, éhalf of the money", "It took half a day. 브로커가half of the money.",
		"a third of it; 브로커가half of any", "half a day, " + strings.Repeat("x", 140) + " éhalf of the money",
		"half a day, éhalfs of the money", "half a day, halfhalf of the money",
	}
	find := func(tx *Text, ok anchorTest) [][]int {
		return scanAroundIf(tx, fractionOfMoney, fractionAnchors.find(tx)[0], fractionBefore, fractionAfter, ok)
	}
	anchorTestKeepsMatches(t, "fractionOfDeterminer", find, fractionOfDeterminer, texts)
	// The test itself: what follows the fraction word.
	for s, want := range map[string]bool{"half of the": true, "halfs of my": true, "half of": false,
		"half an": false, "half\nof\tany": true, "half  of the": false, strings.Repeat("x", 3): false} {
		if got := fractionOfDeterminer(NewText(s), 0); got != want {
			t.Errorf("fractionOfDeterminer(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestPercentThenBreak(t *testing.T) {
	texts := []string{
		"She received eighty percent; now sixty.", "first 30 per cent, later 50.",
		"He paid 10 yuan per day. She took 80 percent야, now 60.",
		"He paid 10 yuan per day. She took 80 percenté, now 60.",
		"fifty percent of them. Then, 40.", "He paid 10 yuan per day, then 20.",
		"80 PERCENT, NOW 60.", "80 per\tcent; just 40!", "80 percent" + strings.Repeat("é", 29) + ", 60.",
		"80 percent" + strings.Repeat("é", 31) + ", 60.", "80 percent.", "per", "percent",
		"per day " + strings.Repeat("x", 150) + " 80 percent야, now 60.",
	}
	find := func(tx *Text, ok anchorTest) [][]int {
		return scanAroundIf(tx, elidedPercent, percentAnchors.find(tx)[0], percentBefore, percentAfter, ok)
	}
	anchorTestKeepsMatches(t, "percentThenBreak", find, percentThenBreak, texts)
}

func TestTheOnlyInOurPlace(t *testing.T) {
	texts := []string{
		"It was the only piano in our street.", "the only blue gate in the lane",
		"The only red brick house on my block", "the only one who knew", "the  only piano in our street",
		"the only piano  in our street", "the only a b c in our village", "the only a b c d in our village",
		"the only in in our town", "the only", "the only piano in", "we had the only TV on our farm, the only one",
		"the only piano-maker in his county", "the only\npiano\nin\nour\nstreet",
	}
	find := func(tx *Text, ok anchorTest) [][]int {
		return scanAroundIf(tx, onlyOneInPlace, distinctiveAnchors.find(tx)[0], 6, 120, ok)
	}
	anchorTestKeepsMatches(t, "theOnlyInOurPlace", find, theOnlyInOurPlace, texts)
}

func TestBorderSettlement(t *testing.T) {
	texts := []string{
		"We lived in a border town near Manpo.", "crossed the border at night", "the small border village",
		"our border\ncounty", "my  border town", "the border", "border", "the borders town", "a border townhouse",
		"crossed the border; a border city, the BORDER HAMLET",
	}
	find := func(tx *Text, ok anchorTest) [][]int {
		return scanAroundIf(tx, borderPlace, tradeAnchors.find(tx)[2], 16, 24, ok)
	}
	anchorTestKeepsMatches(t, "borderSettlement", find, borderSettlement, texts)
}
