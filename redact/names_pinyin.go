package redact

import "unicode/utf8"

// Pinyin written with its tone marks ("Wáng Píng", "Zhāng Xiǎomíng", "Lǐ", "Lǚ") is read
// as the same pinyin without them: the surname and given-syllable tables, the names passes
// and the person keys all spell pinyin in a-z, and a broker's name copied from a Chinese
// phone contact or a church register keeps its marks. The marks are taken off the word's
// token only (Norm and the offsets are untouched), and only when the word without them is
// one or two pinyin syllables: "José", "café" and "naïve" stay as they are. A Vietnamese
// listed word keeps its diacritics ("Bà", "Dì", "Chú" are words of address, and the
// Vietnamese passes read them with their marks).

// pinyinToneVowels maps each vowel pinyin writes with a tone mark (and ü, which a plain
// keyboard writes u) to its letter.
var pinyinToneVowels = map[rune]byte{
	'ā': 'a', 'á': 'a', 'ǎ': 'a', 'à': 'a',
	'ē': 'e', 'é': 'e', 'ě': 'e', 'è': 'e',
	'ī': 'i', 'í': 'i', 'ǐ': 'i', 'ì': 'i',
	'ō': 'o', 'ó': 'o', 'ǒ': 'o', 'ò': 'o',
	'ū': 'u', 'ú': 'u', 'ǔ': 'u', 'ù': 'u',
	'ǖ': 'u', 'ǘ': 'u', 'ǚ': 'u', 'ǜ': 'u', 'ü': 'u',
}

// pinyinFold returns the lower-case word low without its pinyin tone marks, when it has
// one and is, without them, one or two syllables of the given-syllable trie.
func (ix *nameIndex) pinyinFold(low string) (string, bool) {
	folded, ok := stripToneMarks(low)
	if !ok {
		return "", false
	}
	if _, found, ok := ix.sylTrie.split(folded); !found || !ok {
		return "", false
	}
	return folded, true
}

// stripToneMarks returns s, of a-z and pinyinToneVowels only, with its tone marks taken
// off, when it has one; ok is false for any other s. A person's key goes through it too, so
// "Chén" and "Chen" in one testimony are one person with one label.
func stripToneMarks(s string) (string, bool) {
	if len(s) > 40 {
		return "", false
	}
	var buf [40]byte
	n, marked := 0, false
	for _, r := range s {
		if r < utf8.RuneSelf {
			if r < 'a' || r > 'z' {
				return "", false
			}
			buf[n] = byte(r)
		} else {
			c, ok := pinyinToneVowels[r]
			if !ok {
				return "", false
			}
			buf[n], marked = c, true
		}
		n++
	}
	if !marked {
		return "", false
	}
	return string(buf[:n]), true
}

// hasToneMark says whether s holds a vowel with a pinyin tone mark (ü alone is German and
// Turkish as much as pinyin: "Türk" is no tone).
func hasToneMark(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && r != 'ü' {
			if _, ok := pinyinToneVowels[r]; ok {
				return true
			}
		}
	}
	return false
}

// toneFreeKey is a person's key, or a part's, without its pinyin tone marks when it has one:
// the key of "Chén" alone is the key of "Chen", and the parts of "Wáng Chūnlín" are the keys
// of "Wang" and "Chunlin", so that the mentions of one person meet whichever way each is
// written. A key with ü and no tone ("Türk") keeps it.
func toneFreeKey(k string) string {
	if !hasToneMark(k) {
		return k
	}
	if f, ok := stripToneMarks(k); ok {
		return f
	}
	return k
}
