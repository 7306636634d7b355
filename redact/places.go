package redact

import (
	"fmt"
	"strings"
)

// The places detector finds places and attaches their entry in the hierarchy, which the engine
// uses to generalize ("Yeokjeon-dong, Hyesan" → a city in Ryanggang Province). Three sources:
// the gazetteer (longest match first, with "Province", "-do", "-gun" absorbed); Korean
// administrative units recognised by their suffix ("X-dong", "X-ri", "X-gu", "X county"), which
// take the province of the nearest known place; and unknown capitalised words after place cues
// ("a village called X"). Countries are emitted too, with Kind "country": the policy keeps them
// readable, and the report can say why.

func init() { register(placesDetector{}) }

type placesDetector struct{}

func (placesDetector) name() string { return "places" }

type placeMatch struct {
	from, to int // tokens [from, to)
	byteEnd  int // when > 0, the match ends inside token to-1 (a Hangul particle follows)
	entry    PlaceEntry
	rule     string
	reason   string
	score    float64
}

func (placesDetector) detect(t *Text, g *Gazetteer) []Candidate {
	if g == nil {
		g = &Gazetteer{}
	}
	ix := indexFor(g)
	toks := tokenize(t.Norm)
	known := matchPlaces(t.Norm, toks, ix)
	taken := make([]bool, len(toks))
	for _, m := range known {
		for k := m.from; k < m.to; k++ {
			taken[k] = true
		}
	}
	// Public figures' names are not places ("Kim Il Sung" is not the square).
	prot := protectedFigures(toks, ix)
	all := append([]placeMatch(nil), known...)
	all = append(all, structuralPlaces(t.Norm, toks, taken, prot, known)...)
	all = append(all, cuedPlaces(t.Norm, toks, taken, prot, known)...)

	out := make([]Candidate, 0, len(all))
	for _, m := range all {
		end := toks[m.to-1].e
		if m.byteEnd > 0 {
			end = m.byteEnd
		}
		st, en := t.Orig(toks[m.from].s, end)
		e := m.entry
		out = append(out, Candidate{
			Start: st, End: en, Category: Place, Detector: "places", Rule: m.rule,
			Reason: m.reason, Score: m.score, Entity: "place|" + strings.ToLower(e.Name), Place: &e,
		})
	}
	return out
}

// adminSuffix maps the hyphenated suffix of a Korean administrative unit to its kind.
var adminSuffix = map[string]string{
	"dong": "dong", "ri": "ri", "gu": "district", "ku": "district", "guyok": "district",
	"kuyok": "district", "gun": "county", "kun": "county", "eup": "district", "up": "district",
	"myeon": "district", "myon": "district", "rodongjagu": "district", "nodongjagu": "district",
	"si": "city", "do": "province",
}

// unitWords follow a place name as part of it ("Hyesan City", "Kursk Oblast").
var unitWords = map[string]string{
	"province": "province", "city": "city", "county": "county", "prefecture": "region",
	"oblast": "province", "krai": "province", "region": "region", "district": "district",
	"village": "ri", "township": "district", "municipality": "city", "town": "city",
	"dong": "dong", "ri": "ri", "gun": "county", "kun": "county",
}

// matchPlaces finds gazetteer places, longest first, left to right. The first letter must be
// upper case: lower-case matches of short romanized names are mostly ordinary words.
func matchPlaces(norm string, toks []token, ix *nameIndex) []placeMatch {
	var out []placeMatch
	for i := 0; i < len(toks); i++ {
		if toks[i].kind == tokHangul {
			// Hangul places carry their particles: "혜산에서", "양강도의".
			w := toks[i].text
			for _, cand := range []string{w, stripParticles(w), stripPlaceEndings(w)} {
				if e, ok := ix.places[cand]; ok {
					end := toks[i].s + len(cand)
					out = append(out, placeMatch{from: i, to: i + 1, byteEnd: end, entry: e, rule: "gazetteer", reason: fmt.Sprintf("gazetteer %s %q (Hangul)", e.Kind, e.Name), score: placeScore(e)})
					break
				}
			}
			continue
		}
		if toks[i].kind != tokWord || !toks[i].upper {
			continue
		}
		for n := min(ix.maxPlace, len(toks)-i); n >= 1; n-- {
			if !placeWindowOK(norm, toks, i, i+n) {
				continue
			}
			key := placeKey(norm[toks[i].s:toks[i+n-1].e])
			e, ok := ix.places[key]
			if !ok {
				e, ok = ix.places[strings.ReplaceAll(key, "-", " ")]
			}
			if !ok {
				continue
			}
			to := i + n
			rule, reason := "gazetteer", fmt.Sprintf("gazetteer %s %q", e.Kind, e.Name)
			// "-do", "-si", "-gun" belong to the name; "-dong", "-ri" make a smaller unit
			// named after it.
			if to < len(toks) && gapBefore(norm, toks, to) == "-" && toks[to].kind == tokWord {
				if kind, ok := adminSuffix[toks[to].low]; ok {
					if kind == "dong" || kind == "ri" || (kind == "district" && e.Kind != "district") {
						e = PlaceEntry{Name: norm[toks[i].s:toks[to].e], Kind: kind, Province: e.Province, Country: e.Country}
						rule, reason = "admin-suffix", fmt.Sprintf("suffix %q after the name of a place in %s", "-"+toks[to].low, provinceOrCountry(e))
					}
					to++
				}
			}
			for to < len(toks) && to < i+n+3 && isSpaceGap(gapBefore(norm, toks, to)) && unitWords[toks[to].low] != "" && e.Kind != "country" {
				if toks[to].low == "dong" || toks[to].low == "ri" {
					break
				}
				to++
			}
			if e.Kind == "country" {
				reason = fmt.Sprintf("country %q (kept readable by policy)", e.Name)
			}
			out = append(out, placeMatch{from: i, to: to, entry: e, rule: rule, reason: reason, score: placeScore(e)})
			i = to - 1
			break
		}
	}
	return out
}

// stripPlaceEndings removes the locative endings Hangul place names take ("에서", "으로").
func stripPlaceEndings(w string) string {
	for _, e := range []string{"에서부터", "에서는", "에서도", "에서", "으로", "에는", "에도", "까지", "부터", "에", "로", "의", "은", "는", "도", "를", "을", "이", "가"} {
		if s, ok := strings.CutSuffix(w, e); ok && s != "" {
			return s
		}
	}
	return w
}

func placeScore(e PlaceEntry) float64 {
	if e.Kind == "country" {
		return 0.95
	}
	return 0.9
}

// placeWindowOK accepts tokens [from, to) as one name: words only, joined by a space, a
// hyphen, an apostrophe or an abbreviating full stop, all on one line.
func placeWindowOK(norm string, toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if toks[k].kind != tokWord {
			return false
		}
		if k > from {
			switch g := gapBefore(norm, toks, k); g {
			case " ", "-", "'", "’", ". ", "-'":
			default:
				return false
			}
		}
	}
	return true
}

// structuralPlaces finds Korean administrative units by their form: "Yeokjeon-dong",
// "Sinpa-ri", "Chung-guyok", "Songpyeong county", "Wiyeon dong".
func structuralPlaces(norm string, toks []token, taken, prot []bool, known []placeMatch) []placeMatch {
	var out []placeMatch
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		if taken[i] || prot[i] || t.kind != tokWord || !t.upper || nonNames[t.low] || len(t.low) < 2 {
			continue
		}
		n := toks[i+1]
		gap := gapBefore(norm, toks, i+1)
		var kind string
		switch {
		case gap == "-" && n.kind == tokWord:
			kind = adminSuffix[n.low]
			if (kind == "city" || kind == "province") && len(t.low) < 4 {
				kind = ""
			}
			// "Chol-su-ya" is not a place; "Sin-dong" is.
			if i+2 < len(toks) && gapBefore(norm, toks, i+2) == "-" {
				kind = ""
			}
		case isSpaceGap(gap) && n.kind == tokWord:
			switch n.low {
			case "dong", "ri":
				if n.upper { // "Kim Dong" is a name
					continue
				}
				kind = n.low
			case "county", "district", "village", "township", "gun", "kun":
				kind = unitWords[n.low]
			}
		}
		if kind == "" || taken[i+1] {
			continue
		}
		e := PlaceEntry{Name: norm[t.s:n.e], Kind: kind}
		near, ok := nearestKnown(norm, toks, i, i+2, known)
		reason := fmt.Sprintf("Korean administrative suffix %q", strings.TrimSpace(norm[t.e:n.e]))
		if ok {
			e.Province, e.Country = near.entry.Province, near.entry.Country
			reason += fmt.Sprintf(", next to %q in %s", near.entry.Name, provinceOrCountry(near.entry))
		}
		out = append(out, placeMatch{from: i, to: i + 2, entry: e, rule: "admin-suffix", reason: reason, score: 0.8})
		taken[i], taken[i+1] = true, true
		i++
	}
	return out
}

// cuedPlaces finds unknown capitalised names after place cues: "a village called Sanggol",
// "the town of Onjong".
func cuedPlaces(norm string, toks []token, taken, prot []bool, known []placeMatch) []placeMatch {
	var out []placeMatch
	for i := 2; i < len(toks); i++ {
		if taken[i] || prot[i] || toks[i].kind != tokWord || !toks[i].upper || nonNames[toks[i].low] {
			continue
		}
		cue := toks[i-1]
		noun := toks[i-2]
		kind := ""
		switch {
		case (cue.low == "called" || cue.low == "named") && isSpaceGapQuoted(gapBefore(norm, toks, i)):
			for k := i - 2; k >= 0 && k >= i-4; k-- {
				if pk := placeNouns[toks[k].low]; pk != "" {
					kind, noun = pk, toks[k]
					break
				}
			}
		case cue.low == "of" && isSpaceGap(gapBefore(norm, toks, i)):
			if pk := placeNouns[noun.low]; pk != "" && noun.low != "place" && noun.low != "area" {
				kind = pk
			}
		}
		if kind == "" {
			continue
		}
		to := i + 1
		for to < len(toks) && to < i+3 && isSpaceGap(gapBefore(norm, toks, to)) && toks[to].upper && !nonNames[toks[to].low] && !taken[to] {
			to++
		}
		e := PlaceEntry{Name: norm[toks[i].s:toks[to-1].e], Kind: kind}
		reason := fmt.Sprintf("cue %q", noun.text+" "+strings.TrimSpace(norm[noun.e:toks[i].s]))
		if near, ok := nearestKnown(norm, toks, i, to, known); ok {
			e.Province, e.Country = near.entry.Province, near.entry.Country
			reason += fmt.Sprintf(", near %q in %s", near.entry.Name, provinceOrCountry(near.entry))
		}
		out = append(out, placeMatch{from: i, to: to, entry: e, rule: "place-cue", reason: reason, score: 0.7})
		for k := i; k < to; k++ {
			taken[k] = true
		}
	}
	return out
}

func isSpaceGapQuoted(g string) bool {
	return isSpaceGap(strings.Trim(g, "\"'“”‘’")) || strings.Trim(g, " \"'“”‘’") == ""
}

// nearestKnown finds the known place that locates an unknown one: the place right after it
// ("Yeokjeon-dong, Hyesan", "X-ri in Musan County"), else the closest place before it in the
// same paragraph, else the closest after it in the same sentence. Countries only give a
// country.
func nearestKnown(norm string, toks []token, from, to int, known []placeMatch) (placeMatch, bool) {
	var before, after *placeMatch
	for k := range known {
		m := &known[k]
		if m.to <= from {
			before = m
		} else if m.from >= to && after == nil {
			after = m
		}
	}
	if after != nil && after.from-to <= 3 && after.entry.Kind != "country" {
		between := norm[toks[to-1].e:toks[after.from].s]
		if !strings.ContainsAny(between, ".!?\n") {
			return *after, true
		}
	}
	if before != nil && !strings.Contains(norm[toks[before.to-1].e:toks[from].s], "\n\n") && from-before.to <= 80 {
		return *before, true
	}
	if after != nil && !strings.ContainsAny(norm[toks[to-1].e:toks[after.from].s], ".!?\n") {
		return *after, true
	}
	return placeMatch{}, false
}

func provinceOrCountry(e PlaceEntry) string {
	switch {
	case e.Province != "" && e.Country != "":
		return e.Province + ", " + e.Country
	case e.Country != "":
		return e.Country
	}
	return "an unknown province"
}
