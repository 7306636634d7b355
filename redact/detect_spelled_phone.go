package redact

// A phone number read out digit by digit is transcribed in words: "one-three-eight,
// four-four-seven-one", "공일공 오오이일 팔팔삼사". The digit detectors see no digits there,
// and the age detector took "four-four" for forty-four.

func init() { register(spelledPhoneDetector{}) }

type spelledPhoneDetector struct{}

func (spelledPhoneDetector) name() string { return "phone" }

// englishDigitWords are the words of digits read out one at a time.
var englishDigitWords = map[string]int{"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3,
	"four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}

// englishDigitSet holds the words of englishDigitWords, probed with the hashes of the text's
// words (wordScan.inSet): the other words of a run are turned away without a map lookup.
var englishDigitSet = newWordTable(func() map[string]bool {
	m := map[string]bool{}
	for w := range englishDigitWords {
		m[w] = true
	}
	return m
}())

// isSinoDigitSyllable says whether r is a Sino-Korean digit a number is read out with (공
// and 영 for 0): a bit of a table, where a switch over the twelve was a search whose
// branches went as the text's syllables did.
func isSinoDigitSyllable(r rune) bool { return sinoDigitSyllables.has(r) }

var sinoDigitSyllables = firstSyllables([]string{"공", "영", "일", "이", "삼", "사", "오", "육", "륙", "칠", "팔", "구"})

// minSpelledDigits are the digits a run needs to be read as a phone number: seven in
// English words ("four-four-seven-one" alone is no number), nine in Korean syllables, where
// everyday words are made of digit syllables too (사이, 오이, 이사).
const (
	minSpelledDigits       = 7
	minSpelledKoreanDigits = 9
)

func (spelledPhoneDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	var out []Candidate
	c := newWordScan(t)
	s, ws := c.s, c.ws
	// A run starts at a number, a number word or a Hangul word (its classes): most words are
	// passed over without a look.
	const starts = clsDigit | clsNumberWord | clsHangul
	for i := c.next(0, starts); i < len(ws); i = c.next(i+1, starts) {
		if c.cls[i]&clsHangul != 0 {
			if !isSinoDigitSyllable(wellFormedSyllable(s[ws[i].start:])) {
				continue
			}
		}
		start, digits, spelled, korean := ws[i].start, 0, 0, false
		counting := true // "one, two, three, four, ...": a count, not a number
		last := -1
		end, j := -1, i
		for ; j < len(ws); j++ {
			if j > i && !digitGap(s[ws[j-1].end:ws[j].start]) {
				break
			}
			w := s[ws[j].start:ws[j].end]
			// englishDigitWords are number words (clsNumberWord) but "oh": the class turns
			// the other words away before the set is probed.
			if (c.cls[j]&clsNumberWord != 0 || w == "oh") && c.inSet(englishDigitSet, j) {
				d := englishDigitWords[w]
				counting = counting && (last < 0 || d == last+1)
				digits, spelled, end, last = digits+1, spelled+1, ws[j].end, d
				continue
			}
			counting = false
			if c.digitsAt(j) {
				digits, end = digits+len(w), ws[j].end
				continue
			}
			// Korean: a word of digit syllables, or one with a particle after them
			// ("팔팔삼사예요"), which ends the run.
			n, size := sinoDigitPrefix(w)
			if n == 0 {
				break
			}
			digits, spelled, korean, end = digits+n, spelled+n, true, ws[j].start+size
			if size < len(w) {
				// "공일공에 삼사오육에 칠팔구공": 에 joins the groups as a number is read
				// out, and the run goes on.
				if w[size:] == "에" && j+1 < len(ws) {
					if isSinoDigitSyllable(wellFormedSyllable(s[ws[j+1].start:])) {
						continue
					}
				}
				j++
				break
			}
		}
		// The words must be most of it: a number in digits and a word after it ("010 1234 5678
		// 이에요", "... one more time") is the digit detectors' to take, without the word.
		need, spelledNeed := minSpelledDigits, 3
		if korean {
			need, spelledNeed = minSpelledKoreanDigits, minSpelledKoreanDigits
		}
		if spelled >= spelledNeed && digits >= need && digits <= 15 && !counting {
			out = append(out, t.cand(start, end, Phone, "digits read out in words", "a run of digits spelled out one by one", 0.85))
			i = j - 1
		}
	}
	return out
}

// digitGap says whether the text between two words of a number read out can be inside it:
// hyphens, spaces and commas, on one line.
func digitGap(g string) bool {
	for k := 0; k < len(g); k++ {
		if c := g[k]; c != '-' && c != ' ' && c != ',' {
			return false
		}
	}
	return len(g) > 0
}

// sinoDigitPrefix returns how many Sino-Korean digit syllables w starts with and their size
// in bytes. A syllable is read by wellFormedSyllable, without a general UTF-8 decode: it
// gives the syllable a decode would, and -1 for any other rune, none of them a digit.
func sinoDigitPrefix(w string) (n, size int) {
	for size < len(w) && isSinoDigitSyllable(wellFormedSyllable(w[size:])) {
		n, size = n+1, size+3
	}
	return n, size
}
