package redact

import "strings"

// beforePrefixed returns the first word k from from on whose next word starts with prefix,
// or len(c.ws). It finds prefix in the text and keeps the hits at the start of a word, so a
// detector that wants such pairs ("열두 살") need not look at every word.
func (c *wordScan) beforePrefixed(from int, prefix string) int {
	n := len(c.ws)
	if from < 0 {
		from = 0
	}
	if from+1 >= n {
		return n
	}
	lo := from + 1 // words before lo start before off
	for off := c.ws[lo].start; off < len(c.s); {
		p := strings.Index(c.s[off:], prefix)
		if p < 0 {
			return n
		}
		p += off
		// The first word from lo on that starts at or after p.
		hi := n
		for lo < hi {
			if m := int(uint(lo+hi) >> 1); c.ws[m].start >= p {
				hi = m
			} else {
				lo = m + 1
			}
		}
		if lo == n {
			return n
		}
		if c.ws[lo].start == p {
			return lo - 1
		}
		off = p + 1
	}
	return n
}

// endingWith returns the first word k from from on that ends with suffix, or len(c.ws): like
// beforePrefixed, a search of the text in place of a look at every word.
func (c *wordScan) endingWith(from int, suffix string) int {
	n := len(c.ws)
	if from < 0 {
		from = 0
	}
	if from >= n {
		return n
	}
	lo := from // words before lo end before off
	for off := c.ws[from].start; off < len(c.s); {
		p := strings.Index(c.s[off:], suffix)
		if p < 0 {
			return n
		}
		end := off + p + len(suffix)
		// The first word from lo on that ends at or after end.
		hi := n
		for lo < hi {
			if m := int(uint(lo+hi) >> 1); c.ws[m].end >= end {
				hi = m
			} else {
				lo = m + 1
			}
		}
		if lo == n {
			return n
		}
		if c.ws[lo].end == end && c.ws[lo].start <= end-len(suffix) {
			return lo
		}
		off += p + 1
	}
	return n
}
