package redact

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestCompanyFormHeads holds findCompanyNames, which runs its pattern only where
// headAfterCapitals sees one of companyFormHeads after capitalised words, to companyName on
// strings built of capitalised words and every legal form, with and without their full
// stops.
func TestCompanyFormHeads(t *testing.T) {
	pieces := []string{"MotoMeter", "Şirket", "É", "Pedro", "x", "the", "of", "Ltd", "Ltd.", "Limited", "GmbH", "AG", "A.Ş.",
		"A.Ş", "AŞ", "S.A.", "S.A", "S.A.R.L.", "SARL", "Inc.", "Inc", "plc", "PLC", "LLC", "Corporation", "Corp.", "Corp",
		"Co.", "Co", "KG", "OHG", "Sp. z o.o.", "Sp.", "S.p.A.", "B.V.", "N.V.", "Oy", "Oyj", "AB", "ASA", "A/S", "ApS",
		"SpA", "S.r.l.", "Srl", "SE", "Kft.", "Kft", "Zrt.", "Zrt", "s.r.o.", "a.s.", "d.o.o.", "OOO", "ZAO", "JSC",
		"Solicitors", "1", "-", "’s", " ", " ", " ", " ", "  ", "\t", "\n", ",", ".", "\u0301"}
	r := rand.New(rand.NewSource(11))
	matched := 0
	for range 40000 {
		var b strings.Builder
		for range r.Intn(12) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		w := b.String()
		want := companyName.FindAllStringSubmatchIndex(w, -1)
		matched += len(want)
		if got := findCompanyNames(w); !reflect.DeepEqual(got, want) {
			t.Fatalf("findCompanyNames(%q) = %v, the pattern finds %v", w, got, want)
		}
	}
	if matched < 2000 {
		t.Errorf("companyName matched %d times: the test no longer exercises it", matched)
	}
}
