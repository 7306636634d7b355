package redact

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestFindFromUppers holds the organisation matchers that try their pattern only at
// capitals to the patterns, on the corpus' lines and on strings built of their words.
func TestFindFromUppers(t *testing.T) {
	texts := []string{"MotoMeter AG", "Pedro Emmanuel Solicitors", "Şirket A.Ş.", "xAB Ltd.", "the Ankara State Security Court",
		"Warsaw District Court of Appeal", "Kayseri Land Registry Office", "the Bursa Public Prosecutor's Office", "ÉLtd Sp. z o.o."}
	texts = append(texts, testdataLines(t)...)
	pieces := []string{"Ankara", "MotoMeter", "Şirket", "É", "x", "the", "AG", "Ltd", ".", "A.Ş.", "Sp. z o.o.", "Court", "court",
		"State Security", "District", "of Appeal", "Office", "Public Prosecutor", "’s", "'s", "Council", "Police", "1", "-",
		" ", " ", " ", "\t", "\n", ",", "\u0301"}
	r := rand.New(rand.NewSource(9))
	for range 30000 {
		var b strings.Builder
		for range r.Intn(10) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, c := range []struct {
		name string
		find func(string) [][]int
		re   interface {
			FindAllStringSubmatchIndex(string, int) [][]int
		}
	}{
		{"companyName", findCompanyNames, companyName},
		{"localCourt", findLocalCourts, localCourt},
		{"localAuthority", findLocalAuthorities, localAuthority},
	} {
		matched := 0
		for _, w := range texts {
			want := c.re.FindAllStringSubmatchIndex(w, -1)
			matched += len(want)
			if got := c.find(w); !reflect.DeepEqual(got, want) {
				t.Errorf("%s: find(%q) = %v, the pattern finds %v", c.name, w, got, want)
			}
		}
		if matched < 200 {
			t.Errorf("%s matched %d times: the test no longer exercises it", c.name, matched)
		}
	}
}
