package redact

import "testing"

// TestHangulEntity checks the one-buffer entity key against the key built from the
// romanized syllables, for every Hangul syllable and a mixed given name.
func TestHangulEntity(t *testing.T) {
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		given := string(r) + "민"
		if got, want := hangulEntity("kim", given), "kim|"+foldSyllables(romanizeHangul(given)); got != want {
			t.Fatalf("hangulEntity(%q) = %q, want %q", given, got, want)
		}
	}
	given := "지a민"
	if got, want := hangulEntity("", given), "|"+foldSyllables(romanizeHangul(given)); got != want {
		t.Fatalf("hangulEntity(%q) = %q, want %q", given, got, want)
	}
}
