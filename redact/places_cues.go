package redact

import "strconv"

// Unknown villages named right after the word for a village ("in the village Kositsa", "selo
// Kazachya Loknya") or after the verb of capture ("captured near Oleshnya"): prisoners name
// the village where they were taken, and most villages of a front line are in no gazetteer.

// villageNouns name a settlement right before its name.
var villageNouns = set("village", "selo", "khutor", "hamlet", "settlement", "posyolok", "stanitsa")

// captureWords before "near", "in", "at" or "outside" make the next name the capture place.
var captureWords = set("captured", "surrendered", "prisoner", "caught", "taken", "wounded", "encircled", "ambushed")

// villageCuedPlaces appends to out the capitalised names (up to two words) after a village
// noun or a capture verb and its preposition.
func villageCuedPlaces(out []placeMatch, norm string, toks []token, starts []int32, taken, prot []bool, known []placeMatch) []placeMatch {
	for _, s := range starts {
		i := int(s)
		if i < 1 || taken[i] || prot[i] || !isSpaceGap(gapBefore(norm, toks, i)) {
			continue
		}
		cue := ""
		switch p := toks[i-1].low; {
		case villageNouns[p]:
			cue = toks[i-1].text(norm)
		case (p == "near" || p == "in" || p == "at" || p == "outside") && i >= 2 && captureWords[toks[i-2].low] && isSpaceGap(gapBefore(norm, toks, i-1)):
			cue = toks[i-2].text(norm) + " " + toks[i-1].text(norm)
		}
		if cue == "" || len(toks[i].low) < 3 {
			continue
		}
		to := i + 1
		if to < len(toks) && toks[to].upper && toks[to].kind == tokWord && isSpaceGap(gapBefore(norm, toks, to)) && !taken[to] && !prot[to] && !nonNames[toks[to].low] {
			to++ // "Kazachya Loknya"
		}
		e := PlaceEntry{Name: norm[toks[i].s:toks[to-1].e], Kind: "ri"}
		reason := "village cue " + strconv.Quote(cue)
		if near, ok := nearestKnown(norm, toks, i, to, known, true); ok {
			e.Province, e.Country = near.entry.Province, near.entry.Country
			reason += ", near a known place in " + provinceOrCountry(near.entry)
		}
		out = append(out, placeMatch{from: i, to: to, entry: e, rule: "place-cue", reason: reason, score: 0.7})
		for k := i; k < to; k++ {
			taken[k] = true
		}
	}
	return out
}
