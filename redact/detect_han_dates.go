package redact

import "strings"

// Chinese and Japanese dates: "1979年3月12日", "2019年5月", "1998年". Chinese is written
// without spaces, so the date is inside a word ("我1979年3月12日出生"): the digit words that
// hold 年 are read. After or before 出生, 生日 or 生まれ a date with its month is a birth date.
// Only texts not all ASCII are looked at.

func init() { register(hanDateDetector{}) }

type hanDateDetector struct{}

func (hanDateDetector) name() string { return "date" }

// hanBirthWords, within a few characters of a date, make it a birth date.
var hanBirthWords = []string{"出生", "生日", "生まれ", "誕生", "生于", "生於"}

func (hanDateDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	if t.isASCII() {
		return nil
	}
	out := t.candidateRoom()
	c := newWordScan(t)
	s, ws := c.s, c.ws
	for i := c.next(0, clsDigit); i < len(ws); i = c.next(i+1, clsDigit) {
		a, b := ws[i].start, ws[i].end
		for off := a; off < b; {
			k := strings.Index(s[off:b], "年")
			if k < 0 {
				break
			}
			y := off + k // the 年
			off = y + len("年")
			if y-a < 4 || !isAllDigits(s[y-4:y]) || y-4 > a && isDigit(s[y-5]) || !isYear(s[y-4:y]) {
				continue
			}
			start, end := y-4, off
			month := false
			if n := hanNumberUnit(s[end:b], "月"); n > 0 {
				end += n
				month = true
				if n := hanNumberUnit(s[end:b], "日"); n > 0 {
					end += n
				} else if n := hanNumberUnit(s[end:b], "号"); n > 0 {
					end += n
				}
			}
			off = end
			cat, score, reason := Date, 0.85, "year/month/day counters (年, 月, 日)"
			if month {
				// The words around it in its sentence: "出生日期：", "出生", "生まれ".
				before, after := s[max(0, start-24):start], s[end:min(len(s), end+12)]
				if k := max(strings.LastIndex(before, "\n"), strings.LastIndex(before, "。")); k >= 0 {
					before = before[k+1:]
				}
				if k := strings.IndexAny(after, "\n。"); k >= 0 {
					after = after[:k]
				}
				if containsAnyOf(before, hanBirthWords) || containsAnyOf(after, hanBirthWords) {
					cat, score, reason = BirthDate, 0.9, reason+"; a word for birth beside it"
				}
			}
			out = append(out, t.cand(start, end, cat, "Chinese date", reason, score))
		}
	}
	return out
}

// hanNumberUnit is the length of "<one or two digits><unit>" at the start of s, or 0.
func hanNumberUnit(s, unit string) int {
	d := 0
	for d < len(s) && d < 3 && isDigit(s[d]) {
		d++
	}
	if d == 0 || d > 2 || !strings.HasPrefix(s[d:], unit) {
		return 0
	}
	return d + len(unit)
}
