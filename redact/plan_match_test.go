package redact

import "testing"

// TestNonPartWords holds nameParts' one set to the two lists it asked before (the function
// words and the titles), and its filter to the set's keys.
func TestNonPartWords(t *testing.T) {
	for w := range nonPartWords {
		if !functionWords[w] && !partTitles[w] {
			t.Errorf("%q is in nonPartWords but in neither list", w)
		}
		if !nonPartFilter.mayHold(w) {
			t.Errorf("the filter turns away %q, a key of nonPartWords", w)
		}
	}
	for _, list := range []map[string]bool{functionWords, partTitles} {
		for w := range list {
			if !nonPartWords[w] {
				t.Errorf("%q is missing from nonPartWords", w)
			}
		}
	}
}
