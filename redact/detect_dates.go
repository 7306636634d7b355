package redact

import (
	"math/bits"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Dates: absolute ("12 March 2019", "March 12, 2019", "2019-03-12", "2019년 3월 12일"),
// partial ("March 2019", "in the spring of 2017", "the 1990s") and relative ("last month",
// "two years ago"). A date after "born" or "date of birth" is a birth date, a direct
// identifier. The detector works on words, so it costs one pass over the text.

func init() { register(dateDetector{}) }

type dateDetector struct{}

func (dateDetector) name() string { return "date" }

// wordScan is a word-level view of a text for the detectors.
type wordScan struct {
	t   *Text
	s   string
	ws  []word
	cls []uint32
	blk []uint32 // Text.clsBlocks
	// The words of one block with a class in one mask (classWords), kept by nextAfter: a
	// loop over a class calls it again and again inside a block. memoKey is the mask<<32 |
	// the block; the zero mask is never asked for.
	memoKey   uint64
	memoWords uint64
}

func newWordScan(t *Text) wordScan {
	cls := t.classes() // which splits the words first: t.words is made, without a second sync.Once
	return wordScan{t: t, s: t.Fold, ws: t.words, cls: cls, blk: t.clsBlocks}
}

// skip says whether word i has none of the classes in mask: the detector need not look.
func (c *wordScan) skip(i int, mask uint32) bool { return c.cls[i]&mask == 0 }

// next returns the first word from i on that has one of the classes in mask, or len(c.ws):
// the words a loop that starts with skip(i, mask) looks at. A run of 64 words none of which
// has one is passed over with one test, and inside a block four words are tested at once.
// It inlines the test of word i itself, which often has a class a loop asks for right after
// the one before (Hangul words follow Hangul words); the search is too big to inline: the
// pointer receiver spares each call a copy of the scanner.
func (c *wordScan) next(i int, mask uint32) int {
	if i < len(c.cls) && c.cls[i]&mask != 0 {
		return i
	}
	return c.nextAfter(i, mask)
}

// nextAfter is next past its test of word i. A block of 64 words none of which has a class
// in mask is passed over with one test of its OR; in a block that has one, the words with a
// class in mask (classWords, kept for the next call in the same block) give the first one
// with one bit search.
func (c *wordScan) nextAfter(i int, mask uint32) int {
	n := len(c.cls)
	if i >= n {
		return n
	}
	b := i >> 6
	if key := uint64(mask)<<32 | uint64(b); key != c.memoKey {
		c.memoKey, c.memoWords = key, c.classWords(b, mask)
	}
	if m := c.memoWords >> (i & 63); m != 0 {
		return i + bits.TrailingZeros64(m)
	}
	for b++; b < len(c.blk); b++ {
		if c.blk[b]&mask != 0 {
			words := c.classWords(b, mask)
			c.memoKey, c.memoWords = uint64(mask)<<32|uint64(b), words
			return b<<6 + bits.TrailingZeros64(words)
		}
	}
	return n
}

// classWords is the mask of the words of block b (words b*64 to b*64+63) that have one of
// the classes in mask: the OR of their masks in Text.clsMasks.
func (c *wordScan) classWords(b int, mask uint32) uint64 {
	if c.blk[b]&mask == 0 {
		return 0
	}
	row := (*[2 * clsBits]uint32)(c.t.clsMasks[b*2*clsBits:])
	var lo, hi uint32
	for k := mask & (1<<clsBits - 1); k != 0; k &= k - 1 {
		j := bits.TrailingZeros32(k) & (clsBits - 1)
		lo |= row[j]
		hi |= row[clsBits+j]
	}
	return uint64(hi)<<32 | uint64(lo)
}

// tableAt returns tab's value for word i, or the zero value when i is out of range. It
// probes tab with the hash the Text made of the word when it split the text: a Go map would
// hash the word again for every table a detector asks.
func tableAt[V any](c *wordScan, tab *wordTable[V], i int) (v V) {
	if uint(i) >= uint(len(c.ws)) {
		return v
	}
	if h := c.t.hashes[i]; tab.mayHold(h) {
		return tab.get(h, c.s[c.ws[i].start:c.ws[i].end])
	}
	return v
}

// w returns the folded word i, or "" out of range.
func (c *wordScan) w(i int) string {
	if uint(i) >= uint(len(c.ws)) { // i < 0 or past the last word, in one test
		return ""
	}
	return c.s[c.ws[i].start:c.ws[i].end]
}

// digitsAt is isAllDigits(c.w(k)), read from the word's flags (wordDigits alone: the only
// ASCII bytes of a word are letters and digits), without a loop over its bytes whose end
// is taken or not as the text goes.
func (c *wordScan) digitsAt(k int) bool {
	return uint(k) < uint(len(c.ws)) && c.t.wordFlags[k] == wordDigits
}

// gap returns the text between words i-1 and i, or "" when i is the first word or out of
// range: a look at what comes before a text's first word finds nothing, not a panic.
func (c *wordScan) gap(i int) string {
	if i <= 0 || i >= len(c.ws) {
		return ""
	}
	return c.s[c.ws[i-1].end:c.ws[i].start]
}

// joined says whether words i-1 and i are close: at most a space, a comma and a space, or a
// hyphen between them. A single line break counts as a space: hard-wrapped prose (Markdown,
// e-mail) breaks lines inside a sentence ("She is\nseventy-three"); a blank line does not.
func (c *wordScan) joined(i int) bool {
	switch c.gap(i) {
	case " ", ", ", "-", ",", " - ", "  ", " ,", "\n", " \n", ",\n", "\r\n", " \r\n", ",\r\n":
		return true
	}
	return false
}

// upper says whether word i starts with an upper-case letter in Norm.
func (c *wordScan) upper(i int) bool {
	if i < 0 || i >= len(c.ws) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(c.t.Norm[c.ws[i].start:])
	return r >= 'A' && r <= 'Z' || r > utf8.RuneSelf && r != toLowerRune(r)
}

func toLowerRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	return []rune(strings.ToLower(string(r)))[0]
}

// emit makes a candidate from word i to word j inclusive.
func (c *wordScan) emit(i, j int, cat Category, rule, reason string, score float64) Candidate {
	return c.t.cand(c.ws[i].start, c.ws[j].end, cat, rule, reason, score)
}

var months = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12}

// ambiguousMonths are also ordinary words; they are a month only next to a day or a year.
var ambiguousMonths = map[string]bool{"may": true, "march": true, "mar": true, "jan": true, "jun": true,
	"jul": true, "dec": true, "sep": true, "aug": true, "apr": true, "nov": true, "feb": true}

var seasons = map[string]bool{"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true,
	"chuseok": true, "seollal": true}

var timeUnits = map[string]bool{"day": true, "days": true, "week": true, "weeks": true, "month": true,
	"months": true, "year": true, "years": true, "decade": true, "decades": true, "hours": true, "hour": true,
	"yrs": true, "mos": true} // "9 yrs, 4 mos"

// durationReasons holds the reason of a duration ("count of years") for every time unit,
// so that a match does not build it again.
var durationReasons = func() map[string]string {
	m := make(map[string]string, len(timeUnits))
	for w := range timeUnits {
		m[w] = "count of " + w
	}
	return m
}()

// monthCueReasons are the reasons of a month name after a date word or a preposition.
var monthCueReasons = func() map[string]string {
	cues := map[string]bool{"last": true, "next": true, "this": true, "that": true, "early": true,
		"late": true, "in": true, "since": true, "until": true, "by": true}
	for w := range yearPreps {
		cues[w] = true
	}
	return cueReasons("month name after ", cues)
}()

// monthCueReason is "month name after " + quoteCue(p), from the table when p is in it.
func monthCueReason(p string) string {
	if r, ok := monthCueReasons[p]; ok {
		return r
	}
	return "month name after " + quoteCue(p)
}

var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// Kinds of date word (dateWords): which of the tables above holds a word.
const (
	dateSeason uint8 = 1 << iota
	dateTimeUnit
	dateKoreanRelative
	dateWeekday
)

// dateWords says in one probe (tableAt) which of seasons, timeUnits, koreanRelative and
// weekdays hold a word: the date detector asked up to four maps about every date cue word.
var dateWords = func() *wordTable[uint8] {
	m := map[string]uint8{}
	for kind, words := range map[uint8]map[string]bool{dateSeason: seasons, dateTimeUnit: timeUnits,
		dateKoreanRelative: koreanRelative, dateWeekday: weekdays} {
		for w, ok := range words {
			if ok {
				m[w] |= kind
			}
		}
	}
	return newWordTable(m)
}()

var yearPreps = map[string]bool{"in": true, "since": true, "until": true, "till": true, "by": true,
	"from": true, "of": true, "around": true, "before": true, "after": true, "during": true, "early": true,
	"late": true, "mid": true, "circa": true, "to": true, "and": true}

// isDay reads "12", "12th", "1st" as a day of the month.
func isDay(w string) bool {
	d := w // strings.TrimRight(w, "stndrh"), without building its set of bytes per call
	for len(d) > 0 && strings.IndexByte("stndrh", d[len(d)-1]) >= 0 {
		d = d[:len(d)-1]
	}
	if d == "" || len(d) > 2 || len(w)-len(d) != 0 && len(w)-len(d) != 2 {
		return false
	}
	n := 0
	for i := 0; i < len(d); i++ {
		if !isDigit(d[i]) {
			return false
		}
		n = n*10 + int(d[i]-'0')
	}
	return n >= 1 && n <= 31
}

// isYear reads a four-digit year 1900–2099, "1990s" or "'98" is not a year here.
func isYear(w string) bool {
	return len(w) == 4 && isDigit(w[0]) && isDigit(w[1]) && isDigit(w[2]) && isDigit(w[3]) &&
		(w[:2] == "19" || w[:2] == "20")
}

func isDecade(w string) bool { return len(w) == 5 && isYear(w[:4]) && w[4] == 's' && w[3] == '0' }

var birthCues = []string{"born", "birth", "dob", "birthday", "d.o.b", "생년월일", "출생", "태어났", "生日", "出生"}

func (dateDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	c := newWordScan(t)
	out := t.candidateRoom()
	add := func(i, j int, rule, reason string, score float64, full bool) {
		cat := Date
		if full {
			if cue, ok := cueBefore(c.s, c.ws[i].start, 30, birthCues); ok {
				cat = BirthDate
				reason += "; context word " + quoteCue(cue)
				score = 0.9
			} else if birthInBrackets(c.s, c.ws[i].start, c.ws[j].end) {
				cat, score = BirthDate, 0.9
				reason += "; a birth date in brackets"
			}
		}
		out = append(out, c.emit(i, j, cat, rule, reason, score))
	}
	// Hangul words too: a year may be written in Hangul numerals ("이천십구 년").
	const mask = clsDigit | clsMonth | clsDateCue | clsHangul
	for i := c.next(0, mask); i < len(c.ws); i = c.next(i+1, mask) {
		w := c.w(i)
		if w == "" {
			continue
		}
		// The word's classes say which tables can hold it (clsMonth: months; clsDateCue:
		// seasons, time units, Korean relative dates; clsDigit: any day), sparing most
		// words the map lookups below.
		cl := c.cls[i]
		if cl&(clsDigit|clsMonth|clsDateCue|clsKoreanDateLead) == 0 && !koreanDateWordFirst.has(leadSyllable(w)) {
			continue // a Hangul word that begins none of the Korean dates below
		}
		// kYear: a Korean date the digit tests below do not see starts at word i (a year in
		// Hangul numerals or of the Juche calendar, or a month in Hangul numerals); its
		// year, or month, ends in word kYearEnd. Only a word of the first syllables such a
		// date starts with (clsKoreanDateLead) is read.
		kYearEnd, kYear := -1, false
		if cl&clsKoreanDateLead != 0 {
			kYearEnd, kYear = c.koreanYear(i)
			if !kYear && c.hangulMonthDate(i) {
				kYearEnd, kYear = i, true // "팔월 십오일", "음력 팔월": read as a date from its month
			}
		}
		if cl&clsHangul != 0 && c.leaderBirthday(i) {
			// "김정일 장군님 생일날이었어요": the day, not the leader, who stays.
			out = append(out, t.cand(c.ws[i].start, c.ws[i].start+birthdayNounLen(w), Date, "named day", "a leader's birthday, which is a day of the year", 0.85))
			continue
		}
		if cl&clsHangul != 0 && !kYear {
			// "초사흘에": a day of the (lunar) month said alone, which dates an arrest as a
			// day in digits does ("3일에"); after a month it goes with the month (koreanYear).
			if strings.HasPrefix(w, "초") {
				if n := koreanDayWord(w); n > 0 && koreanPeriodTails[w[n:]] {
					out = append(out, t.cand(c.ws[i].start, c.ws[i].start+n, Date, "Korean date", "a day of the month in a Korean day word", 0.8))
					continue
				}
			}
			if koreanBirthSignFirst.has(leadSyllable(w)) {
				if n := koreanBirthSign(w); n > 0 {
					out = append(out, t.cand(c.ws[i].start, c.ws[i].start+n, BirthDate, "Korean birth sign",
						"a zodiac animal, a sexagenary year or 해방둥이, which give the birth year", 0.85))
					continue
				}
			}
			if end := c.koreanWordDuration(i); end > 0 {
				out = append(out, t.cand(c.ws[i].start, end, Date, "Korean duration", "a count of years, months or days in Korean number words", 0.65))
				if end > c.ws[i].end {
					i++ // the unit was the next word ("삼 년")
				}
				continue
			}
		}
		if cl&(clsDigit|clsMonth|clsDateCue) == 0 && !kYear {
			continue // another Hangul word
		}
		if cl&(clsDigit|clsHangul) != 0 {
			if a, b, ok := c.hanawonCohort(i); ok {
				out = append(out, t.cand(a, b, Date, "Hanawon cohort", "a class of Hanawon, which dates an arrival to a few months", 0.9))
				continue
			}
		}
		// "음력 3/15에", "양력 12/5": a month and a day in digits after the Korean name of the
		// calendar; the day may take a particle, which stays.
		if cl&clsDigit != 0 && c.joined(i) && (c.w(i-1) == "음력" || c.w(i-1) == "양력") &&
			c.t.wordFlags[i] == wordDigits && isDay(w) && c.gap(i+1) == "/" {
			d := c.w(i + 1)
			n := 0
			for n < len(d) && n < 3 && isDigit(d[n]) {
				n++
			}
			if n > 0 && (n == len(d) || d[n] >= utf8.RuneSelf) && isDay(d[:n]) {
				out = append(out, t.cand(c.ws[i].start, c.ws[i+1].start+n, Date, "lunar date", "a day or month of the lunar calendar", 0.85))
				i++
				continue
			}
		}
		month, cue := cl&clsMonth != 0, cl&clsDateCue != 0
		var kind uint8 // dateWords' kinds: every word of those tables is a date cue
		if cue {
			kind = tableAt(&c, dateWords, i)
		}
		// Day Month [Year]: "12 March 2019", "12th of March", "1 May".
		if cl&clsDigit != 0 && isDay(w) {
			k := i + 1
			if c.w(k) == "of" && c.joined(k) {
				k++
			}
			if k < len(c.cls) && c.cls[k]&clsMonth != 0 && c.joined(k) { // clsMonth: months' words
				j := k
				if isYear(c.w(j+1)) && c.joined(j+1) {
					j++
				}
				start := i
				if k == i+2 && c.w(i-1) == "the" && c.joined(i) {
					start = i - 1 // "the 3rd of May 1985": generalized, "the 1985" would read wrong
				}
				add(start, j, "day month year", "day and month name", 0.9, true)
				i = j
				continue
			}
		}
		if month { // a word of months, every one of which is above 0
			// Month Day[, Year] or Month Year.
			j := i
			// "Jan. 2020", "Sept. 12": a month written short takes a full stop.
			next := c.joined(i+1) || len(w) <= 4 && w != "june" && w != "july" && (c.gap(i+1) == ". " || c.gap(i+1) == ".")
			hasDay := isDay(c.w(i+1)) && next && !isYear(c.w(i+1))
			if hasDay {
				j = i + 1
			}
			if isYear(c.w(j+1)) && (c.joined(j+1) || j == i && next) {
				j++
			} else if c.shortYear(j+1) && strings.HasPrefix(c.gap(j+1), " ") && (j > i || c.upper(i)) {
				j++ // "Feb. 16th '22", "March '19"
			}
			if j > i {
				start := i
				// The preposition stays outside the span ("in [the 2010s]"); "early" is a date.
				if p := c.w(i - 1); (p == "early" || p == "late" || p == "mid") && c.joined(i) {
					start = i - 1
				}
				add(start, j, "month day year", "month name with day or year", 0.9, hasDay)
				i = j
				continue
			}
			if j := recurringMonths(&c, i); j >= i {
				add(i-1, j, "recurring month", "month name after \"every\" or \"each\"", 0.6, false)
				i = j
				continue
			}
			if ambiguousMonths[w] && c.upper(i) {
				// "Last March", "in May": capitalised after a date word, it is the month.
				if p := c.w(i - 1); (p == "last" || p == "next" || p == "this" || p == "that" || p == "early" || p == "late") && c.joined(i) {
					add(i-1, i, "month", monthCueReason(p), 0.6, false)
					continue
				} else if (p == "in" || p == "since" || p == "until" || p == "by") && c.joined(i) && !c.upper(i-1) {
					add(i, i, "month", monthCueReason(p), 0.55, false)
					continue
				}
			}
			if !ambiguousMonths[w] && (c.upper(i) || w == "sept") {
				p := c.w(i - 1)
				if p == "last" || p == "next" || p == "this" || p == "that" || p == "early" || p == "late" {
					add(i-1, i, "month", monthCueReason(p), 0.6, false)
					continue
				}
				if yearPreps[p] && c.joined(i) {
					add(i, i, "month", monthCueReason(p), 0.6, false)
					continue
				}
				// A bare month ("every September") dates nothing on its own.
				continue
			}
		}
		// Seasons: "in the spring of 2017", "summer 2018", "early spring 2019".
		if kind&dateSeason != 0 {
			j := i
			if c.w(j+1) == "of" && isYear(c.w(j+2)) {
				j += 2
			} else if isYear(c.w(j+1)) && c.joined(j+1) {
				j++
			} else if c.w(j+1) == "of" && c.shortYear(j+2) {
				j += 2 // "the spring of '15"
			} else if c.shortYear(j + 1) {
				j++ // "winter '09"
			}
			if j > i && c.shortYear(j+1) && (c.gap(j+1) == "–'" || c.gap(j+1) == "-'" || c.gap(j+1) == "–’" || c.gap(j+1) == "-’") {
				j++ // "winter '09–'10"
			}
			start := i
			if p := c.w(start - 1); p == "early" || p == "late" || p == "mid" {
				start--
			}
			if c.w(start-1) == "the" {
				start--
			}
			if p := c.w(start - 1); p == "last" || p == "this" || p == "that" || p == "next" {
				add(start-1, j, "relative season", "season after "+quoteCue(p), 0.7, false)
				i = j
				continue
			}
			if j > i {
				add(start, j, "season year", "season with a year", 0.85, false)
				i = j
				continue
			}
		}
		// Relative: "last month", "this year", "next week". "that year" and "that month" only
		// point back to a date said before, which is generalized where it is said: they
		// stay ("that winter" is a season, above).
		if w == "last" || w == "next" || w == "this" || w == "previous" || w == "following" {
			n := c.w(i + 1)
			if (n == "week" || n == "month" || n == "year" || tableAt(&c, dateWords, i+1)&dateWeekday != 0) && c.joined(i+1) {
				start := i
				// "the next year", "the following year": a year after one the story named,
				// not after the interview; the span takes "the" with it.
				if c.w(i-1) == "the" && w != "this" {
					start--
				}
				add(start, i+1, "relative date", "last, next, this or that before a week, month, year or weekday", 0.7, false)
				i++
				continue
			}
		}
		// Durations: "three years", "eleven days", "eighteen months", "fourteen hours".
		if kind&dateTimeUnit != 0 { // "hours" and "hour" among them
			suf := c.w(i + 1)
			if !c.joined(i+1) || strings.TrimSpace(c.gap(i+1)) != "" {
				suf = "" // a new sentence or clause
			}
			isRel := suf == "ago" || suf == "earlier" || suf == "later" || suf == "before" && c.w(i+2) != "the"
			p := c.w(i - 1)
			_, numWord := numberWords[p]
			if !isRel && i > 0 && c.joined(i) && (numWord && p != "a" && p != "an" || c.digitsAt(i-1)) {
				start := i - 1
				for start > 0 && c.joined(start) && (isNumberWord(c.w(start-1)) || c.w(start-1) == "about" || c.w(start-1) == "around" || c.w(start-1) == "nearly" || c.w(start-1) == "almost") {
					start--
				}
				if c.upper(start) || !isYear(p) {
					add(start, i, "duration", durationReasons[w], 0.65, false) // w is a time unit
					continue
				}
			}
		}
		// "two years ago", "three months later", "a few weeks earlier".
		if kind&dateTimeUnit != 0 && i > 0 {
			suf := c.w(i + 1)
			// The word after must be in the same sentence: "for eleven years. Before that"
			// is a duration, then a new sentence.
			if c.joined(i+1) && strings.TrimSpace(c.gap(i+1)) == "" && (suf == "ago" || suf == "earlier" || suf == "later" || suf == "before" && c.w(i+2) != "the") {
				start := i - 1
				p := c.w(start)
				if _, ok := numberWords[p]; ok || c.digitsAt(start) || p == "few" || p == "couple" {
					if (p == "few" || p == "couple") && (c.w(start-1) == "a") {
						start--
					}
					if c.w(start-1) == "a" && p == "couple" {
						start--
					}
					add(start, i+1, "relative date", "count of "+w+" with "+quoteCue(suf), 0.75, false)
					i++
					continue
				}
			}
		}
		if w == "yesterday" {
			add(i, i, "relative date", "\"yesterday\"", 0.6, false)
			continue
		}
		// Lunar dates: "the 15th day of the eighth lunar month", "the 8th month of the lunar
		// calendar", "lunar 3/15". A day of the lunar calendar dates an event as a solar one
		// does (birthdays and memorial days are kept by it); "lunar new year" is a holiday.
		if w == "lunar" {
			if a, b, day := c.lunarDate(i); b >= 0 {
				if p := c.w(b + 1); (p == "of" || p == "in") && isYear(c.w(b+2)) {
					b += 2 // "... of the twelfth lunar month of 1932"
				}
				add(a, b, "lunar date", "a day or month of the lunar calendar", 0.85, day)
				i = b
				continue
			}
		}
		// "the twelfth day of the first moon", "the 15th of the eighth moon": the lunar month
		// said by its moon. Only with its day: "by the second moon" is a season's count.
		if w == "moon" && isOrdinal(c.w(i-1)) && c.joined(i) && !c.upper(i) {
			if a, day := c.lunarDayBefore(i - 1); day {
				add(a, i, "lunar date", "a day of a lunar month said by its moon", 0.85, true)
				continue
			}
		}
		// "the 15th of the 8th month", "the fifteenth day of the eighth month of 1997": a
		// month by its number, as a lunar date or a North Korean one is put in English; with
		// its day or its year it dates an event as "15 August 1997" does.
		if w == "month" && i > 1 && isOrdinal(c.w(i-1)) && c.joined(i) && c.w(i-2) == "the" {
			a, day := c.lunarDayBefore(i - 1)
			b := i
			if p := c.w(b + 1); (p == "of" || p == "in") && isYear(c.w(b+2)) && c.joined(b+1) && c.joined(b+2) {
				b += 2
			}
			if day || b > i {
				add(a, b, "numbered month", "a day or year of a month given by its number", 0.85, day)
				i = b
				continue
			}
		}
		// "Juche 87": a year of the North Korean calendar, which counts from 1912 (1998).
		if i > 0 && c.w(i-1) == "juche" && c.joined(i) && c.digitsAt(i) && len(w) <= 3 {
			add(i-1, i, "Juche year", "a year of the Juche calendar", 0.9, false)
			continue
		}
		// "1997 년생", "2003 년에": a Korean year written apart from its 년, generalized in
		// Korean ("1990년대생"), not as "the 1990s 년생".
		if isYear(w) && c.gap(i+1) == " " && strings.HasPrefix(c.w(i+1), "년") {
			n := len("년")
			if strings.HasPrefix(c.w(i + 1)[n:], "대") {
				n += len("대") // "1990 년대": a decade
			}
			end, j := c.ws[i+1].start+n, i+1
			for c.w(i+1) == "년" && j+1 < len(c.ws) && koreanMonthOrDay(c.w(j+1)) && c.joined(j+1) {
				j++ // "2003 년 3월": the month and day with it, as after "2003년"
				k, _ := koreanDatePart(c.w(j))
				end = c.ws[j].start + k
			}
			out = append(out, t.cand(c.ws[i].start, end, Date, "Korean date", "year/month/day counters (년, 월, 일)", 0.85))
			i = j
			continue
		}
		// Years: "in 2019", "since 2015", "the 1990s".
		if isYear(w) || isDecade(w) {
			if c.digitsAt(i-1) && strings.ContainsAny(c.gap(i), "-/.") {
				continue // the tail of a code or a numeric date, handled elsewhere
			}
			start, score := i, 0.5
			if p := c.w(i - 1); (p == "early" || p == "late" || p == "mid") && c.joined(i) {
				// "late 2009", "the mid-1990s": the part of the year or decade is a date too,
				// and goes with it when the date is generalized.
				start, score = i-1, 0.7
				if c.w(i-2) == "the" && isDecade(w) && c.joined(i-1) {
					start--
				}
			} else if yearPreps[p] && c.joined(i) {
				score = 0.7
			} else if p == "the" && isDecade(w) {
				start, score = i-1, 0.7
			}
			// Not part of a longer number or code ("2019-0345", "1998/2").
			if e := c.ws[i].end; e < len(c.s) && (c.s[e] == '-' || c.s[e] == '/') && e+1 < len(c.s) && isDigit(c.s[e+1]) {
				continue
			}
			if isYear(w) && start == i && i >= 1 && c.cls[i-1]&clsDigit == 0 {
				// "12 марта 1985", "в марте 2004 года": the day and month go with the year.
				start = c.cyrDateStart(i)
			}
			if isYear(w) && c.gap(i+1) == " " && c.cyrYearNounAt(i+1) {
				// "с 1998 года", "у 2015 році": the Russian or Ukrainian year word goes with
				// the year, so that it is generalized in its language and case ("с 1990-х
				// годов", cyrYearDate), not as "с the 1990s года".
				out = append(out, t.cand(c.ws[start].start, c.ws[i+1].end, Date, "year", "a year of 4 digits with its year word", score))
				i++
				continue
			}
			add(start, i, "year", "a year of 4 digits", score, false)
			continue
		}
		// Two-digit years: "in '07", "since ’98", "caught in 07 and released in 09" (with a
		// zero first: no count or age is said so).
		if len(w) == 2 && c.digitsAt(i) {
			if a, ok := c.shortYearAfterPrep(i); ok {
				out = append(out, t.cand(c.ws[i].start-a, c.ws[i].end, Date, "short year", "a year of two digits after "+quoteCue(c.w(i-1)), 0.6))
				continue
			}
		}
		// Korean: "2019년 3월 12일", "3월", "작년", "지난달".
		// "주체108년 3월", "이천십구 년 삼월": a year of the Juche calendar or in Hangul numerals.
		if kYear || counterWord(w, []string{"년"}) && isYear(w[:4]) || counterWord(w, []string{"월"}) {
			j := i
			if kYear {
				j = kYearEnd
			}
			for j+1 < len(c.ws) && koreanMonthOrDay(c.w(j+1)) && c.joined(j+1) {
				j++
			}
			start := i
			if p := c.w(i - 1); (p == "지난" || p == "작년" || p == "올해") && c.joined(i) {
				start = i - 1 // "지난 3월"
			}
			cd := c.emit(start, j, Date, "Korean date", "year/month/day counters (년, 월, 일)", 0.85)
			last := c.w(j)
			if n := koreanDayWord(last); n > 0 {
				_, cd.End = t.Orig(c.ws[j].start, c.ws[j].start+n) // "8월 보름에"
			} else if n, _ := koreanDatePart(last); n > 0 {
				if j == i && strings.HasPrefix(last[n:], "대") {
					n += len("대") // "1990년대": a decade
				}
				_, cd.End = t.Orig(c.ws[j].start, c.ws[j].start+n)
			} else if strings.HasPrefix(last, "년") {
				_, cd.End = t.Orig(c.ws[j].start, c.ws[j].start+len("년")) // "이천십구 년에"
			}
			if n := c.w(j + 1); c.joined(j+1) && koreanSeason(n) > 0 {
				_, cd.End = t.Orig(c.ws[j+1].start, c.ws[j+1].start+koreanSeason(n)) // "1997년 봄"
				j++
			} else if n := koreanPeriodPart(c.w(j + 1)); n > 0 && c.joined(j+1) {
				// "2010년 3월 말에", "2012년 5월 초": the part of the month or year goes with
				// it, or the year left alone would read "2010년대 말" (the late 2010s).
				_, cd.End = t.Orig(c.ws[j+1].start, c.ws[j+1].start+n)
				j++
			}
			if cue, ok := cueBefore(c.s, c.ws[i].start, 30, birthCues); ok && j > i {
				cd.Category, cd.Score = BirthDate, 0.9
				cd.Reason += "; context word " + quoteCue(cue)
			} else if j > i && c.koreanBornAfter(j) {
				// Korean says it after the date: "1985년 5월 3일에 태어났어요", "5월 3일생".
				cd.Category, cd.Score = BirthDate, 0.9
				cd.Reason += "; born after it"
			}
			out = append(out, cd)
			i = j
			continue
		}
		// "15일 새벽", "3일 밤 11시에": a day of the month in digits before a time of the day
		// is the day something happened, not a count of days (which takes 동안, 만에).
		if cl&clsDigit != 0 && c.koreanDayBeforeTimeOfDay(i) {
			out = append(out, t.cand(c.ws[i].start, c.ws[i].end, Date,
				"Korean date", "a day of the month before a time of the day", 0.8))
			continue
		}
		// "97년생": born in (19)97, a birth year written with two digits.
		if end, j, ok := c.koreanBirthYear(i); ok {
			out = append(out, t.cand(c.ws[i].start, end, BirthDate, "Korean birth year",
				"two-digit year before 년생 (born in)", 0.9))
			i = j
			continue
		}
		// "15년", "3년 동안", "2년 6개월": a count of years or months, not a year.
		if n := counterLen(w, koreanDurationUnits); n > 0 && n <= 2+len(w[leadingDigits(w):n]) {
			out = append(out, t.cand(c.ws[i].start, c.ws[i].start+n, Date, "Korean duration", "a count of years (년) or months (개월)", 0.65))
			continue
		}
		if kind&dateKoreanRelative != 0 {
			cd := c.emit(i, i, Date, "Korean relative date", "relative date word", 0.7)
			if n := c.w(i + 1); c.joined(i+1) && koreanSeason(n) > 0 {
				_, cd.End = t.Orig(c.ws[i+1].start, c.ws[i+1].start+koreanSeason(n)) // "작년 가을"
				i++
			}
			out = append(out, cd)
			continue
		}
	}
	// Numeric dates: "2019-03-12", "12/03/2019", "12.03.2019", "2019.3.12", and the short
	// ones of four or five digits ("9/1/25", "15.6.12"), which are no shorter than a date.
	// Those of six digits or more first, then the short ones, each in the text's order.
	all := textNumberRuns(t, 4)
	runs := make([]numberRun, 0, len(all))
	for _, r := range all {
		if len(r.digits) >= 6 {
			runs = append(runs, r)
		}
	}
	for _, r := range all {
		if len(r.digits) < 6 {
			runs = append(runs, r)
		}
	}
	for _, r := range runs {
		if compactDateAfterCue(c.s, r) {
			// "on 20140307": eight digits, a valid year, month and day, right after a word
			// that says a date follows.
			cat, score, reason := Date, 0.9, "year, month and day without separators after a date word"
			if cue, ok := cueBefore(c.s, r.start, 30, birthCues); ok {
				cat, score = BirthDate, 0.92
				reason += "; context word " + quoteCue(cue)
			}
			out = append(out, t.cand(r.start, r.end, cat, "numeric date", reason, score))
			continue
		}
		if d, ok := dateBeforeTime(c.s, r); ok {
			// "[2021/03/04 21:13]", "05/03 21:14": a time stamp; the run took its hour.
			out = append(out, t.cand(d.start, d.end, Date, "numeric date", "numeric date before a time of day", 0.9))
			continue
		}
		if !looksLikeDate(r) || !validNumericDate(r) {
			// Dates in a row ("14/03/1999. 2015/06/12.") run together into one run: the
			// dates inside it are found one by one.
			out = appendDatesInRun(t, c.s, r, out)
			continue
		}
		{
			// A Korean date ends with a full stop of its own before a particle ("2018. 3. 5.에"):
			// the stop is part of it, not the end of a sentence.
			if r.end+1 < len(c.s) && c.s[r.end] == '.' && hangulStartsAt(c.s, r.end+1) {
				r.end++
			}
			cat := Date
			score := 0.9
			reason := "numeric date"
			if cue, ok := cueBefore(c.s, r.start, 30, birthCues); ok {
				cat, score = BirthDate, 0.92
				reason += "; context word " + quoteCue(cue)
			} else if birthInBrackets(c.s, r.start, r.end) {
				cat, score = BirthDate, 0.92
				reason += "; a birth date in brackets"
			}
			start := r.start
			if start >= 3 && c.s[start-3:start] == "on " && (start == 3 || !isASCIIWordByte(c.s[start-4])) {
				// "on 2024-08-14" goes whole: generalized, it reads "in 2024", not "on 2024".
				start -= 3
			}
			out = append(out, t.cand(start, r.end, cat, "numeric date", reason, score))
		}
	}
	return out
}

// lunarDate reads the lunar date around the word "lunar" at i: its first and last words,
// and whether it names a day; b is -1 when there is none.
func (c *wordScan) lunarDate(i int) (a, b int, day bool) {
	switch {
	case c.w(i+1) == "month" && c.joined(i+1) && isOrdinal(c.w(i-1)) && c.joined(i):
		// "the eighth lunar month", "the 15th day of the 8th lunar month"
		a, day = c.lunarDayBefore(i - 1)
		return a, i + 1, day
	case c.w(i+1) == "month" && c.joined(i+1) && c.w(i-1) == "the" && c.joined(i):
		// "the 12th of the lunar month", "the 3rd day of the lunar month": a day, with the
		// month left unsaid; "the lunar month" alone is no date.
		if a, day = c.lunarDayBefore(i); day {
			return a, i + 1, true
		}
	case c.w(i+1) == "calendar" && c.w(i-1) == "the" && calendarPreps[c.w(i-2)] && c.joined(i-2) &&
		c.t.wordFlags[max(i-3, 0)] == wordDigits && c.t.wordFlags[max(i-4, 0)] == wordDigits &&
		isDay(c.w(i-4)) && isDay(c.w(i-3)) && (c.gap(i-3) == "/" || c.gap(i-3) == "."):
		// "3/15 by the lunar calendar": a month and a day in digits, then the calendar
		return i - 4, i + 1, true
	case c.w(i+1) == "calendar" && c.w(i-1) == "the" && c.w(i-3) == "month" && isOrdinal(c.w(i-4)):
		// "the 8th month of the lunar calendar", "... by the lunar calendar"
		switch c.w(i - 2) {
		case "of", "by", "in", "on":
			a, day = c.lunarDayBefore(i - 4)
			return a, i + 1, day
		}
	case c.t.wordFlags[min(i+2, len(c.ws)-1)] == wordDigits && c.t.wordFlags[min(i+1, len(c.ws)-1)] == wordDigits &&
		c.joined(i+1) && isDay(c.w(i+1)) && isDay(c.w(i+2)):
		// "lunar 3/15", "lunar 8.15": a month and a day in digits
		switch c.gap(i + 2) {
		case "/", ".", "-":
			return i + 1, i + 2, true
		}
	}
	return -1, -1, false
}

// calendarPreps join a date to the calendar it is counted in ("by the lunar calendar").
var calendarPreps = set("by", "of", "in", "on")

// calendarSlashDate says whether the slashed number s[a:b] (s is Norm) is a month and a day
// of a named calendar: "lunar 3/15", "음력 3/15", "3/15 by the lunar calendar". It is a
// date (lunarDate reads it), not a case or plot number.
func calendarSlashDate(s string, a, b int) bool {
	m, d, ok := strings.Cut(s[a:b], "/")
	if !ok || !isDay(m) || !isDay(d) {
		return false
	}
	switch strings.ToLower(lastWords(s[:a], 1)) {
	case "lunar", "음력", "양력":
		return true
	}
	after := s[b:min(len(s), b+30)]
	for p := range calendarPreps {
		if len(after) > len(p)+1 && after[0] == ' ' && strings.HasPrefix(after[1:], p) &&
			strings.HasPrefix(strings.ToLower(after[1+len(p):]), " the lunar calendar") {
			return true
		}
	}
	return false
}

// lunarDayBefore extends a lunar month, whose ordinal is word m, over the day and article
// before it ("the 15th day of the", "the fifteenth of the"): the first word of the date, and
// whether it has a day.
func (c *wordScan) lunarDayBefore(m int) (int, bool) {
	a := m
	if c.w(a-1) == "the" {
		a--
	}
	if c.w(a-1) != "of" {
		return a, false
	}
	d := a - 2
	if c.w(d) == "day" {
		d--
	}
	if w := c.w(d); !isDay(w) && !isOrdinal(w) && !strings.HasSuffix(w, "teenth") && !strings.HasSuffix(w, "tieth") {
		return a, false
	}
	if c.w(d-1) == "twenty" || c.w(d-1) == "thirty" {
		d-- // "twenty-fifth"
	}
	if c.w(d-1) == "the" {
		d--
	}
	return d, true
}

// koreanBirthYear reads a birth year of two digits at word i: "97년생", and as it is also
// written, "97 년생", "97년 생이에요", "97년도생". It returns the end of its 생 (Fold offset) and
// the word that holds it. The 생 after a space must end its word or take a particle or the
// copula ("97년 생활" is life in '97).
func (c *wordScan) koreanBirthYear(i int) (end, j int, ok bool) {
	w := c.w(i)
	if len(w) < 2 || !isDigit(w[0]) || !isDigit(w[1]) || len(w) > 2 && isDigit(w[2]) {
		return 0, 0, false
	}
	rest, j := w[2:], i
	if rest == "" && c.gap(i+1) == " " {
		rest, j = c.w(i+1), i+1 // "97 년생"
	}
	rest, ok = strings.CutPrefix(rest, "년")
	if !ok {
		return 0, 0, false
	}
	rest = strings.TrimPrefix(rest, "도") // "97년도생"
	if rest == "" && c.gap(j+1) == " " && j == i {
		rest, j = c.w(j+1), j+1 // "97년 생"
		if after, ok := strings.CutPrefix(rest, "생"); !ok || after != "" && !hasAnyPrefix(after, koreanAfterBirthYear) {
			return 0, 0, false
		}
	}
	if !strings.HasPrefix(rest, "생") {
		return 0, 0, false
	}
	return c.ws[j].end - len(rest) + len("생"), j, true
}

// koreanBornAfter says whether the Korean date that ends in word j is a birthday said before
// its verb: 생 glued to its day ("3일생", not "3일생활"), or 태어나다, 출생, 태생 next.
func (c *wordScan) koreanBornAfter(j int) bool {
	w := c.w(j)
	if n, _ := koreanDatePart(w); n > 0 && strings.HasPrefix(w[n:], "생") && !strings.HasPrefix(w[n:], "생활") {
		return true
	}
	n := c.w(j + 1)
	return c.joined(j+1) && (strings.HasPrefix(n, "태어") || strings.HasPrefix(n, "출생") || strings.HasPrefix(n, "태생"))
}

// koreanAfterBirthYear are the particles and copula forms after the 생 of a birth year said
// apart from it ("97년 생이에요", "97년 생인데").
var koreanAfterBirthYear = []string{"이", "입", "인", "으로", "은", "도", "들", "부터", "까지", "만", "과", "와"}

var koreanRelative = map[string]bool{"작년": true, "재작년": true, "지난달": true, "지난해": true, "올해": true,
	"작년에": true, "지난달에": true, "올해에": true, "어제": true, "그저께": true}

func isAllDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// numericDateIn is a date in digits inside a longer run of digits; its separators are
// checked by looksLikeDate and validNumericDate.
var numericDateIn = regexp.MustCompile(`\d{4}[./-] ?\d{1,2}[./-] ?\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}`)

// appendDatesInRun adds the dates found inside the run r of s, which as a whole is none.
func appendDatesInRun(t *Text, s string, r numberRun, out []Candidate) []Candidate {
	for _, m := range datesInRun(s, r) {
		cat, score, reason := Date, 0.9, "numeric date"
		if cue, ok := cueBefore(s, m[0], 30, birthCues); ok {
			cat, score = BirthDate, 0.92
			reason += "; context word " + quoteCue(cue)
		}
		out = append(out, t.cand(m[0], m[1], cat, "numeric date", reason, score))
	}
	return out
}

// datesInRun returns where the dates inside the run r of s are, for a run of at least four
// groups: each has no digit right before or after it, and one kind of separator.
func datesInRun(s string, r numberRun) (out [][2]int) {
	if len(r.groups) < 4 {
		return nil
	}
	seg := s[r.start:r.end]
	for _, m := range numericDateIn.FindAllStringIndex(seg, -1) {
		a, b := r.start+m[0], r.start+m[1]
		if a > 0 && isDigit(s[a-1]) || b < len(s) && isDigit(s[b]) {
			continue
		}
		rs := numberRuns(s[a:b], 4)
		if len(rs) != 1 || rs[0].end != b-a || !looksLikeDate(rs[0]) || !validNumericDate(rs[0]) ||
			strings.Trim(rs[0].seps, rs[0].seps[:1]) != "" {
			continue
		}
		out = append(out, [2]int{a, b})
	}
	return out
}

// runOfDates says whether the run r of s is dates one after another and nothing else
// ("14/03/1999. 2015/06/12."): no ID number.
func runOfDates(s string, r numberRun) bool {
	n := 0
	for _, m := range datesInRun(s, r) {
		for i := m[0]; i < m[1]; i++ {
			if isDigit(s[i]) {
				n++
			}
		}
	}
	return n > 0 && n == len(r.digits)
}

// dateBeforeTime reads the run r as a date and the hour of a time of day after it, which
// the run took across the space ("2021/03/04 21" of "[2021/03/04 21:13]", "05/03 21" of
// "05/03 21:14", a chat's or a bank message's stamp): it returns the date alone, a full
// numeric date or a month and a day (two parts of up to two digits that may be one).
func dateBeforeTime(s string, r numberRun) (numberRun, bool) {
	g := r.groups
	if len(g) < 3 || len(r.seps) != len(g)-1 || r.seps[len(r.seps)-1] != ' ' {
		return r, false
	}
	last := g[len(g)-1]
	if last > 2 || !timeOfDayAt(s, r.end-last) {
		return r, false
	}
	d := numberRun{start: r.start, groups: g[:len(g)-1], digits: r.digits[:len(r.digits)-last], seps: r.seps[:len(r.seps)-1]}
	d.end = r.end - last
	for d.end > d.start && !isDigit(s[d.end-1]) {
		d.end--
	}
	if len(d.groups) == 2 {
		m, day := atoiSmall(d.digits[:d.groups[0]]), atoiSmall(d.digits[d.groups[0]:])
		ok := d.groups[0] <= 2 && d.groups[1] <= 2 && strings.ContainsRune("/.-", rune(d.seps[0])) &&
			m >= 1 && day >= 1 && m <= 31 && day <= 31 && (m <= 12 || day <= 12)
		return d, ok
	}
	return d, looksLikeDate(d) && validNumericDate(d)
}

// dateBeforeTimeOK is dateBeforeTime's verdict alone.
func dateBeforeTimeOK(s string, r numberRun) bool {
	_, ok := dateBeforeTime(s, r)
	return ok
}

// timeOfDayAt says whether a time of day ("21:14", " 9:05") starts at p, after at most one space.
func timeOfDayAt(s string, p int) bool {
	if p < len(s) && s[p] == ' ' {
		p++
	}
	h := p
	for h < len(s) && h < p+2 && isDigit(s[h]) {
		h++
	}
	return h > p && h+2 < len(s) && s[h] == ':' && isDigit(s[h+1]) && isDigit(s[h+2]) && (h+3 == len(s) || !isDigit(s[h+3]))
}

// numericDateToken says whether tok begins with a date written in digits ("12.06.2016",
// "3/4/2011", "2018.3.5") and has nothing after it but a Korean particle ("2018.3.5에"): the
// handle and case-number detectors leave such a token to the date detector.
func numericDateToken(tok string) bool {
	rs := numberRuns(tok, 4)
	if len(rs) != 1 || rs[0].start != 0 || !looksLikeDate(rs[0]) || !validNumericDate(rs[0]) {
		return false
	}
	rest := strings.TrimPrefix(tok[rs[0].end:], ".")
	return rest == "" || hangulStartsAt(rest, 0)
}

// dateWordsBefore are the words after which eight digits are a date ("on 20140307",
// "DOB 19990314") rather than a number to call.
var dateWordsBefore = map[string]bool{"on": true, "since": true, "until": true, "till": true, "born": true,
	"dob": true, "date": true, "dated": true, "birth": true, "birthday": true, "by": true, "before": true, "after": true}

// compactDateAfterCue says whether r is eight digits without separators that read as a year
// (1900–2099), a month and a day, right after one of dateWordsBefore (a colon may follow it).
func compactDateAfterCue(s string, r numberRun) bool {
	if len(r.groups) != 1 || len(r.digits) != 8 || r.plus {
		return false
	}
	d := r.digits
	y := int(d[0]-'0')*1000 + int(d[1]-'0')*100 + int(d[2]-'0')*10 + int(d[3]-'0')
	m := int(d[4]-'0')*10 + int(d[5]-'0')
	day := int(d[6]-'0')*10 + int(d[7]-'0')
	if y < 1900 || y > 2099 || m < 1 || m > 12 || day < 1 || day > 31 {
		return false
	}
	before := strings.TrimRight(s[:r.start], " :")
	w, _ := fieldBefore(before, len(before))
	return dateWordsBefore[strings.ToLower(w)]
}

// validNumericDate checks that a run with date-like groups has a plausible month and day.
func validNumericDate(r numberRun) bool {
	g, d := r.groups, r.digits
	num := func(a, b int) int {
		n := 0
		for _, ch := range d[a:b] {
			n = n*10 + int(ch-'0')
		}
		return n
	}
	if len(g) != 3 {
		return false
	}
	a := num(0, g[0])
	b := num(g[0], g[0]+g[1])
	c := num(g[0]+g[1], len(d))
	if g[0] == 4 {
		return b >= 1 && b <= 12 && c >= 1 && c <= 31 && (a >= 1900 && a <= 2099)
	}
	// D/M/Y or M/D/Y.
	ok := func(day, month int) bool { return day >= 1 && day <= 31 && month >= 1 && month <= 12 }
	if g[2] == 4 && !(c >= 1900 && c <= 2099) {
		return false
	}
	return ok(a, b) || ok(b, a)
}

// koreanPeriodParts are the parts of a month or a year (말 end, 초 beginning, 초순, 중순,
// 하순), and koreanPeriodTails what may follow one in its word.
var (
	koreanPeriodParts = []string{"초순", "중순", "하순", "말경", "초경", "말", "초"}
	koreanPeriodTails = set("", "에", "에는", "부터", "까지", "쯤", "쯤에", "경", "경에", "께", "이었어요", "였어요", "의")
)

// koreanPeriodPart returns the length of the part of a period w starts with when the rest
// of w is a particle ("말에", "초부터"), else 0: "초등학교" is no 초.
func koreanPeriodPart(w string) int {
	for _, p := range koreanPeriodParts {
		if rest, ok := strings.CutPrefix(w, p); ok && koreanPeriodTails[rest] {
			return len(p)
		}
	}
	return 0
}

// shortYearPreps come before a year of two digits ("in '07", "since 98"): yearPreps without
// the words that join numbers of any kind ("to", "and", "of").
var shortYearPreps = map[string]bool{"in": true, "since": true, "until": true, "till": true, "by": true,
	"from": true, "before": true, "after": true, "during": true, "circa": true,
	// "Born '92", "the winter of '97", "the class of '08"
	"born": true, "of": true}

// shortYearAfterPrep says whether word i, two digits, is a year after a preposition: after
// an apostrophe ("in '07"), or with a zero first at the end of its clause ("in 07 and").
// a is the length of the apostrophe, which goes with the year.
func (c *wordScan) shortYearAfterPrep(i int) (a int, ok bool) {
	if !shortYearPreps[c.w(i-1)] {
		return 0, false
	}
	switch g := c.gap(i); {
	case g == " '":
		return len("'"), true
	case g == " ’":
		return len("’"), true
	case g == " " && c.w(i)[0] == '0' && c.clauseEnds(i):
		return 0, true
	}
	return 0, false
}

// shortYear says whether word k is a year of two digits after an apostrophe ("'15").
func (c *wordScan) shortYear(k int) bool {
	w, g := c.w(k), c.gap(k)
	return len(w) == 2 && c.digitsAt(k) && (strings.HasSuffix(g, "'") || strings.HasSuffix(g, "’"))
}

// koreanSeason returns the length of a season word at the start of w (봄, 여름, 가을, 겨울,
// 설날, 추석), or 0.
func koreanSeason(w string) int {
	for _, s := range []string{"여름", "가을", "겨울", "설날", "추석", "봄"} {
		if strings.HasPrefix(w, s) {
			return len(s)
		}
	}
	return 0
}

// recurringMonths returns the last word of a date that recurs every year ("every March",
// "each May and every September"), which tells when a family expects money or a broker
// crosses; i is a capitalised month after "every" or "each". It returns -1 when there is none.
func recurringMonths(c *wordScan, i int) int {
	if p := c.w(i - 1); (p != "every" && p != "each") || !c.upper(i) || !c.joined(i) {
		return -1
	}
	j := i
	for {
		k := j + 1
		if a := c.w(k); (a != "and" && a != "or") || !c.joined(k) {
			return j
		}
		if q := c.w(k + 1); (q == "every" || q == "each") && c.joined(k+1) {
			k++
		}
		if m, ok := months[c.w(k+1)]; !ok || m == 0 || !c.upper(k+1) || !c.joined(k+1) {
			return j
		}
		j = k + 1
	}
}

// koreanDatePart is the length of the "<number><counter>" that w starts with and its
// counter (년, 월 or 일): the number in digits ("3월", "2019년") or in Sino-Korean numerals
// ("삼월", "십이일"); June and October drop a sound in Hangul ("유월", "시월").
func koreanDatePart(w string) (int, string) {
	if strings.HasPrefix(w, "유월") || strings.HasPrefix(w, "시월") {
		return len("유월"), "월"
	}
	v, n, hangul, _ := koreanAmount(w)
	if n == 0 || v <= 0 {
		return 0, ""
	}
	for _, u := range []string{"년", "월", "일"} {
		if strings.HasPrefix(w[n:], u) {
			// A month or day in Hangul numerals must be one: "이월" of 2 is February, but
			// "구일" of 9 is not the 90th.
			if hangul && (u == "월" && v > 12 || u == "일" && v > 31) {
				return 0, ""
			}
			return n + len(u), u
		}
	}
	return 0, ""
}

// koreanMonthOrDay says whether w is a month or a day ("3월", "삼월에", "12일", "보름"), which
// goes with the year before it.
func koreanMonthOrDay(w string) bool {
	_, u := koreanDatePart(w)
	return u == "월" || u == "일" || koreanDayWord(w) > 0
}

// koreanDayWords are days of the month said by the moon, as lunar dates are: the full moon
// (보름, the 15th), the first (초하루) and the last (그믐), and the first ten days, counted
// in native day words after 초 ("초사흘", the 3rd; "초열흘", the 10th).
var koreanDayWords = []string{"보름날", "보름", "초하루", "초이틀", "초사흘", "초나흘", "초닷새", "초엿새", "초이레",
	"초여드레", "초아흐레", "초열흘", "그믐날", "그믐"}

// koreanDayWord is the length of the day word w starts with (koreanDayWords), or 0.
func koreanDayWord(w string) int {
	for _, d := range koreanDayWords {
		if strings.HasPrefix(w, d) {
			return len(d)
		}
	}
	return 0
}

// hangulMonthDate says whether word i is a month in Hangul numerals ("팔월", "시월") that
// dates something: a day follows it ("팔월 십오일", "팔월 보름") or the calendar precedes it
// ("음력 팔월"). Alone, "이월" is as often a carrying over, "일월" the sun and moon.
func (c *wordScan) hangulMonthDate(i int) bool {
	w := c.w(i)
	if !strings.Contains(w, "월") || !sinoNumeralStart(w) && !strings.HasPrefix(w, "유월") && !strings.HasPrefix(w, "시월") {
		return false // most Hangul words: no 월, a search of a few bytes
	}
	if n, u := koreanDatePart(w); u != "월" || isDigit(w[0]) || n != len(w) && koreanAfterMonth(w[n:]) {
		return false
	}
	if p := c.w(i - 1); (p == "음력" || p == "양력") && c.joined(i) {
		return true
	}
	n := c.w(i + 1)
	_, u := koreanDatePart(n)
	return c.joined(i+1) && (u == "일" || koreanDayWord(n) > 0)
}

// koreanAfterMonth says the rest of a month word is not a particle: "이월하다" (carry over).
func koreanAfterMonth(rest string) bool {
	return !hasAnyPrefix(rest, hangulLocativeParticles)
}

// hangulLocativeParticles are the particles a month takes ("팔월에", "시월부터").
var hangulLocativeParticles = []string{"에", "의", "부터", "까지", "초", "말", "중순", "달", "경", "쯤", "은", "는", "도"}

// koreanYear says whether word i starts a year that is neither in digits nor in the
// Gregorian calendar: in the Juche calendar ("주체108년", "주체 108년") or in Hangul numerals
// ("이천십구년", "이천십구 년"). It returns the word the year's 년 is in.
func (c *wordScan) koreanYear(i int) (int, bool) {
	w := c.w(i)
	if rest, ok := strings.CutPrefix(w, "주체"); ok {
		j := i
		if rest == "" && c.joined(i+1) {
			j, rest = i+1, c.w(i+1)
		}
		if n, u := koreanDatePart(rest); n > 0 && u == "년" && isDigit(rest[0]) {
			return j, true
		}
		// "주체87(1998)년": the Gregorian year in brackets before 년; the whole is one date,
		// or the Juche year left beside the generalized one gives the exact year.
		if rest != "" && isAllDigits(rest) && len(rest) <= 3 && j+2 < len(c.ws) && c.gap(j+1) == "(" &&
			c.gap(j+2) == ")" && isAllDigits(c.w(j+1)) && len(c.w(j+1)) == 4 && strings.HasPrefix(c.w(j+2), "년") {
			return j + 2, true
		}
		return -1, false
	}
	if !sinoNumeralStart(w) {
		return -1, false
	}
	v, n, hangul, _ := koreanAmount(w)
	if !hangul || v < 1900 || v > 2099 || v != float64(int(v)) {
		return -1, false
	}
	if strings.HasPrefix(w[n:], "년") {
		return i, true
	}
	if n == len(w) && c.joined(i+1) && strings.HasPrefix(c.w(i+1), "년") {
		return i + 1, true
	}
	return -1, false
}

// koreanDurationUnits count years and months: "3년", "6개월".
var koreanDurationUnits = []string{"년", "개월"}

// hanawonCohortUnits are the words English numbers a class of Hanawon with ("the 37th
// class", "class 37").
var hanawonCohortUnits = newWordTable(set("class", "cohort", "intake", "batch", "term"))

// hanawonCohort reads a numbered class of Hanawon, the resettlement centre every defector
// passes through, at word i: "하나원 (제)37기(생)", "37 기수", "the 37th class at Hanawon",
// "Hanawon class 37". Its classes follow each other every few months and hold a few hundred people,
// so the number dates an arrival and narrows who it is: a date. Hanawon itself, a public
// body, stays; the span is the number with its unit (and "the" before an ordinal). Hanawon
// must be named within a few words of the number.
func (c *wordScan) hanawonCohort(i int) (a, b int, ok bool) {
	w := c.w(i)
	a, b = c.ws[i].start, c.ws[i].end
	pre := 0
	if strings.HasPrefix(w, "제") { // "제37기": the ordinal prefix goes with the number
		w, pre = w[len("제"):], len("제")
	}
	n := leadingDigits(w)
	if n == 0 || n > 3 {
		return 0, 0, false
	}
	switch rest := w[n:]; {
	case strings.HasPrefix(rest, "기"): // "37기예요", "37기생이었어요", "37기수"
		b = a + pre + n + len("기")
		if r := rest[len("기"):]; strings.HasPrefix(r, "생") {
			b += len("생")
		} else if strings.HasPrefix(r, "수") {
			b += len("수")
		}
		return a, b, nearWord(c.s, a, b, "하나원", 30)
	case rest == "" && strings.HasPrefix(c.w(i+1), "기수") && c.gap(i+1) == " ": // "37 기수"
		b = c.ws[i+1].start + len("기수")
		return a, b, nearWord(c.s, a, b, "하나원", 30)
	case w != c.w(i): // "제" before digits with no 기
		return 0, 0, false
	case rest == "st" || rest == "nd" || rest == "rd" || rest == "th":
		if !c.inSet(hanawonCohortUnits, i+1) || c.gap(i+1) != " " {
			return 0, 0, false
		}
		b = c.ws[i+1].end
		if c.w(i-1) == "the" && c.gap(i) == " " {
			a = c.ws[i-1].start
		}
	case rest == "":
		if !c.inSet(hanawonCohortUnits, i-1) || c.gap(i) != " " {
			return 0, 0, false
		}
		a = c.ws[i-1].start
	default:
		return 0, 0, false
	}
	return a, b, nearWord(c.s, a, b, "hanawon", 40)
}

// nearWord says whether w occurs in s within window bytes before a or after b.
func nearWord(s string, a, b int, w string, window int) bool {
	lo, hi := max(0, a-window), min(len(s), b+window)
	return strings.Contains(s[lo:a], w) || strings.Contains(s[b:hi], w)
}

// koreanLeaders are the leaders whose birthdays are North Korean holidays (태양절, 광명성절,
// Kim Jong Un's of 8 January), and koreanLeaderTitles the titles Korean puts between the
// name and 생일 ("김정일 장군님 생일", "김일성 수령님의 생신").
var (
	koreanLeaders      = set("김일성", "김정일", "김정은")
	koreanLeaderTitles = set("장군님", "장군", "위원장", "위원장님", "수령님", "수령", "원수님", "원수",
		"대원수님", "동지", "동지의", "주석", "주석님", "지도자", "지도자님", "총비서", "총비서님", "어버이")
)

// birthdayNounLen returns the byte length of the birthday noun w starts with ("생일날",
// "생일", "생신날", "생신"), or 0: the particle or copula after it stays.
func birthdayNounLen(w string) int {
	for _, n := range []string{"생일날", "생신날", "생일", "생신"} {
		if strings.HasPrefix(w, n) {
			return len(n)
		}
	}
	return 0
}

// leaderBirthday says whether Hangul word i is a birthday (생일, 생신) of a leader named
// right before it, with or without titles between ("김정일 생일에", "김정일 장군님 생일날",
// "김일성 수령님의 생신"): a holiday, so a day of the year. Only the first syllable is read
// before the word is known to start so.
func (c *wordScan) leaderBirthday(i int) bool {
	w := c.w(i)
	if !strings.HasPrefix(w, "생") || birthdayNounLen(w) == 0 {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3 && c.gap(k+1) == " "; k-- {
		p := strings.TrimSuffix(c.w(k), "의")
		if koreanLeaders[p] {
			return true
		}
		if !koreanLeaderTitles[p] && !koreanLeaderTitles[c.w(k)] {
			return false
		}
	}
	return false
}

// birthInBrackets says whether the full date at s[a:b] is a birth date by the brackets it
// stands in, as after a name: "(b. 12 March 1979)", "(born 12 March 1979)", or the first
// of two dates, ten years or more apart, of a life: "(12.03.1950 – 04.11.2011)",
// "(1950. 3. 12. ~ 2011. 11. 4.)". Two dates closer together are a period ("(25 June 1950 –
// 27 July 1953)").
func birthInBrackets(s string, a, b int) bool {
	head := strings.TrimRight(s[max(0, a-8):a], " ")
	if strings.HasSuffix(head, "(b.") || strings.HasSuffix(head, "(born") || strings.HasSuffix(head, "(b") {
		return true
	}
	if !strings.HasSuffix(head, "(") {
		return false
	}
	y1 := firstYearIn(s[a:b])
	if y1 == 0 {
		return false
	}
	p := b
	if p < len(s) && s[p] == '.' {
		p++
	}
	for p < len(s) && s[p] == ' ' {
		p++
	}
	dash := false
	for _, d := range []string{"–", "—", "-", "~", "∼", "to "} {
		if strings.HasPrefix(s[p:], d) {
			p, dash = p+len(d), true
			break
		}
	}
	if !dash {
		return false
	}
	end := strings.IndexByte(s[p:min(len(s), p+30)], ')')
	if end < 0 {
		return false
	}
	y2 := firstYearIn(s[p : p+end])
	return y2 >= y1+10
}

// firstYearIn returns the first number of four digits from 1800 to 2099 in s, or 0.
func firstYearIn(s string) int {
	for i := 0; i+4 <= len(s); i++ {
		if (i == 0 || !isDigit(s[i-1])) && isAllDigits(s[i:i+4]) && (i+4 == len(s) || !isDigit(s[i+4])) {
			if y, _ := strconv.Atoi(s[i : i+4]); y >= 1800 && y <= 2099 {
				return y
			}
		}
	}
	return 0
}

// koreanTimesOfDay are the parts of a day that, after a day of the month, make it a date.
var koreanTimesOfDay = []string{"새벽", "아침", "오전", "오후", "점심", "낮", "저녁", "밤", "자정"}

// koreanDayBeforeTimeOfDay says whether word i is a day of the month in digits, "15일" with
// nothing after its 일, followed by a time of the day ("15일 새벽 3시에").
func (c *wordScan) koreanDayBeforeTimeOfDay(i int) bool {
	w := c.w(i)
	d := leadingDigits(w)
	if d == 0 || d > 2 || w[d:] != "일" || w[0] == '0' {
		return false
	}
	if v, _ := strconv.Atoi(w[:d]); v > 31 {
		return false
	}
	return c.gap(i+1) == " " && hasAnyPrefix(c.w(i+1), koreanTimesOfDay)
}

// Korean names of a birth year: the zodiac animal ("소띠", born in a year of the ox), the
// sexagenary year ("을축년생", 1985) and 해방둥이 (born in 1945, the year of liberation).
// Beside the decade a birth year is generalized to ("80년대생 소띠") each gives the year
// itself, and beside an age ("용띠고 스물일곱") the age's decade does.
var (
	koreanZodiacAnimals = []string{"호랑이", "원숭이", "돼지", "토끼", "쥐", "소", "범", "용", "뱀", "말", "양", "닭", "개"}
	koreanHeavenlyStems = []string{"갑", "을", "병", "정", "무", "기", "경", "신", "임", "계"}
	koreanEarthlyBranch = []string{"자", "축", "인", "묘", "진", "사", "오", "미", "신", "유", "술", "해"}
	// koreanBirthSignFirst holds the first syllables of those words, so that most Hangul
	// words are turned away with one probe.
	koreanBirthSignFirst = firstSyllables(append(append([]string{"해방둥이"}, koreanZodiacAnimals...), koreanHeavenlyStems...))
)

// koreanDateWordFirst holds the first syllables of the Korean dates the date detector reads
// from a Hangul word without a class of its own (clsKoreanDateLead, clsDateCue): a leader's
// 생일, a day word after 초, a birth sign, a duration in number words. Most Hangul words are
// turned away with one probe, before the tests and calls for each.
var koreanDateWordFirst = func() *sylSet {
	s := firstSyllables([]string{"생", "초"})
	for k := range s {
		s[k] |= koreanBirthSignFirst[k] | koreanDurationFirst[k]
	}
	return s
}()

// koreanBirthSign returns the length of the name of a birth year w starts with (the rest is
// its particle or copula), or 0.
func koreanBirthSign(w string) int {
	if strings.HasPrefix(w, "해방둥이") {
		return len("해방둥이")
	}
	for _, a := range koreanZodiacAnimals {
		if strings.HasPrefix(w, a) && strings.HasPrefix(w[len(a):], "띠") && !strings.HasPrefix(w[len(a):], "띠동") {
			return len(a) + len("띠")
		}
	}
	// A stem and a branch of the same parity (the sixty years of the cycle), then 년생 or 생.
	if len(w) < 9 {
		return 0
	}
	si, bi := slices.Index(koreanHeavenlyStems, w[:3]), slices.Index(koreanEarthlyBranch, w[3:6])
	if si < 0 || bi < 0 || si%2 != bi%2 {
		return 0
	}
	for _, tail := range []string{"년생", "생"} {
		if strings.HasPrefix(w[6:], tail) && !strings.HasPrefix(w[6:], "생활") && !strings.HasPrefix(w[6:], "생각") {
			return 6 + len(tail)
		}
	}
	return 0
}
