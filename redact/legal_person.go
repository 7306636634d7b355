package redact

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// legalPersonDetector finds the names of private persons the way court documents and formal
// statements write them, whatever their language of origin:
//
//   - after a title: "Mr A.B. Surname", "Mrs Willis", "Ms J.S.", "Professor Strobel";
//   - initials and a surname: "H. Winkler", "K.H. Christoph";
//   - after "national(s)," and in the list that follows: "a Turkish national, Mehmet Ali Ege";
//   - after a kinship word or "a certain": "their daughter Selma", "married Marlene Willis",
//     and after "called" or "named" where a person noun comes first ("a broker called Piao");
//   - the surname of any of these on its own elsewhere in the text ("Strobel").
//
// The title is left out of the span ("Dr [Person A]" stays readable); initials are kept in.
type legalPersonDetector struct{}

func init() { register(legalPersonDetector{}) }

func (legalPersonDetector) name() string { return "legal_person" }

// courtTitles are titledName's titles, in the order its alternation tries them.
var courtTitles = []string{"Mr", "Mrs", "Ms", "Miss", "Mme", "Mlle", "Dr", "Prof", "Professor", "Judge", "Ambassador",
	"Messrs", "Sir", "Dame", "Madam", "Madame", "Monsieur", "Herr", "Frau"}

const (
	nameWord = `\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*`
	initials = `(?:(?:\p{Lu}|Ch|Cz|Dz|Gh|Gy|Kh|Ly|Ny|Ph|Sh|St|Sz|Th|Ts|Zh|Zs)\.-? ?){1,3}`
	particle = `(?:von|van|de|der|den|du|des|da|di|dos|das|del|della|ben|bin|ibn|al|el|le|la|ter|zu|y)`
	// afterTitles is the name after a title: initials and name words.
	afterTitles = `(?:` + initials + ` ?)?(?:(?:` + nameWord + `|` + particle + `)\s?){0,4}`
)

var (
	// titledName is one or more titles then initials and name words. Group 1 is the titles,
	// group 2 the name.
	titledName = regexp.MustCompile(`\b((?:(?:` + strings.Join(courtTitles, "|") + `)\.?\s)+)(` + afterTitles + `)`)
	// nameAfterTitlesAt is titledName's group 2 alone, anchored (titledNameMatch), matched
	// by hand (nameAfterTitlesEnd).
	nameAfterTitlesAt = regexp.MustCompile(`^(?:` + afterTitles + `)`)
	// initialsName is initials then a surname: "H. Winkler", "J.-P. Costa".
	initialsName = regexp.MustCompile(`(?:^|[^\p{L}\p{M}.])(` + initials + `\s?` + nameWord + `)`)
	// initialsNameAt is initialsName's group 1 alone, anchored (initialsNameEnd).
	initialsNameAt = regexp.MustCompile(`^(?:` + initials + `\s?` + nameWord + `)`)
	// bareInitials are a person reduced to initials, as judgments anonymise them: "F.E.".
	bareInitials = regexp.MustCompile(`(?:^|[^\p{L}\p{M}.])(\p{Lu}\.(?:-?\p{Lu}\.){1,2})`)
	// nationalCue introduces the applicants: "a Turkish national, Ms X", "Polish nationals, X and Y".
	nationalCue = regexp.MustCompile(`\bnationals?,\s`)
	// kinCue introduces a relative's name: "their daughter Selma", "married Marlene Willis".
	kinCue = regexp.MustCompile(`\b(?:son|daughter|wife|husband|mother|father|brother|sister|child|children|grandson|granddaughter|grandmother|grandfather|nephew|niece|uncle|aunt|cousin|partner|fiancée?|widow|widower|stepson|stepdaughter|married|certain|named|called)[,:]?\s`)
	// nameRun is capitalised name words, or initials alone, from the start of a string,
	// matched by hand (nameRunMatch).
	nameRun       = regexp.MustCompile(`^(?:(?:` + initials + ` ?)?` + nameWord + `(?:\s(?:` + particle + `\s)?` + nameWord + `){0,4}|\p{Lu}\.(?:-?\p{Lu}\.){1,2})`)
	nationalCueAt = anchored(nationalCue)
	kinCueAt      = anchored(kinCue)
	// listNext continues a list of names: ", X" or " and X".
	listNext = regexp.MustCompile(`^(?:,\s|\sand\s|,\sand\s)`)
	// notInitials are dotted abbreviations that are not a person's initials.
	notInitials = setOfWords("u.s. u.k. e.u. u.n. a.d. b.c. p.m. a.m. e.g. i.e. s.a. n.v. b.v. d.c. u.s.a. u.s.s.r. a.ş. s.p.a. l.p. n.b. c.v. o.j. p.s.")
)

// nameStop are capitalised words that do not belong to a person's name: sentence starters
// and institutional words ("Mr C. Whomersley, Head ...", "Mr J.S. Further, ...").
var nameStop = setOfWords(`the this that these those a an at on in by for from to with of and or but nor
	further furthermore however moreover he she they it his her their its we i if when after before
	since as although then thus accordingly consequently also according finally subsequently
	meanwhile later following there here what which who whom whose where while during on upon
	government court ministry minister agent office head department president deputy counsel
	adviser advisor legal foreign affairs state republic council convention article section
	paragraph chamber commission committee registry registrar division federal national
	international european united kingdom public prosecutor prosecutors police army
	applicant applicants judge judges lawyer lawyers ambassador embassy university hospital
	company district regional administrative supreme constitutional high social labour
	january february march april may june july august september october november december
	monday tuesday wednesday thursday friday saturday sunday no nos mr mrs ms miss dr
	professor prof messrs sir dame madam madame act law code`)

var (
	titleWords = setOfWords(`mr mrs ms mme mlle miss dr prof professor judge ambassador messrs sir
		dame madam madame monsieur herr frau`)
	kinWords = setOfWords(`son daughter wife husband mother father brother sister child children
		grandson granddaughter grandmother grandfather nephew niece uncle aunt cousin partner fiancé
		fiancée widow widower stepson stepdaughter married certain named called`)
)

var personAnchors = newAnchorTable(titleWords, kinWords, nationalWords)

func setOfWords(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func (legalPersonDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	an := personAnchors.find(t)
	s := t.Norm
	// Most texts name a few persons at most: their names stay on the stack.
	var foundBuf [16]legalName
	found := foundBuf[:0]
	for _, m := range scanAtFunc(t, titledNameMatch, an[0], 160) {
		a, b := trimName(s, m[4], m[5])
		if b <= a {
			continue
		}
		found = append(found, legalName{a, b, "titled name", "a name after a title (Mr, Mrs, Ms, Dr, ...)", 0.9})
	}
	initialsThenName := func(lo, hi int) bool { return mayHoldInitialsName(s[lo:hi]) }
	for _, m := range scanNearFunc(t, findInitialsNames, initialAnchors(t), 12, 60, initialsThenName) {
		if atLineStart(s, m[2]) {
			continue // a heading: "A. Proceedings"
		}
		if a, b := trimName(s, m[2], m[3]); b > a && strings.ContainsAny(s[a:b], " .") && hasLower(s[a:b]) {
			found = append(found, legalName{a, b, "initials and surname", "initials followed by a surname", 0.8})
		}
	}
	twoInitials := func(lo, hi int) bool { return mayHoldBareInitials(s[lo:hi]) }
	for _, m := range scanNearFunc(t, findBareInitials, initialAnchors(t), 12, 12, twoInitials) {
		a, b := m[2], m[3]
		if inLowered(notInitials, s[a:b]) || atLineStart(s, a) {
			continue
		}
		found = append(found, legalName{a, b, "initials", "a person written as initials", 0.6})
	}
	for _, cue := range []struct {
		end    func(w string) int
		at     []int
		rule   string
		reason string
	}{
		{nationalCueEnd, an[2], "after nationality", `a name after "national,"`},
		{kinCueEnd, an[1], "after kinship word", "a name after a kinship word"},
	} {
		// scanAtFunc's walk, without a slice per match: a cue that starts inside the one
		// before is skipped.
		last := -1
		for _, p := range cue.at {
			if p < last {
				continue
			}
			e := cue.end(s[p:min(len(s), p+40)])
			if e == 0 {
				continue
			}
			last = p + e
			if cw := strings.TrimRight(s[p:p+e], ",: \t\n"); (cw == "named" || cw == "called") && !afterPersonNoun(s, p) {
				continue // "a town called Hyesan" names a place; "a broker called Piao" a person
			}
			pos := p + e
			for {
				if !upperAt(s, pos) {
					break // every name run starts with a capital
				}
				n := nameRunMatch(s[pos:nameRunEnd(s, pos)])
				if n < 0 {
					break
				}
				a, b := trimName(s, pos, pos+n)
				if b <= a || !hasLower(s[a:b]) && !(isInitialToken(s[a:b]) && !inLowered(notInitials, s[a:b])) {
					break
				}
				// "My husband, Chinese by birth": a nationality or other word that is never a
				// name (nonNames) after the kin word describes the person, it does not name them.
				if w, _, _ := strings.Cut(s[a:b], " "); nonNames[strings.ToLower(w)] {
					break
				}
				found = append(found, legalName{a, b, cue.rule, cue.reason, 0.75})
				pos += n
				l := listNextLen(s[pos:])
				if l == 0 {
					break
				}
				pos += l
			}
		}
	}
	return namesToCandidates(t, found)
}

// mayHoldInitialsName says whether w can hold a match of initialsName: its last initial's
// full stop, then `-? ?\s?` and a capital (the surname's). Most windows around an initial
// ("I.", "U.S. army") have none, and the pattern, which has no literal prefix, need not run.
// The optional parts are read greedily: " " is white space too, so taking it first loses
// no match.
func mayHoldInitialsName(w string) bool {
	return anyAfterInitial(w, func(j int) bool {
		if j < len(w) && w[j] == ' ' {
			j++
		}
		if j < len(w) && isRESpace(w[j]) {
			j++
		}
		return upperAt(w, j)
	})
}

// anyAfterInitial says whether after accepts the offset past some initial's full stop in w
// (initialBefore) and its optional hyphen: the start both initials pre-tests share.
func anyAfterInitial(w string, after func(j int) bool) bool {
	for off := 0; ; {
		i := strings.IndexByte(w[off:], '.')
		if i < 0 {
			return false
		}
		j := off + i + 1
		off = j
		if !initialBefore(w, j-1) {
			continue
		}
		if j < len(w) && w[j] == '-' {
			j++
		}
		if after(j) {
			return true
		}
	}
}

// initialBefore says whether w[:d] ends with an initial of the patterns (a capital, or a
// digraph such as "Ch") that starts w or follows a character that is neither a letter nor a
// mark: what stands before the full stop of an initial ("A.", "K.H.", "J.-P."). A sentence's
// full stop ("in the USA.") has a letter before the word's last letter.
func initialBefore(w string, d int) bool {
	r, n := utf8.DecodeLastRuneInString(w[:d])
	switch {
	case unicode.IsUpper(r):
	case d >= 2 && isInitialDigraph(w[d-2:d]):
		n = 2
	default:
		return false
	}
	if d-n == 0 {
		return true
	}
	r, _ = utf8.DecodeLastRuneInString(w[:d-n])
	return !unicode.IsLetter(r) && !unicode.IsMark(r)
}

// isInitialDigraph says whether s is one of the two-letter initials of the pattern initials.
func isInitialDigraph(s string) bool {
	switch s {
	case "Ch", "Cz", "Dz", "Gh", "Gy", "Kh", "Ly", "Ny", "Ph", "Sh", "St", "Sz", "Th", "Ts", "Zh", "Zs":
		return true
	}
	return false
}

// findAfterNonLetter is re.FindAllStringSubmatchIndex(w, -1) for a pattern re of the form
// `(?:^|[^\p{L}\p{M}.])(X)`, given groupEnd(w, g): the end of X's match at g, or -1. X must
// match no empty string and read nothing before g nor after its match. The regexp, which has
// no literal prefix, ran its matcher at every byte of every window; here X is tried only
// where the pattern's first part lets it start, in the order the matcher tries them: at 0
// (the "^"), then after each character that is neither a letter, a mark nor a full stop.
func findAfterNonLetter(w string, groupEnd func(w string, g int) int) [][]int {
	var out [][]int
	for i := 0; i < len(w); {
		if i == 0 {
			if e := groupEnd(w, 0); e >= 0 {
				out = append(out, []int{0, e, 0, e})
				i = e
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if r != '.' && !unicode.IsLetter(r) && !unicode.IsMark(r) {
			if e := groupEnd(w, i+size); e >= 0 {
				out = append(out, []int{i, e, i + size, e})
				i = e
				continue
			}
		}
		i += size
	}
	return out
}

// findInitialsNames is initialsName.FindAllStringSubmatchIndex(w, -1).
func findInitialsNames(w string) [][]int { return findAfterNonLetter(w, initialsNameEnd) }

// initialsNameEnd is the end of initialsNameAt's match at g of w, or -1. The pattern runs
// only where an initial ("H.", "Ch.") stands, as its match must start with one.
func initialsNameEnd(w string, g int) int {
	if upperDotEnd(w, g) < 0 && !(g+2 < len(w) && isInitialDigraph(w[g:g+2]) && w[g+2] == '.') {
		return -1
	}
	m := initialsNameAt.FindStringIndex(w[g:])
	if m == nil {
		return -1
	}
	return g + m[1]
}

// findBareInitials is bareInitials.FindAllStringSubmatchIndex(w, -1).
func findBareInitials(w string) [][]int { return findAfterNonLetter(w, bareInitialsEnd) }

// bareInitialsEnd is the end of `\p{Lu}\.(?:-?\p{Lu}\.){1,2}` at g of w, or -1. Each
// repetition can match one way only (a hyphen is no capital), and nothing follows the
// group, so the greedy pattern takes as many as it finds.
func bareInitialsEnd(w string, g int) int {
	e := upperDotEnd(w, g)
	if e < 0 {
		return -1
	}
	n := 0
	for ; n < 2; n++ {
		j := e
		if j < len(w) && w[j] == '-' {
			j++
		}
		k := upperDotEnd(w, j)
		if k < 0 {
			break
		}
		e = k
	}
	if n == 0 {
		return -1
	}
	return e
}

// upperDotEnd is the end of an upper-case letter and a full stop at i of w, or -1.
func upperDotEnd(w string, i int) int {
	if !upperAt(w, i) {
		return -1
	}
	_, n := utf8.DecodeRuneInString(w[i:])
	if i+n < len(w) && w[i+n] == '.' {
		return i + n + 1
	}
	return -1
}

// mayHoldBareInitials says whether w can hold a match of bareInitials: a full stop, an
// optional hyphen, a capital and a full stop ("F.E.", "J.-P.").
func mayHoldBareInitials(w string) bool {
	return anyAfterInitial(w, func(j int) bool {
		if !upperAt(w, j) {
			return false
		}
		_, n := utf8.DecodeRuneInString(w[j:])
		return j+n < len(w) && w[j+n] == '.'
	})
}

// titledNameMatch is anchored(titledName).FindStringSubmatchIndex(w). That pattern is too
// big for Go's backtracking matcher, which the titles and the name run apart are not: the
// titles are read here, and nameAfterTitlesAt reads the name from where they end.
func titledNameMatch(w string) []int {
	end := titlesEnd(w)
	if end == 0 {
		return nil
	}
	// The name holds at most 8 white-space characters (three spaced initials, a space after
	// them, four name words), so it ends before the 9th (spaceBound).
	n := nameAfterTitlesEnd(w[end:spaceBound(w, end, 9)])
	return []int{0, end + n, 0, end, end, end + n}
}

// The name patterns, nameRun and nameAfterTitlesAt, are matched by hand: they run at every
// title and kinship word, and Go's backtracking matcher took some ten thousand instructions
// a try over their alternations (16 initials, 23 particles). Each function follows the path
// the backtracking matcher takes first, greedy parts taking what they can, which is the
// match: every part after a name's first word is optional, so that path ends in a match as
// soon as the mandatory parts have matched, and a part that fails is given up (an
// optional repetition stops) rather than taken back. The tests hold both to the patterns.

// nameRunMatch is the end of nameRun's match at the start of s, or -1. Its second
// alternative, initials alone, starts with a capital, where the first, a name word with
// nothing before it, always matches: it is never taken.
func nameRunMatch(s string) int {
	if !upperAt(s, 0) {
		return -1
	}
	// `(?:initials ?)?`, greedy: as many initials as a name word then follows, or none.
	var ends [3]int
	k := 0
	for q := 0; k < 3; k++ {
		if q = initialEnd(s, q); q < 0 {
			break
		}
		ends[k] = q
	}
	e := -1
	for ; k > 0 && e < 0; k-- {
		q := ends[k-1]
		if q < len(s) && s[q] == ' ' {
			q++
		}
		e = nameWordEnd(s, q)
	}
	if e < 0 {
		e = nameWordEnd(s, 0)
	}
	// `(?:\s(?:particle\s)?nameWord){0,4}`.
	for range 4 {
		if e >= len(s) || !isRESpace(s[e]) {
			break
		}
		q := e + 1
		next := -1
		// The particle the white space ends, if any: one alternative at most is followed by
		// one, the one that is the whole run of letters.
		if p := wordEnd(s, q); p > q && p < len(s) && isRESpace(s[p]) && slices.Contains(nameParticles, s[q:p]) {
			next = nameWordEnd(s, p+1)
		}
		if next < 0 {
			next = nameWordEnd(s, q) // -1: a particle starts in lower case
		}
		if next < 0 {
			break
		}
		e = next
	}
	return e
}

// nameAfterTitlesEnd is the end of nameAfterTitlesAt's match at the start of s, which is
// never missing (it may be empty): `(?:initials ?)?(?:(?:nameWord|particle)\s?){0,4}`.
// What follows the initials may be empty, so all the initials there are are taken.
func nameAfterTitlesEnd(s string) int {
	e := 0
	for k := 0; k < 3; k++ {
		q := initialEnd(s, e)
		if q < 0 {
			break
		}
		e = q
	}
	if e > 0 && e < len(s) && s[e] == ' ' {
		e++
	}
	for range 4 {
		next := nameWordEnd(s, e)
		if next < 0 {
			next = particleEnd(s, e) // the first particle that starts there, as the alternation takes it
		}
		if next <= 0 {
			break
		}
		e = next
		if e < len(s) && isRESpace(s[e]) {
			e++
		}
	}
	return e
}

// initialEnd is the end of one repetition of initials at q of s,
// `(?:\p{Lu}|Ch|...)\.-? ?`, or -1. The optional "-" and " " are taken where they stand: what
// may follow (an initial, " ", a name word) starts with neither "-" nor, but for the " "
// after the initials, " ", which then stands after this one.
func initialEnd(s string, q int) int {
	p := -1
	if upperAt(s, q) {
		_, n := utf8.DecodeRuneInString(s[q:])
		if q+n < len(s) && s[q+n] == '.' {
			p = q + n + 1
		}
	}
	if p < 0 && q+2 < len(s) && isInitialDigraph(s[q:q+2]) && s[q+2] == '.' {
		p = q + 3
	}
	if p < 0 {
		return -1
	}
	if p < len(s) && s[p] == '-' {
		p++
	}
	if p < len(s) && s[p] == ' ' {
		p++
	}
	return p
}

// nameWordEnd is the end of nameWord at q of s,
// `\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*`, or -1 where no capital
// stands. Each part takes all it can.
func nameWordEnd(s string, q int) int {
	if !upperAt(s, q) {
		return -1
	}
	_, n := utf8.DecodeRuneInString(s[q:])
	p := q + n
	for p < len(s) {
		r, n := utf8.DecodeRuneInString(s[p:])
		if !unicode.IsLower(r) && !unicode.IsUpper(r) && !unicode.IsMark(r) {
			break
		}
		p += n
	}
	for p < len(s) {
		g := p
		switch {
		case s[g] == '-' || s[g] == '\'':
			g++
		case strings.HasPrefix(s[g:], "’"):
			g += len("’")
		default:
			return p
		}
		if upperAt(s, g) {
			_, n := utf8.DecodeRuneInString(s[g:])
			g += n // a capital, which the part needs lower-case letters after
		}
		e := lowerOrMarkRun(s, g)
		if e == g {
			return p
		}
		p = e
	}
	return p
}

// lowerOrMarkRun is the end of the run of `[\p{Ll}\p{M}]` at p of s.
func lowerOrMarkRun(s string, p int) int {
	for p < len(s) {
		r, n := utf8.DecodeRuneInString(s[p:])
		if !unicode.IsLower(r) && !unicode.IsMark(r) {
			break
		}
		p += n
	}
	return p
}

// nameParticles are the alternatives of particle, in the order the alternation tries them.
var nameParticles = []string{"von", "van", "de", "der", "den", "du", "des", "da", "di", "dos", "das", "del", "della",
	"ben", "bin", "ibn", "al", "el", "le", "la", "ter", "zu", "y"}

// particleEnd is the end of the first of nameParticles at q of s, or -1.
func particleEnd(s string, q int) int {
	if q >= len(s) || s[q] < 'a' || s[q] > 'z' {
		return -1
	}
	for _, p := range nameParticles {
		if strings.HasPrefix(s[q:], p) {
			return q + len(p)
		}
	}
	return -1
}

// titlesEnd is the end of `(?:(?:Mr|Mrs|...)\.?\s)+` at the start of w, or 0. The name
// after the titles may be empty, so the pattern never backtracks into them: each title is
// the first alternative that a full stop and a white space, or a white space, follow.
func titlesEnd(w string) int {
	pos := 0
	for {
		next := 0
		for _, tt := range courtTitles {
			if !strings.HasPrefix(w[pos:], tt) {
				continue
			}
			q := pos + len(tt)
			if q < len(w) && w[q] == '.' {
				q++
			}
			if q < len(w) && isRESpace(w[q]) {
				next = q + 1
				break
			}
		}
		if next == 0 {
			return pos
		}
		pos = next
	}
}

// nameRunEnd bounds what nameRun reads from pos: a match holds at most 12 white-space
// characters (three spaced initials, four particles and their name words), so it ends
// before the 13th (spaceBound).
func nameRunEnd(s string, pos int) int { return spaceBound(s, pos, 13) }

// isKinCueWord says whether w is one of kinCue's words. A switch, not a map: it runs at
// every kinship anchor.
func isKinCueWord(w string) bool {
	switch w {
	case "son", "daughter", "wife", "husband", "mother", "father", "brother", "sister",
		"child", "children", "grandson", "granddaughter", "grandmother", "grandfather", "nephew", "niece",
		"uncle", "aunt", "cousin", "partner", "fiancée", "fiancé", "widow", "widower", "stepson",
		"stepdaughter", "married", "certain", "named", "called":
		return true
	}
	return false
}

// kinCueEnd is the end of kinCueAt's match in w, or 0 where it finds none: a kinCue word
// at the start of w that an optional "," or ":" and a white space follow. Only the word
// that runs up to the first ",", ":" or white space can be followed so, whatever the order
// in which the alternation tries them.
func kinCueEnd(w string) int {
	i := 0
	for i < len(w) && w[i] != ',' && w[i] != ':' && !isRESpace(w[i]) {
		i++
	}
	if !isKinCueWord(w[:i]) {
		return 0
	}
	return cueWordEnd(w, w[:i])
}

// nationalCueEnd is the end of nationalCueAt's match in w ("nationals, " or "national, "),
// or 0.
func nationalCueEnd(w string) int {
	for _, k := range []string{"nationals", "national"} {
		if strings.HasPrefix(w, k) && len(w) > len(k)+1 && w[len(k)] == ',' && isRESpace(w[len(k)+1]) {
			return len(k) + 2
		}
	}
	return 0
}

// cueWordEnd is the end of "k[,:]?\s" at the start of w, or 0.
func cueWordEnd(w, k string) int {
	if !strings.HasPrefix(w, k) {
		return 0
	}
	e := len(k)
	if e+1 < len(w) && (w[e] == ',' || w[e] == ':') && isRESpace(w[e+1]) {
		return e + 2
	}
	if e < len(w) && isRESpace(w[e]) {
		return e + 1
	}
	return 0
}

// listNextLen is the length of listNext's match at the start of s, or 0: its first
// alternative, ", ", wins over ", and ".
func listNextLen(s string) int {
	switch {
	case len(s) >= 2 && s[0] == ',' && isRESpace(s[1]):
		return 2
	case len(s) >= 5 && isRESpace(s[0]) && s[1:4] == "and" && isRESpace(s[4]):
		return 5
	}
	return 0
}

// legalPersonNouns are the words after which "named" or "called" introduces a person.
var legalPersonNouns = setOfWords(`man men woman women boy boys girl girls person people broker brokers
	guard guards officer officers soldier soldiers friend friends neighbour neighbours neighbor
	colleague colleagues teacher doctor nurse lawyer smuggler someone somebody child son daughter
	wife husband mother father brother sister cousin uncle aunt grandmother grandfather nephew niece
	official agent interrogator inspector driver merchant trader prisoner gentleman lady baby
	he she him her`)

// afterPersonNoun says whether one of the two words before i is a person noun: the last two
// fields (strings.Fields) of the 40 bytes before i, read back from i in place, but for the
// first field of a window that the text's start does not bound, which may be cut.
func afterPersonNoun(s string, i int) bool {
	lo := max(0, i-40)
	w := s[lo:i]
	first := len(w) // where w's first field starts
	for k, r := range w {
		if !unicode.IsSpace(r) {
			first = k
			break
		}
	}
	end := len(w)
	for range 2 {
		for end > first {
			r, n := utf8.DecodeLastRuneInString(w[:end])
			if !unicode.IsSpace(r) {
				break
			}
			end -= n
		}
		if end <= first {
			return false // no field left
		}
		start := end
		for start > first {
			r, n := utf8.DecodeLastRuneInString(w[:start])
			if unicode.IsSpace(r) {
				break
			}
			start -= n
		}
		if start == first && lo > 0 {
			return false // the first field, which may be cut
		}
		if inLowered(legalPersonNouns, strings.Trim(w[start:end], ",;:.\"'")) {
			return true
		}
		end = start
	}
	return false
}

// inLowered is set[strings.ToLower(w)], w lowered on the stack: the name checks ask it of
// every word of every name found.
func inLowered(set map[string]bool, w string) bool {
	var buf [32]byte
	return set[string(appendLower(buf[:0], w))]
}

type legalName struct {
	start, end   int // Norm offsets
	rule, reason string
	score        float64
}

// trimName shortens a matched name to its name words: it stops at a word of nameStop, drops
// a trailing possessive and separators, and returns an empty span when nothing is left.
func trimName(s string, a, b int) (int, int) {
	end := a
	pos := a
	for pos < b {
		// next token: up to a space
		e := pos
		for e < b && s[e] != ' ' && s[e] != '\n' && s[e] != '\t' {
			e++
		}
		tok := s[pos:e]
		if inLowered(nameStop, strings.TrimRight(tok, ".,;:")) && !(isInitialToken(tok) && pos == a) {
			break
		}
		// A word after initials that ends a sentence ("Mr J.S. Further") is caught by nameStop;
		// particles count only when a name word follows them.
		r, _ := utf8.DecodeRuneInString(tok)
		if unicode.IsUpper(r) {
			end = e
		}
		pos = e
		for pos < b && (s[pos] == ' ' || s[pos] == '\n' || s[pos] == '\t') {
			pos++
		}
	}
	for _, p := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(s[a:end], p) {
			end -= len(p)
			break
		}
	}
	for end > a && strings.ContainsRune(" -'’,", rune(s[end-1])) {
		end--
	}
	return a, end
}

// atLineStart says whether only spaces stand between the start of the line and i.
func atLineStart(s string, i int) bool {
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '\t') {
		i--
	}
	return i == 0 || s[i-1] == '\n'
}

func isInitialToken(tok string) bool {
	r, w := utf8.DecodeRuneInString(tok)
	return unicode.IsUpper(r) && strings.HasPrefix(tok[w:], ".")
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// namesToCandidates turns names into candidates, groups mentions of one person under one
// entity key, and adds the bare surnames of the names found wherever they stand alone.
func namesToCandidates(t *Text, found []legalName) []Candidate {
	if len(found) == 0 {
		return nil // no name, no surname to look for (most titles): skip the map and the sort
	}
	s := t.Norm
	// surname → the entity of the full names that end in it, and whether two names differ
	type surnameOf struct {
		entity string // the first full name's
		shared bool   // another full name ends in it too
	}
	surnames := map[string]surnameOf{}
	// A person is usually named several times: each name's entity key is made once.
	type named struct{ spaced, entity string }
	var namedBuf [16]named
	seen := namedBuf[:0]
	var entityBuf [16]string
	entities := entityBuf[:0] // found[k]'s entity
	for _, n := range found {
		// The words parted by one space each (no copy when the text already is), and the last.
		spaced := singleSpaced(s[n.start:n.end])
		last := spaced[strings.LastIndexByte(spaced, ' ')+1:]
		entity := ""
		for _, p := range seen {
			if p.spaced == spaced {
				entity = p.entity
				break
			}
		}
		if entity == "" {
			entity = legalEntity(spaced)
			seen = append(seen, named{spaced, entity})
		}
		entities = append(entities, entity)
		if utf8.RuneCountInString(last) >= 3 && !isInitialToken(last) && !inLowered(nameStop, last) {
			if sn, ok := surnames[last]; !ok {
				surnames[last] = surnameOf{entity: entity}
			} else if !sn.shared && sn.entity != entity {
				surnames[last] = surnameOf{entity: sn.entity, shared: true}
			}
		}
	}
	// Sorted, so that a run's report is the same every time.
	var nameBuf [16]string
	names := nameBuf[:0]
	hits := 0 // at most, the surnames' places in s: out is made once
	for sn := range surnames {
		names = append(names, sn)
		hits += strings.Count(s, sn)
	}
	slices.Sort(names)
	out := slices.Grow(t.candidateRoom(), len(found)+hits)
	for k, n := range found {
		oa, ob := t.Orig(n.start, n.end)
		out = append(out, Candidate{Start: oa, End: ob, Category: Person, Detector: "legal_person",
			Rule: n.rule, Reason: n.reason, Score: n.score, Entity: entities[k], Role: RolePerson})
	}
	for _, sn := range names {
		// A surname of one person is that person; of several, only itself.
		entity := surnames[sn].entity
		if surnames[sn].shared {
			entity = legalEntity(sn)
		}
		for off := 0; ; {
			i := strings.Index(s[off:], sn)
			if i < 0 {
				break
			}
			a := off + i
			b := a + len(sn)
			off = b
			if a > 0 {
				if r, _ := utf8.DecodeLastRuneInString(s[:a]); isWordRune(r) {
					continue
				}
			}
			if b < len(s) {
				if r, _ := utf8.DecodeRuneInString(s[b:]); isWordRune(r) {
					continue
				}
			}
			oa, ob := t.Orig(a, b)
			out = append(out, Candidate{Start: oa, End: ob, Category: Person, Detector: "legal_person",
				Rule: "surname of a name found", Reason: "the surname of a person named elsewhere in the text",
				Score: 0.7, Entity: entity, Role: RolePerson})
		}
	}
	return dedupeCandidates(out)
}

// legalEntity is "legal:" + strings.ToLower(name), in one allocation when name is ASCII.
func legalEntity(name string) string {
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			return "legal:" + strings.ToLower(name)
		}
	}
	var b strings.Builder
	b.Grow(len("legal:") + len(name))
	b.WriteString("legal:")
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}
