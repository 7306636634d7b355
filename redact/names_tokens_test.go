package redact

import (
	"slices"
	"testing"
)

// analyse lists the capitalised word tokens, the Hangul tokens and the public figures' heads
// that a plain walk over its tokens finds, and classifies the words of other characters as
// their lower-case form says.
func TestAnalyseListsMatchTokens(t *testing.T) {
	ix := indexFor(&Gazetteer{Surnames: map[string]string{"kim": "Kim", "émile": "Émile"},
		PublicFigures: []string{"Kim Jong Un", "The Party"}, PublicBodies: []string{"UN"}})
	texts := append(wordTestTexts(t), "Émile Kim met the UN. 김지민이 Жанна 42 ABC한국 café", "")
	for _, s := range texts {
		tx := NewText(s)
		an := analyse(tx, ix)
		var caps, hangul []int32
		for i, tk := range an.toks {
			switch {
			case tk.kind == tokHangul:
				hangul = append(hangul, int32(i))
			case tk.kind == tokWord && tk.upper:
				caps = append(caps, int32(i))
			}
			if tk.kind == tokWord && tk.cls != ix.classOf(tk.low)|clsKnown {
				t.Fatalf("%.40q: token %q class %b, want %b", s, tk.low, tk.cls, ix.classOf(tk.low))
			}
		}
		if !slices.Equal(an.caps, caps) || !slices.Equal(an.hangul, hangul) {
			t.Fatalf("%.40q: caps %v hangul %v, want %v and %v", s, an.caps, an.hangul, caps, hangul)
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
