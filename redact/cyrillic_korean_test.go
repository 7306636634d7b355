package redact

import "testing"

// Every Korean surname the Cyrillic detector reads has its Hangul form, so its names key
// as their Latin and Hangul spellings do.
func TestCyrKoreanSurnamesHaveHangul(t *testing.T) {
	for s := range cyrKoreanSurnames {
		if cyrKoreanSurnameHangul[s] == "" {
			t.Errorf("Cyrillic Korean surname %q has no Hangul form in cyrKoreanSurnameHangul", s)
		}
	}
	for cyr, want := range map[string]string{"чол": "jol", "чхоль": "jol", "ён": "yon", "ын": "un", "хи": "hi", "хван": "hwan", "мён": "myon"} {
		if got := foldSyllable(cyrKoreanRomanize(cyr)); got != want {
			t.Errorf("cyrKoreanRomanize(%q) folds to %q, want %q", cyr, got, want)
		}
	}
}
