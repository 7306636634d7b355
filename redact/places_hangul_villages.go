package redact

import (
	"strconv"
)

// Villages abroad written in Hangul: "쿠르스크주 로보치노 근처" (near Lobochino, Kursk
// Oblast), "말라야 로크냐 마을" (the village of Malaya Loknya). No gazetteer holds every
// Russian village in Hangul, but the sentence says what it is: the words between a known
// place abroad and "근처" (near), "마을" (village) or "부근" (vicinity) name a place inside it.

// hangulVillageCues follow a village name.
var hangulVillageCues = []string{"근처", "마을", "부근", "인근", "일대"}

// hangulNotVillages are words that stand between a province and "근처" without naming a place.
var hangulNotVillages = set("시내", "도시", "지역", "국경", "시골", "전선", "숲", "강", "산", "그", "이", "저")

// hangulVillages appends to out up to two Hangul words after a known province or region outside Korea and before a
// village cue, and places them in that place's province.
func hangulVillages(out []placeMatch, toks []token, norm string, taken []bool, known []placeMatch) []placeMatch {
	for _, m := range known {
		if m.entry.Kind != "province" && m.entry.Kind != "region" || m.entry.Country == "" || m.entry.Country == "North Korea" || m.entry.Country == "South Korea" ||
			m.to >= len(toks) || toks[m.to-1].kind != tokHangul || m.byteEnd > 0 && m.byteEnd != toks[m.to-1].e {
			continue
		}
		for n := 1; n <= 2 && m.to+n < len(toks); n++ {
			from, to := m.to, m.to+n
			if !hangulRun(toks, norm, taken, from, to) || hangulNotVillages[toks[to-1].text(norm)] {
				break
			}
			if cue := toks[to]; cue.kind != tokHangul || !isSpaceGap(gapBefore(norm, toks, to)) || !hasAnyPrefix(cue.text(norm), hangulVillageCues) {
				continue
			}
			province := m.entry.Province
			if province == "" {
				province = m.entry.Name
			}
			e := PlaceEntry{Name: norm[toks[from].s:toks[to-1].e], Kind: "ri", Province: province, Country: m.entry.Country}
			out = append(out, placeMatch{from: from, to: to, entry: e, rule: "Hangul village",
				reason: "Hangul words between " + strconv.Quote(m.entry.Name) + " and a village cue", score: 0.7})
			break
		}
	}
	return out
}

// hangulRun says whether tokens [from, to) are untaken Hangul words with single spaces
// between them and after the place before them.
func hangulRun(toks []token, norm string, taken []bool, from, to int) bool {
	for k := from; k < to; k++ {
		if taken[k] || toks[k].kind != tokHangul || !isSpaceGap(gapBefore(norm, toks, k)) {
			return false
		}
	}
	return true
}
