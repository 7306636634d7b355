package redact

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// appositiveEpithetsByWords is appositiveEpithets as it was written first: every word is
// tested for "the" after ", " and a role. The reference for the search for ", the".
func appositiveEpithetsByWords(t *Text, out []Candidate) []Candidate {
	ws, s, n := t.wordList(), t.Fold, t.Norm
	if len(s) != len(n) {
		return out
	}
	for i := 1; i+2 < len(ws); i++ {
		if s[ws[i].start:ws[i].end] != "the" || s[ws[i-1].end:ws[i].start] != ", " || !epithetRoles[s[ws[i-1].start:ws[i-1].end]] {
			continue
		}
		j := i + 1
		for j < len(ws) && j <= i+3 && 'A' <= n[ws[j].start] && n[ws[j].start] <= 'Z' && (j == i+1 || s[ws[j-1].end:ws[j].start] == " ") {
			j++
		}
		if j == i+1 || j == len(ws) && ws[j-1].end == len(s) || j < len(ws) && !strings.HasPrefix(s[ws[j-1].end:], ",") {
			continue
		}
		if !inCandidates(out, t, ws[i+1].start) {
			out = append(out, t.cand(ws[i+1].start, ws[j-1].end, SensitiveTerm, "epithet in apposition",
				"capitalised words after \"the\", set off by commas after a role", 0.7))
		}
	}
	return out
}

func TestAppositiveEpithetsSearch(t *testing.T) {
	texts := fastPathTexts(t)
	// A role, "the" and capitalised words, with the gaps and words that make or break one.
	roles := []string{"warden", "Guard", "officer", "fox", "the", "수용소"}
	thes := []string{"the", "The", "they", "then", "a"}
	caps := []string{"Old", "Fox", "Kim", "fox", "x", "Ünal", "수용소", "The"}
	gaps := []string{", ", ", ", " ", ",", "  ", ",\n", "-", ". ", "'"}
	pick := func(rng *rand.Rand, l []string) string { return l[rng.Intn(len(l))] }
	rng := rand.New(rand.NewSource(9))
	for range 5000 {
		var b strings.Builder
		for n := rng.Intn(4); n >= 0; n-- {
			b.WriteString(pick(rng, roles) + pick(rng, gaps) + pick(rng, thes) + pick(rng, gaps))
			for m := rng.Intn(5); m >= 0; m-- {
				b.WriteString(pick(rng, caps) + pick(rng, gaps))
			}
			if rng.Intn(3) > 0 {
				b.WriteString(pick(rng, roles) + pick(rng, gaps))
			}
		}
		texts = append(texts, b.String())
	}
	found := 0
	for _, s := range texts {
		tx := NewText(s)
		got, want := appositiveEpithets(tx, nil), appositiveEpithetsByWords(tx, nil)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: the search finds %v, the walk over the words %v", s, got, want)
		}
		found += len(got)
		tx.release()
	}
	if found == 0 {
		t.Fatal("no epithet found: the texts test nothing")
	}
}
