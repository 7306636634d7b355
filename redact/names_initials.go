package redact

import "unicode/utf8"

// A testimony that hides a person behind an initial after a title ("Mr. K. (the broker)
// took us", "Comrade R. watched the gate") goes on calling them by the initial alone ("At
// dawn K. left"). The titled mention says the letter is a person: each later lone initial
// of that letter is the same person, and takes the same label. Without a titled mention an
// initial stays ("U.S.", "A." of a list, "I." of a heading).

// loneInitial reports token i as one capital letter with a full stop after it that is no
// part of a run of initials ("K.H.", "K. H. Park") nor of a dotted abbreviation ("U.S.").
func (s *nameScan) loneInitial(i int) bool {
	t := &s.toks[i]
	if t.kind != tokWord || !t.upper || t.e-t.s > utf8.UTFMax || t.e >= len(s.t.Norm) || s.t.Norm[t.e] != '.' ||
		utf8.RuneCountInString(t.text(s.t.Norm)) != 1 {
		return false
	}
	if e := t.e + 1; e < len(s.t.Norm) {
		if r, _ := utf8.DecodeRuneInString(s.t.Norm[e:]); isWordRune(r) {
			return false // "U.S.": letters right after the full stop
		}
	}
	// An initial before or after this one makes a run of them, which initialNames reads.
	if i+1 < len(s.toks) && s.initialLetter(i+1) && (s.gap(i+1) == "." || s.gap(i+1) == ". ") {
		return false
	}
	if i > 0 && s.initialLetter(i-1) && (s.gap(i) == "." || s.gap(i) == ". ") {
		return false
	}
	return true
}

// initialLetter reports token j as one capital letter with a full stop after it.
func (s *nameScan) initialLetter(j int) bool {
	t := &s.toks[j]
	return t.kind == tokWord && t.upper && t.e-t.s <= utf8.UTFMax && t.e < len(s.t.Norm) && s.t.Norm[t.e] == '.' &&
		utf8.RuneCountInString(t.text(s.t.Norm)) == 1
}

// titledInitial reads a lone initial right after a title or rank ("Mr. K.", "Comrade R.")
// at token i as a person, and remembers its letter for initialMentions. A capitalised word
// one space after it may be the surname ("Mr. K. Smith"): the cue's other rules read that.
func (s *nameScan) titledInitial(i int, cue string) bool {
	if s.taken[i] || !s.loneInitial(i) {
		return false
	}
	if k := i + 1; k < len(s.toks) && s.toks[k].upper && s.gap(k) == ". " {
		return false
	}
	entity := s.texts.join("|", s.toks[i].low, "")
	s.titledInitials = append(s.titledInitials, i)
	s.addInitial(i, "titled initial", s.why.start("initial after ").quoted(cue).String(), 0.85, entity)
	return true
}

// addInitial adds the initial at token i with its full stop, which is the initial's.
func (s *nameScan) addInitial(i int, rule, reason string, score float64, entity string) {
	t := &s.toks[i]
	st, en := s.t.Orig(t.s, t.e+1)
	s.out = append(s.out, Candidate{Start: st, End: en, Category: Person, Detector: "names", Rule: rule,
		Reason: reason, Score: score, Entity: entity, Role: RolePerson})
	s.taken[i] = true
}

// initialMentions finds the lone initials of the letters titledInitial found after a title
// ("At dawn K. left" after "Mr. K."), before or after that mention.
func (s *nameScan) initialMentions() {
	if len(s.titledInitials) == 0 {
		return
	}
	for _, i := range s.capsBy.dot {
		if s.taken[i] || !s.loneInitial(i) {
			continue
		}
		for _, k := range s.titledInitials {
			if s.toks[k].low == s.toks[i].low {
				s.addInitial(i, "initial of a titled person", "the initial of a person named after a title elsewhere in the text", 0.75,
					s.texts.join("|", s.toks[i].low, ""))
				break
			}
		}
	}
}
