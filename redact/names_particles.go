package redact

import "strings"

// Romanized names in code-switched testimonies take Korean particles glued to them ("Kim이",
// "Min-ji가", "Park씨가"). The word scanners make the particle a word of its own with no gap
// before it; these helpers let the names rules read it as the end of the name, as good as a
// space after it, and never as the name's next word.

// gluedNameParticles are what may follow a noun glued: the case particles, the copula's
// endings, and both after the name suffix 이 ("Seong-min이는", "Hyejin이랑").
var gluedNameParticles = func() map[string]bool {
	m := map[string]bool{"이": true}
	for _, l := range [][]string{hangulParticles, copulaEndings, {"에게서", "한테서", "에게", "한테", "이랑", "랑", "하고"}} {
		for _, p := range l {
			m[p] = true
			m["이"+p] = true
		}
	}
	return m
}()

// gluedParticle reports token j as a Hangul particle written right after token j-1 with no
// gap: the name before it ends there.
func (s *nameScan) gluedParticle(j int) bool {
	return j > 0 && j < len(s.toks) && s.toks[j].kind == tokHangul && s.toks[j].s == s.toks[j-1].e && gluedNameParticles[s.toks[j].low]
}

// koreanTitleAt reports token j as a Hangul honorific or kinship title, with or without a
// particle, after a space or glued: "Park 씨가", "Kim선생님이", "Zhang 언니". Only a person
// takes one.
func (s *nameScan) koreanTitleAt(j int) bool {
	if j <= 0 || j >= len(s.toks) || s.toks[j].kind != tokHangul {
		return false
	}
	if g := s.gap(j); g != "" && !isSpaceGap(g) {
		return false
	}
	w := s.toks[j].low
	for t := range hangulTitles {
		if rest, ok := strings.CutPrefix(w, t); ok && (rest == "" || gluedNameParticles[rest]) {
			return true
		}
	}
	return false
}
