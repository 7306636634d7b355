package redact

import (
	"math/rand"
	"testing"
)

// TestQuoteStartsNext checks quoteStarts.next against a byte-by-byte scan, for offsets that
// grow by steps of every size, on texts dense and sparse in quote bytes.
func TestQuoteStartsNext(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	alphabet := []byte{'a', ' ', '"', '\'', 0xe2, 0xe3, 0x80, 0x9c, 0xea, '.'}
	for n := 0; n < 300; n++ {
		b := make([]byte, rng.Intn(80))
		dense := rng.Intn(2) == 0
		for k := range b {
			if dense || rng.Intn(10) == 0 {
				b[k] = alphabet[rng.Intn(len(alphabet))]
			} else {
				b[k] = 'x'
			}
		}
		s := string(b)
		var q quoteStarts
		for i := 0; i <= len(s); i += rng.Intn(4) {
			want := i
			for want < len(s) && s[want] != '"' && s[want] != '\'' && s[want] != 0xe2 && s[want] != 0xe3 {
				want++
			}
			if got := q.next(s, i); got != want {
				t.Fatalf("next(%q, %d) = %d, want %d", s, i, got, want)
			}
			if i == len(s) {
				break
			}
		}
	}
}
