package redact

import (
	"regexp"
	"strings"
)

// A share said once with its unit and then again without it: "she received eighty percent;
// now sixty", "first 30 per cent, later 50." The second number is the same kind of figure
// as the first and identifies as much, so it is a quantity like the first.

func init() { register(elidedPercentDetector{}) }

type elidedPercentDetector struct{}

func (elidedPercentDetector) name() string { return "quantity" }

// elidedPercent is a percentage, then within the sentence a comma or semicolon, an optional
// connective, and a bare number that ends its clause.
var elidedPercent = regexp.MustCompile(`(?i)\b(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s(?:percent|per cent)\b[^.!?\n]{0,30}?[;,]\s(?:and\s|but\s)?(?:now\s|then\s|later\s|today\s|since\s)?(?:only\s|just\s|about\s|barely\s)?(\d{1,3}|[a-z]+(?:-[a-z]+)?)[.;!?]`)

// elidedPercent runs only around "percent" and "per" (scanAround).
var percentAnchors = newAnchorTable(setOfWords("percent per"))

func (elidedPercentDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	if !strings.Contains(t.Fold, "per") {
		return nil
	}
	var out []Candidate
	for _, m := range scanAround(t, elidedPercent, percentAnchors.find(t)[0], 24, 120) {
		w := strings.ToLower(t.Norm[m[2]:m[3]])
		if w[0] < '0' || w[0] > '9' {
			if !isNumberWord(w) || w == "one" {
				continue
			}
		}
		out = append(out, t.cand(m[2], m[3], Quantity, "elided percent", "a number after a percentage, its unit left out", 0.7))
	}
	return out
}
