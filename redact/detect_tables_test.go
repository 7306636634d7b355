package redact

import (
	"strings"
	"testing"
)

// tableAt finds a word's value with the Text's hash of it, as a map lookup of the word does.
func TestTableAtMatchesMaps(t *testing.T) {
	for _, s := range wordTestTexts(t) {
		tx := NewText(s + " my younger sister, the cooperative farm in Hyesan, last Monday, three weeks, 작년")
		c := newWordScan(tx)
		for i := -1; i <= len(c.ws); i++ {
			w := c.w(i)
			var date, kin, work uint8
			if seasons[w] {
				date |= dateSeason
			}
			if timeUnits[w] {
				date |= dateTimeUnit
			}
			if koreanRelative[w] {
				date |= dateKoreanRelative
			}
			if weekdays[w] {
				date |= dateWeekday
			}
			if kinAdjectives[w] {
				kin |= kinAdjective
			}
			if kinNouns[w] {
				kin |= kinNoun
			}
			if workplaceNounSet[w] {
				work |= workNoun
			}
			if workModifiers[w] {
				work |= workModifier
			}
			if got := tableAt(&c, dateWords, i); got != date {
				t.Fatalf("dateWords of %q: %b, want %b", w, got, date)
			}
			if got := tableAt(&c, kinTermWords, i); got.kind != kin || kin&kinNoun != 0 && got.reason != "kin term "+quoteCue(w) {
				t.Fatalf("kinTermWords of %q: %v, want %b", w, got, kin)
			}
			if got := tableAt(&c, workWords, i); got != work {
				t.Fatalf("workWords of %q: %b, want %b", w, got, work)
			}
		}
		tx.release()
	}
}

// slavicEnding says what a search of slavicPlaceEndings says.
func TestSlavicEndingMatchesList(t *testing.T) {
	words := []string{"martynovka", "plekhovo", "ivanovo", "olkhovka", "cherkasskaya", "kursk", "volgograd",
		"krasnoye", "dmitrievka", "zaporozhye", "polye", "ovka", "hyesan", "seoul", "moscow", "minsk",
		"grad", "pskov", "evo", "kiev", "odessa", "kharkiv", "tomsk", "yovo", "skoye"}
	for _, e := range slavicPlaceEndings {
		words = append(words, e, "x"+e, e+"x", e[1:], e[:len(e)-1])
	}
	for _, w := range words {
		if w == "" {
			continue
		}
		want := false
		for _, e := range slavicPlaceEndings {
			if strings.HasSuffix(w, e) {
				want = true
			}
		}
		if got := slavicEnding(w); got != want {
			t.Errorf("slavicEnding(%q) = %v, want %v", w, got, want)
		}
	}
}

// koreanWorkplace finds what thirteen searches of the word find.
func TestKoreanWorkplaceMatchesSearches(t *testing.T) {
	nouns := []string{"공장", "광산", "농장", "기업소", "병원", "학교", "재판소", "탄광", "대학교", "대학", "경비대", "수용소", "교화소"}
	want := func(w string) int {
		if len(w) < 9 {
			return 0
		}
		for _, n := range nouns {
			if i := strings.Index(w, n); i > 0 {
				return i + len(n)
			}
		}
		return 0
	}
	words := []string{"혜산신발공장", "검덕광산에서", "공장", "공장공장", "공장에서", "대학교", "김일성종합대학", "대학대학교",
		"x공장", "1공장", "a대학교", "수용소", "정치범수용소로", "교화소교", "경비대원", "병원에", "학교학교", "교", "공"}
	for _, s := range wordTestTexts(t) {
		tx := NewText(s)
		for _, w := range tx.wordList() {
			words = append(words, tx.Fold[w.start:w.end])
		}
		tx.release()
	}
	for _, a := range nouns {
		for _, b := range []string{"", "의", "x", "공장", "가"} {
			words = append(words, "혜산"+a+b, a+b, "가"+b+a, "\xea"+a, "가\xed"+a)
		}
	}
	for _, w := range words {
		if got := koreanWorkplace(w); got != want(w) {
			t.Errorf("koreanWorkplace(%q) = %d, want %d", w, got, want(w))
		}
	}
}

// adminSuffix gives the kinds the table it replaced gave, and "" for any other word.
func TestAdminSuffixKinds(t *testing.T) {
	want := map[string]string{
		"dong": "dong", "ri": "ri", "gu": "district", "ku": "district", "guyok": "district",
		"kuyok": "district", "gun": "county", "kun": "county", "eup": "district", "up": "district",
		"myeon": "district", "myon": "district", "rodongjagu": "district", "nodongjagu": "district",
		"si": "city", "do": "province",
	}
	for _, w := range []string{"dong", "ri", "gu", "ku", "guyok", "kuyok", "gun", "kun", "eup", "up", "myeon",
		"myon", "rodongjagu", "nodongjagu", "si", "do", "", "d", "don", "dongs", "Dong", "city", "county", "g", "ya"} {
		if got := adminSuffix(w); got != want[w] {
			t.Errorf("adminSuffix(%q) = %q, want %q", w, got, want[w])
		}
	}
}
