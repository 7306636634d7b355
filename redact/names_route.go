package redact

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Names of the people met on the escape routes through Vietnam, Laos, Thailand and
// Mongolia: brokers, drivers, church helpers, police. Lao and Thai given names are first
// names (firstNames); Vietnamese and Mongolian names have shapes of their own, read here.
//
//   - Vietnamese: a family name, then middle and given names ("Nguyen Thi Lan", "Trần Văn
//     Minh"), or a word of address before a given name ("Chị Lan", "Anh Tuan").
//   - Mongolian: a given name used alone, composed of two elements or more ("Ganbaatar",
//     "Bat-Erdene", "Oyuntsetseg").
//
// Both start from a capitalised word whose class (clsVietSurname, clsVietKin,
// clsMongolPart) or first two letters (nameIndex.mongolFirst) the tokenizer already knows.

// vietKinTerms are the Vietnamese words of address said before a given name: older sister,
// aunt, grandmother, grandfather, uncles, younger sibling, older brother. The ASCII spellings
// of most are English or Korean words too ("Co", "Ba", "Ong", "Chu"): only "anh" and "em"
// count without their diacritics.
var vietKinTerms = set("chị", "cô", "bà", "ông", "chú", "cậu", "dì", "bác", "thím", "mợ", "em", "anh")

// routeNames finds Vietnamese and Mongolian names.
func (s *nameScan) routeNames() {
	for _, i := range s.caps {
		t := &s.toks[i]
		switch {
		case t.has(clsVietSurname, s.g.VietSurnames) || t.has(clsVietKin, vietKinTerms):
			s.vietnameseName(i)
		case len(t.low) >= 5 && s.ix.mongolStart(t.low) || t.has(clsMongolPart, s.g.MongolianParts):
			s.mongolianName(i)
		}
	}
	s.vietGivenMentions()
}

// vietName says whether token j is a listed Vietnamese middle or given name, capitalised,
// one space after the word before it and free.
func (s *nameScan) vietName(j int) bool {
	return j < len(s.toks) && s.word(j) && s.toks[j].upper && isSpaceGap(s.gap(j)) && s.free(j, j+1) &&
		(s.toks[j].has(clsVietName, s.g.VietGiven) || s.g.VietMiddle[s.toks[j].low])
}

// weakWord says whether token i is also an English word or a short syllable of other names
// ("Le", "Do", "Ho", "Long"): written without diacritics it needs more of the name around it.
func (s *nameScan) weakWord(i int) bool {
	t := &s.toks[i]
	return isASCII(t.low) && (len(t.low) <= 2 || s.ambiguousTok(i) || s.englishTok(i))
}

// vietnameseName reads a Vietnamese name at token i, a family name or a word of address.
// A family name takes the middle and given names after it (three at most). One listed name
// after a family name is enough when the family name is no English word ("Nguyen Lan",
// "Lê Hoa"); "Le", "Do", "Ho", "Ha" and "Ngo" (also NGO) need two ("Le Thi Hoa"): "Do Long
// ..." is English.
// After a family name and a middle name, the given name need not be listed ("Nguyen Van
// Xoai"): the middle name says a given name follows. "Van" there is a middle name, not the
// Turkish city, and the name is one person.
func (s *nameScan) vietnameseName(i int) {
	if !s.free(i, i+1) || !s.toks[i].upper {
		return
	}
	t := &s.toks[i]
	if !t.has(clsVietSurname, s.g.VietSurnames) {
		s.vietAddressed(i)
		return
	}
	if s.place[i] || allUpper(t.text(s.t.Norm)) {
		return // "NGO", "DO": an acronym
	}
	j := i + 1
	for j < len(s.toks) && j <= i+3 && s.vietName(j) {
		j++
	}
	middle := j > i+1 && s.g.VietMiddle[s.toks[i+1].low]
	if j == i+2 && middle && s.word(j) && s.toks[j].upper && isSpaceGap(s.gap(j)) && s.free(j, j+1) && !s.place[j] {
		j++ // an unlisted given name after the middle name, English word or not ("Ngo Van Ba")
	}
	// "a Mai Linh taxi", "the Phuong Trang bus": a name before a vehicle or a firm is the
	// firm's, which is public (Vietnamese transport companies are named so). Its words are
	// marked taken, so that no other pass reads them as a person.
	if j < len(s.toks) && isSpaceGap(s.gap(j)) && firmNouns[s.toks[j].low] {
		for k := i; k < j; k++ {
			s.taken[k] = true
		}
		return
	}
	n := j - i - 1
	switch {
	case n >= 2:
	case n == 1 && !s.weakWord(i) && !t.nonName() && !s.weakWord(i+1):
	default:
		return
	}
	if n == 1 && s.place[i+1] {
		return // "Ha Long", "Lai Chau": a place the gazetteer knows
	}
	given := vietFold(s.toks[j-1].low)
	surname := vietFold(t.low)
	entity := s.texts.join(given, "|", surname)
	s.persons = append(s.persons, person{entity: entity, given: s.strs(given, ""), last: s.toks[j-1].low, givenKey: given})
	why := s.why.start("Vietnamese family name ").quoted(t.text(s.t.Norm)).then(" + middle or given names")
	// With two names after the family name the name is as certain as a gazetteer place, and
	// longer: it wins the overlap with the city of Van ("Tran Van Minh").
	score := 0.8
	if n >= 2 {
		score = 0.9
	}
	s.add(i, j, "vietnamese-name", why.String(), score, entity, "")
	// The person is called by the last words of the name later: "Ngoc Anh" or "Anh" of "Bui
	// Thi Ngoc Anh" (vietGivenMentions).
	s.vietNames = append(s.vietNames, vietNamed{entity: entity, from: i + 1, to: j})
}

// firmNouns, right after a Vietnamese name, make it a firm's ("a Mai Linh taxi").
var firmNouns = set("taxi", "taxis", "cab", "cabs", "company", "companies", "bus", "buses", "coach",
	"coaches", "group", "corporation", "corp", "express", "airline", "airlines", "bank", "hotel", "brand")

// vietNamed is a Vietnamese name found in full: its entity and the tokens of its middle and
// given names.
type vietNamed struct {
	entity   string
	from, to int
}

// vietGivenMentions finds the given names of the Vietnamese names found in full used alone,
// before or after the full name: "Ngoc Anh" or "Anh" of "Bui Thi Ngoc Anh", "Lan" of "Nguyen
// Thi Lan". A mention ends with the name's last word and may take the middle and given
// words before it, not the family name. It is the same person, unless two people found share that given name (then the other
// passes decide). A one-word mention that is also an English word or a short syllable
// ("Long", "Do") is left to the passes that look at its context.
func (s *nameScan) vietGivenMentions() {
	if len(s.vietNames) == 0 {
		return
	}
	for _, i := range s.caps {
		if !s.free(i, i+1) || !s.toks[i].upper || s.place[i] {
			continue
		}
		w := vietFold(s.toks[i].low)
		entity, to := "", 0
		for _, v := range s.vietNames {
			for m := v.from; m < v.to; m++ {
				if vietFold(s.toks[m].low) != w {
					continue
				}
				// The rest of the given name must follow: the mention ends with its last word.
				k, ok := i+1, true
				for q := m + 1; q < v.to; q, k = q+1, k+1 {
					if k >= len(s.toks) || !isSpaceGap(s.gap(k)) || !s.free(k, k+1) || vietFold(s.toks[k].low) != vietFold(s.toks[q].low) {
						ok = false
						break
					}
				}
				if !ok {
					continue
				}
				if entity != "" && entity != v.entity {
					entity = "-" // two people
				} else {
					entity, to = v.entity, k
				}
				break
			}
		}
		if entity == "" || entity == "-" || to == i+1 && s.weakWord(i) {
			continue
		}
		why := s.why.start("Vietnamese given name of ").quoted(entity)
		s.add(i, to, "vietnamese-given", why.String(), 0.8, entity, "")
	}
}

// vietAddressed reads a given name after a Vietnamese word of address ("Chị Lan", "Cô
// Mai", "Anh Tuan"). The word of address stays readable but for "Anh", which is a given
// name too ("Anh Tuấn", "Tuấn Anh"): it is removed with the name. Without diacritics, "Anh"
// and "Em" take only a given name that is no English word.
func (s *nameScan) vietAddressed(i int) {
	t := &s.toks[i]
	if !s.vietName(i + 1) {
		return
	}
	if isASCII(t.low) && s.weakWord(i+1) {
		return
	}
	if s.place[i+1] {
		return
	}
	j := i + 2
	if s.vietName(j) {
		j++ // a given name of two words ("Chị Thu Trang")
	}
	from := i + 1
	if t.low == "anh" {
		from = i
	}
	given := vietFold(s.toks[j-1].low)
	entity := s.texts.join("|", given, "")
	why := s.why.start("Vietnamese given name after ").quoted(t.text(s.t.Norm))
	s.add(from, j, "vietnamese-address", why.String(), 0.75, entity, "")
}

// vietFold takes the diacritics off a Vietnamese word, so that "Nguyễn Thị Lan" and
// "Nguyen Thi Lan" key as one person.
func vietFold(w string) string {
	if isASCII(w) {
		return w
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ' || r == 'Đ':
			b.WriteByte('d')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mongolStart says whether w begins as a Mongolian name element does (its first two
// letters), the cheap test before mongolianParts splits it.
func (ix *nameIndex) mongolStart(w string) bool {
	nodes := ix.mongolParts.nodes
	if len(w) < 2 || len(nodes) == 0 || w[0] < 'a' || w[0] > 'z' || w[1] < 'a' || w[1] > 'z' {
		return false
	}
	v := nodes[0].next[w[0]-'a'] &^ sylEnd
	return v != 0 && nodes[v].next[w[1]-'a'] != 0
}

// mongolianParts says whether w is made of n or more Mongolian name elements, end to end
// ("ganbaatar": gan + baatar): one walk of the elements' trie, which at the end of each
// element the word begins with splits the rest the same way.
func (s *nameScan) mongolianParts(w string, n int) bool {
	if w == "" {
		return n <= 0
	}
	nodes := s.ix.mongolParts.nodes
	if len(nodes) == 0 {
		return false
	}
	at := int32(0)
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c < 'a' || c > 'z' {
			return false
		}
		v := nodes[at].next[c-'a']
		if v == 0 {
			return false
		}
		if v&sylEnd != 0 && s.mongolianParts(w[k+1:], n-1) {
			return true
		}
		at = v &^ sylEnd
	}
	return false
}

// mongolianName reads a Mongolian given name at token i: a word of two elements or more
// ("Ganbaatar", "Oyuntsetseg"), two words of elements joined by a hyphen ("Bat-Erdene"),
// or one element of five letters or more used as a name ("Tsetseg", "Khulan"). Mongolians
// are called by the given name alone, so none needs a cue; a word that is an English word,
// a non-name or a gazetteer place ("Ulaanbaatar") is none.
func (s *nameScan) mongolianName(i int) {
	t := &s.toks[i]
	if !s.free(i, i+1) || !t.upper || s.place[i] || t.nonName() || s.ambiguousTok(i) || s.englishTok(i) {
		return
	}
	to := i + 1
	if i+1 < len(s.toks) && s.gap(i+1) == "-" && s.free(i+1, i+2) && s.toks[i+1].upper && !s.place[i+1] &&
		s.mongolianParts(t.low, 1) && s.mongolianParts(s.toks[i+1].low, 1) {
		to = i + 2 // "Bat-Erdene"
	} else if !s.mongolianParts(t.low, 2) && !(len(t.low) >= 5 && s.g.MongolianParts[t.low]) {
		return
	}
	if i > 0 && s.gap(i) == "-" {
		return // the second half of a hyphenated word read otherwise
	}
	key := t.low
	if to > i+1 {
		key += s.toks[i+1].low
	}
	entity := s.texts.join("|", key, "")
	why := s.why.start("Mongolian given name ").quoted(s.t.Norm[t.s:s.toks[to-1].e])
	s.add(i, to, "mongolian-name", why.String(), 0.75, entity, "")
}
