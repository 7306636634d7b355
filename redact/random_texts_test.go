package redact

import (
	"math/rand"
	randv2 "math/rand/v2"
	"strings"
)

// piecesText joins one to maxPieces+1 pieces drawn by r: the random texts on which the
// equivalence tests hold a fast path to its reference.
func piecesText(r *rand.Rand, pieces []string, maxPieces int) string {
	var b strings.Builder
	for n := r.Intn(maxPieces); n >= 0; n-- {
		b.WriteString(pieces[r.Intn(len(pieces))])
	}
	return b.String()
}

// spacedPiecesText is piecesText drawn by a math/rand/v2 source, with a space after about
// two pieces in three, for the patterns that read words.
func spacedPiecesText(rng *randv2.Rand, pieces []string, maxPieces int) string {
	var b strings.Builder
	for k := rng.IntN(maxPieces); k >= 0; k-- {
		b.WriteString(pieces[rng.IntN(len(pieces))])
		if rng.IntN(3) > 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}
