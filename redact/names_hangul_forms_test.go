package redact

import (
	"slices"
	"testing"
)

// hangulForms gives the forms hangulVariants lists, in its order.
func TestHangulFormsAsVariants(t *testing.T) {
	g := &Gazetteer{Surnames: map[string]string{"김": "kim", "남궁": "namgung", "이": "lee"}}
	for _, name := range []string{
		"", " ", "김지민", "김 지민", " 남궁 민수 ", "남궁민수", "남궁 민", "김\u00a0지민", "김  지민", "Kim 지민", "김\xff", "김", "남궁민",
		"지민", "이 지", "이지", "김 지 민", "김지민 ", "\t김지민", "가나다라마", "김Jimin",
	} {
		var got []string
		ok := hangulForms(name, g, func(f string) { got = append(got, f) })
		want := hangulVariants(name, g)
		if ok != (want != nil) || !slices.Equal(got, want) {
			t.Errorf("%q: hangulForms %v %q, hangulVariants %q", name, ok, got, want)
		}
	}
}
