package redact

import "strings"

// Korean room and cell numbers: "302호실에", "3호 감방", "신의주 호텔 817호", "101동 1203호". A
// room in a hotel, a cell in a holding centre or a flat in a block is where a person was
// found, as the English "room 302" (detect_context.go) is. The number with 호 alone is
// read only next to a word for a room or a building ("3호선", "5호 담당", "제2호 작업반" stay).
// Anchored on the digit words of texts that are not all ASCII.

func init() { register(koreanRoomDetector{}) }

type koreanRoomDetector struct{}

func (koreanRoomDetector) name() string { return "address" }

var (
	// roomHolders end the word before "<n>호": the room is in them.
	roomHolders = []string{"호텔", "모텔", "여관", "여인숙", "숙소", "기숙사", "아파트", "병원", "병동", "병실", "객실", "감방", "독방", "방"}
	// roomNouns start the word after "<n>호": the room it numbers.
	roomNouns = []string{"감방", "독방", "방", "병실", "객실", "수용실", "호실", "실"}
	// roomParticles may follow a room noun or "<n>호" ("감방에", "817호에서").
	roomParticles = []string{"에", "은", "는", "이", "가", "을", "를", "으로", "로", "의", "도", "까지", "였", "이었", "이에", "이야", "안", "에서"}
)

func (koreanRoomDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	if t.isASCII() {
		return nil
	}
	out := t.candidateRoom()
	c := newWordScan(t)
	s, ws := c.s, c.ws
	for i := c.next(0, clsDigit); i < len(ws); i = c.next(i+1, clsDigit) {
		w := c.w(i)
		d := 0
		for d < len(w) && isDigit(w[d]) {
			d++
		}
		if d == 0 || d > 5 || !strings.HasPrefix(w[d:], "호") {
			continue
		}
		after := w[d+len("호"):]
		a, end := ws[i].start, ws[i].start+d+len("호")
		switch {
		case strings.HasPrefix(after, "실"): // "302호실에"
			end += len("실")
		case after != "" && !hasAnyPrefix(after, roomParticles):
			continue // "3호선", "2호기"
		case i > 0 && c.joined(i) && endsWithAny(c.w(i-1), roomHolders):
			// "호텔 817호에"
		case i > 0 && c.joined(i) && blockNumber(c.w(i-1)):
			a = ws[i-1].start // "101동 1203호": the block and the flat are one number
		case after == "" && i+1 < len(ws) && c.joined(i+1) && roomNounWord(c.w(i+1)):
			// "3호 감방에"
		default:
			continue
		}
		if a > 0 && isASCIIWordByte(s[a-1]) && s[a-1] < 0x80 {
			continue
		}
		out = append(out, t.cand(a, end, Address, "room number", "a number with 호 beside a word for a room or a building", 0.75))
	}
	return out
}

// blockNumber says whether w is "<digits>동", the block of a flat ("101동").
func blockNumber(w string) bool {
	rest, ok := strings.CutSuffix(w, "동")
	return ok && rest != "" && isAllDigits(rest)
}

// roomNounWord says whether w is a room noun and at most a particle ("감방에", "방"; not
// "방송").
func roomNounWord(w string) bool {
	for _, n := range roomNouns {
		if rest, ok := strings.CutPrefix(w, n); ok && (rest == "" || hasAnyPrefix(rest, roomParticles)) {
			return true
		}
	}
	return false
}

// endsWithAny says whether w is or ends with one of words ("호텔", "신의주호텔").
func endsWithAny(w string, words []string) bool {
	for _, x := range words {
		if strings.HasSuffix(w, x) {
			return true
		}
	}
	return false
}
