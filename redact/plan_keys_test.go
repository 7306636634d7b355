package redact

import (
	"testing"
	"unicode/utf8"
)

// TestDecisionKeysHaveNoSpace: every key a run gives its decisions (the text's and the
// title's, propagated copies and name parts among them) holds no space, so that
// decisionKeyIsNumberWords, which does not look for one, is keyIsNumberWords of it; over
// the interviews and a text with names, Hangul and overlapping spans.
func TestDecisionKeysHaveNoSpace(t *testing.T) {
	texts := append(testdataTexts(t), "Kim Ji-min met Pak Chol-su in Hyesan on 12 March 2003; "+
		"김지민이 \"노란 우산\"이라고 말했다. 300만원, 35세, two hundred yuan, Kangan 2-dong.")
	keys := 0
	for _, p := range []*Policy{testPolicy(), fuzzPolicy()} {
		e := mustEngine(t, p)
		for _, s := range texts {
			cut := min(len(s), 60)
			for cut < len(s) && !utf8.RuneStart(s[cut]) {
				cut++
			}
			doc := Document{Title: s[:cut], Text: s,
				Known: []Known{{Text: "Kim Ji-min", Category: Person, Role: RoleInterviewee}}}
			r, err := e.plan(doc)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range []*field{&r.text, &r.title} {
				for _, d := range append(append([]*decision(nil), f.decisions...), f.keeps...) {
					if d.keyPending {
						continue
					}
					keys++
					if hasSpace(d.key) {
						t.Fatalf("decision %q has the key %q, with a space", d.Text, d.key)
					}
					if decisionKeyIsNumberWords(d.key) != keyIsNumberWords(d.key) {
						t.Fatalf("key %q: decisionKeyIsNumberWords differs", d.key)
					}
				}
			}
			r.release()
			r.releaseArena()
			r.releaseTexts()
			r.recycle()
		}
	}
	if keys == 0 {
		t.Fatal("no decision keys were checked")
	}
}
