package redact

import (
	"cmp"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Pseudonyms: every pseudonymized mention gets an entity node; nodes are merged when they
// are the same surface form, when a detector gave them the same Entity key, when they are
// variants of one known person, and when a one-word mention ("Min") is a part of exactly one
// longer name in the testimony ("Ji Min"). Each merged group gets one label, named by role.
// A part shared by two people ("Kim" with two Kims) is never merged: it gets a label of its
// own, so one label never stands for two people.

// unionFind keeps its nodes in a slice: a node name is looked up once per call, and path
// compression writes ints instead of assigning map entries keyed by strings. Nodes are
// named by nodeName, so no name string is built for a node that never becomes a root.
type unionFind struct {
	// heads finds a node by its key: the nodes are chained in buckets by the key's length
	// and end bytes (variantBucket), heads holding 1 + the last node of each, 0 for none.
	// A run has some tens of nodes: a bucket's chain is short, and a look-up costs no hash
	// of the key, nor a map to clear.
	heads [256]int32
	nodes []ufNode
	// variants finds the known people's variants by key (variantIndex.owner).
	variants variantIndex
	// assignLabels' slices, kept with the nodes so that a run allocates none once warm.
	ds, firsts []*decision
	names      []partCandidate
	groups     []group
	roots      []int32
	dsGroups   []int32 // the index in groups of each of ds, once they are numbered
	kinApart   []entityKin
	// kinned are the surface nodes of people with a kin word before a mention (ufNode.kin).
	kinned []int32
	// nextMention[i] is 1 + the index in ds of the next mention of ds[i]'s surface node, a
	// person's, 0 for none (ufNode.mentions); read while ds is in its first order.
	nextMention []int32
}

type ufNode struct {
	parent int32
	next   int32 // 1 + the node made before it in its bucket, 0 for none
	name   nodeName
	group  int32 // assignLabels' number for a root: 1 + its index in groups, 0 for none
	first  bool  // a surface node some decision of assignLabels' firsts has
	// joined is 1 + the index in assignLabels' ds of the last decision of the surface node
	// whose entity was joined, 0 for none: a mention that would join the same nodes again
	// (sameJoins) is passed over.
	joined int32
	// mentions and lastMention are 1 + the index in assignLabels' ds of the first and the
	// last mention of a person's surface node, chained by unionFind.nextMention; 0 for none.
	mentions, lastMention int32
	// kin is the relation a kin word before a mention of a person's surface node says
	// ("son" of "her son Chol", "brother" of "오빠 옥철"; kinWordBefore), "" for none.
	kin string
}

// nodeName names a node: a surface form ("s:person:jimin" as a string), a detector's entity
// ("e:person:p2"), or a known person ("k:3"; an entity that names one is the same node).
type nodeName struct {
	kind byte // 's' surface, 'e' entity, 'k' known person
	c    Category
	key  string // the phrase key, the entity, or the known person's node ("k:3")
}

// appendTo appends the node's name as a string ("s:person:jimin", "k:3"): what entityID
// hashes.
func (n nodeName) appendTo(b []byte) []byte {
	if n.kind == 'k' {
		return append(b, n.key...)
	}
	b = append(b, n.kind, ':')
	b = append(b, n.c...)
	b = append(b, ':')
	return append(b, n.key...)
}

func knownNode(node string) nodeName { return nodeName{kind: 'k', key: node} }

// unionFinds pools the node maps and slices between runs: a run allocates none once warm.
var unionFinds = sync.Pool{New: func() any { return new(unionFind) }}

func getUnionFind() *unionFind { return unionFinds.Get().(*unionFind) }

// release empties u (dropping its references to the run's strings) and pools it.
func (u *unionFind) release() {
	clear(u.heads[:])
	clear(u.variants.heads[:])
	clear(u.nodes)
	u.nodes = u.nodes[:0]
	clear(u.ds)
	clear(u.firsts)
	clear(u.names)
	clear(u.groups)
	clear(u.kinApart)
	u.kinApart = u.kinApart[:0]
	u.kinned = u.kinned[:0]
	u.ds, u.firsts, u.names, u.groups, u.roots, u.dsGroups = u.ds[:0], u.firsts[:0], u.names[:0], u.groups[:0], u.roots[:0], u.dsGroups[:0]
	unionFinds.Put(u)
}

// variantBucket is a node's bucket in unionFind.heads: a cheap hash of its key's length
// and end bytes.
func variantBucket(key string) byte {
	if key == "" {
		return 0
	}
	return byte(uint(len(key))*31 + uint(key[0])*7 + uint(key[len(key)-1]))
}

// node returns x's number, adding x as a root of its own when it is new.
func (u *unionFind) node(x nodeName) int32 {
	b := variantBucket(x.key)
	for i := u.heads[b]; i > 0; i = u.nodes[i-1].next {
		if n := &u.nodes[i-1].name; n.kind == x.kind && n.c == x.c && n.key == x.key {
			return i - 1
		}
	}
	i := int32(len(u.nodes))
	u.nodes = append(u.nodes, ufNode{parent: i, next: u.heads[b], name: x})
	u.heads[b] = i + 1
	return i
}

// surface returns the number of d's surface node. d keeps it (surfaceNode is 1 + the
// number), so each decision looks its node up once; only assignLabels' union-find is used
// while the run's decisions carry these numbers.
func (u *unionFind) surface(d *decision) int32 {
	if d.surfaceNode == 0 {
		u.lookUpSurface(d) // apart, so that surface, read some ten times a decision, is inlined
	}
	return d.surfaceNode - 1
}

// lookUpSurface is kept out of line: inlined, it would make surface too big to inline.
//
//go:noinline
func (u *unionFind) lookUpSurface(d *decision) {
	d.surfaceNode = u.node(nodeName{'s', d.Category, d.key}) + 1
}

func (u *unionFind) root(i int32) int32 {
	r := i
	for u.nodes[r].parent != r {
		r = u.nodes[r].parent
	}
	for u.nodes[i].parent != r {
		u.nodes[i].parent, i = r, u.nodes[i].parent
	}
	return r
}

// known says whether node i is a known person's.
func (u *unionFind) known(i int32) bool { return u.nodes[i].name.kind == 'k' }

func (u *unionFind) union(a, b int32) {
	ia, ib := u.root(a), u.root(b)
	if ia == ib {
		return
	}
	// Known people's nodes stay roots, so their role and canonical key win.
	if u.known(ib) && !u.known(ia) {
		ia, ib = ib, ia
	}
	u.nodes[ib].parent = ia
}

// group is what assignLabels gathers for one root: the role and canonical key its label is
// made from, then the label and the entity ID.
type group struct {
	root             int32
	role             Role
	canon, label, id string
	// knownRead says that the known person's role and key were read into the group: a
	// known root's are the same at each of its mentions, and only an empty role is
	// ever set after them.
	knownRead bool
}

func (r *runState) assignLabels() {
	if !hasPseudonym(r.text.decisions) && !hasPseudonym(r.title.decisions) {
		return
	}
	u := getUnionFind()
	ds := u.ds[:0] // pooled: grown once, in the first runs
	for _, f := range []*field{&r.text, &r.title} {
		for _, d := range f.decisions {
			if d.Action == Pseudonymize {
				ds = append(ds, d)
			}
		}
	}
	// The known people's names that a one-word mention may be a part of: their variants
	// that are not parts themselves (variantPartial, isPartial of each).
	personVariants := 0
	for _, k := range r.known {
		if k.Category == Person {
			personVariants += len(k.variants)
		}
	}
	names := partIndex{names: slices.Grow(u.names[:0], len(ds)+personVariants)}
	u.variants.index(r)
	for i, k := range r.known {
		if k.Category != Person {
			continue
		}
		node := int32(-1) // made at the first variant that needs it
		for j, v := range k.variants {
			if !r.variantPartial[k.firstVariant+j] {
				if node < 0 {
					node = u.node(knownNode(k.node))
				}
				names.add(v, node, anyBound, false)
				names.names[len(names.names)-1].known = int32(i) + 1
			}
		}
	}
	r.splitSurnamesByRole(u, ds)
	r.splitKinFromKnown(u, ds)
	// firsts are the first mentions of each person key of ds, in the order of ds: of each
	// surface node of a person, which is the key's.
	// Each surface node of a person chains its mentions too (ufNode.mentions), for the
	// parts step below to read a node's mentions without a walk of ds.
	firsts := u.firsts[:0]
	u.nextMention = slices.Grow(u.nextMention[:0], len(ds))[:len(ds)]
	for i, d := range ds {
		u.nextMention[i] = 0
		if d.Category == Person {
			n := &u.nodes[u.surface(d)]
			if !n.first {
				n.first = true
				firsts = append(firsts, d)
				n.mentions = int32(i) + 1
			} else {
				u.nextMention[n.lastMention-1] = int32(i) + 1
			}
			n.lastMention = int32(i) + 1
		}
	}
	// Multi-word variants name their known person outright. Only the variants some
	// mention has are joined: the surface node of another would be a leaf of the known
	// person's node that nothing else reaches, and each of these unions joins a new leaf
	// to a known person's node, which stays the root, so their order does not matter.
	for _, d := range firsts {
		if o := u.variants.owner(r, d.key); o.found && o.owner >= 0 && !o.partOfOwner && !d.roleSplit {
			u.union(u.node(knownNode(r.known[o.owner].node)), u.surface(d))
		}
	}
	u.kinned = r.markSurfaceKin(u, ds, u.kinned[:0])
	u.kinApart = r.kinSplitEntities(u, ds, u.kinApart[:0])
	for i, d := range ds {
		sn := u.surface(d)
		if j := u.nodes[sn].joined; j > 0 && sameJoins(ds[j-1], d) {
			continue // the same unions again, which change nothing
		}
		u.nodes[sn].joined = int32(i) + 1
		if d.Entity != "" && !(d.Detector == "known" && u.variants.owner(r, d.key).shared()) && !r.bareSurname(d) && !d.roleSplit && !r.surnameTiedByEntity(d) && !u.kinApartFrom(d) {
			u.union(u.node(nodeName{'e', d.Category, d.Entity}), sn)
			if strings.HasPrefix(d.Entity, "k:") && !r.partOfSomeKnown(u.variants.owner(r, d.key), d.key) {
				u.union(u.node(knownNode(d.Entity)), sn)
			}
		}
		u.root(sn)
	}
	r.linkHangulToKnown(u, ds)
	linkRomanizedGivenToHangul(u, ds)
	linkCyrillicKorean(u, ds)
	linkCyrillicNames(u, ds)
	// Parts: a mention that is the start or the end of a longer name ("Min", "Eun-ji",
	// "Park") joins the one person whose name it starts or ends, among the known people and
	// the names found in the text. With two candidates ("Park" when Park Young-mi and Park
	// Chol-su both appear) it joins neither.
	for _, d := range firsts {
		names.add(d.key, u.surface(d), partBounds(d), strings.HasPrefix(d.Entity, "|"))
	}
	roots := u.roots[:0] // a set: few elements
	groups := u.groups[:0]
	dsGroups := u.dsGroups[:0]
	defer func() {
		// The slices, grown, go back to the pool with u.
		u.ds, u.firsts, u.names, u.groups, u.roots, u.dsGroups = ds, firsts, names.names, groups, roots, dsGroups
		u.release()
	}()
	addRoot := func(n int32) {
		if g := u.root(n); !slices.Contains(roots, g) {
			roots = append(roots, g)
		}
	}
	for _, d := range firsts {
		if d.roleSplit {
			continue // one of two people with the surname: the longer name is neither's
		}
		roots = roots[:0]
		// A surname alone ("Officer Kang") does not start a given name alone ("Kang-mi"):
		// the names detector's entities are "kang|" and "|kangmi". (It may end one read
		// so: "Lao Jin" / "Jin".)
		surnameOnly := strings.HasSuffix(d.Entity, "|") && strings.Count(d.Entity, "|") == 1 && len(d.Entity) > 1
		// A name that d starts begins with d's first byte, one that d ends ends with its
		// last: only those chains are read. A name in both is met twice; roots is a set.
		if d.key == "" {
			for _, n := range names.names {
				addRoot(n.node) // every name is longer than an empty key and starts with it
			}
		} else {
			for i := names.byFirst[d.key[0]]; i > 0; i = names.names[i-1].nextFirst {
				if n := &names.names[i-1]; len(n.key) > len(d.key) && strings.HasPrefix(n.key, d.key) && n.boundAt(len(d.key)) && !(surnameOnly && n.givenOnly) && r.partSplits(u, n, d.key, n.key[len(d.key):], true) {
					addRoot(n.node)
				}
			}
			for i := names.byLast[d.key[len(d.key)-1]]; i > 0; i = names.names[i-1].nextLast {
				// An initial is a name's first letter, never its last ("Mr. K." is not Pak).
				if n := &names.names[i-1]; len(n.key) > len(d.key) && !isInitialKey(d.key) && strings.HasSuffix(n.key, d.key) && n.boundAt(len(n.key)-len(d.key)) && r.partSplits(u, n, d.key, n.key[:len(n.key)-len(d.key)], false) {
					addRoot(n.node)
				}
			}
		}
		// A longer name already in d's own group ("Hyejin-ah" after "Hyejin", one entity) is
		// no rival for the person d is a part of.
		if own := u.root(u.surface(d)); len(roots) > 1 {
			if slices.Contains(roots, own) && fullNameEntity(d.Entity) {
				// The detector tied d to a person named in full ("Jun" of "Ri Jun", entity
				// "lee|jun"): a longer name it also starts ("Jun-ho") is someone else.
				continue
			}
			roots = slices.DeleteFunc(roots, func(g int32) bool { return g == own })
		}
		if len(u.kinned) > 1 && len(roots) > 0 {
			// "Her son 철이 ... My brother 옥철": the son is not the brother whose name he ends.
			own := u.root(u.surface(d))
			roots = slices.DeleteFunc(roots, func(g int32) bool { return g != own && u.kinConflict(own, g) })
		}
		speaker := len(roots) > 0 && r.speakerNode(u, ds, d)
		if speaker {
			// A speaker is not the relative they talk about: "KANG: My son Kang Hyok was
			// there." names the speaker's son, someone else with the surname.
			roots = slices.DeleteFunc(roots, func(g int32) bool { return !u.known(g) && r.relativeGroup(u, ds, g) })
		}
		if len(roots) > 1 && speaker {
			// A speaker label ("Chu:") in a transcript is one of the people interviewed,
			// not a relative with the same surname who is only talked about.
			roots = slices.DeleteFunc(roots, func(g int32) bool { return !u.known(g) })
		}
		if r.bareSurname(d) && !speaker {
			// The interviewee and the interviewer are "I" and "you" in their testimony: a
			// surname alone is someone else ("Then Kim, our neighbour, was arrested"), even
			// when they are the only people named in full with it. A speaker label ("Ryu:")
			// is the one who says "I".
			roots = slices.DeleteFunc(roots, func(g int32) bool { return r.speaksInFirstPerson(u, g) })
		}
		if len(roots) == 1 && !r.titledApart(u, ds, d, roots[0]) {
			u.union(roots[0], u.surface(d))
		}
	}

	// Labels in order of first mention, text before title.
	slices.SortStableFunc(ds, func(a, b *decision) int {
		if a.Field != b.Field {
			if a.Field == "" {
				return -1
			}
			if b.Field == "" {
				return 1
			}
			return 0
		}
		return cmp.Compare(a.Start, b.Start)
	})
	// The roots of ds are numbered, so that what is gathered for each is a slice element;
	// each decision's is kept in dsGroups, its root looked up once.
	n := int32(0)
	dsGroups = slices.Grow(dsGroups, len(ds))
	for _, d := range ds {
		root := u.root(u.surface(d))
		if u.nodes[root].group == 0 {
			n++
			u.nodes[root].group = n
			groups = append(groups, group{root: root}) // cleared by release
		}
		dsGroups = append(dsGroups, u.nodes[root].group-1)
	}
	for i, d := range ds {
		g := &groups[dsGroups[i]]
		root := g.root
		if u.known(root) && !g.knownRead {
			g.knownRead = true
			for _, k := range r.known {
				if k.node == u.nodes[root].name.key {
					if k.Role != "" {
						g.role = k.Role
					}
					g.canon = k.fullKey
				}
			}
		}
		if g.role == "" && d.role != "" && d.role != RolePerson {
			g.role = d.role
		}
		if g.role == "" && d.Category == Person {
			f := &r.text
			if d.Field == "title" {
				f = &r.title
			}
			if role := roleFromContext(f.t, d.Start); role != "" {
				g.role = role
			}
		}
		if len(d.key) > len(g.canon) && !u.known(root) {
			g.canon = d.key
		}
	}
	var counts [16]nounCount
	counters := counts[:0] // the labels given so far of each noun: a run has a few nouns
	// The IDs are many small strings: they go in the run's block.
	ids := &r.strs
	for i, d := range ds {
		g := &groups[dsGroups[i]]
		root := g.root
		if g.label == "" {
			noun := labelNoun(d.Category, g.role)
			if r.e.policy.ArchivePseudonyms {
				mac := hmac.New(sha256.New, r.e.policy.Secret)
				mac.Write([]byte(string(d.Category) + "\x00" + g.canon))
				g.label = "[" + noun.noun + " " + hex.EncodeToString(mac.Sum(nil))[:8] + "]"
			} else {
				var n int
				counters, n = takeNumber(counters, noun.noun)
				g.label = noun.label(n)
			}
		}
		if g.id == "" {
			if id, ok := knownEntityID(u.nodes[root].name); ok {
				g.id = id
			} else {
				id := entityID(u.nodes[root].name)
				g.id = ids.fromBytes(id[:])
			}
		}
		d.Replacement = g.label
		d.Entity = g.id
	}
}

// hasPseudonym says whether one of ds is pseudonymized.
func hasPseudonym(ds []*decision) bool {
	for _, d := range ds {
		if d.Action == Pseudonymize {
			return true
		}
	}
	return false
}

// partIndex holds assignLabels' candidate names (the longer names a one-word mention may be
// a part of), chained by first byte and by last byte: a mention is compared only with the
// names it may start or end, instead of with every name of the run.
type partIndex struct {
	names           []partCandidate
	byFirst, byLast [256]int32 // 1 + the index of the last name added with that byte, 0 for none
}

type partCandidate struct {
	key                 string
	node                int32
	nextFirst, nextLast int32  // 1 + the index of the name added before with the same byte
	bounds              uint64 // bit p: a word of the name starts at key[p] (keyBounds)
	givenOnly           bool   // a given name found without a surname ("|kangmi")
	known               int32  // 1 + the index in r.known of the person whose variant it is, 0 for a name of the text
}

// boundAt reports whether a part of the name may start or end at key offset p.
func (n *partCandidate) boundAt(p int) bool { return p >= 64 || n.bounds&(1<<p) != 0 }

// anyBound lets a part start or end anywhere in a name: its words are not known.
const anyBound = ^uint64(0)

// keyBounds is the bounds of a name written as text whose key is keyLen bytes long: the
// offsets in the key where its words start. A name written as several words ("Ha-na",
// "Kim Min-ji") has parts only at its words: "Han" is no part of "Ha-na", whose key is
// "hana". One written as one word ("Kimjimin") or not in ASCII may be split anywhere.
func keyBounds(text string, keyLen int) uint64 {
	var b uint64
	pos, inWord := 0, false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= 0x80 {
			return anyBound
		}
		if !isASCIIWordByte(c) {
			inWord = false
			continue
		}
		if !inWord && pos > 0 && pos < 64 {
			b |= 1 << pos
		}
		pos, inWord = pos+1, true
	}
	if b == 0 || pos < keyLen {
		return anyBound
	}
	return b | 1
}

// partBounds is keyBounds of a mention found in the text, but for a Mongolian given name
// of one word: it is composed of elements ("Oyuntsetseg": oyun + tsetseg), and a name that
// is one of them ("Tsetseg") is another name, another person's, not a short form of it.
// Only its word bounds (the hyphen of "Bat-Erdene") bound a part of it.
func partBounds(d *decision) uint64 {
	b := keyBounds(d.Text, len(d.key))
	if b == anyBound && d.Rule == "mongolian-name" && isASCII(d.Text) {
		return 1
	}
	return b
}

// partSplits says whether key, the start (prefix) or the end of candidate n's key whose
// other part is rest, is a part of that name at all, where n's bounds cannot tell
// ("Nahmjonghui", or a name written as one word, "Chol"). A known person's parts are all
// among their variants, so key must be one of them: "Jo" and "Na" only begin "Jonghui" and
// "Nam", and Jo or Na is someone else (so for a name of the text that is a variant). In a name of the text written as one word, the rest
// must be a romanized given syllable or two, or (before an end) a surname and them: "Cho" is
// no part of "Chol", nor "Ha" of "Hale"; "Kim" and "Min" are parts of "Kimjimin", and
// "Zhang" of the family "the Zhangs". Hangul and
// the names written as words are read by their bounds alone.
func (r *runState) partSplits(u *unionFind, n *partCandidate, key, rest string, prefix bool) bool {
	known := n.known - 1
	if known < 0 {
		// A name of the text that is a known person's variant ("Hale" of Margaret Hale) is
		// that person's: "Ha" is no part of it.
		if o := u.variants.owner(r, n.key); o.found && o.owner >= 0 {
			known = o.owner
		}
	}
	if known >= 0 {
		// A name in Han is read by its bounds: its one-character surname ("李" of 李春花) is
		// no variant, and hanTitledApart decides a titled surname ("李老师").
		if c, _ := utf8.DecodeRuneInString(key); unicode.Is(unicode.Han, c) {
			return true
		}
		return slices.Contains(r.known[known].variants, key)
	}
	if n.bounds != anyBound || r.e.gaz == nil || !asciiLetters(n.key) {
		return true
	}
	ix := indexFor(r.e.gaz)
	if _, ok := segmentSplit(rest, ix); ok {
		return true
	}
	if prefix {
		return rest == "s" || rest == "es" // a family in the plural ("the Zhangs")
	}
	for k := len(rest); k >= 2; k-- {
		if r.e.gaz.Surnames[rest[:k]] != "" {
			if _, ok := segmentSplit(rest[k:], ix); k == len(rest) || ok {
				return true
			}
		}
	}
	return false
}

// add adds a name. An empty key is left out: no mention is shorter than it.
func (x *partIndex) add(key string, node int32, bounds uint64, givenOnly bool) {
	if key == "" {
		return
	}
	first, last := key[0], key[len(key)-1]
	x.names = append(x.names, partCandidate{key, node, x.byFirst[first], x.byLast[last], bounds, givenOnly, 0})
	n := int32(len(x.names))
	x.byFirst[first], x.byLast[last] = n, n
}

// entityID is what the report shows as the span's entity: a short hash of the group, so
// spans of one person can be grouped without writing the name again.
func entityID(root nodeName) [12]byte {
	// The name is hashed from a buffer on the stack (a longer one moves to the heap), and
	// the hex digits are written into the array the caller makes a string of.
	var nameBuf [64]byte
	h := sha256.Sum256(root.appendTo(nameBuf[:0]))
	var id [12]byte
	hex.Encode(id[:], h[:6])
	return id
}

// knownEntityID returns entityID of a known person's node ("k:3") as a string, made once
// for the first known entries (knownNodeNames): the names are the same in every run, and
// the hash was most of what a run spent on its labels. It reports false for another node.
func knownEntityID(n nodeName) (string, bool) {
	if n.kind != 'k' || len(n.key) < 3 || len(n.key) > 4 || n.key[0] != 'k' || n.key[1] != ':' {
		return "", false
	}
	i := 0
	for _, c := range []byte(n.key[2:]) {
		if c < '0' || c > '9' {
			return "", false
		}
		i = 10*i + int(c-'0')
	}
	if i >= len(knownNodeNames) || knownNodeNames[i] != n.key {
		return "", false // "k:07" is not entry 7's node
	}
	return knownEntityIDs[i], true
}

// knownEntityIDs are the entity IDs of knownNodeNames' nodes.
var knownEntityIDs = func() (ids [len(knownNodeNames)]string) {
	for i, name := range knownNodeNames {
		id := entityID(knownNode(name))
		ids[i] = string(id[:])
	}
	return ids
}()

// variantOwner is what the known people's variants say of a key.
type variantOwner struct {
	found bool // some person has the key as a variant
	// owner is the index in r.known of the person with the variant, -1 when several
	// people have it.
	owner int32
	// partOfOwner says the variant is a part of another variant of its owner (isPartial);
	// partOfSome that it is a part of another variant of some person who has it.
	partOfOwner, partOfSome bool
}

// shared says whether several known people have the key.
func (o variantOwner) shared() bool { return o.found && o.owner < 0 }

// variantIndex finds the known people's variants (runState.variants) by key: they are
// chained in buckets by the key's length and end bytes (variantBucket), which costs a few
// stores a variant, where a map of them cost a hash and an assignment each.
type variantIndex struct {
	heads [256]int32 // 1 + the last variant of the bucket (its index in r.variants), 0 for none
	next  []int32    // next[p] is 1 + the variant before p in its bucket, 0 for none
	entry []int32    // entry[p] is the index in r.known of the person with variant p
}

// index chains the variants of r's known people; other entries' are left out.
func (x *variantIndex) index(r *runState) {
	x.next = slices.Grow(x.next[:0], len(r.variants))[:len(r.variants)]
	x.entry = slices.Grow(x.entry[:0], len(r.variants))[:len(r.variants)]
	for i, k := range r.known {
		if k.Category != Person {
			continue
		}
		for j, v := range k.variants {
			p, b := k.firstVariant+j, variantBucket(v)
			x.next[p], x.entry[p] = x.heads[b], int32(i)
			x.heads[b] = int32(p) + 1
		}
	}
}

// owner returns what the known people's variants say of key: the first person with it
// (in the order of r.known) is its owner, unless another person has it too.
func (x *variantIndex) owner(r *runState, key string) variantOwner {
	var o variantOwner
	shared := false
	// The chain runs from the last variant to the first: each one met is the first so far.
	for p := x.heads[variantBucket(key)]; p > 0; p = x.next[p-1] {
		if r.variants[p-1] != key {
			continue
		}
		i, partial := x.entry[p-1], r.variantPartial[p-1] // isPartial(i, key)
		shared = shared || o.found && o.owner != i
		o.found, o.owner, o.partOfOwner = true, i, partial
		o.partOfSome = o.partOfSome || partial
	}
	if shared {
		o.owner = -1
	}
	return o
}

// sameJoins says whether assignLabels joins decision b to the same nodes as a, of the
// same surface node: its entity, and what says whether it is joined (bareSurname, and
// the owner of the key, which is the node's).
func sameJoins(a, b *decision) bool {
	return a.Entity == b.Entity && a.Detector == b.Detector && a.Rule == b.Rule && a.role == b.role
}

// partOfSomeKnown says whether v is a part of some known person's name, such as a surname
// or a given name alone, as opposed to a full spelling. Only a variant of an entry can be a
// part of it: a person's are read in o, the owner of v, and the other entries only when
// they have a part.
func (r *runState) partOfSomeKnown(o variantOwner, v string) bool {
	if o.partOfSome {
		return true
	}
	for j, k := range r.known {
		if k.Category != Person && k.partials > 0 && r.isPartial(j, v) {
			return true
		}
	}
	return false
}

// labelNoun names a pseudonym by role; lettered labels ("[Person A]") are for roles that can
// have many members, the others are numbered only from the second one ("[Interviewee 2]").
func labelNoun(c Category, role Role) *pseudonymNoun {
	if c != Person {
		if noun, ok := categoryLabelNouns[c]; ok {
			return noun
		}
		n := categoryNames[c]
		return newPseudonymNoun(strings.ToUpper(n[:1])+n[1:], true)
	}
	switch role {
	case RoleInterviewee:
		return intervieweeNoun
	case RoleInterviewer:
		return interviewerNoun
	case RoleBroker:
		return brokerNoun
	case RoleRelative:
		return relativeNoun
	case RoleSpeaker:
		return speakerNoun
	}
	return personNoun
}

// pseudonymNoun is a noun of labelNoun with its first labels made once: "[Interviewee]", or
// "[Person A]" to "[Person Z]" for a lettered noun. A run made each label anew.
type pseudonymNoun struct {
	noun     string
	lettered bool
	first    [26]string // the labels of the first 26 lettered, or [0] alone
}

func newPseudonymNoun(noun string, lettered bool) *pseudonymNoun {
	p := &pseudonymNoun{noun: noun, lettered: lettered}
	if !lettered {
		p.first[0] = "[" + noun + "]"
		return p
	}
	for n := range p.first {
		p.first[n] = "[" + noun + " " + letters(n) + "]"
	}
	return p
}

// label is the label of the noun's n-th group of a run (from 0).
func (p *pseudonymNoun) label(n int) string {
	switch {
	case p.lettered && n < len(p.first), n == 0:
		return p.first[n]
	case p.lettered:
		return labels.concat("[", p.noun, " ", letters(n), "]")
	}
	return fmt.Sprintf("[%s %d]", p.noun, n+1)
}

// The nouns of people's labels.
var (
	intervieweeNoun = newPseudonymNoun("Interviewee", false)
	interviewerNoun = newPseudonymNoun("Interviewer", false)
	brokerNoun      = newPseudonymNoun("Broker", true)
	relativeNoun    = newPseudonymNoun("Relative", true)
	speakerNoun     = newPseudonymNoun("Speaker", true)
	personNoun      = newPseudonymNoun("Person", true)
)

// categoryLabelNouns are labelNoun's nouns of the other categories, made once: "Place".
var categoryLabelNouns = func() map[Category]*pseudonymNoun {
	m := map[Category]*pseudonymNoun{}
	for c, n := range categoryNames {
		if n != "" {
			m[c] = newPseudonymNoun(strings.ToUpper(n[:1])+n[1:], true)
		}
	}
	return m
}()

// nounCount is how many labels of a noun a run has given.
type nounCount struct {
	noun string
	n    int
}

// takeNumber returns noun's count in counts (0 for a noun not there yet) and counts with it
// counted once more.
func takeNumber(counts []nounCount, noun string) ([]nounCount, int) {
	for i := range counts {
		if counts[i].noun == noun {
			counts[i].n++
			return counts, counts[i].n - 1
		}
	}
	return append(counts, nounCount{noun, 1}), 0
}

// letters numbers labels A, B, ... Z, AA, AB, ...
func letters(n int) string {
	if n < 26 {
		return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[n : n+1] // most labels: no string made
	}
	s := ""
	for {
		s = string(rune('A'+n%26)) + s
		n = n/26 - 1
		if n < 0 {
			return s
		}
	}
}

// roleFromContext reads a role from the words just before a mention: "the broker, Mr Zhang",
// "my brother, Chol-su", "broker Kim".
func roleFromContext(t *Text, start int) Role {
	ns := normStart(t, start)
	from := max(0, ns-24)
	seg := t.Fold[from:ns]
	// Only the same clause: stop at the last sentence end.
	for i := len(seg) - 1; i >= 0; i-- { // strings.LastIndexAny(seg, ".!?;:\n"), without its set
		if clauseEnds[seg[i]] {
			seg = seg[i+1:]
			break
		}
	}
	// One pass over the words: each maximal run of word bytes is a word ("mother-in-law"
	// has "mother" as a run of its own). A broker anywhere in the clause wins over a kin
	// noun, as when the whole clause was searched for one first.
	relative := false
	for i := 0; i < len(seg); {
		if !isASCIIWordByte(seg[i]) {
			i++
			continue
		}
		j := i
		for j < len(seg) && isASCIIWordByte(seg[j]) {
			j++
		}
		switch w := seg[i:j]; w {
		case "broker", "brokers", "smuggler":
			return RoleBroker
		default:
			// A capitalised kin noun hyphenated to the next word is a given name's first
			// syllable ("Son-hui and Go-eun"), no kinship ("Mother-in-law" is).
			name := j+1 < len(seg) && seg[j] == '-' && t.Norm[ns-len(seg)+i] != seg[i] && !strings.HasPrefix(seg[j+1:], "in-")
			if !relative && !name && w != "children" && kinNounFilter.mayHold(w) && kinNouns[w] && !kinNounInName(t, seg, ns, i, j) {
				relative = true
			}
		}
		i = j
	}
	if relative {
		return RoleRelative
	}
	return ""
}

// kinNounInName says whether the kin noun seg[i:j] names no kin: a church's title
// (religiousTitle), or the surname Son capitalised in the middle of a sentence, of a name
// ("Grace Son and Peter Ha") or a family ("the Sons"), after no possessive ("my Son").
func kinNounInName(t *Text, seg string, ns, i, j int) bool {
	if w := seg[i:j]; w != "son" && w != "sons" {
		return religiousTitle(t, seg, ns, i, j)
	}
	at := ns - len(seg) + i
	if t.Norm[at] == seg[i] || atSentenceStart(t.Norm, at) {
		return false
	}
	before := strings.TrimRight(seg[:i], " ")
	k := len(before)
	for k > 0 && isASCIIWordByte(before[k-1]) {
		k--
	}
	return !kinOwners[before[k:]]
}

// religiousTitle says whether the kin noun seg[i:j] is a church's title before the name
// that starts at ns ("run by Father Paul Kwon", "with Sister Maria"): capitalised in the
// middle of a clause, right before the name, after a word that is no possessive. "my
// Father" and a clause's first word stay kin.
func religiousTitle(t *Text, seg string, ns, i, j int) bool {
	switch seg[i:j] {
	case "father", "sister", "brother", "mother":
	default:
		return false
	}
	if t.Norm[ns-len(seg)+i] == seg[i] || strings.TrimLeft(seg[j:], " ") != "" {
		return false // lower case, or words between it and the name
	}
	before := strings.TrimRight(seg[:i], " ")
	k := len(before)
	for k > 0 && isASCIIWordByte(before[k-1]) {
		k--
	}
	return k < len(before) && !kinOwners[before[k:]]
}

// clauseEnds are the bytes that end roleFromContext's clause: one load a byte, where
// comparing each with the six cost most of the function.
var clauseEnds = [256]bool{'.': true, '!': true, '?': true, ';': true, ':': true, '\n': true}

// kinNounFilter lets roleFromContext skip the kinNouns lookup for most words.
var kinNounFilter = newKeyFilter(maps.Keys(kinNouns))

// speakerNode says whether some mention with d's surface form is a transcript turn's label
// ("KANG:", "[KANG]:"): the first mention may be the label of a turn that a time stamp or a
// bracket hid from the detector.
func (r *runState) speakerNode(u *unionFind, ds []*decision, d *decision) bool {
	// d is a person's first mention: its node chains the mentions with its surface form.
	for i := u.nodes[u.surface(d)].mentions; i > 0; i = u.nextMention[i-1] {
		if x := ds[i-1]; x.role == RoleSpeaker || turnLabelAt(r.fieldOf(x).t, x.Start, x.End) {
			return true
		}
	}
	return false
}

// splitKinFromKnown keeps apart from the interviewee and the interviewer a mention of a
// part of their name ("Nam", "Hale") that is written as someone's relative: after a kin
// title ("Grandpa Nam", "Auntie Ha"), right after a kin word ("my grandfather Nam"), with one
// in apposition ("Nam, my grandfather") or as its predicate ("Hale is my mother"). The
// interviewee and the interviewer are "I" and "you": a relative who shares their name is
// someone else. These mentions get a surface node of their own, one for the name, and join
// no entity and no longer name; the other mentions ("Mr. Nam") stay theirs.
func (r *runState) splitKinFromKnown(u *unionFind, ds []*decision) {
	for _, d := range ds {
		if d.Category != Person || d.roleSplit || d.key == "" || strings.IndexByte(d.key, ' ') >= 0 {
			continue
		}
		o := u.variants.owner(r, d.key)
		if !o.found || o.owner < 0 || !o.partOfOwner {
			continue
		}
		if role := r.known[o.owner].Role; role != RoleInterviewee && role != RoleInterviewer {
			continue
		}
		t := r.fieldOf(d).t
		if kinTitles[titleBefore(t, d.Start)] || kinCues[roleNounNear(t, d.Start, d.End)] == RoleRelative || kinPredicate(t, d.End) {
			d.roleSplit = true
			d.surfaceNode = u.node(nodeName{'s', Person, d.key + "\x1fkin"}) + 1
		}
	}
}

// kinTitles are the titles of kinTitleForms.
var kinTitles = map[string]bool{"grandmother": true, "grandfather": true, "aunt": true, "uncle": true}

// kinPredicate says whether a mention ending at end is said to be someone's relative: "is
// my mother", "was her uncle".
func kinPredicate(t *Text, end int) bool {
	fold := t.Fold
	p := normEnd(t, end)
	word := func() string {
		for p < len(fold) && fold[p] == ' ' {
			p++
		}
		q := p
		for p < len(fold) && isASCIIWordByte(fold[p]) {
			p++
		}
		return fold[q:p]
	}
	if v := word(); v != "is" && v != "was" {
		return false
	}
	if !kinOwners[word()] {
		return false
	}
	return kinNouns[word()]
}

// markSurfaceKin writes on the surface node of each person with a kin word before one of
// their mentions the relation it says (ufNode.kin, the first one), and appends those nodes
// to kinned. A later mention of the same spelling without it ("Her son Chol went ...
// Chol came back") is the same relative.
func (r *runState) markSurfaceKin(u *unionFind, ds []*decision, kinned []int32) []int32 {
	for _, d := range ds {
		if d.Category != Person {
			continue
		}
		if w := r.kinWordBefore(d); w != "" {
			if sn := u.surface(d); u.nodes[sn].kin == "" {
				u.nodes[sn].kin = w
				kinned = append(kinned, sn)
			}
		}
	}
	return kinned
}

// kinConflict says whether groups a and b hold mentions written as two different relatives
// ("her son Chol", "my brother Ok-chol"): two people, whatever their names share.
func (u *unionFind) kinConflict(a, b int32) bool {
	for _, x := range u.kinned {
		if u.root(x) != a {
			continue
		}
		for _, y := range u.kinned {
			if u.root(y) == b && u.nodes[y].kin != u.nodes[x].kin {
				return true
			}
		}
	}
	return false
}

// entityKin is an entity given to two relatives (kinSplitEntities) and the relation its
// first mention written as a relative says: the one its entity stays with.
type entityKin struct{ entity, kin string }

// kinSplitEntities appends to out the entities that ds give to two spellings written as
// two different relatives: "My brother Yong-su and my cousin Young-soo" are two people,
// though the names detector reads the spellings as one name. A name spelled two ways is
// one person where nothing says otherwise, and its mentions keep joining by entity.
// The relatives are read by spelling (markSurfaceKin).
func (r *runState) kinSplitEntities(u *unionFind, ds []*decision, out []entityKin) []entityKin {
	if len(u.kinned) < 2 {
		return out
	}
next:
	for i, d := range ds {
		if d.Category != Person || d.Entity == "" {
			continue
		}
		// Most mentions follow no kin word: they are passed over before the walk of the
		// mentions before them.
		b := u.nodes[u.surface(d)].kin
		if b == "" {
			continue
		}
		for _, e := range out {
			if e.entity == d.Entity {
				continue next
			}
		}
		for _, x := range ds[:i] {
			if x.Entity != d.Entity || x.key == d.key || x.Category != Person {
				continue
			}
			if a := u.nodes[u.surface(x)].kin; a != "" && a != b {
				out = append(out, entityKin{d.Entity, a})
				break
			}
		}
	}
	return out
}

// kinApartFrom says whether d is kept from its entity by kinSplitEntities: it is written as
// another relative than the entity's first one. The others still join by it: in "My
// brother Kim Ok-chol (김옥철) ... her son 옥철", the Hangul full name stays the brother's.
func (u *unionFind) kinApartFrom(d *decision) bool {
	for _, e := range u.kinApart {
		if e.entity == d.Entity {
			k := u.nodes[u.surface(d)].kin
			return k != "" && k != e.kin
		}
	}
	return false
}

// kinWordBefore is the relation a kin word right before a mention says ("son" of "my son
// Young-soo", of "아들 철이" too: kinRelation), or "".
func (r *runState) kinWordBefore(d *decision) string {
	t := r.fieldOf(d).t
	fold := t.Fold
	p := normStart(t, d.Start)
	for p > 0 && fold[p-1] == ' ' {
		p--
	}
	q := p
	if p > 0 && fold[p-1] >= 0x80 {
		// A Hangul kin word: its syllables are three bytes each, none below 0x80.
		for q > 0 && fold[q-1] >= 0x80 {
			q--
		}
		return hangulKinRelations[fold[q:p]]
	}
	for q > 0 && isASCIIWordByte(fold[q-1]) {
		q--
	}
	if w := fold[q:p]; q < p && kinCues[w] == RoleRelative {
		if same, ok := kinSynonyms[w]; ok {
			return same
		}
		return w
	}
	return ""
}

// kinSynonyms are the kin words that name the relation another one does, or ("" here) one
// that another may be: a child is a son or a daughter, "in-law" ends many.
var kinSynonyms = map[string]string{"mom": "mother", "mum": "mother", "dad": "father",
	"grandma": "grandmother", "grandpa": "grandfather",
	"child": "", "baby": "", "relative": "", "law": "", "parents": ""}

// hangulKinRelations are the Korean kin words before a name ("아들 철이", "오빠 옥철") and the
// English kin word of the same relation. 동생 (a younger brother or sister) and 조카 (a
// niece or a nephew) are left out: either relation may be theirs.
var hangulKinRelations = map[string]string{
	"아들": "son", "딸": "daughter", "오빠": "brother", "형": "brother", "형님": "brother",
	"남동생": "brother", "언니": "sister", "누나": "sister", "여동생": "sister",
	"어머니": "mother", "엄마": "mother", "아버지": "father", "아빠": "father",
	"할머니": "grandmother", "할아버지": "grandfather", "남편": "husband", "아내": "wife",
	"삼촌": "uncle", "외삼촌": "uncle", "이모": "aunt", "고모": "aunt", "사촌": "cousin",
	"손자": "grandson", "손녀": "granddaughter",
}

// surnameTiedByEntity says whether d is a surname alone ("KANG:", "Uncle Pak") that the
// names detector tied by its entity to the one full name with the surname: the parts step
// below joins them, unless that name is the speaker's relative ("KANG: My son Kang Hyok")
// or carries another title ("Uncle Pak ... His son Pak Yong-nam", titledApart).
// A given name alone tied to its full name ("Jun" of "Ri Jun", entity "lee|jun") is not one.
func (r *runState) surnameTiedByEntity(d *decision) bool {
	if d.Category != Person || !fullNameEntity(d.Entity) || r.e.gaz == nil || strings.IndexByte(d.key, ' ') >= 0 {
		return false
	}
	canon := r.e.gaz.Surnames[d.key]
	return canon != "" && d.Entity[:strings.IndexByte(d.Entity, '|')] == canon
}

// relativeGroup says whether group root holds a mention written as someone's relative: a
// kin word before it ("my son Kang Hyok") or a relative's role.
func (r *runState) relativeGroup(u *unionFind, ds []*decision, root int32) bool {
	for _, x := range ds {
		if x.Category == Person && u.root(u.surface(x)) == root && (x.role == RoleRelative || roleFromContext(r.fieldOf(x).t, x.Start) == RoleRelative) {
			return true
		}
	}
	return false
}

// bareSurname says whether d is a surname standing alone ("Kim was arrested"): found so by
// the names detector, or a known person's surname matched on its own.
func (r *runState) bareSurname(d *decision) bool {
	if d.role == RoleSpeaker {
		return false // "Chu:" before a turn is the speaker, not someone talked about
	}
	if d.Rule == "surname-alone" {
		return true
	}
	if d.Detector != "known" || r.e.gaz == nil || r.e.gaz.Surnames[d.key] == "" {
		return false
	}
	for i, k := range r.known {
		// fullKey starts with the key and a space: read in place, before the partial map.
		if len(k.fullKey) > len(d.key) && k.fullKey[len(d.key)] == ' ' && strings.HasPrefix(k.fullKey, d.key) && r.isPartial(i, d.key) {
			return true
		}
	}
	return false
}

// titledApart says whether d, a surname alone, is written with a title ("Ms Ko") that no
// full name of group root carries ("Her son Ko Tae-il"): a title names the one person the
// speaker calls so, and a full name with the surname is as likely another of the family,
// so they are two people, each with a label. The full name introduced with the same title
// ("Mr Ko Tae-il ... Mr Ko") is the same person. A surname written without a title at
// every mention joins the one full name as before, and a titled one a group with no full
// name (a known person's given name, a family: "the Zhangs ... Ms Zhang").
func (r *runState) titledApart(u *unionFind, ds []*decision, d *decision, root int32) bool {
	if han, apart := r.hanTitledApart(u, ds, d, root); han {
		return apart
	}
	if d.Category != Person || d.key == "" || strings.IndexByte(d.key, ' ') >= 0 || r.e.gaz == nil || r.e.gaz.Surnames[d.key] == "" {
		return false
	}
	sn := u.surface(d)
	title := r.firstTitle(u, ds, sn, func(x *decision) string { return titleBefore(r.fieldOf(x).t, x.Start) })
	if title == "" {
		return false
	}
	// Only a full name (a word with the surname and another) is another person: a family
	// in the plural ("the Zhangs") holds her.
	full := false
	for _, x := range ds {
		if x.Category != Person || u.surface(x) == sn || strings.IndexByte(x.Text, ' ') < 0 || u.root(u.surface(x)) != root {
			continue
		}
		if titleBefore(r.fieldOf(x).t, x.Start) == title {
			return false
		}
		full = true
	}
	return full
}

// hanTitledApart is titledApart for Chinese, which writes the title after the surname
// ("李老师", teacher Li; "王先生", Mr Wang): a Han surname alone before a title is someone
// else than a full name of group root with that surname ("李春花", a known interviewee),
// unless that full name is written with the same title ("李春花老师 ... 李老师"). han says
// whether d is a Han surname alone written so.
func (r *runState) hanTitledApart(u *unionFind, ds []*decision, d *decision, root int32) (han, apart bool) {
	if d.Category != Person || d.Text == "" {
		return false, false
	}
	first, w := utf8.DecodeRuneInString(d.Text)
	if _, ok := hanSurnames[first]; !ok || w != len(d.Text) {
		return false, false
	}
	sn := u.surface(d)
	title := r.firstTitle(u, ds, sn, func(x *decision) string { return hanTitleAfter(r.fieldOf(x).t, x.End) })
	if title == "" {
		return false, false
	}
	for _, x := range ds {
		if x.Category == Person && len(x.Text) > len(d.Text) && strings.HasPrefix(x.Text, d.Text) &&
			u.root(u.surface(x)) == root && hanTitleAfter(r.fieldOf(x).t, x.End) == title {
			return true, false
		}
	}
	return true, true
}

// firstTitle returns the first title titleOf finds at a person mention of surface node sn
// in ds, or "".
func (r *runState) firstTitle(u *unionFind, ds []*decision, sn int32, titleOf func(*decision) string) string {
	for i := u.nodes[sn].mentions; i > 0; i = u.nextMention[i-1] { // the node's mentions, in order
		if title := titleOf(ds[i-1]); title != "" {
			return title
		}
	}
	return ""
}

// hanTitleAfter is the Chinese title right after a mention that ends at end (an offset of
// Original), or "".
func hanTitleAfter(t *Text, end int) string {
	return hanTitleOf(t.Norm[normEnd(t, end):])
}

// fieldOf returns the field d is a decision of.
func (r *runState) fieldOf(d *decision) *field {
	if d.Field == "title" {
		return &r.title
	}
	return &r.text
}

// titleBefore reads the title right before a mention ("Ms Ko", "Comrade. Ri", "Mr. Pak"):
// the title, with the forms of one title made one ("Mrs", "Ms", "Miss" are "ms"), or ""
// when there is none.
func titleBefore(t *Text, start int) string {
	fold := t.Fold
	p := normStart(t, start)
	for p > 0 && fold[p-1] == ' ' {
		p--
	}
	if p > 0 && fold[p-1] == '.' {
		p--
	}
	q := p
	for q > 0 && isASCIIWordByte(fold[q-1]) {
		q--
	}
	w := fold[q:p]
	if kin := kinTitleForms[w]; kin != "" {
		return kin
	}
	if q == p || !titles[w] {
		return ""
	}
	switch w {
	case "mrs", "ms", "miss", "madam", "madame", "lady":
		return "ms"
	case "mr", "mister", "sir":
		return "mr"
	}
	return w
}

// kinTitleForms makes the forms of one kin word one title: "my grandmother Pak Jeong-ae"
// and "Grandma Pak" are one woman, as "Mr Ko Tae-il" and "Mr Ko" are one man.
var kinTitleForms = map[string]string{
	"grandma": "grandmother", "granny": "grandmother", "grandmother": "grandmother", "halmoni": "grandmother",
	"grandpa": "grandfather", "grandfather": "grandfather", "harabeoji": "grandfather",
	"aunt": "aunt", "auntie": "aunt", "aunty": "aunt", "uncle": "uncle",
}

// speaksInFirstPerson says whether root is the group of the interviewee or the interviewer.
func (r *runState) speaksInFirstPerson(u *unionFind, root int32) bool {
	for _, k := range r.known {
		if (k.Role == RoleInterviewee || k.Role == RoleInterviewer) && u.root(u.node(knownNode(k.node))) == root {
			return true
		}
	}
	return false
}

// splitSurnamesByRole keeps apart two people the text names by one surname and two roles:
// "Mr Park the neighbour ... Park, the Bowibu agent", "박 씨 (the neighbour) ... 보위부 박
// 씨". Every mention of a surname alone has one surface node, which would give the two one
// label. Where the mentions of a surname alone carry two or more role nouns (roleNounNear),
// each role gets a surface node of its own, and a mention with no role one more: it may be
// either person, and one label never stands for two people. These mentions join no entity
// and no longer name, which could join them again.
func (r *runState) splitSurnamesByRole(u *unionFind, ds []*decision) {
	if r.e.gaz == nil {
		return
	}
	var ms, gendered []roleMention // the mentions with a role, and with a man's or a woman's title: few
	// An initial ("Mr. K.") stands for a surname.
	surname := func(d *decision) bool {
		return d.Category == Person && d.key != "" && strings.IndexByte(d.key, ' ') < 0 && (r.e.gaz.Surnames[d.key] != "" || isInitialKey(d.key))
	}
	for _, d := range ds {
		if !surname(d) {
			continue
		}
		t := r.fieldOf(d).t
		if role := roleNounNear(t, d.Start, d.End); role != "" {
			ms = append(ms, roleMention{d, role})
		}
		if title := titleBefore(t, d.Start); title == "mr" || title == "ms" {
			gendered = append(gendered, roleMention{d, title})
		}
	}
	splitByRole(u, ds, ms, surname)
	// "Mr. K. (the broker) and Mrs. K. (the landlady)": a man and a woman are two people,
	// whatever role nouns they carry.
	splitByRole(u, ds, gendered, surname)
}

// splitByRole gives each role of ms a surface node of its own, for every surname that two
// of ms carry with two roles; a mention of the surname with no role gets one more.
func splitByRole(u *unionFind, ds []*decision, ms []roleMention, surname func(*decision) bool) {
	for i, m := range ms {
		if m.d.roleSplit {
			continue // its surname is split already
		}
		two := false
		for _, o := range ms[i+1:] {
			if o.d.key == m.d.key && o.role != m.role {
				two = true
				break
			}
		}
		if !two {
			continue
		}
		for _, d := range ds {
			if d.key != m.d.key || d.roleSplit || !surname(d) {
				continue
			}
			role := ""
			for _, o := range ms {
				if o.d == d {
					role = o.role
				}
			}
			d.roleSplit = true
			d.surfaceNode = u.node(nodeName{'s', Person, d.key + "\x1f" + role}) + 1
		}
	}
}

// turnLabelAt says whether the mention at [start, end) is a transcript turn's label: only
// a time stamp, a dash or emphasis before it on its line ("[00:12:41] Ryu: ..."), and a
// colon after it.
func turnLabelAt(t *Text, start, end int) bool {
	norm := t.Norm
	ns, ne := normStart(t, start), normEnd(t, end)
	if ne < len(norm) && norm[ne] == ']' {
		ne++ // a label in brackets: "[KANG]: ..."
	}
	if firstNotBlank(norm[ne:min(len(norm), ne+8)]) != ':' {
		return false
	}
	// Back to the line's start over the lead's bytes only: a word before the mention ends
	// the walk, so a long line is not read for every mention on it.
	ls := ns
	for ls > 0 && norm[ls-1] != '\n' && isLabelLead(norm[ls-1:ls]) {
		ls--
	}
	return ls == 0 || norm[ls-1] == '\n'
}

// roleMention is a mention of a surname alone and the role it carries.
type roleMention struct {
	d    *decision
	role string
}

// isInitialKey says whether a key is one letter, an initial's ("K." folds to "k").
func isInitialKey(key string) bool {
	return len(key) == 1 && key[0] >= 'a' && key[0] <= 'z'
}

// surnameRoleNouns are the role nouns that tell two people of one surname apart, beside
// kinCues and figureCues: officials, and the Korean words for them and for a neighbour.
var surnameRoleNouns = set("agent", "official", "officer", "inspector", "policeman", "cadre",
	"보위부", "보위원", "보위지도원", "안전원", "안전부", "보안원", "이웃", "옆집", "이웃집", "브로커", "반장", "인민반장")

func isSurnameRoleNoun(w string) bool {
	return surnameRoleNouns[w] || kinCues[w] != "" || figureCues[w] && !figureKin[w]
}

// roleNounNear reads the role noun a mention of a surname alone carries: after it, in
// apposition or in brackets, after an optional honorific ("Park, the Bowibu agent",
// "Mr Park the neighbour", "박 씨 (the neighbour)"), else right before it, after an
// optional title ("보위부 박 씨", "the agent Park", "agent Mr Park"). "" when there is
// none. It reads the lower-case text (Fold) in place: it runs for every such mention.
func roleNounNear(t *Text, start, end int) string {
	fold := t.Fold
	ns, ne := normStart(t, start), normEnd(t, end)
	// wordAt returns the word starting at or after p past spaces, commas and brackets, and
	// whether a mark that ends a phrase follows it.
	wordAt := func(p int) (a, b int, last bool) {
		for p < len(fold) && (fold[p] == ' ' || fold[p] == ',' || fold[p] == '(') {
			p++
		}
		a = p
		for p < len(fold) && !phraseBreaks[fold[p]] && fold[p] != ' ' && fold[p] != ',' && fold[p] != '(' {
			p++
		}
		return a, p, p >= len(fold) || phraseBreaks[fold[p]] || fold[p] == ','
	}
	a, b, last := wordAt(ne)
	if w := fold[a:b]; (w == "씨" || w == "선생" || w == "동무") && !last {
		a, b, last = wordAt(b)
	}
	if determiners[fold[a:b]] && !last {
		for j := 0; j < 3 && !last; j++ {
			a, b, last = wordAt(b)
			if isSurnameRoleNoun(fold[a:b]) {
				return fold[a:b]
			}
		}
	}
	// Before: the word right before, or the one before a title.
	p := ns
	for j := 0; j < 2; j++ {
		for p > 0 && fold[p-1] == ' ' {
			p--
		}
		q := p
		for q > 0 && fold[q-1] != ' ' && !phraseBreaks[fold[q-1]] && fold[q-1] != ',' {
			q--
		}
		w := fold[q:p]
		if isSurnameRoleNoun(w) {
			return w
		}
		if !titles[strings.TrimSuffix(w, ".")] || q == p {
			break
		}
		p = q
	}
	return ""
}

// phraseBreaks end a phrase that roleNounNear reads.
var phraseBreaks = [256]bool{'.': true, '!': true, '?': true, ';': true, ':': true, '\n': true, ')': true}

// fullNameEntity says whether a names detector's entity is a full name's, a surname and a
// given name ("lee|jun"), not a given name's alone ("|junho") nor a surname's ("kim|").
func fullNameEntity(e string) bool {
	i := strings.IndexByte(e, '|')
	return i > 0 && i < len(e)-1 && !strings.HasPrefix(e, "k:")
}
