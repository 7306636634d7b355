package redact

import (
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Replacements. Detection says what a span is; these functions say what it becomes, so a
// policy can change the action of a category without touching a detector.
//
// Suppressed spans become "[removed]" (or "[phone number]"-style with level: category): the
// reader sees that something was there, never what. Generalized spans keep what research
// needs: a province, a decade of age, a year, an order of magnitude of money.

const removed = "[removed]"

func (r *runState) replacement(d *decision, t *Text) string {
	switch d.Action {
	case Keep:
		return ""
	case Pseudonymize:
		if d.Replacement != "" {
			return d.Replacement
		}
		return categoryLabel(d.Category)
	case Suppress:
		if r.rules.of(r.e.policy, d.Category).rule.Level == "category" {
			return categoryLabel(d.Category)
		}
		return removed
	}
	switch d.Category {
	case Place:
		return r.generalizePlace(d, r.rules.of(r.e.policy, d.Category).rule.Level)
	case Age:
		if strings.HasPrefix(d.Rule, schoolYearRule) { // its propagated copies too
			return "[a school year]"
		}
		if strings.HasPrefix(d.Rule, birthdayOrdinalRule) { // "my 23rd birthday": "my [nth] birthday"
			return "[nth]"
		}
		if a, ok := koreanAge(d.Text); ok {
			return a
		}
		if a, ok := cyrAge(d.Text); ok {
			return a
		}
		return withPronoun(generalizeAge(d.Text), t.Original[max(0, d.Start-20):d.Start])
	case Date, BirthDate:
		if k, ok := koreanNumericDate(d.Text, r.rules.of(r.e.policy, d.Category).rule.Level, t.Original[d.End:]); ok {
			return k
		}
		if k, ok := cyrYearDate(d.Text, r.rules.of(r.e.policy, d.Category).rule.Level, t.Original[max(0, d.Start-24):d.Start], t.Original[d.End:min(len(t.Original), d.End+24)]); ok {
			return k
		}
		// A named day without a year ("two days before Kim Jong Il's funeral", "on
		// Christmas Day"), a lunar one ("the 15th day of the eighth lunar month") or one of
		// a numbered month ("the 15th of the 8th month") is a day of some year, and a class
		// of Hanawon ("the 37th class") a few months of one: neither the interview's year nor
		// a duration.
		// A propagated span ("한 달" again, later) is generalized as its source was.
		rule := strings.TrimSuffix(d.Rule, propagatedSuffix)
		if (rule == "named day" || rule == "lunar date" || rule == "numbered month" || rule == "Hanawon cohort") && findYear(strings.ToLower(d.Text)) == 0 {
			return "[a date]"
		}
		switch rule {
		case "Korean birth sign", "zodiac birth year": // "소띠", "을축년생", "属鸡": the year of birth by another name
			return "[a birth year]"
		case "zodiac year":
			return "[a year]"
		}
		if rule == "Korean duration" {
			return koreanDuration(d.Text, t.Original[d.End:])
		}
		return afterThe(dateReplacement(d.Text, r.rules.of(r.e.policy, d.Category).rule.Level, r.doc.Date),
			t.Original[max(0, d.Start-8):d.Start])
	case Money:
		return generalizeMoney(d.Text)
	case Quantity:
		if d.Rule == ordinalPersonRule { // "the 63rd returned POW": the rank is the count
			return "[nth]"
		}
		return generalizeQuantity(d.Text)
	case Workplace:
		if strings.HasPrefix(d.Rule, "numbered camp") { // its rest after an overlap too
			return campLabel(d.Text)
		}
		return generalizeByNoun(d.Text, workplaceKindLabels, "[a workplace]")
	case Rank:
		return generalizeRank(d.Text)
	case MilitaryUnit:
		return "[a military unit]"
	case Kinship:
		return "[a relative]"
	case Route:
		if l := strings.ToLower(d.Text); strings.Contains(l, "tumen") || strings.Contains(l, "yalu") || strings.Contains(l, "river") {
			return "[a river crossing]"
		}
		return generalizeByNoun(d.Text, routeNounLabels, "[a route]")
	case Address:
		return "[an address]"
	case Physical:
		return "[a physical description]"
	case Demographic:
		if d.Detector == "distinctive" {
			return "[a distinctive detail]"
		}
		if d.Detector == "goods" {
			return "[goods]"
		}
		if d.Rule == "occupation" || d.Detector == "demographic" {
			return "[occupation]"
		}
	}
	return categoryLabel(d.Category)
}

// categoryLabels are the replacements that name a category ("[phone number]"), made once.
var categoryLabels = func() map[Category]string {
	m := make(map[Category]string, len(categoryNames))
	for c, n := range categoryNames {
		m[c] = "[" + n + "]"
	}
	return m
}()

// categoryLabel is "[" + categoryNames[c] + "]".
func categoryLabel(c Category) string {
	if l, ok := categoryLabels[c]; ok {
		return l
	}
	return "[]"
}

// generalizePlace climbs the hierarchy to the policy's level: a neighbourhood or a city
// becomes "[a city in Ryanggang Province]"; provinces and countries stay as they are at
// province level.
func (r *runState) generalizePlace(d *decision, level string) string {
	p := d.place
	if p == nil {
		if e, ok := lookupLower(r.e.gaz.Places, strings.TrimSpace(d.Text)); ok {
			p = &e
		} else if e, ok := r.e.gaz.Places[d.key]; ok {
			p = &e
		}
	}
	if p == nil {
		return "[a place]"
	}
	if level == "country" {
		if p.Kind == "country" {
			return d.Text
		}
		if p.Country != "" {
			return labels.concat("[a place in ", p.Country, "]")
		}
		return "[a place]"
	}
	switch {
	case p.Kind == "region" && p.Province != "" && !strings.EqualFold(p.Province, p.Name):
		// A region inside a province (Yanbian in Jilin) is finer than the province.
		return labels.concat("[a region in ", p.Province, provinceSuffix(p.Province), "]")
	case p.Kind == "country", p.Kind == "province", p.Kind == "region":
		return d.Text
	}
	// Pyongyang, Seoul, Beijing, Moscow: capitals that are themselves first-level units stay
	// readable at province level; their districts become "[a district of Pyongyang]".
	if p.Kind == "city" && strings.EqualFold(p.Name, p.Province) && isWellKnownCity(p.Name) {
		return d.Text // a capital says no more than its country
	}
	// A foreign place the gazetteer files under its country, with no province of its own
	// ("Bangkok", "Toronto"), goes up to the country: "[a city in Thailand]", never
	// "Thailand Province". Foreign cities are mostly points on an escape route, which the
	// province-level policies generalize ("through Vientiane to Bangkok").
	if p.Country != "" && strings.EqualFold(p.Province, p.Country) && p.Kind != "country" {
		p = &PlaceEntry{Name: p.Name, Kind: p.Kind, Country: p.Country}
	}
	if p.Kind == "city" && strings.EqualFold(p.Name, p.Province) {
		// Pyongyang, Seoul, Incheon: a city that is its own province would stay exact at
		// province level, so it goes up to the country.
		if p.Country != "" {
			return labels.concat("[a city in ", p.Country, "]")
		}
		return "[a city]"
	}
	pc := r.province(p.Province)
	if pc.city {
		return labels.concat("[a district of ", p.Province, "]")
	}
	kind, k := "a place", 2
	switch p.Kind {
	case "city", "district", "dong", "gu":
		kind, k = "a city", 0
	case "county", "ri":
		kind, k = "a county", 1
	}
	switch {
	case p.Province != "":
		if pc.in[k] == "" {
			pc.in[k] = labels.concat("[", kind, " in ", p.Province, provinceSuffix(p.Province), "]")
		}
		return pc.in[k]
	case p.Country != "":
		return labels.concat("[", kind, " in ", p.Country, "]")
	}
	return "[a place]"
}

// province returns the run's entry for the province of a place: whether the gazetteer's
// place of that name is a city, and the replacements made in it so far. A testimony's
// places are in a few provinces: the run keeps four, rather than lowering the name and
// looking it up in the gazetteer, and building the same replacement, for each place.
func (r *runState) province(name string) *provinceCity {
	for i := range r.provinceCities[:r.nProvinceCities] {
		if r.provinceCities[i].province == name {
			return &r.provinceCities[i]
		}
	}
	pe, ok := lookupLower(r.e.gaz.Places, name)
	pc := provinceCity{province: name, city: ok && pe.Kind == "city"}
	if r.nProvinceCities == len(r.provinceCities) { // not kept
		r.spareProvince = pc
		return &r.spareProvince
	}
	r.provinceCities[r.nProvinceCities] = pc
	r.nProvinceCities++
	return &r.provinceCities[r.nProvinceCities-1]
}

// lookupLower is m[strings.ToLower(s)] without making the lowered string when s is ASCII
// and short (most names): the key is lowered on the stack, and a map index with
// string(bytes) makes no string.
func lookupLower[V any](m map[string]V, s string) (V, bool) {
	var buf [64]byte
	if b, ok := appendLowerASCII(buf[:0], s); ok {
		v, ok := m[string(b)]
		return v, ok
	}
	v, ok := m[strings.ToLower(s)]
	return v, ok
}

// appendLowerASCII appends s lowered to dst, as strings.ToLower lowers it, when s is ASCII
// and fits in dst's capacity; ok is false (and nothing appended) otherwise.
func appendLowerASCII(dst []byte, s string) (b []byte, ok bool) {
	if len(s) > cap(dst)-len(dst) {
		return dst, false
	}
	n := len(dst)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return dst[:n], false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}

// provinceCity is one of province's entries.
type provinceCity struct {
	province string
	city     bool
	// in are "[a city in <province>]", "[a county in ...]" and "[a place in ...]", each
	// made at its first use.
	in [3]string
}

// provinceSuffix is what a province's name takes in a replacement: " Province", or
// nothing when the name says what unit it is.
func provinceSuffix(p string) string {
	if namesItsUnit(p) {
		return ""
	}
	return " Province"
}

// unitSuffixes (lower case) end a province's name that already says what kind of unit it is.
var unitSuffixes = []string{"province", "region", "oblast", "krai", "city", "-do", "prefecture", "republic"}

// namesItsUnit says whether p, case-folded, ends in one of unitSuffixes. An ASCII name
// (nearly all) is compared in place; another is lowered first, as lowering may change its
// length.
func namesItsUnit(p string) bool {
	if !isASCII(p) {
		l := strings.ToLower(p)
		return slices.ContainsFunc(unitSuffixes, func(s string) bool { return strings.HasSuffix(l, s) })
	}
	for _, s := range unitSuffixes {
		// The last bytes first: a suffix's is a lower-case letter, which only that letter
		// and its capital are when ORed with 0x20.
		if len(p) >= len(s) && p[len(p)-1]|0x20 == s[len(s)-1] && strings.EqualFold(p[len(p)-len(s):], s) {
			return true
		}
	}
	return false
}

var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
	"ninety": 90, "a": 1, "an": 1, "hundred": 100, "a few": 3, "several": 3, "dozen": 12,
}

// firstNumber finds the first number in s, written in digits or words ("35", "thirty-five").
// The detectors call it for every number they meet.
func firstNumber(s string) (float64, bool) {
	// Lowering keeps ASCII digits and makes none, so the first run of digits is read from s
	// itself, and s is lowered only to read its words.
	if i := indexDigit(s); i >= 0 {
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j-i <= 18 {
			v := 0
			for _, c := range []byte(s[i:j]) {
				v = v*10 + int(c-'0')
			}
			return float64(v), true // strconv.Atoi's value: 18 digits never overflow
		}
		v, err := strconv.Atoi(s[i:j])
		return float64(v), err == nil
	}
	l := strings.ToLower(s)
	var total float64
	var found bool
	prev := ""
	// The runs of letters of l, as strings.FieldsFunc with !unicode.IsLetter splits them, read
	// in place; most have not the length or first letter of a number word (numberWordShape).
	for i := 0; ; {
		w, end := letterRun(l, i)
		if w == "" {
			break
		}
		i = end
		v, ok := 0.0, false
		if numberWordShape.mayHold(w) && w != "a" && w != "an" {
			v, ok = numberWords[w]
		}
		if ok {
			total, found, prev = addNumberWord(total, found, w, v), true, w
		} else if found && (w != "and" || prev != "hundred") {
			break // "one hundred and five" goes on after its "and"
		}
	}
	return total, found
}

// addNumberWord adds the number word w, of value v, to the total of the words before it:
// "hundred" and "dozen" after a number multiply it ("fifteen hundred", "two dozen").
func addNumberWord(total float64, found bool, w string, v float64) float64 {
	if found && (w == "hundred" || w == "dozen") {
		return total * v
	}
	return total + v
}

var femaleWords = map[string]bool{"woman": true, "girl": true, "mother": true, "wife": true, "sister": true,
	"daughter": true, "grandmother": true, "aunt": true, "lady": true, "she": true, "her": true, "niece": true}
var maleWords = map[string]bool{"man": true, "boy": true, "father": true, "husband": true, "brother": true,
	"son": true, "grandfather": true, "uncle": true, "he": true, "his": true, "nephew": true, "soldier": true}

// generalizeAge turns an exact age into a decade: "a 35-year-old woman" → "a woman in her
// 30s", "aged 35" → "in their 30s", "at 17" → "as a teenager". The span's words are read in
// place (appendFieldRuns, nextField), not split into new slices.
func generalizeAge(s string) string {
	l := strings.ToLower(s)
	if strings.Contains(l, "month") || strings.Contains(l, "week") {
		return "[under a year old]"
	}
	var buf [16]string
	ws := appendFieldRuns(buf[:0], l, true)
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
		if !ageWords.mayHold(w) {
			continue // in none of the maps below
		}
		if femaleWords[w] {
			pron = "her"
		} else if maleWords[w] {
			pron = "his"
		}
		if i == len(ws)-1 && (femaleWords[w] || maleWords[w] || personNouns[w]) {
			noun = lastField(s)
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
	// The span's parts, joined once with what goes before them (labels.concat).
	var spanBuf [5]string
	span := append(spanBuf[:0], "under 10")
	switch {
	case age < 10:
	case age < 20:
		span = append(spanBuf[:0], "in ", pron, " teens")
	default:
		span = append(spanBuf[:0], "in ", pron, " ", strconv.Itoa(age/10*10), "s")
	}
	var parts [8]string
	atForm := len(ws) > 0 && ws[0] == "at"
	// "was 17": the span holds the copula, so the replacement must keep it.
	copula := ""
	if len(ws) > 0 && copulas[ws[0]] {
		first, _ := nextField(s, 0)
		if be, ok := turnsAsBe[ws[0]]; ok {
			first = be // "turns 68" → "is in her 60s": "turns in her 60s" says no age
		}
		copula = first + " "
	}
	switch {
	case noun != "":
		if age < 10 {
			return labels.concat(article, noun, " under 10")
		}
		return labels.concat(append(append(parts[:0], article, noun, " "), span...)...)
	case atForm && age < 13:
		return "as a child"
	case atForm && age < 20:
		return "as a teenager"
	case age < 10:
		return labels.concat(copula, "under 10")
	}
	return labels.concat(append(append(parts[:0], copula), span...)...)
}

var copulas = map[string]bool{"was": true, "is": true, "were": true, "am": true, "are": true, "been": true, "turned": true,
	"turns": true, "turn": true, "turning": true}

// turnsAsBe are the forms of "to be" that replace "turns" before a generalized age.
var turnsAsBe = map[string]string{"turns": "is", "turn": "be", "turning": "being"}

var personNouns = map[string]bool{"person": true, "child": true, "kid": true, "baby": true, "youth": true, "soldier": true, "broker": true, "worker": true,
	"student": true, "farmer": true, "defector": true, "refugee": true, "teacher": true, "officer": true,
	"prisoner": true, "private": true, "conscript": true, "teenager": true}

// ageWords lets generalizeAge and withPronoun skip the lookups in femaleWords, maleWords
// and personNouns for most words.
var ageWords = newKeyFilter(func(yield func(string) bool) {
	for _, m := range []map[string]bool{femaleWords, maleWords, personNouns} {
		for w := range m {
			if !yield(w) {
				return
			}
		}
	}
})

// generalizeDate keeps the year (or the decade); a relative date ("two years ago") is placed
// with the interview date when there is one.
func generalizeDate(s, level string, interview time.Time) string {
	// What the helpers below read: lowered once, on the stack when ASCII (l is not kept).
	l := string(appendLower(make([]byte, 0, 32), s))
	// findYear(s): lowering makes and removes no ASCII digit, nor joins two runs of them.
	y := findYear(l)
	if y == 0 {
		y = shortYearOf(l) // "'07", "Feb. 16th '22"
	}
	if d, ok := generalizeDurationLower(l, y); ok {
		return d
	}
	if y == 0 && !interview.IsZero() {
		if when, ok := relativeDateLower(l, interview); ok {
			y = when.Year()
		}
	}
	if y == 0 {
		return "[a date]"
	}
	prefix := ""
	if strings.HasPrefix(l, "in ") || strings.HasPrefix(l, "on ") || strings.HasPrefix(l, "this ") ||
		strings.HasPrefix(l, "next ") || strings.HasPrefix(l, "last ") || strings.HasSuffix(l, " ago") || strings.HasPrefix(l, "since ") {
		prefix = "in "
		if strings.HasPrefix(l, "since ") {
			prefix = "since "
		}
	}
	// A span that says no more than its year ("2019", "in 2019", "2019년") would come out
	// unchanged at level year: it climbs to the decade, so that generalizing always generalizes.
	var buf [24]byte
	b := append(buf[:0], prefix...)
	if level == "decade" || onlyYearLower(l, y) {
		b = append(strconv.AppendInt(append(b, "the "...), int64(y/10*10), 10), 's')
	} else {
		b = strconv.AppendInt(b, int64(y), 10)
	}
	return labels.fromBytes(b)
}

// onlyYearLower says whether l, a span lowered (strings.ToLower), holds nothing but the
// year y and words that carry no date: a preposition, an article, the Korean counter 년
// and particles. The words are read in place and the year written on the stack.
func onlyYearLower(l string, y int) bool {
	var yb [20]byte
	ys := string(strconv.AppendInt(yb[:0], int64(y), 10))
	for i := 0; ; {
		w, end := fieldRun(l, i, true)
		if w == "" {
			break
		}
		i = end
		switch {
		case w == ys, strings.HasPrefix(w, ys+"년"):
		case w == "in" || w == "on" || w == "since" || w == "the" || w == "year" || w == "of":
		default:
			return false
		}
	}
	return true
}

// findYear returns the first plausible four-digit year in s (1900–2099), or 0.
// Its years are the runs of exactly four digits, read run by run: a byte is tested once.
func findYear(s string) int {
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j-i == 4 {
			// Four digits read by hand: Atoi on every four bytes made an error value for
			// each that was not a number.
			y := int(s[i]-'0')*1000 + int(s[i+1]-'0')*100 + int(s[i+2]-'0')*10 + int(s[i+3]-'0')
			if y >= 1900 && y <= 2099 {
				return y
			}
		}
		i = j
	}
	return 0
}

// shortYearOf reads a year of two digits in a date span: after an apostrophe ("'07",
// "winter ’09"), or the whole span with a zero first ("07"). A year up to 30 is of this
// century, a later one of the last; 0 when there is none.
func shortYearOf(l string) int {
	d := ""
	if isAllDigits(l) && len(l) == 2 && l[0] == '0' {
		d = l
	} else if k := strings.LastIndexAny(l, "'’"); k >= 0 {
		_, n := utf8.DecodeRuneInString(l[k:])
		if r := l[k+n:]; len(r) == 2 && isAllDigits(r) {
			d = r
		}
	}
	if d == "" {
		return 0
	}
	yy := int(d[0]-'0')*10 + int(d[1]-'0')
	if yy <= 30 {
		return 2000 + yy
	}
	return 1900 + yy
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// relativeDateLower resolves "last month", "two years ago", "last year" against the
// interview date, in a span already lowered (strings.ToLower).
func relativeDateLower(l string, at time.Time) (time.Time, bool) {
	n, ok := firstNumber(l)
	if !ok {
		n = 1
	}
	switch {
	case strings.HasPrefix(l, "that ") || strings.HasPrefix(l, "the ") || strings.Contains(l, "previous") || strings.Contains(l, "following"):
		// "that year", "the following year", "the next year": the date they point to is
		// elsewhere in the text, not a year before or after the interview.
		return time.Time{}, false
	case strings.HasPrefix(l, "this "):
		n = 0 // "this year" is the interview's year
	case strings.HasPrefix(l, "next "):
		n = -1
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

var multipliers = map[string]float64{"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6,
	"billion": 1e9, "bn": 1e9, "lakh": 1e5, "만": 1e4, "억": 1e8, "천": 1e3,
	"grand": 1e3, // "5 grand": five thousand (dollars, as slang says it)
	// Russian, read as whole words (cyrSums: "350 тыс. руб.", "1,5 млн рублей")
	"тыс": 1e3, "тысяч": 1e3, "тысячи": 1e3, "тысяча": 1e3, "тисяч": 1e3, "тисячі": 1e3,
	"млн": 1e6, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6, "мільйонів": 1e6, "млрд": 1e9}

// parseAmount reads the amount of a money span: "20,000", "2.7 million", "three million",
// "5000". l is the span lowered (strings.ToLower).
func parseAmount(l string) (float64, bool) {
	if v, ok := romanizedAmount(l); ok {
		return v, true
	}
	var v float64
	found := false
	i := indexDigit(l)
	rest := l
	if i >= 0 {
		j := i
		for j < len(l) && (isDigit(l[j]) || l[j] == ',' || l[j] == '.' || l[j] == ' ' && j+1 < len(l) && isDigit(l[j+1]) && j+4 <= len(l)) {
			j++
		}
		num := strings.TrimRight(l[i:j], ".,")
		f, err := strconv.ParseFloat(normaliseNumber(num), 64)
		if err != nil {
			return 0, false
		}
		if w, _ := letterRun(l[j:], 0); isMultiplier(w) && strings.Count(num, ".") == 1 && !strings.ContainsAny(num, ", ") {
			f, _ = strconv.ParseFloat(num, 64) // "2.500 million": before a multiplier, a decimal point
		}
		v, found, rest = f, true, l[j:]
	} else if n, ok := firstNumber(l); ok {
		v, found = n, true
	} else if a, ok := articleAmount(l); ok {
		v, found = a, true // "a million won", "half a million won"
	} else {
		return 0, false
	}

	for i := 0; ; {
		w, end := letterRun(rest, i)
		if w == "" {
			break
		}
		i = end
		if m, ok := multipliers[w]; ok {
			v *= m
		}
	}
	for _, m := range wideMultipliers {
		if strings.Contains(rest, m.word) {
			v *= m.factor
		}
	}
	return v, found
}

// articleAmount reads the article before a multiplier as the amount: 1 in "a million won",
// 0.5 in "half a million won".
func articleAmount(l string) (float64, bool) {
	v := 1.0
	if rest, ok := strings.CutPrefix(l, "half "); ok {
		l, v = rest, 0.5
	}
	rest, ok := strings.CutPrefix(l, "a ")
	if !ok {
		rest, ok = strings.CutPrefix(l, "an ")
	}
	if w, _ := letterRun(rest, 0); !ok || !isMultiplier(w) {
		return 0, false
	}
	return v, true
}

// romanizedAmount reads a sum in romanized Korean units ("2 man yuan", "1 man 4 cheon",
// "6.5 man won"): each number times the unit after it, added up. ok is false when l has no
// such unit after a number.
func romanizedAmount(l string) (float64, bool) {
	if !strings.Contains(l, " man") && !strings.Contains(l, " cheon") && !strings.Contains(l, " chon") &&
		!strings.Contains(l, " eok") && !strings.Contains(l, " baek") {
		return 0, false
	}
	fs := strings.Fields(l)
	v, found := 0.0, false
	for i := 0; i+1 < len(fs); i++ {
		u := romanizedKoreanUnits[strings.TrimRight(fs[i+1], ".,;:")]
		if u == 0 {
			continue
		}
		n, err := strconv.ParseFloat(normaliseNumber(fs[i]), 64)
		if err != nil {
			continue
		}
		v, found = v+n*u, true
	}
	return v, found
}

// indexDigit is the index of the first ASCII digit of s, -1 if none (a byte of a longer
// UTF-8 sequence is never one).
func indexDigit(s string) int {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return i
		}
	}
	return -1
}

// wideMultipliers are the multipliers not written in ASCII ("만", "억"): a sum has them
// anywhere, glued to the number ("3만"). They were found by ranging over multipliers, in
// no fixed order; they are a list, in the order of their keys.
var wideMultipliers = func() (ms []struct {
	word   string
	factor float64
}) {
	for _, k := range slices.Sorted(maps.Keys(multipliers)) {
		if len(k) > 1 && k[0] >= 0x80 && hasHangulSyllable(k) { // the Cyrillic ones are whole words
			ms = append(ms, struct {
				word   string
				factor float64
			}{k, multipliers[k]})
		}
	}
	return ms
}()

// letterRun returns the first run of letters of s at or after byte i, as strings.FieldsFunc
// with !unicode.IsLetter splits s, and the index just after it: "" when there is none.
// The words of a sum are read in place, without a slice of them.
func letterRun(s string, i int) (w string, end int) { return fieldRun(s, i, false) }

// fieldRun is letterRun, with digits counted as letters when digits is set (strings.FieldsFunc
// splitting at what is neither a letter nor a digit). An ASCII byte is classed by one load
// of fieldBytes and one test, which the words' boundaries mispredict less than the tests of
// a letter and a digit in turn.
func fieldRun(s string, i int, digits bool) (w string, end int) {
	want := uint8(fieldLetter)
	if digits {
		want |= fieldDigit
	}
	for i < len(s) {
		k := fieldBytes[s[i]]
		if k&want != 0 {
			break
		}
		if k != fieldWide {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || digits && unicode.IsDigit(r) {
			break
		}
		i += n
	}
	j := i
	for j < len(s) {
		k := fieldBytes[s[j]]
		if k&want != 0 {
			j++
			continue
		}
		if k != fieldWide {
			break
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && !(digits && unicode.IsDigit(r)) {
			break
		}
		j += n
	}
	return s[i:j], j
}

// fieldBytes classes each byte for fieldRun: an ASCII letter, an ASCII digit, a byte of a
// rune outside ASCII (decoded and read whole), or 0 for the rest of ASCII.
var fieldBytes = func() (t [256]uint8) {
	for c := range 256 {
		switch b := byte(c); {
		case isASCIILetter(b):
			t[c] = fieldLetter
		case isDigit(b):
			t[c] = fieldDigit
		case b >= utf8.RuneSelf:
			t[c] = fieldWide
		}
	}
	return t
}()

// The classes of fieldBytes.
const (
	fieldLetter = 1 << iota
	fieldDigit
	fieldWide
)

// appendFieldRuns appends the fieldRuns of s to dst: strings.FieldsFunc(s, not a letter (nor
// a digit, with digits)), into a caller's small array rather than a new slice.
func appendFieldRuns(dst []string, s string, digits bool) []string {
	for i := 0; ; {
		w, end := fieldRun(s, i, digits)
		if w == "" {
			return dst
		}
		dst, i = append(dst, w), end
	}
}

// nextField returns the first field of s at or after byte i, as strings.Fields splits s at
// white space (unicode.IsSpace), and the index just after it: "" when there is none.
func nextField(s string, i int) (w string, end int) {
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	j := i
	for j < len(s) {
		r, n := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[j:])
		}
		if unicode.IsSpace(r) {
			break
		}
		j += n
	}
	return s[i:j], j
}

// lastField is the last of strings.Fields(s), "" when s has none.
func lastField(s string) string {
	last := ""
	for i := 0; ; {
		w, end := nextField(s, i)
		if w == "" {
			return last
		}
		last, i = w, end
	}
}

// isASCIILetter is unicode.IsLetter for an ASCII byte.
func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// normaliseNumber reads "20,000", "20 000", "2.7", "1.000.000" (European) into Go syntax.
func normaliseNumber(s string) string {
	if !strings.ContainsAny(s, " ,.") {
		return s // digits alone are Go syntax already
	}
	s = strings.ReplaceAll(s, " ", "")
	if strings.Count(s, ".") > 1 || strings.Contains(s, ",") && strings.Contains(s, ".") &&
		strings.LastIndex(s, ",") > strings.LastIndex(s, ".") {
		s = strings.ReplaceAll(s, ".", "")
		return strings.ReplaceAll(s, ",", ".")
	}
	if strings.Count(s, ".") == 1 && !strings.Contains(s, ",") && len(s)-strings.Index(s, ".") == 4 {
		// "12.000": a sum has no three decimals, so one full stop before three digits
		// parts the thousands, as in "1.000.000".
		return strings.ReplaceAll(s, ".", "")
	}
	if c := strings.Count(s, ","); c > 0 {
		if c == 1 && len(s)-strings.Index(s, ",") != 4 {
			return strings.ReplaceAll(s, ",", ".")
		}
		return strings.ReplaceAll(s, ",", "")
	}
	return s
}

var currencyWords = []string{"yuan", "rmb", "cny", "won", "krw", "kpw", "dollars", "dollar", "usd",
	"euros", "euro", "eur", "rubles", "roubles", "ruble", "rub", "yen", "jpy", "pounds", "gbp",
	"baht", "thb", "kip", "lak"}

// currencyWord returns how a word of currencyWords is written in a range ("yuan", "RMB"), or
// "" when w is not one.
func currencyWord(w string) string {
	for _, c := range currencyWords {
		if w == c {
			switch w {
			case "rmb", "cny", "usd", "krw", "kpw", "eur", "gbp", "jpy", "rub", "thb", "lak":
				return strings.ToUpper(w)
			}
			return w
		}
	}
	return ""
}

// otherCurrency finds a currency from the legal detectors' lists in a sum: an ISO code
// written in capitals (as the code) or a currency word (lower case, longest first).
func otherCurrency(s, lower string) string {
	for i := 0; ; {
		w, end := letterRun(s, i)
		if w == "" {
			break
		}
		i = end
		if len(w) == 3 && legalISOCurrencies[w] {
			return w
		}
	}
	// A word whose first byte the sum does not have cannot be in it: most are not searched.
	var has [256]bool
	for i := 0; i < len(lower); i++ {
		has[lower[i]] = true
	}
	for _, w := range legalCurrencyWords {
		if !has[w[0]] {
			continue
		}
		if i := strings.Index(lower, w); i >= 0 && (i == 0 || !isWordRune(rune(lower[i-1]))) &&
			(i+len(w) == len(lower) || !isWordRune(rune(lower[i+len(w)]))) {
			return w
		}
	}
	return ""
}

// generalizeMoney turns a sum into a range: "20,000 yuan" → "[10,000–50,000 yuan]". The
// range is written into one buffer, rather than concatenated from a string per part.
func generalizeMoney(s string) string {
	if v, n := hanAmount(s); n > 0 && v > 0 {
		if strings.Contains(s, "円") {
			return moneyRange(v, "", "円") // "三百万円": yen, in Japanese
		}
		return moneyRange(v, "", "元") // hanProse's sums: Chinese numerals and 块, 元 or 人民币
	}
	if v, word, ok := koreanSum(s); ok {
		if c := currencyWord(word); c != "" {
			word = c // "5万 yuan", "5万 RMB"
		}
		return moneyRange(v, "", word)
	}
	l := strings.ToLower(s)
	// A hedged sum ("more than 5,000 yuan") keeps its hedge in the range: "[more than
	// 5,000–10,000 yuan]", one replacement for one sum, which still says what the hedge said.
	for _, h := range moneyHedges {
		if strings.HasPrefix(l, h) {
			if r := generalizeMoney(s[len(h):]); r != "[a sum of money]" {
				return "[" + s[:len(h)] + r[1:]
			}
			break
		}
	}
	v, ok := parseAmount(l)
	if !ok || v <= 0 {
		return "[a sum of money]"
	}
	sym, word := "", ""
	for i, r := range s {
		if r < utf8.RuneSelf && r != '$' {
			continue // most runes: digits, letters, spaces; the switch's search is passed over
		}
		switch r {
		case '$', '¥', '₩', '€', '£', '₽', '฿', '₭', '元', '원':
			sym = s[i : i+utf8.RuneLen(r)] // the symbol as written: these runes are valid
		}
	}
	for i := 0; ; {
		w, end := letterRun(l, i)
		if w == "" {
			break
		}
		i = end
		if c := currencyWord(w); c != "" {
			word = c // the last currency word names the currency
		}
	}
	if word == "" {
		// A currency the table above does not know (CHF, "deutsche marks") is kept as written
		// in the legal detectors' lists: the range alone would not say what the sum was in.
		word = otherCurrency(s, l)
	}
	if sym == "원" || sym == "元" {
		word, sym = sym, ""
	}
	return moneyRange(v, sym, word)
}

// koreanSum reads a Korean sum ("3천 위안", "1만5천 위안", "오천 위안", "100만 원") or a
// sum in Chinese units ("3万5千元", "5万 yuan"): the amount koreanAmount reads, each unit
// counted once, and the currency word after it (lower case).
func koreanSum(s string) (v float64, currency string, ok bool) {
	if !hasHangulSyllable(s) && !strings.ContainsAny(s, "千万萬亿億") {
		return 0, "", false
	}
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		if isDigit(s[i]) || sinoNumeralStart(s[i:]) {
			v, n, hangul, unit := koreanAmount(s[i:])
			if n > 0 && v > 0 && (!hangul || unit) {
				rest := strings.TrimPrefix(s[i+n:], "多")
				rest = strings.TrimLeft(rest[len(koreanOverSuffix(rest)):], " ") // "삼천여 위안"
				return v, koreanCurrencyAt(strings.ToLower(rest)), true
			}
		}
		i += size
	}
	return 0, "", false
}

// moneyRange writes the range of v: "[10,000–50,000 yuan]", "[$100–$500]", "[1–5 million 원]".
func moneyRange(v float64, sym, word string) string {
	lo := math.Pow(10, math.Floor(math.Log10(v)))
	hi := 5 * lo
	if v >= 5*lo {
		lo, hi = 5*lo, 10*lo
	}
	var buf [96]byte
	b := append(buf[:0], '[')
	if lo >= 1e6 && word != "" {
		b = appendGroupedInt(b, lo/1e6)
		b = append(b, "–"...)
		b = appendGroupedInt(b, hi/1e6)
		b = append(b, " million"...)
	} else {
		b = appendMoneyBound(b, lo, sym, word)
		b = append(b, "–"...)
		b = appendMoneyBound(b, hi, sym, word)
	}
	if word != "" {
		b = append(b, ' ')
		b = append(b, word...)
	}
	return labels.fromBytes(append(b, ']'))
}

// appendMoneyBound appends one end of a range of money: "2 million" with a currency word,
// else the symbol and the amount ("$10,000").
func appendMoneyBound(b []byte, x float64, sym, word string) []byte {
	if x >= 1e6 && math.Mod(x, 1e6) == 0 && word != "" {
		return append(appendGroupedInt(b, x/1e6), " million"...)
	}
	return appendGroupedInt(append(b, sym...), x)
}

// appendGroupedInt appends x rounded to an integer, with thousands separators.
func appendGroupedInt(b []byte, x float64) []byte {
	var buf [32]byte
	var s []byte
	if r := math.Round(x); r >= 1 && r < 1<<62 {
		s = strconv.AppendInt(buf[:0], int64(r), 10) // the same digits, without the float formatting
	} else {
		s = strconv.AppendFloat(buf[:0], r, 'f', 0, 64)
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, c)
	}
	return b
}

// generalizeQuantity drops the count of a household detail: "three children" → "[children]".
func generalizeQuantity(s string) string {
	last := lastField(s)
	if last == "" {
		return "[removed]"
	}
	last = strings.ToLower(strings.Trim(last, ".,;:"))
	if _, isNumber := firstNumber(last); isNumber || koreanNumeral(last) {
		return "[a number]" // a count without its noun ("about twenty"): the noun would be the number
	}
	if fractionWords[last] {
		return "[a share]" // "a quarter" of a sum: the noun is the figure
	}
	return labels.concat("[", last, "]")
}

// fractionWords are the heads of fractions ("a quarter", "절반"), which generalize to a share.
var fractionWords = map[string]bool{"half": true, "halves": true, "third": true, "thirds": true,
	"quarter": true, "quarters": true, "fifth": true, "fifths": true, "tenth": true, "tenths": true, "절반": true}

var workplaceNouns = []string{"mine", "farm", "factory", "enterprise", "plant", "mill", "school", "hospital",
	"university", "college", "company", "restaurant", "market", "cooperative", "office", "station",
	"complex", "works", "shop", "store", "workshop", "base", "port", "kitchen", "bureau", "centre", "center",
	"prison", "camp", "shipyard", "salon", "warehouse", "clinic", "institute", "academy", "cooperative", "unit"}

// workplaceKinds are the kinds a workplace span generalizes to: the detector's nouns and
// the public bodies other detectors (legal_org) report as workplaces. The extra nouns are
// not detection cues: as cues they take "the Court" and "the Government party" in judgments.
var workplaceKinds = append(append([]string(nil), workplaceNouns...),
	"court", "tribunal", "authority", "directorate", "police", "council", "bank", "party", "kindergarten", "elementary")

// nounDisplay is how a kind noun reads after "a" when the bare noun does not ("[a police
// force]", not "[a police]").
var nounDisplay = map[string]string{"police": "police force", "elementary": "school"}

var routeNouns = []string{"crossing", "river", "bridge", "pass", "border", "ferry", "tunnel", "road", "route", "checkpoint", "ford"}

// nounKinds is a list of kind nouns as generalizeByNoun reads it: each form of a noun
// (the noun, its plural) is a key, for the replacement of the list's first noun
// with that form ("mines" → "[a mine]"). A word is looked up once, where it was compared
// with every noun of the list.
type nounKinds struct {
	labelOf map[string]string
	forms   *keyFilter // turns most words away before the map
}

func newNounKinds(nouns []string) *nounKinds {
	k := &nounKinds{labelOf: map[string]string{}}
	for _, n := range nouns {
		kind := n
		if d, ok := nounDisplay[n]; ok {
			kind = d
		}
		label := "[" + article(kind) + " " + kind + "]"
		forms := []string{n, n + "s"}
		if strings.HasSuffix(n, "y") {
			forms = append(forms, n[:len(n)-1]+"ies")
		}
		for _, f := range forms {
			if _, ok := k.labelOf[f]; !ok { // an earlier noun's form wins
				k.labelOf[f] = label
			}
		}
	}
	k.forms = newKeyFilter(maps.Keys(k.labelOf))
	return k
}

// The kinds of workplaces and routes, made once.
var workplaceKindLabels, routeNounLabels = newNounKinds(workplaceKinds), newNounKinds(routeNouns)

// generalizeByNoun keeps the kind of thing a span names ("the Musan mine" → "[a mine]").
func generalizeByNoun(s string, kinds *nounKinds, fallback string) string {
	// Lowered on the stack when ASCII: l's words are only compared.
	l := string(appendLower(make([]byte, 0, 32), s))
	// The last word that is a noun's form names the kind: the words are read in order, in
	// place, keeping the last match.
	label := fallback
	for i := 0; ; {
		w, end := letterRun(l, i)
		if w == "" {
			break
		}
		i = end
		if kinds.forms.mayHold(w) {
			if l, ok := kinds.labelOf[w]; ok {
				label = l
			}
		}
	}
	return label
}

func article(n string) string {
	// "a unit", "a union", "a university", "a one-room flat": a u or o said with a
	// consonant first takes "a".
	for _, p := range []string{"uni", "use", "usu", "uti", "eu", "one", "once"} {
		if strings.HasPrefix(n, p) {
			return "a"
		}
	}
	if strings.ContainsRune("aeiou", rune(n[0])) {
		return "an"
	}
	return "a"
}

// generalizeRank keeps whether a rank is a general's, an officer's, an NCO's or a
// private's. Its words are looked up whole (romanized Korean "sangsa" is an NCO, "sangwi" an
// officer): general ranks first ("major general"), then NCOs ("sergeant major", "warrant
// officer"), then officers.
func generalizeRank(s string) string {
	if l, ok := cyrRankLabel(strings.ToLower(s)); ok {
		return l
	}
	class := rankSoldier
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if c := rankClasses[w]; c > class {
			class = c
		}
	}
	return [...]string{"[soldier]", "[officer]", "[non-commissioned officer]", "[general officer]"}[class]
}

// The classes of rank words, in the order a rank's words decide: the highest wins.
const (
	rankSoldier = iota
	rankOfficer
	rankNCO
	rankGeneral
)

// rankClasses gives the class of every rank word that is not a private's: English (KPA and
// Russian usage), Russian and Ukrainian transliterated, romanized and Hangul Korean.
var rankClasses = func() map[string]int {
	m := map[string]int{}
	for class, words := range map[int][]string{
		rankGeneral: {"general", "marshal", "admiral", "brigadier", "gen", "brig", "sojang", "jungjang", "sangjang", "daejang", "chasu", "wonsu",
			"소장", "중장", "상장", "대장", "차수", "원수"},
		rankNCO: {"sergeant", "serzhant", "starshina", "praporshchik", "warrant", "corporal", "sgt", "cpl", "hasa", "jungsa", "sangsa",
			"teukmusangsa", "teukmu", "하사", "중사", "상사", "특무상사"},
		rankOfficer: {"lieutenant", "leytenant", "leitenant", "captain", "kapitan", "major", "colonel", "polkovnik", "polkovnyk", "lt", "col", "maj", "capt", "cpt",
			"podpolkovnik", "pidpolkovnyk", "officer", "commissar", "sowi", "jungwi", "sangwi", "daewi", "sojwa", "jungjwa",
			"sangjwa", "daejwa", "소위", "중위", "상위", "대위", "소좌", "중좌", "상좌", "대좌"},
	} {
		for _, w := range words {
			m[w] = class
		}
	}
	return m
}()

// koreanDuration generalizes a Korean count of years, months or days ("40년", "6개월",
// "삼 년", "석 달", "이틀") as the English durations are ("[years]"). Years with 에 after them are a point in time ("40년에
// 태어났어요": in '40), and 50 or more years a year said short ("97년 생활": life in '97):
// a date.
func koreanDuration(span, after string) string {
	switch n, _ := strconv.Atoi(span[:leadingDigits(span)]); {
	case strings.HasSuffix(span, "개월") || strings.HasSuffix(span, "달"):
		return "[months]"
	case !strings.HasSuffix(span, "년") && !strings.HasSuffix(span, "해") && !strings.HasSuffix(span, "살") && !strings.HasSuffix(span, "세"):
		return "[days]" // "이틀", "열흘"
	case n > 0 && (strings.HasPrefix(after, "에") || n >= 50):
		return "[a date]" // in digits only: "한 달에 한 번" is once a month
	}
	return "[years]"
}

// generalizeDurationLower generalizes a duration ("three years", "eleven days"), in a span
// already lowered (strings.ToLower), to its unit: how long someone was held is as telling as
// when. year is findYear(l), which the caller has read already.
func generalizeDurationLower(l string, year int) (string, bool) {
	if year != 0 || strings.Contains(l, "ago") || strings.Contains(l, "earlier") || strings.Contains(l, "later") ||
		strings.Contains(l, "last") || strings.Contains(l, "before") {
		return "", false
	}
	// "this year", "next month", "the following year" name a time, not a length of time.
	if strings.HasPrefix(l, "this ") || strings.HasPrefix(l, "that ") || strings.HasPrefix(l, "next ") ||
		strings.HasPrefix(l, "the next ") || strings.HasPrefix(l, "the last ") ||
		strings.Contains(l, "previous") || strings.Contains(l, "following") {
		return "", false
	}
	// The last of at least two words (as strings.FieldsFunc splits l at what is neither a
	// letter nor a digit), read in place.
	words, u := 0, ""
	for i := 0; ; {
		w, end := fieldRun(l, i, true)
		if w == "" {
			break
		}
		words, u, i = words+1, w, end
	}
	if words < 2 {
		return "", false
	}
	// The unit, plural: "[" + strings.TrimSuffix(u, "s") + "s]".
	switch u {
	case "day", "days":
		return "[days]", true
	case "week", "weeks":
		return "[weeks]", true
	case "month", "months", "mos":
		return "[months]", true
	case "year", "years", "yrs":
		return "[years]", true
	case "hour", "hours":
		return "[hours]", true
	case "decade", "decades":
		return "[decades]", true
	}
	return "", false
}

// wellKnownCities are capitals and world cities that are first-level units of their own
// (the gazetteer gives them themselves as province): naming one narrows nothing down. A
// foreign city filed under its country goes to the country (generalizePlace).
var wellKnownCities = map[string]bool{"pyongyang": true, "seoul": true, "beijing": true, "moscow": true,
	"kyiv": true, "kiev": true, "shanghai": true}

// isWellKnownCity is wellKnownCities[strings.ToLower(name)].
func isWellKnownCity(name string) bool {
	known, _ := lookupLower(wellKnownCities, name)
	return known
}

// withPronoun fixes "their" in a generalized age from the words just before it: "He is 42
// years old" becomes "He is in his 40s".
func withPronoun(age, before string) string {
	if !strings.Contains(age, " their ") {
		return age
	}
	// The last three words of before (strings.Fields), last first, read back from its end:
	// the first that names someone decides. Each is lowered alone: lowering goes rune by
	// rune and makes or removes no space or trimmed mark, so a word lowered is the word of
	// before lowered.
	end := len(before)
	for range 3 {
		var w string
		if w, end = fieldBefore(before, end); w == "" {
			break
		}
		// Lowered on the stack when ASCII: w is only compared, never kept.
		w = string(appendLower(make([]byte, 0, 32), trimQuotesAndStops(w)))
		gendered := ageWords.mayHold(w) // may be in maleWords or femaleWords
		switch {
		case pluralPeople[w]:
			return age // "her two sons, 12 and 9": the sons' ages, not hers
		case w == "he" || w == "his" || w == "him" || gendered && maleWords[w]:
			return withTheirAs(age, "his")
		case w == "she" || w == "her" || gendered && femaleWords[w]:
			return withTheirAs(age, "her")
		case w == "i" || w == "i'm" || w == "i’m":
			return withTheirAs(age, "my")
		case w == "he's" || w == "he’s":
			return withTheirAs(age, "his")
		case w == "she's" || w == "she’s":
			return withTheirAs(age, "her")
		case w == "we":
			return withTheirAs(age, "our")
		case w == "you":
			return withTheirAs(age, "your")
		case w == "they":
			return age
		}
	}
	return age
}

// fieldBefore returns the last field of s[:end], as strings.Fields splits s at white space
// (unicode.IsSpace), and the index where it starts: "" when there is none. Runes are
// decoded back from end, which splits valid and invalid UTF-8 as decoding forward does.
func fieldBefore(s string, end int) (w string, start int) {
	for end > 0 {
		space, n := spaceBefore(s, end)
		if !space {
			break
		}
		end -= n
	}
	start = end
	for start > 0 {
		space, n := spaceBefore(s, start)
		if space {
			break
		}
		start -= n
	}
	return s[start:end], start
}

// spaceBefore says whether the rune that ends at s[i-1] is white space (unicode.IsSpace),
// and returns its length: an ASCII byte is read alone.
func spaceBefore(s string, i int) (bool, int) {
	if c := s[i-1]; c < utf8.RuneSelf {
		return c == ' ' || '\t' <= c && c <= '\r', 1
	}
	r, n := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(r), n
}

// trimQuotesAndStops is strings.Trim(w, ".,;:\"'"), without building the cut set each time.
func trimQuotesAndStops(w string) string {
	isCut := func(c byte) bool {
		return c == '.' || c == ',' || c == ';' || c == ':' || c == '"' || c == '\''
	}
	for w != "" && isCut(w[0]) {
		w = w[1:]
	}
	for w != "" && isCut(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	return w
}

// withTheirAs is strings.Replace(age, " their ", " "+pron+" ", 1) for an age that holds
// " their ", from the label cache: a few ages and pronouns make every replacement.
func withTheirAs(age, pron string) string {
	i := strings.Index(age, " their ")
	return labels.concat(age[:i], " ", pron, " ", age[i+len(" their "):])
}

// dateReplacement is generalizeDate, with the spans it cannot read well read first:
//   - a decade ("the 1990s", "the late 1990s", "1990년대") is coarser than a year: it stays
//     at level year, and at level decade loses only its "early", "mid" or "late";
//   - a Korean date is generalized in Korean ("2009년 3월" → "2009년", "2000년대"), its year
//     written in digits, in Hangul numerals or in the North Korean Juche calendar;
//   - an offset from an event of the story ("three days before Chuseok", "two weeks later")
//     keeps its unit and direction: the interview date does not say when the event was, so
//     the offset is not counted from it ("two years ago" is, in generalizeDate).
func dateReplacement(s, level string, interview time.Time) string {
	if hasHangulSyllable(s) {
		if strings.Contains(s, "년대") {
			return s
		}
		if yy, ok := strings.CutSuffix(s, "생"); ok && len(s) > 2 && isDigit(s[0]) && isDigit(s[1]) &&
			strings.Trim(yy[2:], " 년도") == "" && strings.Contains(yy, "년") {
			// "97년생" (born in 1997) → "90년대생": the decade, of the 1900s or the 2000s.
			// "97 년생", "97년 생", "97년도생" read the same.
			return s[:1] + "0년대생"
		}
		if y, only := koreanYearOf(s); y != 0 {
			if level == "decade" || only {
				return strconv.Itoa(y/10*10) + "년대"
			}
			return strconv.Itoa(y) + "년"
		}
		return generalizeDate(s, level, interview)
	}
	if k := strings.Index(s, "年"); k >= 4 && isAllDigits(s[k-4:k]) && !hasASCIIDigit(s[:k-4]) {
		// "1979年3月12日": the year, or its decade, written as the date is ("1979年", "1970年代").
		// Kana glued before the digits may be in the span ("で1960年に"): it stays.
		y := s[k-4 : k]
		if level == "decade" {
			return s[:k-4] + y[:3] + "0年代"
		}
		return s[:k-4] + y + "年"
	}
	l := strings.ToLower(s)
	var buf [8]string
	ws := appendFieldRuns(buf[:0], l, true)
	year := findYear(l) // asked below up to three times
	if y := shortYearIn(s); y > 0 && year == 0 {
		// "the spring of '15": the year written short, read whole in its place, so that a
		// span of the year alone ("in '98") climbs to the decade as "in 1998" does.
		return generalizeDate(withFullYear(s, y), level, interview)
	}
	if len(ws) == 1 && len(ws[0]) == 8 && isAllDigits(ws[0]) && findYear(ws[0][:4]) > 0 {
		// "20140307": year, month and day without separators, generalized as its year would be.
		return generalizeDate(ws[0][:4]+"-"+ws[0][4:], level, interview)
	}
	if year == 0 && strings.HasPrefix(l, "on ") && len(ws) >= 2 && isAllDigits(strings.Join(ws[1:], "")) {
		// A date in digits without a year the span took with its "on" ("On 9/1/25").
		return labels.concat(s[:3], "[a date]")
	}
	if len(ws) == 2 && ws[0] == "juche" {
		// "Juche 87" is 1998: generalized as that year would be.
		if n, err := strconv.Atoi(ws[1]); err == nil && n > 0 && n < 200 {
			return generalizeDate(strconv.Itoa(n+1911), level, interview)
		}
	}
	for _, w := range ws {
		if isDecade(w) {
			if level != "decade" {
				return s
			}
			if ws[0] == "the" {
				return "the " + w
			}
			return w
		}
	}
	if n := len(ws); n >= 2 && year == 0 {
		switch ws[n-1] {
		case "before", "after", "later", "earlier":
			if u := durationUnitLabel(ws[n-2]); u != "" {
				return u + " " + ws[n-1]
			}
		}
	}
	return generalizeDate(s, level, interview)
}

// koreanNumericDate generalizes a date in digits that a Korean particle follows ("2018.3.5에",
// "2018. 3. 5.에") in Korean, as dateReplacement does a Korean date: "2018년", "2010년대".
// An English "the 2010s" inside a Korean sentence reads wrong.
func koreanNumericDate(s, level, after string) (string, bool) {
	if s == "" || !isDigit(s[0]) || !isDigit(s[len(s)-1]) && s[len(s)-1] != '.' || !hangulStartsAt(after+" ", 0) {
		return "", false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isDigit(c) && c != '.' && c != '/' && c != '-' && c != ' ' {
			return "", false
		}
	}
	y := findYear(s)
	if y == 0 {
		return "", false
	}
	if level == "decade" {
		return strconv.Itoa(y/10*10) + "년대", true
	}
	return strconv.Itoa(y) + "년", true
}

// shortYearIn returns the first year written with an apostrophe and two digits in s
// ("'15" is 2015, "'97" is 1997), or 0.
func shortYearIn(s string) int {
	_, y := shortYearAt(s)
	return y
}

// withFullYear is s with its year written short ("'98", shortYearIn) written whole as y.
func withFullYear(s string, y int) string {
	at, _ := shortYearAt(s)
	if at < 0 {
		return s
	}
	q := len("'")
	if strings.HasPrefix(s[at:], "’") {
		q = len("’")
	}
	return s[:at] + strconv.Itoa(y) + s[at+q+2:]
}

// shortYearAt returns where a year written short ("'98", "’07") starts in s and its year, or
// -1 and 0.
func shortYearAt(s string) (int, int) {
	for _, q := range []string{"'", "’"} {
		if i := strings.Index(s, q); i >= 0 {
			d := s[i+len(q):]
			if len(d) >= 2 && isDigit(d[0]) && isDigit(d[1]) && (len(d) == 2 || !isDigit(d[2])) {
				n := int(d[0]-'0')*10 + int(d[1]-'0')
				if n < 40 {
					return i, 2000 + n
				}
				return i, 1900 + n
			}
		}
	}
	return -1, 0
}

// durationUnitLabel is the replacement of a count of the time unit u ("days" → "[days]"),
// or "".
func durationUnitLabel(u string) string {
	switch u {
	case "day", "days":
		return "[days]"
	case "week", "weeks":
		return "[weeks]"
	case "month", "months", "mos":
		return "[months]"
	case "year", "years", "yrs":
		return "[years]"
	case "hour", "hours":
		return "[hours]"
	case "decade", "decades":
		return "[decades]"
	}
	return ""
}

// koreanYearOf reads the year of a Korean date span: the number before "년", in digits
// ("2009년"), in Hangul numerals ("이천십구 년") or in the Juche calendar that counts from
// 1912 ("주체108년" is 2019). only says the span holds nothing but the year.
func koreanYearOf(s string) (year int, only bool) {
	i := strings.Index(s, "년")
	if i < 0 {
		return 0, false
	}
	head := strings.TrimRight(s[:i], " ")
	tok := head[strings.LastIndexByte(head, ' ')+1:]
	juche := false
	if t, ok := strings.CutPrefix(tok, "주체"); ok {
		tok, juche = t, true
	} else if strings.HasSuffix(strings.TrimSuffix(head, tok), "주체 ") {
		juche = true
	}
	if p := strings.IndexByte(tok, '('); juche && p >= 0 && strings.HasSuffix(tok, ")") {
		tok, juche = tok[p+1:len(tok)-1], false // "주체87(1998)년": the Gregorian year given
		head = tok
	}
	v, n, _, _ := koreanAmount(tok)
	if n != len(tok) || v != math.Trunc(v) {
		return 0, false
	}
	y := int(v)
	if juche {
		y += 1911
	}
	if y < 1900 || y > 2099 {
		return 0, false
	}
	rest := strings.TrimSpace(s[i+len("년"):])
	return y, rest == "" && (juche || head == tok)
}

// onBeforeYear is the index in before (the text up to a date's span) of the "o" of an "on"
// that the date's replacement does not fit, or -1: a day ("on 3 May 1985", "on the 3rd of
// May 1985", whose "the" the span holds) generalized to a year or a decade ("2008", "the 1980s") reads "in 2008", "in
// the 1980s". The span is not widened to take the "on": it is not part of the date.
func onBeforeYear(d *decision, before string) int {
	if d.Action != Generalize || d.Category != Date && d.Category != BirthDate {
		return -1
	}
	r := strings.TrimPrefix(d.Replacement, "the ")
	if r == "" || !isDigit(r[0]) || strings.Contains(r, "년") {
		return -1
	}
	b, ok := strings.CutSuffix(before, "on ")
	if !ok {
		if b, ok = strings.CutSuffix(b, "On "); !ok {
			return -1
		}
	}
	if b != "" && isWordRune(rune(b[len(b)-1])) {
		return -1 // "upon 3 May 1985"
	}
	return len(b)
}

// afterThe drops the "the" of a generalized date ("the 2000s") that the text already has
// before it, or an article that says the year describes a noun: "after the 2009 reform" is
// "after the 2000s reform", not "the the", and "a 1998-born woman" "a 1990s-born woman".
func afterThe(repl, before string) string {
	rest, ok := strings.CutPrefix(repl, "the ")
	if !ok {
		return repl
	}
	b := strings.TrimRight(before, " \t\r\n")
	if len(b) == len(before) {
		return repl
	}
	for _, article := range [...]string{"the", "a", "an"} {
		n := len(article)
		if len(b) >= n && strings.EqualFold(b[len(b)-n:], article) && (len(b) == n || !isWordRune(rune(b[len(b)-n-1]))) {
			return rest // not "breathe 2009", "Korea 2009"
		}
	}
	return repl
}

// koreanAge generalizes a Korean age ("67세", "열두 살") to a Korean decade of age ("60대",
// "10대", "10세 미만"): an English "in their 60s" reads wrong in a Korean sentence. The span
// may end in the head of a copula or a particle (koreanAgeTailLen): it is written again in
// the form that agrees with the replacement's last syllable ("열 살이었" → "10대였").
func koreanAge(s string) (string, bool) {
	if s == "" || s[len(s)-1] < utf8.RuneSelf {
		return "", false // a Korean age ends in a syllable: most ages are English
	}
	for _, p := range koreanAgeTails {
		for _, f := range [2]string{p.closed, p.open} {
			if head, ok := strings.CutSuffix(s, f); ok && head != "" {
				if a, ok := koreanAgeBare(head); ok {
					if closedSyllableEnd(a) {
						return a + p.closed, true
					}
					return a + p.open, true
				}
			}
		}
	}
	return koreanAgeBare(s)
}

// koreanAgeTail is one copula head or particle in its two forms: after a closed syllable
// (one with a final consonant: "살이었어요", "미만이에요") and after an open one ("대였어요",
// "세예요"). A generalized age can change which one the sentence needs. whole: the form
// must be the rest of its word ("살이 되던" has the particle 이, "살이면" is no such).
type koreanAgeTail struct {
	closed, open string
	whole        bool
}

// koreanAgeTails, longest first within a family.
var koreanAgeTails = []koreanAgeTail{
	{"이었", "였", false}, {"이에", "예", false}, {"이라", "라", false},
	{"이다", "다", true}, {"이야", "야", true}, {"이고", "고", true},
	{"이", "가", true}, {"은", "는", true}, {"을", "를", true}, {"과", "와", true}, {"으로", "로", true},
}

// koreanAgeTailLen returns how many bytes of rest, the rest of the word after the Korean
// age age, are a copula head or a particle of koreanAgeTails that the age's span must take:
// only when its generalization ends in a syllable of the other kind ("열 살" → "10대",
// "9세" → "10세 미만"), so that koreanAge writes the form that agrees with it.
func koreanAgeTailLen(age, rest string) int {
	if rest == "" {
		return 0
	}
	if a, ok := koreanAgeBare(age); !ok || closedSyllableEnd(a) == closedSyllableEnd(age) {
		return 0
	}
	for _, p := range koreanAgeTails {
		for _, f := range [2]string{p.closed, p.open} {
			if rest == f || !p.whole && strings.HasPrefix(rest, f) {
				return len(f)
			}
		}
	}
	return 0
}

// closedSyllableEnd says whether s ends in a Hangul syllable with a final consonant.
func closedSyllableEnd(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r >= 0xAC00 && r <= 0xD7A3 && (r-0xAC00)%28 != 0
}

// koreanAgeBare is koreanAge for an age without a copula head or particle.
func koreanAgeBare(s string) (string, bool) {
	for _, b := range ageBirthdays {
		if s == b.word {
			return strconv.Itoa(b.decade) + "대", true
		}
	}
	head, ok := strings.CutSuffix(s, "세")
	if !ok {
		if head, ok = strings.CutSuffix(s, "살"); !ok {
			// An age said without its counter ("예순여덟이에요"): a native numeral of tens.
			if v, ok := koreanNativeValue(s); ok && v >= 10 {
				return strconv.Itoa(v/10*10) + "대", true
			}
			return "", false
		}
	}
	head = strings.TrimSpace(head)
	age := 0
	if isAllDigits(head) && len(head) <= 3 {
		age, _ = strconv.Atoi(head)
	} else if v, ok := koreanNativeValue(head); ok {
		age = v
	} else {
		return "", false
	}
	if age < 10 {
		return "10세 미만", true
	}
	return strconv.Itoa(age/10*10) + "대", true
}

// koreanNativeValues are the values of the native Korean numerals (koreanNumerals).
var koreanNativeValues = map[string]int{"하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "넷": 4, "네": 4,
	"다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10, "스물": 20, "스무": 20, "서른": 30,
	"마흔": 40, "쉰": 50, "예순": 60, "일흔": 70, "여든": 80, "아흔": 90}

// koreanNativeValue reads a native Korean numeral ("열두", "예순여덟"): the sum of its
// numerals, the longest first.
func koreanNativeValue(w string) (int, bool) {
	v := 0
	for w != "" {
		if n, ok := koreanNativeValues[prefixRunes(w, 2)]; ok {
			v, w = v+n, w[len(prefixRunes(w, 2)):]
		} else if n, ok := koreanNativeValues[prefixRunes(w, 1)]; ok {
			v, w = v+n, w[len(prefixRunes(w, 1)):]
		} else {
			return 0, false
		}
	}
	return v, v > 0
}

// prefixRunes is the first n runes of s (all of s when it has fewer).
func prefixRunes(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}
