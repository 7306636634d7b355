package redact

import (
	"strings"
	"unicode/utf8"
)

// A Korean name written in Cyrillic ("Ким Чол Су", "Пак Ён Хо") is the same person as the
// name in Latin letters ("Kim Chol-su") or in Hangul (김철수) elsewhere in the testimony:
// its entity key is written as theirs is, the surname's canonical form and the given
// syllables folded (foldSyllable), from the Russian transcription of Korean (Kontsevich).
// Russian writes both final ㄴ and final ㅇ as н ("Ён" is 연 or 영, "Мён" 면 or 명), so
// the key cannot say which; linkCyrillicKorean joins such a name to the one person whose
// key differs from it only there.

// cyrKoreanRule is the rule of a Korean name in Cyrillic.
const cyrKoreanRule = "Korean name in Cyrillic"

// cyrKoreanSurnameHangul gives each of cyrKoreanSurnames its Hangul surname, whose
// canonical form (Gazetteer.Surnames) the key starts with. Where Russian writes two
// surnames alike (Чон is 정 and 전, Сон 송, 성 and 손) the commoner is given.
var cyrKoreanSurnameHangul = map[string]string{
	"ким": "김", "ли": "이", "ри": "리", "пак": "박", "цой": "최", "чхве": "최", "чой": "최", "хан": "한",
	"кан": "강", "чон": "정", "юн": "윤", "хон": "홍", "ко": "고", "рю": "류", "нам": "남", "шин": "신",
	"син": "신", "ан": "안", "ян": "양", "чо": "조", "пэк": "백", "хван": "황", "мин": "민", "чан": "장",
	"чхон": "천", "пэ": "배", "тен": "정", "тян": "장", "когай": "고", "огай": "오", "хегай": "허",
	"ем": "염", "лим": "임", "им": "임", "квон": "권", "сон": "송", "ю": "유", "со": "서",
}

// cyrKoreanLetters romanizes the Cyrillic letters of a Korean syllable so that
// foldSyllable folds it as it folds the Latin spellings: ы is ㅡ (eu), э is ㅐ (ae), й
// ends ㅢ and ㅚ (ui, oi), х is ㅎ (h), в is the w of ㅘ and ㅝ.
var cyrKoreanLetters = map[rune]string{
	'а': "a", 'б': "b", 'в': "w", 'г': "g", 'д': "d", 'е': "e", 'ё': "yo", 'ж': "j", 'з': "j",
	'и': "i", 'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'у': "u", 'х': "h", 'ц': "ch", 'ч': "ch", 'ш': "s", 'щ': "s", 'ъ': "",
	'ы': "u", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
}

// cyrKoreanEntity is the entity key of a Korean name in Cyrillic: sur its surname, lower
// case, given the given syllables as written ("Чол Су", "Мён-Хи"); "" when the surname's
// Hangul has no canonical form.
func cyrKoreanEntity(g *Gazetteer, sur, given string) string {
	h := cyrKoreanSurnameHangul[sur]
	canon := ""
	if g != nil && h != "" {
		canon = g.Surnames[h]
	}
	if canon == "" {
		return ""
	}
	var b strings.Builder
	b.WriteString(canon)
	b.WriteByte('|')
	for _, w := range strings.FieldsFunc(strings.ToLower(given), func(r rune) bool { return r == ' ' || r == '-' }) {
		b.WriteString(foldSyllable(cyrKoreanRomanize(w)))
	}
	return b.String()
}

// cyrKoreanRomanize writes a Korean syllable (or two) in Cyrillic, lower case, in Latin
// letters: the aspirates чх, кх, тх and пх are one consonant each, ль is l.
func cyrKoreanRomanize(w string) string {
	var b strings.Builder
	for i := 0; i < len(w); {
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
		if (r == 'ч' || r == 'к' || r == 'т' || r == 'п') && strings.HasPrefix(w[i:], "х") {
			i += len("х") // ㅊ, ㅋ, ㅌ, ㅍ: the aspiration is no ㅎ
		} else if r == 'ч' && strings.HasPrefix(w[i:], "ж") {
			r, i = 'ж', i+len("ж") // чж is ㅈ between vowels
		}
		if l, ok := cyrKoreanLetters[r]; ok {
			b.WriteString(l)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// looseKoreanKey is an entity key with every "ng" read as "n", as Russian writes both.
func looseKoreanKey(k string) string { return strings.ReplaceAll(k, "ng", "n") }

// linkCyrillicKorean joins a Korean name in Cyrillic to the one person named in Latin
// letters or Hangul whose key is its own but for a final ㅇ that Russian wrote as н ("Пак
// Ён Хо", park|yonho, and "Park Yong-ho", park|yongho). A name whose key is another's
// exactly is that person already (assignLabels joins equal keys); with two candidates it
// joins neither. A known person's is left to the known-person passes.
func linkCyrillicKorean(u *unionFind, ds []*decision) {
	var cyr []*decision // none in most testimonies
	for _, d := range ds {
		if d.Category == Person && d.Detector == "cyrillic" && d.Rule == cyrKoreanRule && d.Entity != "" && d.Entity[0] != '|' && strings.Contains(d.Entity, "n") {
			cyr = append(cyr, d)
		}
	}
	for _, c := range cyr {
		loose, own := looseKoreanKey(c.Entity), u.root(u.surface(c))
		var root int32 = -1
		for _, d := range ds {
			if d.Category != Person || d.Detector != "names" && d.Detector != "hangul-names" || d.Entity == c.Entity ||
				len(d.Entity) < 2 || d.Entity[0] == '|' || looseKoreanKey(d.Entity) != loose {
				continue
			}
			if r := u.root(u.surface(d)); root < 0 {
				root = r
			} else if r != root {
				root = -2 // two people: neither
				break
			}
		}
		if root < 0 || root == own || u.known(root) || u.known(own) {
			continue
		}
		u.union(root, u.surface(c))
	}
}

// linkCyrillicNames joins the case forms of one name in Cyrillic, which the detectors key
// as written ("Мельникову", "Ольгу Петровну"), to the person whose name in Cyrillic has the
// same parts in another case or order, a known person's too: the same first name (or none)
// and the same surname stem ("Мельникову" is "Мельников"; "Ким Ольга" is "Ольга Петровна
// Ким"), or, with no surname, the same first name and patronymic ("Ольгу Петровну"), when
// the names that have them have one surname: with two people it joins neither.
func linkCyrillicNames(u *unionFind, ds []*decision) {
	var match []*decision
	for _, c := range ds {
		if c.Category != Person || !strings.Contains(c.Entity, "|") || !hasCyrillic(c.Text) {
			continue
		}
		given, patr, sur := cyrNameParts(c.Text)
		if sur == "" && (given == "" || patr == "") {
			continue
		}
		match, one := match[:0], true
		other := ""
		for _, d := range ds {
			if d == c || d.Category != Person || d.Entity == c.Entity || !hasCyrillic(d.Text) {
				continue
			}
			g, p, s := cyrNameParts(d.Text)
			if g != given || sur != "" && s != sur || sur == "" && p != patr {
				continue
			}
			if len(match) > 0 && s != other {
				one = false // two surnames with the first name and patronymic
				break
			}
			match, other = append(match, d), s
		}
		for _, d := range match {
			if !one {
				break
			}
			if r, own := u.root(u.surface(d)), u.root(u.surface(c)); r != own && !(u.known(r) && u.known(own)) {
				u.union(r, u.surface(c))
			}
		}
	}
}

// cyrNameParts reads a name in Cyrillic as the cyrillic detector keys it: its first name's
// key, its patronymic's stem and its surname's nominative, transliterated ("" for none).
func cyrNameParts(name string) (given, patr, sur string) {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch n := cyrFirstNominative(w); {
		case isCyrPatronymic(w):
			patr = translit(cyrPatronymicStem(w))
		case given == "" && (cyrFirstNames[n] || cyrAmbiguousFirst[n]):
			given = firstNameKey(translit(n))
		case sur == "":
			sur = translit(cyrSurnameNominative(w))
		default:
			// Another word ("Ким Чер Ун"'s given syllables): a name of its own, which a
			// surname alone does not join.
			given += "?" + w
		}
	}
	return given, patr, sur
}
