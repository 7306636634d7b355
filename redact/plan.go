package redact

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// decision is a span on its way into the report: a candidate that survived allow lists and
// overlap resolution, with the action the policy gives its category.
type decision struct {
	Span
	key string // phrase key of the surface form (what the residual check looks for)
	// surfaceNode is 1 + the number of the decision's surface node in assignLabels'
	// union-find (unionFind.surface), 0 until it is looked up.
	surfaceNode int32
	role        Role
	place       *PlaceEntry
	exempt      bool // known identifiers and deny-list hits: allow lists do not protect them
	// remainder marks the piece of a span that stuck out of a higher-priority one.
	remainder bool
	// overKnown marks a span that won an overlap with a known entry's full form ("Republic of
	// Korea" over a listed "the Republic of"): it may not be kept as a generalization that
	// changes nothing, or the listed form would stay readable across it.
	overKnown bool
	// keyPending marks a candidate whose key is not made yet: planField makes the keys of
	// the spans that win the overlaps only, from ns, ne (its Norm offsets) and wi, wj (the
	// words of the field it covers), which consider found already.
	keyPending bool
	// wordsKnown says that ns, ne, wi and wj are the decision's own (consider set them); a
	// copy (newDecision) is of another span, or soon will be, and has them unset.
	wordsKnown     bool
	ns, ne, wi, wj int32
	// propagatable caches propagatable(d): 0 not known yet, 1 yes, 2 no. A copy
	// (newDecision) has it unset, as its key or remainder may change.
	propagatable int8
	priority     float64
	// roleSplit marks a bare surname that assignLabels keeps apart by the role the text
	// gives it (splitSurnamesByRole): it joins no entity and no longer name.
	roleSplit bool
	// onToIn says render writes the "on" before the span as "in" (onBeforeYear).
	onToIn bool
	// part marks one word of a name that nameParts made a source of its own.
	part bool
}

// field is one redacted field of a document (the text or the title).
type field struct {
	name      string
	t         *Text
	decisions []*decision // sorted by start, non-overlapping among non-Keep
	keeps     []*decision // allow-list and keep-action records
	allow     [][2]int    // allow-listed spans (original offsets)
}

// runState is one run of the engine over one document.
type runState struct {
	e     *Engine
	doc   Document
	known []knownEntry
	// variants holds every known entry's variants (knownEntry.variants slices it): kept
	// with the pooled run, emptied by reset.
	variants []string
	// variantPartial[i] says whether variants[i] is a part of another variant of its entry
	// (isPartial of it), found once by prepareKnown; kept with the pooled run.
	variantPartial []bool
	// partial holds the known entries' variants that are a part of another (isPartial); it
	// is read only while the run is planned.
	partial *stringTable
	// literals are the known forms matched as written (knownLiteral), by planning and by
	// the residual check; most runs have none.
	literals []knownLiteral
	text     field
	title    field
	// forms are the phrase keys of everything removed: the residual check's list. A key is
	// there as many times as it was removed: the matcher keeps one copy (formMatcher), and
	// collecting them in a map first cost a map insert per removed span.
	forms []string
	// formsM matches forms, built on the residual check's first use.
	formsM *matcher
	// textForms matches the forms the text's planField propagated (the keys of its
	// sources), kept until the text's decisions are propagated into the title
	// (titleNeedsText); nil when that propagation built no matcher.
	textForms *matcher
	// arena holds the run's decisions (candidates, propagated copies, name parts, pieces of
	// overlapping spans), a pooled block at a time; blocks are every block it has taken.
	arena  []decision
	blocks []*[]decision
	// lists holds the run's lists of decisions (resolve's, mergePlaces'), carved from pooled
	// blocks (decisionList); listBlocks are every block it has taken.
	lists      []*decision
	listBlocks []*[]*decision
	// cluster, won and pieces are resolve's scratch slices, reused from cluster to cluster.
	cluster, won []*decision
	pieces       [][2]int
	// keys interns the multi-word phrase keys of planField's spans (matchKey, keyOfWords), built in
	// keyBuf and stored in strs; keys is dropped once the fields are planned, keyBuf wiped.
	keys   *stringTable
	keyBuf []byte
	// provinceCities[:nProvinceCities] are province's entries; spareProvince is the
	// entry of a fifth province, not kept.
	provinceCities  [4]provinceCity
	spareProvince   provinceCity
	nProvinceCities int
	// allowLists are the fields' allow spans (field.allow: the text's, then the title's),
	// kept with the pooled run (offsets only).
	allowLists [2][][2]int
	// strs holds the strings a run makes: the interned keys, the reasons of allow-listed
	// candidates ("allow list: " and the detector's reason) and of merged places, the
	// labels and entity IDs. One block for them all: apart, each started small and grew
	// block by block, some ten allocations a document.
	strs stringBlock
	// rules are the engine's rules by category (Engine.rules), for consider (both fields)
	// and replacement.
	rules *catTable
	// privateFigs are the allow-list payloads of the public figures' spellings that this
	// document uses for a private namesake (markPrivateFigures): no mention of them is
	// allowed, in either field or in the residual check.
	privateFigs []int
	// figs is the public-figure passes' scratch (markPrivateFigures, figureSurnames).
	figs figureScratch
}

// newDecision copies d into the run's arena: decisions live as long as the run, and the
// blocks go back to a pool when Redact is done with the run (releaseArena), so a run
// allocates none once the pool is warm. A block never grows: pointers into it stay valid.
func (r *runState) newDecision(d *decision) *decision {
	p := r.allocDecision()
	*p = *d
	p.wordsKnown, p.propagatable = false, 0
	return p
}

// allocDecision returns a zero decision in the run's arena (newDecision's), to be filled in
// place: a decision is large, and building one elsewhere first copied it once more. A
// block's decisions past the arena's length are zero already (a block is made zero, and
// releaseArena clears what a run used of it before it goes back), so none is zeroed here.
func (r *runState) allocDecision() *decision {
	if len(r.arena) == cap(r.arena) {
		b := arenaBlocks.Get().(*[]decision)
		r.blocks = append(r.blocks, b)
		r.arena = (*b)[:0]
	}
	r.arena = r.arena[:len(r.arena)+1]
	return &r.arena[len(r.arena)-1]
}

// arenaBlockLen is the number of decisions in an arena block (64 KB).
const arenaBlockLen = 256

var arenaBlocks = sync.Pool{New: func() any { b := make([]decision, 0, arenaBlockLen); return &b }}

// decisionList returns an empty list of decisions with room for n, carved from the run's
// blocks: a run makes some ten lists (resolve's, mergePlaces'), which live as long as the
// run. Its capacity is n, so appending past it never writes into the next list.
func (r *runState) decisionList(n int) []*decision {
	if n > listBlockLen {
		return make([]*decision, 0, n)
	}
	if cap(r.lists)-len(r.lists) < n {
		b := listBlocks.Get().(*[]*decision)
		r.listBlocks = append(r.listBlocks, b)
		r.lists = (*b)[:0]
	}
	at := len(r.lists)
	r.lists = r.lists[:at+n]
	return r.lists[at : at : at+n]
}

// listBlockLen is the number of decisions in a block of lists (8 KB).
const listBlockLen = 1024

var listBlocks = sync.Pool{New: func() any { b := make([]*decision, 0, listBlockLen); return &b }}

// releaseArena gives the run's decision blocks back, cleared (they hold slices of testimony
// text); nothing may read the run's decisions afterwards. Only Redact calls it: Detect's
// callers keep no decision, but it costs nothing to leave its blocks to the collector.
func (r *runState) releaseArena() {
	for i, b := range r.blocks {
		if i == len(r.blocks)-1 {
			clear(r.arena) // the last block is used up to len(r.arena), the others whole
		} else {
			clear((*b)[:cap(*b)])
		}
		arenaBlocks.Put(b)
	}
	clear(r.blocks)
	r.blocks, r.arena = r.blocks[:0], nil
	for _, b := range r.listBlocks {
		clear((*b)[:cap(*b)])
		listBlocks.Put(b)
	}
	clear(r.listBlocks)
	r.listBlocks, r.lists = r.listBlocks[:0], nil
}

// runStates pools the runs' states: with the slices they keep (recycle), a run's state was
// some kilobytes made per document.
var runStates = sync.Pool{New: func() any { return new(runState) }}

// newRunState returns a run's state for doc, from the pool.
func newRunState(e *Engine, doc Document) *runState {
	r := runStates.Get().(*runState)
	r.e, r.doc, r.rules = e, doc, &e.rules
	return r
}

// recycle empties r and pools it; nothing may use r afterwards. Redact and Detect call it
// last.
func (r *runState) recycle() {
	r.reset()
	runStates.Put(r)
}

// reset empties r, keeping its scratch slices' room.
func (r *runState) reset() {
	clear(r.known)
	clear(r.variants)
	clear(r.forms)
	clear(r.cluster)
	clear(r.won)
	clear(r.blocks) // Detect leaves its blocks to the collector
	clear(r.listBlocks)
	clear(r.figs.mentions) // surnames: testimony text
	*r = runState{figs: figureScratch{ends: r.figs.ends[:0], given: r.figs.given[:0], mentions: r.figs.mentions[:0]}, known: r.known[:0], variants: r.variants[:0], variantPartial: r.variantPartial[:0], forms: r.forms[:0], cluster: r.cluster[:0], won: r.won[:0],
		pieces: r.pieces[:0], keyBuf: r.keyBuf[:0], blocks: r.blocks[:0], listBlocks: r.listBlocks[:0],
		allowLists: [2][][2]int{r.allowLists[0][:0], r.allowLists[1][:0]}}
}

// releaseTexts gives the pooled buffers of the fields' Texts back (Text.release); the run
// must not read their words or detect anything afterwards.
func (r *runState) releaseTexts() {
	for _, f := range []*field{&r.text, &r.title} {
		if f.t != nil {
			f.t.release()
		}
	}
}

// release gives the run's pooled matcher back; the run must not use it afterwards.
func (r *runState) release() {
	if r.formsM != nil {
		returnRunMatcher(r.formsM)
		r.formsM = nil
	}
}

type knownEntry struct {
	Known
	node     string
	fullKey  string
	rule     string   // the Rule of its candidates: "known <role or category>"
	variants []string // phrase keys
	// partials counts the variants that are a part of another variant ("park" and "youngmi"
	// of "parkyoungmi"), as opposed to full spellings ("pakyongmi"): runState.isPartial.
	partials int
	// firstVariant is the number of the entry's first variant among every entry's, in
	// order (its index in runState.variants and variantPartial, set by prepareKnown): the
	// known identifiers' matcher's payloads are these numbers (variantEntry).
	firstVariant int
}

// variantEntry returns the known entry whose variants hold the variant numbered p (see
// knownEntry.firstVariant): the last entry that starts at or before p, as an entry without
// variants starts where the next one does.
func (r *runState) variantEntry(p int) int {
	i := len(r.known) - 1
	for i > 0 && r.known[i].firstVariant > p {
		i--
	}
	return i
}

// isKnownVariant says whether key is a variant of a known entry that the residual check
// looks for (two letters or more). Asked only of a function word left of a known span,
// which is rare: a scan of the variants.
func (r *runState) isKnownVariant(key string) bool {
	return utf8.RuneCountInString(key) >= 2 && slices.Contains(r.variants, key)
}

// isPartial says whether key is a variant of known entry i that is a part of another of its
// variants. One table for the run (the entry's index is the tag), rather than one per
// entry, which cost a map per known person and document.
func (r *runState) isPartial(i int, key string) bool {
	return r.partial != nil && r.partial.has(key, phraseHash(phraseHashSeed, key), int32(i))
}

func (e *Engine) plan(doc Document) (*runState, error) {
	if !utf8.ValidString(doc.Text) || !utf8.ValidString(doc.Title) {
		return nil, fmt.Errorf("redact: document %s is not valid UTF-8", safeID(doc.ID))
	}
	for _, k := range doc.Known {
		if !utf8.ValidString(k.Text) {
			return nil, fmt.Errorf("redact: document %s: a known identifier is not valid UTF-8", safeID(doc.ID))
		}
	}
	for _, k := range doc.Keep {
		if !utf8.ValidString(k) {
			return nil, fmt.Errorf("redact: document %s: a keep form is not valid UTF-8", safeID(doc.ID))
		}
	}
	r := newRunState(e, doc)
	r.prepareKnown()
	// The known identifiers' matcher is built once and read by both fields, then becomes the
	// residual check's (formsOf).
	knownM := r.knownMatcher()
	r.text = r.planField("", doc.Text, knownM)
	r.title = r.planField("title", doc.Title, knownM)
	if r.keys != nil {
		r.keys.reset()
		keyTables.Put(r.keys)
		// keyBuf is scratch, kept for the next run (grown anew, it was a few allocations
		// a document); the last keys' bytes are wiped, names are not kept.
		clear(r.keyBuf[:cap(r.keyBuf)])
		r.keys, r.keyBuf = nil, r.keyBuf[:0]
	}
	// A form removed from the title is removed from the text too, and the other way round.
	titleDs := r.title.decisions
	if r.textForms == nil || r.titleNeedsText() {
		r.title.decisions = r.propagate(&r.title, r.title.decisions, r.text.decisions)
	}
	if r.textForms != nil {
		returnRunMatcher(r.textForms)
		r.textForms = nil
	}
	r.text.decisions = r.propagate(&r.text, r.text.decisions, titleDs)
	r.assignLabels()
	// forms is sized for every key it may get, so it is not regrown.
	formsHint := len(r.text.decisions) + len(r.title.decisions) + len(e.denyKeys)
	for _, k := range r.known {
		formsHint += len(k.variants)
	}
	r.forms = slices.Grow(r.forms[:0], formsHint)
	// The known variants come first, in knownM's order, so that the payload of each (its
	// number, knownEntry.firstVariant) is its index in forms, as formMatcher's are; they are
	// all forms when each has two letters or more, as phrase keys do.
	allVariants := true
	for _, k := range r.known {
		for _, v := range k.variants {
			if utf8.RuneCountInString(v) >= 2 {
				r.forms = append(r.forms, v)
			} else {
				allVariants = false
			}
		}
	}
	nVariants := len(r.forms)
	r.numberLiteralForms()
	onToIn := 0 // dates after "on" generalized to a year (onBeforeYear), marked below
	for _, f := range []*field{&r.text, &r.title} {
		for _, d := range f.decisions {
			d.Replacement = r.replacement(d, f.t)
			if d.Category == Date || d.Category == BirthDate {
				if onBeforeYear(d, f.t.Original[:d.Start]) >= 0 {
					onToIn++
				}
			}
			// matchCase changes only a readable replacement (not "[...]"): only then is the
			// text before the span read.
			if mayMatchCase(d.Replacement) && atSentenceStart(f.t.Original, d.Start) {
				d.Replacement = matchCase(d.Replacement, d.Text)
			}
			if d.Replacement == d.Text {
				if d.overKnown {
					d.Replacement = categoryLabel(d.Category)
				} else {
					// A generalization that changes nothing (a province at province level) is a keep.
					d.Action = Keep
					d.Replacement = ""
				}
			}
			if d.Action != Keep && propagatable(d) {
				r.forms = append(r.forms, d.key)
			}
		}
	}
	if r.partial != nil {
		r.partial.reset()
		partialSets.Put(r.partial)
		r.partial = nil
	}
	r.text.decisions = r.mergePlaces(r.text.decisions, doc.Text)
	r.title.decisions = r.mergePlaces(r.title.decisions, doc.Title)
	for _, k := range e.denyKeys {
		r.forms = append(r.forms, k)
	}
	if onToIn > 0 {
		r.markOnToIn()
	}
	if knownM != nil {
		if allVariants {
			r.formsM = r.formsOf(knownM, nVariants)
		} else {
			returnRunMatcher(knownM) // planField kept none of its matches
		}
	}
	return r, nil
}

// markOnToIn marks the dates whose "on" render writes "in" (onBeforeYear), unless the "in"
// would complete a removed form with the words before it (a known "in", "born in"): the
// residual check would find it there, and the run would fail.
func (r *runState) markOnToIn() {
	for _, f := range []*field{&r.text, &r.title} {
		for _, d := range f.decisions {
			if d.Category != Date && d.Category != BirthDate {
				continue
			}
			o := onBeforeYear(d, f.t.Original[:d.Start])
			d.onToIn = o >= 0 && !slices.ContainsFunc(r.forms, func(k string) bool {
				head, ok := strings.CutSuffix(k, "in")
				return ok && keyEndsText(head, f.t.Original[:o])
			})
		}
	}
}

// keyEndsText says whether the words at the end of s may make the phrase key k (phraseKey: the
// folded words with nothing between them). It errs towards yes: any character that is not
// ASCII in the bytes read does.
func keyEndsText(k, s string) bool {
	i := len(k)
	for j := len(s) - 1; i > 0 && j >= 0; j-- {
		c := s[j]
		if c >= utf8.RuneSelf {
			return true
		}
		if !asciiAlnum(c) {
			continue
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if i--; k[i] != c {
			return false
		}
	}
	return i == 0
}

// formsOf makes knownM, which holds the first nVariants forms with their indices as
// payloads, the residual check's matcher of every form (formMatcher's): the forms after the
// variants are added as formMatcher adds them, and the variants are not hashed and added a
// second time. The residual check reads a match's first payload only for the form it
// indexes, which is the key matched whichever index of it that is.
func (r *runState) formsOf(knownM *matcher, nVariants int) *matcher {
	var repeats repeatCache
	for i, k := range r.forms[nVariants:] {
		if !repeats.seen(k) {
			knownM.addFirst(k, nVariants+i)
		}
	}
	// Its filters were sized for the variants alone.
	knownM.fitFilters()
	return knownM
}

// safeID returns a document ID fit for an error message: IDs are random, but a caller may
// have put anything there, so only short ID-like strings are quoted.
func safeID(id string) string {
	if id == "" || len(id) > 64 {
		return "(unnamed)"
	}
	for _, r := range id {
		if !(r < utf8.RuneSelf && (r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r))) {
			return "(unnamed)"
		}
	}
	return id
}

func (r *runState) prepareKnown() {
	g := r.e.gaz
	// The set and its key list and buffer come from a pool: grown from nothing in every run
	// they were most of what a run allocated for its known identifiers.
	set := knownKeySets.Get().(*knownKeySet)
	defer set.release()
	// Every entry's ASCII keys are built end to end in set.buf and made one string for the
	// run (allKeys); the entries' variants slice it. An entry's keys are
	// set.keys[entryKeys[i]:entryKeys[i+1]], its full key set.full[i].
	set.buf, set.keys = set.buf[:0], set.keys[:0]
	r.known = slices.Grow(r.known[:0], len(r.doc.Known))
	r.variantPartial = r.variantPartial[:0]
	r.literals = r.literals[:0]
	set.hangul = false
	for _, k := range r.doc.Known {
		if k.Category == Person {
			set.hangul = hasHangulSyllable(r.doc.Text) || hasHangulSyllable(r.doc.Title)
			break
		}
	}
	for i, k := range r.doc.Known {
		if strings.TrimSpace(k.Text) == "" {
			continue
		}
		if k.Category == "" {
			k.Category = SensitiveTerm
		}
		// A role, where there is one, names the rule rather than the category.
		rule := string(k.Role)
		if rule == "" {
			rule = string(k.Category)
		}
		ke := knownEntry{Known: k, node: knownNodeName(i), rule: knownRule(rule)}
		set.entryKeys = append(set.entryKeys, len(set.keys))
		set.full = append(set.full, set.keyOf(k.Text))
		set.reset()
		if k.Category == Person {
			personKeyForms(k.Text, g, set)
			set.runs = appendWordRuns(set.runs[:0], k.Text)
			for _, f := range set.runs {
				set.addForm(f)
			}
		} else {
			set.addForm(k.Text)
		}
		r.known = append(r.known, ke)
	}
	set.entryKeys = append(set.entryKeys, len(set.keys))
	allKeys := string(set.buf)
	// One slice holds every entry's variants: at most every key, each entry's full key and
	// a sensitive term's literal.
	variants := slices.Grow(r.variants[:0], len(set.keys)+2*len(r.known))
	ends := &set.ends
	for i := range r.known {
		ke := &r.known[i]
		ke.fullKey = set.full[i].in(allKeys)
		from := len(variants)
		seen := false
		for _, key := range set.keys[set.entryKeys[i]:set.entryKeys[i+1]] {
			v := key.in(allKeys)
			variants = append(variants, v)
			seen = seen || v == ke.fullKey
		}
		if utf8.RuneCountInString(ke.fullKey) >= 2 && !seen {
			variants = append(variants, ke.fullKey)
		}
		variants = r.addLiterals(ke, variants, from)
		ke.variants = variants[from:len(variants):len(variants)]
		ke.firstVariant = from
		indexed := ends.index(ke.variants)
		for _, v := range ke.variants {
			partial := indexed && ends.partOfAnother(ke.variants, v) || !indexed && partOfAnother(ke.variants, v)
			r.variantPartial = append(r.variantPartial, partial)
			if partial {
				if r.partial == nil {
					r.partial = partialSets.Get().(*stringTable)
				}
				if h, i := phraseHash(phraseHashSeed, v), int32(i); !r.partial.has(v, h, i) {
					r.partial.insert(v, h, i)
				}
				ke.partials++
			}
		}
	}
	r.variants = variants
}

// knownNodeName is "k:" and i, the node of known entry i: made once for the first entries.
func knownNodeName(i int) string {
	if i < len(knownNodeNames) {
		return knownNodeNames[i]
	}
	return "k:" + strconv.Itoa(i)
}

var knownNodeNames = func() (names [64]string) {
	for i := range names {
		names[i] = "k:" + strconv.Itoa(i)
	}
	return names
}()

// knownRule is "known " and a category or role, the rule of a known entry's candidates:
// made once for the engine's categories and roles.
func knownRule(s string) string {
	if r, ok := knownRules[s]; ok {
		return r
	}
	return "known " + s
}

var knownRules = func() map[string]string {
	m := map[string]string{}
	for _, c := range categoryOrder {
		m[string(c)] = "known " + string(c)
	}
	for _, r := range []Role{RoleInterviewee, RoleInterviewer, RoleSpeaker, RoleBroker, RoleRelative, RolePerson} {
		m[string(r)] = "known " + string(r)
	}
	return m
}()

// partOfAnother says whether v is the start or the end of a longer variant of vs.
func partOfAnother(vs []string, v string) bool {
	for _, w := range vs {
		// The end bytes first: most pairs differ there, without a call to compare them.
		if len(v) < len(w) && (w[0] == v[0] && strings.HasPrefix(w, v) || w[len(w)-1] == v[len(v)-1] && strings.HasSuffix(w, v)) {
			return true
		}
	}
	return false
}

// variantEnds chains the variants of a known entry by their first bytes and by their last
// (two, and four for those that have four, hashed into endBuckets buckets), so
// partOfAnother compares a variant only with those that may start or end with it: a
// Korean name has dozens of variants (each spelling of the surname, before and after the
// given name, with titles), most of them a part of none, and comparing every pair cost the
// square of their number. The variants are chained shortest first, so that a chain runs
// from the longest down and a walk stops at the first variant that is not longer than v: a
// given name's spellings before (or after) each surname spelling share a chain, and most of
// them are not longer than the one looked for.
type variantEnds struct {
	// 1 + the index of a bucket's first variant, and of the next one in its chain (0: none),
	// by endFirst2, endLast2, endFirst4 and endLast4.
	heads [4][endBuckets]int16
	next  [4][maxEndsVariants]int16
	order [maxEndsVariants]int16 // the variants' indices, shortest first (index's scratch)
}

// endsSortedLen is the length from which variants are no longer told apart by length: they
// are chained in any order among themselves, and a walk never stops at one.
const endBuckets, maxEndsVariants, endsSortedLen = 64, 256, 63

// The chains of variantEnds.
const (
	endFirst2 = iota
	endLast2
	endFirst4
	endLast4
)

// endBucket hashes two or four bytes (b in the low bits) to a bucket.
func endBucket(b uint32) int { return int(b * 0x9E3779B1 >> 26) }

// twoBytes and fourBytes are the first two and four bytes of s, the first lowest.
func twoBytes(s string) uint32 { return uint32(s[0]) | uint32(s[1])<<8 }

func fourBytes(s string) uint32 {
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// index chains vs, and reports whether it could: not when there are more than
// maxEndsVariants or one is shorter than two bytes (phrase keys of two letters or more are
// not), for which the caller compares every pair (partOfAnother).
func (x *variantEnds) index(vs []string) bool {
	if len(vs) > maxEndsVariants {
		return false
	}
	// A counting sort of the variants by length (up to endsSortedLen).
	var starts [endsSortedLen + 2]int16
	longest := 0
	for _, v := range vs {
		if len(v) < 2 {
			return false
		}
		n := min(len(v), endsSortedLen)
		starts[n+1]++
		longest = max(longest, n)
	}
	for n := 1; n <= longest; n++ {
		starts[n+1] += starts[n]
	}
	for i, v := range vs {
		n := min(len(v), endsSortedLen)
		x.order[starts[n]] = int16(i)
		starts[n]++
	}
	x.heads = [4][endBuckets]int16{}
	for _, i16 := range x.order[:len(vs)] {
		i, v := int(i16), vs[i16]
		x.chain(endFirst2, i, twoBytes(v))
		x.chain(endLast2, i, twoBytes(v[len(v)-2:]))
		if len(v) >= 4 {
			x.chain(endFirst4, i, fourBytes(v))
			x.chain(endLast4, i, fourBytes(v[len(v)-4:]))
		}
	}
	return true
}

func (x *variantEnds) chain(c, i int, b uint32) {
	h := &x.heads[c][endBucket(b)]
	x.next[c][i], *h = *h, int16(i+1)
}

// partOfAnother is partOfAnother(vs, v) for the variants vs indexed, v one of them: a
// longer variant that starts with v starts with v's first two bytes, and with its first
// four if v has four; the same for the ends.
func (x *variantEnds) partOfAnother(vs []string, v string) bool {
	first, last := endFirst2, endLast2
	bf, bl := twoBytes(v), twoBytes(v[len(v)-2:])
	if len(v) >= 4 {
		first, last = endFirst4, endLast4
		bf, bl = fourBytes(v), fourBytes(v[len(v)-4:])
	}
	for k := x.heads[first][endBucket(bf)]; k > 0; k = x.next[first][k-1] {
		w := vs[k-1]
		if len(w) <= len(v) {
			if len(w) < endsSortedLen {
				break // and so are all after it
			}
			continue
		}
		if strings.HasPrefix(w, v) {
			return true
		}
	}
	for k := x.heads[last][endBucket(bl)]; k > 0; k = x.next[last][k-1] {
		w := vs[k-1]
		if len(w) <= len(v) {
			if len(w) < endsSortedLen {
				break
			}
			continue
		}
		if strings.HasSuffix(w, v) {
			return true
		}
	}
	return false
}

// knownKey is one of prepareKnown's keys: str, or buf[start:end] of its key buffer.
type knownKey struct {
	str        string
	inBuf      bool
	start, end int
}

// in returns the key, allKeys being the key buffer made a string.
func (k knownKey) in(allKeys string) string {
	if k.inBuf {
		return allKeys[k.start:k.end]
	}
	return k.str
}

// knownKeySet is prepareKnown's keys of every entry of a run (keys, buf) and its set of one
// entry's keys: an open-addressing table of indices into keys, by phraseHash. keys[from:]
// are the entry's (from is the last of entryKeys).
type knownKeySet struct {
	slots     []int32  // 1 + an index into keys; 0: a free slot
	hs        []uint32 // the phraseHash of keys[from+i]
	keys      []knownKey
	buf       []byte
	entryKeys []int       // where each entry's keys start in keys, then len(keys)
	full      []knownKey  // each entry's full key
	runs      []string    // a person's wordRuns
	ends      variantEnds // an entry's variants by their ends, kept to be cleared only where used
	// hangul says that the run's text or title may hold Hangul: only then are a romanized
	// name's Hangul spellings made (romanizedHangulForms), hundreds for some names.
	hangul bool
}

var knownKeySets = sync.Pool{New: func() any {
	return &knownKeySet{slots: make([]int32, 128), hs: make([]uint32, 0, 64)}
}}

// reset empties the set of an entry's keys (not the keys kept).
func (s *knownKeySet) reset() {
	clear(s.slots)
	clear(s.hs)
	s.hs = s.hs[:0]
}

// release empties s (dropping its references to the run's strings) and pools it.
func (s *knownKeySet) release() {
	s.reset()
	clear(s.keys)
	clear(s.full)
	clear(s.runs)
	s.keys, s.buf, s.entryKeys, s.full, s.runs = s.keys[:0], s.buf[:0], s.entryKeys[:0], s.full[:0], s.runs[:0]
	knownKeySets.Put(s)
}

// keyOf returns the phrase key of f, built in buf if f is plain (appendPlainKey).
func (s *knownKeySet) keyOf(f string) knownKey {
	if isLowerAlnum(f) {
		return knownKey{str: f} // its own key
	}
	if b, ok := appendPlainKey(s.buf, f); ok {
		k := knownKey{inBuf: true, start: len(s.buf), end: len(b)}
		s.buf = b
		return k
	}
	return knownKey{str: phraseKey(f)}
}

// addForm keeps the key of a form of the current entry. Spellings repeat (personForms and
// wordRuns give "Kim Ji-min" and "Kim Ji Min", personForms some forms twice): a key already
// kept is dropped. The kept keys are in the set by phraseHash, so a repeat is found by one
// probe rather than by comparing it with every key kept so far.
func (s *knownKeySet) addForm(f string) {
	key := knownKey{str: f}
	if isLowerAlnum(f) {
		// f is its own key
	} else if b, ok := appendPlainKey(s.buf, f); ok {
		key = knownKey{inBuf: true, start: len(s.buf), end: len(b)}
		kb := b[key.start:]
		if utf8.RuneCount(kb) >= 2 {
			if h := phraseHashBytes(phraseHashSeed, kb); s.addBytes(b, kb, h) {
				s.keys = append(s.keys, key)
				s.buf = b
				return
			}
		}
		s.buf = b[:key.start] // dropped, but b keeps the capacity it may have grown to
		return
	} else {
		key.str = phraseKey(f)
	}
	// A one-letter form ("A" as a speaker label) would take every article with it and
	// identifies no one: it is not matched.
	if utf8.RuneCountInString(key.str) >= 2 && s.addString(key.str, phraseHash(phraseHashSeed, key.str)) {
		s.keys = append(s.keys, key)
	}
}

// addKey is addForm of a form whose key is key (appendPlainKey's): key is copied into buf,
// not kept.
func (s *knownKeySet) addKey(key []byte) { s.addKeyHashed(key, phraseHashBytes(phraseHashSeed, key)) }

// addKeyHashed is addKey of a key whose phraseHash is h: a caller that makes keys from parts
// it has hashed once (a surname spelling's key, a given name's) carries their hashes on.
func (s *knownKeySet) addKeyHashed(key []byte, h uint32) {
	start := len(s.buf)
	b := append(s.buf, key...)
	kb := b[start:]
	if utf8.RuneCount(kb) >= 2 && s.addBytes(b, kb, h) {
		s.keys = append(s.keys, knownKey{inBuf: true, start: start, end: len(b)})
		s.buf = b
		return
	}
	s.buf = b[:start] // dropped, but b keeps the capacity it may have grown to
}

// addLowerKey is addForm of a form of ASCII a-z and 0-9 only, its own key, whose phraseHash
// is h: a surname's title keys, hashed once per engine (titledSpelling).
func (s *knownKeySet) addLowerKey(key string, h uint32) {
	if len(key) >= 2 && s.addString(key, h) {
		s.keys = append(s.keys, knownKey{str: key})
	}
}

// appendPlainKey is appendASCIIKey (sep "") for a string of ASCII and Hangul syllables: such
// a string is its own NFKC form and its syllables have no case, so its key is its letters,
// digits and syllables in order, the ASCII lowered, as phraseKey makes it. A known Korean
// name's Hangul forms are such strings; phraseKey made each a Text's worth of strings.
// It reports false, with dst as it was, for any other string.
func appendPlainKey(dst []byte, s string) ([]byte, bool) {
	b := slices.Grow(dst, len(s))
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if k := asciiKeyBytes[c]; k != 0 {
				b = append(b, k)
			}
			i++
			continue
		}
		if !syllableAt(s, i) {
			return dst, false
		}
		b = append(b, s[i:i+3]...)
		i += 3
	}
	return b, true
}

// grow makes room for one more key (the table at most half full).
func (s *knownKeySet) grow() {
	if 2*(len(s.hs)+1) <= len(s.slots) {
		return
	}
	s.slots = make([]int32, max(32, 2*len(s.slots)))
	mask := uint32(len(s.slots) - 1)
	for i, h := range s.hs {
		j := h & mask
		for s.slots[j] != 0 {
			j = (j + 1) & mask
		}
		s.slots[j] = int32(i + 1)
	}
}

// addBytes reports whether key (in buf, hash h) is not among the entry's keys yet, and if
// so records it as the next one, which the caller appends to keys.
func (s *knownKeySet) addBytes(buf, key []byte, h uint32) bool {
	s.grow()
	keys := s.keys[s.entryKeys[len(s.entryKeys)-1]:]
	mask := uint32(len(s.slots) - 1)
	j := h & mask
	for ; s.slots[j] != 0; j = (j + 1) & mask {
		i := s.slots[j] - 1
		if k := keys[i]; s.hs[i] == h && (k.inBuf && string(buf[k.start:k.end]) == string(key) || !k.inBuf && k.str == string(key)) {
			return false
		}
	}
	s.slots[j] = int32(len(keys) + 1)
	s.hs = append(s.hs, h)
	return true
}

// addString is addBytes for a key that is a string.
func (s *knownKeySet) addString(key string, h uint32) bool {
	s.grow()
	keys := s.keys[s.entryKeys[len(s.entryKeys)-1]:]
	mask := uint32(len(s.slots) - 1)
	j := h & mask
	for ; s.slots[j] != 0; j = (j + 1) & mask {
		i := s.slots[j] - 1
		if k := keys[i]; s.hs[i] == h && (k.inBuf && string(s.buf[k.start:k.end]) == key || !k.inBuf && k.str == key) {
			return false
		}
	}
	s.slots[j] = int32(len(keys) + 1)
	s.hs = append(s.hs, h)
	return true
}

// ambiguous says whether a one-word form is also an ordinary word ("young", "sun"): such a
// form counts as the name only where it is capitalised, both when it is propagated and in
// the residual check. Its callers test the capital first: a byte or two, where ambiguous
// looks the form up in two maps, and most mentions of a name are capitalised.
func (r *runState) ambiguous(key string) bool {
	if r.e.gaz.AmbiguousNames[key] || commonWords[key] {
		return true
	}
	// Its plural is a word too: "parks" of the family "the Parks".
	n := len(key)
	return n > 2 && key[n-1] == 's' && (r.e.gaz.AmbiguousNames[key[:n-1]] || commonWords[key[:n-1]])
}

// commonWords are English words that are also romanized name parts; the gazetteer's
// AmbiguousNames extends this list.
var commonWords = map[string]bool{
	"young": true, "sun": true, "lily": true, "jo": true, "so": true, "in": true, "an": true,
	"do": true, "go": true, "ha": true, "ho": true, "mi": true, "na": true, "ok": true,
	"un": true, "il": true, "su": true, "ye": true, "yo": true, "bo": true, "hay": true,
	"may": true, "rose": true, "grace": true, "hope": true, "joy": true, "june": true,
	"song": true, "moon": true, "bang": true, "ma": true, "mo": true, "no": true,
	"me": true, "we": true, "a": true, "i": true, "ri": true, "to": true, "on": true,
	// Vietnamese and Mongolian name words ("Tran Van Minh", "Bat-Erdene").
	"van": true, "dung": true, "tam": true, "lam": true, "bat": true, "bold": true,
}

// knownMatcher returns a pooled matcher of every variant of the known identifiers, with
// the entry's index as payload, or nil when there are none. The caller returns it.
func (r *runState) knownMatcher() *matcher {
	if len(r.known) == 0 {
		return nil
	}
	n := len(r.variants) // every entry's, numbered by prepareKnown (firstVariant)
	// Sized for the removed forms too, about one a line, which formsOf adds to it.
	m := borrowRunMatcher(n + len(r.doc.Text)/64)
	for _, k := range r.known {
		for j, v := range k.variants {
			m.add(v, k.firstVariant+j)
		}
	}
	return m
}

// appendSensitiveWordForms appends to hits the words that are a one-word sensitive term
// with an ending: a plural ("Blackbirds"), digits ("Blackbird123", a handle made of it), or
// a Korean place unit written on ("Sinhungri"). The archivist listed the term to have it
// gone in every form; the phrase matcher finds whole words only.
func (r *runState) appendSensitiveWordForms(t *Text, words []word, hits []phraseMatch) []phraseMatch {
	// The variants that can go on inside a word, and a bit for the byte each starts with:
	// the words are read once, and most start with none of those bytes.
	var buf [16]sensitiveWordForm
	forms := buf[:0]
	var firsts [4]uint64
	for _, k := range r.known {
		if k.Category != SensitiveTerm {
			continue
		}
		for j, v := range k.variants {
			if len(v) < 4 || strings.Contains(v, " ") || !isLowerAlnum(v) {
				continue // a phrase, a short word, or a term in another script: whole words only
			}
			forms = append(forms, sensitiveWordForm{v, k.firstVariant + j})
			firsts[v[0]/64] |= 1 << (v[0] % 64)
		}
	}
	if len(forms) == 0 {
		return hits
	}
	n := len(hits)
	for i, w := range words {
		fw := t.Fold[w.start:w.end]
		// The first byte first: half a text's words are short, at random, where few start
		// with a variant's byte.
		if firsts[fw[0]/64]&(1<<(fw[0]%64)) == 0 || len(fw) <= 4 {
			continue // no variant starts so, or shorter than any variant with an ending
		}
		for _, f := range forms {
			if len(fw) > len(f.v) && strings.HasPrefix(fw, f.v) && sensitiveEnding(fw[len(f.v):]) {
				hits = append(hits, phraseMatch{w.start, w.end, int32(i), int32(i + 1), []int{f.variant}})
			}
		}
	}
	if len(hits) > n {
		slices.SortStableFunc(hits, func(a, b phraseMatch) int { return cmp.Compare(a.start, b.start) })
	}
	return hits
}

// sensitiveWordForm is a variant of a sensitive term that appendSensitiveWordForms finds
// inside words, with its index in runState.variants.
type sensitiveWordForm struct {
	v       string
	variant int
}

// sensitiveEnding says whether rest, what follows a sensitive term inside a word, is an
// ending that leaves the term itself readable: a plural, digits, a Korean place unit.
func sensitiveEnding(rest string) bool {
	switch rest {
	case "s", "es", "ri", "dong", "gun", "kun", "si", "shi", "gu", "up", "eup", "myon", "myeon", "nodongjagu":
		return true
	}
	return isAllDigits(rest)
}

// planField finds and resolves the spans of one field; knownM is knownMatcher's (nil: no
// known identifiers).
func (r *runState) planField(name, s string, knownM *matcher) field {
	f := field{name: name, t: NewText(s)}
	if s == "" {
		return f
	}
	t := f.t
	words := t.wordList()
	e := r.e

	// Each detector's candidates are kept apart and read in place: Candidate is large, and
	// copying them all into one slice cost a testimony's candidates once more.
	foundBuf := foundLists.Get().(*[][]Candidate)
	defer func() { clear(*foundBuf); foundLists.Put(foundBuf) }()
	*foundBuf = slices.Grow((*foundBuf)[:0], len(e.dets))[:len(e.dets)]
	found := *foundBuf
	n := 0
	for k, d := range e.dets {
		found[k] = d.detect(t, e.gaz)
		t.endCandidateRoom(found[k])
		n += len(found[k])
	}
	// Known identifiers and deny-list hits join the detectors' candidates below.
	var knownHits []phraseMatch
	if knownM != nil {
		known := borrowMatchList()
		defer returnMatchList(known)
		*known = knownM.findAppend(*known, t, nil)
		*known = r.appendSensitiveWordForms(t, words, *known)
		*known = r.appendSensitiveInflections(t, words, *known)
		*known = r.appendLiteralHits(t, *known, false, nil)
		knownHits = *known
	}
	deny := borrowMatchList()
	defer returnMatchList(deny)
	*deny = e.deny.findAppend(*deny, t, nil)
	denyHits := *deny
	// Allow-listed spans: public figures and bodies from the policy and the gazetteer, and
	// the forms a reviewer marked as false positives for this testimony.
	allowHits := borrowMatchList()
	*allowHits = e.allow.findAppend(*allowHits, t, nil)
	// At most every hit: not regrown hit by hit. The run keeps the list (allowLists).
	list := &r.allowLists[0]
	if name != "" {
		list = &r.allowLists[1]
	}
	f.allow = slices.Grow((*list)[:0], len(*allowHits))
	// A public figure's name used for a private namesake ("my uncle Ri Yong-ho") is no
	// allow span anywhere in the document but a person to pseudonymise (allow_private.go).
	r.markPrivateFigures(t, words, *allowHits, found)
	var figureCands []Candidate
	var titleKeeps [][2]int
	for _, m := range *allowHits {
		if !e.allowSpanOK(words, m) {
			continue
		}
		s, en := t.Orig(m.start, m.end)
		if len(r.privateFigs) > 0 && r.privateFigure(m) {
			figureCands = append(figureCands, privateFigureCandidate(s, en))
			continue
		}
		if e.figureMatch(m) {
			// The figure's public title before the name is kept with it: its rank's keep
			// record is rendered as kept, as a surname's is (keepFigureSurnames), so that the
			// residual check does not fail on a rank removed elsewhere ("Marshal Pak").
			if ts, ok := figureTitlesBefore(t, words, int(m.wi)); ok {
				titleKeeps = append(titleKeeps, ts)
				s = ts[0]
			}
		}
		f.allow = append(f.allow, [2]int{s, en})
	}
	if len(figureCands) > 0 {
		figureCands = r.privateGivenCandidates(t, words, *allowHits, figureCands)
	}
	// A surname alone that refers to a public figure ("Choe Ryong-hae gave a speech.
	// Choe's speech was long", "the Kim regime") is kept with the figure.
	nAllow := len(f.allow)
	f.allow = r.figureSurnames(t, words, *allowHits, found, knownHits, f.allow)
	f.allow = r.figureGivens(t, words, *allowHits, found, f.allow)
	// Copied: f.allow is sorted, and may be cut, below.
	surnameKeeps := append(slices.Clone(f.allow[nAllow:]), titleKeeps...)
	returnMatchList(allowHits)
	if len(r.doc.Keep) > 0 {
		km := newRunMatcher()
		for i, k := range r.doc.Keep {
			km.add(phraseKey(k), i)
		}
		for _, m := range km.find(t, nil) {
			s, en := t.Orig(m.start, m.end)
			f.allow = append(f.allow, [2]int{s, en})
		}
	}

	*list = f.allow // grown by the keep forms too
	sortSpans(f.allow)
	// allowReach[i] is the furthest end of f.allow[:i+1], for nearAllow.
	var allowReach []int
	if len(f.allow) > 0 {
		buf := reachLists.Get().(*[]int)
		defer func() { *buf = allowReach; reachLists.Put(buf) }()
		allowReach = reachOf(f.allow, (*buf)[:0])
	}
	// An allow-listed phrase that a known name's full form or a deny-list term cuts (both
	// are removed whatever the allow list says) is no longer whole: "Kim" of "Kim Jong Un"
	// with "Jong Un" known. It protects none of its words, as in the residual check, which
	// finds allow-listed phrases in the output.
	if len(f.allow) > 0 && (len(knownHits) > 0 || len(denyHits) > 0) {
		if whole := r.wholeAllowSpans(t, f.allow, knownHits, denyHits); len(whole) < len(f.allow) {
			f.allow = whole
			allowReach = reachOf(f.allow, allowReach[:0])
		}
	}

	// At most every candidate is kept, or removed; sized once, neither list is regrown span by
	// span.
	f.keeps = r.decisionList(n + len(knownHits) + len(denyHits) + len(figureCands))
	// It is scratch until resolve, which makes the list kept: pooled.
	removingBuf := decisionLists.Get().(*[]*decision)
	removing := slices.Grow((*removingBuf)[:0], n+len(knownHits)+len(denyHits)+len(figureCands))
	rules := r.rules
	var cur spanCursor
	consider := func(c *Candidate, exempt bool) {
		if c.Start < 0 || c.End > len(s) || c.Start >= c.End ||
			!utf8.RuneStart(s[c.Start]) || c.End < len(s) && !utf8.RuneStart(s[c.End]) {
			return // a detector bug must not break the run, nor leak through a bad span
		}
		cr := rules.of(e.policy, c.Category)
		if c.Detector == "known" || c.Rule == hanLabelRule || c.Detector == japaneseDetector || c.Detector == hanProseDetector {
			// A known form found inside a run of Han or kana ("我叫李春花") is the name
			// itself, not the run (knownApart); so is a name after a Chinese label
			// ("户名李春花"), a word hanProse found in Chinese prose, and a name or place the
			// Han detector found inside a Japanese sentence (japaneseHan).
			c.Start, c.End = snapToWordsApart(s, c.Start, c.End, apartCJK)
		} else {
			c.Start, c.End = snapToWords(s, c.Start, c.End, cr.numeric)
		}
		if c.Category == Person {
			c.End = extendHyphenatedText(t, c.End)
		}
		rule := &cr.rule // read in place, not copied
		if !cr.ok {
			rule = &keepRule
		}
		if rule.MinScore > 0 && c.Score < rule.MinScore && !exempt {
			return
		}
		action := rule.Action
		if exempt || c.Detector == "known" {
			// Known identifiers are always removed, whatever the policy says of the category.
			if action == Keep || action == "" {
				action = Suppress
			}
		}
		// Written field by field into the zero decision: a Span literal was built aside and
		// copied, its Replacement with the rest.
		d := r.allocDecision()
		d.Start, d.End, d.Text, d.Category = c.Start, c.End, s[c.Start:c.End], c.Category
		d.Detector, d.Rule, d.Reason, d.Score, d.Action = c.Detector, c.Rule, c.Reason, c.Score, action
		d.Entity, d.Field = c.Entity, name
		d.role, d.place, d.exempt, d.priority = c.Role, c.Place, exempt, c.Score
		if cr.atomic {
			// Anything inside an e-mail address or a phone number is part of it: the whole
			// token goes, rather than a name inside it and the rest around the label.
			d.priority++
		}
		// The key waits for resolve: a candidate that loses an overlap, or is kept, needs
		// none. Its offsets and words are found once, here, for the allow lists and the key.
		ns, ne, wi, wj := cur.locate(t, words, c.Start, c.End)
		d.keyPending, d.wordsKnown = true, true
		d.ns, d.ne, d.wi, d.wj = int32(ns), int32(ne), int32(wi), int32(wj)
		if !d.exempt && len(f.allow) > 0 && nearAllow(t, f.allow, allowReach, c.Start, c.End, words[wi:wj]) &&
			!jobNotInstitution(t, c) {
			if _, ok := covering(f.allow, c.Start, c.End); ok || allowedWithGenericWords(t, f.allow, words[wi:wj]) {
				d.Action = Keep
				d.Reason = r.strs.concat("allow list: ", d.Reason)
				d.Rule = "allow list"
				d.Entity = ""
				f.keeps = append(f.keeps, d)
				return
			}
		}
		if action == Keep {
			f.keeps = append(f.keeps, d)
			return
		}
		removing = append(removing, d)
	}
	for k, d := range e.dets {
		for i := range found[k] {
			c := found[k][i] // a copy: a detector's slice may be shared with another's
			if c.Detector == "" {
				c.Detector = d.name()
			}
			if c.Rule == "" {
				c.Rule = d.name()
			}
			if c.Reason == "" {
				// Every decision says why; a detector that forgot gets its rule named (from
				// the label cache: a rule's name is no testimony text).
				c.Reason = labels.concat("matched ", c.Rule)
			}
			consider(&c, false)
		}
		found[k] = nil
	}
	for i := range figureCands {
		consider(&figureCands[i], false)
	}
	// Known identifiers: the full form is exempt from allow lists (the archivist said so);
	// derived parts ("Kim" of "Kim Ji-min") are not, so "Kim Jong Un" stays readable.
	for _, m := range knownHits {
		i := r.variantEntry(m.payloads[0])
		if k := t.Fold[m.start:m.end]; !startsUpper(t.Norm[m.start:]) && r.ambiguous(k) && k != r.known[i].fullKey {
			continue // "sun cream" is not Ryu Sun-ok, as in propagation and the residual check
		}
		if len(m.payloads) > 1 {
			// A part shared by two known people: still removed, but it names neither.
			i = -1
		}
		s, en := t.Orig(m.start, m.end)
		// A one-word part ("Park" of "Park Young-mi") scores low so that a detector's longer
		// name around it ("Park Chol-su", another person) wins the overlap.
		c := Candidate{Start: s, End: en, Detector: "known", Score: 1}
		key := r.matchKey(t, m)
		if i < 0 || r.isPartial(i, t.Fold[m.start:m.end]) || r.isPartial(i, key) {
			c.Score = 0.5
		}
		exempt := false
		if i >= 0 {
			k := r.known[i]
			c.Category, c.Role, c.Entity = k.Category, k.Role, k.node
			c.Rule = k.rule
			c.Reason = "listed for this testimony (front matter or sensitive terms)"
			if key == k.fullKey {
				exempt = true
			} else {
				c.Reason = "part or variant of a name listed for this testimony"
			}
		} else {
			c.Category, c.Rule = r.known[r.variantEntry(m.payloads[0])].Category, "known shared part"
			c.Reason = "part of more than one name listed for this testimony"
			// The full form of one of them (a name listed twice, in the front matter and as
			// a sensitive term) is exempt as a full form is.
			if r.isFullForm(key, m.payloads) {
				exempt, c.Score = true, 1
				c.Reason = "listed for this testimony more than once"
			}
		}
		consider(&c, exempt)
	}
	for _, m := range denyHits {
		s, en := t.Orig(m.start, m.end)
		consider(&Candidate{Start: s, End: en, Category: SensitiveTerm, Detector: "deny",
			Rule: "policy deny list", Reason: "on the policy's deny list", Score: 1}, true)
	}
	resolved := r.resolve(removing)
	clear(removing) // the pooled slice keeps no decision
	*removingBuf = removing[:0]
	decisionLists.Put(removingBuf)
	removing = resolved
	for _, d := range removing {
		if d.keyPending {
			r.makeKey(t, d)
		}
	}
	// A name in Han characters that glosses the name before it takes its label (detect_han.go).
	r.linkHanGlosses(s, removing)
	var keep **matcher
	if name == "" {
		keep = &r.textForms // for titleNeedsText
	}
	// The sources are the removals followed by their names' parts, appended after them in
	// place (resolve's slice has room for every candidate, most often enough for the parts).
	f.decisions = r.propagateKeep(&f, removing, r.nameParts(t, removing, removing), keep)
	// Keep records that overlap a removal (propagated ones too) say nothing useful and would
	// confuse a reviewer; the others are kept in place.
	keeps := f.keeps[:0]
	for _, k := range f.keeps {
		if !overlapsAny(f.decisions, k.Start, k.End) {
			keeps = append(keeps, k)
		}
	}
	f.keeps = keeps
	if len(surnameKeeps) > 0 {
		f.decisions, f.keeps = keepFigureSurnames(f.decisions, f.keeps, surnameKeeps)
	}
	return f
}

// decisionLists pools planField's lists of candidates to resolve; they go back cleared.
var decisionLists = sync.Pool{New: func() any { return new([]*decision) }}

// foundLists pools planField's per-detector candidate lists (one slice header per detector,
// made twice per run otherwise); they are cleared before going back.
var foundLists = sync.Pool{New: func() any { return new([][]Candidate) }}

// keepRule is the rule of a category the policy has none for.
var keepRule = Rule{Action: Keep}

// atomic categories are tokens that are removed whole when anything else overlaps them.
var atomic = map[Category]bool{Email: true, URL: true, Handle: true, Phone: true, IDNumber: true}

// catRule is what planField reads of a category for each of its candidates: the policy's
// rule (ok: the policy has one) and whether the category is atomic.
type catRule struct {
	cat    Category
	rule   Rule
	ok     bool
	atomic bool
	// numeric is numericCategory(cat), for snapToWords: a switch of string comparisons
	// per candidate otherwise.
	numeric bool
}

// reachLists pools planField's allowReach lists (offsets only).
var reachLists = sync.Pool{New: func() any { return new([]int) }}

// normStart and normEnd map original offsets to Norm offsets (the first Norm byte produced at
// or after the original offset).
func normStart(t *Text, o int) int {
	return t.normOffset(o)
}

func normEnd(t *Text, o int) int { return normStart(t, o) }

// matchKey is the phrase key of the match m of t, computed from the text's own words, which
// the match knows (keyOfWords). A key of several words is built in the run's buffer and made
// a string once per run: a name is found again and again in a testimony, and every mention
// needs its key.
func (r *runState) matchKey(t *Text, m phraseMatch) string {
	return r.keyOfWords(t, t.wordList()[m.wi:m.wj], m.start, m.end)
}

// makeKey makes the key consider left pending (keyPending): the phrase key of the
// decision's Norm span, without the possessive of a person's name.
func (r *runState) makeKey(t *Text, d *decision) {
	ns, ne := int(d.ns), int(d.ne)
	d.key = r.keyOfWords(t, t.wordList()[d.wi:d.wj], ns, ne)
	if d.Category == Person {
		d.key = stripPossessive(d.key, t.Norm[ns:ne])
		d.key = toneFreeKey(d.key) // "Chén" is Chen (names_pinyin.go)
	}
	d.keyPending = false
}

// spanCursor finds what consider needs of each candidate (normStart, normEnd and wordRange
// of its span) with no function call per search step. A span's Norm offsets are searched
// from where they likely are, widening only as far as they are (galloping): its original
// offset shifted as the candidate's before was (most of a text maps byte for byte), and its
// end its length on. The first word is searched for between the last candidate's and as many
// words on as there are bytes between the two (a word has one byte at least and words do not
// overlap), or from the first word when the candidate comes before the last (a detector's
// first).
type spanCursor struct {
	shift int // ns minus the start of the last candidate
	// ns and wi of the last candidate.
	lastNs, lastWi int
}

// locate returns normStart(t, start), normEnd(t, end) and wordRange(words, ns, ne).
func (c *spanCursor) locate(t *Text, words []word, start, end int) (ns, ne, wi, wj int) {
	if a := t.origAt; a == nil {
		ns, ne = normStart(t, start), normEnd(t, end)
	} else {
		ns = gallopOffsets(a, start, start+c.shift)
		ne = gallopOffsets(a, end, ns+end-start)
		c.shift = ns - start
	}
	// back is all ones when the candidate comes before the last: then from the first word.
	back := (ns - c.lastNs) >> 63
	lo, span := c.lastWi&^back, ns-c.lastNs&^back
	// min(len(words), lo+span), which the compiler made a branch.
	over := len(words) - lo - span
	hi := lo + span + over&(over>>63)
	wi = lo + firstWordAfter(words[lo:hi], ns)
	c.lastNs, c.lastWi = ns, wi
	wj = wi
	for wj < len(words) && words[wj].start < ne {
		wj++
	}
	return ns, ne, wi, wj
}

// firstWordAfter returns the least i with ws[i].end > o, len(ws) when there is none
// (wordRange's first word): sort.Search without a function call per step. Each step moves
// base by arithmetic, not a branch: the steps of a bisection go either way at random, and
// mispredicted they were most of its cost.
func firstWordAfter(ws []word, o int) int {
	// base is the last word known to end by o (-1: none yet); the answer-1 is in
	// [base, base+n-1], which never reaches past the last word.
	base := -1
	for n := len(ws) + 1; n > 1; n -= n >> 1 {
		// (o-end)>>63 is all ones when the word ends after o, 0 when it ends at or before.
		base += n >> 1 &^ ((o - ws[base+n>>1].end) >> 63)
	}
	return base + 1
}

// wordRange returns the words of ws (sorted, non-overlapping) that overlap [start, end) as
// ws[i:j].
func wordRange(ws []word, start, end int) (i, j int) {
	i = firstWordAfter(ws, start)
	j = i
	for j < len(ws) && ws[j].start < end {
		j++
	}
	return i, j
}

// keyOfWords is the phrase key of Norm[start:end] from its words, found already.
func (r *runState) keyOfWords(t *Text, ws []word, start, end int) string {
	switch len(ws) {
	case 0:
		return ""
	case 1:
		// One word: a substring of Fold, nothing to copy.
		return t.Fold[max(ws[0].start, start):min(ws[0].end, end)]
	}
	// Room for the bytes from the first word's to the last's: the words' own and the gaps,
	// without a pass to add up the words' lengths alone.
	b := slices.Grow(r.keyBuf[:0], min(ws[len(ws)-1].end, end)-max(ws[0].start, start))
	for _, w := range ws {
		b = append(b, t.Fold[max(w.start, start):min(w.end, end)]...)
	}
	r.keyBuf = b
	if r.keys == nil {
		r.keys = keyTables.Get().(*stringTable)
	}
	h := phraseHashBytes(phraseHashSeed, b)
	if k, ok := r.keys.findBytes(b, h); ok {
		return k
	}
	k := r.strs.fromBytes(b)
	r.keys.insert(k, h, 0)
	return k
}

// stringTable is a set of strings by phraseHash (open addressing), for the run's sets of
// keys: a map of strings cost a map operation or two, and a hashing, per key.
type stringTable struct {
	slots []stringSlot
	n     int
}

type stringSlot struct {
	s    string
	h    uint32
	tag  int32 // a set of pairs: tag and string (runState.partial's known entry and variant)
	full bool
}

// keyTables pools the runs' tables of interned keys (runState.keys), partSets nameParts'
// sets of parts and partialSets runState.partial, reset: apart, as the first grow to
// thousands of keys and the others stay small.
var keyTables, partSets, partialSets = newStringTablePool(), newStringTablePool(), newStringTablePool()

func newStringTablePool() *sync.Pool {
	return &sync.Pool{New: func() any { return &stringTable{slots: make([]stringSlot, 64)} }}
}

func (t *stringTable) reset() {
	clear(t.slots)
	t.n = 0
}

// findBytes returns the string of the set that is b (h is its phraseHash), if any.
func (t *stringTable) findBytes(b []byte, h uint32) (string, bool) {
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; t.slots[i].full; i = (i + 1) & mask {
		if e := &t.slots[i]; e.h == h && e.tag == 0 && e.s == string(b) {
			return e.s, true
		}
	}
	return "", false
}

// has says whether s (whose phraseHash is h) is in the set with tag.
func (t *stringTable) has(s string, h uint32, tag int32) bool {
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; t.slots[i].full; i = (i + 1) & mask {
		if e := &t.slots[i]; e.h == h && e.tag == tag && e.s == s {
			return true
		}
	}
	return false
}

// insert adds s with tag (h is the phraseHash of s), which is not in the set.
func (t *stringTable) insert(s string, h uint32, tag int32) {
	if 2*(t.n+1) > len(t.slots) {
		old := t.slots
		t.slots = make([]stringSlot, 2*len(old))
		t.n = 0
		for _, e := range old {
			if e.full {
				t.insert(e.s, e.h, e.tag)
			}
		}
	}
	mask := uint32(len(t.slots) - 1)
	i := h & mask
	for t.slots[i].full {
		i = (i + 1) & mask
	}
	t.slots[i] = stringSlot{s: s, h: h, tag: tag, full: true}
	t.n++
}

// stringBlock makes many small strings with few allocations: it copies each into its
// current block, a strings.Builder, and cuts the string from the block's String(). A
// Builder only ever appends and hands out its bytes without a copy, so a string cut from
// it never changes, even once the block is full and replaced. The zero value is ready.
type stringBlock struct{ b strings.Builder }

// reserve makes room for n more bytes: each block is twice the last (a document has a
// dozen keys, or thousands), up to a cap.
func (s *stringBlock) reserve(n int) {
	if c := s.b.Cap(); c-s.b.Len() < n {
		s.b = strings.Builder{}
		s.b.Grow(max(n, min(2*c, maxStringBlock), minStringBlock))
	}
}

// fromBytes returns b as a string.
func (s *stringBlock) fromBytes(b []byte) string {
	s.reserve(len(b))
	at := s.b.Len()
	s.b.Write(b)
	return s.b.String()[at:]
}

// concat returns the parts joined.
func (s *stringBlock) concat(parts ...string) string {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	s.reserve(n)
	at := s.b.Len()
	for _, p := range parts {
		s.b.WriteString(p)
	}
	return s.b.String()[at:]
}

// The sizes of a run's first string block and of its largest.
const minStringBlock, maxStringBlock = 512, 4096

// wordsIn returns the words of ws inside [s, e).
func wordsIn(ws []word, s, e int) []word {
	i, j := wordRange(ws, s, e)
	return ws[i:j]
}

// covering finds a span of spans that contains [s, e). spans must be sorted by start
// (sortSpans); they may overlap, so the search walks back over every span starting at or
// before s, which is short because spans rarely nest.
func covering(spans [][2]int, s, e int) ([2]int, bool) {
	i := sort.Search(len(spans), func(i int) bool { return spans[i][0] > s })
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if spans[k][0] <= s && e <= spans[k][1] {
			return spans[k], true
		}
	}
	return [2]int{}, false
}

func sortSpans(spans [][2]int) {
	slices.SortFunc(spans, func(a, b [2]int) int {
		if a[0] != b[0] {
			return cmp.Compare(a[0], b[0])
		}
		return cmp.Compare(b[1], a[1])
	})
}

// coveredBy says whether [s, e) lies inside one decision of ds (sorted, non-overlapping).
func coveredBy(ds []*decision, s, e int) bool {
	i := sort.Search(len(ds), func(i int) bool { return ds[i].End > s })
	return i < len(ds) && ds[i].Start <= s && e <= ds[i].End
}

func overlapsAny(ds []*decision, s, e int) bool {
	i := sort.Search(len(ds), func(i int) bool { return ds[i].End > s })
	return i < len(ds) && ds[i].Start < e
}

// resolve picks non-overlapping spans: higher score first, then longer, then earlier. A
// loser wholly inside a winner disappears; a loser that sticks out of the winners keeps the
// pieces that stick out, so no part of a detected form survives because another detector
// claimed the rest of it. Pieces of the same category as the winner they touch join it.
func (r *runState) resolve(ds []*decision) []*decision {
	// Most spans overlap nothing: resolve each cluster of overlapping spans on its own, so a
	// long testimony costs n log n, not n².
	sortByStart(ds)
	out := r.decisionList(len(ds))
	for i := 0; i < len(ds); {
		j, end := i+1, ds[i].End
		for j < len(ds) && ds[j].Start < end {
			end = max(end, ds[j].End)
			j++
		}
		if j == i+1 {
			out = append(out, ds[i])
		} else {
			// The cluster and its winners are scratch slices of the run, reused cluster
			// after cluster: the winners are copied into out at once.
			r.cluster = append(r.cluster[:0], ds[i:j]...)
			r.won = r.resolveCluster(r.cluster, r.won[:0])
			out = append(out, r.won...)
		}
		i = j
	}
	return out
}

// resolveCluster resolves one cluster of overlapping spans (it sorts ds) and returns the
// winners appended to won, sorted by start.
func (r *runState) resolveCluster(ds, won []*decision) []*decision {
	orgsOverPlaces(ds)
	slices.SortStableFunc(ds, func(a, b *decision) int {
		if a.priority != b.priority {
			switch {
			case a.priority > b.priority:
				return -1
			case b.priority > a.priority:
				return 1
			}
			return 0
		}
		if la, lb := a.End-a.Start, b.End-b.Start; la != lb {
			return cmp.Compare(lb, la)
		}
		return cmp.Compare(a.Start, b.Start)
	})
	for _, d := range ds {
		i := sort.Search(len(won), func(i int) bool { return won[i].End > d.Start })
		if i == len(won) || won[i].Start >= d.End {
			won = insertDecision(won, i, d)
			continue
		}
		// Overlap: collect the uncovered pieces of d.
		pos := d.Start
		pieces := r.pieces[:0]
		for j := i; j < len(won) && won[j].Start < d.End; j++ {
			if d.exempt && d.Detector == "known" {
				won[j].overKnown = true
			}
			if won[j].Start > pos {
				pieces = append(pieces, [2]int{pos, won[j].Start})
			}
			pos = max(pos, won[j].End)
		}
		if pos < d.End {
			pieces = append(pieces, [2]int{pos, d.End})
		}
		r.pieces = pieces
		for _, p := range pieces {
			s, e := trimPiece(d.Text, p[0]-d.Start, p[1]-d.Start)
			if d.Detector != "known" && !d.exempt {
				// A known entry's or a deny-list term's every word is its own form, which
				// the residual check looks for: nothing is trimmed from them.
				s, e = trimPieceWords(d.Text, s, e)
			}
			if s >= e {
				continue
			}
			key := r.pieceKey(d.Text[s:e]) // the piece's key, made once
			// A function word left of a span says nothing, unless it is a known person's
			// name part ("of" of "Kim of Hyesan" as listed): the residual check looks for
			// every known variant, so it is removed as the rest of a known name's span.
			// Nor does a civil title left of a name another span took ("Ms" of "Ms Pak"); a
			// rank does (a quasi-identifier under pow).
			if (functionWords[key] || civilTitles[key]) && !(d.Detector == "known" && r.isKnownVariant(key)) {
				continue
			}
			// The "s" of a possessive left of a name another span took ("Zhang's" where a
			// form "Zhangs" matched) is grammar, not a name.
			if key == "s" && s > 0 && (d.Text[s-1] == '\'' || strings.HasSuffix(d.Text[:s], "’")) {
				continue
			}
			nd := r.newDecision(d)
			nd.Start, nd.End = d.Start+s, d.Start+e
			nd.Text = d.Text[s:e]
			nd.Rule = labels.concat(d.Rule, " (rest of an overlapping span)")
			nd.key = key
			nd.keyPending = false
			nd.remainder = true
			k := sort.Search(len(won), func(i int) bool { return won[i].End > nd.Start })
			won = insertDecision(won, k, nd)
		}
	}
	return won
}

// orgsOverPlaces ranks an organisation legal_org named after its place above that place
// name inside it: "Korea University" is one institution, generalized as one, and the
// country's higher score (placeScore) must not leave "Korea [a university]". A town scores
// below orgScore already; a known or deny-listed place keeps its rank.
func orgsOverPlaces(ds []*decision) {
	for _, o := range ds {
		if o.Category != Workplace || o.Detector != "legal_org" {
			continue
		}
		for _, p := range ds {
			if p.Category == Place && !p.exempt && p.Detector != "known" && p.priority >= o.priority &&
				p.Start >= o.Start && p.End <= o.End && p.End-p.Start < o.End-o.Start {
				o.priority = math.Nextafter(p.priority, 2)
			}
		}
	}
}

// pieceKey is phraseKey(s), made in the run's string block when s is ASCII (asciiKey made
// a string of each).
func (r *runState) pieceKey(s string) string {
	if isLowerAlnum(s) {
		return s // its own key, as asciiKey gives it
	}
	var buf [64]byte
	b, ok := appendASCIIKey(buf[:0], s, "")
	if !ok {
		return phraseKey(s)
	}
	return r.strs.fromBytes(b)
}

// sortByStart sorts ds by start, stably (what slices.SortStableFunc does). ds is most often
// sorted already, or made of a few sorted runs (one per detector, or a field's decisions
// followed by their propagated copies): the runs are merged pairwise, left run first at an
// equal start, which is what a stable sort gives. Many short runs are sorted as numbers
// instead: each decision's start and index packed in one uint64 (a start is below 1<<31).
func sortByStart(ds []*decision) {
	runs := 1
	for i := 1; i < len(ds); i++ {
		if ds[i].Start < ds[i-1].Start {
			runs++
		}
	}
	if runs == 1 {
		return
	}
	sc := sortScratches.Get().(*sortScratch)
	if runs <= 8 || runs*8 <= len(ds) {
		sc.tmp = mergeRuns(ds, sc.tmp[:0])
	} else {
		keys := sc.keys[:0]
		for i, d := range ds {
			keys = append(keys, uint64(d.Start)<<32|uint64(i))
		}
		slices.Sort(keys)
		tmp := append(sc.tmp[:0], ds...)
		for i, k := range keys {
			ds[i] = tmp[uint32(k)]
		}
		sc.keys, sc.tmp = keys, tmp
	}
	clear(sc.tmp) // a pooled slice keeps no decision (both ways fill len(ds) of it)
	sc.tmp = sc.tmp[:0]
	sortScratches.Put(sc)
}

// mergeRuns sorts ds, made of runs sorted by start, by merging neighbouring runs until one
// is left, stably; tmp is scratch, returned grown.
func mergeRuns(ds, tmp []*decision) []*decision {
	tmp = slices.Grow(tmp[:0], len(ds))[:len(ds)]
	for {
		merged := false
		// One pass merges each pair of neighbouring runs.
		for lo := 0; lo < len(ds); {
			mid := lo + 1
			for mid < len(ds) && ds[mid].Start >= ds[mid-1].Start {
				mid++
			}
			if mid == len(ds) {
				break
			}
			hi := mid + 1
			for hi < len(ds) && ds[hi].Start >= ds[hi-1].Start {
				hi++
			}
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if ds[j].Start < ds[i].Start {
					tmp[k] = ds[j]
					j++
				} else {
					tmp[k] = ds[i]
					i++
				}
				k++
			}
			k += copy(tmp[k:], ds[i:mid])
			copy(tmp[k:], ds[j:hi])
			copy(ds[lo:hi], tmp[lo:hi])
			merged = true
			lo = hi
		}
		if !merged {
			return tmp
		}
	}
}

// sortScratch is sortByStart's scratch, pooled.
type sortScratch struct {
	keys []uint64
	tmp  []*decision
}

var sortScratches = sync.Pool{New: func() any { return new(sortScratch) }}

func insertDecision(ds []*decision, i int, d *decision) []*decision {
	ds = append(ds, nil)
	copy(ds[i+1:], ds[i:])
	ds[i] = d
	return ds
}

// trimPiece trims separators off a piece of a span; a piece with no letter or digit is dropped.
func trimPiece(s string, a, b int) (int, int) {
	for a < b {
		r, w := utf8.DecodeRuneInString(s[a:])
		if isWordRune(r) {
			break
		}
		a += w
	}
	for b > a {
		r, w := utf8.DecodeLastRuneInString(s[a:b])
		if isWordRune(r) {
			break
		}
		b -= w
	}
	return a, b
}

// trimPieceWords drops from the piece [a, b) of a span (trimPiece's) the words that only
// joined it to the span that took the rest: the "s" of a possessive right after it, and
// function words at either end ("UNHCR's office in Bangkok" with "UNHCR" kept and "Bangkok"
// a place of its own: "office", not "s office in"). A piece of function words only is left
// whole, for the caller's rule on such pieces.
func trimPieceWords(s string, a, b int) (int, int) {
	if a > 0 && a < b && (s[a] == 's' || s[a] == 'S') && (a+1 == b || !isWordRune(rune(s[a+1]))) &&
		(s[a-1] == '\'' || strings.HasSuffix(s[:a], "’")) {
		a, b = trimPiece(s, a+1, b)
	}
	for a < b {
		e := a
		for e < b && s[e] < utf8.RuneSelf && isWordRune(rune(s[e])) {
			e++
		}
		if e == a || e == b || !functionWords[strings.ToLower(s[a:e])] {
			break
		}
		a, b = trimPiece(s, e, b)
	}
	for a < b {
		q := b
		for q > a && s[q-1] < utf8.RuneSelf && isWordRune(rune(s[q-1])) {
			q--
		}
		if q == b || q == a || !functionWords[strings.ToLower(s[q:b])] {
			break
		}
		a, b = trimPiece(s, a, q)
	}
	return a, b
}

// propagate removes every other occurrence of a removed form: a detector may have needed
// context to find "Ji-min" once, but once found, every "Ji-min" in the testimony is the same
// person. This is also what lets the residual check pass on honest output.
func (r *runState) propagate(f *field, ds, src []*decision) []*decision {
	return r.propagateKeep(f, ds, src, nil)
}

// propagateKeep is propagate; with keep not nil, the matcher of src's forms is not given back
// but left in *keep (untouched if none is built), and the caller gives it back.
func (r *runState) propagateKeep(f *field, ds, src []*decision, keep **matcher) []*decision {
	if len(src) == 0 || f.t.Original == "" {
		return ds
	}
	t := f.t
	m := borrowRunMatcher(len(src))
	if keep != nil {
		*keep = m
	} else {
		defer returnRunMatcher(m)
	}
	var repeats repeatCache
	for i, d := range src {
		if propagatable(d) && !repeats.seen(d.key) {
			m.addFirst(d.key, i) // the loop below reads only payloads[0]
		}
	}
	var extra []*decision
	hits := borrowMatchList()
	defer returnMatchList(hits)
	// Most matches are the removed spans themselves: in an ASCII text (Norm offsets are
	// Original ones) the matcher drops those inside one of ds, as coveredBy does below.
	var covered []*decision
	if t.isASCII() {
		covered = ds
	}
	*hits = m.findAppendOutside(*hits, t, nil, covered)
	for _, mt := range *hits {
		mt = r.nameCut(t, mt, src[mt.payloads[0]].Text)
		s, e := t.Orig(mt.start, mt.end)
		if coveredBy(ds, s, e) {
			continue
		}
		from := src[mt.payloads[0]]
		if !from.exempt {
			// An allow-listed phrase keeps its forms only while it is whole: with "Jong Un"
			// removed as a known name, the "Kim" left of "Kim Jong Un" is no public
			// figure's, and the residual check, which finds allow-listed phrases in the
			// output, sees no phrase around it either.
			if a, ok := covering(f.allow, s, e); ok && !overlapsAny(ds, a[0], a[1]) {
				continue
			}
		}
		if !startsUpper(t.Norm[mt.start:]) && r.ambiguous(from.key) || interjectionAt(t.Norm, mt.start, mt.end, from.key) {
			continue
		}
		if from.part && partInOrdinaryUse(t.Norm, mt.start, mt.end, from) {
			continue
		}
		nd := r.newDecision(from)
		nd.Start, nd.End, nd.Text = s, e, f.t.Original[s:e]
		nd.Field = f.name
		nd.Rule = labels.concat(from.Rule, propagatedSuffix)
		nd.Reason = "same form as a span removed elsewhere in this testimony"
		nd.priority = from.priority * 0.9
		extra = append(extra, nd)
	}
	if len(extra) == 0 {
		return ds
	}
	return r.resolve(append(ds, extra...))
}

// propagatedSuffix ends the rule of a decision propagated from another of the same form.
const propagatedSuffix = " (propagated)"

// titleNeedsText says whether propagating the text's decisions into the title may add a
// decision; if not, the title's decisions stay as they are, without building a matcher of
// every form of the text for a title of a few words. The forms of the text's decisions are
// all keys of textForms (each is the key of a source of the text's own propagation, or a
// remainder, which does not propagate), so where one of them matches in the title,
// textForms matches at the same start and as far or further. When every match of
// textForms lies inside one of the title's decisions, so does every match of those forms,
// and propagate skips each one (coveredBy).
func (r *runState) titleNeedsText() bool {
	t := r.title.t
	if t == nil || t.Original == "" {
		return false // propagate does nothing either
	}
	hits := borrowMatchList()
	defer returnMatchList(hits)
	*hits = r.textForms.findAppend(*hits, t, nil)
	for _, mt := range *hits {
		if s, e := t.Orig(mt.start, mt.end); !coveredBy(r.title.decisions, s, e) {
			return true
		}
	}
	return false
}

// propagatable says whether a removed span's form is removed everywhere and checked by the
// residual check. Not: one-letter forms, function words, and the leftover pieces of a span
// that lost an overlap ("at" of "at 15" when an address took "15"), which are not
// identifiers on their own.
func propagatable(d *decision) bool {
	if d.propagatable == 0 {
		d.propagatable = 2
		if isPropagatable(d) {
			d.propagatable = 1
		}
	}
	return d.propagatable == 1
}

// isPropagatable is propagatable, computed. A decision's key is made of words of a Text
// (keyOfWords, a word of nameParts) or by phraseKey (a piece of an overlapping span): words
// are runs of letters, digits and marks, and a key joins them with nothing, so it holds no
// space, and it is only number words (onlyNumberWords) when it is one number word, English
// or Korean.
func isPropagatable(d *decision) bool {
	if d.remainder || len(d.key) < 2 || nonIdentifierFilter.mayHold(d.key) && nonIdentifierKeys[d.key] {
		return false
	}
	if d.Rule == ordinalPersonRule {
		return false // "the first defector from our village": not "The first time I saw him"
	}
	// One rune of two bytes or more (len >= 2 here): the rune count below 2.
	if _, size := utf8.DecodeRuneInString(d.key); size == len(d.key) {
		return false
	}
	// A Korean numeral starts with a Hangul syllable's lead byte (koreanNumeral's own first
	// test, made here without the call for the other keys).
	return !(0xEA <= d.key[0] && d.key[0] <= 0xED && koreanNumeral(d.key))
}

// nonIdentifierKeys are the keys isPropagatable turns away by list: the function words and
// the English number words (isNumberWord's, whose "a" and "an" are function words), one
// look-up where each list cost one.
var nonIdentifierKeys = unionOf(functionWords, numberWords)

// nonIdentifierFilter lets isPropagatable skip the nonIdentifierKeys lookup for most keys.
var nonIdentifierFilter = newKeyFilter(maps.Keys(nonIdentifierKeys))

// functionWords are never identifiers on their own.
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for k := range stopWords {
		m[k] = true
	}
	for _, w := range strings.Fields("a an the at as is was be been he she we they i you of in on to by " +
		"for with from and or but if it its this that these those there here was were are am do did does " +
		"has had have not no yes so up out off over under into onto about after before since until aged age " +
		"near through via across behind along toward towards") {
		m[w] = true
	}
	return m
}()

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || !unicode.IsLower(r)
}

// spans returns the report's spans: text first, then title, each by start.
func (r *runState) spans() []Span {
	out := make([]Span, 0, len(r.text.decisions)+len(r.text.keeps)+len(r.title.decisions)+len(r.title.keeps))
	for _, f := range []*field{&r.text, &r.title} {
		out = appendByStart(out, f.decisions, f.keeps)
	}
	return out
}

// appendByStart appends the spans of ds and keeps to out in the order a stable sort by
// start of ds followed by keeps gives. ds is sorted already (a field's decisions are), so
// only keeps, far fewer, are sorted (in place: nothing reads their order), and the two are
// merged.
func appendByStart(out []Span, ds, keeps []*decision) []Span {
	if !slices.IsSortedFunc(ds, func(a, b *decision) int { return cmp.Compare(a.Start, b.Start) }) {
		all := append(append(make([]*decision, 0, len(ds)+len(keeps)), ds...), keeps...)
		sortByStart(all)
		for _, d := range all {
			out = append(out, d.Span)
		}
		return out
	}
	sortByStart(keeps)
	i, j := 0, 0
	for i < len(ds) && j < len(keeps) {
		// At an equal start the decision goes first, as it came first before the sort.
		if ds[i].Start <= keeps[j].Start {
			out = append(out, ds[i].Span)
			i++
		} else {
			out = append(out, keeps[j].Span)
			j++
		}
	}
	for _, d := range ds[i:] {
		out = append(out, d.Span)
	}
	for _, d := range keeps[j:] {
		out = append(out, d.Span)
	}
	return out
}

// stripPossessive drops the "s" of "Ji Min's" from a person's key, so the possessive is the
// same person (and the residual check still finds "Ji Min" inside "Ji Min's").
func stripPossessive(key, norm string) string {
	n := strings.TrimRight(norm, " ")
	if len(key) > 2 && (strings.HasSuffix(n, "'s") || strings.HasSuffix(n, "'S")) {
		return key[:len(key)-1]
	}
	return key
}

// mayMatchCase says whether matchCase may change repl: a label or a removal ("[...]")
// keeps its case.
func mayMatchCase(repl string) bool { return repl != "" && repl[0] != '[' }

// atSentenceStart says whether offset i begins a sentence, a line or the text: only there does
// a generalization take the original's capital ("March 2003" mid-sentence is "the 2000s").
func atSentenceStart(s string, i int) bool {
	before := strings.TrimRight(s[:i], " \t\"'“‘(")
	if strings.HasSuffix(before, "\n\n") {
		return true // a new paragraph; a single line break inside one is only wrapping
	}
	before = strings.TrimRight(before, " \t\r\n")
	if before == "" {
		return true
	}
	switch before[len(before)-1] {
	case '.', '!', '?', ':':
		return true
	}
	return false
}

// matchCase capitalises a readable generalization ("in 2017") where the original began a
// sentence ("Two years ago").
func matchCase(repl, orig string) string {
	if o, _ := utf8.DecodeRuneInString(orig); !mayMatchCase(repl) || !unicode.IsUpper(o) {
		return repl
	}
	r, w := utf8.DecodeRuneInString(repl)
	return string(unicode.ToUpper(r)) + repl[w:]
}

// mergePlaces joins neighbouring places that generalize to the same thing:
// "Yeokjeon-dong, Hyesan" is one "[a city in Ryanggang Province]", not two.
func (r *runState) mergePlaces(ds []*decision, s string) []*decision {
	if len(ds) == 0 {
		return nil
	}
	out := r.decisionList(len(ds)) // at most every decision: not regrown
	for _, d := range ds {
		if n := len(out); n > 0 {
			p := out[n-1]
			if p.Category == Place && d.Category == Place && p.Action == Generalize && d.Action == Generalize &&
				p.Replacement == d.Replacement && p.End <= d.Start && strings.Trim(s[p.End:d.Start], ", ") == "" &&
				d.Start-p.End <= 2 {
				m := r.allocDecision() // in the run's arena, as the decisions it joins
				*m = *p
				m.wordsKnown = false // consider's words were p's alone
				m.End = d.End
				m.Text = s[m.Start:m.End]
				m.Rule = labels.concat(p.Rule, " + ", d.Rule)
				m.Reason = r.strs.concat(p.Reason, "; ", d.Reason)
				m.Score = max(p.Score, d.Score)
				out[n-1] = m
				continue
			}
		}
		out = append(out, d)
	}
	return out
}

// wordRuns lists every run of consecutive words of a name ("Lee Ji Min" → "Lee", "Ji",
// "Min", "Lee Ji", "Ji Min"), whatever the romanization tables make of it: a known person
// may be called by any part of the name.
func wordRuns(name string) []string { return appendWordRuns(nil, name) }

// appendWordRuns is wordRuns appending to out.
func appendWordRuns(out []string, name string) []string {
	var buf [16]word
	var ws []word
	normName := name
	if isPlain(name) {
		// Its own NFKC form, whose words are where its folded form's are: normalize would
		// only copy it.
		ws = appendWords(buf[:0], name)
	} else {
		var fold string
		normName, fold, _ = normalize(name, nil)
		ws = appendWords(buf[:0], fold)
	}
	if len(ws) > 6 {
		ws = ws[:6]
	}
	for i := range ws {
		for j := i; j < len(ws); j++ {
			if i == 0 && j == len(ws)-1 {
				continue
			}
			out = append(out, normName[ws[i].start:ws[j].end])
		}
	}
	return out
}

// isPlain says whether s is made of ASCII and Hangul syllables only (appendPlainKey).
func isPlain(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		if !syllableAt(s, i) {
			return false
		}
		i += 3
	}
	return true
}

// snapToWords widens a span that starts or ends inside a word to the whole word: "HYesAn"
// found inside "A0HYesAn00" takes the token with it, so no fragment of a token is left to
// read as a word of its own next to a label. Hangul is the exception: particles attach to
// names ("김지민이") and stay outside the span. With hanApart (a number, a sum, a date: the
// span holds digits and their unit), Han is one too: Chinese is written without spaces, and
// the Han run around "13812345678" or "20000元" is the sentence, not the number's token.
func snapToWords(s string, a, b int, hanApart bool) (int, int) {
	if hanApart {
		return snapToWordsApart(s, a, b, apartHan)
	}
	return snapToWordsApart(s, a, b, apartNone)
}

// What else snapToWordsApart takes for a boundary between two word characters that are
// not ASCII: nothing, Han beside anything (hanBoundary), or Han or kana beside anything
// (knownApart).
const (
	apartNone = iota
	apartHan
	apartCJK
)

func apartAt(mode int, p, n rune) bool {
	if mode == apartHan {
		return hanBoundary(p, n)
	}
	return knownApart(p, n)
}

// snapToWordsApart is snapToWords with mode saying where else a word ends.
func snapToWordsApart(s string, a, b int, mode int) (int, int) {
	for a > 0 {
		if a < len(s) && s[a-1] < utf8.RuneSelf && s[a] < utf8.RuneSelf {
			// Two ASCII characters: isWordRune of each is a byte test, neither is Hangul.
			if !asciiAlnum(s[a-1]) || !asciiAlnum(s[a]) {
				break
			}
			a--
			continue
		}
		r, w := utf8.DecodeLastRuneInString(s[:a])
		n, _ := utf8.DecodeRuneInString(s[a:])
		if !isWordRune(r) || !isWordRune(n) || unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Hangul, n) ||
			mode != apartNone && apartAt(mode, r, n) {
			break
		}
		a -= w
	}
	for b < len(s) {
		if b > 0 && s[b] < utf8.RuneSelf && s[b-1] < utf8.RuneSelf {
			if !asciiAlnum(s[b]) || !asciiAlnum(s[b-1]) {
				break
			}
			b++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[b:])
		p, _ := utf8.DecodeLastRuneInString(s[:b])
		if !isWordRune(r) || !isWordRune(p) || unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Hangul, p) ||
			mode != apartNone && apartAt(mode, p, r) {
			break
		}
		b += w
	}
	return a, b
}

// numericCategory says whether spans of category c are numbers with their unit (sums,
// phone and ID numbers, dates, ages, counts, addresses) or handles, which snapToWords keeps
// apart from Han: "他的微信是minji1988" loses the handle, not the sentence, and
// "他住在光明路15号" the road and the number.
func numericCategory(c Category) bool {
	switch c {
	case Money, Phone, IDNumber, Date, BirthDate, Age, Quantity, Handle, Address:
		return true
	}
	return false
}

// hanBoundary says whether a span of a number may end between runes p and n when Han is
// apart (snapToWords): one of them is Han or kana, and they are not two numerals of one
// number written in Han ("一三九四…", "三万五千"), whose whole run stays one token. Kana
// is apart as Han is: Japanese writes its particles on the number ("090-1234-5678です").
func hanBoundary(p, n rune) bool {
	if !unicode.Is(unicode.Han, p) && !unicode.Is(unicode.Han, n) && !inKanaBlock(p) && !inKanaBlock(n) {
		return false
	}
	return !(strings.ContainsRune(hanNumerals, p) && strings.ContainsRune(hanNumerals, n))
}

// hanNumerals are the Han characters that write a number.
const hanNumerals = "〇零一二三四五六七八九十百千万萬亿億两兩"

// asciiAlnum is isWordRune of an ASCII character.
func asciiAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// extendHyphenated carries a name over a hyphenated continuation a detector stopped before:
// "Yun Song" in "Yun Song-gap" becomes "Yun Song-gap", so no syllable of a given name is
// left beside the label.
func extendHyphenated(s string, e int) int {
	// "Son" followed by " Dok-hyon": a romanized given name after a surname the detector
	// took alone. The form Xxx-xxx is hardly anything but a Korean given name.
	if e+1 < len(s) && s[e] == ' ' {
		if n := koreanGivenAt(s[e+1:]); n > 0 {
			e += 1 + n
		}
	}
	for k := 0; k < 2 && e+1 < len(s) && s[e] == '-'; k++ {
		r, _ := utf8.DecodeRuneInString(s[e+1:])
		if !unicode.IsLetter(r) || unicode.Is(unicode.Hangul, r) {
			break
		}
		j := e + 1
		for j < len(s) {
			r, w := utf8.DecodeRuneInString(s[j:])
			if !isWordRune(r) {
				break
			}
			j += w
		}
		// A Japanese honorific ("Yamada-san", "Kenji-kun") is no part of the name: it
		// stays, and is not made a name part to remove wherever it stands ("Paektu-san").
		if j-e-1 <= 6 && jpHonorifics[strings.ToLower(s[e+1:j])] {
			break
		}
		e = j
	}
	return e
}

// extendHyphenatedText is extendHyphenated over t's Norm, for the end e of a span of its
// Original: the continuation is read as the detectors read it, so "Un-gyŏng" after "Chŏng"
// (breves and aspiration marks folded, see normalizeLazy) and "Ji‐min" (a typographic hyphen)
// are taken like "Un-gyong" and "Ji-min". A Text whose Norm is its Original is read in place.
func extendHyphenatedText(t *Text, e int) int {
	if t.origAt == nil {
		return extendHyphenated(t.Original, e)
	}
	ne := t.normOffset(e)
	if x := extendHyphenated(t.Norm, ne); x > ne {
		if _, oe := t.Orig(ne, x); oe > e {
			return beforeDash(t.Original, e, oe)
		}
	}
	return e
}

// nameParts turns each detected multi-word name in Latin script into sources for its parts:
// once "Sun Liqiang" is a name, "Sun drank" is the same Sun. A part that is also an ordinary
// word ("Sun", "Young") is then removed only where capitalised, like every ambiguous form.
// Parts carry no entity, so a surname shared by two people joins neither of them.
//
// The parts are appended to out, which may be ds (they go after its decisions).
func (r *runState) nameParts(t *Text, ds, out []*decision) []*decision {
	seen := partSets.Get().(*stringTable)
	defer func() { seen.reset(); partSets.Put(seen) }()
	// The parts' rule, made once for each run of names of one rule (most are "names").
	var lastRule, partRule string
	for _, d := range ds {
		if d.Category != Person || d.Action == Keep || d.remainder || hangulOrCJK(d.Text) {
			continue
		}
		// The name's words, read from the field's own words (d is a span of t), found
		// already by consider for its own candidates.
		var ws []word
		if d.wordsKnown {
			ws = t.wordList()[d.wi:d.wj]
		} else {
			ws = wordsIn(t.wordList(), normStart(t, d.Start), normEnd(t, d.End))
		}
		if len(ws) < 2 {
			continue
		}
		// A given name written with a hyphen ("Ji-hun" of "Ri Ji-hun") is a part as a
		// whole, besides its syllables: the matcher takes the longest, so "Ji-hun" met again
		// where no detector read it is one span with one label, not "Ji" and "hun" labelled
		// apart.
		for a := 0; a+1 < len(ws); a++ {
			b := a
			for b+1 < len(ws) && ws[b+1].start == ws[b].end+1 && t.Fold[ws[b].end] == '-' {
				b++
			}
			if b == a {
				continue
			}
			k := t.Fold[ws[a].start:ws[a].end]
			for _, w := range ws[a+1 : b+1] {
				k = r.strs.concat(k, t.Fold[w.start:w.end])
			}
			out = r.appendNamePart(d, toneFreeKey(k), seen, &lastRule, &partRule, out)
			a = b
		}
		for _, w := range ws {
			k := t.Fold[w.start:w.end]
			if len(k) < 2 || nonPartFilter.mayHold(k) && nonPartWords[k] || hasASCIIDigit(k) || k == "s" {
				continue
			}
			// The "dong" of "Sang-dong", the "ri" of "Hye-ri": alone, such a syllable is a
			// village's suffix ("Wiyon-dong"), never this person.
			if w.start > 0 && t.Fold[w.start-1] == '-' && placeSuffix[k] {
				continue
			}
			out = r.appendNamePart(d, toneFreeKey(k), seen, &lastRule, &partRule, out)
		}
	}
	return out
}

// appendNamePart appends to out a part of name d with key k, once per key (seen): a source
// for propagation, with no entity. lastRule and partRule keep the parts' rule, made once
// for each run of names of one rule.
func (r *runState) appendNamePart(d *decision, k string, seen *stringTable, lastRule, partRule *string, out []*decision) []*decision {
	if h := phraseHash(phraseHashSeed, k); seen.has(k, h, 0) {
		return out
	} else {
		seen.insert(k, h, 0)
	}
	p := r.newDecision(d)
	p.key = k
	p.Entity = ""
	p.exempt = false
	if d.Rule != *lastRule || *partRule == "" {
		*lastRule, *partRule = d.Rule, labels.concat(d.Rule, " (part of a name)")
	}
	p.Rule = *partRule
	p.Reason = "part of a name found elsewhere in this testimony"
	p.part = true
	p.priority = d.priority * 0.8
	return append(out, p)
}

// nameCut returns match mt of a name of several words, removed elsewhere as written, cut
// before the first word after its capitalised first word that is in lower case, an ordinary
// word, not joined to the word before by a hyphen, and not written so in the removed name:
// the matcher reads words across a comma, and "Daniel, oh no" is the "Daniel" of "Daniel
// Oh", "Mark, do it" the "Mark" of "Mark Do". "Kim So-young" and "Vincent van Gogh" stay whole.
func (r *runState) nameCut(t *Text, mt phraseMatch, written string) phraseMatch {
	ws := t.wordList()
	if mt.wj-mt.wi < 2 || int(mt.wj) > len(ws) || !startsUpper(t.Norm[mt.start:]) {
		return mt
	}
	for k := mt.wi + 1; k < mt.wj; k++ {
		w := ws[k]
		if t.Norm[w.start-1] != '-' && !startsUpper(t.Norm[w.start:]) && r.ambiguous(t.Fold[w.start:w.end]) && lastWordIndex(written, t.Norm[w.start:w.end]) < 0 {
			mt.end, mt.wj = ws[k-1].end, k
			return mt
		}
	}
	return mt
}

// interjectionAt says whether the match norm[s:e] of a one-word form, key, is an
// interjection or a word of grammar opening a sentence ("Oh" of Daniel Oh in "Oh, Daniel
// came", "Oh no", "No, ..."), not the person: neither a possessive nor a verb of a person
// follows ("Oh's son", "Oh said").
func interjectionAt(norm string, s, e int, key string) bool {
	if !(discourseOpeners[key] || nonNames[key]) || !atSentenceStart(norm, s) {
		return false
	}
	if strings.HasPrefix(norm[e:], "'") || strings.HasPrefix(norm[e:], "’") {
		return false
	}
	rest := strings.TrimLeft(norm[e:], " ")
	n := 0
	for n < len(rest) && isASCIIWordByte(rest[n]) {
		n++
	}
	return !personVerbs[strings.ToLower(rest[:n])]
}

// partInOrdinaryUse says whether a match norm[s:e] of one part of a name (from, made by
// nameParts) is an acronym, not the person: in capitals where the name is not ("Jong-un …
// the UN", "Kum-ok … OK, I said", "Song-il … an IL-76").
func partInOrdinaryUse(norm string, s, e int, from *decision) bool {
	m := norm[s:e]
	// An acronym is one word: "A A" matches the part "AA" as the residual check reads
	// forms (by letters), so it must go like any other match.
	return len(m) >= 2 && allUpper(m) && lettersOrDigitsOnly(m) && !strings.Contains(from.Text, m)
}

// lettersOrDigitsOnly says whether s is ASCII letters and digits only.
func lettersOrDigitsOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if !asciiAlnum(s[i]) {
			return false
		}
	}
	return true
}

// civilTitles are the titles that say nothing of a person but that a name follows.
var civilTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "madam": true}

// partTitles are never a part of a name on their own.
var partTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "comrade": true,
	"officer": true, "inspector": true, "sergeant": true, "captain": true, "major": true, "general": true,
	"lieutenant": true, "colonel": true, "private": true, "aunt": true, "uncle": true, "grandma": true,
	"grandpa": true, "big": true, "little": true, "sister": true, "brother": true, "granny": true, "old": true}

// nonPartWords are the words nameParts never takes for a part of a name, the function words
// and the titles, in one set: one look-up where each list cost one.
var nonPartWords = unionOf(unionOf(functionWords, partTitles), titles) // titles: "Gang-dongmu"'s dongmu

// unionOf is a new set of the words of a and of b.
func unionOf[V any](a map[string]bool, b map[string]V) map[string]bool {
	m := maps.Clone(a)
	for w := range b {
		m[w] = true
	}
	return m
}

// nonPartFilter lets nameParts skip the nonPartWords look-up for most words.
var nonPartFilter = newKeyFilter(maps.Keys(nonPartWords))

// koreanGivenAt returns the length of a hyphenated romanized given name ("Dok-hyon",
// "Chol-su") at the start of s, or 0.
func koreanGivenAt(s string) int {
	i := 0
	if i >= len(s) || s[i] < 'A' || s[i] > 'Z' {
		return 0
	}
	i++
	for i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
		i++
	}
	if i < 2 || i > 6 || i >= len(s) || s[i] != '-' {
		return 0
	}
	j := i + 1
	for j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
		j++
	}
	if j-i-1 < 1 || j-i-1 > 5 || j < len(s) && isWordRune(rune(s[j])) {
		return 0
	}
	return j
}

// isFullForm says whether key is the full form of a known entry of one of the variants ps
// (a known match's payloads).
func (r *runState) isFullForm(key string, ps []int) bool {
	for _, p := range ps {
		if r.known[r.variantEntry(p)].fullKey == key {
			return true
		}
	}
	return false
}

// reachOf appends to reach the furthest end of spans[:i+1] for each i (nearAllow's).
func reachOf(spans [][2]int, reach []int) []int {
	end := 0
	for _, a := range spans {
		end = max(end, a[1])
		reach = append(reach, end)
	}
	return reach
}

// wholeAllowSpans returns allow (filtered in place) without the spans that an exempt hit
// overlaps without covering: every deny-list hit, and a known hit of an entry's full form.
func (r *runState) wholeAllowSpans(t *Text, allow [][2]int, knownHits, denyHits []phraseMatch) [][2]int {
	// The hits' original spans, mapped once, not once per allow span.
	buf := normRanges.Get().(*[][2]int)
	spans := (*buf)[:0]
	defer func() { *buf = spans; normRanges.Put(buf) }()
	for _, hits := range [][]phraseMatch{denyHits, knownHits} {
		for _, m := range hits {
			s, e := t.Orig(m.start, m.end)
			spans = append(spans, [2]int{s, e})
		}
	}
	denySpans, knownSpans := spans[:len(denyHits)], spans[len(denyHits):]
	cuts := func(a, h [2]int) bool { return h[0] < a[1] && a[0] < h[1] && !(h[0] <= a[0] && a[1] <= h[1]) }
	whole := allow[:0]
	for _, a := range allow {
		broken := false
		for _, h := range denySpans {
			broken = broken || cuts(a, h)
		}
		for k, h := range knownSpans {
			if broken {
				break
			}
			if cuts(a, h) {
				m := knownHits[k]
				broken = r.isFullForm(r.matchKey(t, m), m.payloads)
			}
		}
		if !broken {
			whole = append(whole, a)
		}
	}
	return whole
}

// allowedWithGenericWords says whether a candidate is an allow-listed phrase plus only
// generic words around it: "the Hanawon centre" is Hanawon, a public body, not a private
// workplace. ws are the words of the candidate (its caller has them already).
func allowedWithGenericWords(t *Text, allow [][2]int, ws []word) bool {
	return allowedWithGenericWordsIn(t, allow, ws, true)
}

// allowedWithGenericWordsIn is allowedWithGenericWords with allow in the original offsets
// (orig) or in Norm's (the residual check's).
func allowedWithGenericWordsIn(t *Text, allow [][2]int, ws []word, orig bool) bool {
	if len(allow) == 0 {
		return false
	}
	inAllow := false
	for _, w := range ws {
		os, oe := w.start, w.end
		if orig {
			os, oe = t.Orig(w.start, w.end)
		}
		if _, ok := covering(allow, os, oe); ok {
			inAllow = true
			continue
		}
		if k := t.Fold[w.start:w.end]; !premisesShape.mayHold(k) || !premisesWords[k] {
			return false
		}
	}
	return inAllow
}

// nearAllow says whether an allow span (of allow, sorted by sortSpans; reach[i] the
// furthest end of allow[:i+1]) touches [start, end] or the original span of the words ws:
// covering and allowedWithGenericWords find nothing for a candidate without one, and most
// candidates are far from every allow span.
func nearAllow(t *Text, allow [][2]int, reach []int, start, end int, ws []word) bool {
	lo, hi := start, end
	if len(ws) > 0 {
		// Orig's start grows with a word's start and its end with a word's end: every
		// word's original span lies within these.
		os, _ := t.Orig(ws[0].start, ws[0].end)
		_, oe := t.Orig(ws[len(ws)-1].start, ws[len(ws)-1].end)
		lo, hi = min(lo, os), max(hi, oe)
	}
	// k is the number of allow spans that start at or before hi.
	k, j := 0, len(allow)
	for k < j {
		m := int(uint(k+j) >> 1)
		if allow[m][0] <= hi {
			k = m + 1
		} else {
			j = m
		}
	}
	return k > 0 && reach[k-1] >= lo
}

// premisesWords name a public body's premises, not a kind of work: "the Hanawon centre" is
// Hanawon, but "the Kimhyongjik timber mill" is a workplace named after a leader.
var premisesWords = map[string]bool{"the": true, "a": true, "s": true, "centre": true, "center": true,
	"office": true, "offices": true, "headquarters": true, "building": true, "compound": true}

// premisesShape lets allowedWithGenericWords skip the premisesWords lookup for most words.
var premisesShape = newWordShape(maps.Keys(premisesWords))

// allowSpanOK rejects an allow-list match that fuses a multi-word phrase into one word:
// "Kimjongsuk county" is a county named after Kim Jong Suk, not the person.
func (e *Engine) allowSpanOK(words []word, m phraseMatch) bool {
	n := m.wj - m.wi
	for _, p := range m.payloads {
		if p < len(e.allowWords) && e.allowWords[p] >= 2 && n < 2 {
			return false
		}
	}
	return true
}
