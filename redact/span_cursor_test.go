package redact

import (
	"math/rand"
	"sort"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestSpanCursorIsSearch checks consider's cursor against the binary searches it replaces
// (normStart, normEnd, wordRange) on the testdata corpus and on generated texts with
// characters that normalisation expands or drops, for spans in order, in reverse and at
// random, as detectors give them.
func TestSpanCursorIsSearch(t *testing.T) {
	texts := testdataTexts(t)
	rng := rand.New(rand.NewSource(7))
	pieces := []string{"Kim", " ", "Ji-min", "ﬁle", "１２３", "김지민", "é", "e\u0301", "\u00a0", "Ⅻ",
		"\n", ".", "’s", "㈜", "ǅ", "x", "ﾊﾝ", "\u200b", "Hyesan", "1,000"}
	for range 300 {
		b := []byte{}
		for range 1 + rng.Intn(60) {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		if s == "" {
			continue
		}
		tx := NewText(s)
		words := tx.wordList()
		var cur spanCursor
		for k := range 400 {
			var a, b int
			switch k % 3 {
			case 0: // in order
				a = min(len(s)-1, k*len(s)/400)
			case 1: // backwards
				a = max(0, len(s)-1-k*len(s)/400)
			default:
				a = rng.Intn(len(s))
			}
			b = min(len(s), a+1+rng.Intn(40))
			ns, ne, wi, wj := cur.locate(tx, words, a, b)
			wns, wne := normStart(tx, a), normEnd(tx, b)
			wwi, wwj := wordRange(words, wns, wne)
			if ns != wns || ne != wne || wi != wwi || wj != wwj {
				t.Fatalf("span %d..%d of a %d-byte text: cursor %d %d %d %d, searches %d %d %d %d",
					a, b, len(s), ns, ne, wi, wj, wns, wne, wwi, wwj)
			}
		}
		tx.release()
	}
}

// TestGallopIsSearch checks gallopOffsets (for every guess) and firstWordAfter against
// sort.Search for every answer, on arrays with runs of equal values.
func TestGallopIsSearch(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	for round := 0; round < 300; round++ {
		n := rng.Intn(40)
		a := make([]int32, n)
		ws := make([]word, n)
		v := 0
		for i := range a {
			v += rng.Intn(3) // equal neighbours, as where one character became several
			a[i] = int32(v)
			ws[i] = word{start: 2*i + v, end: 2*i + v + 1}
		}
		for o := -1; o <= v+2*n+2; o++ {
			want := sort.Search(n, func(i int) bool { return int(a[i]) >= o })
			wantW := sort.Search(n, func(i int) bool { return ws[i].end > o })
			if got := firstWordAfter(ws, o); got != wantW {
				t.Fatalf("words %v, o %d: got %d, want %d", ws, o, got, wantW)
			}
			for g := -2; g <= n+2; g++ {
				if got := gallopOffsets(a, o, g); got != want {
					t.Fatalf("offsets %v, o %d, guess %d: got %d, want %d", a, o, g, got, want)
				}
			}
		}
	}
}

// snapToWordsSlow is snapToWords as it was before its ASCII fast path, rune by rune.
func snapToWordsSlow(s string, a, b int) (int, int) {
	for a > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:a])
		n, _ := utf8.DecodeRuneInString(s[a:])
		if !isWordRune(r) || !isWordRune(n) || unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Hangul, n) {
			break
		}
		a -= w
	}
	for b < len(s) {
		r, w := utf8.DecodeRuneInString(s[b:])
		p, _ := utf8.DecodeLastRuneInString(s[:b])
		if !isWordRune(r) || !isWordRune(p) || unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Hangul, p) {
			break
		}
		b += w
	}
	return a, b
}

// corpusAndGenerated is the testdata corpus and generated texts of mixed scripts.
func corpusAndGenerated(t *testing.T, rng *rand.Rand) []string {
	texts := testdataTexts(t)
	pieces := []string{"Kim", " ", "Ji-min", "ﬁle", "１２３", "김지민이", "é", "e\u0301", "\u00a0", "Ⅻ",
		"\n", ".", "’s", "㈜", "ǅ", "x", "ﾊﾝ", "\u200b", "Hyesan", "1,000", "_", "9"}
	for range 300 {
		b := []byte{}
		for range 1 + rng.Intn(60) {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// TestSnapToWordsFastPath checks snapToWords against its rune-by-rune form at character
// boundaries of the corpus and of generated texts.
func TestSnapToWordsFastPath(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	for _, s := range corpusAndGenerated(t, rng) {
		if s == "" {
			continue
		}
		for range 300 {
			a := rng.Intn(len(s))
			for a > 0 && !utf8.RuneStart(s[a]) {
				a--
			}
			b := min(len(s), a+1+rng.Intn(30))
			for b < len(s) && !utf8.RuneStart(s[b]) {
				b++
			}
			ga, gb := snapToWords(s, a, b, false)
			wa, wb := snapToWordsSlow(s, a, b)
			if ga != wa || gb != wb {
				t.Fatalf("span %d..%d of a %d-byte text: %d..%d, want %d..%d", a, b, len(s), ga, gb, wa, wb)
			}
		}
	}
}

// TestNearAllowMissesNothing checks that where nearAllow says no allow span is near a
// candidate, covering and allowedWithGenericWords find none either, for random allow
// spans over the corpus and generated texts.
func TestNearAllowMissesNothing(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	near, far := 0, 0
	for _, s := range corpusAndGenerated(t, rng) {
		if s == "" {
			continue
		}
		tx := NewText(s)
		words := tx.wordList()
		var allow [][2]int
		for range 1 + rng.Intn(12) {
			a := rng.Intn(len(s))
			allow = append(allow, [2]int{a, min(len(s), a+rng.Intn(40))})
		}
		sortSpans(allow)
		reach := make([]int, len(allow))
		m := 0
		for i, a := range allow {
			m = max(m, a[1])
			reach[i] = m
		}
		for range 300 {
			a := rng.Intn(len(s))
			b := min(len(s), a+1+rng.Intn(30))
			wi, wj := wordRange(words, normStart(tx, a), normEnd(tx, b))
			_, cov := covering(allow, a, b)
			gen := allowedWithGenericWords(tx, allow, words[wi:wj])
			if nearAllow(tx, allow, reach, a, b, words[wi:wj]) {
				near++
			} else {
				far++
				if cov || gen {
					t.Fatalf("span %d..%d of a %d-byte text, allow %v: not near, but covering %v, generic words %v",
						a, b, len(s), allow, cov, gen)
				}
			}
		}
		tx.release()
	}
	if near == 0 || far == 0 {
		t.Fatalf("near %d, far %d: the test does not reach both sides", near, far)
	}
}
