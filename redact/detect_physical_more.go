package redact

import "strings"

// Physical traits the physicalDetector's marks and measures leave out: teeth ("a gold front
// tooth", "a missing front tooth"), handedness, posture ("a hunched back"), height by
// comparison ("taller than everyone, almost two metres"), and in Korean, marks on a named
// body part ("왼쪽 팔에 큰 화상 자국", "눈썹 위에 흉터") and a part that is missing ("오른쪽 귀가
// 반쯤 없어요"). A village recognises a man by these long after it forgets his name.

func init() { register(traitDetector{}) }

type traitDetector struct{}

func (traitDetector) name() string { return "physical" }

// toothWords describe a tooth that people remember.
var toothWords = map[string]bool{"gold": true, "golden": true, "silver": true, "steel": true, "metal": true,
	"broken": true, "missing": true, "false": true, "chipped": true, "crooked": true}

// postureTraits are two-word traits ("hunched back") and one-word ones ("hunchback").
var postureTraits = map[string]bool{"hunched back": true, "hunchback": true, "humpback": true, "cleft lip": true,
	"harelip": true, "cross-eyed": true, "cross eyed": true, "club foot": true, "clubfoot": true, "glass eye": true,
	"left-handed": true, "left handed": true, "right-handed": false, "bow-legged": true, "pockmarked": true}

func (traitDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	c := newWordScan(t)
	out := t.candidateRoom()
	// The Hangul words looked at are those koreanTrait's own first test lets through (most
	// fail it): the word class clsKoreanTrait says which.
	const mask = clsPhysical | clsKoreanTrait
	for i := c.next(0, mask); i < len(c.ws); i = c.next(i+1, mask) {
		w := c.w(i)
		if c.cls[i]&clsHangul != 0 {
			if s, e, rule := koreanTrait(&c, i); rule != "" {
				out = append(out, t.cand(s, e, Physical, rule, "a mark or a missing part of a named body part", 0.75))
				for i+1 < len(c.ws) && c.ws[i+1].start < e {
					i++
				}
			}
			continue
		}
		// "a gold front tooth", "one missing tooth", "a broken front tooth".
		if toothWords[w] {
			k := i + 1
			if c.w(k) == "front" && c.joined(k) {
				k++
			}
			if n := c.w(k); (n == "tooth" || n == "teeth") && c.joined(k) {
				start := i
				if a := c.w(i - 1); (a == "a" || a == "one" || a == "two" || a == "his" || a == "her" || a == "my") && c.joined(i) {
					start = i - 1
				}
				out = append(out, c.emit(start, k, Physical, "tooth", "a tooth described by its metal, gap or damage", 0.75))
				i = k
				continue
			}
		}
		// "a hunched back", "left-handed".
		if two := w + " " + c.w(i+1); postureTraits[two] && c.joined(i+1) {
			out = append(out, c.emit(i, i+1, Physical, "posture or build", "a trait of posture, build or handedness", 0.7))
			i++
			continue
		} else if two := w + "-" + c.w(i+1); postureTraits[two] && c.s[c.ws[i].end:c.ws[i+1].start] == "-" {
			out = append(out, c.emit(i, i+1, Physical, "posture or build", "a trait of posture, build or handedness", 0.7))
			i++
			continue
		}
		if postureTraits[w] {
			out = append(out, c.emit(i, i, Physical, "posture or build", "a trait of posture, build or handedness", 0.7))
			continue
		}
		// "taller than everyone, almost two metres", "shorter than all of us".
		if (w == "taller" || w == "shorter") && c.w(i+1) == "than" && c.joined(i+1) {
			end := min(i+2, len(c.ws)-1) // "taller than" may end the text
			if c.w(end) == "all" && c.w(end+1) == "of" {
				end = min(end+2, len(c.ws)-1)
			}
			if end+1 < len(c.ws) && c.joined(end+1) {
				if j, ok := c.heightAfter(end + 1); ok {
					end = j
				}
			}
			out = append(out, c.emit(i, end, Physical, "height by comparison", "a comparison of height", 0.7))
			i = end
		}
	}
	return out
}

// heightAfter reads "almost two metres", "1.9 m", "about 190 cm" from word k.
func (c *wordScan) heightAfter(k int) (int, bool) {
	if approximators[c.w(k)] && c.joined(k+1) {
		k++
	}
	j, ok := c.number(k)
	if !ok {
		return 0, false
	}
	switch c.w(j + 1) {
	case "metres", "meters", "metre", "meter", "m", "cm", "centimetres", "centimeters", "feet", "foot":
		if c.joined(j + 1) {
			return j + 1, true
		}
	}
	return 0, false
}

// koreanMarks are marks on the body; koreanBodyParts the parts a mark or a loss is on.
// "화상" is a burn, and a video call too ("화상으로 만났다"): a mark only on a body part with
// "에" ("왼팔에 화상이"). The names a village gives a one-eyed, hunchbacked, harelipped or
// lame man ("애꾸눈", "곱사등이", "언청이", "절름발이") need no body part.
var koreanMarks = []string{"흉터", "화상 자국", "화상자국", "화상", "자국", "문신", "반점", "금니", "의수", "의족",
	"애꾸눈", "외눈박이", "곱사등", "언청이", "절름발이"}

// koreanTraitFirst holds the first syllables of the marks and of "없": a word that begins
// otherwise is neither.
var koreanTraitFirst = firstSyllables(append([]string{"없", "한쪽"}, koreanMarks...))

var koreanBodyParts = []string{"손가락", "발가락", "눈썹", "얼굴", "이마", "다리", "어깨", "가슴", "왼손", "오른손",
	"왼팔", "오른팔", "왼발", "오른발", "팔", "손", "발",
	"귀", "눈", "코", "입술", "볼", "뺨", "목", "등", "배", "턱", "머리", "이"}

// koreanTrait reads a Korean mark or missing part whose mark or "없" is word i; it returns
// the byte span in Fold, or rule "" when word i is none.
func koreanTrait(c *wordScan, i int) (int, int, string) {
	w := c.w(i)
	if !koreanTraitFirst.has(leadSyllable(w)) {
		return 0, 0, "" // every mark, and "없", begins with a syllable of the set
	}
	// "흉터가", "화상 자국이", "금니를": a mark word, with a body part up to four words before.
	for _, m := range koreanMarks {
		// why: every mark begins with a three-byte syllable; most words differ there already.
		if len(w) < 3 || w[:3] != m[:3] {
			continue
		}
		first, _, two := strings.Cut(m, " ")
		if !strings.HasPrefix(w, first) {
			continue
		}
		end := c.ws[i].start + len(first)
		if two {
			if !strings.HasPrefix(c.w(i+1), m[len(first)+1:]) || !c.joined(i+1) {
				continue
			}
			end = c.ws[i+1].start + len(m) - len(first) - 1
		} else if !koreanParticle(w[len(first):]) {
			continue
		}
		if first == "자국" && !strings.HasPrefix(c.w(i-1), "화상") {
			// a bare "자국" (trace) is a mark only on a body part
			if _, ok := c.koreanBodyBefore(i, 2); !ok {
				continue
			}
		}
		if m == "화상" {
			if k, ok := c.koreanBodyBefore(i, 2); !ok || !strings.HasSuffix(c.w(i-1), "에") && !strings.HasSuffix(c.w(k), "에") {
				continue
			}
		}
		start := c.ws[i].start
		if k, ok := c.koreanBodyBefore(i, 4); ok {
			start = c.ws[k].start
		}
		return start, end, "Korean mark"
	}
	// "한쪽 눈이 안 보여요", "한쪽 귀가 안 들려요", "한쪽 눈을 잃었어요": a lost sense or limb.
	if w == "한쪽" {
		if end, ok := c.koreanLostSide(i); ok {
			return c.ws[i].start, end, "Korean lost sense"
		}
		return 0, 0, ""
	}
	// "오른쪽 귀가 반쯤 없어요", "손가락이 두 개 없습니다".
	if strings.HasPrefix(w, "없") {
		if k, ok := c.koreanBodyBefore(i, 3); ok {
			return c.ws[k].start, c.ws[i].end, "Korean missing part"
		}
	}
	return 0, 0, ""
}

// koreanLostSide reads what follows "한쪽" (one side) at word i when it says a sense or a limb
// is lost: an eye, an ear, a leg or an arm with its particle, then "안 보여", "안 들려",
// "보이지 않", "들리지 않", "멀었" or "잃었". It returns the end of the phrase in Fold.
func (c *wordScan) koreanLostSide(i int) (int, bool) {
	part := c.w(i + 1)
	switch part {
	case "눈이", "눈은", "눈을", "귀가", "귀는", "귀를", "다리를", "다리가", "팔을", "팔이":
	default:
		return 0, false
	}
	if !c.joined(i+1) || !c.joined(i+2) {
		return 0, false
	}
	v := c.w(i + 2)
	if v == "안" && c.joined(i+3) && (strings.HasPrefix(c.w(i+3), "보") || strings.HasPrefix(c.w(i+3), "들")) {
		return c.ws[i+3].end, true
	}
	for _, p := range [...]string{"보이지", "들리지", "멀었", "멀어", "잃었", "잃어", "없어", "없었"} {
		if strings.HasPrefix(v, p) {
			return c.ws[i+2].end, true
		}
	}
	return 0, false
}

// koreanBodyBefore finds a body part (with 왼쪽/오른쪽 before it) within n words before word i.
func (c *wordScan) koreanBodyBefore(i, n int) (int, bool) {
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		if !c.joined(k + 1) {
			return 0, false
		}
		w := c.w(k)
		for _, b := range koreanBodyParts {
			rest, ok := strings.CutPrefix(w, b)
			if !ok || !koreanParticle(rest) && rest != "에" && rest != "위에" {
				continue
			}
			if b == "이" || b == "배" || b == "등" || b == "목" || b == "눈" || b == "머리" {
				// words that are also particles or ordinary nouns: only with a side before them
				if s := c.w(k - 1); !(s == "왼쪽" || s == "오른쪽") {
					continue
				}
			}
			if s := c.w(k - 1); (s == "왼쪽" || s == "오른쪽" || s == "제" || s == "내") && c.joined(k) {
				k--
			}
			return k, true
		}
	}
	return 0, false
}
