package redact

import (
	"strconv"
	"testing"
)

// TestKnownEntityID checks the known nodes' precomputed IDs against entityID, and that
// other nodes, and names that only look like a known node's, are left to entityID.
func TestKnownEntityID(t *testing.T) {
	for i := range 2 * len(knownNodeNames) {
		n := knownNode("k:" + strconv.Itoa(i))
		got, ok := knownEntityID(n)
		if i >= len(knownNodeNames) {
			if ok {
				t.Fatalf("knownEntityID(%q) = %q, true: beyond the table", n.key, got)
			}
			continue
		}
		want := entityID(n)
		if !ok || got != string(want[:]) {
			t.Fatalf("knownEntityID(%q) = %q, %v; want %q", n.key, got, ok, want[:])
		}
	}
	for _, n := range []nodeName{knownNode("k:07"), knownNode("k:"), knownNode("k:x"), knownNode("k:1a"),
		knownNode("x:1"), knownNode("k:123"), {kind: 'e', c: Person, key: "k:3"}, {kind: 's', c: Person, key: "k:3"}} {
		if id, ok := knownEntityID(n); ok {
			t.Fatalf("knownEntityID(%+v) = %q, true; want false", n, id)
		}
	}
}
