package redact

import "testing"

// isoCurrencyCode turns away what is not three capitals before the map lookup: every code
// must be three capitals.
func TestISOCurrencyCodesAreCapitals(t *testing.T) {
	for c := range legalISOCurrencies {
		if len(c) != 3 || !isoCurrencyCode(c) {
			t.Errorf("%q: isoCurrencyCode says no to a code of legalISOCurrencies", c)
		}
	}
}
