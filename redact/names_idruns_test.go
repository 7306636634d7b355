package redact

import (
	"math/rand"
	"slices"
	"testing"
)

// identifierRunsRef is the walk appendIdentifierRuns replaced: the run of joined tokens
// from each token, kept when one of its gaps is "_", "__", "" or ".". A Hangul particle
// glued to a word ("Kim이") ends the run.
func identifierRunsRef(norm string, toks []token) [][2]int {
	joins := func(g string) bool { return g == "" || g == "_" || g == "." || g == "-" || g == "__" }
	particle := func(j int) bool {
		return gapBefore(norm, toks, j) == "" && toks[j].kind == tokHangul && toks[j-1].kind == tokWord
	}
	var runs [][2]int
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && joins(gapBefore(norm, toks, j)) && !particle(j) {
			j++
		}
		for k := i + 1; k < j; k++ {
			if g := gapBefore(norm, toks, k); g == "_" || g == "__" || g == "" || g == "." {
				runs = append(runs, [2]int{i, j})
				break
			}
		}
		i = j
	}
	return runs
}

// TestIdentifierRuns holds appendIdentifierRuns to the token-by-token walk over the
// interviews and random texts of identifier pieces.
func TestIdentifierRuns(t *testing.T) {
	texts := wordTestTexts(t)
	pieces := []string{"Ji", "min", "kim", "3", "42", "_", "__", "___", ".", "..", "-", "--", "_.", " ", "\n", "김", "é", "Kim이", "Ji-min가"}
	r := rand.New(rand.NewSource(5))
	for range 3000 {
		texts = append(texts, piecesText(r, pieces, 40))
	}
	found := 0
	for _, s := range texts {
		tx := NewText(s)
		toks := tokenize(tx.Norm)
		if got, want := appendIdentifierRuns(nil, tx.Norm, toks), identifierRunsRef(tx.Norm, toks); !slices.Equal(got, want) {
			t.Fatalf("%.60q: runs %v, want %v", s, got, want)
		} else {
			found += len(got)
		}
		tx.release()
	}
	if found < 1000 {
		t.Fatalf("only %d identifier runs: the texts do not test the walk", found)
	}
}
