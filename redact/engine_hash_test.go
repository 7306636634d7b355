package redact

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
)

// sha256Hexes, with its pooled hash, gives the digest of each string, call after call.
func TestSHA256HexPooled(t *testing.T) {
	for _, n := range []int{0, 1, 63, 64, 4095, 4096, 4097, 10000} {
		s := strings.Repeat("가a", n)[:n]
		sum := sha256.Sum256([]byte(s))
		for range 2 {
			other := s + "x"
			otherSum := sha256.Sum256([]byte(other))
			got, gotOther := sha256Hexes(s, other)
			if want, wantOther := hex.EncodeToString(sum[:]), hex.EncodeToString(otherSum[:]); got != want || gotOther != wantOther {
				t.Fatalf("sha256Hexes of %d and %d bytes = %s, %s, want %s, %s", n, n+1, got, gotOther, want, wantOther)
			}
		}
	}
}
