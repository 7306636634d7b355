package redact

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// fieldBefore, read back from the end, finds strings.Fields' fields, last first, also in
// invalid UTF-8 and around white space outside ASCII.
func TestFieldBeforeMatchesFields(t *testing.T) {
	pieces := []string{" ", "\t", "\n", "\v", "a", "He", "she,", "\u00a0", "\u0085", "\u2003", "\u3000",
		"\xe2\x80", "\x80", "\x83", "\xc2", "\xa0", "\xff", "\xe2", "é", "년", "\xf0\x9f\x98", "\x80\x83"}
	rng := rand.New(rand.NewSource(2))
	for range 50000 {
		var b strings.Builder
		for n := rng.Intn(8); n > 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		var got []string
		for end := len(s); ; {
			var w string
			if w, end = fieldBefore(s, end); w == "" {
				break
			}
			got = append(got, w)
		}
		want := strings.Fields(s)
		slices.Reverse(want)
		if !slices.Equal(got, want) {
			t.Fatalf("fieldBefore of %q: %q, want %q", s, got, want)
		}
	}
}

// namesItsUnit's last-byte check turns away no name that ends in a unit.
func TestNamesItsUnitMatchesLowered(t *testing.T) {
	names := []string{"", "Ryanggang", "North Hamgyong", "Jilin", "Yanbian Korean Autonomous Prefecture",
		"Primorsky Krai", "Amur Oblast", "Hamgyongbuk-do", "Rason City", "Tuva Republic", "Kangwon Province",
		"Inner Mongolia Autonomous Region", "PROVINCE", "provincE", "Ünsan-DO", "K\u212aRAI", "do", "-Do", "@",
		"city\x00", "Cit\u0179"}
	for _, n := range names {
		l := strings.ToLower(n)
		want := slices.ContainsFunc(unitSuffixes, func(s string) bool { return strings.HasSuffix(l, s) })
		if got := namesItsUnit(n); got != want {
			t.Errorf("namesItsUnit(%q) = %v, want %v", n, got, want)
		}
	}
}

// The labels made once are the labels a run made: "[" + noun + " " + letters(n) + "]" for a
// lettered noun, "[noun]" then "[noun n+1]" for another.
func TestPseudonymNounLabels(t *testing.T) {
	roles := []Role{RoleInterviewee, RoleInterviewer, RoleBroker, RoleRelative, RoleSpeaker, RolePerson, ""}
	for _, c := range categoryOrder {
		for _, role := range roles {
			p := labelNoun(c, role)
			for n := range 60 {
				var want string
				switch {
				case p.lettered:
					want = "[" + p.noun + " " + letters(n) + "]"
				case n == 0:
					want = "[" + p.noun + "]"
				default:
					want = fmt.Sprintf("[%s %d]", p.noun, n+1)
				}
				if got := p.label(n); got != want {
					t.Errorf("label %d of %s/%s = %q, want %q", n, c, role, got, want)
				}
			}
		}
	}
	// The labels readers see, written out: the formula above is what label replaced.
	for _, tt := range []struct {
		c    Category
		role Role
		n    int
		want string
	}{
		{Person, RoleInterviewee, 0, "[Interviewee]"}, {Person, RoleInterviewee, 1, "[Interviewee 2]"},
		{Person, RoleBroker, 0, "[Broker A]"}, {Person, RolePerson, 2, "[Person C]"},
		{Person, RolePerson, 26, "[Person AA]"}, {Person, RoleInterviewer, 0, "[Interviewer]"},
	} {
		if got := labelNoun(tt.c, tt.role).label(tt.n); got != tt.want {
			t.Errorf("label %d of %s/%s = %q, want %q", tt.n, tt.c, tt.role, got, tt.want)
		}
	}
	if p := labelNoun(Person, RoleInterviewee); p.noun != "Interviewee" || p.lettered {
		t.Errorf("interviewee noun %q lettered %v", p.noun, p.lettered)
	}
	if p := labelNoun(Place, ""); p.noun != "Place" || !p.lettered {
		t.Errorf("place noun %q lettered %v", p.noun, p.lettered)
	}
	for c, n := range categoryNames {
		if got := categoryLabel(c); got != "["+n+"]" {
			t.Errorf("categoryLabel(%s) = %q", c, got)
		}
	}
	if got := categoryLabel("no such category"); got != "[]" {
		t.Errorf("categoryLabel of an unknown category = %q", got)
	}
}

// A label longer than concat's stack buffer is joined all the same.
func TestLabelCacheLongLabels(t *testing.T) {
	var c labelCache
	for n := 100; n < 300; n += 7 {
		a, b := strings.Repeat("a", n), strings.Repeat("b", n/2)
		for range 2 { // made, then found
			if got := c.concat("[", a, " + ", b, "]"); got != "["+a+" + "+b+"]" {
				t.Fatalf("concat of %d bytes = %q", n, got)
			}
		}
	}
}
