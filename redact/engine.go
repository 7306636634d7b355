package redact

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
)

// ErrResidual is returned (wrapped) when the residual check finds a removed surface form, or
// one of its variants, still present in the rendered output.
// maxTextLen is the longest text the engine takes (Text's offset map holds int32).
const maxTextLen = 1<<31 - 16

var ErrResidual = errors.New("residual check failed: a removed form is still present in the output")

// Engine applies one policy. It is safe for concurrent use.
type Engine struct {
	policy *Policy

	allow      *matcher // payload: index into allowForms
	allowForms []string
	allowWords []int // words in each allow form
	deny       *matcher
	denyKeys   []string
	dets       []detector
	gaz        *Gazetteer
	rules      catTable // the policy's rule of each category, for planField's candidates
	// figFrom, figTo delimit the gazetteer's public figures in allowForms: a person's name
	// may name a private namesake (allow_private.go), a public body's may not.
	figFrom, figTo int
	// figSurnames are the first words of the public figures' names of several words ("kim",
	// "moon", "choe"): a surname alone may refer to one of them (figureSurnames).
	figSurnames map[string]bool
}

// New validates the policy and returns an engine for it.
func New(p *Policy) (*Engine, error) {
	if p == nil {
		return nil, errors.New("redact: nil policy")
	}
	for c, r := range p.Rules {
		if !c.Valid() {
			return nil, fmt.Errorf("redact: policy %q: unknown category %q", p.Name, c)
		}
		if !r.Action.Valid() {
			return nil, fmt.Errorf("redact: policy %q: category %s: unknown action %q", p.Name, c, r.Action)
		}
		if err := r.Check(c); err != nil {
			return nil, fmt.Errorf("redact: policy %q: %w", p.Name, err)
		}
	}
	if p.ArchivePseudonyms && len(p.Secret) == 0 {
		return nil, fmt.Errorf("redact: policy %q asks for archive-wide pseudonyms but no secret is set", p.Name)
	}
	e := &Engine{policy: p, allow: newMatcher(), deny: newMatcher(), gaz: p.Gazetteer}
	if e.gaz == nil {
		e.gaz = &Gazetteer{}
	}
	addAllow := func(forms []string) {
		for _, f := range forms {
			if k := phraseKey(f); k != "" {
				e.allow.add(k, len(e.allowForms))
				e.allowForms = append(e.allowForms, f)
				e.allowWords = append(e.allowWords, len(strings.Fields(phraseKeySep(f, " "))))
			}
		}
	}
	addAllow(p.Allow)
	e.figFrom = len(e.allowForms)
	addAllow(e.gaz.PublicFigures)
	e.figTo = len(e.allowForms)
	e.figSurnames = map[string]bool{}
	for _, f := range e.gaz.PublicFigures {
		if ws := strings.Fields(phraseKeySep(f, " ")); len(ws) >= 2 {
			e.figSurnames[ws[0]] = true
		}
	}
	addAllow(e.gaz.PublicBodies)
	for _, f := range p.Deny {
		if k := phraseKey(f); k != "" {
			e.deny.add(k, len(e.denyKeys))
			e.denyKeys = append(e.denyKeys, k)
		}
	}
	e.rules.fill(p)
	e.dets = append([]detector(nil), registered...)
	sort.SliceStable(e.dets, func(i, j int) bool { return e.dets[i].name() < e.dets[j].name() })
	return e, nil
}

// Policy returns the engine's policy.
func (e *Engine) Policy() *Policy { return e.policy }

// Detect finds every candidate span in doc and resolves overlaps, without rendering. The
// evaluation harness uses it; Redact uses it too. The spans carry the action and the
// replacement the policy would apply; spans of the title have Field "title".
func (e *Engine) Detect(doc Document) (spans []Span, err error) {
	defer engineBug(doc, &err)
	r, err := e.plan(doc)
	if err != nil {
		return nil, err
	}
	defer r.recycle()
	defer r.release() // the run's matcher goes back to the pool, as after Redact
	return r.spans(), nil
}

// Redact detects, applies the policy's actions, renders the output, and verifies it with the
// residual check. It never returns unverified output: on any failure the result is nil.
// Errors never quote text from the document.
func (e *Engine) Redact(doc Document) (red *Redacted, err error) {
	defer engineBug(doc, &err) // registered first, so it runs after the releases below
	if len(doc.Text) > maxTextLen || len(doc.Title) > maxTextLen {
		// Text keeps offsets in int32; a testimony is never near this.
		return nil, fmt.Errorf("redact: a document of more than %d bytes is not accepted", maxTextLen)
	}
	r, err := e.plan(doc)
	if err != nil {
		return nil, err
	}
	defer r.recycle() // last: the run's state goes back to the pool
	defer r.release()
	defer r.releaseArena() // after the report's spans are copied out of the decisions
	defer r.releaseTexts()
	// The lists of replaced and kept ranges are read by the residual check only: pooled.
	lists := rangeLists.Get().(*renderedRanges)
	defer rangeLists.Put(lists)
	text, textRepl, textKept := render(doc.Text, r.text.decisions, lists.repl[0][:0], lists.kept[0][:0])
	title, titleRepl, titleKept := render(doc.Title, r.title.decisions, lists.repl[1][:0], lists.kept[1][:0])
	text, textRepl, textKept, textErr := r.verifyField(&r.text, doc.Text, text, textRepl, textKept)
	title, titleRepl, titleKept, titleErr := r.verifyField(&r.title, doc.Title, title, titleRepl, titleKept)
	*lists = renderedRanges{repl: [2][]replacedRange{textRepl, titleRepl}, kept: [2][][2]int{textKept, titleKept}}
	if textErr != nil {
		return nil, fmt.Errorf("redact: text: %w", textErr)
	}
	if titleErr != nil {
		return nil, fmt.Errorf("redact: title: %w", titleErr)
	}
	// The result and its report are made together: one allocation, not two.
	res := new(redactedWithReport)
	rep := &res.report
	inSum, outSum := sha256Hexes(doc.Text, text)
	*rep = Report{
		Policy:        e.policy.Name,
		PolicyVersion: e.policy.Version,
		PolicySHA256:  e.policy.SHA256,
		Spans:         r.spans(),
		InputSHA256:   inSum,
		OutputSHA256:  outSum,
	}
	rep.Counts = e.rules.spanCounts(rep.Spans)
	out := &res.redacted
	*out = Redacted{
		id:       doc.ID,
		title:    title,
		text:     text,
		language: doc.Language,
		topics:   r.safeTopics(doc.Topics),
		report:   rep,
	}
	if !doc.Date.IsZero() {
		out.year = doc.Date.Year()
	}
	return out, nil
}

// redactedWithReport is a Redacted and its Report, made as one.
type redactedWithReport struct {
	redacted Redacted
	report   Report
}

// sha256Hexes returns the hex SHA-256 digests of a and of b, cut from one string: the
// report's two digests are one allocation. Each is hashed through a small buffer
// ([]byte(s) copied the whole text); the hash, the buffer and the digests' bytes come from
// a pool: made per call, they were five allocations a digest.
func sha256Hexes(a, b string) (string, string) {
	st := hashStates.Get().(*hashState)
	const n = 2 * sha256.Size
	st.hexOf(a, st.hex[:n])
	st.hexOf(b, st.hex[n:])
	both := string(st.hex[:])
	hashStates.Put(st)
	return both[:n], both[n:]
}

// hexOf writes the hex digest of s to dst (2*sha256.Size bytes).
func (st *hashState) hexOf(s string, dst []byte) {
	h := st.h
	h.Reset()
	for len(s) > 0 {
		n := copy(st.buf[:], s)
		h.Write(st.buf[:n])
		s = s[n:]
	}
	hex.Encode(dst, h.Sum(st.sum[:0]))
}

// hashState is sha256Hexes' hash and buffers, pooled: passed to Write through an interface,
// a buffer on the stack would escape and be allocated at every call.
type hashState struct {
	h   hash.Hash
	buf [4096]byte
	sum [sha256.Size]byte
	hex [4 * sha256.Size]byte // two hex digests (sha256Hexes)
}

var hashStates = sync.Pool{New: func() any { return &hashState{h: sha256.New()} }}

// spanCounts returns the report's Counts: how many of spans change text, by category. They
// are counted by the category's catSlot in t, and the map is filled once per category
// (made for the categories it gets: grown entry by entry, it was made again past eight of
// them); counted in the map, each span cost a hash of its category and a map write.
func (t *catTable) spanCounts(spans []Span) map[Category]int {
	var bySlot [len(catTable{})]int32
	kinds := 0
	var others []Category // categories the engine does not know: none from its detectors
	for i := range spans {
		s := &spans[i]
		if s.Action == Keep {
			continue
		}
		if c := s.Category; len(c) >= 2 && t[catSlot(c)].cat == c {
			slot := catSlot(c)
			if bySlot[slot] == 0 {
				kinds++
			}
			bySlot[slot]++
		} else {
			others = append(others, c)
		}
	}
	counts := make(map[Category]int, kinds+len(others))
	for _, c := range categoryOrder { // the categories of t, fewer than its slots
		if n := bySlot[catSlot(c)]; n > 0 {
			counts[c] = int(n)
		}
	}
	for _, c := range others {
		counts[c]++
	}
	return counts
}

// replacedRange is a byte range of render's output that is replacement text, and the span of
// the input it replaced: the residual check maps a hit beside it back to the input and asks
// whether the replaced text was glued to it there (gluedToReplacement).
type replacedRange struct {
	start, end         int
	origStart, origEnd int
}

// render replaces every decision that changes text and returns the output with the ranges
// of the output that are replacement text (the residual check skips them) and the byte
// ranges of those that are detected spans the policy leaves as they are ("Tumen River" at
// province level: a removed "Tumen", the city, does not make the river a leak), appended
// to repl and kept.
func render(s string, ds []*decision, repl []replacedRange, kept [][2]int) (string, []replacedRange, [][2]int) {
	// The output's length, worked out first: its builder is made once, at that size, and a
	// field that nothing changes (most titles) is its own output, with no copy.
	n, keeps, changed, last := len(s), 0, false, 0
	for _, d := range ds {
		if d.Action == Keep {
			keeps++
			continue
		}
		if d.Start < last {
			continue
		}
		n += len(d.Replacement) - (d.End - d.Start)
		changed, last = true, d.End
	}
	// Sized for every decision of each kind, so neither list is regrown span by span.
	repl, kept = slices.Grow(repl, len(ds)-keeps), slices.Grow(kept, keeps)
	if !changed {
		for _, d := range ds {
			if d.Action == Keep {
				kept = append(kept, [2]int{d.Start, d.End})
			}
		}
		return s, repl, kept
	}
	var b strings.Builder
	b.Grow(n)
	last = 0
	for _, d := range ds {
		if d.Start < last {
			continue
		}
		if d.Action == Keep {
			start := b.Len() + d.Start - last
			kept = append(kept, [2]int{start, start + d.End - d.Start})
			continue
		}
		o := -1
		if d.onToIn { // few dates: the others' text before is not read
			o = onBeforeYear(d, s[last:d.Start])
		}
		if o >= 0 {
			// "born on 3 May 1985" generalized to "the 1980s": its "on" is written "in"
			// (the same length, so no offset moves), the span itself left as found.
			b.WriteString(s[last : last+o])
			b.WriteByte(s[last+o] - 'o' + 'i') // 'o' → 'i', 'O' → 'I'
			b.WriteString(s[last+o+1 : d.Start])
		} else {
			b.WriteString(s[last:d.Start])
		}
		start := b.Len()
		b.WriteString(d.Replacement)
		repl = append(repl, replacedRange{start: start, end: b.Len(), origStart: d.Start, origEnd: d.End})
		last = d.End
	}
	b.WriteString(s[last:])
	return b.String(), repl, kept
}

// rangeLists pools Redact's lists of replaced and kept ranges (render's): offsets only,
// nothing to clear.
var rangeLists = sync.Pool{New: func() any { return new(renderedRanges) }}

// renderedRanges are the text's and the title's lists of render.
type renderedRanges struct {
	repl [2][]replacedRange
	kept [2][][2]int
}

// Valid says whether c is one of the categories the engine knows.
func (c Category) Valid() bool {
	_, ok := categoryNames[c]
	return ok
}

// Categories lists every category the engine knows, direct identifiers first.
func Categories() []Category { return append([]Category(nil), categoryOrder...) }

var categoryOrder = []Category{Person, Phone, Email, URL, Handle, IDNumber, Address, BirthDate,
	SensitiveTerm, Place, Date, Age, Money, Quantity, Workplace, MilitaryUnit, Rank, Kinship,
	Physical, Route, Demographic}

// categoryNames are the human names used in "[category]" style replacements and labels.
var categoryNames = map[Category]string{
	Person: "person", Phone: "phone number", Email: "email address", URL: "URL", Handle: "handle",
	IDNumber: "ID number", Address: "address", BirthDate: "date of birth",
	SensitiveTerm: "removed", Place: "place", Date: "date", Age: "age", Money: "sum of money",
	Quantity: "number", Workplace: "workplace", MilitaryUnit: "military unit", Rank: "rank",
	Kinship: "relative", Physical: "physical description", Route: "route",
	Demographic: "demographic detail",
}

// Direct reports whether c is a direct identifier (as opposed to a quasi-identifier).
func (c Category) Direct() bool {
	switch c {
	case Person, Phone, Email, URL, Handle, IDNumber, Address, BirthDate, SensitiveTerm:
		return true
	}
	return false
}

// Valid says whether a is one of the four actions.
func (a Action) Valid() bool {
	switch a {
	case Pseudonymize, Generalize, Suppress, Keep:
		return true
	}
	return false
}

// levels lists the generalization levels each category accepts ("" is always the default).
var levels = map[Category][]string{
	Place:     {"province", "country"},
	Date:      {"year", "decade"},
	BirthDate: {"year", "decade"},
	Age:       {"decade"},
	Money:     {"range"},
}

// Check says whether the rule can apply to category c: a known action, a level the category
// accepts, a score between 0 and 1.
func (r Rule) Check(c Category) error {
	if !r.Action.Valid() {
		return fmt.Errorf("category %s: unknown action %q", c, r.Action)
	}
	if r.MinScore < 0 || r.MinScore > 1 {
		return fmt.Errorf("category %s: min_score %v is not between 0 and 1", c, r.MinScore)
	}
	if r.Level == "" {
		return nil
	}
	if r.Action == Suppress && r.Level == "category" {
		return nil
	}
	if r.Action == Generalize {
		for _, l := range levels[c] {
			if l == r.Level {
				return nil
			}
		}
	}
	return fmt.Errorf("category %s: level %q does not apply to action %s", c, r.Level, r.Action)
}

// Levels returns the generalization levels a category accepts with the generalize action.
func Levels(c Category) []string { return append([]string(nil), levels[c]...) }

// safeTopics drops the topic labels that contain a removed form: a topic "Hyesan" or one
// naming the interviewee would put back in the index facets what the text lost.
func (r *runState) safeTopics(topics []string) []string {
	var out []string
	for _, tp := range topics {
		if r.residual(tp, nil, nil, nil) == nil {
			out = append(out, tp)
		}
	}
	return out
}

// engineBug, deferred, turns a panic inside the engine (a bug: a detector reading past its
// words, say) into an error, so that one document fails closed (no result, so nothing is
// indexed) instead of taking a whole ingest down. Only a runtime error's message is kept:
// it names indexes and types, never text; any other panic value might carry text.
func engineBug(doc Document, err *error) {
	p := recover()
	if p == nil {
		return
	}
	msg := "unexpected panic"
	if re, ok := p.(runtime.Error); ok {
		msg = re.Error()
	}
	*err = fmt.Errorf("redact: document %s: internal error in the engine (%s); nothing was redacted", safeID(doc.ID), msg)
}

// catTable holds a policy's catRule of every category at the category's catSlot: planField
// reads one for each candidate, and a slot read and one string comparison cost less than
// the map lookups (the policy's rules, atomic) that a run repeated for every category met.
type catTable [64]catRule

// catSlot is a perfect hash of the categories (categoryOrder) into catTable; tested. It needs
// two bytes: every category has them.
func catSlot(c Category) int { return (int(c[0]) + 5*int(c[1]) + len(c)) & 63 }

// fill fills t with the rules of p.
func (t *catTable) fill(p *Policy) {
	for _, c := range categoryOrder {
		rule, ok := p.Rules[c]
		t[catSlot(c)] = catRule{cat: c, rule: rule, ok: ok, atomic: atomic[c], numeric: numericCategory(c)}
	}
}

// noCatRule is the catRule of a category the engine does not know: no rule (the policy
// has none, New refuses one), not atomic.
var noCatRule catRule

// of returns the catRule of c. p is the policy t was filled from (its rules are all in t).
func (t *catTable) of(_ *Policy, c Category) *catRule {
	if len(c) >= 2 {
		if cr := &t[catSlot(c)]; cr.cat == c {
			return cr
		}
	}
	return &noCatRule
}
