package redact

import "testing"

func TestPartialKeys(t *testing.T) {
	var m partialKeys
	m.add([]byte("jimin"), "P1")
	m.add([]byte("ji"), "P1")
	m.set([]byte("ji"), "|ji")
	for key, want := range map[string]string{"jimin": "P1", "ji": "|ji", "min": ""} {
		got, ok := m.get([]byte(key))
		if got != want || ok != (want != "") {
			t.Errorf("get(%q) = %q, %v; want %q", key, got, ok, want)
		}
	}
	if k := m.key(m.ents[1]); k != "ji" {
		t.Errorf("key = %q, want ji", k)
	}
	m.reset()
	if _, ok := m.get([]byte("jimin")); ok || len(m.buf) != 0 {
		t.Error("reset left keys")
	}
}
