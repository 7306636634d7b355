package redact

import (
	"regexp"
	"strings"
)

// legalPlaceDetector finds the town a person lives in, was born in or works in, from the
// phrase that introduces it ("lives in Mersin", "a lawyer practising in Bursa", "the village
// of Kalogrea"), wherever the town is missing from the gazetteer. Court documents name such
// towns from every country; no gazetteer lists them all. Countries stay (the gazetteer says
// which names are countries), and so do public bodies.
type legalPlaceDetector struct{}

func init() { register(legalPlaceDetector{}) }

func (legalPlaceDetector) name() string { return "legal_place" }

var (
	// placeCue introduces a person's place.
	placeCue = regexp.MustCompile(`\b(?:lives|lived|live|living|resides|resided|residing|reside|born|practising|practicing|located|situated|detained|imprisoned|held|settled|grew up|moved|moved back|returned|fled|arrested|registered|domiciled) (?:in|at|to) (?:the )?|\b(?:village|town|city|district|province|region|municipality|hamlet|neighbourhood|suburb|area) of |\b(?:land|property|plot|house|flat|farm|home|estate) (?:in|at) `)
	// placeName is one to three capitalised words: "Mersin", "Frankfurt am Main", "Çankaya".
	placeName = regexp.MustCompile(`^\p{Lu}[\p{L}\p{M}'’-]+(?:(?: am| an der| upon| on| de| del| sur)? \p{Lu}[\p{L}\p{M}'’-]+){0,2}`)
)

// placeStop are capitalised words after a cue that are not a town.
var placeStop = setOfWords(`the a an this that his her their its our my prison custody hospital
	police court republic kingdom state federal united northern southern eastern western north
	south east west central upper lower greater january february march april may june july august
	september october november december`)

func (legalPlaceDetector) detect(t *Text, g *Gazetteer) []Candidate {
	s := t.Norm
	var out []Candidate
	for _, m := range placeCue.FindAllStringIndex(s, -1) {
		n := placeName.FindStringIndex(s[m[1]:])
		if n == nil {
			continue
		}
		a, b := m[1]+n[0], m[1]+n[1]
		words := strings.Fields(s[a:b])
		if placeStop[strings.ToLower(words[0])] {
			continue
		}
		if e, ok := g.Places[strings.ToLower(s[a:b])]; ok && e.Kind == "country" {
			continue
		}
		oa, ob := t.Orig(a, b)
		out = append(out, Candidate{Start: oa, End: ob, Category: Place, Detector: "legal_place",
			Rule: "place after cue", Reason: "a capitalised name after " + strings.TrimSpace(s[m[0]:m[1]]),
			Score: 0.6})
	}
	return dedupeCandidates(out)
}
