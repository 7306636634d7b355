package redact

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestPlaceMatchersAgreeWithRegexps: placeCueMatch, placeNameEnd and placeCountryMatch find
// what placeCueAt, placeName and placeCountry do, and placeCueOK says what afterToken does, from every offset of the interviews and the gold texts and of strings
// made of the patterns' pieces.
func TestPlaceMatchersAgreeWithRegexps(t *testing.T) {
	texts := testdataTexts(t)
	pieces := []string{"lives", "live", "lived", "living", "born", "grew", "up", "moved", "back", "held", "in", "at",
		"to", "the", "The", "of", "Village", "village", "District", "county", "County", "Area", "area", "land",
		"prison", "detention", "custody", "house", "Mersin", "Frankfurt", "Main", "am", "an", "der", "an der",
		"upon", "on", "onion", "de", "del", "sur", "Mar", "O'Neil", "Saint-Denis", "’s", "Çankaya", "É", "é\u0301",
		"ǅ", "A", "x", "1", ",", ".", "-", "'", " ", " ", " ", "  ", "\t", "\n", "\xff", "한", "lived in", "moved back to the",
		"moved to", "grew up in", "village of", "District of", "land in", "prison at", "born at the", "held in the", ", Poland", " (Turkey)",
		", North-Rhine", ", Salzburg Land)", " go back ", " up ", "\t("}
	rng := rand.New(rand.NewPCG(17, 18))
	for n := 0; n < 30000; n++ {
		texts = append(texts, spacedPiecesText(rng, pieces, 12))
	}
	cues, names, countries := 0, 0, 0
	for _, s := range texts {
		for p := range len(s) {
			w := s[p:min(len(s), p+60)]
			want := placeCueAt.FindStringSubmatchIndex(w)
			if got := placeCueMatch(w); !slices.Equal(got, want) {
				t.Fatalf("placeCueMatch(%q) = %v, the pattern says %v", w, got, want)
			}
			cues += len(want) / 2
			countryWant := placeCountry.FindStringSubmatchIndex(s[p:])
			if got := placeCountryMatch(s[p:]); !slices.Equal(got, countryWant) {
				t.Fatalf("placeCountryMatch(%q) = %v, the pattern says %v", s[p:min(len(s), p+60)], got, countryWant)
			}
			countries += len(countryWant) / 4
			if got, want := placeCueOK(&Text{Norm: s}, p), afterToken(s, p, "in ", "at ", "to ", "of ", "up ", "back "); got != want {
				t.Fatalf("placeCueOK at %q: %v, afterToken says %v", s[p:min(len(s), p+60)], got, want)
			}
			nameWant := placeName.FindStringIndex(s[p:])
			if got := placeNameEnd(s[p:]); nameWant == nil && got != -1 || nameWant != nil && !slices.Equal(nameWant, []int{0, got}) {
				t.Fatalf("placeNameEnd(%q) = %d, the pattern says %v", s[p:min(len(s), p+60)], got, nameWant)
			}
			if nameWant != nil {
				names++
			}
		}
	}
	if cues < 1000 || names < 1000 || countries < 1000 {
		t.Errorf("only %d cues, %d names and %d countries: the test tries too little", cues, names, countries)
	}
}
