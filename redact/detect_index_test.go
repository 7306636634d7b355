package redact

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestIndexByLast: indexByLast finds what strings.Index finds, and eachIndex with it the
// occurrences strings.Index finds one after another.
func TestIndexByLast(t *testing.T) {
	parts := []string{"절반", "분의", "끝", "자리", "인민반", "반", "의", "민", "인", "광명성절", "태양절", "태양", " ", "a", "1", ".", "수수료", "몫"}
	subs := []string{"절반", "분의", "끝", "인민반", "광명성절", "태양절", "수수료", "중개비", "브로커", "몫", "반반"}
	r := rand.New(rand.NewSource(7))
	for range 20000 {
		var b strings.Builder
		for range r.Intn(30) {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		s := b.String()
		for _, sub := range subs {
			if got, want := indexByLast(s, sub), strings.Index(s, sub); got != want {
				t.Fatalf("indexByLast(%q, %q) = %d, want %d", s, sub, got, want)
			}
			var got, want []int
			eachIndex(s, sub, func(i int) { got = append(got, i) })
			for from := 0; ; {
				k := strings.Index(s[from:], sub)
				if k < 0 {
					break
				}
				want = append(want, from+k)
				from += k + len(sub)
			}
			if !slices.Equal(got, want) {
				t.Fatalf("eachIndex(%q, %q) = %v, want %v", s, sub, got, want)
			}
		}
	}
}
