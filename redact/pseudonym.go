package redact

import (
	"cmp"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Pseudonyms: every pseudonymized mention gets an entity node; nodes are merged when they
// are the same surface form, when a detector gave them the same Entity key, when they are
// variants of one known person, and when a one-word mention ("Min") is a part of exactly one
// longer name in the testimony ("Ji Min"). Each merged group gets one label, named by role.
// A part shared by two people ("Kim" with two Kims) is never merged: it gets a label of its
// own, so one label never stands for two people.

// unionFind keeps its nodes in a slice: a node name is looked up once per call, and path
// compression writes ints instead of assigning map entries keyed by strings.
type unionFind struct {
	id    map[string]int32
	nodes []ufNode
}

type ufNode struct {
	parent int32
	name   string
}

// unionFinds pools the node maps and slices between runs: a run allocates none once warm.
var unionFinds = sync.Pool{New: func() any { return &unionFind{id: map[string]int32{}} }}

func getUnionFind() *unionFind { return unionFinds.Get().(*unionFind) }

// release empties u (dropping its references to the run's strings) and pools it.
func (u *unionFind) release() {
	clear(u.id)
	clear(u.nodes)
	u.nodes = u.nodes[:0]
	unionFinds.Put(u)
}

// node returns x's number, adding x as a root of its own when it is new.
func (u *unionFind) node(x string) int32 {
	i, ok := u.id[x]
	if !ok {
		i = int32(len(u.nodes))
		u.id[x] = i
		u.nodes = append(u.nodes, ufNode{i, x})
	}
	return i
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

func (u *unionFind) find(x string) string { return u.nodes[u.root(u.node(x))].name }

func (u *unionFind) union(a, b string) {
	ia, ib := u.root(u.node(a)), u.root(u.node(b))
	if ia == ib {
		return
	}
	// Known people's nodes stay roots, so their role and canonical key win.
	if strings.HasPrefix(u.nodes[ib].name, "k:") && !strings.HasPrefix(u.nodes[ia].name, "k:") {
		ia, ib = ib, ia
	}
	u.nodes[ib].parent = ia
}

func surfaceNode(c Category, key string) string { return "s:" + string(c) + ":" + key }

// nodeNames builds the node names of one run once each: every mention of a form (the
// propagated copies too) has the same surface node, and most entities many mentions.
type nodeNames map[nodeName]string

// ownerMaps pools assignLabels' variant-owner maps between runs, cleared.
var ownerMaps = sync.Pool{New: func() any { return map[string]int{} }}

// nodeNamesPool keeps the maps between runs: cleared, a map keeps its room.
var nodeNamesPool = sync.Pool{New: func() any { return nodeNames{} }}

type nodeName struct {
	kind byte // 's' surface, 'e' entity
	c    Category
	key  string
}

func (n nodeNames) surface(d *decision) string {
	if d.surface == "" {
		k := nodeName{'s', d.Category, d.key}
		s, ok := n[k]
		if !ok {
			s = surfaceNode(d.Category, d.key)
			n[k] = s
		}
		d.surface = s
	}
	return d.surface
}

func (n nodeNames) entity(d *decision) string {
	k := nodeName{'e', d.Category, d.Entity}
	s, ok := n[k]
	if !ok {
		s = "e:" + string(d.Category) + ":" + d.Entity
		n[k] = s
	}
	return s
}

func (r *runState) assignLabels() {
	var ds []*decision
	for _, f := range []*field{&r.text, &r.title} {
		for _, d := range f.decisions {
			if d.Action == Pseudonymize {
				ds = append(ds, d)
			}
		}
	}
	if len(ds) == 0 {
		return
	}
	u := getUnionFind()
	defer u.release()
	// Which known person owns each variant key (-1: shared by several).
	personNames := 0
	for _, k := range r.known {
		if k.Category == Person {
			personNames += len(k.variants) - len(k.partial)
		}
	}
	owner := ownerMaps.Get().(map[string]int)
	defer func() { clear(owner); ownerMaps.Put(owner) }()
	for i, k := range r.known {
		if k.Category != Person {
			continue
		}
		for _, v := range k.variants {
			if o, ok := owner[v]; ok && o != i {
				owner[v] = -1
			} else {
				owner[v] = i
			}
		}
	}
	// Multi-word variants name their known person outright.
	for v, i := range owner {
		if i >= 0 && !r.oneWordVariant(i, v) {
			u.union(r.known[i].node, surfaceNode(Person, v))
		}
	}
	nn := nodeNamesPool.Get().(nodeNames)
	defer func() { clear(nn); nodeNamesPool.Put(nn) }()
	for _, d := range ds {
		sn := nn.surface(d)
		if d.Entity != "" && !(d.Detector == "known" && owner[d.key] < 0) && !r.bareSurname(d) {
			u.union(nn.entity(d), sn)
			if strings.HasPrefix(d.Entity, "k:") && !r.oneWordVariant(-1, d.key) {
				u.union(d.Entity, sn)
			}
		}
		u.find(sn)
	}
	// Parts: a mention that is the start or the end of a longer name ("Min", "Eun-ji",
	// "Park") joins the one person whose name it starts or ends, among the known people and
	// the names found in the text. With two candidates ("Park" when Park Young-mi and Park
	// Chol-su both appear) it joins neither.
	type keyed struct{ key, node string }
	names := make([]keyed, 0, len(ds)+personNames)
	seenKey := map[string]bool{}
	for _, d := range ds {
		if d.Category == Person && !seenKey[d.key] {
			seenKey[d.key] = true
			names = append(names, keyed{d.key, nn.surface(d)})
		}
	}
	for _, k := range r.known {
		if k.Category == Person {
			for _, v := range k.variants {
				if !k.partial[v] {
					names = append(names, keyed{v, k.node})
				}
			}
		}
	}
	done := make(map[string]bool, len(seenKey))
	roots := map[string]bool{}
	for _, d := range ds {
		if d.Category != Person || done[d.key] {
			continue
		}
		done[d.key] = true
		clear(roots)
		for _, n := range names {
			if len(n.key) > len(d.key) && (strings.HasPrefix(n.key, d.key) || strings.HasSuffix(n.key, d.key)) {
				roots[u.find(n.node)] = true
			}
		}
		if len(roots) > 1 && d.role == RoleSpeaker {
			// A speaker label ("Chu:") in a transcript is one of the people interviewed,
			// not a relative with the same surname who is only talked about.
			known := map[string]bool{}
			for g := range roots {
				if strings.HasPrefix(g, "k:") {
					known[g] = true
				}
			}
			roots = known
		}
		if r.bareSurname(d) {
			// The interviewee and the interviewer are "I" and "you" in their testimony: a
			// surname alone is someone else ("Then Kim, our neighbour, was arrested"), even
			// when they are the only people named in full with it.
			for g := range roots {
				if r.speaksInFirstPerson(u, g) {
					delete(roots, g)
				}
			}
		}
		if len(roots) == 1 {
			for g := range roots {
				u.union(g, nn.surface(d))
			}
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
	roles := map[string]Role{}
	canon := map[string]string{}
	for _, d := range ds {
		root := u.find(nn.surface(d))
		if strings.HasPrefix(root, "k:") {
			for _, k := range r.known {
				if k.node == root {
					if k.Role != "" {
						roles[root] = k.Role
					}
					canon[root] = k.fullKey
				}
			}
		}
		if roles[root] == "" && d.role != "" && d.role != RolePerson {
			roles[root] = d.role
		}
		if roles[root] == "" && d.Category == Person {
			f := &r.text
			if d.Field == "title" {
				f = &r.title
			}
			if role := roleFromContext(f.t, d.Start); role != "" {
				roles[root] = role
			}
		}
		if len(d.key) > len(canon[root]) && !strings.HasPrefix(root, "k:") {
			canon[root] = d.key
		}
	}
	labels := map[string]string{}
	ids := map[string]string{}
	counters := map[string]int{}
	for _, d := range ds {
		root := u.find(nn.surface(d))
		l, ok := labels[root]
		if !ok {
			noun, lettered := labelNoun(d.Category, roles[root])
			if r.e.policy.ArchivePseudonyms {
				mac := hmac.New(sha256.New, r.e.policy.Secret)
				mac.Write([]byte(string(d.Category) + "\x00" + canon[root]))
				l = "[" + noun + " " + hex.EncodeToString(mac.Sum(nil))[:8] + "]"
			} else {
				n := counters[noun]
				counters[noun]++
				switch {
				case lettered:
					l = "[" + noun + " " + letters(n) + "]"
				case n == 0:
					l = "[" + noun + "]"
				default:
					l = fmt.Sprintf("[%s %d]", noun, n+1)
				}
			}
			labels[root] = l
		}
		id, ok := ids[root]
		if !ok {
			id = entityID(root, r.e.policy)
			ids[root] = id
		}
		d.Replacement = l
		d.node = root
		d.Entity = id
	}
}

// entityID is what the report shows as the span's entity: a short hash of the group, so
// spans of one person can be grouped without writing the name again.
func entityID(root string, p *Policy) string {
	h := sha256.Sum256([]byte(root))
	return hex.EncodeToString(h[:6])
}

// oneWordVariant says whether v is a part of known person i's name (of any known person
// with i < 0), such as a surname or a given name alone, as opposed to a full spelling.
func (r *runState) oneWordVariant(i int, v string) bool {
	for j, k := range r.known {
		if (i < 0 || i == j) && k.partial[v] {
			return true
		}
	}
	return false
}

// labelNoun names a pseudonym by role; lettered labels ("[Person A]") are for roles that can
// have many members, the others are numbered only from the second one ("[Interviewee 2]").
func labelNoun(c Category, role Role) (string, bool) {
	if c != Person {
		n := categoryNames[c]
		return strings.ToUpper(n[:1]) + n[1:], true
	}
	switch role {
	case RoleInterviewee:
		return "Interviewee", false
	case RoleInterviewer:
		return "Interviewer", false
	case RoleBroker:
		return "Broker", true
	case RoleRelative:
		return "Relative", true
	case RoleSpeaker:
		return "Speaker", true
	}
	return "Person", true
}

// letters numbers labels A, B, ... Z, AA, AB, ...
func letters(n int) string {
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
	if i := strings.LastIndexAny(seg, ".!?;:\n"); i >= 0 {
		seg = seg[i+1:]
	}
	if lastWordIndex(seg, "broker") >= 0 || lastWordIndex(seg, "brokers") >= 0 || lastWordIndex(seg, "smuggler") >= 0 {
		return RoleBroker
	}
	// A kin noun as a whole word: each maximal run of word bytes is looked up once
	// ("mother-in-law" has "mother" as a run of its own).
	for i := 0; i < len(seg); {
		if !isASCIIWordByte(seg[i]) {
			i++
			continue
		}
		j := i
		for j < len(seg) && isASCIIWordByte(seg[j]) {
			j++
		}
		if w := seg[i:j]; w != "children" && kinNouns[w] {
			return RoleRelative
		}
		i = j
	}
	return ""
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
	for _, k := range r.known {
		if k.partial[d.key] && strings.HasPrefix(k.fullKey, d.key+" ") {
			return true
		}
	}
	return false
}

// speaksInFirstPerson says whether root is the group of the interviewee or the interviewer.
func (r *runState) speaksInFirstPerson(u *unionFind, root string) bool {
	for _, k := range r.known {
		if (k.Role == RoleInterviewee || k.Role == RoleInterviewer) && u.find(k.node) == root {
			return true
		}
	}
	return false
}
