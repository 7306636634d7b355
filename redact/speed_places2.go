package redact

import "slices"

// The places passes that look for unknown places (structural, cued, Slavic, village, pinyin)
// each fire only next to a few words: a unit word after the name ("-dong", "county"), a cue
// or a preposition before it ("called", "near", "village"). placeRoleTable says in one probe
// which of these roles a word has, so that detect sorts the capitalised words into each
// pass's few candidates in one walk, where each pass walked them all and tested their
// neighbours itself.

// The roles a word can have for the places passes.
const (
	pwNamedCue    uint8 = 1 << iota // "called", "named": cuedPlaces
	pwOf                            // "of": cuedPlaces
	pwPreposition                   // placePrepositions: slavicPlaces, chinesePlaces
	pwVillageNoun                   // "village", "selo": villageCuedPlaces
	pwCapturePrep                   // "near", "in", "at", "outside" after a capture verb: villageCuedPlaces
	pwSpacedUnit                    // a unit after a space ("Wiyeon dong", "Songpyeong county"): structuralPlaces
	pwAdminSuffix                   // a unit after a hyphen ("Sinpa-ri"): adminSuffix, structuralPlaces
)

// pwCue are the roles of a word before a place, pwAfter those of a word after one.
const (
	pwCue   = pwNamedCue | pwOf | pwPreposition | pwVillageNoun | pwCapturePrep
	pwAfter = pwSpacedUnit | pwAdminSuffix
)

// adminSuffixKinds are the Korean administrative units written after a hyphen, by the kind
// each names.
var adminSuffixKinds = map[string]string{
	"dong": "dong", "ri": "ri",
	"gu": "district", "ku": "district", "guyok": "district", "kuyok": "district", "eup": "district", "up": "district",
	"myeon": "district", "myon": "district", "rodongjagu": "district", "nodongjagu": "district",
	"gun": "county", "kun": "county", "si": "city", "do": "province",
}

// spacedUnitWords follow a Korean place name after a space; their kind is unitWords'.
var spacedUnitWords = []string{"dong", "ri", "county", "district", "village", "township", "gun", "kun"}

// villageNouns name a settlement right before its name.
var villageNouns = []string{"village", "selo", "khutor", "hamlet", "settlement", "posyolok", "stanitsa"}

// placeRoleKey packs a word's length and its first, middle and last bytes: the words with a
// role have distinct keys (init checks), and it reads no loop.
func placeRoleKey(w string) uint32 {
	n := len(w)
	return uint32(n) | uint32(w[0])<<8 | uint32(w[n>>1])<<16 | uint32(w[n-1])<<24
}

// placeRoleTable holds the words with a role, each alone in the slot its key hashes to with
// placeRoleMul (init picks the multiplier that puts no two in one slot): a probe is one
// read, and no branch. A slot holds key<<32 | adminKinds index<<8 | roles; its word, to
// tell a word from another with its key, is in placeRoleWords.
var (
	placeRoleTable [256]uint64
	placeRoleWords [256]string
	placeRoleMul   uint32
)

func placeRoleSlot(key uint32) uint32 { return (key * placeRoleMul) >> 24 }

// adminKinds are the values of adminSuffixKinds, indexed as in placeRoleTable; 0 is "".
var adminKinds = []string{""}

func init() {
	roles := map[string]uint64{}
	add := func(w string, r uint8) { roles[w] |= uint64(r) }
	add("called", pwNamedCue)
	add("named", pwNamedCue)
	add("of", pwOf)
	for w := range placePrepositions {
		add(w, pwPreposition)
	}
	for _, w := range villageNouns {
		add(w, pwVillageNoun)
	}
	for _, w := range []string{"near", "in", "at", "outside"} {
		add(w, pwCapturePrep)
	}
	for _, w := range spacedUnitWords {
		add(w, pwSpacedUnit)
	}
	kinds := map[string]uint64{}
	for w, k := range adminSuffixKinds {
		if kinds[k] == 0 {
			kinds[k] = uint64(len(adminKinds))
			adminKinds = append(adminKinds, k)
		}
		roles[w] |= uint64(pwAdminSuffix) | kinds[k]<<8
	}
	keys := map[uint32]string{}
	for w := range roles {
		if o, ok := keys[placeRoleKey(w)]; ok {
			panic("placeRoleKey: " + w + " and " + o + " share a key")
		}
		keys[placeRoleKey(w)] = w
	}
	for placeRoleMul = fibMul; ; placeRoleMul += 2 {
		placeRoleTable, placeRoleWords = [256]uint64{}, [256]string{}
		free := true
		for w, r := range roles {
			k := placeRoleKey(w)
			s := placeRoleSlot(k)
			free = free && placeRoleWords[s] == ""
			placeRoleTable[s], placeRoleWords[s] = uint64(k)<<32|r, w
		}
		if free {
			return
		}
	}
}

// placeRolesMaybe returns the roles of w's slot when a word with a role has w's key: those of
// w, or of a word that only shares its length and three bytes. Without a branch, it sorts
// the words for the passes, which test the words themselves. w is a token's, never empty.
func placeRolesMaybe(w string) uint8 {
	k := placeRoleKey(w)
	e := placeRoleTable[placeRoleSlot(k)]
	return uint8(e) & uint8(-b2i(uint32(e>>32) == k))
}

// placeRoleOf returns w's slot of placeRoleTable when w has a role, else 0.
func placeRoleOf(w string) uint64 {
	if w == "" {
		return 0
	}
	k := placeRoleKey(w)
	s := placeRoleSlot(k)
	if e := placeRoleTable[s]; uint32(e>>32) == k && placeRoleWords[s] == w {
		return e
	}
	return 0
}

// placeRoles returns the roles of w.
func placeRoles(w string) uint8 { return uint8(placeRoleOf(w)) }

// adminSuffixOf returns the kind of the hyphenated suffix w names, or "".
func adminSuffixOf(w string) string { return adminKinds[uint8(placeRoleOf(w)>>8)] }

// placeStarts are the candidate words of the places passes that walk the capitalised words.
// Two lists, not one for each pass: the passes turn away the few words of the other passes
// for fewer instructions than a list for each costs.
type placeStarts struct {
	beforeUnit []int32 // a unit word may follow: structuralPlaces
	afterCue   []int32 // a cue may come before (pwCue): the cued, Slavic, village and pinyin passes
}

// sortPlaceStarts sorts the capitalised word tokens caps into the passes' candidates by the
// roles of the words around them, in order, without a branch on the words: a word a pass
// would turn away for its neighbours is no candidate of it, and the passes test the rest as
// before. buf is reused.
func sortPlaceStarts(buf []int32, toks []token, caps []int32) (placeStarts, []int32) {
	n := len(caps)
	buf = slices.Grow(buf[:0], 2*n)[:2*n]
	bu, ac := buf[:n], buf[n:]
	var nu, nc int
	for _, i := range caps {
		var before, after uint8
		if i > 0 {
			before = placeRolesMaybe(toks[i-1].low)
		}
		if int(i)+1 < len(toks) {
			after = placeRolesMaybe(toks[i+1].low)
		}
		bu[nu], ac[nc] = i, i
		nu += b2i(after&pwAfter != 0)
		nc += b2i(before&pwCue != 0)
	}
	return placeStarts{beforeUnit: bu[:nu], afterCue: ac[:nc]}, buf
}
