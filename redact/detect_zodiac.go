package redact

import "strings"

func init() { register(zodiacDetector{}) }

// zodiacDetector reads a year named by its zodiac animal in English ("born in the year of
// the rooster") and in Chinese ("属鸡", "鸡年"): with an age or a decade it gives the year of
// birth outright, as the Korean "닭띠" does (the dates detector reads that one). After
// "born" or "birth" it is a year of birth; else a year.
type zodiacDetector struct{}

func (zodiacDetector) name() string { return "date" }

// zodiacAnimals are the twelve animals as English names them (both names of the goat).
var zodiacAnimals = []string{"rat", "ox", "tiger", "rabbit", "hare", "dragon", "snake", "horse",
	"goat", "sheep", "ram", "monkey", "rooster", "dog", "pig", "boar"}

// hanZodiacAnimals are the twelve animals in Chinese characters, simplified and traditional.
const hanZodiacAnimals = "鼠牛虎兔龙龍蛇马馬羊猴鸡雞狗猪豬"

// zodiacAnchors are the animals, found with the text's other anchor words.
var zodiacAnchors = newAnchorTable(set(zodiacAnimals...))

func (zodiacDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	s := t.Fold
	out := t.candidateRoom()
	const cue = "year of the "
	for _, p := range zodiacAnchors.find(t)[0] {
		if p < len(cue) || s[p-len(cue):p] != cue {
			continue
		}
		at := p - len(cue)
		if at > 0 && isASCIIWordByte(s[at-1]) {
			continue
		}
		end := p
		for end < len(s) && s[end] >= 'a' && s[end] <= 'z' {
			end++
		}
		if at >= 4 && s[at-4:at] == "the " && (at == 4 || !isASCIIWordByte(s[at-5])) {
			at -= 4 // "born in the year of the dog": "born in [a birth year]"
		}
		_, birth := cueBefore(s, at, 30, birthCues) // as the dates detector reads "born"
		out = append(out, zodiacCandidate(t, at, end, birth))
	}
	if !t.isASCII() {
		out = hanZodiac(t, out)
	}
	return out
}

// hanZodiac reads 属 and an animal ("我属鸡", "屬狗"), a year of birth, and an animal and 年
// after "born" ("鸡年出生"), in t.Norm.
func hanZodiac(t *Text, out []Candidate) []Candidate {
	s := t.Norm
	for _, cue := range [...]string{"属", "屬"} {
		for i := 0; ; {
			k := strings.Index(s[i:], cue)
			if k < 0 {
				break
			}
			at := i + k
			i = at + len(cue)
			if r, w := decodeRune(s[i:]); w > 0 && strings.ContainsRune(hanZodiacAnimals, r) {
				out = append(out, zodiacCandidate(t, at, i+w, true))
				i += w
			}
		}
	}
	return out
}

// zodiacCandidate is the candidate of a zodiac year at [a, b) of Norm: a year of birth when
// birth says so.
func zodiacCandidate(t *Text, a, b int, birth bool) Candidate {
	if birth {
		return t.cand(a, b, BirthDate, "zodiac birth year", "a zodiac animal, which gives the birth year", 0.8)
	}
	return t.cand(a, b, Date, "zodiac year", "a year named by its zodiac animal", 0.7)
}
