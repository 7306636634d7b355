package redact

import (
	"cmp"
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// appendSensitiveWordFormsByVariant is appendSensitiveWordForms as it was written first:
// one walk over the words for each variant. The reference for the one walk.
func (r *runState) appendSensitiveWordFormsByVariant(t *Text, words []word, hits []phraseMatch) []phraseMatch {
	n := len(hits)
	for _, k := range r.known {
		if k.Category != SensitiveTerm {
			continue
		}
		for j, v := range k.variants {
			if len(v) < 4 || strings.Contains(v, " ") || !isLowerAlnum(v) {
				continue
			}
			for i, w := range words {
				fw := t.Fold[w.start:w.end]
				if len(fw) > len(v) && fw[0] == v[0] && strings.HasPrefix(fw, v) && sensitiveEnding(fw[len(v):]) {
					hits = append(hits, phraseMatch{w.start, w.end, int32(i), int32(i + 1), []int{k.firstVariant + j}})
				}
			}
		}
	}
	if len(hits) > n {
		slices.SortStableFunc(hits, func(a, b phraseMatch) int { return cmp.Compare(a.start, b.start) })
	}
	return hits
}

func TestSensitiveWordFormsOneWalk(t *testing.T) {
	terms := []string{"blackbird", "black", "sinhung", "sin", "hawk", "hawks", "eagle one", "독수리", "kim5"}
	endings := []string{"", "s", "es", "ri", "dong", "gun", "123", "7", "x", "bird", "ern"}
	rng := rand.New(rand.NewSource(7))
	for range 3000 {
		r := &runState{}
		first := 0
		for n := rng.Intn(5); n > 0; n-- {
			k := knownEntry{firstVariant: first}
			k.Category = []Category{SensitiveTerm, SensitiveTerm, Person}[rng.Intn(3)]
			for m := 1 + rng.Intn(3); m > 0; m-- {
				k.variants = append(k.variants, terms[rng.Intn(len(terms))])
			}
			first += len(k.variants)
			r.known = append(r.known, k)
		}
		var b strings.Builder
		for n := rng.Intn(30); n >= 0; n-- {
			w := terms[rng.Intn(len(terms))] + endings[rng.Intn(len(endings))]
			if rng.Intn(2) == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			b.WriteString(w)
			b.WriteString([]string{" ", ", ", "-", ". "}[rng.Intn(4)])
		}
		tx := NewText(b.String())
		// Hits found before, at every start, which the sort keeps ahead of the new ones.
		var before []phraseMatch
		for i, w := range tx.wordList() {
			if rng.Intn(4) == 0 {
				before = append(before, phraseMatch{w.start, w.end, int32(i), int32(i + 1), []int{-1}})
			}
		}
		got := r.appendSensitiveWordForms(tx, tx.wordList(), slices.Clone(before))
		want := r.appendSensitiveWordFormsByVariant(tx, tx.wordList(), slices.Clone(before))
		eq := func(a, b phraseMatch) bool {
			return a.start == b.start && a.end == b.end && slices.Equal(a.payloads, b.payloads)
		}
		if !slices.EqualFunc(got, want, eq) {
			t.Fatalf("%q: one walk finds %v, a walk a variant %v", b.String(), got, want)
		}
		tx.release()
	}
}
