package redact

import (
	"math/rand"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
)

// The generalize helpers read a span's words in place; they must write what they wrote when
// they lowered and split it into slices. The functions after this test are those versions,
// kept to compare with.
func TestGeneralizeWordsMatchSplitting(t *testing.T) {
	pieces := []string{"35", "17", "8", "2019", "1998", "a", "A", "an", "at", "aged", "was", "is", "turned",
		"year-old", "years", "old", "woman", "Woman", "boy", "father", "private", "teenager", "months",
		"weeks", "in", "her", "late", "sixties", "thirties", "the", "spring", "of", "last", "ago", "two",
		"three", "days", "decades", "hour", "since", "on", "March", "earlier", "later", "before",
		"Musan", "Mine", "mines", "factories", "police", "Court", "river", "crossing", "roads", "children",
		"half", "quarter", "twenty", "절반", "명", "İ", "\u212a", "\xff", "é", "2019년", "yesterday",
		"He", "She", "I", "we", "you", "they", "his", "her", "mother,", "\"brother\"", "\u00a0", "\u2003",
		"academies", "Companies", "companys", "works", "Units", "parties", "hours", "decade", "week"}
	seps := []string{" ", "-", ", ", ".", "\t", "  ", ""}
	rng := rand.New(rand.NewSource(1))
	inputs := []string{"a 35-year-old woman", "aged 35", "at 17", "at 8", "was 17", "in her late sixties",
		"three months", "12 March 2019", "in the spring of 2017", "last month", "two years ago", "since 2010",
		"three years", "eleven days", "the Musan Mine", "three children", "about twenty", "a quarter", ""}
	for range 30000 {
		var b strings.Builder
		for n := 1 + rng.Intn(5); n > 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
			b.WriteString(seps[rng.Intn(len(seps))])
		}
		inputs = append(inputs, b.String())
	}
	interview := time.Date(2020, 6, 1, 0, 0, 0, 0, time.UTC)
	nounLists := []*nounKinds{workplaceKindLabels, routeNounLabels}
	for _, in := range inputs {
		if got, want := catchPanic(func() string { return generalizeAge(in) }), catchPanic(func() string { return oldGeneralizeAge(in) }); got != want {
			t.Fatalf("generalizeAge(%q) = %q, want %q", in, got, want)
		}
		for _, level := range []string{"year", "decade"} {
			for _, at := range []time.Time{{}, interview} {
				if got, want := generalizeDate(in, level, at), oldGeneralizeDate(in, level, at); got != want {
					t.Fatalf("generalizeDate(%q, %s, %v) = %q, want %q", in, level, at, got, want)
				}
			}
		}
		if got, want := generalizeQuantity(in), oldGeneralizeQuantity(in); got != want {
			t.Fatalf("generalizeQuantity(%q) = %q, want %q", in, got, want)
		}
		for i, nouns := range [][]string{workplaceKinds, routeNouns} {
			if got, want := generalizeByNoun(in, nounLists[i], "[x]"), oldGeneralizeByNoun(in, nouns, "[x]"); got != want {
				t.Fatalf("generalizeByNoun(%q) = %q, want %q", in, got, want)
			}
		}
		for _, age := range []string{"in their 30s", "a woman in her 30s", "in their teens"} {
			if got, want := withPronoun(age, in), oldWithPronoun(age, in); got != want {
				t.Fatalf("withPronoun(%q, %q) = %q, want %q", age, in, got, want)
			}
		}
	}
}

// catchPanic returns f's result, or "panic" when it panics (generalizeAge indexes the last
// word of a span with none).
func catchPanic(f func() string) (s string) {
	defer func() {
		if recover() != nil {
			s = "panic"
		}
	}()
	return f()
}

func oldGeneralizeAge(s string) string {
	if l := strings.ToLower(s); strings.Contains(l, "month") || strings.Contains(l, "week") {
		return "[under a year old]"
	}
	ws := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	n, ok := firstNumber(s)
	if d := decadeOf(ws[len(ws)-1]); d > 0 {
		// "in her late sixties" → "in her 60s": the decade is the policy's level.
		n, ok = float64(d), true
	}
	if !ok {
		return "[an age]"
	}
	age := int(n)
	pron, noun, article := "their", "", ""
	for i, w := range ws {
		if femaleWords[w] {
			pron = "her"
		} else if maleWords[w] {
			pron = "his"
		}
		if i == len(ws)-1 && (femaleWords[w] || maleWords[w] || personNouns[w]) {
			noun = strings.Fields(s)[len(strings.Fields(s))-1]
		}
	}
	if len(ws) > 0 && (ws[0] == "a" || ws[0] == "an") {
		// "a 35-year-old woman" → "a woman in her 30s": the article now goes before a
		// consonant, and keeps its capital.
		article = "a "
		if strings.HasPrefix(s, "A") {
			article = "A "
		}
	}
	var span string
	switch {
	case age < 10:
		span = "under 10"
	case age < 20:
		span = "in " + pron + " teens"
	default:
		span = "in " + pron + " " + strconv.Itoa(age/10*10) + "s"
	}
	atForm := len(ws) > 0 && ws[0] == "at"
	// "was 17": the span holds the copula, so the replacement must keep it.
	copula := ""
	if len(ws) > 0 && copulas[ws[0]] {
		copula = strings.Fields(s)[0] + " "
	}
	switch {
	case noun != "":
		if age < 10 {
			return article + noun + " under 10"
		}
		return article + noun + " " + span
	case atForm && age < 13:
		return "as a child"
	case atForm && age < 20:
		return "as a teenager"
	case age < 10:
		return copula + "under 10"
	}
	return copula + span
}

func oldGeneralizeDate(s, level string, interview time.Time) string {
	if d, ok := oldGeneralizeDuration(s); ok {
		return d
	}
	y := findYear(s)
	if y == 0 && !interview.IsZero() {
		if when, ok := oldRelativeDate(s, interview); ok {
			y = when.Year()
		}
	}
	if y == 0 {
		return "[a date]"
	}
	prefix := ""
	if l := strings.ToLower(s); strings.HasPrefix(l, "in ") || strings.HasPrefix(l, "on ") ||
		strings.HasPrefix(l, "last ") || strings.HasSuffix(l, " ago") || strings.HasPrefix(l, "since ") {
		prefix = "in "
		if strings.HasPrefix(l, "since ") {
			prefix = "since "
		}
	}
	// A span that says no more than its year ("2019", "in 2019", "2019년") would come out
	// unchanged at level year: it climbs to the decade, so that generalizing always generalizes.
	if level == "decade" || oldOnlyYear(s, y) {
		return prefix + "the " + strconv.Itoa(y/10*10) + "s"
	}
	return prefix + strconv.Itoa(y)
}

func oldOnlyYear(s string, y int) bool {
	ys := strconv.Itoa(y)
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		switch {
		case w == ys, strings.HasPrefix(w, ys+"년"):
		case w == "in" || w == "on" || w == "since" || w == "the" || w == "year" || w == "of":
		default:
			return false
		}
	}
	return true
}

func oldRelativeDate(s string, at time.Time) (time.Time, bool) {
	l := strings.ToLower(s)
	if strings.HasPrefix(l, "the ") {
		return time.Time{}, false // "the next year" counts from the story (relativeDateLower)
	}
	n, ok := firstNumber(l)
	if !ok {
		n = 1
	}
	switch {
	case strings.Contains(l, "year"):
		return at.AddDate(-int(n), 0, 0), true
	case strings.Contains(l, "month"):
		return at.AddDate(0, -int(n), 0), true
	case strings.Contains(l, "week"):
		return at.AddDate(0, 0, -7*int(n)), true
	case strings.Contains(l, "day") || strings.Contains(l, "yesterday"):
		return at.AddDate(0, 0, -int(n)), true
	case strings.Contains(l, "spring") || strings.Contains(l, "summer") || strings.Contains(l, "autumn") ||
		strings.Contains(l, "fall") || strings.Contains(l, "winter"):
		if strings.Contains(l, "last") {
			return at.AddDate(-1, 0, 0), true
		}
		return at, true
	}
	return time.Time{}, false
}

func oldGeneralizeQuantity(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return "[removed]"
	}
	last := strings.ToLower(strings.Trim(f[len(f)-1], ".,;:"))
	if _, isNumber := firstNumber(last); isNumber || koreanNumeral(last) {
		return "[a number]" // a count without its noun ("about twenty"): the noun would be the number
	}
	if fractionWords[last] {
		return "[a share]" // "a quarter" of a sum: the noun is the figure
	}
	return "[" + last + "]"
}

func oldGeneralizeByNoun(s string, nouns []string, fallback string) string {
	l := strings.ToLower(s)
	ws := strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) })
	for i := len(ws) - 1; i >= 0; i-- {
		for _, n := range nouns {
			if isNounForm(ws[i], n) {
				if d, ok := nounDisplay[n]; ok {
					n = d
				}
				return "[" + article(n) + " " + n + "]"
			}
		}
	}
	return fallback
}

func oldGeneralizeDuration(s string) (string, bool) {
	l := strings.ToLower(s)
	if strings.Contains(l, "ago") || strings.Contains(l, "earlier") || strings.Contains(l, "later") ||
		strings.Contains(l, "last") || strings.Contains(l, "before") || findYear(l) != 0 {
		return "", false
	}
	ws := strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(ws) < 2 {
		return "", false
	}
	u := ws[len(ws)-1]
	switch u {
	case "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "decade", "decades":
		return "[" + strings.TrimSuffix(u, "s") + "s]", true
	}
	return "", false
}

func oldWithPronoun(age, before string) string {
	if !strings.Contains(age, " their ") {
		return age
	}
	ws := strings.Fields(strings.ToLower(before))
	if len(ws) > 3 {
		ws = ws[len(ws)-3:]
	}
	for i := len(ws) - 1; i >= 0; i-- {
		w := strings.Trim(ws[i], ".,;:\"'")
		switch {
		case pluralPeople[w]: // "her two sons, 12": the sons' ages
			return age
		case w == "he" || w == "his" || w == "him" || maleWords[w]:
			return strings.Replace(age, " their ", " his ", 1)
		case w == "she" || w == "her" || femaleWords[w]:
			return strings.Replace(age, " their ", " her ", 1)
		case w == "i":
			return strings.Replace(age, " their ", " my ", 1)
		case w == "we":
			return strings.Replace(age, " their ", " our ", 1)
		case w == "you":
			return strings.Replace(age, " their ", " your ", 1)
		case w == "they":
			return age
		}
	}
	return age
}
