package redact

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hasLocalWorkplaceByNoun is hasLocalWorkplace as a search per noun: each occurrence of each
// noun is read backwards with capitalisedBefore.
func hasLocalWorkplaceByNoun(w string) bool {
	for _, n := range localWorkplaceNouns {
		for off := 0; ; {
			i := strings.Index(w[off:], n)
			if i < 0 {
				break
			}
			if capitalisedBefore(w, off+i) {
				return true
			}
			off += i + len(n)
		}
	}
	return false
}

// TestHasLocalWorkplaceWalk holds hasLocalWorkplace's one walk to a search per noun, on every
// window of the test texts and on random phrases of workplace words.
func TestHasLocalWorkplaceWalk(t *testing.T) {
	var texts []string
	for _, dir := range []string{"../testdata/gold", "../testdata/interviews"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(data))
		}
	}
	words := []string{"Nampo", "glass", "factory", "Kaechon", "women's", "prison", "the", "school", "Mine",
		"mine", "mines", "Ö", "öl", "farmer", "co-op", "cooperative", "'", "’", "-", "university", "X"}
	seps := []string{" ", " ", " ", "\t", "  ", ", ", "\r"}
	r := rand.New(rand.NewSource(3))
	for range 5000 {
		var b strings.Builder
		for range r.Intn(8) {
			b.WriteString(words[r.Intn(len(words))])
			b.WriteString(seps[r.Intn(len(seps))])
		}
		texts = append(texts, b.String())
	}
	matched := 0
	for _, text := range texts {
		for lo := 0; lo < len(text); lo += 1 + r.Intn(40) {
			hi := min(len(text), lo+r.Intn(120))
			want := hasLocalWorkplaceByNoun(text[lo:hi])
			if got := hasLocalWorkplace(text, lo, hi); got != want {
				t.Fatalf("hasLocalWorkplace(%q) = %v, want %v", text[lo:hi], got, want)
			}
			if want {
				matched++
			}
		}
	}
	if matched < 100 {
		t.Errorf("only %d windows hold a local workplace: the test no longer exercises the walk", matched)
	}
}
