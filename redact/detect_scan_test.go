package redact

import "testing"

func TestIndexByteFrom(t *testing.T) {
	s := "ab_cd_e"
	for _, tc := range []struct {
		from int
		want int
	}{{0, 2}, {2, 2}, {3, 5}, {6, len(s)}, {len(s), len(s)}, {len(s) + 3, len(s)}} {
		if got := indexByteFrom(s, tc.from, '_'); got != tc.want {
			t.Errorf("indexByteFrom(%q, %d, '_') = %d, want %d", s, tc.from, got, tc.want)
		}
	}
}
