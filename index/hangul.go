package index

import (
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
	"golang.org/x/text/unicode/norm"
)

// hangulBigramName is the registry name of the Hangul bigram token filter.
const hangulBigramName = "testimony_hangul_bigram"

// hangulBigramFilter splits every run of Hangul inside a token into overlapping two-syllable
// terms ("북한에서" → 북한, 한에, 에서) and leaves everything else alone.
//
// Korean writes words (eojeol) as a stem followed by particles and endings, so the same noun
// appears as 북한, 북한에서, 북한의 ... A whole-token term would never match a query for the
// bare noun; bigrams do, without a morphological dictionary. bleve's cjk_bigram filter only
// splits tokens of type Ideographic, and the unicode tokenizer types Hangul as a letter, which
// is why bleve's cjk analyzer leaves Hangul words whole.
//
// A one-syllable Hangul run is kept as a unigram so that one-syllable words (집, 돈) are still
// searchable. Positions are renumbered so that the bigrams of one word are consecutive:
// a quoted Korean phrase therefore matches as a phrase. Non-Hangul parts of a token keep
// their type and are emitted as they are, for the English filters that follow. Hangul terms
// are marked as keywords so that no stemmer touches them.
type hangulBigramFilter struct{}

func isHangul(r rune) bool {
	return (r >= 0xAC00 && r <= 0xD7A3) || // precomposed syllables
		(r >= 0x1100 && r <= 0x11FF) || // conjoining jamo
		(r >= 0x3130 && r <= 0x318F) || // compatibility jamo
		(r >= 0xA960 && r <= 0xA97F) || (r >= 0xD7B0 && r <= 0xD7FF) // jamo extended
}

func hasHangul(b []byte) bool {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if isHangul(r) {
			return true
		}
		i += n
	}
	return false
}

func (hangulBigramFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	// Fast path: nothing to do for a token stream without Hangul (most English documents).
	found := false
	for _, t := range input {
		if hasHangul(t.Term) {
			found = true
			break
		}
	}
	if !found {
		return input
	}

	out := make(analysis.TokenStream, 0, len(input)*2)
	pos := 1
	emit := func(t *analysis.Token) {
		t.Position = pos
		pos++
		out = append(out, t)
	}
	for _, tok := range input {
		if !hasHangul(tok.Term) {
			emit(tok)
			continue
		}
		term := tok.Term
		exact := true // byte offsets inside the term map onto the source text
		if !norm.NFC.IsNormal(term) {
			// Decomposed Hangul (conjoining jamo, as some systems write it) is composed into
			// syllables so that it matches queries typed in the usual precomposed form. The
			// offsets of the pieces can no longer be mapped exactly, so each piece points at the
			// whole token: highlighting marks the word instead of the syllables.
			term = norm.NFC.Bytes(term)
			exact = false
		}
		splitHangul(term, func(start, end int, hangul bool) {
			s, e := tok.Start+start, tok.Start+end
			if !exact {
				s, e = tok.Start, tok.End
			}
			if !hangul {
				emit(&analysis.Token{Term: term[start:end], Start: s, End: e, Type: tok.Type, KeyWord: tok.KeyWord})
				return
			}
			emitBigrams(term[start:end], s, exact, tok, emit)
		})
	}
	return out
}

// splitHangul calls fn for each maximal run of Hangul or non-Hangul runes in term.
func splitHangul(term []byte, fn func(start, end int, hangul bool)) {
	start := 0
	inHangul := false
	for i := 0; i < len(term); {
		r, n := utf8.DecodeRune(term[i:])
		h := isHangul(r)
		if i > start && h != inHangul {
			fn(start, i, inHangul)
			start = i
		}
		inHangul = h
		i += n
	}
	if start < len(term) {
		fn(start, len(term), inHangul)
	}
}

// emitBigrams emits the overlapping syllable pairs of one Hangul run, or the run itself if it
// is a single syllable.
func emitBigrams(run []byte, runStart int, exact bool, tok *analysis.Token, emit func(*analysis.Token)) {
	_, first := utf8.DecodeRune(run)
	if first == len(run) {
		emit(&analysis.Token{Term: run, Start: runStart, End: runStart + len(run), Type: analysis.Single, KeyWord: true})
		return
	}
	for i := 0; i < len(run); {
		_, n1 := utf8.DecodeRune(run[i:])
		if i+n1 >= len(run) {
			break
		}
		_, n2 := utf8.DecodeRune(run[i+n1:])
		s, e := runStart+i, runStart+i+n1+n2
		if !exact {
			s, e = tok.Start, tok.End
		}
		emit(&analysis.Token{Term: run[i : i+n1+n2], Start: s, End: e, Type: analysis.Double, KeyWord: true})
		i += n1
	}
}

func init() {
	err := registry.RegisterTokenFilter(hangulBigramName,
		func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
			return hangulBigramFilter{}, nil
		})
	if err != nil {
		panic(err)
	}
}
