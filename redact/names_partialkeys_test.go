package redact

import (
	"strconv"
	"testing"
)

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

// TestPartialKeysMany: past partialKeysHashMin keys, found through the hash table as they
// grow it, the keys give the entities a map gives, and reset empties the table.
func TestPartialKeysMany(t *testing.T) {
	var m partialKeys
	for round := 0; round < 2; round++ {
		want := map[string]string{}
		for n := 0; n < 300; n++ {
			k := "k" + strconv.Itoa(n*7%300)
			if n == 0 {
				k = "" // the empty key too
			}
			want[k] = "E" + strconv.Itoa(n)
			m.add([]byte(k), want[k])
			if n%5 == 0 {
				want[k] = "|" + k
				m.set([]byte(k), want[k])
			}
			for k, e := range want {
				if got, ok := m.get([]byte(k)); !ok || got != e {
					t.Fatalf("%d keys: get(%q) = %q, %v; want %q", n+1, k, got, ok, e)
				}
			}
			if _, ok := m.get([]byte("absent")); ok {
				t.Fatalf("%d keys: get found a key never added", n+1)
			}
		}
		if len(m.slots) == 0 {
			t.Fatal("300 keys are not hashed")
		}
		m.reset()
		if _, ok := m.get([]byte("k7")); ok || len(m.slots) != 0 {
			t.Fatal("reset left keys")
		}
	}
}
