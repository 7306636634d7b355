package redact

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// hangulForms gives add the forms of a Hangul name and reports whether it is one (all its
// words Hangul syllables): the name written together, its surname and given name apart,
// and the given name alone when it has two syllables or more. why: personFormsOf asks it
// of every known person of every run, so the forms go straight to add, and the spaced form
// is the name itself where it is written so ("김 지민"), else a string of a pooled arena.
func hangulForms(name string, g *Gazetteer, add func(string)) bool {
	spaced, empty := false, true
	for _, r := range name {
		switch {
		case unicode.IsSpace(r):
			spaced = true
		case !isHangulSyllable(r):
			return false
		default:
			empty = false
		}
	}
	if empty {
		return false
	}
	joined := name
	if spaced {
		joined = strings.Join(strings.Fields(name), "")
	}
	add(joined)
	sur, given := splitHangulName(joined, g)
	if sur == "" || given == "" {
		return true
	}
	if len(name) == len(sur)+1+len(given) && name[len(sur)] == ' ' && strings.HasPrefix(name, sur) && strings.HasSuffix(name, given) {
		add(name)
	} else {
		a := formArenas.Get().(*stringArena)
		add(a.join(sur, " ", given))
		formArenas.Put(a)
	}
	if runeCount(given) >= 2 {
		add(given)
	}
	// The North writes the initial ㄹ that the South drops or reads as ㄴ (림정숙, 임정숙;
	// 리, 이; 로, 노): the same person is spelled both ways in one testimony, so the other
	// spelling of the surname is a form too, where the gazetteer files both under one surname.
	if alt, ok := initialSoundSurnames[sur]; ok && g.Surnames[alt] != "" && g.Surnames[alt] == g.Surnames[sur] {
		a := formArenas.Get().(*stringArena)
		add(a.join(alt, "", given))
		add(a.join(alt, " ", given))
		formArenas.Put(a)
	}
	return true
}

// initialSoundSurnames pairs the North and South Korean spellings of surnames that begin
// with ㄹ in the North.
var initialSoundSurnames = map[string]string{
	"리": "이", "이": "리", "림": "임", "임": "림", "류": "유", "유": "류", "로": "노", "노": "로",
	"량": "양", "양": "량", "려": "여", "여": "려", "라": "나", "나": "라", "룡": "용", "용": "룡",
	"렴": "염", "염": "렴", "륙": "육", "육": "륙", "련": "연", "연": "련",
}

// romanizedEntity is the entity the names detector gives a romanized Korean name ("Kim
// Yong-ho", "Ri Jong-ok", "Yong-ho Kim"): the surname's canonical form, "|", and the given
// syllables folded (foldSyllable). A Hangul name spelled the same, syllable by syllable,
// has the same one (hangulEntity): "김용호" is Kim Yong-ho. The surname may be first or
// last, and a word may be either ("Jong-ok Ri": 정 or 리), so both readings are given;
// "" for a reading that is no such name.
func romanizedEntity(name string, g *Gazetteer) (first, last string) {
	if g == nil || !isASCII(name) {
		return "", ""
	}
	ix := indexFor(g)
	var wordBuf [8]string
	words := wordBuf[:0]
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' }) {
		if len(words) == cap(wordBuf) {
			return "", ""
		}
		words = append(words, w)
	}
	if len(words) < 2 {
		return "", ""
	}
	given := func(ws []string) string {
		var b strings.Builder
		n := 0
		for _, w := range ws {
			syls := []string{w}
			if !ix.givenSyl[w] {
				if syls = segmentSyllables(w, ix); syls == nil {
					return ""
				}
			}
			for _, y := range syls {
				f, ok := ix.sylTrie.fold(y)
				if !ok {
					if f, ok = ix.fold[y]; !ok {
						f = foldSyllable(y)
					}
				}
				b.WriteString(f)
				n++
			}
		}
		if n == 0 || n > 3 {
			return ""
		}
		return b.String()
	}
	if c, ok := g.Surnames[words[0]]; ok {
		if y := given(words[1:]); y != "" {
			first = c + "|" + y
		}
	}
	if c, ok := g.Surnames[words[len(words)-1]]; ok {
		if y := given(words[:len(words)-1]); y != "" {
			last = c + "|" + y
		}
	}
	return first, last
}

// linkHangulToKnown joins a Hangul name to the known person whose romanized name it spells
// syllable by syllable ("김용호", "용호" for the front matter's "Kim Yong-ho"): the known
// person's variants are romanized, and a testimony that writes the name only in Hangul
// gave it a label of its own. The names detectors give both spellings one entity
// (hangulEntity, romanizedEntity); a given name alone joins only the one known person
// with it. Two known people with one spelling are joined to neither.
func (r *runState) linkHangulToKnown(u *unionFind, ds []*decision) {
	hangul := false
	for _, d := range ds {
		if d.Category == Person && d.Detector == "hangul-names" && d.Entity != "" {
			hangul = true
			break
		}
	}
	if !hangul || r.e.gaz == nil {
		return
	}
	var entBuf [8][2]string
	ents := entBuf[:0] // the known people's romanized entities, surname first and last
	for _, k := range r.known {
		var e [2]string
		if k.Category == Person {
			e[0], e[1] = romanizedEntity(k.Text, r.e.gaz)
		}
		ents = append(ents, e)
	}
	owner := func(match func(e string) bool) int {
		o := -1
		for i, e := range ents {
			if e[0] != "" && match(e[0]) || e[1] != "" && match(e[1]) {
				if o >= 0 {
					return -1
				}
				o = i
			}
		}
		return o
	}
	for _, d := range ds {
		if d.Category != Person || d.Detector != "hangul-names" || d.Entity == "" {
			continue
		}
		o := owner(func(e string) bool { return e == d.Entity })
		if o < 0 && d.Entity[0] == '|' {
			o = owner(func(e string) bool { return strings.HasSuffix(e, d.Entity) })
		}
		if o < 0 {
			continue
		}
		kn := u.node(knownNode(r.known[o].node))
		if root := u.root(u.surface(d)); u.known(root) && root != u.root(kn) {
			continue // another known person's already
		}
		u.union(kn, u.surface(d))
	}
}

// linkRomanizedGivenToHangul joins a romanized given name alone ("Myong-suk") to the one
// person named in full in Hangul with it ("최명숙"), when no known person holds either: the
// two detectors read the two scripts, and the parts pass compares keys, which differ in
// script. The entities are comparable: both fold each syllable (hangulEntity, and the
// names detector's "|myongsuk"). Two Hangul full names with the given name join neither.
func linkRomanizedGivenToHangul(u *unionFind, ds []*decision) {
	var fulls []*decision // the Hangul full names: none in most testimonies
	for _, h := range ds {
		if h.Category == Person && h.Detector == "hangul-names" && len(h.Entity) > 1 && h.Entity[0] != '|' {
			fulls = append(fulls, h)
		}
	}
	if len(fulls) == 0 {
		return
	}
	for _, d := range ds {
		if d.Category != Person || d.Detector != "names" || len(d.Entity) < 2 || d.Entity[0] != '|' {
			continue
		}
		var full *decision
		for _, h := range fulls {
			if len(h.Entity) <= len(d.Entity) || !strings.HasSuffix(h.Entity, d.Entity) || strings.IndexByte(h.Entity, '|') != len(h.Entity)-len(d.Entity) {
				continue
			}
			if full != nil && u.root(u.surface(full)) != u.root(u.surface(h)) {
				full = nil
				break
			}
			full = h
		}
		if full == nil {
			continue
		}
		root, own := u.root(u.surface(full)), u.root(u.surface(d))
		if root == own || u.known(root) || u.known(own) {
			continue // one already, or a known person's, whom linkHangulToKnown joined
		}
		u.union(root, u.surface(d))
	}
}

// romanizedHangulForms gives add the Hangul spellings of a romanized Korean name (surname
// canon, given syllables syls): every Hangul syllable whose folded romanization is a given
// syllable's (foldSyllable: "Yong" is 용 or 영, "Woon" 운 or 은), after every Hangul
// spelling of the surname, and the given name alone. why: a code-switched testimony writes
// the front matter's "Lee Woon-ha" as "이운하", and where the Hangul names detector reads
// no name there ("운하" is a canal) the name was left in the text, and the residual check,
// which looks for the known variants, did not look for it. A name whose syllables have too
// many Hangul spellings (more than maxHangulSpellings of the given name) gets none. The
// known identifiers get them only when the run's text or title may hold Hangul
// (knownKeySet.hangul): a few hundred keys per person otherwise spent for nothing.
func romanizedHangulForms(ix *nameIndex, canon string, syls []string, add func(string)) {
	surnames := ix.hangulSurnames[canon]
	if len(surnames) == 0 || len(syls) == 0 || len(syls) > 3 {
		return
	}
	byFold := hangulByFold()
	var candBuf [3][]rune
	cands := candBuf[:0]
	n := 1
	for _, y := range syls {
		f, ok := ix.fold[y]
		if !ok {
			f = foldSyllable(y)
		}
		c := byFold[f]
		if len(c) == 0 {
			return
		}
		cands = append(cands, c)
		if n *= len(c); n > maxHangulSpellings {
			return
		}
	}
	var idx [3]int
	var buf [16]byte
	for {
		given := buf[:0]
		for k, c := range cands {
			given = utf8.AppendRune(given, c[idx[k]])
		}
		for _, sn := range surnames {
			add(sn + string(given))
		}
		if len(cands) >= 2 {
			add(string(given))
		}
		k := len(cands) - 1
		for ; k >= 0; k-- {
			if idx[k]++; idx[k] < len(cands[k]) {
				break
			}
			idx[k] = 0
		}
		if k < 0 {
			return
		}
	}
}

// maxHangulSpellings bounds the Hangul spellings of one romanized given name.
const maxHangulSpellings = 64

// hangulByFold lists the Hangul syllables that given names are written with by their
// folded romanization (foldedSyllable), made once: not those with a tense initial (ㄲ ㄸ
// ㅃ ㅆ ㅉ), a rare vowel (ㅒ ㅙ ㅞ) or a final other than ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ, which the fold
// merges with the common ones ("즤믠" beside "지민") and no name has.
var hangulByFold = sync.OnceValue(func() map[string][]rune {
	m := map[string][]rune{}
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		i := int(r - 0xAC00)
		switch i / (21 * 28) {
		case 1, 4, 8, 10, 13:
			continue
		}
		switch (i / 28) % 21 {
		case 3, 10, 15:
			continue
		}
		switch i % 28 {
		case 0, 1, 4, 8, 16, 17, 21:
		default:
			continue
		}
		f := foldedSyllable(r)
		m[f] = append(m[f], r)
	}
	return m
})
