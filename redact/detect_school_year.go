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

func (schoolYearDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	out := t.candidateRoom()
	s := t.Fold
	add := func(a, b int, reason string) {
		out = append(out, t.cand(a, b, Age, schoolYearRule, reason, 0.7))
	}
	// "the 11th grade", "11th grade", "grade 11" after "in"; "a 7th grader".
	for at := 0; ; {
		k := strings.Index(s[at:], "grade")
		if k < 0 {
			break
		}
		g := at + k
		at = g + len("grade")
		if g > 0 && isASCIIWordByte(s[g-1]) {
			continue
		}
		end := g + len("grade")
		if strings.HasPrefix(s[end:], "r") {
			end++ // "grader"
		} else if end < len(s) && isASCIIWordByte(s[end]) {
			continue // "graded", "grades"
		}
		if a, ok := ordinalBefore(s, g); ok {
			add(a, end, `an ordinal before "grade"`)
			continue
		}
		if strings.HasPrefix(s[end:], " ") && inBefore(s, g) {
			if n := digitsEnd(s, end+1); n > end+1 && n-end-1 <= 2 && (n == len(s) || !isASCIIWordByte(s[n])) {
				add(g, n, `"grade" and a number after "in"`)
			}
		}
	}
	// "in Year 9", "in year 11" (British schools).
	for at := 0; ; {
		k := strings.Index(s[at:], "in year ")
		if k < 0 {
			break
		}
		a := at + k + len("in ")
		at = a + len("year ")
		if a > 3 && isASCIIWordByte(s[a-4]) {
			continue
		}
		if n := digitsEnd(s, at); n > at && n-at <= 2 && (n == len(s) || !isASCIIWordByte(s[n])) {
			add(a, n, `"year" and a number after "in", a school year`)
		}
	}
	// "a second-year student", "first-year pupil".
	for at := 0; ; {
		k := strings.Index(s[at:], "-year ")
		if k < 0 {
			break
		}
		h := at + k
		at = h + len("-year ")
		a := h
		for a > 0 && s[a-1] >= 'a' && s[a-1] <= 'z' {
			a--
		}
		if !ordinalYears[s[a:h]] || !(strings.HasPrefix(s[at:], "student") || strings.HasPrefix(s[at:], "pupil")) {
			continue
		}
		if a >= 2 && s[a-2:a] == "a " && (a == 2 || !isASCIIWordByte(s[a-3])) {
			a -= 2 // "a second-year student": "[a school year] student"
		}
		add(a, h+len("-year"), "an ordinal year of a student")
	}
	// "고등학교 2학년", "중학교 3학년이에요": the number and 학년.
	if !t.isASCII() {
		for at := 0; ; {
			k := strings.Index(s[at:], "학년")
			if k < 0 {
				break
			}
			h := at + k
			at = h + len("학년")
			a := h
			for a > 0 && isDigit(s[a-1]) {
				a--
			}
			if a == h || h-a > 1 {
				continue
			}
			add(a, h+len("학년"), "a school year in Korean")
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
	w := s[a:e]
	switch {
	case ordinalYears[w]:
	case len(w) >= 3 && isDigit(w[0]) && (strings.HasSuffix(w, "th") || strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd")):
		if n := digitsEnd(w, 0); n > 2 || n != len(w)-2 {
			return 0, false
		}
	default:
		return 0, false
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
