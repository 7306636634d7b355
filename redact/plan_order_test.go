package redact

import (
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// TestAppendByStartMatchesStableSort compares spans' merge of a field's decisions and keeps
// with what it replaced, a stable sort by start of the decisions followed by the keeps, on
// random fields (equal starts included, and unsorted decisions, which take the slow path).
func TestAppendByStartMatchesStableSort(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 2000; n++ {
		mk := func(k int, sorted bool, tag string) []*decision {
			ds := make([]*decision, k)
			pos := 0
			for i := range ds {
				start := rng.Intn(40)
				if sorted {
					pos += rng.Intn(3) // repeats a start now and then
					start = pos
				}
				ds[i] = &decision{Span: Span{Start: start, End: start + 1, Rule: tag, Score: float64(i)}}
			}
			return ds
		}
		ds := mk(rng.Intn(12), n%10 != 0, "decision")
		keeps := mk(rng.Intn(6), false, "keep")

		all := append(append([]*decision(nil), ds...), keeps...)
		slices.SortStableFunc(all, func(a, b *decision) int { return a.Start - b.Start })
		var want []Span
		for _, d := range all {
			want = append(want, d.Span)
		}
		got := appendByStart(nil, ds, keeps)
		require.Equal(t, want, got, "case %d", n)
	}
}

// roleFromContextBefore is roleFromContext as it was before it read the clause in one pass:
// the clause searched for a broker word first, then word by word for a kin noun.
func roleFromContextBefore(t *Text, start int) Role {
	ns := normStart(t, start)
	seg := t.Fold[max(0, ns-24):ns]
	if i := strings.LastIndexAny(seg, ".!?;:\n"); i >= 0 {
		seg = seg[i+1:]
	}
	if lastWordIndex(seg, "broker") >= 0 || lastWordIndex(seg, "brokers") >= 0 || lastWordIndex(seg, "smuggler") >= 0 {
		return RoleBroker
	}
	for i := 0; i < len(seg); {
		if !isASCIIWordByte(seg[i]) {
			i++
			continue
		}
		j := i
		for j < len(seg) && isASCIIWordByte(seg[j]) {
			j++
		}
		// A capitalised kin noun hyphenated into a given name ("Son-hui") is none.
		name := j+1 < len(seg) && seg[j] == '-' && t.Norm[ns-len(seg)+i] != seg[i] && !strings.HasPrefix(seg[j+1:], "in-")
		if w := seg[i:j]; w != "children" && !name && kinNouns[w] && !kinNounInName(t, seg, ns, i, j) {
			return RoleRelative
		}
		i = j
	}
	return ""
}

// TestRoleFromContextOnePass compares roleFromContext with roleFromContextBefore at every
// character of the testdata interviews and of generated clauses mixing brokers and kin.
func TestRoleFromContextOnePass(t *testing.T) {
	var texts []string
	for _, dir := range []string{"../testdata/gold", "../testdata/interviews"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			texts = append(texts, string(b))
		}
	}
	rng := rand.New(rand.NewSource(2))
	words := []string{"my", "the", "broker", "brokers", "brokerage", "smuggler", "mother", "mother-in-law",
		"children", "sister's", "uncle", "Kim", "Ji-min", "Son-hui", "Mother-in-law", ",", ".", ";", "\n", "grandson", "a", "x"}
	for range 3000 {
		var b strings.Builder
		for range 1 + rng.Intn(10) {
			b.WriteString(words[rng.Intn(len(words))])
			b.WriteString([]string{" ", "", "-", ", "}[rng.Intn(4)])
		}
		texts = append(texts, b.String()+"Kim")
	}
	checked, roles := 0, 0
	for _, s := range texts {
		tx := NewText(s)
		for o := range len(s) + 1 {
			if o < len(s) && !utf8.RuneStart(s[o]) {
				continue
			}
			want := roleFromContextBefore(tx, o)
			require.Equal(t, want, roleFromContext(tx, o), "offset %d", o)
			checked++
			if want != "" {
				roles++
			}
		}
	}
	require.Greater(t, roles, 1000, "the inputs name few roles; of %d offsets", checked)
}

// TestSortByStartIsStable compares sortByStart, which merges sorted runs or sorts packed
// keys, with slices.SortStableFunc on random slices of few and of many runs.
func TestSortByStartIsStable(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 5000; n++ {
		size := rng.Intn(80)
		runs := 1 + rng.Intn(1+size/2)
		if n%3 == 0 {
			runs = 1 + rng.Intn(3)
		}
		ds := make([]*decision, size)
		for i := range ds {
			if i > 0 && rng.Intn(size+1) < runs {
				// a new run: starts again lower
				ds[i] = &decision{Span: Span{Start: rng.Intn(20), Score: float64(i)}}
				continue
			}
			start := 0
			if i > 0 {
				start = ds[i-1].Start + rng.Intn(3)
			}
			ds[i] = &decision{Span: Span{Start: start, Score: float64(i)}}
		}
		want := slices.Clone(ds)
		slices.SortStableFunc(want, func(a, b *decision) int { return a.Start - b.Start })
		sortByStart(ds)
		require.Equal(t, want, ds, "case %d", n)
	}
}
