package redact

import (
	"fmt"
	"slices"
	"sync"
)

// residual re-scans a rendered output for every removed form: the phrase key of each removed
// span, each variant of each known person, each deny-list entry. It matches the way
// detection does (normalised, case-folded, whole words, any spacing or hyphenation), so a
// form cannot slip through by being written differently. Replacement text is skipped, and so
// are allow-listed phrases still in the output: a removed "Kim" must not fail the run on a
// kept "Kim Jong Un". Ambiguous one-word forms ("Young") count only where capitalised, as
// in propagation. The error never says which form was found.
func (r *runState) residual(out string, repl []replacedRange, kept [][2]int) error {
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
	// searching all the ranges each time; the ranges' ends never decrease. A word touching
	// a range whose replaced text was glued to it is the rest of a word of the input, not a
	// word: detection, which read the input, could not have found a form in it.
	at := 0
	inRepl := func(w word) bool {
		for at > 0 && nrepl[at-1][1] > w.start {
			at--
		}
		for at < len(nrepl) && nrepl[at][1] <= w.start {
			at++
		}
		if at > 0 && nrepl[at-1][1] == w.start && repl[at-1].gluedAfter {
			return true
		}
		return at < len(nrepl) && (nrepl[at][0] < w.end || nrepl[at][0] == w.end && repl[at].gluedBefore)
	}
	m, keys := r.formMatcher()
	found := borrowMatchList()
	defer returnMatchList(found)
	*found = m.findAppend(*found, t, inRepl)
	hits := *found
	if len(hits) == 0 {
		return nil
	}
	// The allowed ranges are scratch too: in the same pool.
	allowedBuf := normRanges.Get().(*[][2]int)
	allowed := (*allowedBuf)[:0]
	defer func() { *allowedBuf = allowed; normRanges.Put(allowedBuf) }()
	for _, k := range kept {
		allowed = append(allowed, [2]int{normStart(t, k[0]), normEnd(t, k[1])})
	}
	allowHits := borrowMatchList()
	defer returnMatchList(allowHits)
	*allowHits = r.e.allow.findAppend(*allowHits, t, inRepl)
	for _, a := range *allowHits {
		if r.e.allowSpanOK(words, a) {
			allowed = append(allowed, [2]int{a.start, a.end})
		}
	}
	if len(r.doc.Keep) > 0 {
		km := newRunMatcher()
		for i, k := range r.doc.Keep {
			km.add(phraseKey(k), i)
		}
		for _, a := range km.find(t, inRepl) {
			allowed = append(allowed, [2]int{a.start, a.end})
		}
	}
	sortSpans(allowed)
	n := 0
	for _, h := range hits {
		if _, ok := covering(allowed, h.start, h.end); ok {
			continue
		}
		if k := keys[h.payloads[0]]; !startsUpper(t.Norm[h.start:]) && r.ambiguous(k) {
			continue
		}
		n++
	}
	if n > 0 {
		return fmt.Errorf("%w (%d occurrence(s))", ErrResidual, n)
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
