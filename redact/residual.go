package redact

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
)

// residual re-scans a rendered output for every removed form: the phrase key of each removed
// span, each variant of each known person, each deny-list entry. It matches the way
// detection does (normalised, case-folded, whole words, any spacing or hyphenation), so a
// form cannot slip through by being written differently. Replacement text is skipped, and so
// are allow-listed phrases still in the output: a removed "Kim" must not fail the run on a
// kept "Kim Jong Un". Ambiguous one-word forms ("Young") count only where capitalised, as
// in propagation. The error never says which form was found.
//
// With glued not nil, a form found in the rest of a word whose other part was replaced
// ("[removed]였어요" of "상위였어요": detection, which read the input glued.in, saw no word
// there) is appended to glued.hits, in the input's offsets, for the caller to remove, instead
// of failing the run.
func (r *runState) residual(out string, repl []replacedRange, kept [][2]int, glued *gluedHits) error {
	if out == "" || len(r.forms) == 0 {
		return nil
	}
	t := NewText(out)
	defer t.release()
	words := t.wordList()
	// Replacement ranges in Norm offsets.
	buf := normRanges.Get().(*[][2]int)
	nrepl := slices.Grow((*buf)[:0], len(repl))[:len(repl)]
	defer func() { *buf = nrepl; normRanges.Put(buf) }()
	for i, p := range repl {
		nrepl[i] = [2]int{normStart(t, p.start), normEnd(t, p.end)}
	}
	// inRepl finds the first range ending after the word from where the last call left
	// off (words are asked for in order, with a few words of lookahead) instead of
	// searching all the ranges each time; the ranges' ends never decrease.
	at := 0
	inRepl := func(w word) bool {
		for at > 0 && nrepl[at-1][1] > w.start {
			at--
		}
		for at < len(nrepl) && nrepl[at][1] <= w.start {
			at++
		}
		return at < len(nrepl) && nrepl[at][0] < w.end
	}
	m, keys := r.formMatcher()
	found := borrowMatchList()
	defer returnMatchList(found)
	*found = m.findAppend(*found, t, inRepl)
	// The forms matched as written (Han and kana inside words, terms with punctuation),
	// which the word matcher would pass over.
	*found = r.appendLiteralHits(t, *found, true, inRepl)
	hits := *found
	if len(hits) == 0 {
		return nil
	}
	// The allowed ranges are scratch too: in the same pool. listed are the allow-listed
	// phrases and the reviewer's keep terms; allowed adds the spans the policy kept.
	allowedBuf, listedBuf := normRanges.Get().(*[][2]int), normRanges.Get().(*[][2]int)
	allowed, listed := (*allowedBuf)[:0], (*listedBuf)[:0]
	defer func() {
		*allowedBuf, *listedBuf = allowed, listed
		normRanges.Put(allowedBuf)
		normRanges.Put(listedBuf)
	}()
	allowHits := borrowMatchList()
	defer returnMatchList(allowHits)
	*allowHits = r.e.allow.findAppend(*allowHits, t, inRepl)
	for _, a := range *allowHits {
		// A figure's spelling this document uses for a private namesake is allowed nowhere.
		if r.e.allowSpanOK(words, a) && !(len(r.privateFigs) > 0 && r.privateFigure(a)) {
			listed = append(listed, [2]int{a.start, a.end})
		}
	}
	if len(r.doc.Keep) > 0 {
		km := newRunMatcher()
		for i, k := range r.doc.Keep {
			km.add(phraseKey(k), i)
		}
		for _, a := range km.find(t, inRepl) {
			listed = append(listed, [2]int{a.start, a.end})
		}
	}
	for _, k := range kept {
		allowed = append(allowed, [2]int{normStart(t, k[0]), normEnd(t, k[1])})
	}
	allowed = append(allowed, listed...)
	sortSpans(allowed)
	sortSpans(listed)
	n := 0
	for _, h := range hits {
		if _, ok := covering(allowed, h.start, h.end); ok {
			continue
		}
		// A listed phrase with generic words around it is allowed, as it was in planning (a
		// known "... The Red" kept beside an allow-listed "Red Cross"), but never for a form
		// that planning held to no allow list: a known entry's full form, a deny-list term.
		if !r.exemptForm(keys[h.payloads[0]]) && allowedWithGenericWordsIn(t, listed, words[h.wi:h.wj], false) {
			continue
		}
		// As propagation leaves them (propagateKeep): ordinary words.
		if k := keys[h.payloads[0]]; !startsUpper(t.Norm[h.start:]) && r.ambiguous(k) || interjectionAt(t.Norm, h.start, h.end, k) {
			continue
		}
		if r.acronymOfPart(t.Norm[h.start:h.end], keys[h.payloads[0]]) {
			continue
		}
		if glued != nil {
			if g, ok := gluedToReplacement(t, glued.in, nrepl, repl, h); ok {
				glued.hits = append(glued.hits, g)
				continue
			}
		}
		n++
	}
	if n > 0 {
		return fmt.Errorf("%w (%d occurrence(s))", ErrResidual, n)
	}
	return nil
}

// acronymOfPart says whether m, a hit of the form key, is an acronym that propagation left
// alone (partInOrdinaryUse: "MI" where the removed part of "Young-mi" was written "mi"): the
// form is only ever a part of a name, no known entry's variant, and no part removed was
// written m. Asked only of a hit outside every allowed range.
func (r *runState) acronymOfPart(m, key string) bool {
	if len(m) < 2 || !allUpper(m) || !lettersOrDigitsOnly(m) || r.exemptForm(key) {
		return false
	}
	for _, k := range r.known {
		if slices.Contains(k.variants, key) {
			return false
		}
	}
	seen := false
	for _, f := range []*field{&r.text, &r.title} {
		for _, d := range f.decisions {
			if d.key != key || d.Action == Keep {
				continue
			}
			if !d.part || strings.Contains(d.Text, m) {
				return false
			}
			seen = true
		}
	}
	return seen
}

// exemptForm says whether a removed form is one that no allow list keeps: a known entry's
// full form or a deny-list term. Asked only of a hit outside every allowed range: scans.
func (r *runState) exemptForm(key string) bool {
	for _, k := range r.known {
		if k.fullKey == key {
			return true
		}
	}
	return slices.Contains(r.e.denyKeys, key)
}

// A gluedHit is a form found in the rest of a word whose other part was replaced: its
// offsets in the field's input and its index in runState.forms.
type gluedHit struct{ start, end, form int }

// gluedHits are the glued hits the residual check found in the output of the input in.
type gluedHits struct {
	in   string
	hits []gluedHit
}

// gluedToReplacement says whether the hit h (Norm offsets of t, the output) touches a
// replaced range whose text was glued, in the input in, to the word beside it, and where the
// hit is in the input: the output between two replacements is the input as it was.
func gluedToReplacement(t *Text, in string, nrepl [][2]int, repl []replacedRange, h phraseMatch) (gluedHit, bool) {
	glued := func(o int) bool { return !isBoundaryBefore(in, o) && !isBoundaryAfter(in, o) }
	k := sort.Search(len(nrepl), func(i int) bool { return nrepl[i][1] >= h.start })
	after := k < len(nrepl) && nrepl[k][1] == h.start && glued(repl[k].origEnd)
	j := sort.Search(len(nrepl), func(i int) bool { return nrepl[i][0] >= h.end })
	before := j < len(nrepl) && nrepl[j][0] == h.end && glued(repl[j].origStart)
	// A Latin form glued by an apostrophe to a Latin word that was replaced ("Min'Min" with
	// the second removed): the matchers passed it over as part of that word (as "Ji" of
	// "Ji'an"), but the word is gone, and the form stands alone now. It is removed too.
	if !before && j < len(nrepl) {
		if g := apostropheAt(t.Norm, h.end); g > 0 && nrepl[j][0] == g && repl[j].origStart < len(in) && isASCIILetter(in[repl[j].origStart]) {
			before = true
		}
	}
	if !after && !before {
		return gluedHit{}, false
	}
	s, e := t.Orig(h.start, h.end)
	// The last replacement before the hit gives the shift from output to input offsets.
	p := sort.Search(len(repl), func(i int) bool { return repl[i].end > s }) - 1
	shift := 0
	if p >= 0 {
		shift = repl[p].origEnd - repl[p].end
	}
	return gluedHit{start: s + shift, end: e + shift, form: h.payloads[0]}, true
}

// verifyField runs the residual check on a field's output (render's). A form left in the
// rest of a word whose other part was replaced is removed too (removeGlued); the field is
// rendered again and checked once more, with no such form let through.
func (r *runState) verifyField(f *field, in, out string, repl []replacedRange, kept [][2]int) (string, []replacedRange, [][2]int, error) {
	glued := gluedHits{in: in} // most runs find none: not pooled
	if err := r.residual(out, repl, kept, &glued); err != nil || len(glued.hits) == 0 {
		return out, repl, kept, err
	}
	if err := r.removeGlued(f, in, glued.hits); err != nil {
		return out, repl, kept, err
	}
	out, repl, kept = render(in, f.decisions, repl[:0], kept[:0])
	return out, repl, kept, r.residual(out, repl, kept, nil)
}

// removeGlued adds to the field's decisions one removal of each glued form, in the form's
// category and, for a person named elsewhere in the run, with their pseudonym; glued forms that overlap (Hangul keys report every key at a start) are one
// removal. A glued form overlapping a decision already made (a kept span's, say) is not
// resolved here: the run fails.
func (r *runState) removeGlued(f *field, in string, glued []gluedHit) error {
	slices.SortFunc(glued, func(a, b gluedHit) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.end - a.end
	})
	merged := glued[:1]
	for _, g := range glued[1:] {
		if last := &merged[len(merged)-1]; g.start < last.end {
			last.end = max(last.end, g.end)
			continue
		}
		merged = append(merged, g)
	}
	for _, g := range merged {
		for _, d := range f.decisions {
			if d.Start < g.end && g.start < d.End {
				return fmt.Errorf("%w (a form beside a removed span overlaps another span)", ErrResidual)
			}
		}
	}
	for _, g := range merged {
		d := r.allocDecision()
		d.Start, d.End, d.Text, d.Field = g.start, g.end, in[g.start:g.end], f.name
		cat, like := r.formSource(g.form)
		d.Category, d.Action, d.Score, d.Detector = cat, Suppress, 1, "residual"
		d.Rule = "rest of a word beside a removed span"
		d.Reason = "a removed form, in a word whose other part was removed"
		if like != nil && like.Action == Pseudonymize {
			// The person's own label, as every other mention of them has.
			d.Action, d.Replacement, d.Entity = Pseudonymize, like.Replacement, like.Entity
		} else {
			d.Replacement = r.replacement(d, f.t)
		}
		i := sort.Search(len(f.decisions), func(i int) bool { return f.decisions[i].Start >= d.Start })
		f.decisions = slices.Insert(f.decisions, i, d)
	}
	// Keep records under a glued removal leave the report, as those under any removal do.
	keeps := f.keeps[:0]
	for _, k := range f.keeps {
		if !slices.ContainsFunc(merged, func(g gluedHit) bool { return k.Start < g.end && g.start < k.End }) {
			keeps = append(keeps, k)
		}
	}
	f.keeps = keeps
	return nil
}

// formSource returns the category of the removed form forms[i] and a removal the run made of
// it, for a glued form to be removed alike (the same pseudonym for the same person): a
// mention of the same known entry, or a span with that key; none for a deny-list term.
// Asked only of a glued form, which is rare: scans.
func (r *runState) formSource(i int) (Category, *decision) {
	key := r.forms[i]
	for _, k := range r.known {
		if slices.Contains(k.variants, key) {
			return k.Category, r.removalOf(func(d *decision) bool { return slices.Contains(k.variants, d.key) })
		}
	}
	if d := r.removalOf(func(d *decision) bool { return d.key == key }); d != nil {
		return d.Category, d
	}
	return SensitiveTerm, nil
}

// removalOf returns the first removal of the text or the title that is like one asks.
func (r *runState) removalOf(like func(*decision) bool) *decision {
	for _, f := range []*field{&r.text, &r.title} {
		for _, d := range f.decisions {
			if d.Action != Keep && d.key != "" && like(d) {
				return d
			}
		}
	}
	return nil
}

// formMatcher returns the matcher of the removed forms, built once per run: the text, the
// title and every topic are checked against the same list.
func (r *runState) formMatcher() (*matcher, []string) {
	if r.formsM == nil {
		// Borrowed from the pool: Redact gives it back (release) when the run is over.
		r.formsM = borrowRunMatcher(len(r.forms))
		var repeats repeatCache
		for i, k := range r.forms {
			if !repeats.seen(k) {
				r.formsM.addFirst(k, i) // a key's later copies are the same form
			}
		}
	}
	return r.formsM, r.forms
}

// normRanges pools residual's replaced ranges in Norm offsets (offsets only).
var normRanges = sync.Pool{New: func() any { return new([][2]int) }}
