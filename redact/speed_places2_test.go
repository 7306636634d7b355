package redact

import "testing"

// placeRoles gives each listed word its roles and no other word any; placeRolesMaybe, which
// sorts the candidates, never misses a role.
func TestPlaceRoles(t *testing.T) {
	want := map[string]uint8{"called": pwNamedCue, "named": pwNamedCue}
	for w := range placePrepositions {
		want[w] |= pwPreposition
	}
	for _, w := range villageNouns {
		want[w] |= pwVillageNoun
	}
	for _, w := range []string{"near", "in", "at", "outside"} {
		want[w] |= pwCapturePrep
	}
	want["of"] |= pwOf
	for _, w := range spacedUnitWords {
		want[w] |= pwSpacedUnit
	}
	for w := range adminSuffixKinds {
		want[w] |= pwAdminSuffix
	}
	words := []string{"", "i", "ta", "the", "inn", "ofo", "nean", "called.", "villages", "rodongjagus", "Dong", "towardz"}
	for w := range want {
		words = append(words, w)
	}
	for _, w := range words {
		if got := placeRoles(w); got != want[w] {
			t.Errorf("placeRoles(%q) = %b, want %b", w, got, want[w])
		}
		if w != "" && placeRolesMaybe(w)&want[w] != want[w] {
			t.Errorf("placeRolesMaybe(%q) = %b, misses %b", w, placeRolesMaybe(w), want[w])
		}
	}
}
