package redact

import "strings"

// What a hyphen between two words means to the names passes, which read it through
// nameScan.gap. Norm folds the en and em dashes to "-" (confusables), so that "Ji–min"
// matches as "Ji-min"; but a transcript writes a break in speech with a dash and no spaces
// ("Then Mi-ok—my niece—came"), and read as a hyphen it joins the next word to the name
// ("Mi-ok-my" is then no name at all, "Chol-su—no" becomes the name "Su-no"). A hyphen
// at the end of a line, in turn, is a word broken there ("Om Chun-\nhwa"): the two pieces
// are one name.

// dashGap is the gap nameGap gives for a dash: no rule joins the words around it.
const dashGap = "—"

// nameGap is gap, which starts with "-" at byte at of t.Norm, as the names passes read it:
// a "-" that was an en or em dash in the original is dashGap, and a hyphen that ends a line
// ("-\n", with the next line's indent or Markdown quote marks) is "-".
func nameGap(t *Text, at int, gap string) string {
	if len(gap) == 1 {
		if t.origAt != nil && at < len(t.origAt) {
			if o := t.Original[t.origAt[at]:]; strings.HasPrefix(o, "—") || strings.HasPrefix(o, "–") {
				return dashGap // U+2010 and U+2011, folded too, are hyphens
			}
		}
		return gap
	}
	if brokenLineHyphen(gap[1:]) {
		return "-"
	}
	return gap
}

// brokenLineHyphen says whether rest, what follows a hyphen between two words, is a line
// break (or several) with nothing but spaces and Markdown quote marks after it.
func brokenLineHyphen(rest string) bool {
	nl := false
	for k := 0; k < len(rest); k++ {
		switch rest[k] {
		case '\n': // blank lines too: a name cut by a paragraph break is no less a name
			nl = true
		case ' ', '\t', '>':
			if !nl && rest[k] == '>' {
				return false
			}
		default:
			return false
		}
	}
	return nl
}

// beforeDash is end, the end of a name carried over hyphens from e in s (extendHyphenated
// reads Norm, where dashes are hyphens), cut at the first en or em dash after e: a dash is a
// break in speech, and the word after it is not the name's ("Mi-ok—my niece").
func beforeDash(s string, e, end int) int {
	for k := e; k < end; k++ {
		if s[k] == 0xe2 && (strings.HasPrefix(s[k:], "—") || strings.HasPrefix(s[k:], "–")) {
			return k
		}
	}
	return end
}

// emphasisGap is gap, which starts or ends with a Markdown emphasis mark, as the names
// passes read it: the marks between the parts of one name do not part it ("**Pak**
// Sun-hui", "*Pak Sun*-hui", "Ri **Chol-man**"), so a gap that is one space or one hyphen
// besides them is that space or hyphen.
func emphasisGap(gap string) string {
	other := byte(0)
	for k := 0; k < len(gap); k++ {
		if c := gap[k]; c != '*' {
			if other != 0 {
				return gap
			}
			other = c
		}
	}
	switch other {
	case ' ':
		return " "
	case '-':
		return "-"
	}
	return gap
}

// letterSurname says whether token i, one letter after a title or a rank, is a surname
// spelled with one letter ("Comrade O", "Granny O", "Auntie U"); never the pronoun I
// ("Auntie I love you"), though "I" spells 이 too.
func (s *nameScan) letterSurname(i int) bool {
	if s.toks[i].low == "i" {
		return false
	}
	_, ok := s.surnameAt(i)
	return ok
}

// beforeRank says whether capitalised token i stands right before a capitalised military
// rank, whose first word it then is ("Lance Corporal", "Staff Sergeant"): no first name.
func (s *nameScan) beforeRank(i int) bool {
	if i+1 >= len(s.toks) || !s.toks[i+1].upper || !isSpaceGap(s.gap(i+1)) {
		return false
	}
	switch s.toks[i+1].low {
	case "corporal", "sergeant", "lieutenant", "colonel", "general", "captain", "cpl", "sgt", "lt", "col", "gen", "capt":
		return true
	}
	return false
}

// callers are the subjects of "whom we call X" (cueBefore).
var callers = set("we", "they", "i", "you", "everyone", "people", "she", "he")

// quotedNicknames finds the nickname a testimony gives a person it has named: a capitalised
// word in quotes right after "call" (or "calls", "called") and a name found already ('I
// call Chol-min "Minnie"'). The nickname is that person's, under the name's label.
func (s *nameScan) quotedNicknames() {
	norm := s.t.Norm
	for _, i := range s.caps {
		t := &s.toks[i]
		// An opening quote right before the word, a closing one right after it: most
		// capitalised words have neither.
		if t.s < 2 || norm[t.s-1] != '"' && !strings.HasSuffix(norm[:t.s], "“") || !s.free(i, i+1) || s.place[i] || i+1 < len(s.toks) && !strings.HasPrefix(norm[t.e:], "\"") && !strings.HasPrefix(norm[t.e:], "”") {
			continue
		}
		if g := s.gap(i); g != ` "` && g != " “" || i < 2 || !s.taken[i-1] {
			continue
		}
		// The name before the quote: a candidate of this scan that ends there.
		_, end := s.t.Orig(s.toks[i-1].s, s.toks[i-1].e)
		for k := len(s.out) - 1; k >= 0; k-- {
			c := &s.out[k]
			if c.End != end || c.Category != Person {
				continue
			}
			from := i - 1
			for from > 0 && s.taken[from-1] && s.toks[from-1].e > s.toks[from-1].s {
				if st, _ := s.t.Orig(s.toks[from-1].s, s.toks[from-1].e); st < c.Start {
					break
				}
				from--
			}
			if from > 0 {
				if w := s.toks[from-1].low; w == "call" || w == "calls" || w == "called" {
					s.add(i, i+1, "nickname", s.why.start("quoted nickname after ").quoted(s.toks[from-1].text(norm)).then(" and a name").String(), 0.85, c.Entity, c.Role)
				}
			}
			break
		}
	}
}
