package redact

import "strings"

// Numbered prison camps. North Korea numbers its political prison camps (kwalliso) and
// reeducation camps (kyohwaso): "Camp 16", "Kyohwaso No. 12", "12호 교화소", "관리소 15호".
// Which camp a person was held in, and when, is a quasi-identifier as a workplace is: few
// people were in one camp in one year, and a family's records follow them there. The span
// is a workplace (generalized wherever workplaces are: strict, defector-family, pow) and
// reads as the kind of camp (campLabel), not as "[a workplace]". A camp named by its town
// ("Yodok camp", "개천 교화소") goes through the place detectors as before.

// campWords are the English and romanized nouns of a camp before or after its number.
var campWords = map[string]bool{"camp": true, "prison": true, "kwalliso": true, "gwalliso": true,
	"kwanliso": true, "kyohwaso": true, "gyohwaso": true}

// campWordSet is campWords for wordScan.inSet.
var campWordSet = newWordTable(campWords)

// campModifiers are the words before a camp noun that belong to the camp's name: "Political
// Prison Camp No. 15", "Reeducation Camp 1".
var campModifiers = map[string]bool{"political": true, "prison": true, "reeducation": true, "re": true,
	"education": true, "labor": true, "labour": true, "training": true, "detention": true,
	"concentration": true, "internment": true, "penal": true, "correctional": true}

// koreanCampNouns are the Korean camp nouns, longest first where one ends another.
var koreanCampNouns = []string{"정치범수용소", "노동단련대", "관리소", "교화소", "수용소", "단련대", "집결소"}

// numberedCamp returns the first and last words of a camp known by its number, whose number
// is the all-digit word i ("Camp 16", "Kyohwaso No. 12", "No. 12 kyohwaso"), or -1, -1.
func (c wordScan) numberedCamp(i int) (int, int) {
	// Most numbers have no camp noun two words either side: probed with the words' hashes.
	if !c.inSet(campWordSet, i-1) && !c.inSet(campWordSet, i-2) && !c.inSet(campWordSet, i+1) {
		return -1, -1
	}
	if timeUnits[c.w(i+1)] {
		return -1, -1 // "Prison 2 years": a sentence, no camp
	}
	k := i - 1
	no := false
	if w := c.w(k); (w == "no" || w == "number") && (c.gap(k+1) == " " || c.gap(k+1) == ". " || c.gap(k+1) == ".") {
		k, no = k-1, true
	} else if g := c.gap(i); g == " #" || g == " no." {
		no = true
	} else if g != " " {
		k = -1
	}
	if k >= 0 && campWords[c.w(k)] && c.gap(k+1) == " " || k >= 0 && no && campWords[c.w(k)] {
		// "camp" and "prison" are common words: lower case, only with "No." ("we stayed in
		// camp 2 days" is no camp's name).
		if w := c.w(k); (w == "camp" || w == "prison") && !no && !c.upper(k) {
			return -1, -1
		}
		for k > 0 && campModifiers[c.w(k-1)] && (c.gap(k) == " " || c.gap(k) == "-") {
			k--
		}
		return k, i
	}
	// "No. 12 kyohwaso", "No. 15 camp": the number first.
	if w := c.w(i - 1); (w == "no" || w == "number") && campWords[c.w(i+1)] && c.gap(i+1) == " " {
		return i - 1, i + 1
	}
	return -1, -1
}

// koreanNumberedCamp returns the span (Fold offsets) of a Korean camp known by its number
// whose number is in word i ("12호 교화소", "제12교화소", "관리소 15호"), or ok false.
func (c wordScan) koreanNumberedCamp(i int) (start, end int, ok bool) {
	w := c.w(i)
	p := strings.TrimPrefix(w, "제")
	n := 0
	for n < len(p) && isDigit(p[n]) {
		n++
	}
	if n == 0 {
		return 0, 0, false
	}
	rest := strings.TrimPrefix(p[n:], "호")
	numEnd := c.ws[i].start + len(w) - len(rest) // after the number and its 호
	if j := campNounAt(rest); j > 0 {
		return c.ws[i].start, numEnd + j, true // "12호교화소"
	}
	if (rest == "" || rest == "의") && c.gap(i+1) == " " {
		if j := campNounAt(c.w(i + 1)); j > 0 {
			return c.ws[i].start, c.ws[i+1].start + j, true // "12호 교화소"
		}
	}
	if rest != p[n:] && i > 0 && c.gap(i) == " " && len(w) == len(p) {
		// "관리소 15호": the noun before, the number with 호 after it.
		prev := c.w(i - 1)
		for _, noun := range koreanCampNouns {
			if strings.HasSuffix(prev, noun) {
				return c.ws[i-1].end - len(noun), numEnd, true
			}
		}
	}
	return 0, 0, false
}

// campNounAt is the length of the Korean camp noun s starts with, or 0.
func campNounAt(s string) int {
	for _, noun := range koreanCampNouns {
		if strings.HasPrefix(s, noun) {
			return len(noun)
		}
	}
	return 0
}

// campLabel is the replacement of a numbered camp: the kind of camp it is.
func campLabel(s string) string {
	l := strings.ToLower(s)
	switch {
	case strings.Contains(l, "교화소") || strings.Contains(l, "kyohwaso") || strings.Contains(l, "gyohwaso") ||
		strings.Contains(l, "education"):
		return "[a reeducation camp]"
	case strings.Contains(l, "단련대") || strings.Contains(l, "labor") || strings.Contains(l, "labour"):
		return "[a labour camp]"
	case strings.Contains(l, "집결소"):
		return "[a holding centre]"
	case strings.Contains(l, "prison") && !strings.Contains(l, "camp"):
		return "[a prison]"
	}
	return "[a prison camp]"
}
