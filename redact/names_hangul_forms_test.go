package redact

import (
	"slices"
	"strings"
	"testing"
)

// hangulFormsByFields is what hangulForms gives, written plainly: the name's fields
// joined, then "surname given" and a given name of two syllables or more, for a name of
// Hangul syllables only.
func hangulFormsByFields(name string, g *Gazetteer) []string {
	joined := strings.Join(strings.Fields(name), "")
	if joined == "" {
		return nil
	}
	for _, r := range joined {
		if !isHangulSyllable(r) {
			return nil
		}
	}
	out := []string{joined}
	if sur, given := splitHangulName(joined, g); sur != "" && given != "" {
		out = append(out, sur+" "+given)
		if len([]rune(given)) >= 2 {
			out = append(out, given)
		}
	}
	return out
}

func TestHangulFormsAsFields(t *testing.T) {
	g := &Gazetteer{Surnames: map[string]string{"김": "kim", "남궁": "namgung", "이": "lee"}}
	for _, name := range append(walkCases,
		"", " ", "김지민", "김 지민", " 남궁 민수 ", "남궁민수", "남궁 민", "김\u00a0지민", "김  지민", "Kim 지민", "김\xff", "김", "남궁민",
		"지민", "이 지", "이지", "김 지 민", "김지민 ", "\t김지민", "가나다라마", "김Jimin",
	) {
		var got []string
		ok := hangulForms(name, g, func(f string) { got = append(got, f) })
		want := hangulFormsByFields(name, g)
		if ok != (want != nil) || !slices.Equal(got, want) {
			t.Errorf("%q: hangulForms %v %q, want %q", name, ok, got, want)
		}
	}
}
