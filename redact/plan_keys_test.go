package redact

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestDecisionKeysHaveNoSpace: every key a run gives its decisions (the text's and the
// title's, propagated copies and name parts among them) holds no space, so that
// isPropagatable, which does not look for one, is isPropagatableReference of it; over the
// interviews and a text with names, Hangul and overlapping spans.
func TestDecisionKeysHaveNoSpace(t *testing.T) {
	texts := append(testdataTexts(t), "Kim Ji-min met Pak Chol-su in Hyesan on 12 March 2003; "+
		"김지민이 \"노란 우산\"이라고 말했다. 300만원, 35세, two hundred yuan, Kangan 2-dong.")
	keys := 0
	for _, p := range []*Policy{testPolicy(), fuzzPolicy()} {
		e := mustEngine(t, p)
		for _, s := range texts {
			cut := min(len(s), 60)
			for cut < len(s) && !utf8.RuneStart(s[cut]) {
				cut++
			}
			doc := Document{Title: s[:cut], Text: s,
				Known: []Known{{Text: "Kim Ji-min", Category: Person, Role: RoleInterviewee}}}
			r, err := e.plan(doc)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range []*field{&r.text, &r.title} {
				for _, d := range append(append([]*decision(nil), f.decisions...), f.keeps...) {
					if d.keyPending {
						continue
					}
					keys++
					if hasSpace(d.key) {
						t.Fatalf("decision %q has the key %q, with a space", d.Text, d.key)
					}
					if isPropagatable(d) != isPropagatableReference(d) {
						t.Fatalf("key %q: isPropagatable differs", d.key)
					}
				}
			}
			r.release()
			r.releaseArena()
			r.releaseTexts()
			r.recycle()
		}
	}
	if keys == 0 {
		t.Fatal("no decision keys were checked")
	}
}

// isPropagatableReference is isPropagatable for any key, with or without spaces, read
// from the lists themselves: the reference isPropagatable is held to, for keys that hold
// no space.
func isPropagatableReference(d *decision) bool {
	if d.remainder || utf8.RuneCountInString(d.key) < 2 || functionWords[d.key] {
		return false
	}
	return !keyIsNumberWords(d.key)
}

// TestIsPropagatableLists holds isPropagatable to its reference on the words of its lists,
// Korean numerals and other keys without a space, remainders or not.
func TestIsPropagatableLists(t *testing.T) {
	keys := []string{"", "a", "an", "ab", "jimin", "kim", "twenty", "twentyone", "열두", "예순여덟",
		"한국", "김", "é", "éé", "hyesan", "nineteen", "hundred", "the", "them", "1997", "x1"}
	for w := range functionWords {
		keys = append(keys, w, w+"s", w[:len(w)-1])
	}
	for w := range numberWords {
		keys = append(keys, w, w+"th", w[1:])
	}
	for _, key := range keys {
		if strings.ContainsFunc(key, unicode.IsSpace) {
			continue
		}
		for _, remainder := range []bool{false, true} {
			d := &decision{key: key, remainder: remainder}
			if got, want := isPropagatable(d), isPropagatableReference(d); got != want {
				t.Fatalf("isPropagatable(%q, remainder %v) = %v, want %v", key, remainder, got, want)
			}
		}
	}
}

// keyIsNumberWords is onlyNumberWords for any phrase key, with or without spaces.
func keyIsNumberWords(key string) bool {
	if hasSpace(key) {
		return onlyNumberWords(key)
	}
	return isNumberWord(key) || koreanNumeral(key)
}

// hasSpace is strings.ContainsFunc(s, unicode.IsSpace), byte by byte: an ASCII space is at
// most ' ', and every other space (U+0085, U+00A0, U+1680, U+2000..U+205F, U+3000) starts
// with the lead byte 0xC2, 0xE1, 0xE2 or 0xE3, so only those are decoded. A continuation
// byte is neither, and Hangul syllables (0xEA..0xED) pass with two compares.
func hasSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c <= ' ':
			if asciiSpace[c] {
				return true
			}
		case c == 0xC2 || c >= 0xE1 && c <= 0xE3:
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				return true
			}
		}
	}
	return false
}

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
