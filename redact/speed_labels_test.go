package redact

import (
	"maps"
	"testing"
)

// spanCounts counts the spans that change text by category, those of a category the
// engine does not know too.
func TestSpanCounts(t *testing.T) {
	p := &Policy{Rules: map[Category]Rule{Person: {Action: Pseudonymize}}}
	var rules catTable
	rules.fill(p)
	spans := []Span{{Category: Person, Action: Pseudonymize}, {Category: Person, Action: Suppress},
		{Category: Place, Action: Keep}, {Category: Date, Action: Generalize}, {Category: Email, Action: Suppress},
		{Category: "x", Action: Suppress}, {Category: "unknown", Action: Suppress}, {Category: "unknown", Action: Keep}}
	want := map[Category]int{Person: 2, Date: 1, Email: 1, "x": 1, "unknown": 1}
	if got := rules.spanCounts(spans); !maps.Equal(got, want) {
		t.Errorf("spanCounts = %v, want %v", got, want)
	}
}
