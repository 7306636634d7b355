package redact

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Japanese names and places inside Japanese sentences ("伯父の山本武は新潟に残った。").
// Japanese writes no space between words, so the Han detector, which reads a Han run with
// kana beside it as prose and leaves it, hands such runs here (japaneseHan). A run is a
// name when it begins with a listed Japanese surname (Gazetteer.JapaneseSurnames, in
// kanji) and
//
//   - an honorific follows the surname or the surname with a given name of one to three
//     characters (山本さん, 田中様, 鈴木先生, 山本武君), or
//   - a given name of one or two characters (three ending in 郎: 純一郎) follows a surname
//     of two characters or more, and a particle, punctuation or the end of the text comes
//     after (山本武は, 田中一郎が): a word of Japanese prose ends with kana, a name written
//     in kanji alone is as long as this, or
//   - the surname stands alone after a kinship or role word and の (伯父の山本は), or
//     before という (山本という人).
//
// A one-character surname (林, 森, 原) is also a common word, and counts only with an
// honorific. A run whose last character is an administrative or institutional unit (山口県,
// 松本駅, 本田技研) is a place or a company, not a given name. Public figures written in
// kanji (安倍晋三) stay readable. A run the gazetteer knows as a place (新潟, 生野) is
// generalized as the place is in any other script.

// jpHonorificsHan are the honorifics written in kanji that end a Han run: the name is what
// is before them.
var jpHonorificsHan = []string{"先生", "先輩", "社長", "さん", "様", "君", "氏", "殿"}

// jpHonorificsKana follow a name in kana.
var jpHonorificsKana = []string{"さん", "さま", "くん", "ちゃん", "どの", "せんせい"}

// jpAfterName are what may follow a name at the end of a Japanese word: the case particles
// and the quotative という.
var jpAfterName = []string{"は", "が", "の", "を", "に", "と", "も", "へ", "や", "から", "より", "まで", "って", "という", "とは", "で", "だ", "です", "でした", "だった"}

// jpNameCues are kinship and role words a name follows with の ("伯父の山本は").
var jpNameCues = []string{"父", "母", "兄", "姉", "弟", "妹", "伯父", "叔父", "伯母", "叔母", "祖父", "祖母", "夫", "妻",
	"主人", "息子", "娘", "孫", "友達", "友人", "知人", "隣人", "先生", "同僚", "上司", "恋人", "親戚", "いとこ", "奥さん",
	"ブローカー", "仲介人", "案内人", "運転手", "牧師", "記者", "弁護士"}

// jpUnitEnds end Han words that are places or institutions, not given names (山口県,
// 松本駅, 上田城, 小松菜).
const jpUnitEnds = "県府都道市区町村郡駅港島橋線通寺社院校園店局所署館湾城菜丁目"

// jpInstitutions are two-character words that make a company or an institution of a
// surname (本田技研, 松下電器, 山田病院).
var jpInstitutions = []string{"技研", "電器", "電機", "電気", "工業", "商店", "商事", "物産", "建設", "銀行", "病院",
	"学校", "大学", "高校", "中学", "会社", "製作", "産業", "食堂", "旅館", "書店", "医院", "薬局", "教会", "神社",
	"公園", "地区", "団地", "地域", "地方", "付近", "方面", "自動", "製薬", "運輸", "記念"}

// japaneseDetector names the candidates japaneseHan makes: they are found inside a run of
// Japanese text, and the plan keeps them apart from the characters around them as it does
// known forms (snapToWordsApart), where another span widens to the whole run.
const japaneseDetector = "japanese"

func isKana(r rune) bool {
	return unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}

// japaneseHan looks at the Han run [i, j) of t.Norm, which has kana beside it, for a
// Japanese name or a gazetteer place, and appends what it finds to out.
func japaneseHan(t *Text, g *Gazetteer, i, j int, out []Candidate) []Candidate {
	if g == nil {
		return out
	}
	s := t.Norm
	word := s[i:j]
	if e, ok := jpPlace(g, word); ok {
		c := t.cand(i, j, Place, "Japanese place", "gazetteer "+e.Kind+" in Japanese text", 0.85)
		c.Place = &e
		c.Entity = placeEntity(e.Name)
		c.Detector = japaneseDetector
		return append(out, c)
	}
	if len(g.JapaneseSurnames) == 0 {
		return out
	}
	// The longest listed surname the run begins with (most are two characters).
	sur := 0
	for k, n := 0, 0; k < len(word) && n < 3; n++ {
		_, w := utf8.DecodeRuneInString(word[k:])
		k += w
		if g.JapaneseSurnames[word[:k]] {
			sur = k
		}
	}
	if sur == 0 || jpFigureAt(t, g, i) {
		return out
	}
	core, honor := word, false
	for _, h := range jpHonorificsHan {
		if c, ok := strings.CutSuffix(word, h); ok && len(c) >= sur {
			core, honor = c, true
			break
		}
	}
	after := s[j:]
	if !honor {
		honor = jpHonorificAt(after)
	}
	// A given name in kana between the surname and a kana honorific (田中よしこさん).
	if !honor && core == word && len(core) == sur {
		for k, n := 0, 0; n < 4 && k < len(after); n++ {
			r, w := utf8.DecodeRuneInString(after[k:])
			if !isKana(r) {
				break
			}
			k += w
			if n >= 1 && jpHonorificAt(after[k:]) {
				c := t.cand(i, j+k, Person, "Japanese name + honorific", "a Japanese surname in kanji and a given name in kana before an honorific", 0.75)
				c.Detector = japaneseDetector
				return append(out, c)
			}
		}
	}
	given := core[sur:]
	nGiven := utf8.RuneCountInString(given)
	surChars := utf8.RuneCountInString(word[:sur])
	last, _ := utf8.DecodeLastRuneInString(core)
	unit := nGiven > 0 && (strings.ContainsRune(jpUnitEnds, last) || nGiven == 2 && hasString(jpInstitutions, given))
	rule, why := "", ""
	switch {
	case unit || nGiven > 3 || nGiven == 3 && last != '郎':
	case honor:
		rule, why = "Japanese name + honorific", "a Japanese surname in kanji (with its given name) before an honorific"
	case nGiven > 0 && surChars >= 2 && jpNameEnds(after):
		rule, why = "Japanese name", "a Japanese surname in kanji with a given name of one to three characters"
	case nGiven == 0 && surChars >= 2 && (jpCueBefore(s[:i]) || strings.HasPrefix(after, "という")):
		rule, why = "Japanese surname after cue", "a Japanese surname in kanji after a kinship or role word"
	}
	if rule == "" {
		return out
	}
	c := t.cand(i, i+len(core), Person, rule, why, 0.75)
	c.Detector = japaneseDetector
	return append(out, c)
}

// jpNameWord says whether the Han word [i, j) of t.Norm, standing apart in English or
// Korean text ("My aunt 山本和子 stayed", "이모 山本和子는"), is a Japanese name: a listed
// surname in kanji of two characters or more, alone or with a given name as japaneseHan
// reads one (one or two characters, three ending in 郎), and not a place, an institution
// (松本駅, 本田技研) or a public figure (安倍晋三). A surname of one character (林, 森) is
// also a word: the Chinese and Korean surname rules judge it.
func jpNameWord(t *Text, g *Gazetteer, i, j int) bool {
	if g == nil || len(g.JapaneseSurnames) == 0 {
		return false
	}
	word := t.Norm[i:j]
	sur, n := 0, 0
	for k := 0; k < len(word) && n < 3; {
		_, w := utf8.DecodeRuneInString(word[k:])
		k += w
		n++
		if n >= 2 && g.JapaneseSurnames[word[:k]] {
			sur = k
		}
	}
	if sur == 0 {
		return false
	}
	given := word[sur:]
	nGiven := utf8.RuneCountInString(given)
	last, _ := utf8.DecodeLastRuneInString(word)
	switch {
	case nGiven > 3, nGiven == 3 && last != '郎':
		return false
	case nGiven > 0 && (strings.ContainsRune(jpUnitEnds, last) || nGiven == 2 && hasString(jpInstitutions, given)):
		return false
	}
	if _, place := jpPlace(g, word); place || hanNotNames[word] {
		return false
	}
	return !jpFigureAt(t, g, i)
}

// jpHonorificAt says whether s begins with a kana honorific.
func jpHonorificAt(s string) bool {
	for _, h := range jpHonorificsKana {
		if strings.HasPrefix(s, h) {
			return true
		}
	}
	return false
}

// jpNameEnds says whether what follows a Han run ends a name there: a particle, the end of
// the text, punctuation or a space.
func jpNameEnds(after string) bool {
	if after == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(after)
	if unicode.IsSpace(r) || unicode.IsPunct(r) {
		return true
	}
	for _, p := range jpAfterName {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	return false
}

// jpCueBefore says whether before ends with a kinship or role word and の.
func jpCueBefore(before string) bool {
	b, ok := strings.CutSuffix(before, "の")
	if !ok {
		return false
	}
	for _, c := range jpNameCues {
		if strings.HasSuffix(b, c) {
			return true
		}
	}
	return false
}

// jpPlace finds a Han run in the gazetteer as it is or without its unit (生野区, 大阪府).
func jpPlace(g *Gazetteer, word string) (PlaceEntry, bool) {
	if e, ok := g.Places[word]; ok && e.Kind != "country" {
		return e, true
	}
	last, w := utf8.DecodeLastRuneInString(word)
	if len(word) > w && strings.ContainsRune("県府都市区町村郡", last) {
		if e, ok := g.Places[word[:len(word)-w]]; ok && e.Kind != "country" {
			return e, true
		}
	}
	return PlaceEntry{}, false
}

// jpFigureAt says whether a public figure written in kanji or kana begins at byte i of
// Norm (安倍晋三, 横田めぐみ).
func jpFigureAt(t *Text, g *Gazetteer, i int) bool {
	for _, f := range jpFigures(g) {
		if strings.HasPrefix(t.Norm[i:], f) {
			return true
		}
	}
	return false
}

// jpFigureLists caches jpFigures per Gazetteer.
var jpFigureLists sync.Map

// jpFigures returns the public figures of g that begin with a Han character, without
// spaces (Japanese writes a name with or without one between its parts).
func jpFigures(g *Gazetteer) []string {
	if v, ok := jpFigureLists.Load(g); ok {
		return v.([]string)
	}
	var out []string
	for _, f := range g.PublicFigures {
		if r, _ := utf8.DecodeRuneInString(f); unicode.Is(unicode.Han, r) {
			out = append(out, strings.ReplaceAll(f, " ", ""))
		}
	}
	v, _ := jpFigureLists.LoadOrStore(g, out)
	return v.([]string)
}

func hasString(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}
