package redact

import (
	"strings"
	"unicode/utf8"
)

// A vehicle's number plate ("12가 3456", "평양 1-2345", "吉H12345", "his plate was
// 4471") leads to its owner as surely as an ID card: a security service reads the register
// of the few cars of a North Korean town, or of the broker's trucks on the border, by plate.
// Anchored on the digit words (clsDigit); three shapes are plates without a cue (a South
// Korean plate, a North Korean one after a province's short name, a Chinese one after its
// province's character), any number after a plate word is one.

func init() { register(plateDetector{}) }

type plateDetector struct{}

func (plateDetector) name() string { return "id_number" }

var (
	// plateWords say that the number after them is a plate, case-folded.
	plateWordSet = setOfWords("plate plates numberplate 번호판 차번호 차량번호 车牌 车牌号 牌照")
	plateWords   = newWordTable(plateWordSet)
	// plateAnchors finds them with the text's other anchor words: in a text all ASCII,
	// which holds no Hangul or Han plate, a number is a plate only after one.
	plateAnchors = newAnchorTable(plateWordSet)
	// northKoreanPlateRegions are the short names North Korean plates begin with: the
	// provinces' (평북 for North Pyongan) and the cities' under central rule.
	northKoreanPlateRegions = setOfWords("평양 평북 평남 함북 함남 황북 황남 강원 자강 량강 양강 개성 남포 라선 신의주")
	// northKoreanPlateRegionSet is northKoreanPlateRegions for wordScan.inSet.
	northKoreanPlateRegionSet = newWordTable(northKoreanPlateRegions)
)

// chinesePlateProvinces are the one-character short names of China's provinces and
// municipalities that begin its plates (吉 for Jilin, 辽 for Liaoning).
const chinesePlateProvinces = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"

// chinesePlateHanFirst and chinesePlateHanLast bound the CJK Unified Ideographs block, which
// holds every character of chinesePlateProvinces.
const (
	chinesePlateHanFirst = 0x4e00
	chinesePlateHanLast  = 0x9fff
)

func (plateDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	if t.isASCII() && len(plateAnchors.find(t)[0]) == 0 {
		return nil
	}
	var out []Candidate
	c := newWordScan(t)
	ws := c.ws
	for i := c.next(0, clsDigit); i < len(ws); i = c.next(i+1, clsDigit) {
		if a, b, rule, ok := plateAt(&c, i); ok {
			out = append(out, t.cand(a, b, IDNumber, rule, "a vehicle's number plate", 0.85))
			for i+1 < len(ws) && ws[i+1].start < b {
				i++
			}
		}
	}
	return out
}

// plateAt reads a plate that begins at, or just before, digit word i, and returns its
// bytes in the folded text and the rule that read it.
func plateAt(c *wordScan, i int) (a, b int, rule string, ok bool) {
	s, ws := c.s, c.ws
	w := c.w(i)
	// South Korea: two or three digits and one syllable, then four digits: "12가 3456",
	// "123가3456", the region before it on old plates ("서울 12가 3456").
	if d := leadingDigits(w); (d == 2 || d == 3) && len(w) > d {
		r, size := utf8.DecodeRuneInString(w[d:])
		rest := w[d+size:]
		if isHangulSyllable(r) && (len(rest) == 4 && leadingDigits(rest) == 4 ||
			rest == "" && leadingDigits(c.w(i+1)) == 4 && len(c.w(i+1)) == 4 && c.gap(i+1) == " ") {
			a, b = ws[i].start, ws[i].end
			if rest == "" {
				b = ws[i+1].end
			}
			if i > 0 && c.gap(i) == " " && allHangulSyllables(c.w(i-1)) && utf8.RuneCountInString(c.w(i-1)) <= 2 {
				a = ws[i-1].start
			}
			return a, b, "South Korean plate", true
		}
	}
	// North Korea: a province's short name, then one or two digits, a hyphen and four:
	// "평양 1-2345", "평북 3-4512".
	// The region is looked for first: most numbers follow none, and their ends need not be read.
	if i > 0 && c.gap(i) == " " && c.inSet(northKoreanPlateRegionSet, i-1) {
		if end := plateEnd(s, ws[i].start); digitsHyphenDigits(s[ws[i].start:end]) {
			return ws[i-1].start, end, "North Korean plate", true
		}
	}
	// China: a province's character and a letter, then five or six letters and digits:
	// "吉H12345", "吉H·12345", "辽A 8B123".
	if a, b, ok := chinesePlateAt(c, i); ok {
		return a, b, "Chinese plate", true
	}
	// Any number after a plate word: "his plate was 4471", "번호판은 3-4512".
	if plateCueBefore(c, i) {
		return ws[i].start, plateEnd(s, ws[i].start), "number after a plate word", true
	}
	return 0, 0, "", false
}

// plateEnd returns where a plate that begins at o ends: after its run of letters, digits,
// hyphens and Hangul syllables, with no space in it.
func plateEnd(s string, o int) int {
	e := o
	for e < len(s) {
		r, size := utf8.DecodeRuneInString(s[e:])
		// A syllable between digits belongs to the plate ("12가3456"); after them it is a
		// particle ("3-4512였어요").
		if !(isDigit(s[e]) || s[e] >= 'a' && s[e] <= 'z' || isHangulSyllable(r) && e > o && e+size < len(s) && isDigit(s[e+size]) ||
			s[e] == '-' && e+1 < len(s) && isDigit(s[e+1])) {
			break
		}
		e += size
	}
	return e
}

// digitsHyphenDigits says whether p is one or two digits, a hyphen and four digits.
func digitsHyphenDigits(p string) bool {
	d := leadingDigits(p)
	return (d == 1 || d == 2) && len(p) == d+5 && p[d] == '-' && leadingDigits(p[d+1:]) == 4
}

// chinesePlateAt reads a Chinese plate in or ending with digit word i: a province's
// character, the issuing city's letter and five or six letters and digits, at least three
// of them digits ("吉H12345", "车牌是吉C8K215": Chinese characters and the plate are one
// word), or the province and letter a word of their own before a "·" or a space
// ("吉H·A1234").
func chinesePlateAt(c *wordScan, i int) (a, b int, ok bool) {
	ws := c.ws
	w := c.w(i)
	// The provinces' characters are Han (chinesePlateHanFirst ...): a word all ASCII (most
	// digit words) holds none, nor does a Hangul syllable, without the search.
	if c.t.wordFlags[i]&wordOther != 0 {
		for k, r := range w {
			if r >= chinesePlateHanFirst && r <= chinesePlateHanLast && strings.ContainsRune(chinesePlateProvinces, r) {
				q := k + utf8.RuneLen(r)
				if n := plateBody(w[q:]); n > 0 {
					return ws[i].start + k, ws[i].start + q + n, true
				}
			}
		}
	}
	if g := c.gap(i); i > 0 && (g == " " || g == "·") && plateSerial(w) {
		prev := c.w(i - 1)
		if n := len(prev); n > 1 && prev[n-1] >= 'a' && prev[n-1] <= 'z' {
			r, size := utf8.DecodeLastRuneInString(prev[:n-1])
			if strings.ContainsRune(chinesePlateProvinces, r) {
				return ws[i-1].end - 1 - size, ws[i].end, true
			}
		}
	}
	return 0, 0, false
}

// plateBody returns the length of the plate that p begins with, the city's letter and
// the serial ("h12345"), or 0.
func plateBody(p string) int {
	if p == "" || p[0] < 'a' || p[0] > 'z' {
		return 0
	}
	n := 1
	for n < len(p) && (isDigit(p[n]) || p[n] >= 'a' && p[n] <= 'z') {
		n++
	}
	if !plateSerial(p[1:n]) {
		return 0
	}
	return n
}

// plateSerial says whether w is a Chinese plate's serial: five or six letters and digits,
// at least three of them digits.
func plateSerial(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) && (w[i] < 'a' || w[i] > 'z') {
			return false
		}
	}
	return (len(w) == 5 || len(w) == 6) && digitCount(w) >= 3
}

// plateCueBefore says whether a plate word stands among the three words before digit word
// i on its line: "plate 4471", "plate number 4471", "his plate was 4471", "번호판은 4471".
func plateCueBefore(c *wordScan, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if strings.IndexByte(c.gap(k+1), '\n') >= 0 {
			return false
		}
		if c.inSet(plateWords, k) {
			return true
		}
		if w := c.w(k); strings.HasPrefix(w, "번호판") && len(w)-len("번호판") <= 6 ||
			strings.HasPrefix(w, "车牌") {
			return true
		}
	}
	return false
}

// allHangulSyllables says whether w is Hangul syllables only.
func allHangulSyllables(w string) bool {
	for _, r := range w {
		if !isHangulSyllable(r) {
			return false
		}
	}
	return w != ""
}
