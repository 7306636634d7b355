package redact

import (
	"strings"
	"unicode/utf8"
)

// Scanning helpers shared by the cue-based detectors (contact, ids, dates, context).

// indexByteFrom returns the index of the first b in s at or after from, or len(s).
func indexByteFrom(s string, from int, b byte) int {
	if from >= len(s) {
		return len(s)
	}
	if i := strings.IndexByte(s[from:], b); i >= 0 {
		return from + i
	}
	return len(s)
}

// nextDigitWithin returns the first word from i on that has a digit word (clsDigit) among
// the n words from it, or len(c.ws): the words a loop that starts with
// digitWithin(c.cls, i, n) looks at, found with next's skip over runs without digits.
func (c wordScan) nextDigitWithin(i, n int) int {
	d := c.next(i, clsDigit)
	if d == len(c.ws) {
		return d
	}
	return max(i, d-n+1)
}

// containsAfter reports strings.Contains(s, string(lead)+rest).
func containsAfter(s string, lead byte, rest string) bool {
	return indexAfter(s, 0, lead, rest) >= 0
}

// indexAfter returns the index of the first string(lead)+rest in s at or after from, or -1,
// searching for rest: a needle that starts with a space makes strings.Index stop at every
// space of the text, while rest ("for ", "in the ", "dot ") starts with a rarer letter.
func indexAfter(s string, from int, lead byte, rest string) int {
	for off := from + 1; off < len(s); {
		i := strings.Index(s[off:], rest)
		if i < 0 {
			return -1
		}
		if s[off+i-1] == lead {
			return off + i - 1
		}
		off += i + 1
	}
	return -1
}

// sentenceWindow returns how many bytes before o, at most window, are in o's sentence: up
// to a line break or to a full stop, question or exclamation mark and a space after a word
// of four letters or more or a digit ("…was 2019-0347. 3 people"), not after an
// abbreviation ("Case No. 12345", "Ref. 2019").
func sentenceWindow(s string, o, window int) int {
	from := max(0, o-window)
	for k := o - 1; k > from; k-- {
		switch s[k] {
		case '\n':
			return o - k - 1
		case ' ':
			if p := s[k-1]; p == '.' || p == '!' || p == '?' {
				w := k - 1
				for w > 0 && isASCIIWordByte(s[w-1]) && s[w-1] < utf8.RuneSelf {
					w--
				}
				if p != '.' || k-1-w > 3 || w < k-1 && isDigit(s[k-2]) {
					return o - k - 1
				}
			}
		}
	}
	return o - from
}
