package redact

import "testing"

// catSlot must give every category a slot of its own, and the table each category's rule.
func TestCatTable(t *testing.T) {
	p := &Policy{Rules: map[Category]Rule{Person: {Action: Suppress}, Date: {Action: Generalize, Level: "year"}}}
	var tab catTable
	tab.fill(p)
	seen := map[int]Category{}
	for _, c := range categoryOrder {
		if o, dup := seen[catSlot(c)]; dup {
			t.Fatalf("catSlot(%q) == catSlot(%q)", c, o)
		}
		seen[catSlot(c)] = c
		cr := tab.of(p, c)
		rule, ok := p.Rules[c]
		if cr.cat != c || cr.rule != rule || cr.ok != ok || cr.atomic != atomic[c] {
			t.Errorf("of(%q) = %+v", c, *cr)
		}
	}
	for _, c := range []Category{"", "x", "nope", "persons"} {
		if cr := tab.of(p, c); cr.ok || cr.atomic {
			t.Errorf("of(%q) = %+v, want no rule", c, *cr)
		}
	}
}
