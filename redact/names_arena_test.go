package redact

import (
	"strconv"
	"strings"
	"testing"
)

// TestStringArena: the strings an arena hands out keep their text while it writes more,
// through new buffers and strings longer than any buffer.
func TestStringArena(t *testing.T) {
	var a stringArena
	var got, want []string
	for n := 0; n < 3000; n++ {
		w := strings.Repeat(strconv.Itoa(n), n%7)
		if n%500 == 499 {
			w = strings.Repeat("x", arenaMost+n) // longer than a buffer
		}
		switch n % 3 {
		case 0:
			got = append(got, a.of([]byte(w)))
			want = append(want, w)
		case 1:
			got = append(got, a.join(w, "|", w))
			want = append(want, w+"|"+w)
		default:
			got = append(got, a.join("", "", w))
			want = append(want, w)
		}
	}
	for k := range want {
		if got[k] != want[k] {
			t.Fatalf("string %d = %q, want %q", k, got[k], want[k])
		}
	}
	if a.b.Cap() > 2*arenaMost+3000 {
		t.Errorf("buffer of %d bytes: buffers should stop doubling at %d", a.b.Cap(), arenaMost)
	}
}

// lowerASCII is foldASCII, and neither it nor later strings change one handed out.
func TestArenaLowerASCII(t *testing.T) {
	var a stringArena
	var got, want []string
	for _, s := range []string{"", "Kim Jimin", "ALL CAPS 42", strings.Repeat("AbC", 50), "lower", "@[`{"} {
		got = append(got, a.lowerASCII(s))
		want = append(want, foldASCII(s))
	}
	for k := range got {
		if got[k] != want[k] {
			t.Errorf("lowerASCII = %q, want %q", got[k], want[k])
		}
	}
}
