package redact

import "strings"

// beforeSal returns the first word k from from on whose next word starts with "살" (the age
// counter: "열두 살"), or len(c.ws): the word before the next one of clsKoreanSal.
func (c *wordScan) beforeSal(from int) int {
	n := len(c.ws)
	if k := c.next(max(from, 0)+1, clsKoreanSal); k < n {
		return k - 1
	}
	return n
}

// endingWith returns the first word k from from on that ends with suffix, or len(c.ws): like
// the Korean word classes, a search of the text in place of a look at every word.
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
