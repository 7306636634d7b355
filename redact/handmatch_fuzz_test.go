package redact

import (
	"reflect"
	"testing"
)

// FuzzHandMatchers holds the hand-written matchers that replace regular expressions on the
// hot path (durations, group counts, name runs, names after titles) to the expressions they
// stand for, at every offset of any input: the random tests beside each matcher
// (TestDurationMatchRandom, TestNameMatchersRandom) draw from fixed pieces, and the fuzzer
// mutates past them. A difference is a detection the engine would make or miss that the
// patterns, which the rules were tuned with, do not.
func FuzzHandMatchers(f *testing.F) {
	for _, s := range []string{
		"was sentenced to two and a half years’ imprisonment",
		"custody lasted 12-month, then detention for twenty-odd years",
		"barred from practice for five years; served 1.5 years' probation",
		"Mr K.H. Christoph and Ms Súilleabháin-Ní O’Neill, J.-P. de la Cruz",
		"sentenced them to a term of 3,5 weeKs", "the 12 to 14 applicants; some twenty-five or thirty persons", "Ch. Sz. d'Arcy", "ſentenced to 7 dayſ", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for p := range len(s) {
			w := s[p:min(len(s), p+200)]
			if isRegexpWordByte(s[p]) {
				want, got := legalDurationAt.FindStringSubmatchIndex(w), durationMatch(w)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("durationMatch(%q) = %v, legalDurationAt says %v", w, got, want)
				}
				want, got = legalGroupCountAt.FindStringSubmatchIndex(w), groupCountMatch(w)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("groupCountMatch(%q) = %v, legalGroupCountAt says %v", w, got, want)
				}
			}
			w = s[p:min(len(s), p+120)]
			want := -1
			if m := nameRun.FindStringIndex(w); m != nil {
				want = m[1]
			}
			if got := nameRunMatch(w); got != want {
				t.Fatalf("nameRunMatch(%q) = %d, nameRun says %d", w, got, want)
			}
			if m, got := nameAfterTitlesAt.FindStringIndex(w), nameAfterTitlesEnd(w); got != m[1] {
				t.Fatalf("nameAfterTitlesEnd(%q) = %d, nameAfterTitlesAt says %d", w, got, m[1])
			}
		}
	})
}
