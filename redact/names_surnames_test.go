package redact

import "testing"

func TestSurnameTable(t *testing.T) {
	m := map[string]string{"kim": "Kim", "gim": "Kim", "park": "Park", "pak": "Park", "": "Empty", "ri": "Lee", "이": "Lee"}
	for n := range 200 {
		m[string(rune('a'+n%26))+string(rune('a'+n/26))+"x"] = "X"
	}
	tab := newSurnameTable(m)
	for w, want := range m {
		if got, ok := tab.get(w); !ok || got != want {
			t.Errorf("get(%q) = %q, %v; want %q", w, got, ok, want)
		}
	}
	for _, w := range []string{"kimm", "k", "Park", "lee", "zzzz", "ㅇ"} {
		if got, ok := tab.get(w); ok {
			t.Errorf("get(%q) = %q; want none", w, got)
		}
	}
	if _, ok := newSurnameTable(nil).get("kim"); ok {
		t.Error("an empty table holds kim")
	}
}
