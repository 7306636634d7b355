package redact

// personIndex finds a scan's persons by the keys the passes ask for. why: a long testimony
// names hundreds of people (every cued or first-name mention adds one), and the passes
// walked all of them for every mention, which made a 1 MB document quadratic. Each map
// answers one question as the walk in the order of s.persons did: the first person with a
// key, and whether a person with another entity has the key too. Persons are only ever
// appended, so the index catches up with the new ones when it is asked (indexedPersons).
type personIndex struct {
	n         int                 // s.persons[:n] are indexed
	byEntity  map[string]int32    // index in s.persons of the first person with the entity (remember)
	byGiven   map[string]keyOwner // by joined given name (givenEntity, givenKnown)
	bySurname map[string]keyOwner // by canonical surname or last name (surnameEntity, surnameKnown)
	byLast    map[string]string   // the person's entity by last name, "" when two share it (lastEntity)
	byFirst   map[string]string   // the first surnameless person's entity by a one-part given name (firstEntity)
}

// personIndexMin is the number of persons from which the passes look them up in the index.
// A testimony names a dozen at most, which a walk finds sooner than the index is built.
const personIndexMin = 24

// keyOwner is what personIndex knows of the persons with one key.
type keyOwner struct {
	entity string // the first person's
	shared bool   // a person with another entity has the key too
	// marked is, in byGiven, that a person with a surname has the key (givenKnown); in
	// bySurname, that a person has it as surname, not as last name (surnameKnown).
	marked bool
}

func noteOwner(m map[string]keyOwner, key, entity string, marked bool) {
	o, ok := m[key]
	switch {
	case !ok:
		o.entity = entity
	case o.entity != entity:
		o.shared = true
	}
	o.marked = o.marked || marked
	m[key] = o
}

// add indexes p, the person at index k of s.persons.
func (x *personIndex) add(p *person, k int) {
	if x.byEntity == nil {
		x.byEntity = make(map[string]int32)
		x.byGiven = make(map[string]keyOwner)
		x.bySurname = make(map[string]keyOwner)
		x.byLast = make(map[string]string)
		x.byFirst = make(map[string]string)
	}
	if _, ok := x.byEntity[p.entity]; !ok {
		x.byEntity[p.entity] = int32(k)
	}
	noteOwner(x.byGiven, p.givenKey, p.entity, p.surname != "")
	if p.surname != "" {
		noteOwner(x.bySurname, p.surname, p.entity, true)
	}
	if p.last != "" && p.last != p.surname {
		noteOwner(x.bySurname, p.last, p.entity, false)
	}
	if p.last != "" {
		if e, ok := x.byLast[p.last]; !ok {
			x.byLast[p.last] = p.entity
		} else if e != p.entity {
			x.byLast[p.last] = "" // two people have it: it names neither (lastEntity)
		}
	}
	if p.surname == "" && len(p.given) == 1 {
		if _, ok := x.byFirst[p.given[0]]; !ok {
			x.byFirst[p.given[0]] = p.entity
		}
	}
}

func (x *personIndex) reset() {
	x.n = 0
	if x.byEntity == nil {
		return // never built
	}
	clear(x.byEntity)
	clear(x.byGiven)
	clear(x.bySurname)
	clear(x.byLast)
	clear(x.byFirst)
}

// indexedPersons reports whether the scan's persons are many enough to be looked up in
// s.personIx, and brings the index up to date when they are. The test of their number is
// inlined into the passes: a testimony's few persons cost one comparison.
func (s *nameScan) indexedPersons() bool {
	return len(s.persons) >= personIndexMin && s.personIx.catchUp(s.persons)
}

// catchUp indexes the persons added since it last ran; it returns true. It stays a call
// so that indexedPersons is inlined.
//
//go:noinline
func (x *personIndex) catchUp(persons []person) bool {
	for ; x.n < len(persons); x.n++ {
		x.add(&persons[x.n], x.n)
	}
	return true
}
