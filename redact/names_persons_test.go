package redact

import (
	"math/rand"
	"strings"
	"testing"
)

// TestPersonIndexWalks: personIndex answers as the walks over the persons in order that the
// passes make for a testimony's few persons, after every person added.
func TestPersonIndexWalks(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	words := []string{"", "kim", "park", "jimin", "min", "ji", "petrov", "anna"}
	pick := func() string { return words[rng.Intn(len(words))] }
	for round := 0; round < 50; round++ {
		var persons []person
		var x personIndex
		for n := 0; n < 60; n++ {
			var p person
			switch rng.Intn(3) {
			case 0: // remember's: a surname and folded syllables
				p.surname = pick()
				p.given = []string{pick(), pick()}[:1+rng.Intn(2)]
				p.givenKey = strings.Join(p.given, "")
				p.entity = p.surname + "|" + p.givenKey
			case 1: // nameRun's and firstNames': a first name and a last name
				first, last := pick(), pick()
				p.given, p.last, p.givenKey, p.entity = []string{first}, last, first, first+"|"+last
			default: // initialNames'
				last := pick()
				p.given, p.last, p.entity = []string{""}, last, "|"+last
			}
			persons = append(persons, p)
			x.catchUp(persons)
			for _, k := range words {
				checkPersonIndex(t, &x, persons, k)
			}
		}
		x.reset()
		if x.n != 0 || len(x.byGiven) != 0 {
			t.Fatal("reset left persons in the index")
		}
	}
}

func checkPersonIndex(t *testing.T, x *personIndex, persons []person, k string) {
	t.Helper()
	// givenEntity's and surnameEntity's walks: the only entity with the key, or none.
	only := func(match func(p person) bool) (string, bool) {
		e := ""
		for _, p := range persons {
			if match(p) {
				if e != "" && e != p.entity {
					return "", true
				}
				e = p.entity
			}
		}
		return e, false
	}
	first := func(match func(p person) bool) string {
		for _, p := range persons {
			if match(p) {
				return p.entity
			}
		}
		return ""
	}
	some := func(match func(p person) bool) bool { return first(match) != "" }

	wantGiven, sharedGiven := only(func(p person) bool { return joinedIs(p.given, k) })
	o, ok := x.byGiven[k]
	if ok != (wantGiven != "" || sharedGiven) || ok && (o.shared != sharedGiven || !o.shared && o.entity != wantGiven) {
		t.Fatalf("byGiven[%q] = %+v, %v; want %q shared %v", k, o, ok, wantGiven, sharedGiven)
	}
	if want := some(func(p person) bool { return p.surname != "" && joinedIs(p.given, k) }); o.marked != want {
		t.Fatalf("byGiven[%q].marked = %v, want %v", k, o.marked, want)
	}
	if k == "" {
		return // the surname and last-name keys are never empty
	}
	wantSur, sharedSur := only(func(p person) bool { return p.surname == k || p.last == k })
	o, ok = x.bySurname[k]
	if ok != (wantSur != "" || sharedSur) || ok && (o.shared != sharedSur || !o.shared && o.entity != wantSur) {
		t.Fatalf("bySurname[%q] = %+v, %v; want %q shared %v", k, o, ok, wantSur, sharedSur)
	}
	if want := some(func(p person) bool { return p.surname == k }); o.marked != want {
		t.Fatalf("bySurname[%q].marked = %v, want %v", k, o.marked, want)
	}
	// byLast: the only entity with the last name, "" when two share it.
	if got, want := x.byLast[k], func() string { e, _ := only(func(p person) bool { return p.last == k }); return e }(); got != want {
		t.Fatalf("byLast[%q] = %q, want %q", k, got, want)
	}
	wantFirst := first(func(p person) bool { return p.surname == "" && len(p.given) == 1 && p.given[0] == k })
	if got := x.byFirst[k]; got != wantFirst {
		t.Fatalf("byFirst[%q] = %q, want %q", k, got, wantFirst)
	}
	for i, p := range persons {
		if j := x.byEntity[p.entity]; persons[j].entity != p.entity || int(j) > i {
			t.Fatalf("byEntity[%q] = %d, not the first person with it", p.entity, j)
		}
	}
}
