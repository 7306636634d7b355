package redact

import (
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The detectors' fast paths (hashed tables, skips between trigger words) are compared here
// with the plain code they replace, on the testdata corpus and on generated text.

// fastPathTexts returns the synthetic interviews and generated texts made of their words
// and of the lexicon's, in random order with random separators.
func fastPathTexts(t *testing.T) []string {
	t.Helper()
	var texts []string
	for _, dir := range []string{"../testdata/gold", "../testdata/interviews"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	if len(texts) == 0 {
		t.Skip("no synthetic interviews in ../testdata")
	}
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

func TestHangulWorkplaceAnchorsIsSubstrAnchors(t *testing.T) {
	texts := fastPathTexts(t)
	texts = append(texts, strings.Repeat("평양 제철소와 제련소, 교화소에서 기업소 공장 광산 탄광 농장 학교 병원을 ", 20))
	for _, s := range texts {
		tx := NewText(s)
		var want []int
		for _, w := range hangulWorkplaceNouns {
			want = append(want, substrAnchors(tx, w)...)
		}
		slices.Sort(want)
		if got := hangulWorkplaceAnchors(tx); !slices.Equal(got, want) {
			t.Fatalf("hangulWorkplaceAnchors = %v, substrAnchors finds %v", got, want)
		}
	}
}
