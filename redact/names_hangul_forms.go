package redact

import (
	"strings"
	"unicode"
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
	return true
}
