package redact

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// wordTestTexts are the testdata corpus and generated strings mixing ASCII, Hangul, other
// scripts, marks, digits and separators.
func wordTestTexts(t *testing.T) []string {
	t.Helper()
	var out []string
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*", "*.md"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	if len(out) == 0 {
		t.Fatal("no testdata")
	}
	pieces := []string{"a", "Z", "kim", "Ji-min", "3", "42", " ", "\n", "'", "’", "-", ".", "김", "지민이",
		"é", "e\u0301", "ﬁ", "Ä", "ß", "İ", "Ж", "ж", "中", "١", "\u200b", "ǅ", "Ⅻ", "the", "Sept", "won"}
	r := rand.New(rand.NewSource(1))
	for range 2000 {
		var b strings.Builder
		for n := r.Intn(12); n >= 0; n-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		out = append(out, b.String())
	}
	return out
}

// The words and hashes made in one pass are splitWords and phraseHash of each word.
func TestWordHashesMatchPhraseHash(t *testing.T) {
	for _, s := range wordTestTexts(t) {
		tx := NewText(s)
		want := splitWords(tx.Fold)
		ws, hs := tx.wordList(), tx.wordHashes()
		if len(ws) != len(want) || len(hs) != len(ws) {
			t.Fatalf("%d words, %d hashes, want %d words", len(ws), len(hs), len(want))
		}
		for i, w := range ws {
			if w != want[i] {
				t.Fatalf("word %d at %v, want %v", i, w, want[i])
			}
			if h := phraseHash(phraseHashSeed, tx.Fold[w.start:w.end]); hs[i] != h {
				t.Fatalf("word %d: hash %x, want %x", i, hs[i], h)
			}
		}
		tx.release()
	}
}

// A wordTable answers as the map it was made from, for its keys and for other words.
func TestWordTableMatchesMap(t *testing.T) {
	lexOnce.Do(buildLexicon)
	ix := indexFor(&Gazetteer{Surnames: map[string]string{"kim": "Kim", "park": "Park"},
		FirstNames: map[string]bool{"jimin": true}, GivenSyllables: map[string]bool{"ji": true, "min": true}})
	check := func(w string) {
		h := phraseHash(phraseHashSeed, w)
		if got, want := lexTable.get(h, w), lexicon[w]; got != want {
			t.Fatalf("lexicon %q: %v, want %v", w, got, want)
		}
		if got, want := ix.classTab.get(h, w), ix.class[w]; got != want {
			t.Fatalf("class %q: %v, want %v", w, got, want)
		}
	}
	for w := range lexicon {
		check(w)
	}
	for w := range ix.class {
		check(w)
	}
	for _, s := range wordTestTexts(t) {
		fold := foldString(s)
		for _, w := range splitWords(fold) {
			check(fold[w.start:w.end])
		}
	}
	empty := newWordTable(map[string]int{})
	if v := empty.get(phraseHash(phraseHashSeed, "x"), "x"); v != 0 {
		t.Fatalf("empty table: %d", v)
	}
}
