package redact

import "testing"

// A keyFilter turns away no key of its list, and most other words.
func TestKeyFiltersHoldTheirKeys(t *testing.T) {
	for name, c := range map[string]struct {
		f    *keyFilter
		keys []map[string]bool
	}{
		"nonIdentifier": {nonIdentifierFilter, []map[string]bool{nonIdentifierKeys}},
		"kinNoun":       {kinNounFilter, []map[string]bool{kinNouns}},
		"age":           {ageWords, []map[string]bool{femaleWords, maleWords, personNouns}},
	} {
		for _, m := range c.keys {
			for k := range m {
				if !c.f.mayHold(k) {
					t.Errorf("%s: the filter turns away %q, a key of its list", name, k)
				}
			}
		}
	}
	passed := 0
	names := []string{"jimin", "hyesan", "kimchol", "parkyoungmi", "musan", "chongjin", "sinuiju", "yanji"}
	for _, w := range names {
		if nonIdentifierFilter.mayHold(w) {
			passed++
		}
	}
	if passed > len(names)/2 {
		t.Errorf("the filter lets %d of %d names through", passed, len(names))
	}
}
