package redact

import (
	"regexp"
	"strings"
)

// Jobs said without a job title, and places said by their kind: the people someone traded
// with named by their work ("I bought it from miners"), a job told by what someone drove
// for whom ("he drove ore trucks for the mine"), and a town described by where it lies ("a
// border town near Manpo"). Each narrows the speaker to a few households.

func init() {
	register(tradeJobDetector{})
	register(placeKindDetector{})
}

type tradeJobDetector struct{}

// "demographic" so the span is generalized to "[occupation]".
func (tradeJobDetector) name() string { return "demographic" }

var (
	// tradedWith is a group named by its work (an agent noun) after buying from or selling
	// to; kin and "others" are not a job.
	tradedWith = regexp.MustCompile(`(?i)\b(?:bought|buy|buys|buying|sold|sell|sells|selling|traded|trading|smuggled)\s(?:(?:it|them|this|goods|things)\s)?(?:from|to)\s((?:local\s|the\s)?[a-z]+(?:ers|ors|men|ists|ians))\b`)
	notAJob    = regexp.MustCompile(`(?i)(?:^|\s)(?:others|brothers|mothers|fathers|sisters|daughters|grandmothers|grandfathers|customers|buyers|sellers|strangers|foreigners|women|men)$`)
	// droveFor is a vehicle someone drove or worked, for an employer.
	droveFor = regexp.MustCompile(`(?i)\b(?:drove|drives|drive|driving|operated|operates|operating)\s((?:[a-z]+\s){0,2}?(?:trucks?|lorries|lorry|buses|bus|tractors?|trains?|cranes?|taxis?|boats?|excavators?|bulldozers?)\sfor\s(?:the|a|an)\s[a-z]+)\b`)
)

// tradedWith and droveFor start with their verb and run anchored at it (scanAt);
// borderPlace runs around "border" (scanAroundIf).
var (
	tradeAnchors = newAnchorTable(setOfWords("bought buy buys buying sold sell sells selling traded trading smuggled"),
		setOfWords("drove drives drive driving operated operates operating"), setOfWords("border"))
	tradedWithAt = anchored(tradedWith)
	droveForAt   = anchored(droveFor)
)

func (tradeJobDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	an := tradeAnchors.find(t)
	out := t.candidateRoom()
	for _, m := range scanAtIf(t, tradedWithAt, an[0], 80, tradedWithOK) {
		if notAJob.MatchString(t.Norm[m[2]:m[3]]) {
			continue
		}
		out = append(out, t.cand(m[2], m[3], Demographic, "traded with a trade", "a group named by its work after buying from or selling to", 0.6))
	}
	for _, m := range scanAtIf(t, droveForAt, an[1], 120, droveForOK) {
		out = append(out, t.cand(m[2], m[3], Demographic, "drove for an employer", "a vehicle someone drove for an employer", 0.6))
	}
	return out
}

// tradedWithObjects are the words tradedWith takes between its verb and "from" or "to".
var tradedWithObjects = []string{"it", "them", "this", "goods", "things"}

// tradedWithOK is tradedWith's test at its verb (anchorTest): a white space after the verb,
// perhaps one of tradedWithObjects and a white space, then "from" or "to" and a white space,
// as every match has; most verbs of trade have none ("sold it at the market"). Where the
// bytes read are not all ASCII the pattern decides: (?i) folds "ſ" and the Kelvin sign.
func tradedWithOK(t *Text, p int) bool {
	if !asciiOnly(t.Norm[p:min(len(t.Norm), p+32)]) {
		return true
	}
	f := t.Fold
	i := p
	for i < len(f) && 'a' <= f[i] && f[i] <= 'z' {
		i++ // the verb: a word of letters, followed by \s
	}
	if i >= len(f) || !isRESpace(f[i]) {
		return false
	}
	r := f[i+1:]
	if fromOrToNext(r) {
		return true
	}
	for _, o := range tradedWithObjects {
		if len(r) > len(o) && strings.HasPrefix(r, o) && isRESpace(r[len(o)]) && fromOrToNext(r[len(o)+1:]) {
			return true
		}
	}
	return false
}

// fromOrToNext says whether r starts with "from" or "to" and a white space.
func fromOrToNext(r string) bool {
	return len(r) > 4 && strings.HasPrefix(r, "from") && isRESpace(r[4]) ||
		len(r) > 2 && strings.HasPrefix(r, "to") && isRESpace(r[2])
}

// droveForOK is droveFor's test at its verb (anchorTest): a white space after the verb, and
// "for" between white spaces in the 120 bytes the pattern reads, as every match has. Where
// those bytes are not all ASCII the pattern decides.
func droveForOK(t *Text, p int) bool {
	w := t.Fold[p:min(len(t.Fold), p+120)]
	if !asciiOnly(t.Norm[p : p+len(w)]) {
		return true
	}
	i := 0
	for i < len(w) && 'a' <= w[i] && w[i] <= 'z' {
		i++
	}
	if i >= len(w) || !isRESpace(w[i]) {
		return false
	}
	for off := i; ; {
		k := strings.Index(w[off:], "for")
		if k < 0 {
			return false
		}
		j := off + k
		if isRESpace(w[j-1]) && j+3 < len(w) && isRESpace(w[j+3]) {
			return true
		}
		off = j + 1
	}
}

type placeKindDetector struct{}

func (placeKindDetector) name() string { return "place" }

// borderPlace is a settlement described by lying on the border.
var borderPlace = regexp.MustCompile(`(?i)\b((?:a|the|our|my)\s(?:small\s)?border\s(?:town|village|city|county|district|hamlet))\b`)

func (placeKindDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	out := t.candidateRoom()
	for _, m := range scanAroundIf(t, borderPlace, tradeAnchors.find(t)[2], 16, 24, borderSettlement) {
		out = append(out, t.cand(m[2], m[3], Place, "border settlement", "a town or village described by lying on the border", 0.6))
	}
	return out
}

// borderSettlements are the settlements borderPlace takes after "border".
var borderSettlements = []string{"town", "village", "city", "county", "district", "hamlet"}

// borderSettlement is borderPlace's test (anchorTest) at "border": a white space and a
// settlement follow ("border town"), which most "border" of a testimony lack ("crossed the
// border"). A match's "border" stands between white spaces, a whole word: an anchor.
func borderSettlement(t *Text, p int) bool {
	f := t.Fold
	e := p + len("border")
	return strings.HasPrefix(f[p:], "border") && e < len(f) && isRESpace(f[e]) && hasAnyPrefix(f[e+1:], borderSettlements)
}
