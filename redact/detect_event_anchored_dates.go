package redact

import "strings"

func init() { register(eventAnchoredDateDetector{}) }

// eventAnchoredDateDetector reads a time fixed by a public event: "the day Kim Jong Il
// died" is 17 December 2011 to anyone, as precise as the date written out, and "born the
// year the Olympics came to Beijing" is a birth year. The event stays a public fact
// elsewhere; said as the time of a crossing, an arrest or a birth, it dates that.
// A time word ("the day", "the year", "the winter") is followed, after "that" or "when" or
// nothing, by one of publicEventClauses.
type eventAnchoredDateDetector struct{}

func (eventAnchoredDateDetector) name() string { return "date" }

// eventTimeWords are the times an event fixes.
var eventTimeWords = []string{"the day ", "the night ", "the week ", "the month ", "the year ", "the winter ",
	"the summer ", "the spring ", "the autumn ", "the morning ", "the evening "}

// publicEventClauses are public events said as a clause after a time word, lower case.
var publicEventClauses = []string{
	"kim jong il died", "kim jong-il died", "kim il sung died", "kim il-sung died",
	"the great leader died", "the dear leader died",
	"the olympics came to beijing", "beijing hosted the olympics", "the beijing olympics",
	"the pyeongchang olympics", "the seoul olympics", "the olympics were in seoul",
	"the world cup was in korea", "the korea-japan world cup",
	"jang song thaek was executed", "jang song-thaek was executed",
	"the sewol sank", "the ferry sank",
}

// Periods ("the Arduous March", the famine, the currency reform's weeks, the closed border)
// are not listed: they date nothing closer than their years, which the text says or not, and
// the gold keeps them readable as public events.

// koreanEventDates are the same said in Korean, a whole phrase with its time word.
var koreanEventDates = []string{"김정일이 죽던 날", "김정일이 죽은 날", "김정일 사망 때", "김일성이 죽던 해", "김일성이 죽은 해",
	"김일성 사망 때", "장성택이 처형된 해"}

func (eventAnchoredDateDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	s := t.Fold
	out := t.candidateRoom()
	for _, tw := range eventTimeWords {
		for at := 0; ; {
			k := strings.Index(s[at:], tw)
			if k < 0 {
				break
			}
			a := at + k
			at = a + len(tw)
			if a > 0 && isASCIIWordByte(s[a-1]) {
				continue
			}
			p := at
			for _, conj := range [...]string{"that ", "when ", "of "} {
				if strings.HasPrefix(s[p:], conj) {
					p += len(conj)
					break
				}
			}
			for _, ev := range publicEventClauses {
				if strings.HasPrefix(s[p:], ev) && (p+len(ev) == len(s) || !isASCIIWordByte(s[p+len(ev)])) {
					// Above a place's score: "the Olympics came to Beijing" goes whole.
					out = append(out, t.cand(a, p+len(ev), Date, "date of a public event",
						"a time fixed by a public event, as precise as the date", 0.95))
					break
				}
			}
		}
	}
	if !t.isASCII() {
		for _, ev := range koreanEventDates {
			for at := 0; ; {
				k := strings.Index(s[at:], ev)
				if k < 0 {
					break
				}
				a := at + k
				at = a + len(ev)
				out = append(out, t.cand(a, at, Date, "date of a public event",
					"a time fixed by a public event, as precise as the date", 0.75))
			}
		}
	}
	return out
}
