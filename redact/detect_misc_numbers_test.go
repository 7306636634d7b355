package redact

import (
	"os"
	"path/filepath"
	"testing"
)

// TestWordClassesAsMaps checks that the word classes the number detectors read stand for
// the lookups they replace: numberWordAt for isNumberWord, clsCurrency for currencyBefore,
// clsCount for vagueMultiples, on every word of the test texts.
func TestWordClassesAsMaps(t *testing.T) {
	texts := []string{"Two hundred and five USD 300, dozens of families; A an a few FIFTY rmb 5",
		"thousands of people, one, ONE, twenty-one, 스물 one", ""}
	for _, dir := range []string{"../testdata/gold", "../testdata/interviews", "testdata/golden"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil {
				texts = append(texts, string(b))
			}
		}
	}
	numbers := 0
	for _, s := range texts {
		c := newWordScan(NewText(s))
		for k := -1; k <= len(c.ws); k++ {
			w := c.w(k)
			if got, want := c.numberWordAt(k), isNumberWord(w); got != want {
				t.Fatalf("numberWordAt(%d) = %v for %q, isNumberWord says %v", k, got, w, want)
			}
			if k < 0 || k >= len(c.ws) {
				continue
			}
			if got, want := c.cls[k]&clsCurrency != 0, currencyBefore[w]; got != want {
				t.Fatalf("clsCurrency of %q = %v, currencyBefore says %v", w, got, want)
			}
			if got, want := c.cls[k]&clsCount != 0, vagueMultiples[w]; got != want {
				t.Fatalf("clsCount of %q = %v, vagueMultiples says %v", w, got, want)
			}
			if c.numberWordAt(k) {
				numbers++
			}
		}
	}
	if numbers < 100 {
		t.Errorf("%d number words in all the texts: the test reads too little", numbers)
	}
}
