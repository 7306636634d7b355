package redact

import (
	"bytes"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
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
	entity   string // the entity key when known beforehand, else ""
}

func (placesDetector) detect(t *Text, g *Gazetteer) []Candidate {
	if g == nil {
		g = &Gazetteer{}
	}
	ix := indexFor(g)
	a := analyse(t, ix)
	toks, known := a.toks, a.places
	pb := t.placeBuffer()
	sc := placeScratches.Get().(*placeScratch)
	defer placeScratches.Put(sc)
	sc.taken = resized(sc.taken, len(toks))
	taken := sc.taken
	for _, m := range known {
		for k := m.from; k < m.to; k++ {
			taken[k] = true
		}
	}
	// Public figures' names are not places ("Kim Il Sung" is not the square).
	prot := a.prot
	copied := false // the analysis is shared: copy its places before the first change
	for k := range known {
		m := &known[k]
		if m.rule == "admin-suffix" && m.entry.Province == "" {
			if near, ok := nearestKnown(t.Norm, toks, m.from, m.to, known, true); ok {
				if !copied {
					pb.known = append(pb.known[:0], known...)
					known, copied = pb.known, true
					m = &known[k]
				}
				m.entry.Province, m.entry.Country = near.entry.Province, near.entry.Country
				m.reason += ", near a known place in " + provinceOrCountry(near.entry)
			}
			continue
		}
		// A dong or ri named after a town lies in the city or county named right after it,
		// not in the town it is named after ("Sinhung-ri, Kimhyongjik County"); a place
		// followed by the province, country or city it is in is that one's namesake
		// ("Pocheon, Gyeonggi Province" is not Pochon in Ryanggang).
		var e PlaceEntry // the place m is, when the place after it says so
		var why string
		if m.rule == "admin-suffix" && (m.entry.Kind == "dong" || m.entry.Kind == "ri") {
			if n := placeRightAfter(t.Norm, toks, known, k, false); n != nil && n.entry.Kind != "country" && hasProvince(n) {
				e = PlaceEntry{Name: m.entry.Name, Kind: m.entry.Kind, Province: n.entry.Province, Country: n.entry.Country}
				why = ", in the place named after it"
			}
		} else if n := placeRightAfter(t.Norm, toks, known, k, true); n != nil && m.rule == "gazetteer" && smallPlace(m.entry) &&
			!inList(t.Norm, toks, known, k) && !containsPlace(n.entry, m.entry) {
			// Its own kind is not known: "[a place in Gyeonggi Province]".
			e = PlaceEntry{Name: m.entry.Name, Province: n.entry.Province, Country: n.entry.Country}
			if n.entry.Kind == "country" {
				e.Province = ""
			}
			why = ", a namesake: the place named after it is in " + provinceOrCountry(n.entry)
		}
		if why == "" || e.Province == m.entry.Province && e.Country == m.entry.Country {
			continue
		}
		if !copied {
			pb.known = append(pb.known[:0], known...)
			known, copied = pb.known, true
			m = &known[k]
		}
		m.entry = e
		m.reason += why
	}
	// The structural, cued, Slavic, village and pinyin passes start only at capitalised words
	// (the analysis lists them) that can be names, next to the few words that cue each: one
	// walk sorts out each pass's candidates. Each pass passes over a word taken, protected or
	// never a name.
	var ps placeStarts
	ps, sc.starts = sortPlaceStarts(sc.starts, toks, a.caps)
	found := structuralPlaces(pb.found[:0], t.Norm, toks, ps.beforeUnit, taken, prot, known)
	found = cuedPlaces(found, t.Norm, toks, ps.afterCue, taken, prot, known)
	found = slavicPlaces(found, t.Norm, toks, ps.afterCue, taken, prot, known)
	found = villageCuedPlaces(found, t.Norm, toks, ps.afterCue, taken, prot, known)
	found = chinesePlaces(found, t.Norm, toks, ps.afterCue, taken, prot, known)
	found = hangulVillages(found, toks, t.Norm, taken, known)
	found = numberedUnits(found, t.Norm, toks, taken, prot, known)
	pb.found = found

	n := len(known) + len(found)
	// The candidates and every candidate's Place in the Text's buffers: the run reads them
	// (a decision keeps its Place) until the Text is released.
	out := slices.Grow(t.candidateRoom(), n)
	entries := slices.Grow(pb.entries[:0], n)
	pb.entries = entries[:n]       // for release to clear
	var entities map[string]string // a place named again has the same key; made when first needed
	for _, l := range [2][]placeMatch{known, found} {
		for k := range l {
			m := &l[k]
			end := toks[m.to-1].e
			if m.byteEnd > 0 {
				end = m.byteEnd
			}
			st, en := t.Orig(toks[m.from].s, end)
			entries = append(entries, m.entry)
			entity := m.entity
			if entity == "" {
				var ok bool
				if entity, ok = entities[m.entry.Name]; !ok {
					entity = placeEntity(m.entry.Name)
					if entities == nil {
						entities = map[string]string{}
					}
					entities[m.entry.Name] = entity
				}
			}
			out = append(out, Candidate{
				Start: st, End: en, Category: Place, Detector: "places", Rule: m.rule,
				Reason: m.reason, Score: m.score, Entity: entity, Place: &entries[len(entries)-1],
			})
		}
	}
	return out
}

// placeBuffer holds, pooled, the place entries of the places detector's candidates for one
// Text (the candidates are in the Text's candidate room) and its match lists. They live
// until Text.release, for the decisions keep the entries (decision.place) to the end of the
// run.
type placeBuffer struct {
	entries []PlaceEntry
	known   []placeMatch // the analysis' places, copied before detect changes one
	found   []placeMatch // the places detect finds itself
}

var placeBuffers = sync.Pool{New: func() any { return new(placeBuffer) }}

// placeBuffer returns t's place buffer, from the pool on first use; a second detect on the
// same Text (the run calls it once) gets a new one, so the first one's results stay intact.
func (t *Text) placeBuffer() *placeBuffer {
	if t.placeBuf != nil {
		return new(placeBuffer)
	}
	t.placeBuf = placeBuffers.Get().(*placeBuffer)
	return t.placeBuf
}

// release clears pb (its entries and matches hold text) and gives it back to the pool.
func (pb *placeBuffer) release() {
	clear(pb.entries)
	clear(pb.known)
	clear(pb.found)
	pb.entries, pb.known, pb.found = pb.entries[:0], pb.known[:0], pb.found[:0]
	placeBuffers.Put(pb)
}

// placeScratch holds the places detector's per-token buffers between runs: they hold no
// text, and nothing keeps them past detect.
type placeScratch struct {
	taken  []bool
	starts []int32
}

var placeScratches = sync.Pool{New: func() any { return new(placeScratch) }}

// adminSuffix returns the kind of Korean administrative unit the hyphenated suffix w
// ("Yeokjeon-dong", "Chung-guyok") names (adminSuffixKinds), or "": a probe of placeRoleTable,
// where a map would hash every word after a hyphen.
func adminSuffix(w string) string { return adminSuffixOf(w) }

// unitWords follow a place name as part of it ("Hyesan City", "Kursk Oblast").
var unitWords = map[string]string{
	"province": "province", "city": "city", "county": "county", "prefecture": "region",
	"oblast": "province", "krai": "province", "region": "region", "district": "district",
	"village": "ri", "township": "district", "municipality": "city", "town": "city",
	"dong": "dong", "ri": "ri", "gun": "county", "kun": "county",
}

// matchPlaces appends to out the gazetteer places, longest first, left to right. The first
// letter must be upper case: lower-case matches of short romanized names are mostly
// ordinary words. heads lists the capitalised word tokens that gazetteer places begin with,
// with the nameIndex.placeHeads entry+1 of each, and hangul the Hangul tokens, in order:
// only they can begin a place, so the rest are not read. The window keys are built in *buf.
func matchPlaces(out []placeMatch, buf *[]byte, norm string, toks []token, heads [][2]int32, hangul []int32, ix *nameIndex) []placeMatch {
	h := hangulIndexFor(ix)
	pairs := placePairsOf(ix, h)
	next := 0 // the token after the last match
	for a, b := 0, 0; a < len(heads) || b < len(hangul); {
		// The Hangul tokens before the next head, in a loop of their own: the list a token
		// comes from says its kind.
		for ; b < len(hangul) && (a == len(heads) || hangul[b] < heads[a][0]); b++ {
			i := int(hangul[b])
			if i < next {
				continue
			}
			// Hangul places carry their particles: "혜산에서", "양강도의". Most Hangul words
			// begin as no place does and are no dong or ri: they are turned away here,
			// without a call that returns a whole placeMatch.
			w := toks[i].text(norm)
			known := hangulMayBePlace(h, pairs, w)
			if !known && !dongOrRiThird(w) && !unitShaped(w) {
				if i+1 == len(toks) || toks[i+1].s != toks[i].e {
					continue // no number glued to it: no numberedDong, without the call
				}
				if end, byteEnd, ok := numberedDong(norm, toks, i); ok {
					out = append(out, placeMatch{from: i, to: end, byteEnd: byteEnd, entry: PlaceEntry{Name: norm[toks[i].s:byteEnd], Kind: "dong"},
						rule: "admin-suffix", reason: "Hangul neighbourhood with its number (\"1동\")", score: 0.75})
					next = end
				}
				continue
			}
			if m, ok := hangulPlace(norm, toks, i, known, h); ok {
				out = append(out, m)
				out = hangulSubunits(out, norm, toks, ix)
				next = out[len(out)-1].to
			}
		}
		if a == len(heads) {
			break // and so b == len(hangul)
		}
		i, head := int(heads[a][0]), ix.placeHeads[heads[a][1]-1] // a capitalised word places begin with
		a++
		if i < next {
			continue
		}
		most := min(head.most, len(toks)-i)
		if most > 1 && toks[i+1].cls&clsPlaceSecond == 0 {
			most = 1 // no key has a second word as token i+1 is
		}
		for n := most; n >= 1; n-- {
			if n < 32 {
				// The longest window no longer than n that a key has: the lengths no key
				// has are passed over without a test each.
				m := uint32(uint64(head.lens)&(1<<(n+1)-1)) &^ 1
				if m == 0 {
					break
				}
				n = bits.Len32(m) - 1
			}
			if !placeWindowOK(norm, toks, i, i+n) {
				continue
			}
			hit := placeAt(h, buf, norm, toks, i, i+n)
			if hit == nil {
				continue
			}
			if n == 1 && smallPlace(hit.entry) && givenAfterSurname(norm, toks, i, ix) {
				break // a person's given name: the names detector reads "Park Boseong"
			}
			e := hit.entry
			to := i + n
			rule, reason, entity := "gazetteer", "", ""
			public := false
			// "-do", "-si", "-gun" belong to the name; "-dong", "-ri" make a smaller unit
			// named after it.
			if to < len(toks) && gapBefore(norm, toks, to) == "-" && toks[to].kind == tokWord {
				if kind := adminSuffix(toks[to].low); kind != "" {
					if kind == "dong" || kind == "ri" || (kind == "district" && e.Kind != "district") {
						e = PlaceEntry{Name: norm[toks[i].s:toks[to].e], Kind: kind, Province: e.Province, Country: e.Country}
						rule, reason = "admin-suffix", "suffix "+strconv.Quote("-"+toks[to].low)+" after the name of a place in "+provinceOrCountry(e)
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
			// "Niu-York": a gazetteer name glued by a hyphen to a capitalised word that is no
			// place is one word, an unknown place of its own (a village of a transcript), not
			// the listed town: it is taken whole and locates nothing.
			from := i
			if reason == "" && i > next && gapBefore(norm, toks, i) == "-" && toks[i-1].kind == tokWord && toks[i-1].upper &&
				len(toks[i-1].low) >= 2 && !toks[i-1].nonName() && !(i > 1 && gapBefore(norm, toks, i-1) == "-") {
				from = i - 1
				e = PlaceEntry{Name: norm[toks[from].s:toks[to-1].e], Kind: "ri"}
				rule, reason = "hyphen-compound", "a capitalised word joined by a hyphen to a place name"
			}
			if reason == "" { // the gazetteer's entry as it is
				reason, entity = hit.reason, hit.entity
			}
			if why := publicNameOf(h, buf, norm, toks, from, to, e); why != "" {
				// A river, a mountain or a public thing named after the town: public, and
				// no town. It stays a place match (it is no person's name) and readable.
				e = PlaceEntry{Name: norm[toks[from].s:toks[to-1].e], Kind: "region"}
				rule, reason, entity, public = rulePublicName, why, "", true
			}
			score := placeScore(e)
			if public {
				// Below the other detectors: a span that takes the whole public name ("the
				// Kaesong Industrial Complex" as her workplace) wins over its first word.
				score = 0.5
			}
			out = append(out, placeMatch{from: from, to: to, entry: e, rule: rule, reason: reason, score: score, entity: entity})
			next = to
			break
		}
	}
	return out
}

// givenAfterSurname says whether token i, one word a gazetteer place, is rather a given
// name after a Korean surname: "Park Boseong", "Kim Seongju" (보성, 성주 are counties and
// given names). The surname is capitalised and one space before it, no function word ("In
// Bupyeong" is a place), and the word splits into two given-name syllables, with nothing
// joined to it by a hyphen ("Bupyeong-gu").
func givenAfterSurname(norm string, toks []token, i int, ix *nameIndex) bool {
	if i == 0 || i+1 < len(toks) && gapBefore(norm, toks, i+1) == "-" {
		return false
	}
	p := &toks[i-1]
	if p.kind != tokWord || !p.upper || p.cls&clsKnown == 0 || p.cls&clsSurname == 0 || p.nonName() ||
		!isSpaceGap(gapBefore(norm, toks, i)) || i > 1 && gapBefore(norm, toks, i-1) == "-" {
		return false
	}
	k, ok := segmentSplit(toks[i].low, ix)
	return ok && k < len(toks[i].low)
}

// rulePublicName is the rule of a place name read as part of a public name: a river ("the
// Tumen"), a mountain ("Mount Kumgang") or a public thing ("the Kaesong Industrial
// Complex", "Hwasong-15"). Its entry is a region of no province: it stays readable, and it
// lends no province to the places near it.
const rulePublicName = "public-name"

// publicThingWords, after a place name, make it part of the name of a public thing: a
// treaty, a summit, a zone, a weapon or a public event ("the Geneva Convention", "the
// Kaesong Industrial Complex", "the Cheonan sinking").
var publicThingWords = set("convention", "conventions", "treaty", "agreement", "accord", "accords",
	"declaration", "summit", "talks", "protocol", "industrial", "tourist", "economic", "sinking",
	"shelling", "uprising", "massacre", "olympics", "missile", "missiles", "rocket",
	"dog", "dogs") // a breed: "a Jindo dog", "the Pungsan dog"

// publicNameOf says why the gazetteer place e at tokens [i, to) is part of a public name
// rather than a town, or "": a number joined by a hyphen ("Hwasong-15"); "Mount" before it;
// "the" before it when the gazetteer knows a river of that name ("the Tumen", "the song of
// the Taedong"); a word of publicThingWords after it. Countries and provinces are public already.
func publicNameOf(h *hangulIndex, buf *[]byte, norm string, toks []token, i, to int, e PlaceEntry) string {
	if e.Kind == "country" || e.Kind == "province" {
		return ""
	}
	if to < len(toks) {
		g, next := gapBefore(norm, toks, to), &toks[to]
		switch {
		case g == "-" && next.kind == tokNumber:
			return "a designation: a place name with a number"
		case isSpaceGap(g) && next.kind == tokWord:
			// Not "X river" or "X mountain": "the Musan river", "the Onsong mountain path"
			// place a family as well as the town does. The rivers and mountains everyone
			// knows are in the gazetteer, as regions of no province.
			if publicThingWords[next.low] {
				return "part of the name of a public thing (" + strconv.Quote(next.low) + " after it)"
			}
		}
	}
	if i > 0 && toks[i-1].kind == tokWord {
		switch g := gapBefore(norm, toks, i); {
		case (toks[i-1].low == "mount" || toks[i-1].low == "mt") && (isSpaceGap(g) || g == ". "):
			return "the name of a mountain"
		case toks[i-1].low == "the" && isSpaceGap(g):
			*buf = append(windowKey((*buf)[:0], norm, toks, i, to), " river"...)
			if _, ok := h.places[string(*buf)]; ok {
				return "the name of a river: the gazetteer knows the river of that name"
			}
		}
	}
	return ""
}

// placePairFilter has a bit for each pair of syllables a Hangul place key begins with
// (hangulIndex.placePairs): most Hangul words begin with no such pair, and the filter says
// so without hashing the pair for the map.
type placePairFilter [1 << 16 / 64]uint64

func placePairBit(p uint32) uint32 { return (p * fibMul) >> 16 }

func (f *placePairFilter) add(p uint32) { b := placePairBit(p); f[b/64] |= 1 << (b % 64) }

func (f *placePairFilter) mayHold(p uint32) bool {
	b := placePairBit(p)
	return f[b/64]&(1<<(b%64)) != 0
}

// placePairsOf returns the placePairFilter of h, the hangulIndex of ix, made once.
func placePairsOf(ix *nameIndex, h *hangulIndex) *placePairFilter {
	if f := ix.placePairs.Load(); f != nil {
		return f
	}
	f := new(placePairFilter)
	for p := range h.placePairs {
		f.add(p)
	}
	ix.placePairs.CompareAndSwap(nil, f)
	return ix.placePairs.Load()
}

// hangulMayBePlace is h.mayBePlace(w) for a Hangul token w, which is Hangul syllables
// only: its syllables are read without a test, and the pairs of syllables are tested in
// the filter pairs before the map.
func hangulMayBePlace(h *hangulIndex, pairs *placePairFilter, w string) bool {
	r1 := rune(w[0]&0x0f)<<12 | rune(w[1]&0x3f)<<6 | rune(w[2]&0x3f)
	if k := r1 - 0xAC00; h.placeOne[k>>6]&(1<<(k&63)) != 0 {
		return true
	}
	if len(w) < 6 {
		return false
	}
	r2 := rune(w[3]&0x0f)<<12 | rune(w[4]&0x3f)<<6 | rune(w[5]&0x3f)
	p := sylPair(r1, r2)
	return pairs.mayHold(p) && h.placePairs[p]
}

// hangulAdminSuffix are the Hangul suffixes of administrative units and their kinds.
var hangulAdminSuffix = []struct{ suffix, kind string }{
	{"시", "city"}, {"군", "county"}, {"구역", "district"}, {"구", "district"}, {"도", "province"},
	{"읍", "district"}, {"면", "district"}, {"동", "dong"}, {"리", "ri"}, {"노동자구", "district"},
	{"로동자구", "district"}, // 노동자구 as the North spells it ("제남로동자구")
	{"현", "county"},      // a Chinese county, of a known place only ("장백현")
	{"역", "city"},        // a station of a known town ("단천역") places the speaker as the town does
	{"항", "city"},        // and so does its port ("해주항", "청진항")
}

// hangulNotPlaces end in an administrative suffix but are common words ("활동", "우리").
var hangulNotPlaces = set(
	"활동", "운동", "행동", "노동", "이동", "자동", "충동", "감동", "소동", "공동", "변동", "출동",
	"폭동", "작동", "가동", "아동", "거리", "머리", "소리", "자리", "우리", "다리", "요리", "처리",
	"관리", "유리", "정리", "논리", "진리", "원리", "권리", "무리", "마리", "고리", "꼬리", "뿌리",
	"허리", "수리", "총리", "심리", "의리", "분리", "승리", "편리", "개구리", "항아리", "보따리",
	"병아리", "미나리", "아무리", "그리", "이리", "저리", "요구", "친구", "연구", "가구", "도구",
	"입구", "출구", "부근", "지구", "야구", "축구", "농구", "세계", "교시", "당시", "동시", "다시",
	"역시", "혹시", "잠시", "항시", "그때", "정도", "온도", "속도", "태도", "제도", "지도", "시도",
	"인도", "의도", "포도", "각도", "보도", "정면", "측면", "방면", "이면", "표면", "화면", "장면",
	"국군", "장군", "아군", "적군", "해군", "공군", "미군", "대군", "형동", "서동",
	"짜리", // "세 살짜리", "두 개짜리": of the size or worth of, no village
)

// dongOrRiThird says whether the third syllable of the Hangul token w is 동 or 리: all the
// dong and ri rule of hangulPlace can match when no place begins as w does (a Hangul token
// is Hangul syllables only, three bytes each).
func dongOrRiThird(w string) bool {
	return len(w) >= 9 && (w[6:9] == "동" || w[6:9] == "리")
}

// hangulPlace matches a Hangul word against the gazetteer, with its particles and with or
// without its administrative suffix ("혜산시에서", "양강도의"), and finds dong and ri names by
// their suffix ("석현동", "칠성리"). known is h.mayBePlace of the word: every candidate below
// begins as it does, and when no place begins so, the gazetteer need not be asked.
func hangulPlace(norm string, toks []token, i int, known bool, h *hangulIndex) (placeMatch, bool) {
	w := toks[i].text(norm)
	cands := [3]string{w, stripParticles(w), stripPlaceEndings(w)}
	for c, cand := range cands {
		if c > 0 && (cand == cands[0] || c == 2 && cand == cands[1]) {
			continue // already tried
		}
		if known {
			// A place that is also a common word ("안주", a snack) needs a place context.
			// A place that is also a given name, bare before an honorific, is a person:
			// "원주 씨가", "성동 선생님".
			if hit, ok := h.places[cand]; ok && (!hangulPlaceWords[cand] || placeWordContext(norm, toks, i, w[len(cand):], h)) &&
				!(c == 0 && h.given[cand] && titleAfter(norm, toks, i)) {
				e := hit.entry
				return placeMatch{from: i, to: i + 1, byteEnd: toks[i].s + len(cand), entry: e, rule: "gazetteer",
					reason: hit.hangulReason, score: placeScore(e), entity: hit.entity}, true
			}
		}
		last := lastSyllable(cand)
		for _, k := range adminSuffixByFinal.of(last) {
			sk := hangulAdminSuffix[k]
			stem, ok := strings.CutSuffix(cand, sk.suffix)
			if !ok || stem == "" {
				continue
			}
			if known {
				if hit, ok := h.places[stem]; ok {
					e, entity := hit.entry, hit.entity
					if sk.kind == "dong" || sk.kind == "ri" {
						e, entity = PlaceEntry{Name: cand, Kind: sk.kind, Province: e.Province, Country: e.Country}, ""
					}
					return placeMatch{from: i, to: i + 1, byteEnd: toks[i].s + len(cand), entry: e, rule: "gazetteer",
						reason: "gazetteer " + e.Kind + " " + strconv.Quote(e.Name) + " with suffix " + strconv.Quote(sk.suffix) + " (Hangul)", score: placeScore(e), entity: entity}, true
				}
			}
			// A neighbourhood or village unknown to the gazetteer: two syllables and 동/리.
			// Not glued to Latin letters: "데일리NK" is a news outlet. Nor a common word
			// whose last two syllables are a noun in 리 or 동 ("끝자리", "목소리", "사거리").
			// Nor a foreign name in Hangul whose particle-like last syllable was cut off
			// ("나탈리아": 나탈리 and the vocative 아).
			if (sk.kind == "dong" || sk.kind == "ri") && runeCount(stem) == 2 && !hangulNotPlaces[cand] && !hangulNotPlaces[stem] &&
				!commonNounInUnit(cand) && !h.verbStems[cand] && !gluedToLatin(norm, toks, i) && !h.foreign[w] && !h.foreign[cands[1]] {
				return placeMatch{from: i, to: i + 1, byteEnd: toks[i].s + len(cand), entry: PlaceEntry{Name: cand, Kind: sk.kind},
					rule: "admin-suffix", reason: "Hangul administrative suffix " + strconv.Quote(sk.suffix), score: 0.75}, true
			}
			if m, ok := unknownHangulUnit(norm, toks, i, w, cand, stem, sk.suffix, sk.kind, h); ok {
				return m, true
			}
		}
	}
	return placeMatch{}, false
}

// titleAfter says whether the Hangul word after token i, after a space, is an honorific or
// a title, with or without its particles ("씨가", "선생님은").
func titleAfter(norm string, toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].kind != tokHangul || !isSpaceGap(gapBefore(norm, toks, i+1)) {
		return false
	}
	w := toks[i+1].text(norm)
	for _, k := range honorificsByFirst.of(firstSyllable(w)) {
		if rest, ok := strings.CutPrefix(w, hangulHonorifics[k]); ok && (rest == "" || slices.Contains(hangulParticles, rest)) {
			return true
		}
	}
	return false
}

// hangulSubunitSuffixes end the units below a city or county that an address names after
// it ("수남구역", "신암동", "유선노동자구", "3인민반"), with their kinds.
var hangulSubunitSuffixes = []struct{ suffix, kind string }{
	{"구역", "district"}, {"노동자구", "district"}, {"로동자구", "district"}, {"구", "district"}, {"동", "dong"}, {"리", "ri"},
	{"읍", "district"}, {"면", "district"}, {"인민반", "dong"}, {"가", "dong"},
}

// hangulSubunits appends to out, whose last match is a Hangul place, the smaller units
// named after it, separated by spaces, each in the province of the place: "청진시 수남구역
// 신암동 3인민반에". Each part narrows the place down to a street, and a part left out would
// stay in the copy. A province or a country lends nothing: "양강도 혜산시" is two places.
func hangulSubunits(out []placeMatch, norm string, toks []token, ix *nameIndex) []placeMatch {
	m := out[len(out)-1]
	if m.entry.Kind == "country" || m.entry.Kind == "province" || m.entry.Kind == "region" {
		return out
	}
	for n := 0; n < 4 && m.to < len(toks); n++ {
		if m.byteEnd > 0 && m.byteEnd != toks[m.to-1].e || gapBefore(norm, toks, m.to) != " " {
			break // a particle or a mark ends the place
		}
		j, from := m.to, m.to
		if end, byteEnd, ok := numberedDong(norm, toks, j); ok { // "락랑구역 정백1동"
			m = placeMatch{from: from, to: end, byteEnd: byteEnd, rule: "admin-suffix", score: 0.8,
				entry:  PlaceEntry{Name: norm[toks[from].s:byteEnd], Kind: "dong", Province: m.entry.Province, Country: m.entry.Country},
				reason: "Hangul administrative unit after a place in " + provinceOrCountry(m.entry)}
			out = append(out, m)
			continue
		}
		switch {
		case toks[j].kind == tokHangul:
		case toks[j].kind == tokNumber && j+1 < len(toks) && toks[j+1].kind == tokHangul && toks[j+1].s == toks[j].e:
			j++ // "3인민반", "2동"
		default:
			return out
		}
		w := toks[j].text(norm)
		unit, kind := "", ""
		for _, c := range [3]string{w, stripParticles(w), stripPlaceEndings(w)} {
			for _, sk := range hangulSubunitSuffixes {
				// A word of three syllables or more, or a number before it: "친구", "지구"
				// and "거리" are no units. A street (가) only in a Chinese city ("연길
				// 신흥가"), where a word in 가 is otherwise a trade ("사업가"); a district
				// (구) of three syllables when its last two are no common word ("진흥구",
				// not "옛친구").
				if !strings.HasSuffix(c, sk.suffix) || hangulNotPlaces[c] {
					continue
				}
				three := runeCount(c) == 3
				ok := j > from || runeCount(c) >= 3 && sk.suffix != "가" && sk.suffix != "구"
				ok = ok || three && sk.suffix == "구" && !commonNounInUnit(c) ||
					three && sk.suffix == "가" && m.entry.Country == "China" && !hangulNotStreets[c[len(c)-6:]] &&
						!(c == w && (ix.hangulNouns[c[:6]] || hangulCommonNouns[c[:6]])) // "문제가": a common word and its particle; "신흥가에" is a street
				if ok {
					unit, kind = c, sk.kind
					break
				}
			}
			// A hill or mountain after a unit already named is where one hid ("단동
			// 진흥구 원보산에"): a place as small as the unit before it.
			if unit == "" && n > 0 && runeCount(c) == 3 && strings.HasSuffix(c, "산") && !hangulNotPlaces[c] {
				unit, kind = c, "region"
			}
			if unit != "" {
				break
			}
		}
		if unit == "" {
			break
		}
		end := toks[j].s + len(unit)
		m = placeMatch{from: from, to: j + 1, byteEnd: end, rule: "admin-suffix", score: 0.8,
			entry:  PlaceEntry{Name: norm[toks[from].s:end], Kind: kind, Province: m.entry.Province, Country: m.entry.Country},
			reason: "Hangul administrative unit after a place in " + provinceOrCountry(m.entry)}
		out = append(out, m)
	}
	return out
}

// hangulNotStreets are the last two syllables of common words in 가 (a trade, a price, a
// holiday), which a Chinese city's street name is not.
var hangulNotStreets = set("업가", "문가", "술가", "악가", "설가", "곡가", "치가", "명가", "본가", "축가", "동가", "론가",
	"행가", "작가", "평가", "대가", "물가", "고가", "시가", "주가", "원가", "단가", "정가", "특가", "염가", "휴가", "국가",
	"인가", "추가", "증가", "참가", "화가", "장가", "객가", "상가", "부가", "개가", "노가", "연가", "찬가", "애가")

// adminSuffixByFinal indexes hangulAdminSuffix by the suffixes' last syllable.
var adminSuffixByFinal = func() *endingIndex {
	var l []string
	for _, sk := range hangulAdminSuffix {
		l = append(l, sk.suffix)
	}
	return newEndingIndex(l, false)
}()

// placeEndings are the locative and copula endings Hangul place names take, longest first.
// "요" and "이요" answer a question with the place alone ("어디서요? 회령시요").
var placeEndings = []string{"이었어요", "였어요", "입니다", "이에요", "이었다", "에서부터", "에서는", "에서도", "에서", "으로", "예요", "이야", "이요", "이다", "에는", "에도", "까지", "부터", "에", "로", "의", "은", "는", "도", "를", "을", "이", "가", "야", "요",
	// "bound for" and "from": "심양행 열차", "혜산발 기차"
	"행", "발"}

// placeEndingsByFinal indexes placeEndings by their last syllable.
var placeEndingsByFinal = newEndingIndex(placeEndings, false)

// stripPlaceEndings removes the locative endings Hangul place names take ("에서", "으로").
func stripPlaceEndings(w string) string {
	r := lastSyllable(w)
	for _, k := range placeEndingsByFinal.of(r) {
		if s, ok := strings.CutSuffix(w, placeEndings[k]); ok && s != "" {
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

// placeAt looks tokens [from, to), which placeWindowOK accepted, up in the gazetteer: their
// placeKey, or that with hyphens as spaces. The key is built in *buf, and looked up without
// making a string of it.
func placeAt(h *hangulIndex, buf *[]byte, norm string, toks []token, from, to int) *placeHit {
	if to == from+1 {
		key := toks[from].low
		if hit, ok := h.places[key]; ok {
			return hit
		}
		if strings.IndexByte(key, '-') < 0 {
			return nil // the same key again
		}
		*buf = append((*buf)[:0], key...)
	} else {
		*buf = windowKey((*buf)[:0], norm, toks, from, to)
		if hit, ok := h.places[string(*buf)]; ok {
			return hit
		}
	}
	b := *buf
	if bytes.IndexByte(b, '-') < 0 {
		return nil
	}
	for k, c := range b {
		if c == '-' {
			b[k] = ' '
		}
	}
	return h.places[string(b)]
}

// windowKey appends the placeKey of tokens [from, to), which placeWindowOK accepted, to b,
// built from the tokens' lower-case forms without lowering the text again.
func windowKey(b []byte, norm string, toks []token, from, to int) []byte {
	for k := from; k < to; k++ {
		if k > from {
			switch g := gapBefore(norm, toks, k); g {
			case "’":
				b = append(b, '\'')
			case ". ":
				b = append(b, '.', ' ')
			default:
				b = append(b, g...)
			}
		}
		b = append(b, toks[k].low...)
	}
	return b
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

// structuralPlaces appends to out the Korean administrative units by their form: "Yeokjeon-dong",
// "Sinpa-ri", "Chung-guyok", "Songpyeong county", "Wiyeon dong".
// starts lists, in order, the capitalised word tokens before a unit word (pwAfter): the rest
// are no start.
func structuralPlaces(out []placeMatch, norm string, toks []token, starts []int32, taken, prot []bool, known []placeMatch) []placeMatch {
	next := 0 // a match takes the token after it too
	for _, s := range starts {
		i := int(s)
		if i < next || i+1 >= len(toks) {
			continue
		}
		t, n := &toks[i], &toks[i+1]
		if n.kind != tokWord || taken[i] || prot[i] || len(t.low) < 2 || t.nonName() {
			continue
		}
		gap := gapBefore(norm, toks, i+1)
		var kind string
		switch {
		case gap == "-" && n.kind == tokWord:
			kind = adminSuffix(n.low)
			if (kind == "city" || kind == "province") && len(t.low) < 4 {
				kind = ""
			}
			// "Chol-su-ya" is not a place; "Sin-dong" is.
			if i+2 < len(toks) && gapBefore(norm, toks, i+2) == "-" {
				kind = ""
			}
			// "Kenji-kun", "Tanaka-kun": after a listed given name or Japanese surname, "-kun"
			// is the Japanese honorific, not the Korean county (japaneseHonorifics).
			if n.low == "kun" && t.cls&(clsFirstName|clsJpSurname) != 0 {
				kind = ""
			}
		case isSpaceGap(gap) && n.kind == tokWord:
			switch n.low {
			case "dong", "ri":
				if n.upper { // "Kim Dong" is a name
					continue
				}
				kind = n.low
			default:
				if placeRoles(n.low)&pwSpacedUnit != 0 {
					kind = unitWords[n.low]
				}
			}
		}
		if kind == "" || taken[i+1] {
			continue
		}
		e := PlaceEntry{Name: norm[t.s:n.e], Kind: kind}
		near, ok := nearestKnown(norm, toks, i, i+2, known, false)
		reason := "Korean administrative suffix " + strconv.Quote(strings.TrimSpace(norm[t.e:n.e]))
		if ok {
			e.Province, e.Country = near.entry.Province, near.entry.Country
			reason += ", next to " + strconv.Quote(near.entry.Name) + " in " + provinceOrCountry(near.entry)
		}
		out = append(out, placeMatch{from: i, to: i + 2, entry: e, rule: "admin-suffix", reason: reason, score: 0.8})
		taken[i], taken[i+1] = true, true
		next = i + 2
	}
	return out
}

// numberedUnits appends to out the numbered neighbourhoods and villages: "3-dong", "1-ri",
// with the name before them ("Sanggye 3-dong"). They take the province of the place next to
// them ("1-ri, Saepyol"); a number and "-dong" narrow a city down to its streets.
func numberedUnits(out []placeMatch, norm string, toks []token, taken, prot []bool, known []placeMatch) []placeMatch {
	if !mayHoldNumberedUnit(norm) {
		return out // most texts: no token walk
	}
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].kind != tokNumber || taken[i] || taken[i+1] || toks[i+1].kind != tokWord || gapBefore(norm, toks, i+1) != "-" {
			continue
		}
		kind := adminSuffix(toks[i+1].low)
		if kind != "dong" && kind != "ri" && kind != "district" {
			continue
		}
		from := i
		if p := i - 1; p >= 0 && toks[p].kind == tokWord && toks[p].upper && !taken[p] && !prot[p] && !toks[p].nonName() &&
			isSpaceGap(gapBefore(norm, toks, i)) {
			from = p // "Sanggye 3-dong"
		}
		e := PlaceEntry{Name: norm[toks[from].s:toks[i+1].e], Kind: kind}
		reason := "a numbered administrative unit " + strconv.Quote("-"+toks[i+1].low)
		if near, ok := nearestKnown(norm, toks, from, i+2, known, true); ok {
			e.Province, e.Country = near.entry.Province, near.entry.Country
			reason += ", near a known place in " + provinceOrCountry(near.entry)
		}
		out = append(out, placeMatch{from: from, to: i + 2, entry: e, rule: "admin-suffix", reason: reason, score: 0.8})
		for k := from; k < i+2; k++ {
			taken[k] = true
		}
		i++
	}
	return out
}

// b2i is 1 for true, 0 for false: compiled without a branch, it lets a loop count or keep
// elements by a test whose outcome the processor cannot guess.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// mayHoldNumberedUnit says whether norm has a hyphen between what may end a number and
// what may start a word (an ASCII digit or letter, or any byte of a longer rune): where no
// hyphen does, numberedUnits finds nothing, and a few hyphens are found faster than the
// tokens are walked.
func mayHoldNumberedUnit(norm string) bool {
	for p := 1; p < len(norm)-1; p++ {
		k := strings.IndexByte(norm[p:len(norm)-1], '-')
		if k < 0 {
			return false
		}
		p += k
		if b, a := norm[p-1], norm[p+1]; (isDigit(b) || b >= utf8.RuneSelf) && (isASCIILetter(a) || a >= utf8.RuneSelf) {
			return true
		}
	}
	return false
}

// cuedPlaces appends to out the unknown capitalised names after place cues: "a village called Sanggol",
// "the town of Onjong". starts lists, in order, the capitalised words that may follow a cue
// (pwCue), among them those after "called", "named" or "of": the rest are no start.
func cuedPlaces(out []placeMatch, norm string, toks []token, starts []int32, taken, prot []bool, known []placeMatch) []placeMatch {
	for _, s := range starts {
		i := int(s)
		if i < 2 {
			continue
		}
		if c := toks[i-1].low; c != "called" && c != "named" && c != "of" {
			continue // the only cues below
		}
		if taken[i] || prot[i] || toks[i].nonName() {
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
		reason := "cue " + strconv.Quote(noun.text(norm)+" "+strings.TrimSpace(norm[noun.e:toks[i].s]))
		out = appendCuedPlace(out, norm, toks, i, to, kind, reason, known, false, taken)
	}
	return out
}

// placeRightAfter returns the place that says where known[k] is, or nil: the next known place,
// after ", " or " in " ("Sosong-ri, Musan County", "Sinchon in Seoul"). With container
// only a province, a country or a city that is its own province counts, and only when it
// ends no list ("Hyesan, Pyongyang and Chongjin" names three places).
func placeRightAfter(norm string, toks []token, known []placeMatch, k int, container bool) *placeMatch {
	if k+1 >= len(known) {
		return nil
	}
	m, n := &known[k], &known[k+1]
	if n.rule == rulePublicName || m.to > n.from {
		return nil
	}
	switch {
	case n.from == m.to && strings.TrimRight(gapBefore(norm, toks, n.from), " ") == ",":
	case n.from == m.to+1 && toks[m.to].low == "in" && isSpaceGap(gapBefore(norm, toks, m.to)) && isSpaceGap(gapBefore(norm, toks, n.from)):
	default:
		return nil
	}
	if !container {
		return n
	}
	e := &n.entry
	if e.Kind != "province" && e.Kind != "country" && !(e.Kind == "city" && strings.EqualFold(e.Name, e.Province)) {
		return nil
	}
	if n.to < len(toks) && isSpaceGap(gapBefore(norm, toks, n.to)) && (toks[n.to].low == "and" || toks[n.to].low == "or") {
		return nil
	}
	if n.to < len(toks) && strings.TrimRight(gapBefore(norm, toks, n.to), " ") == "," && k+2 < len(known) && known[k+2].from == n.to {
		return nil // "Hyesan, Pyongyang, Chongjin"
	}
	return n
}

// smallPlace says whether e is a place below a province: a country, a province, a region
// and a city that is its own province (Seoul, Pyongyang) have no namesakes inside one.
func smallPlace(e PlaceEntry) bool {
	switch e.Kind {
	case "country", "province", "region":
		return false
	case "city":
		return !strings.EqualFold(e.Name, e.Province)
	}
	return true
}

// inList says whether known[k] follows another place after a comma: "Hyesan, Musan,
// Ryanggang" is a list, and its last place contains none of the others.
func inList(norm string, toks []token, known []placeMatch, k int) bool {
	return k > 0 && known[k-1].to == known[k].from && strings.TrimRight(gapBefore(norm, toks, known[k].from), " ") == ","
}

// containsPlace says whether the place outer, a province, a country or a city that is its
// own province, contains the gazetteer place inner.
func containsPlace(outer, inner PlaceEntry) bool {
	if outer.Kind == "country" {
		return strings.EqualFold(outer.Country, inner.Country)
	}
	return strings.EqualFold(outer.Province, inner.Province) && strings.EqualFold(outer.Country, inner.Country)
}

// hasProvince says whether a place can lend its province to an unknown place near it.
func hasProvince(m *placeMatch) bool { return m.entry.Province != "" || m.entry.Kind == "country" }

// slavicPlaceEndings end Russian and Ukrainian village names ("Martynovka", "Plekhovo").
var slavicPlaceEndings = []string{"ovka", "evka", "ivka", "yovka", "ovo", "evo", "yovo", "oye", "skoye", "skaya", "sk", "grad", "polye"}

// slavicEnding says whether w ends as one of slavicPlaceEndings does, tested by its last
// byte first ("yovka" ends as "ovka" does, "yovo" as "ovo", "skoye" as "oye").
func slavicEnding(w string) bool {
	switch w[len(w)-1] {
	case 'a':
		return strings.HasSuffix(w, "ovka") || strings.HasSuffix(w, "evka") || strings.HasSuffix(w, "ivka") || strings.HasSuffix(w, "skaya")
	case 'o':
		return strings.HasSuffix(w, "ovo") || strings.HasSuffix(w, "evo")
	case 'e':
		return strings.HasSuffix(w, "oye") || strings.HasSuffix(w, "polye")
	case 'k':
		return strings.HasSuffix(w, "sk")
	case 'd':
		return strings.HasSuffix(w, "grad")
	}
	return false
}

// placePrepositions come before a place: "near Olkhovka", "from Ivanovo".
var placePrepositions = set("in", "near", "at", "from", "to", "outside", "towards", "toward", "around", "into", "through", "via", "of")

// slavicPlaces appends to out the unknown Russian and Ukrainian villages by their ending after a place
// preposition: prisoners and soldiers name the village where they were captured. starts
// lists, in order, the capitalised words that may follow a cue (pwCue), among them those
// after a place preposition.
func slavicPlaces(out []placeMatch, norm string, toks []token, starts []int32, taken, prot []bool, known []placeMatch) []placeMatch {
	for _, s := range starts {
		i := int(s)
		if i < 1 {
			continue
		}
		t := &toks[i]
		if len(t.low) < 5 || taken[i] || prot[i] || !slavicEnding(t.low) || t.nonName() {
			continue // the ending first: it turns most words away, without a map lookup
		}
		if !placePrepositions[toks[i-1].low] || !isSpaceGap(gapBefore(norm, toks, i)) {
			continue
		}
		to := i + 1
		if to < len(toks) && toks[to].upper && toks[to].kind == tokWord && isSpaceGap(gapBefore(norm, toks, to)) && !taken[to] && !nonNames[toks[to].low] {
			to++ // "Cherkasskaya Konopelka"
		}
		e := PlaceEntry{Name: norm[t.s:toks[to-1].e], Kind: "ri"}
		reason := "Slavic place-name ending after " + strconv.Quote(toks[i-1].text(norm))
		if near, ok := nearestKnown(norm, toks, i, to, known, true); ok {
			e.Province, e.Country = near.entry.Province, near.entry.Country
			reason += ", near a known place in " + provinceOrCountry(near.entry)
		}
		out = append(out, placeMatch{from: i, to: to, entry: e, rule: "slavic-place", reason: reason, score: 0.65})
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
// country. known is in text order; with provincedOnly only places that can lend a province
// count. It filters in place rather
// than on a copy: the caller may have just given a place its province, and copying the list
// for every unknown place made long testimonies quadratic in memory.
// appendCuedPlace adds tokens [i, to) as a place of kind that a cue names, in the province
// of the nearest known place (provincedOnly as nearestKnown), and marks them taken.
func appendCuedPlace(out []placeMatch, norm string, toks []token, i, to int, kind, reason string, known []placeMatch, provincedOnly bool, taken []bool) []placeMatch {
	e := PlaceEntry{Name: norm[toks[i].s:toks[to-1].e], Kind: kind}
	if near, ok := nearestKnown(norm, toks, i, to, known, provincedOnly); ok {
		e.Province, e.Country = near.entry.Province, near.entry.Country
		reason += ", near a known place in " + provinceOrCountry(near.entry)
	}
	for k := i; k < to; k++ {
		taken[k] = true
	}
	return append(out, placeMatch{from: i, to: to, entry: e, rule: "place-cue", reason: reason, score: 0.7})
}

func nearestKnown(norm string, toks []token, from, to int, known []placeMatch, provincedOnly bool) (placeMatch, bool) {
	var before, after *placeMatch
	for k := range known {
		m := &known[k]
		if provincedOnly && !hasProvince(m) || m.rule == rulePublicName {
			continue // a public name locates nothing
		}
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

// numberedDong reads a neighbourhood split by number at token i, its name, a number and 동
// glued ("정백1동에", "역삼2동"), or a Seoul street in 로 and 가 ("종로3가"): the tokens
// split the word at its digits, so that no suffix rule sees the name and its 동 together.
// It returns the token after it and the byte where it ends (before its particle).
func numberedDong(norm string, toks []token, i int) (end, byteEnd int, ok bool) {
	if i+2 >= len(toks) || toks[i].kind != tokHangul || toks[i+1].kind != tokNumber || toks[i+2].kind != tokHangul ||
		toks[i+1].s != toks[i].e || toks[i+2].s != toks[i+1].e || toks[i+1].e-toks[i+1].s > 2 {
		return 0, 0, false
	}
	name := toks[i].text(norm)
	if n := runeCount(name); n < 2 || n > 4 || !sinoKoreanShaped(name) {
		return 0, 0, false // "제1동" is an ordinal; a loanword names no 동
	}
	unit := stripPlaceEndings(toks[i+2].text(norm))
	if unit != "동" && !(unit == "가" && strings.HasSuffix(name, "로")) {
		return 0, 0, false
	}
	return i + 3, toks[i+2].s + len(unit), true
}
