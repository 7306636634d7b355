package redact

import (
	"regexp"
	"slices"
	"strings"
)

// What the speaker sold at a market ("I sold batteries and USB sticks at Sunam market"): in a
// town with one market, the goods name the trader. "sold it at the market" says nothing, and
// what a relative sells ("my mother sells vegetables at the market") the gold leaves readable.

func init() { register(goodsDetector{}) }

type goodsDetector struct{}

// "goods": generalized to "[goods]" (generalize.go).
func (goodsDetector) name() string { return "goods" }

// soldAtMarket is I or we, a verb of trade, its object (up to six words), then a market.
var soldAtMarket = regexp.MustCompile(`(?i)\b(?:I|we)\s(?:(?:also|still|once|used\sto|would)\s)?(?:sold|sell|sells|selling|traded|trade|trading|smuggled|smuggling)\s((?:[\p{L}-]+\s){0,5}?[\p{L}-]+)\s(?:at|in|on)\s(?:the\s|a\s)?(?:[\p{L}-]+\s){0,2}?(?:market|jangmadang|stall)s?\b`)

// notGoods are objects that name nothing, and words that show the match ran past the object.
var notGoods = map[string]bool{"it": true, "them": true, "this": true, "that": true, "these": true, "those": true,
	"everything": true, "things": true, "something": true, "anything": true, "what": true, "goods": true,
	"at": true, "in": true, "on": true, "to": true, "for": true, "there": true, "here": true}

func (goodsDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	// Every match holds a verb of trade, an anchor: a text without one (most) needs none of
	// the three searches of the whole text below.
	if len(goodsAnchors.find(t)[0]) == 0 {
		return nil
	}
	if !strings.Contains(t.Fold, "market") && !strings.Contains(t.Fold, "stall") && !strings.Contains(t.Fold, "jangmadang") {
		return nil
	}
	out := t.candidateRoom()
	for _, m := range soldAtMarketMatches(t) {
		words := strings.Fields(strings.ToLower(t.Norm[m[2]:m[3]]))
		named := true
		for _, w := range words {
			if notGoods[w] {
				named = false
				break
			}
		}
		if !named {
			continue
		}
		out = append(out, t.cand(m[2], m[3], Demographic, "goods sold at a market", "what someone sold at a market", 0.6))
	}
	return out
}

// Every match of soldAtMarket holds a verb of trade as a whole word, with "I" or "we" and
// perhaps an adverb ("used to") at most 11 bytes before it. So the pattern runs anchored
// where "I" or "we" may start before such a verb, not over the whole text.
var (
	goodsAnchors   = newAnchorTable(setOfWords("sold sell sells selling traded trade trading smuggled smuggling"))
	soldAtMarketAt = anchored(soldAtMarket)
)

// soldAtMarketSpan bounds what the anchored pattern reads: six words of goods and two of a
// market's name fit in it many times over.
const soldAtMarketSpan = 600

// soldAtMarketMatches is soldAtMarket.FindAllStringSubmatchIndex(t.Norm, -1). The pattern
// is tried at every position a match can start: "i" or "w" at a word boundary (as \b sees
// it) from 11 to 2 bytes before a verb; a match that starts inside an earlier one is
// dropped, as FindAll does. Each try reads up to a white space, so "\b" at its end sees
// what it would see in the whole text.
func soldAtMarketMatches(t *Text) [][]int {
	s, f := t.Norm, t.Fold
	var starts []int
	for _, v := range goodsAnchors.find(t)[0] {
		if v == 0 || !isRESpace(f[v-1]) {
			continue
		}
		for q := max(0, v-11); q <= v-2; q++ {
			if (f[q] == 'i' || f[q] == 'w') && (q == 0 || !isRegexpWordByte(f[q-1])) {
				starts = append(starts, q)
			}
		}
	}
	slices.Sort(starts)
	var out [][]int
	last := -1
	for k, q := range starts {
		if q < last || k > 0 && q == starts[k-1] {
			continue
		}
		hi := min(len(s), q+soldAtMarketSpan)
		for hi < len(s) && !isRESpace(s[hi]) {
			hi++
		}
		m := soldAtMarketAt.FindStringSubmatchIndex(s[q:hi])
		if m == nil {
			continue
		}
		for i := range m {
			if m[i] >= 0 {
				m[i] += q
			}
		}
		out = append(out, m)
		last = m[1]
	}
	return out
}

// isRegexpWordByte is an ASCII byte of the class \w, which "\b" tests.
func isRegexpWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}
