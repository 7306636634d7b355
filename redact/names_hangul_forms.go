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
