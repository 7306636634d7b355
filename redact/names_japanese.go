package redact

import "strings"

// Japanese names in romanization. The surnames and given names are in the gazetteer's
// tables (Surnames, FirstNames, AmbiguousNames: policies/data/japanese_*.tsv), so the
// passes that find other names find them too: "Tanaka Yoshiko" is a surname before a first
// name (surnameBefore), "Yamada said" a surname alone. What is Japanese alone is the
// honorific after a name, found here.

// jpHonorifics are the Japanese honorifics written after a name, joined by a hyphen
// ("Yamada-san", "Kenji-kun") or a space ("Tanaka san").
var jpHonorifics = set("san", "sama", "chan", "kun", "sensei", "senpai", "sempai", "dono", "sensee")

// jpHonorificsOwn are the honorifics that are nothing else after a hyphen: "-san" and "-kun"
// are also the Korean mountain and county ("Paektu-san", "Musan-kun"), the others are not.
var jpHonorificsOwn = set("sama", "chan", "sensei", "senpai", "sempai", "dono", "sensee")

// japaneseHonorifics finds a name before a Japanese honorific: a listed surname or given
// name of any language (Japanese speakers address Koreans so too: "Kim-san"), or, before an
// honorific that is only one, a capitalised word of Japanese sound shape that is not an
// English word ("Hanako-chan", "Morishita-sensei"). With a space the honorific must be in
// lower case ("San Francisco") and the name listed. Surnames and given names that are
// also words ("Mori", "Ken") count: the honorific is the context they need.
func (s *nameScan) japaneseHonorifics() {
	for _, i := range s.capsBy.jp {
		h := i + 1
		if h >= len(s.toks) || !s.toks[i].upper || s.toks[i].kind != tokWord || !s.free(i, h) || !s.toks[h].has(clsJpHonorific, jpHonorifics) {
			continue
		}
		t := &s.toks[i]
		gap, hon := s.gap(h), s.toks[h].low
		canon, sur := s.surnameAt(i)
		listed := sur || t.has(clsFirstName, s.g.FirstNames) || t.has(clsAmbName, s.g.AmbiguousNames)
		switch {
		case gap == "-" && (listed || jpHonorificsOwn[hon] && romajiShaped(t.low) && !s.englishTok(i) && !t.nonName()):
		case isSpaceGap(gap) && !s.toks[h].upper && listed && !t.nonName():
		default:
			continue
		}
		entity := s.texts.join(t.low, "|", "")
		if sur {
			entity = s.surnameEntity(canon)
		} else if t.has(clsFirstName, s.g.FirstNames) {
			entity = s.firstEntity(t.low)
		}
		s.add(i, h, "japanese-honorific", s.why.start("name ").quoted(t.text(s.t.Norm)).then(" before the Japanese honorific ").quoted(s.toks[h].text(s.t.Norm)).String(), 0.85, entity, "")
	}
}

// romajiShaped says whether a lower-case word is made of the syllables of romanized
// Japanese: consonants that begin a syllable (with y, or sh, ch, ts), a vowel, a syllabic n,
// and a doubled consonant before its syllable. "Hanako", "Shinzo", "Kenta" are; "Paektu",
// "Onsong", "Smith" are not.
func romajiShaped(w string) bool {
	if len(w) < 2 {
		return false
	}
	vowel := func(c byte) bool { return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o' }
	for k := 0; k < len(w); {
		c := w[k]
		switch {
		case vowel(c):
			k++
			continue
		case c == 'n' && (k+1 == len(w) || !vowel(w[k+1]) && w[k+1] != 'y'):
			k++ // the syllabic n
			continue
		case k+1 < len(w) && c == w[k+1] && c != 'n' && c != 'y' && c != 'w':
			k++ // a doubled consonant: the first of the two stands alone
			continue
		}
		switch {
		case k+2 < len(w) && (w[k:k+2] == "sh" || w[k:k+2] == "ch" || w[k:k+2] == "ts"):
			k += 2
		case strings.IndexByte("kgsztdnhbpmrjfwy", c) >= 0:
			k++
			if k < len(w) && w[k] == 'y' && c != 'y' && c != 'w' {
				k++
			}
		default:
			return false
		}
		if k >= len(w) || !vowel(w[k]) {
			return false
		}
		k++
	}
	return true
}
