package redact

import "testing"

// lexFilter lets every lexicon word through: classifyWords skips the table for a word it
// turns away (TestLookupWordsMatchesLexicon checks the classes that come of it).
func TestLexFilterHoldsLexicon(t *testing.T) {
	lexOnce.Do(buildLexicon)
	for w := range lexicon {
		if h := phraseHash(phraseHashSeed, w); !lexFilter.mayHoldA(h) || !lexFilter.mayHold(h) {
			t.Fatalf("lexFilter turns %q away", w)
		}
	}
}
