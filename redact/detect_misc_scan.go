package redact

// aroundWindow returns the window scanAroundIf searches for an anchor at p of s (t.Norm):
// from before bytes ahead of p to after bytes past it, widened to whole words.
func aroundWindow(s string, p, before, after int) (lo, hi int) {
	lo = max(0, p-before)
	for lo > 0 && lo < p && !isSpaceByte(s[lo-1]) {
		lo--
	}
	hi = min(len(s), p+after)
	for hi < len(s) && !isSpaceByte(s[hi]) {
		hi++
	}
	return lo, hi
}

// hasNonASCII says whether s holds a byte outside ASCII.
func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}
