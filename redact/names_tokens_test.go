package redact

import (
	"math/rand"
	"slices"
	"testing"
)

// analyse lists the capitalised word tokens, the Hangul tokens, the public figures' heads
// and the capitalised heads of gazetteer places that a plain walk over its tokens finds, and
// classifies the words as their lower-case form says; long random texts put words of other
// characters at every place of tokenizeWordsWith's batches.
func TestAnalyseListsMatchTokens(t *testing.T) {
	ix := indexFor(&Gazetteer{Surnames: map[string]string{"kim": "Kim", "émile": "Émile"},
		PublicFigures: []string{"Kim Jong Un", "The Party"}, PublicBodies: []string{"UN"},
		Places: map[string]PlaceEntry{"seoul": {Name: "Seoul"}, "north hamgyong": {Name: "North Hamgyong"}}})
	texts := append(wordTestTexts(t), "Émile Kim met the UN. 김지민이 Жанна 42 ABC한국 café", "")
	pieces := []string{"Kim", "kim", "the", "The", "Party", "UN", "Seoul", "seoul", "North", "Hamgyong", "ji",
		"42", "a1", "Émile", "김", "지민이", "Ж", "中", "e\u0301", " ", " ", " ", "\n", ". ", "-", "'"}
	r := rand.New(rand.NewSource(3))
	for range 300 {
		texts = append(texts, piecesText(r, pieces, 600))
	}
	for _, s := range texts {
		tx := NewText(s)
		an := analyse(tx, ix)
		var caps, hangul []int32
		var heads, placeHeads [][2]int32
		for i, tk := range an.toks {
			switch {
			case tk.kind == tokHangul:
				hangul = append(hangul, int32(i))
			case tk.kind == tokWord && tk.upper:
				caps = append(caps, int32(i))
			}
			if tk.kind != tokWord {
				continue
			}
			if tk.cls != ix.classOf(tk.low)|clsKnown {
				t.Fatalf("%.40q: token %q class %b, want %b", s, tk.low, tk.cls, ix.classOf(tk.low))
			}
			e := ix.entryOf(tk.low, 0, false)
			if e.figs > 0 {
				heads = append(heads, [2]int32{int32(i), e.figs})
			}
			if e.head > 0 && tk.upper {
				placeHeads = append(placeHeads, [2]int32{int32(i), e.head})
			}
		}
		if !slices.Equal(an.caps, caps) || !slices.Equal(an.hangul, hangul) {
			t.Fatalf("%.40q: caps %v hangul %v, want %v and %v", s, an.caps, an.hangul, caps, hangul)
		}
		if !slices.Equal(an.heads, heads) || !slices.Equal(an.placeHeads, placeHeads) {
			t.Fatalf("%.40q: heads %v place heads %v, want %v and %v", s, an.heads, an.placeHeads, heads, placeHeads)
		}
		tx.release()
	}
}

func TestSyllablesOnlyAndSameBytes(t *testing.T) {
	for w, want := range map[string]bool{"김": true, "지민이": true, "김a": false, "a김": false, "中": false, "\xea\xb0": false} {
		if got := syllablesOnly(w); got != want {
			t.Errorf("syllablesOnly(%q) = %v", w, got)
		}
	}
	for _, p := range [][2]string{{"", ""}, {"kim", "kim"}, {"kim", "kin"}, {"kim", "kimm"}, {"a", ""}} {
		if got := sameBytes(p[0], p[1]); got != (p[0] == p[1]) {
			t.Errorf("sameBytes(%q, %q) = %v", p[0], p[1], got)
		}
	}
}
