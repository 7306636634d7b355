package redact

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestCueSetBefore checks cueSet.before against cueBefore, for every cue list it stands in
// for, at every character of the gold interviews and of some hand-made texts.
func TestCueSetBefore(t *testing.T) {
	texts := []string{
		"passport no. 12345, code word \"x\", call me on kakaotalk: 010-1234-5678",
		"my 번호는 010 and 전화 번호 12345; the code word; user name jimin_1; nickname online",
		"“passport 123” xpassport id-card acct.# file/ref 身份证 号码 ... soldier’s corps",
		"a private, and army unit; codewords, passwords: the signal, 암구호, 암호는 123",
	}
	files, _ := filepath.Glob("../testdata/gold/*.md")
	for _, f := range files[:min(len(files), 6)] {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.ToLower(string(b)))
	}
	for _, tc := range []struct {
		set  *cueSet
		list []string
	}{{idCueSet, idCues}, {phoneCueSet, phoneCues}, {handleCueSet, handleCues},
		{codewordCueSet, codewordCues}, {militaryCueSet, militaryCues}} {
		for _, s := range texts {
			for o := 0; o <= len(s); o++ {
				if o < len(s) && !utf8.RuneStart(s[o]) {
					continue
				}
				for _, window := range []int{30, 40, 60, 80, 120} {
					got, gok := tc.set.before(s, o, window)
					want, wok := cueBefore(s, o, window, tc.list)
					if got != want || gok != wok {
						t.Fatalf("before(%q, %d, %d) = %q %v, cueBefore %q %v", s[max(0, o-window):o], o, window, got, gok, want, wok)
					}
				}
			}
		}
	}
}

// TestNumberValue checks numberValue against firstNumber over the numbers of texts in
// digits and in words.
func TestNumberValue(t *testing.T) {
	for _, text := range []string{
		"he was 35, she 20,000 or 1.5 and twenty-five or 0012 or 123456789012345678901 " +
			"or 7x or 12살 or forty two, 3",
		"one hundred and five, twenty-five. Forty two; eleven and a half, " +
			"seventy- three, ninety and, zero or several dozen, a few",
	} {
		c := newWordScan(NewText(text))
		n := 0
		for i := range c.ws {
			j, ok := c.number(i)
			if !ok {
				continue
			}
			n++
			want, _ := firstNumber(c.s[c.ws[i].start:c.ws[j].end])
			if got := c.numberValue(i, j); got != want {
				t.Errorf("numberValue of %q = %v, want %v", c.s[c.ws[i].start:c.ws[j].end], got, want)
			}
		}
		if n < 8 {
			t.Fatalf("only %d numbers in %q", n, text)
		}
	}
}

// numberByWords is number as it was, reading each word's bytes.
func numberByWords(c wordScan, i int) (int, bool) {
	w := c.w(i)
	if w == "" {
		return i, false
	}
	if isAllDigits(w) {
		j := i
		for j+1 < len(c.ws) && isAllDigits(c.w(j+1)) {
			g := c.s[c.ws[j].end:c.ws[j+1].start]
			if (g == "," || g == "." || g == " " && len(c.w(j+1)) == 3) && len(c.w(j+1)) <= 3 {
				j++
				continue
			}
			break
		}
		return j, true
	}
	if c.numberWordAt(i) {
		return c.number(i) // the number words' branch is unchanged
	}
	return i, false
}

// TestNumberByFlags checks number's digit branch, read from the word flags, against the words.
func TestNumberByFlags(t *testing.T) {
	texts := []string{"20,000 yuan, 2.7 m, 20 000 people, 1.000.000, 12a 3 4 5, 007, ١٢٣ 12살 x1 1x 20,0000 5 123"}
	files, _ := filepath.Glob("../testdata/gold/*.md")
	for _, f := range files[:min(len(files), 10)] {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		c := newWordScan(NewText(s))
		for i := -1; i <= len(c.ws); i++ {
			j, ok := c.number(i)
			wj, wok := numberByWords(c, i)
			if j != wj || ok != wok {
				t.Fatalf("number(%d) = %d %v, want %d %v (%q)", i, j, ok, wj, wok, c.w(i))
			}
		}
	}
}

// TestObfuscatedEmailWords checks the search for " dot " by the words' hashes against
// indexAfter, which the e-mail detector used.
func TestObfuscatedEmailWords(t *testing.T) {
	texts := []string{"write to kim at mail dot com dot dot kr", "dot dot  dot x.dot dot", " dot ", "dot",
		"a at b dot", "jimin at naver dot com, or jimin at gmail dot com dot"}
	for _, s := range texts {
		tx := NewText(s)
		var want, got []int
		for off := 0; ; {
			d := indexAfter(tx.Fold, off, ' ', "dot ")
			if d < 0 {
				break
			}
			want = append(want, d)
			off = d + 5
		}
		(emailDetector{}).detect(tx, nil) // no panic at the text's ends
		ws, hs := tx.wordList(), tx.wordHashes()
		for off, k := 0, 0; ; k++ {
			k = nextWordHash(hs[:len(ws)], k, dotHash)
			if k == len(ws) {
				break
			}
			d, e := ws[k].start-1, ws[k].end
			if d < off || e >= len(s) || s[d] != ' ' || e-d != 4 || s[d+1:e+1] != "dot " {
				continue
			}
			got = append(got, d)
			off = d + 5
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: %v, want %v", s, got, want)
		}
	}
}

func TestIndexWWW(t *testing.T) {
	for _, s := range []string{"", "www", "www.", "a www.x", "awww.b www.c", "ww.w www", "...www", "x.www.www.", "www..www."} {
		if got, want := indexWWW(s), strings.Index(s, "www."); got != want {
			t.Errorf("indexWWW(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestIndexHTTP(t *testing.T) {
	for _, s := range []string{"", "http://", "https://x", "xhttps://a http://b", "::http:// https://", "ttps://", "http:/ https://a", "x:https://"} {
		want := indexAny3(s, "http://", "https://")
		if got := indexHTTP(s); got != want {
			t.Errorf("indexHTTP(%q) = %d, want %d", s, got, want)
		}
	}
}
