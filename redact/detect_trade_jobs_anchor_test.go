package redact

import (
	"math/rand/v2"
	"testing"
)

// TestTradeAnchorTestsKeepEveryMatch: tradedWithOK and droveForOK say yes at every offset
// where tradedWithAt or droveForAt matches, in the interviews and the gold texts and in
// strings made of the patterns' pieces.
func TestTradeAnchorTestsKeepEveryMatch(t *testing.T) {
	texts := testdataTexts(t)
	pieces := []string{"bought", "Sold", "selling", "traded", "smuggled", "drove", "Drives", "operated", "it", "them",
		"THIS", "goods", "things", "from", "to", "From", "local", "the", "miners", "traders", "fishermen", "trucks",
		"a", "an", "bus", "lorry", "for", "For", "mine", "ore", "coal", "ſ", "K", "é", " ", " ", " ", "\t", "\n", ",", "-"}
	rng := rand.New(rand.NewPCG(31, 32))
	for n := 0; n < 30000; n++ {
		texts = append(texts, spacedPiecesText(rng, pieces, 12))
	}
	// And phrases of the patterns' shape, with their spaces, cases and words varied.
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	sp := func() string { return pick(" ", " ", "\t", "\n", "  ", "", "-") }
	for n := 0; n < 20000; n++ {
		traded := pick("bought", "Sold", "SELLING", "traded", "smuggled", "buy") + sp() +
			pick("", "it"+sp(), "Them"+sp(), "goods"+sp(), "thiſ"+sp(), "stuff"+sp()) +
			pick("from", "to", "To", "for") + sp() + pick("local ", "the ", "") + pick("miners", "fishermen", "Kurds", "traders")
		drove := pick("drove", "Drives", "operating", "drive") + sp() + pick("", "ore ", "old coal ", "big red old ") +
			pick("trucks", "TRUCK", "lorries", "bus", "cranes", "cars") + sp() + pick("for", "For", "fór", "to") + sp() +
			pick("the", "a", "an", "our") + sp() + pick("mine", "army", "Kompany")
		texts = append(texts, traded, drove, "he "+drove+" and "+traded)
	}
	traded, drove := 0, 0
	for _, text := range texts {
		tx := NewText(text)
		s := tx.Norm
		for p := range len(s) {
			if p > 0 && isRegexpWordByte(s[p-1]) {
				continue // the verbs are anchors: words
			}
			if tradedWithAt.MatchString(s[p:min(len(s), p+80)]) {
				traded++
				if !tradedWithOK(tx, p) {
					t.Fatalf("tradedWithOK skips a match at %q", s[p:min(len(s), p+60)])
				}
			}
			if droveForAt.MatchString(s[p:min(len(s), p+120)]) {
				drove++
				if !droveForOK(tx, p) {
					t.Fatalf("droveForOK skips a match at %q", s[p:min(len(s), p+60)])
				}
			}
		}
	}
	if traded < 200 || drove < 200 {
		t.Errorf("only %d and %d matches: the test tries too little", traded, drove)
	}
}
