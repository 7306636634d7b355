package redact

import "strings"

func init() { register(schoolYearDetector{}) }

// schoolYearDetector reads a pupil's or student's school year, an age to the year as a
// child's age is: "in the 11th grade", "in Year 9", "a second-year student", "a 7th grader",
// "고등학교 2학년". It is generalized to "[a school year]"; the kind of school (high school)
// stays, as a decade of age does.
type schoolYearDetector struct{}

func (schoolYearDetector) name() string { return "age" }

// schoolYearRule names the rule, which the replacement reads.
const schoolYearRule = "school year"

// ordinalYears are the ordinals a school year is said with in words.
var ordinalYears = set("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
	"tenth", "eleventh", "twelfth")

// schoolYearAnchors are the words every English form holds, found with the text's other
// anchor words: most texts have none, and are not searched.
var schoolYearAnchors = newAnchorTable(setOfWords("grade grader year"))

func (schoolYearDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	out := t.candidateRoom()
	s := t.Fold
	add := func(a, b int, reason string) {
		out = append(out, t.cand(a, b, Age, schoolYearRule, reason, 0.7))
	}
	for _, g := range schoolYearAnchors.find(t)[0] {
		switch {
		case strings.HasPrefix(s[g:], "grade"):
			// "the 11th grade", "11th grade", "grade 11" after "in"; "a 7th grader".
			end := g + len("grade")
			if strings.HasPrefix(s[end:], "r") {
				end++
			}
			if a, ok := ordinalBefore(s, g); ok {
				add(a, end, `an ordinal before "grade"`)
				continue
			}
			if end == g+len("grade") && strings.HasPrefix(s[end:], " ") && inBefore(s, g) {
				if n := digitsEnd(s, end+1); n > end+1 && n-end-1 <= 2 && (n == len(s) || !isASCIIWordByte(s[n])) {
					add(g, n, `"grade" and a number after "in"`)
				}
			}
		case strings.HasPrefix(s[g:], "year "):
			at := g + len("year ")
			if inBefore(s, g) {
				// "in Year 9", "in year 11" (British schools).
				if n := digitsEnd(s, at); n > at && n-at <= 2 && (n == len(s) || !isASCIIWordByte(s[n])) {
					add(g, n, `"year" and a number after "in", a school year`)
				}
				continue
			}
			// "a second-year student", "first-year pupil".
			if g == 0 || s[g-1] != '-' || !(strings.HasPrefix(s[at:], "student") || strings.HasPrefix(s[at:], "pupil")) {
				continue
			}
			a := g - 1
			for a > 0 && s[a-1] >= 'a' && s[a-1] <= 'z' {
				a--
			}
			if !ordinalYears[s[a:g-1]] {
				continue
			}
			if a >= 2 && s[a-2:a] == "a " && (a == 2 || !isASCIIWordByte(s[a-3])) {
				a -= 2 // "a second-year student": "[a school year] student"
			}
			add(a, g+len("year"), "an ordinal year of a student")
		}
	}
	// "고등학교 2학년", "중학교 3학년이에요": the number and 학년, in one word.
	if !t.isASCII() {
		c := newWordScan(t)
		for i := c.next(0, clsDigit); i < len(c.ws); i = c.next(i+1, clsDigit) {
			w := c.w(i)
			if !isDigit(w[0]) || len(w) < 1+len("학년") {
				continue
			}
			if k := strings.Index(w, "학년"); k > 0 && k <= 1 {
				add(c.ws[i].start, c.ws[i].start+k+len("학년"), "a school year in Korean")
			}
		}
	}
	return out
}

// ordinalBefore says whether "the 11th " or "7th " stands right before g and returns where
// the ordinal starts.
func ordinalBefore(s string, g int) (int, bool) {
	if g < 4 || s[g-1] != ' ' {
		return 0, false
	}
	e := g - 1
	a := e
	for a > 0 && s[a-1] >= 'a' && s[a-1] <= 'z' || a > 0 && isDigit(s[a-1]) {
		a--
	}
	// An ordinal in words, or one in digits of two at most ("11th": dayOrdinalDetector's
	// ordinalAt).
	if !ordinalYears[s[a:e]] {
		if end, n := ordinalAt(s, a); end != e || n > 99 {
			return 0, false
		}
	}
	if a >= 4 && s[a-4:a] == "the " {
		a -= 4
	}
	return a, true
}

// inBefore says whether "in " stands right before g.
func inBefore(s string, g int) bool {
	return g >= 3 && s[g-3:g] == "in " && (g == 3 || !isASCIIWordByte(s[g-4]))
}
