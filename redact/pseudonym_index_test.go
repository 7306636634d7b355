package redact

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// variantIndex.owner must answer as the map from variant to owner it replaced: the first
// owner, -1 once a second person has the variant, and whether some owner has it as a part;
// the variants of entries that are not people are not read.
func TestVariantIndexMatchesMap(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	// "kem" and "jixin" share the buckets of "kim" and "jimin".
	words := []string{"kim", "park", "jimin", "youngmi", "kimjimin", "ji", "min", "parkyoungmi", "a", "", "ab", "ba", "kem", "jixin"}
	for round := 0; round < 200; round++ {
		r := &runState{}
		owner := map[string]int32{}
		some := map[string]bool{}
		first := map[string]bool{}
		for i := int32(0); i < 5; i++ {
			k := knownEntry{Known: Known{Category: Person}, firstVariant: len(r.variants)}
			if rng.Intn(4) == 0 {
				k.Category = Place
			}
			for n := rng.Intn(6); n > 0; n-- {
				v, partial := words[rng.Intn(len(words))], rng.Intn(2) == 0
				r.variants = append(r.variants, v)
				r.variantPartial = append(r.variantPartial, partial)
				if k.Category != Person {
					continue
				}
				if p, ok := owner[v]; ok && p != i {
					owner[v] = -1
				} else if !ok {
					owner[v], first[v] = i, partial
				}
				some[v] = some[v] || partial
			}
			k.variants = r.variants[k.firstVariant:]
			r.known = append(r.known, k)
		}
		var x variantIndex
		x.index(r)
		for _, v := range append(words, "zz", "kimj") {
			o := x.owner(r, v)
			want, ok := owner[v]
			if o.found != ok {
				t.Fatalf("round %d: owner(%q) found %v, want %v", round, v, o.found, ok)
			}
			if !ok {
				continue
			}
			if o.owner != want || o.partOfSome != some[v] || o.partOfOwner != first[v] || o.shared() != (want < 0) {
				t.Fatalf("round %d: %q = %+v, want owner %d, part of some %v, of owner %v", round, v, o, want, some[v], first[v])
			}
		}
	}
}

// partIndex's chains must give the names a key starts or ends, as comparing it with every
// name does.
func TestPartIndexChains(t *testing.T) {
	keys := []string{"kimjimin", "jimin", "kim", "min", "parkmin", "park", "m", "kimmin", "nim"}
	var x partIndex
	for i, k := range keys {
		x.add(k, int32(i), anyBound, false)
	}
	for _, d := range []string{"kim", "min", "park", "m", "jimin", "k", "x"} {
		var got, want []int32
		for i := x.byFirst[d[0]]; i > 0; i = x.names[i-1].nextFirst {
			if n := x.names[i-1]; len(n.key) > len(d) && strings.HasPrefix(n.key, d) {
				got = append(got, n.node)
			}
		}
		for i := x.byLast[d[len(d)-1]]; i > 0; i = x.names[i-1].nextLast {
			if n := x.names[i-1]; len(n.key) > len(d) && strings.HasSuffix(n.key, d) && !slices.Contains(got, n.node) {
				got = append(got, n.node)
			}
		}
		for i, k := range keys {
			if len(k) > len(d) && (strings.HasPrefix(k, d) || strings.HasSuffix(k, d)) {
				want = append(want, int32(i))
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%q: chains give %v, want %v", d, got, want)
		}
	}
}

// letters' one-letter fast path and takeNumber's counts.
func TestLettersAndTakeNumber(t *testing.T) {
	for n, want := range map[int]string{0: "A", 25: "Z", 26: "AA", 27: "AB", 701: "ZZ", 702: "AAA"} {
		if got := letters(n); got != want {
			t.Errorf("letters(%d) = %q, want %q", n, got, want)
		}
	}
	var counts []nounCount
	for i, tc := range []struct {
		noun string
		want int
	}{{"Person", 0}, {"Place", 0}, {"Person", 1}, {"Person", 2}, {"Place", 1}, {"Broker", 0}} {
		var n int
		if counts, n = takeNumber(counts, tc.noun); n != tc.want {
			t.Errorf("%d: takeNumber(%q) = %d, want %d", i, tc.noun, n, tc.want)
		}
	}
}
