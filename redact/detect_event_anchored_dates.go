package redact

import "strings"

func init() { register(eventAnchoredDateDetector{}) }

// eventAnchoredDateDetector reads a time fixed by a public event: "the day Kim Jong Il
// died" is 17 December 2011 to anyone, as precise as the date written out, and "born the
// year the Olympics came to Beijing" is a birth year. The event stays a public fact
// elsewhere; said as the time of a crossing, an arrest or a birth, it dates that.
// A time word ("the day", "the year", "the winter") is followed, after "that", "when", "of"
// or nothing, by one of publicEventClauses. Each clause holds an anchor word (publicEventAnchors),
// found with the text's other anchor words: most texts have none, and are not searched.
type eventAnchoredDateDetector struct{}

func (eventAnchoredDateDetector) name() string { return "date" }

// eventTimeWords are the times an event fixes.
var eventTimeWords = []string{"the day ", "the night ", "the week ", "the month ", "the year ", "the winter ",
	"the summer ", "the spring ", "the autumn ", "the morning ", "the evening "}

// publicEventClauses are public events of one day or one year said as a clause after a time
// word, lower case. Periods ("the Arduous March", the famine, the currency reform's weeks)
// are not listed: they date nothing closer than their years, and the gold keeps them
// readable as public events.
var publicEventClauses = []string{
	"kim jong il died", "kim jong-il died", "kim il sung died", "kim il-sung died",
	"the great leader died", "the dear leader died",
	"the olympics came to beijing", "beijing hosted the olympics", "the beijing olympics",
	"the pyeongchang olympics", "the seoul olympics", "the olympics were in seoul",
	"the world cup was in korea", "the korea-japan world cup",
	"jang song thaek was executed", "jang song-thaek was executed",
	"the sewol sank", "the ferry sank",
}

// koreanEventDates are the same said in Korean, a whole phrase with its time word; each
// begins with its anchor word.
var koreanEventDates = []string{"김정일이 죽던 날", "김정일이 죽은 날", "김정일 사망 때", "김일성이 죽던 해", "김일성이 죽은 해",
	"김일성 사망 때", "장성택이 처형된 해"}

// publicEventAnchors are words every clause and phrase above holds.
var publicEventAnchors = newAnchorTable(setOfWords("died olympics cup executed sank 김정일이 김정일 김일성이 김일성 장성택이"))

func (eventAnchoredDateDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	anchors := publicEventAnchors.find(t)[0]
	if len(anchors) == 0 {
		return nil
	}
	s := t.Fold
	out := t.candidateRoom()
	last := -1 // the end of the last date found: an anchor inside it is passed over
	for _, p := range anchors {
		if p < last {
			continue
		}
		if a, e, ok := eventClauseAround(s, p); ok {
			// Above a place's score: "the Olympics came to Beijing" goes whole.
			out = append(out, t.cand(a, e, Date, "date of a public event",
				"a time fixed by a public event, as precise as the date", 0.95))
			last = e
			continue
		}
		for _, ev := range koreanEventDates {
			if strings.HasPrefix(s[p:], ev) {
				out = append(out, t.cand(p, p+len(ev), Date, "date of a public event",
					"a time fixed by a public event, as precise as the date", 0.95))
				last = p + len(ev)
				break
			}
		}
	}
	return out
}

// eventClauseAround finds a time word and a public event's clause that holds the anchor word
// at p, within 60 bytes before it.
func eventClauseAround(s string, p int) (a, e int, ok bool) {
	lo := max(0, p-60)
	for _, tw := range eventTimeWords {
		for at := lo; at < p; {
			k := strings.Index(s[at:p], tw)
			if k < 0 {
				break
			}
			a := at + k
			at = a + len(tw)
			if a > 0 && isASCIIWordByte(s[a-1]) {
				continue
			}
			q := at
			for _, conj := range [...]string{"that ", "when ", "of "} {
				if strings.HasPrefix(s[q:], conj) {
					q += len(conj)
					break
				}
			}
			for _, ev := range publicEventClauses {
				if end := q + len(ev); end > p && strings.HasPrefix(s[q:], ev) && (end == len(s) || !isASCIIWordByte(s[end])) {
					return a, end, true
				}
			}
		}
	}
	return 0, 0, false
}
