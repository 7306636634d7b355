package redact

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// The detectors' fast paths (hashed tables, skips between trigger words) are compared here
// with the plain code they replace, on the testdata corpus and on generated text.

// fastPathTexts returns the synthetic interviews and generated texts made of their words
// and of the lexicon's, in random order with random separators.
func fastPathTexts(t *testing.T) []string {
	t.Helper()
	texts := testdataTexts(t)
	lexOnce.Do(buildLexicon)
	var vocab []string
	for w := range lexicon {
		vocab = append(vocab, w)
	}
	for _, s := range texts {
		vocab = append(vocab, strings.Fields(s)...)
	}
	vocab = append(vocab, "12", "3,000", "2019", "Kim", "서울", "세", "명", "Road", "no.", "Mr", "(02)")
	seps := []string{" ", " ", " ", ", ", ". ", "\n", "\n\n", "-", " - ", "? ", "! ", "  ", ";"}
	rng := rand.New(rand.NewSource(1))
	for range 300 {
		var b strings.Builder
		for n := rng.Intn(400); n >= 0; n-- {
			w := vocab[rng.Intn(len(vocab))]
			if rng.Intn(8) == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			b.WriteString(w)
			b.WriteString(seps[rng.Intn(len(seps))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

func TestWordScanNextIsSkipLoop(t *testing.T) {
	masks := []uint32{clsDigit | clsNumberWord | clsAge, clsWorkplace | clsHangul, clsStreet, clsKinOwner,
		clsPhysical, clsRoute, clsDigit | clsNumberWord | clsCount, clsDigit | clsMonth | clsDateCue, clsHangul,
		clsUnit | clsDigit, clsUnit | clsHangul, clsDigit | clsNumberWord | clsAge | clsHangul,
		clsDigit | clsNumberWord | clsCurrency, clsDigit, clsDigit | clsNumberWord, clsPhysical | clsHangul,
		clsPosition | clsHangul, clsHandle, ^uint32(0)}
	for _, s := range fastPathTexts(t) {
		c := newWordScan(NewText(s))
		for _, m := range masks {
			want := len(c.ws)
			for i := len(c.ws); i >= 0; i-- {
				if i < len(c.ws) && !c.skip(i, m) {
					want = i
				}
				if got := c.next(i, m); got != want {
					t.Fatalf("next(%d, %#x) = %d, the skip loop finds %d", i, m, got, want)
				}
			}
		}
	}
}

func TestSentenceEndsCountsGaps(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for _, s := range fastPathTexts(t) {
		c := newWordScan(NewText(s))
		n := len(c.ws)
		if n == 0 {
			continue
		}
		// The count of gaps before words 1..i, the plain way.
		prefix := make([]int, n)
		for i := 1; i < n; i++ {
			prefix[i] = prefix[i-1]
			if endsSentence(c.s[c.ws[i-1].end:c.ws[i].start]) {
				prefix[i]++
			}
		}
		// Calls in order, each from past the last one's end, as the detector makes them.
		ends := newSentenceEnds(c)
		for from := 0; from < n; {
			to := from + rng.Intn(min(n-from, 1+rng.Intn(200)))
			if rng.Intn(10) == 0 {
				to = from - 1 // an empty range
			}
			want := 0
			if f := max(from, 1); f <= to {
				want = prefix[to] - prefix[f-1]
			}
			if got := ends.count(from, to); got != want {
				t.Fatalf("count(%d, %d) = %d, the gaps say %d", from, to, got, want)
			}
			from = max(from, to+1)
		}
	}
}

// koreanTestWords are the Hangul words of the texts and words made of the rank, unit and
// mark tables with particles and names around them.
func koreanTestWords(t *testing.T) []string {
	var out []string
	for _, s := range fastPathTexts(t) {
		tx := NewText(s)
		for _, w := range tx.wordList() {
			if k := tx.Fold[w.start:w.end]; k[0] >= 0xE1 {
				out = append(out, k)
			}
		}
	}
	var parts []string
	parts = append(parts, koreanRanks...)
	parts = append(parts, koreanNamedUnits...)
	parts = append(parts, koreanMarks...)
	parts = append(parts, koreanUnitArms...)
	for _, p := range parts {
		for _, pre := range []string{"", "폭풍", "제9", "김", "a"} {
			for _, post := range []string{"", "로", "였는데", "이", "에서", "했어요"} {
				out = append(out, pre+p+post, pre+"없"+post)
			}
		}
	}
	return out
}

func TestKoreanFirstSyllableTests(t *testing.T) {
	for _, w := range koreanTestWords(t) {
		r, _ := utf8.DecodeRuneInString(w)
		if !koreanRankFirst.has(r) {
			for _, k := range koreanRanks {
				if strings.HasPrefix(w, k) {
					t.Fatalf("%q starts with rank %q but koreanRankFirst turns it away", w, k)
				}
			}
		}
		if !unitAfterFirst(w) {
			for _, u := range koreanNamedUnits {
				if strings.Index(w, u) > 0 {
					t.Fatalf("%q holds unit %q but unitAfterFirst turns it away", w, u)
				}
			}
		}
		if !koreanTraitFirst.has(r) {
			for _, m := range append([]string{"없"}, koreanMarks...) {
				if len(w) >= 3 && w[:3] == m[:3] {
					t.Fatalf("%q starts like %q but koreanTraitFirst turns it away", w, m)
				}
			}
		}
	}
}

func TestLeadSyllableIsDecode(t *testing.T) {
	for _, w := range koreanTestWords(t) {
		for i := range len(w) {
			r, _ := utf8.DecodeRuneInString(w[i:])
			want := rune(-1)
			if isHangulSyllable(r) && utf8.RuneStart(w[i]) {
				want = r
			}
			if got := leadSyllable(w[i:]); got != want && (isHangulSyllable(got) || isHangulSyllable(want)) {
				t.Fatalf("leadSyllable(%q) = %U, decoding finds %U", w[i:], got, want)
			}
		}
	}
}

// cueBeforeBySearch is cueBefore the plain way: each cue searched for in the window.
func cueBeforeBySearch(fold string, o, window int, cues []string) (string, bool) {
	from := max(0, o-window)
	for from > 0 && !utf8.RuneStart(fold[from]) {
		from--
	}
	for _, c := range cues {
		if lastWordIndex(fold[from:o], c) >= 0 {
			return c, true
		}
	}
	return "", false
}

func TestCueBeforeIsSearch(t *testing.T) {
	lists := [][]string{codewordCues, koreanCodewordCues, phoneCues, handleCues, workCues, birthCues, idCues,
		militaryCues, koreanMilitaryCues, {"몇"}, {"x.x", "d.o.b", "a a", "no."}}
	texts := fastPathTexts(t)
	texts = append(texts, "x.x.xy d.o.b. 1990 d.o.bx a a a no.5 no. 7", "born on d.o.b.d.o.b", "x.x.x.x a")
	rng := rand.New(rand.NewSource(4))
	for _, s := range texts {
		f := NewText(s).Fold
		for range 60 {
			o := rng.Intn(len(f) + 1)
			for o < len(f) && !utf8.RuneStart(f[o]) {
				o++
			}
			window := []int{30, 40, 60, 80, 120, 300}[rng.Intn(6)]
			for _, cues := range lists {
				gc, gok := cueBefore(f, o, window, cues)
				wc, wok := cueBeforeBySearch(f, o, window, cues)
				if gc != wc || gok != wok {
					t.Fatalf("cueBefore(%d, %d) = %q %v, the search finds %q %v", o, window, gc, gok, wc, wok)
				}
			}
		}
	}
}

func TestTextNumberRunsIsNumberRuns(t *testing.T) {
	texts := fastPathTexts(t)
	// Runs of every length next to the bytes that end or start one.
	pieces := []string{"1234", "12345", "123456", "1234567", "+", "(", ")", "-", " ", ".", "/", "x", "abc", "이었고",
		"010-1234-5678", "+86 138 0013 8000", "(02) 123-4567", "2019-03-12", "12345678901234567x", "KP-2019-0345", "9"}
	rng := rand.New(rand.NewSource(5))
	for range 2000 {
		var b strings.Builder
		for n := rng.Intn(20); n >= 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	eq := func(a, b numberRun) bool {
		return a.start == b.start && a.end == b.end && a.digits == b.digits && slices.Equal(a.groups, b.groups) &&
			a.plus == b.plus && a.seps == b.seps
	}
	for _, s := range texts {
		tx := NewText(s)
		for _, m := range []int{7, 5, 6, 8, 3, 4} {
			if got, want := textNumberRuns(tx, m), numberRuns(tx.Fold, m); !slices.EqualFunc(got, want, eq) {
				t.Fatalf("textNumberRuns(%q, %d) = %+v, numberRuns finds %+v", s, m, got, want)
			}
		}
	}
}
