package redact

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sensitive terms in inflected forms. The archivist lists a term once ("Синий дом", "Рыжик",
// "red bicycle") and wants it gone in every form the testimony writes it in; the phrase
// matcher finds the listed words only, and appendSensitiveWordForms adds the endings of a
// one-word Latin term. A phrase's plural ("the red bicycles"), a Russian word's case endings
// ("в Синем доме", "с Рыжиком"), a Cyrillic term in capitals ("СИНИЙ ДОМ": Fold writes
// a capital Н as the Latin h its shape is, see confusables, and a small н as itself) and a
// no-break space written as an HTML entity ("moon&nbsp;bridge") are found here, word by
// word, on a skeleton of each word (termSkeleton) that reads both cases alike.

// termForm is one sensitive term's words, as skeletons, with the stem of each that an
// ending may follow.
type termForm struct {
	entry int // the known entry's variant number (its firstVariant)
	words []termWord
}

type termWord struct {
	skel, stem string
	cyr        bool // a Cyrillic word: Russian case endings; otherwise the English plural
}

// termSkeleton is fold (a Fold word) with each letter written as its capital is folded: a
// Cyrillic н, м, т, в, к become the Latin letters Fold makes of Н, М, Т, В, К; ё is е.
func termSkeleton(fold string) string {
	ascii := true
	for i := 0; i < len(fold); i++ {
		if fold[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return fold
	}
	var b strings.Builder
	b.Grow(len(fold))
	for _, r := range fold {
		b.WriteRune(skelRune(r))
	}
	return b.String()
}

// skelRune is one letter of termSkeleton.
func skelRune(r rune) rune {
	if r < utf8.RuneSelf {
		return unicode.ToLower(r)
	}
	if r == 'ё' {
		r = 'е'
	}
	if c, ok := confusables[unicode.ToUpper(r)]; ok && c < utf8.RuneSelf && unicode.IsLetter(c) {
		return unicode.ToLower(c)
	}
	if c, ok := confusables[r]; ok {
		return c
	}
	return r
}

// ruEndings are the case and number endings of Russian nouns and adjectives, as
// skeletons (a text word is its term word's stem and one of these); ruStemEnds are the
// endings a term's own word is cut at for its stem ("синий" → "син", "Маша" → "маш").
var ruEndings, ruStemEnds = func() (map[string]bool, []string) {
	ends := map[string]bool{}
	for _, e := range strings.Fields("а я у ю е и ы о ь й ом ем ём ой ей ою ею ов ев ёв ам ям ах ях ами ями " +
		"ий ый ая яя ое ее ые ие ого его ому ему ым им ых их ую юю ыми ими ью ья ье ьи ьё ьев ьям ьями ьях") {
		ends[termSkeleton(e)] = true
	}
	var stems []string
	for _, e := range strings.Fields("ий ый ой ая яя ое ее ые ие а я о е ь й ы и") {
		stems = append(stems, termSkeleton(e))
	}
	return ends, stems
}()

// minStemRunes is the shortest stem an ending may follow: a shorter word ("Ли") is
// matched in its own form only.
const minStemRunes = 3

func newTermWord(fold string) termWord {
	w := termWord{skel: termSkeleton(fold)}
	for _, r := range fold {
		if unicode.Is(unicode.Cyrillic, r) {
			w.cyr = true
			break
		}
	}
	w.stem = w.skel
	if w.cyr {
		// The longest stem ending first: "ий" before "й".
		for _, e := range ruStemEnds {
			if s, ok := strings.CutSuffix(w.skel, e); ok && utf8.RuneCountInString(s) >= minStemRunes {
				w.stem = s
				break
			}
		}
		if utf8.RuneCountInString(w.stem) < minStemRunes {
			w.stem = ""
		}
	}
	return w
}

// matches says whether sk, a text word's skeleton, is the term word in some form.
func (w *termWord) matches(sk string) bool {
	if sk == w.skel {
		return true
	}
	if w.cyr {
		rest, ok := strings.CutPrefix(sk, w.stem)
		return ok && w.stem != "" && ruEndings[rest]
	}
	// The English plural: "bicycles", "boxes", "parties".
	if rest, ok := strings.CutPrefix(sk, w.skel); ok {
		return rest == "s" || rest == "es"
	}
	if s, ok := strings.CutSuffix(w.skel, "y"); ok && len(s) >= 2 {
		return sk == s+"ies"
	}
	return false
}

// sensitiveTermForms returns the terms appendSensitiveInflections looks for: those of more
// than one word, and the Cyrillic ones (a one-word Latin term's endings are
// appendSensitiveWordForms').
func (r *runState) sensitiveTermForms() []termForm {
	var forms []termForm
	for _, k := range r.known {
		if k.Category != SensitiveTerm || len(k.variants) == 0 {
			continue
		}
		_, fold, _ := normalize(k.Text, nil)
		ws := splitWords(fold)
		if len(ws) == 0 {
			continue
		}
		f := termForm{entry: k.firstVariant}
		cyr := false
		for _, w := range ws {
			tw := newTermWord(fold[w.start:w.end])
			cyr = cyr || tw.cyr
			f.words = append(f.words, tw)
		}
		if len(f.words) > 1 || cyr {
			forms = append(forms, f)
		}
	}
	return forms
}

// appendSensitiveInflections appends to hits the sensitive terms written in another form
// than the one listed (see the top of this file), each where no hit starts and ends already.
func (r *runState) appendSensitiveInflections(t *Text, words []word, hits []phraseMatch) []phraseMatch {
	forms := r.sensitiveTermForms()
	if len(forms) == 0 {
		return hits
	}
	n := len(hits)
	firsts := make([]rune, len(forms))
	// The ASCII letters the terms start with, and whether one starts with another letter:
	// most words are turned away by their first byte.
	var asciiFirst [utf8.RuneSelf]bool
	otherFirst := false
	for i, f := range forms {
		firsts[i], _ = utf8.DecodeRuneInString(f.words[0].skel)
		if firsts[i] < utf8.RuneSelf {
			asciiFirst[firsts[i]] = true
		} else {
			otherFirst = true
		}
	}
	// A word's skeleton is made only where its first letter starts a term.
	skelAt := func(i int) string { return termSkeleton(t.Fold[words[i].start:words[i].end]) }
	for i, w := range words {
		var r0 rune
		if c := t.Fold[w.start]; c < utf8.RuneSelf {
			if !asciiFirst[c] {
				continue
			}
			r0 = rune(c) // Fold: in lower case already
		} else if r0, _ = utf8.DecodeRuneInString(t.Fold[w.start:w.end]); isSyllable(r0) || r0 >= 0x2e80 {
			continue // Hangul, Han, kana: no letter a term's skeleton starts with here
		} else {
			// A Cyrillic letter's skeleton may be the Latin one it looks like ("а": a).
			if r0 = skelRune(r0); r0 < utf8.RuneSelf && !asciiFirst[r0] || r0 >= utf8.RuneSelf && !otherFirst {
				continue
			}
		}
		for fi, f := range forms {
			if firsts[fi] != r0 {
				continue
			}
			end, ok := f.matchAt(t, words, i, skelAt)
			if !ok || hasHit(hits[:n], words[i].start, end) {
				continue
			}
			hits = append(hits, matchOf(words, words[i].start, end, []int{f.entry}))
		}
	}
	if len(hits) > n {
		slices.SortStableFunc(hits, func(a, b phraseMatch) int { return a.start - b.start })
	}
	return hits
}

// matchAt matches the term's words from words[i], each in some form, with a gap that joins
// a phrase's words (gapJoins) or a space written as an HTML entity between two; it returns
// the end of the last.
func (f *termForm) matchAt(t *Text, words []word, i int, skelAt func(int) string) (int, bool) {
	j := i
	for k := range f.words {
		if k > 0 {
			next := j + 1
			if next >= len(words) {
				return 0, false
			}
			// The entity first: "&" alone joins words too ("Kim & Lee").
			if next+1 < len(words) && entitySpaceGap(t, words[j], words[next], words[next+1]) {
				next++
			} else if !gapJoins(t.Norm[words[j].end:words[next].start]) {
				return 0, false
			}
			j = next
		}
		if j >= len(words) || !f.words[k].matches(skelAt(j)) {
			return 0, false
		}
	}
	return words[j].end, true
}

// entitySpaceGap says whether the word e between words a and b is the name of a space
// written as an HTML entity, "&nbsp;" or "&#160;", and nothing else is between them.
func entitySpaceGap(t *Text, a, e, b word) bool {
	pre, post := t.Norm[a.end:e.start], t.Norm[e.end:b.start]
	if pre != "&" && pre != "&#" || post != ";" {
		return false
	}
	switch t.Fold[e.start:e.end] {
	case "nbsp", "ensp", "emsp", "thinsp", "160", "xa0", "x00a0", "8194", "8195", "8201", "8239", "x202f":
		return true
	}
	return false
}

// hasHit says whether a hit of hits spans [start, end) exactly.
func hasHit(hits []phraseMatch, start, end int) bool {
	for _, h := range hits {
		if h.start == start && h.end == end {
			return true
		}
	}
	return false
}
