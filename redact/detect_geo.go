package redact

import "strings"

// Map coordinates, MAC addresses and IPv6 addresses. A house's coordinates
// ("39.0392° N, 125.7625° E", "41°24'12\"N", "42.0456, 128.3012", "위도 41.8012", "북위 41도 48분")
// find it as surely as its street address, so they are an address; a device's MAC address
// and an IPv6 address lead to a person as an IPv4 address does. Anchored on the digit words
// (clsDigit): every form has a digit in its first or second word, and the shape is read
// from there.

func init() { register(geoNetDetector{}) }

type geoNetDetector struct{}

func (geoNetDetector) name() string { return "geo_net" }

// coordCueWords, right before a single decimal number, make it a coordinate
// ("lat 41.8012", "위도 41.8012,", "geo:42.0456,128.3012").
var coordCueWords = setOfWords("lat latitude lon lng long longitude geo gps coordinates coords 위도 경도")

// koreanHemispheres, before "<n>도", make it degrees of latitude or longitude ("북위 41도 48분").
var koreanHemispheres = newWordTable(setOfWords("북위 남위 동경 서경"))

func (geoNetDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	out := t.candidateRoom()
	c := newWordScan(t)
	s, ws := c.s, c.ws
	done := 0 // the end of the last span emitted: a pair's second half is not read again
	for i := c.next(0, clsDigit); i < len(ws); i = c.next(i+1, clsDigit) {
		a := ws[i].start
		if a < done {
			continue
		}
		if start, end, mac, ok := hexColonAddress(s, ws, i); ok {
			if mac {
				out = append(out, t.cand(start, end, IDNumber, "MAC address", "six pairs of hex digits parted by colons", 0.9))
			} else {
				out = append(out, t.cand(start, end, Handle, "IPv6 address", "hex groups parted by colons, with \"::\" or eight groups", 0.9))
			}
			done = end
			continue
		}
		// "북위 41도 48분 30초"
		if i > 0 && c.inSet(koreanHemispheres, i-1) {
			if end := koreanDegreesEnd(c, i); end > 0 {
				out = append(out, t.cand(a, end, Address, "map coordinates", "degrees after a hemisphere word", 0.9))
				done = end
				continue
			}
		}
		start := a
		if start > 0 && s[start-1] == '-' && (start == 1 || !isASCIIWordByte(s[start-2])) {
			start-- // a southern or western coordinate
		}
		if start > 0 && isASCIIWordByte(s[start-1]) {
			continue
		}
		end, strong, decimals := coordEnd(s, a)
		if end < 0 {
			continue
		}
		cued := i > 0 && coordCueWords[c.w(i-1)] && ws[i-1].end >= start-2
		if !strong && !cued {
			// Two plain decimals of three places or more, a comma between: "42.0456, 128.3012".
			if decimals < 3 {
				continue
			}
			p := end
			if p < len(s) && s[p] == ',' {
				p++
			}
			if p < len(s) && s[p] == ' ' {
				p++
			}
			if p == end || p < len(s) && s[p] == '-' {
				p++
			}
			e2, _, d2 := coordEnd(s, p)
			if e2 < 0 || d2 < 3 || !degreesWithin(s[start:end], 90) || !degreesWithin(s[p:e2], 180) {
				continue
			}
			out = append(out, t.cand(start, e2, Address, "map coordinates", "two decimals of three places or more, a comma between", 0.85))
			done = e2
			continue
		}
		if !strong && decimals < 2 {
			continue // "lat 4": not a coordinate
		}
		// The second half of a pair: "39.0392° N, 125.7625° E", "41.8012N 129.7744E".
		p := end
		if p < len(s) && s[p] == ',' {
			p++
		}
		if p < len(s) && s[p] == ' ' {
			p++
		}
		if p < len(s) && s[p] == '-' {
			p++
		}
		if p > end && p < len(s) && isDigit(s[p]) {
			if e2, strong2, d2 := coordEnd(s, p); e2 > 0 && (strong2 || cued && d2 >= 2) {
				end = e2
			}
		}
		out = append(out, t.cand(start, end, Address, "map coordinates", "degrees with a hemisphere or a cue word", 0.9))
		done = end
	}
	return out
}

// coordEnd reads one coordinate at a: one to three digits, then decimals or degrees,
// minutes and seconds, then a hemisphere letter. It returns where it ends (-1 if there is
// none), whether its form alone makes it a coordinate (a degree sign with a hemisphere or
// minutes, or decimals with a hemisphere), and how many decimal places it has.
func coordEnd(s string, a int) (end int, strong bool, decimals int) {
	p := a
	for p < len(s) && isDigit(s[p]) {
		p++
	}
	if n := p - a; n == 0 || n > 3 {
		return -1, false, 0
	}
	if p+1 < len(s) && s[p] == '.' && isDigit(s[p+1]) {
		q := p + 1
		for q < len(s) && isDigit(s[q]) {
			q++
		}
		decimals = q - p - 1
		p = q
	}
	degree := false
	if strings.HasPrefix(s[p:], "°") {
		degree = true
		p += len("°")
	} else if strings.HasPrefix(s[p:], "º") {
		degree = true
		p += len("º")
	}
	minutes := false
	if degree {
		// 24'12" or 24′12″
		q := p
		for q < len(s) && isDigit(s[q]) {
			q++
		}
		if q > p && q-p <= 2 {
			if r := minuteMark(s, q); r > 0 {
				minutes, p = true, r
				q = p
				for q < len(s) && (isDigit(s[q]) || s[q] == '.') {
					q++
				}
				if q > p {
					if r := secondMark(s, q); r > 0 {
						p = r
					}
				}
			}
		}
	}
	if decimals == 0 && !degree {
		return -1, false, 0
	}
	// A hemisphere letter, glued or after one space: "41.8012N", "39.0392° N".
	q := p
	if q < len(s) && s[q] == ' ' && (degree || minutes) {
		q++
	}
	hemi := false
	if q < len(s) && strings.IndexByte("nsew", s[q]) >= 0 && (q+1 == len(s) || !isASCIIWordByte(s[q+1])) {
		hemi, p = true, q+1
	}
	strong = hemi && (degree || decimals >= 2) || degree && minutes
	return p, strong, decimals
}

func minuteMark(s string, q int) int {
	switch {
	case q < len(s) && s[q] == '\'':
		return q + 1
	case strings.HasPrefix(s[q:], "′"), strings.HasPrefix(s[q:], "’"):
		return q + 3
	}
	return -1
}

func secondMark(s string, q int) int {
	switch {
	case q < len(s) && s[q] == '"':
		return q + 1
	case strings.HasPrefix(s[q:], "″"), strings.HasPrefix(s[q:], "”"):
		return q + 3
	case strings.HasPrefix(s[q:], "''"):
		return q + 2
	}
	return -1
}

// koreanDegreesEnd reads "41도", then "48분" and "30초" after it, from digit word i: the end of
// the last, or -1.
func koreanDegreesEnd(c wordScan, i int) int {
	s, ws := c.s, c.ws
	end := -1
	for k, unit := range []string{"도", "분", "초"} {
		if i+k >= len(ws) || k > 0 && ws[i+k].start-ws[i+k-1].end > 1 {
			break
		}
		w := s[ws[i+k].start:ws[i+k].end]
		d := 0
		for d < len(w) && isDigit(w[d]) {
			d++
		}
		if d == 0 || d > 3 || !strings.HasPrefix(w[d:], unit) {
			break
		}
		end = ws[i+k].start + d + len(unit)
	}
	return end
}

func isHexByte(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'f' }

// hexColonAddress reads a MAC address ("3c:5a:b4:12:9e:07") or an IPv6 address ("2001:db8::1")
// that holds digit word i, starting with the words before it that a colon joins: its bytes,
// and whether it is a MAC address; ok is false if there is none. A clock time ("12:30:45") has three groups
// and no "::"; a MAC address has six groups of two; an IPv6 address has eight groups or "::".
func hexColonAddress(s string, ws []word, i int) (start, end int, mac, ok bool) {
	a, b := ws[i].start, ws[i].end
	if !(b < len(s) && s[b] == ':' || a > 0 && s[a-1] == ':') {
		return 0, 0, false, false
	}
	// Back to the group the address starts with: over "hex:" groups, and over a "::" that
	// starts it ("::1").
	for a > 0 && s[a-1] == ':' {
		p := a - 1
		if p > 0 && s[p-1] == ':' {
			p--
		}
		q := p
		for q > 0 && isHexByte(s[q-1]) {
			q--
		}
		if q == p {
			if p < a-1 {
				a = p
			}
			break
		}
		a = q
	}
	if a > 0 && (isASCIIWordByte(s[a-1]) || s[a-1] == ':') {
		return 0, 0, false, false
	}
	groups, double, allPairs, letters := 0, false, true, false
	p := a
	for p < len(s) {
		q := p
		for q < len(s) && isHexByte(s[q]) {
			if !isDigit(s[q]) {
				letters = true
			}
			q++
		}
		if q-p > 4 {
			return 0, 0, false, false
		}
		if q > p {
			groups++
			if q-p != 2 {
				allPairs = false
			}
		}
		p = q
		if p+1 < len(s) && s[p] == ':' && s[p+1] == ':' {
			if double {
				return 0, 0, false, false
			}
			double, allPairs = true, false
			p += 2
			continue
		}
		if p+1 < len(s) && s[p] == ':' && isHexByte(s[p+1]) {
			p++
			continue
		}
		break
	}
	if p < len(s) && isASCIIWordByte(s[p]) {
		return 0, 0, false, false
	}
	switch {
	case allPairs && groups == 6 && !double:
		return a, p, true, true
	case groups == 8 && !double, double && groups >= 2 && groups <= 7 && (letters || groups >= 3):
		return a, p, false, true
	}
	return 0, 0, false, false
}

// degreesWithin says whether the whole degrees a coordinate starts with are at most max
// (a latitude is at most 90, a longitude 180).
func degreesWithin(s string, max int) bool {
	s = strings.TrimPrefix(s, "-")
	n := 0
	for i := 0; i < len(s) && isDigit(s[i]); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n <= max
}
