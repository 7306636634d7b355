package redact

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
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
		out = append(out, piecesText(r, pieces, 12))
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
		FirstNames: map[string]bool{"jimin": true}, GivenSyllables: map[string]bool{"ji": true, "min": true},
		PublicFigures: []string{"Kim Jong Un", "Kim Il Sung", "Moon Jae-in"}, PublicBodies: []string{"UN", "Workers' Party"}})
	check := func(w string) {
		h := phraseHash(phraseHashSeed, w)
		if got, want := lexTable.get(h, w), lexicon[w]; got != want {
			t.Fatalf("lexicon %q: %v, want %v", w, got, want)
		}
		e := ix.classTab.get(h, w)
		if code, ok := shortWordCode(w); ok && ix.shortEntry[code] != e {
			t.Fatalf("short %q: %v, table %v", w, ix.shortEntry[code], e)
		}
		if want := ix.class[w]; e.cls != want || ix.classOf(w) != want {
			t.Fatalf("class %q: %v, want %v", w, e.cls, want)
		}
		figs, ok := ix.figures[w]
		if ok != (e.figs > 0) || ok && len(ix.figGroups[e.figs-1]) != len(figs) {
			t.Fatalf("figures of %q: entry %d, want %d figures", w, e.figs, len(figs))
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

// analyse's word classes and figure marking (figures grouped by first word, found by second
// word) are what a map lookup and trying every figure whose first word a token is give.
func TestClassifyFiguresMatchNaive(t *testing.T) {
	figs := []string{"Kim Jong Un", "Kim Jong Il", "Kim Il Sung", "Kim", "UN", "UN Security Council",
		"The Workers' Party", "The Party", "North Korea", "Korea", "NIS", "Kim Yo Jong", "The UN"}
	ix := indexFor(&Gazetteer{PublicFigures: figs[:7], PublicBodies: figs[7:]})
	naive := func(norm string, toks []token) []bool {
		prot := make([]bool, len(toks))
		for i := range toks {
			if toks[i].kind != tokWord {
				continue
			}
			for _, f := range ix.figures[toks[i].low] {
				markFigure(norm, toks, i, &f, prot)
			}
		}
		return prot
	}
	pieces := []string{"Kim", "kim", "KIM", "Jong", "Un", "UN", "Il", "Sung", "Yo", "The", "the", "Workers",
		"'", "Party", "North", "Korea", "Security", "Council", "NIS", "Nis", "3", " ", " ", "-", ".", "\n", "김"}
	texts := wordTestTexts(t)
	rng := rand.New(rand.NewSource(7))
	for range 5000 {
		var b strings.Builder
		for n := rng.Intn(16); n >= 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
			if rng.Intn(3) > 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	marked := 0
	for _, s := range texts {
		tx := NewText(s)
		an := analyse(tx, ix)
		toks, got := an.toks, an.prot
		want := naive(tx.Norm, toks)
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%q: token %d (%q) marked %v, want %v", s, i, toks[i].low, got[i], want[i])
			}
			if got[i] {
				marked++
			}
			if toks[i].kind == tokWord && toks[i].cls != ix.class[toks[i].low]|clsKnown {
				t.Fatalf("%q: token %q class %b, want %b", s, toks[i].low, toks[i].cls, ix.class[toks[i].low])
			}
		}
	}
	if marked == 0 {
		t.Fatal("no figure marked")
	}
}

// Tokens made from a Text's words (tokenizeWords) are the tokens of its Norm
// (tokenizeAppend), and the word flags say what each word holds.
func TestTokenizeWordsMatchesTokenize(t *testing.T) {
	texts := wordTestTexts(t)
	pieces := []string{"Kim", "ji", "3", "42", "a1", "1a", " ", "\n", ". ", "!", "?", ":", ";", ">", "。", "、",
		"김", "지민이", "é", "e\u0301", "Ä", "Ж", "中", "١", "\u0301", "-", "'", "\u200b", "ǅ", "Ⅻ", "\xff", "A"}
	r := rand.New(rand.NewSource(9))
	for range 5000 {
		texts = append(texts, piecesText(r, pieces, 20))
	}
	for _, s := range texts {
		tx := NewText(s)
		want := tokenizeAppend(nil, tx.Norm, tx.Fold)
		got := tokenizeWords(nil, tx)
		if len(got) != len(want) {
			t.Fatalf("%q: %d tokens, want %d", s, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%q: token %d is %+v, want %+v", s, i, got[i], want[i])
			}
		}
		for i, w := range tx.wordList() {
			ws := tx.Fold[w.start:w.end]
			var f uint32
			for k := 0; k < len(ws); k++ {
				switch c := ws[k]; {
				case c >= utf8.RuneSelf:
					f |= wordOther
				case '0' <= c && c <= '9':
					f |= wordDigits
				default:
					f |= wordLetters
				}
			}
			if tx.wordFlags[i] != f || (f&wordDigits != 0) != hasASCIIDigit(ws) {
				t.Fatalf("%q: word %q flags %b, want %b", s, ws, tx.wordFlags[i], f)
			}
		}
		tx.release()
	}
}

// syllableAt reads a Hangul syllable as utf8.DecodeRuneInString and isSyllable do: every
// three-byte sequence with a Hangul lead byte, truncated ones and other bytes around them.
func TestSyllableAtMatchesDecode(t *testing.T) {
	check := func(s string, i int) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if want := w == 3 && isSyllable(r); syllableAt(s, i) != want {
			t.Fatalf("syllableAt(%q, %d) = %v, want %v", s, i, !want, want)
		}
	}
	var b [4]byte
	b[0] = 'x'
	for lead := 0xe0; lead <= 0xef; lead++ {
		for c1 := 0x70; c1 <= 0xcf; c1++ {
			for _, c2 := range []byte{0x00, 0x41, 0x7f, 0x80, 0x9f, 0xa3, 0xa4, 0xbf, 0xc0, 0xea} {
				b[1], b[2], b[3] = byte(lead), byte(c1), c2
				check(string(b[:]), 1)
				check(string(b[:3]), 1)
			}
		}
	}
	for _, s := range wordTestTexts(t) {
		for i := range len(s) {
			check(s, i)
		}
	}
}
