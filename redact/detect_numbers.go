package redact

import (
	"iter"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Ages, sums of money and household counts: the numbers that match a story to a family
// ("a 35-year-old woman", "20,000 yuan last month", "three children").

func init() {
	register(ageDetector{})
	register(moneyDetector{})
	register(quantityDetector{})
}

// number reads a number starting at word i: digits ("35", "20,000", "2.7"), or number
// words ("thirty-five", "three"). It returns the last word of the number.
//
// A word is all digits (isAllDigits) when its flags say it holds ASCII digits and nothing
// else: the only ASCII bytes of a word are letters and digits (wordByteKind).
func (c *wordScan) number(i int) (int, bool) {
	if uint(i) >= uint(len(c.ws)) {
		return i, false // c.w(i) is ""
	}
	if fl := c.t.wordFlags[:len(c.ws)]; fl[i] == wordDigits {
		j := i
		// "20,000", "2.7", "20 000", "1.000.000"
		for j+1 < len(c.ws) && fl[j+1] == wordDigits {
			g := c.s[c.ws[j].end:c.ws[j+1].start]
			if n := c.ws[j+1].end - c.ws[j+1].start; (g == "," || g == "." || g == " " && n == 3) && n <= 3 {
				j++
				continue
			}
			break
		}
		return j, true
	}
	if c.numberWordAt(i) {
		j := i
		for {
			if c.numberWordAt(j+1) && c.joined(j+1) || c.w(j+1) == "and" && c.numberWordAt(j+2) {
				j++
				continue
			}
			break
		}
		return j, true
	}
	return i, false
}

// inSet is set's value of word k of the text (false out of range): the Go map the set was
// made from (newWordTable), probed with the hash the Text made of the word once
// (wordHashes). Most words are turned away by the set's filter, without the hashing and
// probing a map lookup of c.w(k) costs every detector that asks.
func (c *wordScan) inSet(set *wordTable[bool], k int) bool {
	if uint(k) >= uint(len(c.ws)) {
		return false // c.w(k) is "", in no set
	}
	h := c.t.hashes[k]
	return set.mayHold(h) && set.get(h, c.s[c.ws[k].start:c.ws[k].end])
}

// numberWordAt is isNumberWord(c.w(k)), read from the word's class: the lexicon gives
// clsNumberWord to the words of numberWords but "a" and "an", which isNumberWord refuses.
func (c *wordScan) numberWordAt(k int) bool {
	return k >= 0 && k < len(c.cls) && c.cls[k]&clsNumberWord != 0
}

// kinOwnerAt is kinOwners[c.w(k)], read from the word's class (clsKinOwner: its words).
func (c *wordScan) kinOwnerAt(k int) bool {
	return k >= 0 && k < len(c.cls) && c.cls[k]&clsKinOwner != 0
}

func isNumberWord(w string) bool {
	// Most words fail the length or first-letter test and skip the map lookup.
	if !numberWordShape.mayHold(w) {
		return false
	}
	_, ok := numberWords[w]
	return ok && w != "a" && w != "an"
}

// numberWordShape lets isNumberWord skip the numberWords lookup for most words.
var numberWordShape = newWordShape(maps.Keys(numberWords))

// wordShape is the lengths and first bytes of a word list: a word outside them is not in
// the list, found without hashing it. Built once, then only read.
type wordShape struct {
	minLen, maxLen int
	first          [256]bool
}

func newWordShape(words iter.Seq[string]) *wordShape {
	s := &wordShape{minLen: -1}
	for w := range words {
		if w == "" {
			panic("redact: an empty word in a word list")
		}
		if s.minLen < 0 || len(w) < s.minLen {
			s.minLen = len(w)
		}
		s.maxLen = max(s.maxLen, len(w))
		s.first[w[0]] = true
	}
	return s
}

// mayHold says whether w has the length and first byte of some word of the list.
func (s *wordShape) mayHold(w string) bool {
	return len(w) >= s.minLen && len(w) <= s.maxLen && len(w) > 0 && s.first[w[0]]
}

type ageDetector struct{}

func (ageDetector) name() string { return "age" }

var ageNouns = map[string]bool{}

func init() {
	for _, m := range []map[string]bool{femaleWords, maleWords, personNouns} {
		for k := range m {
			if k != "she" && k != "he" && k != "her" && k != "his" {
				ageNouns[k] = true
			}
		}
	}
}

// atStopWords follow "at N" when N is not an age ("at 5 o'clock", "at 17:00", "at 30 km").
var atStopWords = map[string]bool{"o": true, "am": true, "pm": true, "km": true, "kilometres": true,
	"kilometers": true, "metres": true, "meters": true, "m": true, "percent": true, "degrees": true,
	"hours": true, "minutes": true, "yuan": true, "won": true, "dollars": true, "people": true}

// clockAfter says whether s, the text right after a number, starts with "a.m." or "p.m."
// (with or without a space): "at 6 a.m." is a time of day, no age.
func clockAfter(s string) bool {
	s = strings.TrimPrefix(s, " ")
	return len(s) >= 3 && (s[0] == 'a' || s[0] == 'p' || s[0] == 'A' || s[0] == 'P') && s[1] == '.' && (s[2] == 'm' || s[2] == 'M')
}

func (ageDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	c := newWordScan(t)
	out := t.candidateRoom()
	// The words looked at: those of the age classes, and the words before one that starts
	// with "살" (clsKoreanSal). The other Hangul words cannot start an age: they have no
	// digit for counterLen, and no "살" after them.
	const mask = clsDigit | clsNumberWord | clsAge
	salAt := -1 // the last beforeSal answer
	nextWord := func(i int) int {
		if salAt < i {
			salAt = c.beforeSal(i)
		}
		return min(c.next(i, mask), salAt)
	}
	for i := nextWord(0); i < len(c.ws); i = nextWord(i + 1) {
		w := c.w(i)
		// Korean: "35세", "열일곱 살", "17살". Both need a character that is not ASCII (its
		// flags): the other words are no Korean age.
		korean := c.t.wordFlags[i]&wordOther != 0
		if korean {
			if n := counterLen(w, []string{"세", "살"}); n > 0 {
				n += koreanAgeTailLen(w[:n], w[n:]) // "17살이었어요": the copula's head may go too
				out = append(out, c.ageOrGap(t.cand(c.ws[i].start, c.ws[i].start+n, Age, "Korean age (세/살)", "number with an age counter", 0.85), i, i))
				continue
			}
		}
		// "열두 살", "예순여덟 살": native Korean numerals, then the counter as its own word.
		if korean && koreanNumeral(w) && c.joined(i+1) && strings.HasPrefix(c.w(i+1), "살") {
			n := len("살") + koreanAgeTailLen(c.s[c.ws[i].start:c.ws[i+1].start+len("살")], c.w(i + 1)[len("살"):])
			out = append(out, c.ageOrGap(t.cand(c.ws[i].start, c.ws[i+1].start+n, Age, "Korean age (numeral 살)", "native numeral with the age counter 살", 0.85), i, i+1))
			i++
			continue
		}
		// "62 살": digits, a space, then the counter as its own word (an English sentence
		// that says the age the Korean way: "우리 엄마 is 62 살").
		if !korean && c.gap(i+1) == " " && c.digitsAt(i) && len(w) <= 3 && salAgeWord(c.w(i+1)) {
			out = append(out, t.cand(c.ws[i].start, c.ws[i+1].start+len("살"), Age, "Korean age (N 살)", "number with the age counter 살", 0.85))
			i++
			continue
		}
		if c.cls[i]&clsHangul != 0 {
			continue // a word that starts with Hangul is no English number and no "aged"
		}
		// "aged 35", "age 35", "at the age of 35".
		if w == "aged" || w == "age" {
			k := i + 1
			if c.w(k) == "of" || w == "aged" && c.w(k) == "between" {
				k++ // "at the age of 35", "aged between 9 and 12"
			}
			// "Age: 23", as a form or a caption writes it.
			if j, ok := c.number(k); ok && (c.joined(k) || w == "age" && k == i+1 && c.gap(k) == ": ") {
				start := i
				if w == "age" && c.w(i-1) == "the" && c.w(i-2) == "at" {
					start = i - 2
				} else if k == i+1 && c.gap(k) == ": " {
					start = k // "Age: 23": the label stays, the number goes
				} else if w == "age" && c.w(i-1) == "at" && c.joined(i) {
					start = i - 1 // "at age 23": the "at" goes with it ("in my 20s", "as a teenager")
				}
				out = append(out, c.emit(start, j, Age, quoteCue(w)+" N", "number after "+quoteCue(w), 0.9))
				i = j
				continue
			}
		}
		// "12yo", as lists and captions write an age.
		if d := leadingDigits(w); d >= 1 && d <= 3 && w[d:] == "yo" {
			out = append(out, c.emit(i, i, Age, "N y/o", "number followed by \"yo\" (years old)", 0.9))
			continue
		}
		j, ok := c.number(i)
		if !ok {
			continue
		}
		n := c.w(j + 1)
		// "71 y/o", "71 y.o.", "71 yo".
		if c.joined(j+1) && (n == "yo" || n == "y" && c.w(j+2) == "o" && (c.gap(j+2) == "/" || c.gap(j+2) == ".")) {
			end := j + 1
			if n == "y" {
				end = j + 2
			}
			out = append(out, c.emit(i, end, Age, "N y/o", "number followed by \"y/o\" (years old)", 0.9))
			i = end
			continue
		}
		// "35-year-old", "35 years old", "35-year-old woman", "a 35-year-old".
		if (n == "year" || n == "years" || n == "yr" || n == "yrs") && c.joined(j+1) {
			k := j + 2
			if c.w(k) == "old" && c.joined(k) {
				end := k
				if ageNouns[c.w(k+1)] && c.joined(k+1) {
					end = k + 1
				}
				start := i
				if a := c.w(i - 1); (a == "a" || a == "an") && end > k {
					start = i - 1
				}
				out = append(out, c.emit(start, end, Age, "N-year-old", "number followed by \"year(s) old\"", 0.95))
				i = end
				continue
			}
			if c.w(k) == "of" && c.w(k+1) == "age" {
				out = append(out, c.emit(i, k+1, Age, "N years of age", "number followed by \"years of age\"", 0.95))
				i = k + 1
				continue
			}
		}
		// "eleven months old": a baby's age.
		if (n == "months" || n == "month" || n == "weeks") && c.joined(j+1) && c.w(j+2) == "old" && c.joined(j+2) {
			out = append(out, c.emit(i, j+2, Age, "N months old", "number followed by \"months old\"", 0.9))
			i = j + 2
			continue
		}
		// "I am twenty.", "she is seventy and ...", "he was 35 when ...": a bare number after
		// a copula, at the end of the clause.
		p := c.w(i - 1)
		// "He's 45 now": the copula written short after he or she.
		heIs := p == "s" && (c.w(i-2) == "he" || c.w(i-2) == "she")
		if (p == "am" || p == "is" || p == "was" || p == "m" || heIs) && c.joined(i) && !thingNounSubjects[c.w(i-2)] {
			v, _ := firstNumber(c.s[c.ws[i].start:c.ws[j].end])
			after := ""
			if j+1 < len(c.ws) {
				after = c.s[c.ws[j].end:c.ws[j+1].start]
			}
			// "The fee was 30%": a share, no age.
			if v >= 1 && v <= 110 && !strings.HasPrefix(c.s[c.ws[j].end:], "%") && (j+1 == len(c.ws) || strings.ContainsAny(after, ".,;:!?") ||
				n == "and" || n == "now" || n == "then" || n == "when" || n == "at" || n == "this") {
				out = append(out, c.emit(i, j, Age, "copula + N", copulaAgeReason(p), 0.6))
				i = j
				continue
			}
		}
		// "my father, now 71, is sick", "she is now 68.": a bare number after "now" that
		// follows a comma or a copula, at the end of the clause.
		if p == "now" && c.joined(i) && i >= 2 {
			v, _ := firstNumber(c.s[c.ws[i].start:c.ws[j].end])
			after, before := "", c.s[c.ws[i-2].end:c.ws[i-1].start]
			if j+1 < len(c.ws) {
				after = c.s[c.ws[j].end:c.ws[j+1].start]
			}
			b := c.w(i - 2)
			if v >= 1 && v <= 110 && (j+1 == len(c.ws) || strings.ContainsAny(after, ".,;:!?")) &&
				(strings.Contains(before, ",") || b == "is" || b == "was" || b == "am" || b == "m" || b == "are" || b == "s") {
				out = append(out, c.emit(i, j, Age, `"now" N`, `a bare number after "now" at the end of a clause`, 0.6))
				i = j
				continue
			}
		}
		if (p == "at" || p == "turned" || p == "was" && c.w(i-3) == "when") && c.joined(i) && j == i {
			v, _ := firstNumber(c.w(i))
			// "My son turned two": after "turned" a small number is an age too.
			if (v >= 3 || p == "turned" && v >= 1) && v <= 99 && !atStopWords[n] && !(j+1 < len(c.ws) && c.s[c.ws[j].end] == ':') &&
				!clockAfter(c.s[c.ws[j].end:]) && !(p == "at" && v <= 12 && c.timeOfDayAt(i, j)) &&
				!c.digitsAt(j+1) && (n == "" || !ageNounsBlock[n]) &&
				!(p == "at" && c.upper(j+1) && c.joined(j+1) && !subjectPronouns[n]) &&
				!(p == "at" && !c.atAgeContext(i, j)) {
				score := 0.55
				if p != "at" {
					score = 0.65
				}
				rule, reason := bareAgeLabels(p)
				out = append(out, c.emit(i-1, j, Age, rule, reason, score))
				i = j
				continue
			}
		}
	}
	// "예순여덟이에요", "여든둘이세요", "스물셋 때": an age of twenty or more in native
	// numerals, said with a copula or before 때 ("when"), without the counter. These words
	// have no number class: the Hangul words are read, by their first syllable.
	for i := c.next(0, clsHangul); i < len(c.ws); i = c.next(i+1, clsHangul) {
		w := c.w(i)
		// Each age below starts with a numeral or a birthday: most Hangul words are turned
		// away by their first syllable.
		if !koreanAgeFirst.has(leadSyllable(w)) {
			continue
		}
		// "스무살이었어요", "일곱살이에요": a native numeral with the counter 살 glued to it
		// (the spaced "스무 살" is read above).
		if k := strings.Index(w, "살"); k >= 3 && koreanNumeral(w[:k]) && salAgeWord(w[k:]) {
			k += len("살")
			k += koreanAgeTailLen(w[:k], w[k:])
			out = append(out, c.ageOrGap(t.cand(c.ws[i].start, c.ws[i].start+k, Age, "Korean age (numeral 살)", "native numeral with the age counter 살", 0.85), i, i))
			continue
		}
		n := nativeAgeLen(w)
		// "되셨어요", "됐어요": an age one has reached ("여든다섯 되셨어요").
		eaten := c.joined(i+1) && (c.w(i+1) == "때" || strings.HasPrefix(c.w(i+1), "먹") ||
			c.gap(i+1) == " " && hasAnyPrefix(c.w(i+1), []string{"되", "됐", "됩"}))
		// The person whose age it is, as the subject just before it or one adverb before
		// it: "누이는 열아홉이에요", "그때 저는 열아홉이었어요", "딸이 이제 여덟이에요".
		now := koreanAgeAdverbs[c.w(i-1)] && c.joined(i-1) && (kinSubject(c.w(i-2)) || selfSubject(c.w(i-2)))
		person := c.joined(i) && (kinSubject(c.w(i-1)) || selfSubject(c.w(i-1)) || now)
		if n == 0 && (person || eaten) {
			// A teenager's age, said of a relative or oneself ("열둘이에요" alone may count
			// anything); a child's, in a numeral under ten, only with a word of time between
			// ("딸이 둘이에요" counts daughters).
			n = nativeTeenLen(w)
			if n == 0 && now && c.joined(i) {
				n = nativeUnitLen(w)
			}
		}
		// "형은 스물다섯, 저는 스물둘이에요": the numeral alone before a comma, of a person.
		if n > 0 && n == len(w) && person && strings.HasPrefix(c.gap(i+1), ",") {
			out = append(out, t.cand(c.ws[i].start, c.ws[i].start+n, Age, "Korean age (numeral + copula)", "native numeral said as someone's age", 0.7))
			continue
		}
		if n == 0 {
			// "열여덟에 군대에 갔어요": a teen numeral with 에 and no counter is the age at
			// which ("열에 아홉", nine in ten, has no teen numeral).
			if k := nativeTeenLen(w); k > 0 && w[k:] == "에" {
				n = k
			}
		}
		// After the numeral: a copula, 에 ("마흔둘에 나왔어요", at forty-two), 인 ("쉰여섯인
		// 언니", who is fifty-six), or alone before 때 or a form of 먹다 ("열일곱 먹었을 때":
		// a year of age is "eaten").
		if n > 0 && (koreanCopulaEndings[w[n:]] || w[n:] == "에" || w[n:] == "인" ||
			n == len(w) && eaten) {
			n += koreanAgeTailLen(w[:n], w[n:])
			out = append(out, t.cand(c.ws[i].start, c.ws[i].start+n, Age, "Korean age (numeral + copula)", "native numeral said as someone's age", 0.7))
			continue
		}
		// "환갑", "칠순 잔치": the birthdays that name an age (60, 70, 80, 90).
		for _, b := range ageBirthdays {
			if strings.HasPrefix(w, b.word) {
				n := len(b.word) + koreanAgeTailLen(b.word, w[len(b.word):])
				out = append(out, t.cand(c.ws[i].start, c.ws[i].start+n, Age, "Korean age birthday", "a birthday that names an age", 0.7))
				break
			}
		}
	}
	return out
}

// atAgeContext says whether "at N" (N is words i..j) can be a time of life. It cannot when
// the word before "at" takes "at" for its object ("good at three things", "looked at
// four"), nor when N counts the noun after it ("at three places", "at two schools"): an age
// stands alone, before punctuation, the end of the text or a word of the closed classes
// ("at nine in 1998", "at 17 I joined", "left at 16 with nothing"). An age word in the
// sentence ("at eleven, when she was a child") keeps the age reading after a noun too.
func (c *wordScan) atAgeContext(i, j int) bool {
	if atObjectWords[c.w(i-2)] && c.joined(i-1) {
		return false
	}
	if c.clauseEnds(j) || !c.joined(j+1) {
		return true
	}
	if n := c.w(j + 1); functionWords[n] || atAgeFollowers[n] {
		return true
	}
	for m := j + 1; m < len(c.ws) && m <= j+8 && !strings.ContainsAny(c.gap(m), ".!?"); m++ {
		if ageCueWords[c.w(m)] {
			return true
		}
	}
	return false
}

// atObjectWords take "at" for their object: "at N" after them is what one is good at or
// looks at, no age.
var atObjectWords = set("good", "bad", "better", "best", "worse", "worst", "great", "poor",
	"excellent", "skilled", "clever", "look", "looks", "looked", "looking", "stare", "stared",
	"staring", "glance", "glanced", "point", "pointed", "pointing", "aim", "aimed", "laugh",
	"laughed", "shout", "shouted", "yell", "yelled", "smile", "smiled", "nod", "nodded")

// atAgeFollowers are words outside functionWords that may follow an age said as "at N"
// ("married at 19 while ...", "left home at 17 alone").
var atAgeFollowers = set("when", "while", "because", "alone", "already", "still", "only", "just",
	"again", "later", "back", "home", "together", "myself", "himself", "herself", "ourselves",
	"themselves", "without", "during", "among", "like", "once", "me", "him", "them", "us", "you",
	"where", "after", "too", "either", "anyway", "nonetheless", "yet")

// dayParts name a part of the day: after "at N" they make N an hour ("at four in the
// morning", "at eleven at night", "at nine tonight").
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true,
	"dawn": true, "noon": true, "midnight": true, "tonight": true, "sharp": true}

// dayPartLinks may stand between the hour and its part of the day ("in the", "the next").
var dayPartLinks = map[string]bool{"in": true, "the": true, "at": true, "this": true, "that": true,
	"every": true, "each": true, "next": true, "same": true, "on": true}

// hourVerbs are done at an hour of the day, not at an age: one calls, meets or arrives "at
// four", and one is not four years old when one does. "back" ("call back at eleven") and an
// object pronoun ("called me at four") may stand between the verb and "at".
var hourVerbs = map[string]bool{"call": true, "calls": true, "called": true, "calling": true,
	"phone": true, "phones": true, "phoned": true, "phoning": true, "ring": true, "rings": true,
	"rang": true, "meet": true, "meets": true, "met": true, "meeting": true, "arrive": true,
	"arrives": true, "arrived": true, "wake": true, "woke": true, "talked": true, "talk": true}

var hourVerbObjects = map[string]bool{"back": true, "me": true, "him": true, "her": true,
	"us": true, "them": true, "you": true, "up": true}

// ageCueWords near "at N" keep N an age even after a verb of the hour ("she met him at
// eleven, when she was a child"): on the safe side.
var ageCueWords = map[string]bool{"age": true, "aged": true, "old": true, "birthday": true,
	"child": true, "young": true, "years": true}

// timeOfDayAt says whether "at N" (N is words i..j, at most twelve) is an hour of the day,
// not an age: a part of the day follows it, or a verb of calling, meeting or arriving comes
// right before "at" and no word of age is near. Without either, "at eleven" stays an age.
func (c *wordScan) timeOfDayAt(i, j int) bool {
	for k := j + 1; k <= j+3 && c.joined(k); k++ {
		if w := c.w(k); dayParts[w] {
			return true
		} else if !dayPartLinks[w] {
			break
		}
	}
	k := i - 2 // the word before "at"
	if hourVerbObjects[c.w(k)] && c.joined(k+1) {
		k--
	}
	if !hourVerbs[c.w(k)] || !c.joined(k+1) {
		return false
	}
	// An age word in the same sentence keeps the age reading.
	for m := k - 1; m >= 0 && m >= k-6 && !strings.ContainsAny(c.gap(m+1), ".!?"); m-- {
		if ageCueWords[c.w(m)] {
			return false
		}
	}
	for m := j + 1; m < len(c.ws) && m <= j+6 && !strings.ContainsAny(c.gap(m), ".!?"); m++ {
		if ageCueWords[c.w(m)] {
			return false
		}
	}
	return true
}

// salAgeWord says whether w, a word that starts with the age counter 살, is the counter
// with a particle or a copula ("살", "살이에요", "살에", "살때"), not the verb 살다 ("살아요",
// "살았어요", "살던") or another noun ("살림").
func salAgeWord(w string) bool {
	rest, ok := strings.CutPrefix(w, "살")
	if !ok {
		return false
	}
	if rest == "" {
		return true
	}
	for _, p := range salAgeRests {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// salAgeRests are the particles, copulas and nouns that follow the age counter 살.
var salAgeRests = []string{"이", "였", "에", "때", "인", "의", "쯤", "정도", "은", "도", "부터", "까지",
	"로", "밖에", "짜리", "난", "먹", "배기", "요", "나", "만", "이나", "씩", "차이", "위", "아래", "연상", "연하"}

// subjectPronouns start the clause after "At 17" ("At 17 I joined"): the capital is the
// pronoun's, not a place's ("at 17 Main Street").
var subjectPronouns = map[string]bool{"i": true, "we": true, "he": true, "she": true, "they": true, "my": true}

// ageNounsBlock are words after "at N" that show N counts something else.
var ageNounsBlock = map[string]bool{"of": true, "st": true, "nd": true, "rd": true, "th": true, "and": true,
	"in": false, "times": true, "times.": true, "years": true, "months": true, "days": true, "weeks": true}

type moneyDetector struct{}

func (moneyDetector) name() string { return "money" }

var currencyNames = map[string]bool{"yuan": true, "rmb": true, "cny": true, "won": true, "krw": true,
	"kpw": true, "dollars": true, "dollar": true, "usd": true, "euros": true, "euro": true, "eur": true,
	"rubles": true, "roubles": true, "ruble": true, "rouble": true, "rub": true, "yen": true, "jpy": true,
	"pounds": true, "gbp": true, "bucks": true, "원": true, "위안": true, "달러": true, "元": true, "块": true,
	// Thai baht and Lao kip: the currencies of the route south through Laos to Thailand.
	"baht": true, "thb": true, "kip": true, "lak": true}

// currencyCountryWords are the words of a country's name that can stand between an amount
// and its currency ("North Korean won", "Chinese yuan").
var currencyCountryWords = map[string]bool{"north": true, "south": true, "korean": true,
	"chinese": true, "us": true, "american": true, "russian": true, "nk": true}

// currencyBefore are codes written before the amount ("USD 2,000", "RMB 5000").
var currencyBefore = map[string]bool{"usd": true, "rmb": true, "cny": true, "krw": true, "kpw": true,
	"eur": true, "gbp": true, "jpy": true, "rub": true, "thb": true, "lak": true}

var moneySymbols = "$¥₩€£₽฿₭" // ฿ baht, ₭ kip

// copulaAgeReason is "a bare number after " + quoteCue(p) + " at the end of a clause" for
// the copulas the age detector reads (p is "am", "is", "was" or "m"), a constant, not a
// string made per match.
func copulaAgeReason(p string) string {
	switch p {
	case "am":
		return `a bare number after "am" at the end of a clause`
	case "is":
		return `a bare number after "is" at the end of a clause`
	case "was":
		return `a bare number after "was" at the end of a clause`
	case "m":
		return `a bare number after "m" at the end of a clause`
	}
	return "a bare number after " + quoteCue(p) + " at the end of a clause"
}

// bareAgeLabels are quoteCue(p) + " N" and "a bare number after " + quoteCue(p), constants
// for the words the age detector reads before a bare age ("at", "turned", "was").
func bareAgeLabels(p string) (rule, reason string) {
	switch p {
	case "at":
		return `"at" N`, `a bare number after "at"`
	case "turned":
		return `"turned" N`, `a bare number after "turned"`
	case "was":
		return `"was" N`, `a bare number after "was"`
	}
	return quoteCue(p) + " N", "a bare number after " + quoteCue(p)
}

// cueReasons maps every word of a cue table to prefix + the quoted word: the reasons a
// detector gives are then built once, not for every match.
func cueReasons(prefix string, words map[string]bool) map[string]string {
	m := make(map[string]string, len(words))
	for w := range words {
		m[w] = prefix + quoteCue(w)
	}
	return m
}

// currencyReasons are the reasons of an amount followed by a currency name.
var currencyReasons = cueReasons("amount followed by ", currencyNames)

func (moneyDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	c := newWordScan(t)
	out := t.candidateRoom()
	// Hangul words too: a Korean sum may be written in Hangul numerals ("오천 위안").
	const mask = clsDigit | clsNumberWord | clsCurrency | clsHangul | clsMultiplier
	var table tableRows
	for i := c.next(0, mask); i < len(c.ws); i = c.next(i+1, mask) {
		w := c.w(i)
		// Korean: "300만 원", "5000원", "1만5천 위안", "오천 위안", "300불" (koreanSumEnd).
		// Only a word with a digit and Hangul, a digit word before a Hangul word, or a Hangul
		// word that starts with a numeral can start one.
		if fl := c.t.wordFlags[i]; fl&wordOther != 0 && (fl&wordDigits != 0 || sinoNumeralStart(w)) ||
			fl == wordDigits && c.groupsBeforeOther(i) {
			st := c.ws[i].start
			end, ok := koreanSumEnd(c.s, st)
			if d := indexDigit(w); !ok && d > 0 && fl&wordOther != 0 {
				// The amount inside a word, after a word glued to it ("약300만원", "我有3万元"):
				// Korean and Chinese may write no space before a number.
				st = c.ws[i].start + d
				end, ok = koreanSumEnd(c.s, st)
			}
			if !ok && i > 0 && c.joined(i) && c.t.wordFlags[i-1]&wordOther != 0 && koreanMoneyWordBefore(c.w(i-1)) {
				st = c.ws[i].start
				end, ok = koreanAmountAfterMoney(c.s, st)
			}
			if ok {
				out = append(out, t.cand(st, end, Money, "Korean amount", "number with a currency word", 0.85))
				for i+1 < len(c.ws) && c.ws[i+1].start < end {
					i++
				}
				continue
			}
		}
		if c.cls[i]&clsHangul != 0 {
			continue // no English number, code or currency
		}
		// Symbol before: "$2,786", "¥5000", "US$ 300", "¥15k" (a thousand written short).
		if digits := c.digitsAt(i); digits || abbreviatedAmount(w) {
			st := c.ws[i].start
			sym := st > 0 && strings.ContainsRune(moneySymbols, lastRune(c.s[:st]))
			if !sym && st > 1 && c.s[st-1] == ' ' && strings.ContainsRune(moneySymbols, lastRune(c.s[:st-1])) {
				sym, st = true, st-1
			}
			if sym {
				j := i
				if digits {
					j, _ = c.number(i)
					if c.decimalShort(j + 1) { // "¥1.5k"
						j++
					}
				}
				if m := c.w(j + 1); isMultiplier(m) && c.joined(j+1) {
					j++
				}
				a := st - len(string(lastRune(c.s[:st])))
				if a >= 2 && c.s[a-2:a] == "us" {
					a -= 2
				}
				out = append(out, t.cand(a, c.groupedEnd(j), Money, "currency symbol", "amount after a currency symbol", 0.9))
				i = j
				continue
			}
		}
		// Code before: "USD 2,000", "RMB 5000".
		// currencyBefore[w], read from the word's class (clsCurrency: its words).
		if c.cls[i]&clsCurrency != 0 && c.digitsAt(i+1) && c.joined(i+1) {
			j, _ := c.number(i + 1)
			if m := c.w(j + 1); isMultiplier(m) && c.joined(j+1) {
				j++
			}
			out = append(out, t.cand(c.ws[i].start, c.groupedEnd(j), Money, "currency code before", "amount after "+quoteCue(w), 0.9))
			i = j
			continue
		}
		// "a million won", "half a million won": the article is the amount.
		if c.cls[i]&clsMultiplier != 0 && c.w(i-1) == "a" && c.joined(i) {
			if k := c.currencyAfter(i + 1); k > 0 {
				a := i - 1
				if c.w(a-1) == "half" && c.joined(a) {
					a--
				}
				out = append(out, c.emit(a, k, Money, "amount + currency", currencyReasons[c.w(k)], 0.85))
				i = k
				continue
			}
		}
		// Amount then currency: "20,000 yuan", "2.7 million won", "three million won", "5,000 RMB".
		j, ok := c.number(i)
		if !ok {
			continue
		}
		// "| 2021-03-04 | 20000 | 6000 |" under "| Date | Sent (yuan) | Fee (yuan) |": a number
		// alone in a Markdown table's cell, in a column whose header names a currency.
		if strings.IndexByte(c.gap(i), '|') >= 0 && c.t.wordFlags[i] == wordDigits &&
			tableMoneyCell(c.s, c.ws[i].start, c.ws[j].end, &table) {
			out = append(out, c.emit(i, j, Money, "amount in a money column", "number in a table column headed by a currency", 0.85))
			i = j
			continue
		}
		// Korean units of ten thousand and a thousand spelled in Latin letters: "2 man yuan",
		// "6.5 man won"; a chain of them is a sum without its currency ("1 man 4 cheon"), one
		// alone is not ("a 2 man team").
		if e, groups := c.romanizedUnits(j + 1); e > j {
			if k := c.currencyAfter(e + 1); k > 0 {
				out = append(out, c.emit(i, k, Money, "romanized Korean amount + currency", currencyReasons[c.w(k)], 0.85))
				i = k
				continue
			}
			if groups >= 2 {
				out = append(out, c.emit(i, e, Money, "romanized Korean amount", "a number in Korean units of ten thousand and a thousand", 0.8))
				i = e
				continue
			}
		}
		// A symbol after the amount, as Russian and European writing put it: "50 000 ₽", "300 €".
		if e := c.ws[j].end; e < len(c.s) && c.s[e] != '\n' {
			if e < len(c.s)-1 && c.s[e] == ' ' {
				e++
			}
			if r, n := utf8.DecodeRuneInString(c.s[e:]); r >= utf8.RuneSelf && strings.ContainsRune(moneySymbols, r) {
				out = append(out, t.cand(c.ws[i].start, e+n, Money, "amount + currency symbol", "amount followed by a currency symbol", 0.85))
				i = j
				continue
			}
		}
		// "5 grand": a thousand dollars, as slang says it.
		if c.w(j+1) == "grand" && c.joined(j+1) {
			out = append(out, c.emit(i, j+1, Money, "amount + grand", `amount followed by "grand"`, 0.85))
			i = j + 1
			continue
		}
		k := j + 1
		for c.inSet(multiplierSet, k) && c.w(k) != "m" && c.joined(k) { // isMultiplier(c.w(k))
			k++
		}
		cur := c.w(k)
		// A country before the currency: "Chinese yuan", "US dollars", "North Korean won".
		if c.inSet(currencyCountrySet, k) { // currencyCountryWords[cur]
			q := k
			if (cur == "north" || cur == "south") && c.w(q+1) == "korean" && c.joined(q+1) {
				q++
			}
			if c.inSet(currencyNameSet, q+1) && c.joined(q+1) {
				k = q + 1
				cur = c.w(k)
			}
		}
		if c.inSet(currencyNameSet, k) && c.joined(k) { // currencyNames[cur]
			// "a million won": take the article too, so the amount reads back.
			out = append(out, c.emit(i, k, Money, "amount + currency", currencyReasons[cur], 0.9))
			i = k
			continue
		}
		// "k" as a suffix inside the word: "20k yuan" is one word "20k".
	}
	// "20k yuan", "5k": number+k in one word before a currency.
	for i := c.next(0, clsDigit); i < len(c.ws); i = c.next(i+1, clsDigit) {
		w := c.w(i)
		if abbreviatedAmount(w) && c.inSet(currencyNameSet, i+1) && c.joined(i+1) {
			a := i
			if c.decimalShort(i) { // "1.5k yuan": the whole number, not "5k"
				a = i - 1
			}
			out = append(out, c.emit(a, i+1, Money, "amount + currency", "abbreviated amount followed by a currency", 0.85))
		}
	}
	return out
}

// groupsBeforeOther says whether the digit word i is the start of a number whose words
// run into a word of other letters: the next word ("300 만원"), or a group of three digits
// glued by a comma or a full stop that has the rest ("1,500,000원을" is the words "1", "500"
// and "000원을"). The sum is read from its first group: a sum read from the last words
// alone would keep the first digits and be the wrong sum.
func (c *wordScan) groupsBeforeOther(i int) bool {
	fl := c.t.wordFlags[:len(c.ws)]
	k := i + 1
	for k < len(fl) && fl[k] == wordDigits && c.ws[k].end-c.ws[k].start == 3 && thousandsGap(c.gap(k)) {
		k++
	}
	if k >= len(fl) || fl[k]&wordOther == 0 {
		return false
	}
	return k == i+1 || fl[k]&wordDigits != 0 && thousandsGap(c.gap(k)) && c.groupHead(k) > 0
}

// thousandsGap says whether g may part the groups of three digits of one number.
func thousandsGap(g string) bool { return g == "," || g == "." }

// groupHead returns the length of the group of three digits word k starts with when other
// letters follow it in the same word ("000원을", "000给了"), or 0.
func (c *wordScan) groupHead(k int) int {
	w := c.w(k)
	if len(w) > 3 && isDigit(w[0]) && isDigit(w[1]) && isDigit(w[2]) && !isDigit(w[3]) && w[3] >= utf8.RuneSelf {
		return 3
	}
	return 0
}

// groupedEnd is the end of the number that ends at word j, past a last group of three
// digits glued by a comma or a full stop to the letters after it ("RMB 30,000给了": the
// words "30" and "000给了"; "₩2.000.000을").
func (c *wordScan) groupedEnd(j int) int {
	if k := j + 1; k < len(c.ws) && c.t.wordFlags[k]&wordDigits != 0 && thousandsGap(c.gap(k)) {
		if h := c.groupHead(k); h > 0 {
			return c.ws[k].start + h
		}
	}
	return c.ws[j].end
}

// tableRows remembers the last Markdown table row tableMoneyCell read and its table's
// header, so that each row finds the header by one step up, not a walk over the table.
type tableRows struct{ row, header int }

// tableMoneyCell says whether s[a:b], a number, fills a cell of a Markdown table ("| 20000 |")
// whose column's header names a currency ("Sent (yuan)", "Fee ($)").
func tableMoneyCell(s string, a, b int, rows *tableRows) bool {
	ls := strings.LastIndexByte(s[:a], '\n') + 1
	p := strings.LastIndexByte(s[ls:a], '|')
	if p < 0 || strings.TrimSpace(s[ls+p+1:a]) != "" || !strings.HasPrefix(strings.TrimLeft(s[ls:a], " "), "|") {
		return false
	}
	if rest := strings.TrimLeft(s[b:], " "); !strings.HasPrefix(rest, "|") {
		return false
	}
	col := strings.Count(s[ls:a], "|")
	// The header: the first of the lines above that start with "|"; a row of the table read
	// before gives it at once.
	h := ls
	if rows.row == ls {
		h = rows.header
	} else {
		for h > 0 {
			prev := strings.LastIndexByte(s[:h-1], '\n') + 1
			if !strings.HasPrefix(strings.TrimLeft(s[prev:h-1], " "), "|") {
				break
			}
			if prev == rows.row {
				h = rows.header
				break
			}
			h = prev
		}
	}
	rows.row, rows.header = ls, h
	he := strings.IndexByte(s[h:], '\n')
	if he < 0 {
		he = len(s) - h
	}
	if h == ls {
		return false // the number is in the header
	}
	cells := strings.Split(s[h:h+he], "|")
	if col >= len(cells) {
		return false
	}
	cell := cells[col]
	if strings.ContainsAny(cell, moneySymbols) || strings.Contains(cell, "원") || strings.Contains(cell, "위안") {
		return true
	}
	for _, w := range strings.FieldsFunc(cell, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if currencyNames[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// romanizedKoreanUnits are the Korean units of a sum as spelled in Latin letters (만 man,
// 천 cheon or chon, 백 baek, 억 eok).
var romanizedKoreanUnits = map[string]float64{"man": 1e4, "cheon": 1e3, "chon": 1e3, "baek": 1e2, "eok": 1e8}

// romanizedUnits reads a romanized Korean unit at word k and the groups of number and unit
// after it ("man 4 cheon"): the last word of the chain and the number of groups, or k-1, 0.
func (c *wordScan) romanizedUnits(k int) (int, int) {
	if tableAt(c, romanizedUnitTable, k) == 0 || !c.joined(k) {
		return k - 1, 0
	}
	groups := 1
	for {
		j, ok := c.number(k + 1)
		if !ok || !c.joined(k+1) || tableAt(c, romanizedUnitTable, j+1) == 0 || !c.joined(j+1) {
			return k, groups
		}
		k, groups = j+1, groups+1
	}
}

// currencyAfter returns the index of a currency name at word k, or after a country's name
// there ("North Korean won", "NK won"), or 0.
func (c *wordScan) currencyAfter(k int) int {
	if c.inSet(currencyCountrySet, k) && c.joined(k) {
		q := k
		if (c.w(q) == "north" || c.w(q) == "south") && c.w(q+1) == "korean" && c.joined(q+1) {
			q++
		}
		if c.inSet(currencyNameSet, q+1) && c.joined(q+1) {
			return q + 1
		}
		return 0
	}
	if k > 0 && c.inSet(currencyNameSet, k) && c.joined(k) {
		return k
	}
	return 0
}

// abbreviatedAmount says whether w is digits with "k" or "m" after them ("15k", "2m"): an
// amount written short, a sum after a currency symbol or before a currency word.
func abbreviatedAmount(w string) bool {
	return len(w) > 1 && (w[len(w)-1] == 'k' || w[len(w)-1] == 'm') && isAllDigits(w[:len(w)-1])
}

// decimalShort says whether word k is the decimals of an amount written short, after a
// decimal point: the "5k" of "1.5k".
func (c *wordScan) decimalShort(k int) bool {
	return k > 0 && abbreviatedAmount(c.w(k)) && c.gap(k) == "." && c.t.wordFlags[k-1] == wordDigits
}

// multiplierShape turns most words away before isMultiplier's map lookup.
var multiplierShape = newWordShape(maps.Keys(multipliers))

// multiplierSet, currencyNameSet and currencyCountrySet are isMultiplier, currencyNames[w]
// and currencyCountryWords[w] for inSet, probed with a word's hash, and romanizedUnitTable
// is romanizedKoreanUnits for tableAt: the money detector asks them of the words after every
// number.
var (
	multiplierSet = newWordTable(func() map[string]bool {
		m := map[string]bool{}
		for w, v := range multipliers {
			m[w] = v != 0
		}
		return m
	}())
	currencyNameSet    = newWordTable(currencyNames)
	currencyCountrySet = newWordTable(currencyCountryWords)
	romanizedUnitTable = newWordTable(romanizedKoreanUnits)
)

// isMultiplier is multipliers[w] != 0.
func isMultiplier(w string) bool { return multiplierShape.mayHold(w) && multipliers[w] != 0 }

func lastRune(s string) rune {
	for i := len(s) - 1; i >= 0 && i >= len(s)-4; i-- {
		if s[i]&0xC0 != 0x80 {
			r, _ := utf8.DecodeRuneInString(s[i:]) // []rune(s[i:])[0], without the slice
			return r
		}
	}
	return 0
}

type quantityDetector struct{}

func (quantityDetector) name() string { return "quantity" }

var nationalities = map[string]bool{"chinese": true, "korean": true, "russian": true, "american": true, "japanese": true}

// familyNouns are the counts that identify a household even when small; the other count
// nouns (pupils, kilos, percent) are identifying as exact figures too.
var familyNouns = map[string]bool{"children": true, "child": true, "sons": true, "son": true, "daughters": true,
	"daughter": true, "brothers": true, "brother": true, "sisters": true, "sister": true, "siblings": true}

// householdReasons are the reasons of a count that ends on a household noun.
var householdReasons = cueReasons("a number of ", householdNouns)

// householdNounSet is householdNouns for inSet: the counts' detectors ask it of the word
// after every number.
var householdNounSet = newWordTable(householdNouns)

var householdNouns = map[string]bool{"children": true, "child": true, "sons": true, "son": true,
	"pupils": true, "students": true, "families": true, "households": true, "people": true, "workers": true,
	"soldiers": true, "men": true, "women": true, "girls": true, "boys": true, "kilos": true, "kilograms": true,
	"kg": true, "tons": true, "tonnes": true, "cartons": true, "bags": true, "sacks": true, "percent": true,
	"bottles": true, "packs": true, "prisoners": true, "guards": true, "porters": true, "relatives": true,
	"daughters": true, "daughter": true, "brothers": true, "brother": true, "sisters": true, "sister": true,
	"siblings": true, "grandchildren": true, "kids": true, "dependants": true, "dependents": true,
	"wives": true, "grandsons": true, "granddaughters": true, "nephews": true, "nieces": true}

func (quantityDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	c := newWordScan(t)
	out := t.candidateRoom()
	for i := c.next(0, clsDigit|clsNumberWord); i < len(c.ws); i = c.next(i+1, clsDigit|clsNumberWord) {
		j, ok := c.number(i)
		if !ok {
			continue
		}
		k := j + 1
		// "three young children", "two older sisters", "two little sons"
		if a := c.w(k); (a == "young" || a == "little" || a == "small" || a == "older" || a == "younger" ||
			a == "elder" || a == "grown" || a == "adult") && c.joined(k) {
			k++
		}
		if !c.inSet(householdNounSet, k) || !c.joined(k) {
			// the number's value is read only after a household noun
		} else if v, _ := firstNumber(singleSpaced(c.t.Fold[c.ws[i].start:c.ws[j].end])); v >= 1 && (v < 20 || !familyNouns[c.w(k)]) && v < 100000 {
			if c.w(k+1) == "of" && c.joined(k+1) && !stopWords[c.w(k+2)] && c.w(k+2) != "" && (!c.upper(k+2) || nationalities[c.w(k+2)]) {
				k += 2 // "two kilos of firewood", "two cartons of Chinese cigarettes"
				if nationalities[c.w(k)] && c.joined(k+1) {
					k++
				}
			}
			if c.w(i-1) == "about" || c.w(i-1) == "around" || c.w(i-1) == "nearly" || c.w(i-1) == "some" {
				i--
			}
			reason, ok := householdReasons[c.w(k)]
			if !ok { // "two kilos of firewood" ends past the household noun
				reason = "a number of " + quoteCue(c.w(k))
			}
			out = append(out, c.emit(i, k, Quantity, "count + household noun", reason, 0.7))
			i = k
			continue
		}
		// "a family of five", "family of 6"
		if c.w(i-1) == "of" && c.w(i-2) == "family" && j == i {
			out = append(out, c.emit(i-2, j, Quantity, "family of N", "size of a family", 0.7))
		}
	}
	return out
}

// singleSpaced is strings.Join(strings.Fields(s), " "), without a copy when s is already
// that: words parted by one ASCII space each, as almost every number phrase is.
func singleSpaced(s string) string {
	prevSpace := true // a space at the start is not single
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' || '\t' <= c && c <= '\r' {
				if c != ' ' || prevSpace {
					return strings.Join(strings.Fields(s), " ")
				}
				prevSpace = true
			} else {
				prevSpace = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = false
		i += n
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

// koreanNumeral says whether w is written in native Korean numerals ("열두", "예순여덟",
// "스물다섯", "일흔").
// nativeTens are the native numerals of the tens from twenty: an age said without its counter
// starts with one ("예순여덟이에요"); smaller numbers so said are counts as often as ages.
var nativeTens = []string{"스물", "스무", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"}

// koreanCopulaEndings are the copula endings glued to a number said as an age.
var koreanCopulaEndings = set("이에요", "예요", "이세요", "세요", "이야", "야", "이었어요", "였어요",
	"이셨어요", "셨어요", "이었다", "였다", "이다", "이십니다", "입니다", "이었습니다", "였습니다")

// nativeAgeLen returns the length of the longest native numeral w starts with, if that
// numeral begins with a tens of twenty or more, else 0.
func nativeAgeLen(w string) int {
	tens := false
	for _, t := range nativeTens {
		tens = tens || strings.HasPrefix(w, t)
	}
	if !tens {
		return 0
	}
	for n := len(w) - len(w)%3; n >= 6; n -= 3 {
		if koreanNumeral(w[:n]) {
			return n
		}
	}
	return 0
}

// kinSubject says whether w is a relative or another private person with the particle of a
// subject or topic ("누이는", "동생이").
func kinSubject(w string) bool {
	for _, p := range []string{"는", "은", "이", "가"} {
		if stem, ok := strings.CutSuffix(w, p); ok && (hangulFigureCues[stem] || stem == "누이") {
			return true
		}
	}
	return false
}

// selfSubject says whether w is "I" as a subject or topic ("저는", "제가", "나는", "내가").
func selfSubject(w string) bool {
	switch w {
	case "저는", "제가", "나는", "내가", "저도", "나도":
		return true
	}
	return false
}

// koreanAgeAdverbs may stand between a person and their age: "딸이 이제 여덟이에요".
var koreanAgeAdverbs = set("이제", "지금", "올해", "벌써", "그때", "당시", "겨우", "고작", "막")

// nativeUnitLen returns the length of a native numeral from one to nine that w starts with
// ("여덟", "아홉"), or 0.
func nativeUnitLen(w string) int {
	for _, u := range []string{"하나", "다섯", "여섯", "일곱", "여덟", "아홉", "둘", "셋", "넷"} {
		if strings.HasPrefix(w, u) {
			return len(u)
		}
	}
	return 0
}

// nativeTeenLen returns the length of a native numeral from eleven to nineteen that w starts
// with ("열아홉", "열하나"), or 0.
func nativeTeenLen(w string) int {
	if !strings.HasPrefix(w, "열") {
		return 0
	}
	for _, n := range []int{9, 6} {
		if len(w) >= n && koreanNumeral(w[:n]) {
			return n
		}
	}
	return 0
}

// ageBirthdays are the Korean birthdays that say an age: 환갑 and 회갑 (the sixtieth),
// 칠순 and 고희 (seventy), 팔순 (eighty), 구순 (ninety); koreanAge reads them as decades.
var ageBirthdays = []struct {
	word   string
	decade int
}{{"환갑", 60}, {"회갑", 60}, {"진갑", 60}, {"칠순", 70}, {"고희", 70}, {"팔순", 80}, {"구순", 90}}

// koreanAgeFirst holds the first syllables of the numerals and birthdays ageDetector reads
// as a Korean age without a digit.
var koreanAgeFirst = func() *sylSet {
	words := slices.Clone(koreanNumerals)
	for _, b := range ageBirthdays {
		words = append(words, b.word)
	}
	return firstSyllables(words)
}()

func koreanNumeral(w string) bool {
	// Every numeral is Hangul syllables, whose UTF-8 encoding starts with 0xEA..0xED: other
	// words are turned away before the prefix loop.
	if w == "" || w[0] < 0xEA || w[0] > 0xED {
		return false
	}
	for w != "" {
		// Each step takes the first numeral of koreanNumerals that w starts with: those of two
		// syllables come first, so a two-syllable one if w starts with one, else one of one
		// syllable. The syllables are read without a general UTF-8 decode, and only a
		// well-formed one can be a numeral's.
		r := wellFormedSyllable(w)
		if !koreanNumeralStarts.has(r) {
			return false // most Hangul words: one bit test
		}
		if r2 := wellFormedSyllable(w[3:]); r2 >= 0 && koreanNumeralPairs[uint32(r)<<16|uint32(r2)] {
			w = w[6:]
		} else if koreanNumeralSingles.has(r) {
			w = w[3:]
		} else {
			return false
		}
	}
	return true
}

// wellFormedSyllable is the Hangul syllable that w starts with, its three bytes well-formed
// UTF-8, or -1.
func wellFormedSyllable(w string) rune {
	if len(w) < 3 || w[1]&0xC0 != 0x80 || w[2]&0xC0 != 0x80 {
		return -1
	}
	if r := leadSyllable(w); isHangulSyllable(r) {
		return r
	}
	return -1
}

// koreanNumeralPairs holds the numerals of two syllables (first<<16 | second), and
// koreanNumeralSingles those of one.
var koreanNumeralPairs, koreanNumeralSingles = func() (map[uint32]bool, *sylSet) {
	pairs, singles := map[uint32]bool{}, new(sylSet)
	for i, n := range koreanNumerals {
		rs := []rune(n)
		switch {
		case len(rs) == 2 && (i == 0 || utf8.RuneCountInString(koreanNumerals[i-1]) == 2):
			pairs[uint32(rs[0])<<16|uint32(rs[1])] = true
		case len(rs) == 1:
			singles.add(rs[0])
		default:
			panic("redact: koreanNumerals must list the numerals of two syllables, then those of one")
		}
	}
	return pairs, singles
}()

// koreanNumerals, longest first so "스물" wins over "스무".
var koreanNumerals = []string{"다섯", "여섯", "일곱", "여덟", "아홉", "스물", "스무", "서른", "마흔", "예순", "일흔",
	"여든", "아흔", "하나", "한", "두", "세", "네", "열", "쉰", "둘", "셋", "넷"}

// koreanNumeralStarts is the first syllables of koreanNumerals.
var koreanNumeralStarts = firstSyllables(koreanNumerals)

// Korean sums. A Korean amount is written in digits, in Sino-Korean numerals or in both,
// with the units 십, 백, 천 inside each group of four places and 만, 억, 조 between them:
// "3천", "1만5천", "2천만", "100만", "오천", "1억 2천만". It is read as one number, so that
// each unit counts once, and the currency after it (glued or after a space) is kept.

// sinoNumeral returns the value of a Sino-Korean digit (kind 1), small unit (십 백 천, kind
// 2) or big unit (만 억 조, kind 3), or kind 0. Every Hangul word's first syllable is asked:
// one probe of a table (sinoNumeralSlots), where a switch over the numerals was a search
// whose branches went as the text's syllables did.
func sinoNumeral(r rune) (v float64, kind int) {
	e := &sinoNumeralSlots[sinoSlot(r)]
	if e.r != r {
		return 0, 0
	}
	return e.v, int(e.kind)
}

// sinoNumeralSlots holds each numeral sinoNumeral reads at sinoSlot of it: a hash that parts
// them all (sinoMul was chosen so; the table's init panics if it does not). The Chinese units
// a sum in yuan is written with in any language ("3万元", "1.5万", "3万5千元") are among them:
// 万 is ten thousand, as 만 is.
var sinoNumeralSlots = func() (t [32]sinoEntry) {
	for _, e := range []sinoEntry{{'일', 1, 1}, {'이', 2, 1}, {'삼', 3, 1}, {'사', 4, 1}, {'오', 5, 1},
		{'육', 6, 1}, {'칠', 7, 1}, {'팔', 8, 1}, {'구', 9, 1}, {'십', 10, 2}, {'백', 100, 2}, {'천', 1e3, 2},
		{'만', 1e4, 3}, {'억', 1e8, 3}, {'조', 1e12, 3},
		{'千', 1e3, 2}, {'万', 1e4, 3}, {'萬', 1e4, 3}, {'亿', 1e8, 3}, {'億', 1e8, 3}} {
		slot := &t[sinoSlot(e.r)]
		if slot.r != 0 {
			panic("redact: two Sino-Korean numerals share a slot")
		}
		*slot = e
	}
	return t
}()

type sinoEntry struct {
	r    rune
	v    float64
	kind uint8
}

const sinoMul = 0xb2fc497f

func sinoSlot(r rune) uint32 { return uint32(r) * sinoMul >> 27 }

// koreanAmount reads the amount s starts with. n is its length in bytes (0: none); hangul
// says it has no digit, unit that it has a unit. Groups may be parted by one space after a
// big unit ("1억 2천만"); a digit group may have thousands commas or a decimal point.
func koreanAmount(s string) (v float64, n int, hangul, unit bool) {
	var total, section float64
	cur, hasCur := 0.0, false
	hangul = true
	for i := 0; i < len(s); {
		c := s[i]
		if isDigit(c) {
			if hasCur {
				break
			}
			j := i
			for j < len(s) && (isDigit(s[j]) || (s[j] == ',' || s[j] == '.') && j+1 < len(s) && isDigit(s[j+1])) {
				j++
			}
			// Commas part thousands, a full stop is a decimal point ("1.5만"): Korean
			// writing has no other use for them.
			f, err := strconv.ParseFloat(strings.ReplaceAll(s[i:j], ",", ""), 64)
			if err != nil {
				// "₩2.000.000": full stops that part thousands, as some write them.
				if f, err = strconv.ParseFloat(normaliseNumber(s[i:j]), 64); err != nil {
					break
				}
			}
			cur, hasCur, hangul = f, true, false
			i, n = j, j
			continue
		}
		if c == ' ' && n == i && total > 0 && section == 0 && !hasCur && i+1 < len(s) {
			// "1억 2천만": a space after a big unit, when another group follows.
			if _, m, _, _ := koreanAmount(s[i+1:]); m > 0 {
				i++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if u, kind := sinoNumeral(r); kind == 1 && !hasCur {
			cur, hasCur = u, true
		} else if kind == 2 {
			if !hasCur {
				cur = 1
			}
			section += cur * u
			cur, hasCur, unit = 0, false, true
		} else if kind == 3 {
			g := section + cur
			if g == 0 {
				g = 1
			}
			total += g * u
			section, cur, hasCur, unit = 0, 0, false, true
		} else {
			break
		}
		i += size
		n = i
	}
	return total + section + cur, n, hangul, unit
}

// koreanCurrencies are the currency words written after a Korean amount (불 is a dollar).
var koreanCurrencies = []string{"위안", "달러", "루블", "유로", "파운드", "원", "불", "엔", "바트", "킵", "元", "块",
	// the currencies after digits in Chinese and Japanese prose ("30万韩元", "2000朝鲜币", "50万円")
	"韩元", "韓元", "美元", "日元", "欧元", "人民币", "人民幣", "朝鲜币", "韩币", "円"}

// koreanCurrencyAt is the currency word s starts with, or "". After an amount in 万 an
// English currency name may follow ("5万 yuan"): a word of currencyNames, lower case in s.
func koreanCurrencyAt(s string) string {
	for _, c := range koreanCurrencies {
		if strings.HasPrefix(s, c) {
			return c
		}
	}
	if s != "" && isASCIILetter(s[0]) {
		w, _ := letterRun(s, 0)
		if len(w) == len(s) || !isWordRune(rune(s[len(w)])) {
			if currencyNames[w] {
				return w
			}
		}
	}
	return ""
}

// hanMyriad says whether a sum's amount is written with a Chinese unit of ten thousand or
// of a hundred million ("1.5万"): a sum in yuan even when no currency follows.
func hanMyriad(amount string) bool { return strings.ContainsAny(amount, "万萬亿億") }

// koreanAfterSum are the particles and words that may follow a currency word in the same
// word ("원을", "위안이었어요", "원짜리", "만원대"): a currency word followed by anything else
// is another word ("원래", "불안", "위안부").
var koreanAfterSum = []string{"을", "를", "이", "가", "은", "는", "도", "만", "씩", "에", "의", "과", "와", "로", "으로",
	"나", "까지", "부터", "정도", "쯤", "짜리", "어치", "가량", "대", "이상", "이하", "미만", "밖에", "뿐", "하고", "요", "입니",
	// the copula after a currency that ends in a vowel ("3만 바트였어요", "100달러예요")
	"였", "예요", "야"}

// koreanSumEnd says whether a Korean sum starts at s[start:] ("3천 위안", "300불", "오천
// 위안을"), and returns where it ends: after its currency word.
func koreanSumEnd(s string, start int) (int, bool) {
	v, n, hangul, unit := koreanAmount(s[start:])
	if n == 0 || v <= 0 || hangul && !unit {
		return 0, false // "이", "사", "오" alone are common words
	}
	j := start + n
	han := !hangul && hanMyriad(s[start:j])
	if han && strings.HasPrefix(s[j:], "多") {
		j += len("多") // "2万多元": more than 20,000 yuan
	} else if unit || !hangul {
		j += len(koreanOverSuffix(s[j:])) // "삼천여 위안": over three thousand yuan
	}
	amountEnd := j
	glued := true
	if j < len(s) && s[j] == ' ' {
		j, glued = j+1, false
	}
	cur := koreanCurrencyAt(s[j:])
	if cur == "" {
		// "I owed him 1.5万.": digits with 万 are a sum of yuan in these testimonies, when
		// the word ends there ("3万人" is thirty thousand people).
		r, _ := utf8.DecodeRuneInString(s[amountEnd:])
		if han && (amountEnd == len(s) || !isWordRune(r)) {
			return amountEnd, true
		}
		// "She got 50만 from the broker": digits with 만 or 억 in a sentence that goes on in
		// another language are a sum as 万 is; in Korean the word after says what is counted
		// ("50만 명"), and a glued particle may be anything's.
		if !hangul && (strings.HasSuffix(s[start:amountEnd], "만") || strings.HasSuffix(s[start:amountEnd], "억")) &&
			(amountEnd == len(s) || !isWordRune(r)) {
			if r2, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[amountEnd:], " ")); !isHangulSyllable(r2) {
				return amountEnd, true
			}
		}
		return 0, false
	}
	if hangul && glued && s[start:start+n] == "만" && cur == "원" {
		return 0, false // "버스가 만원이었어요": 만원 is also "full"
	}
	end := j + len(cur)
	if tail := s[end:]; tail != "" {
		if r, _ := utf8.DecodeRuneInString(tail); isHangulSyllable(r) &&
			!slices.ContainsFunc(koreanAfterSum, func(p string) bool { return strings.HasPrefix(tail, p) }) {
			return 0, false
		}
	}
	return end, true
}

// koreanOverSuffix is "여" when s starts with it as the suffix of an amount ("삼천여 위안",
// "5000여원": more than), else "". 여 before another syllable is another word ("여기").
func koreanOverSuffix(s string) string {
	if rest, ok := strings.CutPrefix(s, "여"); ok {
		if r, _ := utf8.DecodeRuneInString(rest); rest == "" || !isHangulSyllable(r) || strings.HasPrefix(rest, "원") {
			return "여"
		}
	}
	return ""
}

// koreanMoneyBefore are the words for money that may come before a sum with no currency
// after it ("중국돈 8천을", "북한 돈 50만을", "인민폐 5000을", "원화로 200만을"), with a
// particle of means or "도" glued to them.
var koreanMoneyBefore = set("돈", "중국돈", "북한돈", "한국돈", "인민폐", "원화", "위안화", "달러화", "한화", "외화",
	"현금", "용돈", "뇌물", "월급", "수수료", "중개비", "브로커비", "잔액")

// koreanMoneyWordBefore says whether w, the word before an amount, is a word for money,
// alone or with 로, 으로 or 도 ("원화로").
func koreanMoneyWordBefore(w string) bool {
	for _, p := range []string{"으로", "로", "도", ""} {
		if b, ok := strings.CutSuffix(w, p); ok && koreanMoneyBefore[b] {
			return true
		}
	}
	return false
}

// koreanAmountAfterMoney returns the end of the amount at s[start:] that a word for money
// comes before ("돈 이백을"): a number with a unit or digits, and then a particle or the end
// of the word. "돈 2번", "현금 5일에" count other things.
func koreanAmountAfterMoney(s string, start int) (int, bool) {
	v, n, hangul, unit := koreanAmount(s[start:])
	if n == 0 || v <= 0 || hangul && !unit {
		return 0, false
	}
	end := start + n
	end += len(koreanOverSuffix(s[end:]))
	tail := s[end:]
	if r, _ := utf8.DecodeRuneInString(tail); tail == "" || !isWordRune(r) ||
		slices.ContainsFunc(koreanAfterSum, func(p string) bool { return strings.HasPrefix(tail, p) }) {
		return end, true
	}
	return 0, false
}

// sinoNumeralStart says whether w starts with a Sino-Korean digit or unit: a word that does
// not cannot start a Korean sum in Hangul numerals.
func sinoNumeralStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	_, kind := sinoNumeral(r)
	return kind != 0
}

// thingNounSubjects, right before "is" or "was", make the number after it a thing's: "the train
// number was 8", "the price is 20", "my cell was 4", not an age.
var thingNounSubjects = setOfWords(`number no price cost fee total score count rate temperature room cell
	floor train bus car grade class size page line platform gate seat amount sum percentage
	height weight distance time code level unit ward block`)

// koreanAgeGapAfter are the words after a count of years that make it a difference of ages:
// "세 살 어려요" (three years younger), "다섯 살 많아요", "두 살 위", "세 살 차이".
var koreanAgeGapAfter = []string{"많", "적", "어리", "어려", "위", "아래", "차이", "터울", "연상", "연하"}

// ageOrGap returns cd, a Korean age in words i to j, or, when it is a difference of ages
// ("나보다 세 살 어려요": three years younger than me), a length of time: "[years]", as the
// English "three years younger" reads, not an age of under ten.
func (c *wordScan) ageOrGap(cd Candidate, i, j int) Candidate {
	gap := strings.HasSuffix(c.w(i-1), "보다") && c.joined(i)
	if n := c.w(j + 1); !gap && c.joined(j+1) && n != "" {
		gap = hasAnyPrefix(n, koreanAgeGapAfter)
	}
	if gap {
		cd.Category, cd.Rule, cd.Reason = Date, "Korean duration", "a difference of ages in years"
	}
	return cd
}
