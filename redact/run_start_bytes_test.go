package redact

import "testing"

// TestRunStartBytes checks the eight-byte test of numberRuns against the byte-wise one, for
// every byte value at every position among neighbours that could disturb it.
func TestRunStartBytes(t *testing.T) {
	for a := 0; a < 256; a++ {
		for pos := 0; pos < 8; pos++ {
			for _, fill := range []byte{0, 'a', '+', '(', '0', '9', 0x7f, 0x80, 0xff} {
				var b [8]byte
				for k := range b {
					b[k] = fill
				}
				b[pos] = byte(a)
				m := runStartBytes(load64(string(b[:])))
				for k, c := range b {
					want := isDigit(c) || c == '+' || c == '('
					if got := m>>(8*k+7)&1 == 1; got != want {
						t.Fatalf("bytes %v: byte %d flagged %v, want %v", b, k, got, want)
					}
				}
			}
		}
	}
}
