package redact

import (
	"regexp"
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
	if !strings.Contains(t.Fold, "market") && !strings.Contains(t.Fold, "stall") && !strings.Contains(t.Fold, "jangmadang") {
		return nil
	}
	var out []Candidate
	for _, m := range soldAtMarket.FindAllStringSubmatchIndex(t.Norm, -1) {
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
