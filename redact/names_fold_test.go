package redact

import "testing"

// The syllable trie folds every given syllable it holds as foldSyllable does, and answers
// no for other words, so nameScan.fold falls back to the table for them.
func TestSylTrieFold(t *testing.T) {
	syls := []string{"ji", "min", "jin", "cheol", "chol", "young", "yeong", "soo", "su", "hyuk", "ri", "o"}
	for _, extra := range []string{"", "ŏk"} { // without and with a syllable the trie cannot hold
		gs := map[string]bool{}
		for _, y := range syls {
			gs[y] = true
		}
		if extra != "" {
			gs[extra] = true
		}
		ix := indexFor(&Gazetteer{GivenSyllables: gs})
		for _, y := range syls {
			if got, ok := ix.sylTrie.fold(y); !ok || got != foldSyllableUncached(y) {
				t.Errorf("fold %q: %q %v, want %q", y, got, ok, foldSyllableUncached(y))
			}
		}
		for _, w := range []string{"", "j", "jim", "mi", "Ji", "ji-", "jimin", "zz", extra} {
			if f, ok := ix.sylTrie.fold(w); ok {
				t.Errorf("fold %q: %q, but it is no syllable of the trie", w, f)
			}
		}
	}
}
