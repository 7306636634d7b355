package redact

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text is a document prepared for matching: Norm is the NFKC form with zero-width characters
// removed (and confusables folded), and every byte of Norm maps back to a byte of Original,
// so a match in Norm becomes an exact span of the original.
type Text struct {
	Original string
	Norm     string
	// origAt[i] is the offset in Original of the character that produced Norm byte i;
	// origAt[len(Norm)] == len(Original).
	origAt []int
}

// Orig maps a [start, end) byte span of Norm to the span of Original it came from.
func (t *Text) Orig(start, end int) (int, int) {
	if start >= len(t.origAt) {
		start = len(t.origAt) - 1
	}
	s := t.origAt[start]
	if end >= len(t.origAt)-1 {
		return s, len(t.Original)
	}
	// end is exclusive: the original span ends where the character at Norm[end] begins,
	// unless that character came from the same original character as Norm[end-1].
	e := t.origAt[end]
	if end > 0 && t.origAt[end-1] == e {
		_, w := utf8.DecodeRuneInString(t.Original[e:])
		e += w
	}
	return s, e
}

// NewText normalises s, keeping the offset map.
func NewText(s string) *Text {
	t := &Text{Original: s}
	out := make([]byte, 0, len(s))
	origAt := make([]int, 0, len(s)+1)
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if isZeroWidth(r) {
			i += w
			continue
		}
		n := norm.NFKC.String(s[i : i+w])
		n = foldConfusables(n)
		for k := 0; k < len(n); k++ {
			origAt = append(origAt, i)
		}
		out = append(out, n...)
		i += w
	}
	origAt = append(origAt, len(s))
	t.Norm = string(out)
	t.origAt = origAt
	return t
}

func isZeroWidth(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e':
		return true
	}
	return false
}

// foldConfusables maps letters that look like Latin letters (Cyrillic, Greek) to Latin, so
// "Кim" (Cyrillic К) matches "Kim". Per character; lengths may change, the offset map holds.
func foldConfusables(s string) string {
	var changed bool
	b := []rune(s)
	for i, r := range b {
		if l, ok := confusables[r]; ok {
			b[i] = l
			changed = true
		}
	}
	if !changed {
		return s
	}
	return string(b)
}

var confusables = map[rune]rune{
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C',
	'Т': 'T', 'Х': 'X', 'У': 'Y', 'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y',
	'х': 'x', 'і': 'i', 'ј': 'j', 'ѕ': 's', 'Ι': 'I', 'Ο': 'O', 'Α': 'A', 'Β': 'B', 'Ε': 'E',
	'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ρ': 'P', 'Τ': 'T', 'Χ': 'X', 'Υ': 'Y', 'Ζ': 'Z', 'ο': 'o',
}
