package redact

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestDurationMatchRandom holds durationMatch to legalDurationAt, and groupCountMatch to
// legalGroupCountAt, at every word start of our
// interviews and of random texts of cues, numbers, units and the words around them.
func TestDurationMatchRandom(t *testing.T) {
	pieces := []string{"sentenced", "Sentenced", "ſentenced", "him", "her", "them", "the", "applicants", "applicant",
		"to", "a", "an", "A", "total", "term", "terms", "prison", "of", "sentences", "sentence", "custody", "lasted",
		"detention", "detained", "for", "imprisonment", "served", "reduced", "increased", "period", "suspended",
		"debarred", "barred", "banned", "practise", "practice", "last", "LAST", "five", "one", "and", "half",
		"twenty", "twenty-", "twenty-five", "fourteen", "four", "ten", "sixty", "thirty", "12", "1234", "1.5", "3,5",
		"7", "year", "years", "YEARS", "month", "months", "weeks", "weeKs", "wee\u212as", "days", "dayſ", "hour", "hours",
		"sentenced to", "sentenced them to a term of", "custody of", "barred from practice for", "last for",
		"five years", "one and a half years", "12-month", "two weeks, three days", "a day and one hour", "twenty-odd years",
		"years' imprisonment", "other", "persons", "co-accused", "co-defendants", "sons", "ſons", "brothers", "grandchildren",
		"ninety", "hundred", "twenty-one", "eighty nine", "1999", "12345", "_", "year’s", "months in prison", "'", "’", "'s", "’s", "s", "jail", "probation", "in", "-", " ", " ", " ", "  ", ",", ".", "\n", "x", "é", "\xff"}
	texts := testdataTexts(t)
	r := rand.New(rand.NewSource(11))
	for range 60000 {
		var b strings.Builder
		for range r.Intn(14) {
			b.WriteString(pieces[r.Intn(len(pieces))])
			if r.Intn(3) != 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	matches, groups := [2]int{}, 0
	for _, text := range texts {
		for _, s := range []string{text, NewText(text).Norm} {
			for p := range len(s) {
				if !isRegexpWordByte(s[p]) {
					continue
				}
				w := s[p:min(len(s), p+200)]
				want, got := legalDurationAt.FindStringSubmatchIndex(w), durationMatch(w)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("durationMatch(%q) = %v, legalDurationAt says %v", w, got, want)
				}
				if want != nil {
					matches[min(1, want[4]+1)]++
				}
				want, got = legalGroupCountAt.FindStringSubmatchIndex(w), groupCountMatch(w)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("groupCountMatch(%q) = %v, legalGroupCountAt says %v", w, got, want)
				}
				if want != nil {
					groups++
				}
			}
		}
	}
	if matches[0] < 1000 || matches[1] < 1000 {
		t.Errorf("legalDuration matched %v times (after a cue, before a word): the texts no longer exercise it", matches)
	}
	if groups < 1000 {
		t.Errorf("legalGroupCount matched %d times: the texts no longer exercise it", groups)
	}
}
