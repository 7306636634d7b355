package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names in katakana. Japanese writes foreign names, and often Japanese ones too, in
// katakana ("タナカ・ヨシコ", "ヤマモトさん", Korean names as "キム・ヨンスク"), the script it
// also writes loanwords and foreign places in ("テレビ", "パスポート", "ソウル"). The Han
// detector's walk stops at katakana runs too (nextCJKRun), and katakanaName reads each one
// with the context a name needs, its reading romanized (kanaRomaji) to look it up in the
// gazetteer's romanized names:
//
//   - a run before an honorific ("ヤマモトさん", "キム先生") is a name;
//   - parts joined by "・", the mark Japanese writes between the parts of a foreign name,
//     are a name when a part reads as a listed surname or given name, or the first is a
//     Korean surname in katakana ("キム・ヨンスク", "イ・ミョンスク"): a list of loanwords
//     ("テレビ・ラジオ") has none;
//   - a word alone that reads as a listed Japanese surname of three kana or more ("ヤマモトが")
//     before a particle, unless the surname is also a common word or a brand (ambiguous:
//     "スズキ", "ホンダ");
//   - after a kinship or role word and の ("友達のパクは"), or before という, a Korean surname
//     of two kana or more, or a word of three or more that reads as a listed name: shorter
//     loanwords read as romanized surnames of other languages ("パン", bread, is Pan).

// koreanKatakanaSurnames are the common Korean surnames as Japanese writes them. Those of
// one kana (イ, オ, ソ) count only joined to a given name or before an honorific.
var koreanKatakanaSurnames = set("キム", "イ", "リ", "パク", "チェ", "チョン", "チョ", "カン", "ユン", "チャン",
	"イム", "リム", "ハン", "オ", "ソ", "シン", "クォン", "ファン", "アン", "ソン", "リュ", "ユ", "ホン", "コ",
	"ムン", "ヤン", "ペ", "ペク", "ナム", "シム", "ノ", "ハ", "チュ", "チャ", "ウ", "ク", "ミン", "ナ", "チン",
	"オム", "ピョン", "ヒョン", "ハム", "ヨム", "ヨ", "キル", "ヨン", "ウィ", "ピョ", "ミョン", "クム", "オク",
	"ユク", "タク", "ト", "マ", "ワン")

// koreanKatakanaDistinct are the Korean surnames in katakana that are no Japanese word or
// loanword: alone before a particle they are a name ("キムは来た").
var koreanKatakanaDistinct = set("キム", "パク", "チェ", "チョン", "ユン", "チャン", "クォン", "ファン", "リュ", "ペク",
	"ピョン", "ヒョン")

// kanaHonorificsAfter are the honorifics in kanji after a name in katakana (the kana ones
// are jpHonorificsKana).
var kanaHonorificsAfter = []string{"先生", "先輩", "社長", "様", "君", "氏", "殿"}

// isKatakanaLetter says whether r is a katakana letter or the long-vowel mark ー (not the
// middle dot ・ between the parts of a name).
func isKatakanaLetter(r rune) bool {
	return r >= 0x30A1 && r <= 0x30FA || r == 0x30FC || r == 0x30FD || r == 0x30FE
}

// nextCJKRun is nextHanRun that also stops at a run of katakana: its letters, and middle
// dots between them. kata says which it found.
func nextCJKRun(s string, i int) (start, end, n int, kata bool) {
	for i = nextCJKLead(s, i); i < len(s); i = nextCJKLead(s, i) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if isKatakanaLetter(r) {
			j := i + w
			for j < len(s) {
				r2, w2 := utf8.DecodeRuneInString(s[j:])
				if r2 == '・' {
					if r3, _ := utf8.DecodeRuneInString(s[j+w2:]); isKatakanaLetter(r3) {
						j += w2
						continue
					}
					break
				}
				if !isKatakanaLetter(r2) {
					break
				}
				j += w2
				n++
			}
			return i, j, n + 1, true
		}
		if !unicode.Is(unicode.Han, r) {
			i += w
			continue
		}
		i, j, n := nextHanRun(s, i)
		return i, j, n, false
	}
	return len(s), len(s), 0, false
}

// kanaRuns gathers the katakana runs of one text as the Han detector's walk meets them: a
// part of a full name found in katakana ("タナカ・ヨシコ") is that name wherever the text
// writes it alone ("ヨシコは", before or after the full name), as "Yoshiko" is of "Tanaka
// Yoshiko". Few texts hold katakana at all: nothing is kept until the first run.
type kanaRuns struct {
	others [][2]int // runs that are no name by themselves
	full   []string // the parts of full names (two kana or more)
}

// run reads the katakana run [i, j) (katakanaName) and remembers it.
func (k *kanaRuns) run(t *Text, g *Gazetteer, i, j int, out []Candidate) []Candidate {
	n := len(out)
	out = katakanaName(t, g, i, j, out)
	switch {
	case len(out) > n && strings.ContainsRune(t.Norm[i:j], '・'):
		for _, p := range strings.Split(t.Norm[i:j], "・") {
			if utf8.RuneCountInString(p) >= 2 {
				k.full = append(k.full, p)
			}
		}
	case len(out) == n && len(k.others) < 4096:
		k.others = append(k.others, [2]int{i, j})
	}
	return out
}

// parts appends a candidate for each run that is a part of a full name found.
func (k *kanaRuns) parts(t *Text, out []Candidate) []Candidate {
	if len(k.full) == 0 {
		return out
	}
	for _, r := range k.others {
		if hasString(k.full, t.Norm[r[0]:r[1]]) {
			c := t.cand(r[0], r[1], Person, "part of a katakana name", "a part of a name the text writes in katakana in full", 0.75)
			c.Detector = japaneseDetector
			out = append(out, c)
		}
	}
	return out
}

// katakanaName appends a person candidate for the katakana run [i, j) of t.Norm when it is
// a name (see above).
func katakanaName(t *Text, g *Gazetteer, i, j int, out []Candidate) []Candidate {
	if g == nil || j-i > 60 {
		return out
	}
	s := t.Norm
	run, after := s[i:j], s[j:]
	honor := jpHonorificAt(after)
	for _, h := range kanaHonorificsAfter {
		honor = honor || strings.HasPrefix(after, h)
	}
	var buf [64]byte
	listed := func(part string, ambiguousToo bool) bool {
		rd := kanaRomaji(buf[:0], part)
		if len(rd) == 0 {
			return false
		}
		amb := g.AmbiguousNames[string(rd)]
		_, sur := g.Surnames[string(rd)]
		return (ambiguousToo || !amb) && (sur || g.FirstNames[string(rd)])
	}
	rule, why := "", ""
	switch {
	case hasString(jpNameCues, run): // "ブローカーさん": a role, addressed
	case honor:
		rule, why = "katakana name + honorific", "a word in katakana before a Japanese honorific"
	case strings.ContainsRune(run, '・'):
		parts := strings.Split(run, "・")
		first, _ := strings.CutSuffix(parts[0], "ー")
		named := koreanKatakanaSurnames[first]
		for _, p := range parts {
			named = named || listed(p, false)
		}
		if named && len(parts) <= 4 {
			rule, why = "katakana full name", "parts in katakana joined by ・, one of them a listed name"
		}
	default:
		n := utf8.RuneCountInString(run)
		rd := kanaRomaji(buf[:0], run)
		if n >= 3 && g.JapaneseSurnames[string(rd)] && !g.AmbiguousNames[string(rd)] && jpNameEnds(after) {
			rule, why = "katakana Japanese surname", "a listed Japanese surname in katakana"
			break
		}
		if koreanKatakanaDistinct[run] && jpNameEnds(after) {
			rule, why = "katakana Korean surname", "a Korean surname in katakana that is no Japanese word"
			break
		}
		if n >= 2 && (jpCueBefore(s[:i]) || strings.HasPrefix(after, "という")) && (koreanKatakanaSurnames[run] || n >= 3 && listed(run, true)) {
			rule, why = "katakana name after cue", "a listed name or Korean surname in katakana after a kinship or role word"
		}
	}
	if rule == "" {
		return out
	}
	c := t.cand(i, j, Person, rule, why, 0.75)
	c.Detector = japaneseDetector
	return append(out, c)
}

// kanaRomaji appends to dst the Hepburn reading of the katakana word w, in lower case, the
// long-vowel mark dropped ("ヤマモト" yamamoto, "サトー" sato, "サトウ" satou), or nothing
// when w holds another character.
func kanaRomaji(dst []byte, w string) []byte {
	double := false // after ッ: the next consonant is written twice
	for _, r := range w {
		switch {
		case r == 'ー':
			continue
		case r == 'ッ':
			double = true
			continue
		case r == 'ャ' || r == 'ュ' || r == 'ョ':
			v := "a"
			if r == 'ュ' {
				v = "u"
			} else if r == 'ョ' {
				v = "o"
			}
			if len(dst) == 0 || dst[len(dst)-1] != 'i' {
				return dst[:0]
			}
			dst = dst[:len(dst)-1]
			if n := len(dst); n > 0 && (dst[n-1] == 'j' || n > 1 && string(dst[n-2:]) == "sh" || n > 1 && string(dst[n-2:]) == "ch") {
				dst = append(dst, v...)
			} else {
				dst = append(dst, 'y')
				dst = append(dst, v...)
			}
			continue
		case r == 'ァ' || r == 'ィ' || r == 'ゥ' || r == 'ェ' || r == 'ォ':
			v := kanaSmallVowels[r]
			if n := len(dst); n > 0 && strings.IndexByte("aiueo", dst[n-1]) >= 0 {
				if n == 1 || strings.IndexByte("aiueo", dst[n-2]) >= 0 {
					dst = append(dst[:n-1], 'w') // ウォ: wo
				} else {
					dst = dst[:n-1]
				}
			}
			dst = append(dst, v)
			continue
		}
		syl, ok := kanaSyllables[r]
		if !ok {
			return dst[:0]
		}
		if double && syl[0] != 'n' && strings.IndexByte("aiueo", syl[0]) < 0 {
			dst = append(dst, syl[0])
		}
		double = false
		dst = append(dst, syl...)
	}
	return dst
}

var kanaSmallVowels = map[rune]byte{'ァ': 'a', 'ィ': 'i', 'ゥ': 'u', 'ェ': 'e', 'ォ': 'o'}

// kanaSyllables are the Hepburn readings of the katakana letters.
var kanaSyllables = func() map[rune]string {
	m := map[rune]string{}
	for _, row := range strings.Fields(`アa イi ウu エe オo カka キki クku ケke コko ガga ギgi グgu ゲge ゴgo
		サsa シshi スsu セse ソso ザza ジji ズzu ゼze ゾzo タta チchi ツtsu テte トto ダda ヂji ヅzu デde ドdo
		ナna ニni ヌnu ネne ノno ハha ヒhi フfu ヘhe ホho バba ビbi ブbu ベbe ボbo パpa ピpi プpu ペpe ポpo
		マma ミmi ムmu メme モmo ヤya ユyu ヨyo ラra リri ルru レre ロro ワwa ヲo ンn ヴvu`) {
		r, w := utf8.DecodeRuneInString(row)
		m[r] = row[w:]
	}
	return m
}()
