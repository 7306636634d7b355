package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func init() { register(cjkAddressDetector{}) }

// cjkAddressDetector finds street addresses and bank accounts written in Chinese and
// Japanese, which a broker's message or a defector's life in China or Japan brings into an
// interview. The places detector took the city and the road ("和龙市光明路") and left the
// house number, the building, the unit and the room ("15号", "5栋2单元301室"); Japanese
// addresses ("西新宿2丁目8番1号", "西新宿1-2-3", "〒160-0023") and account numbers
// ("普通 7654321") were not read at all. It reads ASCII digits right after a Han or kana
// character:
//   - Chinese: digits with a building part (栋, 幢, 单元, 室, 号楼, 号室), or with 号 after
//     a road ("光明路15号"; "3月5号" is a date, "我们15号走" a day), then further parts
//     ("5栋2单元301室"), with the road's or the compound's name before them;
//   - Japanese: digits with 丁目 or 番地, then 番 and 号, or a block number written
//     "1-2-3", with the district's name before them; a postal code after 〒;
//   - an account number of six to eight digits after 口座番号, 口座, 普通 or 当座
//     (Japanese banks' account kinds), with 預金 or a colon between.
type cjkAddressDetector struct{}

func (cjkAddressDetector) name() string { return "address" }

// cjkBuildingUnits are the parts of a Chinese or Japanese address a number is written with
// that need no road before them; the longer first, so "号楼" is read before "号".
var cjkBuildingUnits = []string{"号楼", "号室", "单元", "丁目", "番地", "栋", "幢", "室"}

// cjkChainUnits continue an address already begun ("5栋2单元301室", "2丁目8番1号").
var cjkChainUnits = []string{"号楼", "号室", "单元", "番地", "栋", "幢", "室", "号", "番", "楼", "层"}

// cjkRoadEnds end the name of a road or a compound that a house number follows.
const cjkRoadEnds = "路街道巷弄里胡同村屯苑园区厦寓"

// cjkNameStops are characters a road's or district's name does not run back over: verbs and
// particles of the sentence ("住在", "到"), units of larger places, punctuation.
const cjkNameStops = "在住到于是的从去来了和与及也都道府県市区县省郡町村にのはでをがへともや、。，：「」（）"

// cjkAccountCues are the words a Japanese account number follows.
var cjkAccountCues = []string{"口座番号", "普通預金", "当座預金", "口座", "普通", "当座"}

func (cjkAddressDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	if t.isASCII() {
		return nil
	}
	s := t.Norm
	out := t.candidateRoom()
	done := 0
	for i := nextCJKLead(s, 0); i < len(s); i = nextCJKLead(s, i) {
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if i < done || !(isCJK(r) || r == '〒') {
			continue
		}
		if r == '〒' {
			if end := postalCodeEnd(s, i); end > 0 {
				out = append(out, t.cand(i-w, end, Address, "Japanese postal code", "a postal code after 〒", 0.9))
				done, i = end, end
			}
			continue
		}
		if end, ok := accountAfterCue(s, i); ok {
			at := i
			for at < end && !isDigit(s[at]) {
				at++
			}
			out = append(out, t.cand(at, end, IDNumber, "Japanese bank account", "an account number after a bank's account word", 0.9))
			done, i = end, end
			continue
		}
		if i >= len(s) || !isDigit(s[i]) {
			continue
		}
		start, end, ok := cjkAddressAt(s, i-w, i)
		if !ok {
			continue
		}
		out = append(out, t.cand(start, end, Address, "Chinese or Japanese address", "a house, building or block number in a Chinese or Japanese address", 0.9))
		done, i = end, end
	}
	return out
}

// cjkAddressAt reads an address whose first number starts at d, right after the CJK
// character at p; it returns the address's span, its name before the number included.
func cjkAddressAt(s string, p, d int) (start, end int, ok bool) {
	e := digitsEnd(s, d)
	prev, _ := utf8.DecodeRuneInString(s[p:])
	switch {
	case hasAnyPrefix(s[e:], cjkBuildingUnits):
		if strings.HasPrefix(s[e:], "室") && e+len("室") < len(s) && isDigit(s[e+len("室")]) {
			return 0, 0, false // "3室1厅": three rooms and a hall, a flat's layout
		}
	case strings.HasPrefix(s[e:], "号") && strings.ContainsRune(cjkRoadEnds, prev):
	case blockNumberEnd(s, d) > e && unicode.Is(unicode.Han, prev):
		// "西新宿1-2-3": a Japanese block, lot and building number.
		end = blockNumberEnd(s, d)
		return cjkNameStart(s, p+utf8.RuneLen(prev)), end, true
	default:
		return 0, 0, false
	}
	end = cjkUnitsEnd(s, d)
	return cjkNameStart(s, p+utf8.RuneLen(prev)), end, true
}

// cjkUnitsEnd reads numbers and their units from d on ("5栋2单元301室", "2丁目8番1号") and
// returns where the last unit ends.
func cjkUnitsEnd(s string, d int) int {
	end := d
	for d < len(s) && isDigit(s[d]) {
		e := digitsEnd(s, d)
		u := unitPrefix(s[e:], cjkChainUnits)
		if u == "" {
			u = unitPrefix(s[e:], cjkBuildingUnits)
		}
		if u == "" {
			break
		}
		end = e + len(u)
		if end < len(s) && s[end] == '-' && end+1 < len(s) && isDigit(s[end+1]) {
			end = digitsEnd(s, end+1) // "8番1-302": lot and room
		}
		d = end
	}
	return end
}

// cjkNameStart walks back from e over the name a number follows: up to eight Han or
// katakana characters, stopping at cjkNameStops.
func cjkNameStart(s string, e int) int {
	a := e
	for k := 0; k < 8 && a > 0; k++ {
		r, w := utf8.DecodeLastRuneInString(s[:a])
		if !(unicode.Is(unicode.Han, r) || isKatakanaLetter(r)) || strings.ContainsRune(cjkNameStops, r) {
			// A unit that ends the name itself stays with it ("光明路", "朝阳小区").
			if a == e && strings.ContainsRune(cjkRoadEnds, r) {
				a -= w
				continue
			}
			break
		}
		a -= w
	}
	return a
}

// blockNumberEnd reads a Japanese block number "1-2-3" or "1-2" followed by 号 from d, and
// returns its end, or d when there is none. Its parts are of one to three digits, the first
// no 0: "090-1234-5678" is a phone number.
func blockNumberEnd(s string, d int) int {
	if s[d] == '0' {
		return d
	}
	e := digitsEnd(s, d)
	parts := 1
	for e+1 < len(s) && s[e] == '-' && isDigit(s[e+1]) {
		f := digitsEnd(s, e+1)
		if f-e-1 > 3 {
			return d
		}
		e = f
		parts++
	}
	if digitsEnd(s, d)-d > 3 {
		return d
	}
	switch {
	case parts >= 3:
		return e
	case parts == 2 && strings.HasPrefix(s[e:], "号"):
		return e + len("号")
	}
	return d
}

// postalCodeEnd reads a Japanese postal code (123-4567) after 〒 at i, and returns its end,
// or 0.
func postalCodeEnd(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	e := digitsEnd(s, i)
	if e-i != 3 || e+5 > len(s) || s[e] != '-' {
		return 0
	}
	if f := digitsEnd(s, e+1); f-e-1 == 4 {
		return f
	}
	return 0
}

// accountAfterCue says whether the CJK text just before i ends with an account word and an
// account number of six to eight digits follows (after 預金, a colon or spaces); it returns
// the number's end.
func accountAfterCue(s string, i int) (int, bool) {
	cue := false
	for _, c := range cjkAccountCues {
		if strings.HasSuffix(s[:i], c) {
			cue = true
			break
		}
	}
	if !cue {
		return 0, false
	}
	j := i
	for j < len(s) {
		switch {
		case s[j] == ' ' || s[j] == ':':
			j++
			continue
		case strings.HasPrefix(s[j:], "："):
			j += len("：")
			continue
		}
		break
	}
	e := digitsEnd(s, j)
	if n := e - j; n < 6 || n > 8 || e < len(s) && (isDigit(s[e]) || s[e] == '-') {
		return 0, false
	}
	return e, true
}

// digitsEnd returns the end of the ASCII digits starting at d.
func digitsEnd(s string, d int) int {
	for d < len(s) && isDigit(s[d]) {
		d++
	}
	return d
}
