package redact

import (
	"strconv"
	"strings"
)

// Unknown villages named right after the word for a village ("in the village Kositsa", "selo
// Kazachya Loknya") or after the verb of capture ("captured near Oleshnya"): prisoners name
// the village where they were taken, and most villages of a front line are in no gazetteer.

// captureWords before "near", "in", "at" or "outside" make the next name the capture place.
var captureWords = set("captured", "surrendered", "prisoner", "caught", "taken", "wounded", "encircled", "ambushed")

// villageCuedPlaces appends to out the capitalised names (up to two words) after a village
// noun or a capture verb and its preposition. starts lists, in order, the capitalised words
// that may follow a cue (pwCue), among them those after a village noun or a capture
// preposition.
func villageCuedPlaces(out []placeMatch, norm string, toks []token, starts []int32, taken, prot []bool, known []placeMatch) []placeMatch {
	for _, s := range starts {
		i := int(s)
		if i < 1 || taken[i] || prot[i] || toks[i].nonName() || !isSpaceGap(gapBefore(norm, toks, i)) {
			continue
		}
		cue := ""
		switch p := toks[i-1].low; {
		case placeRoles(p)&pwVillageNoun != 0:
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
		out = appendCuedPlace(out, norm, toks, i, to, "ri", "village cue "+strconv.Quote(cue), known, true, taken)
	}
	return out
}

// chineseEnding says whether w ends in the pinyin of a settlement: 沟 gully (-gou, -gouzi),
// 城 walled town (-cheng), 屯 and 村 village (-tun, -tunzi, -cun), 镇 town (-zhen), 乡
// township (-xiang) ("Sandaogou", "Bamiancheng"). No English word ends so. Its last byte
// is read first: it turns most words away.
func chineseEnding(w string) bool {
	switch w[len(w)-1] {
	case 'u':
		return strings.HasSuffix(w, "gou")
	case 'g':
		return strings.HasSuffix(w, "cheng") || strings.HasSuffix(w, "xiang")
	case 'n':
		return strings.HasSuffix(w, "tun") || strings.HasSuffix(w, "cun") || strings.HasSuffix(w, "zhen")
	case 'i':
		return strings.HasSuffix(w, "gouzi") || strings.HasSuffix(w, "tunzi")
	}
	return false
}

// chinesePlaces appends to out the unknown capitalised pinyin names with a settlement ending
// after a place preposition: defectors name the villages they hid in across the border.
// starts lists, in order, the capitalised words that may follow a cue (pwCue), among them
// those after a place preposition.
func chinesePlaces(out []placeMatch, norm string, toks []token, starts []int32, taken, prot []bool, known []placeMatch) []placeMatch {
	for _, s := range starts {
		i := int(s)
		if i < 1 || len(toks[i].low) < 6 || taken[i] || prot[i] || !chineseEnding(toks[i].low) || toks[i].nonName() {
			continue
		}
		if !placePrepositions[toks[i-1].low] || !isSpaceGap(gapBefore(norm, toks, i)) {
			continue
		}
		e := PlaceEntry{Name: toks[i].text(norm), Kind: "ri"}
		reason := "pinyin settlement ending after " + strconv.Quote(toks[i-1].text(norm))
		if near, ok := nearestKnown(norm, toks, i, i+1, known, true); ok {
			e.Province, e.Country = near.entry.Province, near.entry.Country
			reason += ", near a known place in " + provinceOrCountry(near.entry)
		}
		out = append(out, placeMatch{from: i, to: i + 1, entry: e, rule: "pinyin-place", reason: reason, score: 0.65})
		taken[i] = true
	}
	return out
}

func hasAnySuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		// The last bytes first: most suffixes are turned away without a comparison call.
		if n := len(x); len(s) > n && (n == 0 || s[len(s)-1] == x[n-1]) && s[len(s)-n:] == x {
			return true
		}
	}
	return false
}
