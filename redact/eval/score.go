package eval

import (
	"encoding/json"
	"math"
	"strings"
	"unicode"
)

// Masks are the character spans a system masked, per document: [start, end) in code points.
type Masks map[string][][2]int

// Ratio is a hit count over a total. Its value is undefined (JSON null) when Total is 0.
type Ratio struct {
	Hit   int `json:"hit"`
	Total int `json:"total"`
}

// Value is Hit/Total, or NaN when Total is 0.
func (r Ratio) Value() float64 {
	if r.Total == 0 {
		return math.NaN()
	}
	return float64(r.Hit) / float64(r.Total)
}

// MarshalJSON adds the value, rounded to four decimals (null when undefined).
func (r Ratio) MarshalJSON() ([]byte, error) {
	var v *float64
	if r.Total > 0 {
		x := math.Round(r.Value()*1e4) / 1e4
		v = &x
	}
	return json.Marshal(struct {
		Value *float64 `json:"value"`
		Hit   int      `json:"hit"`
		Total int      `json:"total"`
	}{v, r.Hit, r.Total})
}

func (r *Ratio) add(ok bool) {
	r.Total++
	if ok {
		r.Hit++
	}
}

// Scores are the TAB metrics of one set of masks against gold, computed exactly as the
// reference scorer (approx_score.py) does, for the first annotator of each document.
type Scores struct {
	// ERDirect and ERQuasi are entity-level recall on direct and quasi identifiers: an entity
	// counts only if every mention that needs masking is covered. An entity is direct when its
	// first mention is.
	ERDirect Ratio `json:"er_di"`
	ERQuasi  Ratio `json:"er_qi"`
	// TokenRecall is the share of \w+ tokens inside mentions that need masking that are covered.
	TokenRecall Ratio `json:"token_recall"`
	// Precision is the share of masked \w+ tokens that lie inside one DIRECT or QUASI mention.
	Precision Ratio `json:"precision"`
	// MentionRecall is the share of mentions that need masking that are covered.
	MentionRecall Ratio `json:"mention_recall"`
	// ByType is mention-level recall per TAB entity type (PERSON, CODE, ...), over the
	// mentions that need masking. Not in the reference scorer; the TAB README reports it.
	ByType map[string]Ratio `json:"recall_by_type"`
}

// Forgiven in a mention: these tokens and characters need not be masked for it to count as
// covered (the reference scorer's approximation of TAB's rules).
var (
	ignoredTokens = setOf("mr", "mrs", "ms", "no", "nr", "about")
	functionWords = setOf("the", "a", "an", "this", "that", "these", "those", "of", "in", "on",
		"at", "by", "for", "with", "from", "to", "into", "onto", "under", "over", "between",
		"among", "during", "before", "after", "since", "until", "against", "through", "within",
		"without", "near", "per", "via", "upon", "as", "and", "or", "nor", "but", "'s", "s", "not",
		"its", "than", "up", "out", "off")
	ignoredChars = func() map[rune]bool {
		m := map[rune]bool{}
		for _, r := range " ,.-;:/&()[]–'\" ’“”" {
			m[r] = true
		}
		return m
	}()
)

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// isWord reports whether r matches Python's Unicode \w (letters, numbers, underscore).
func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// tokens returns the [start, end) code-point ranges of the maximal runs of in(r) in text[a:b].
func tokens(text []rune, a, b int, in func(rune) bool) [][2]int {
	var out [][2]int
	start := -1
	for i := a; i < b; i++ {
		if in(text[i]) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, b})
	}
	return out
}

func clip(a, b, n int) (int, int) {
	a = min(max(a, 0), n)
	b = min(max(b, a), n)
	return a, b
}

// covered reports whether every character of text[a:b] is masked, forgiving ignored tokens,
// function words and ignored characters.
func covered(text []rune, masked []bool, a, b int) bool {
	a, b = clip(a, b, len(text))
	forgiven := map[int]bool{}
	for _, t := range tokens(text, a, b, func(r rune) bool { return r == '\'' || isWord(r) }) {
		w := strings.ToLower(string(text[t[0]:t[1]]))
		if ignoredTokens[w] || functionWords[w] {
			for i := t[0]; i < t[1]; i++ {
				forgiven[i] = true
			}
		}
	}
	for i := a; i < b; i++ {
		if !masked[i] && !forgiven[i] && !ignoredChars[text[i]] {
			return false
		}
	}
	return true
}

type goldEntity struct {
	mentions [][2]int
	mask     []bool
	direct   bool
	typ      []string // per mention
}

// Score computes the TAB metrics of masks against docs. Masks of documents not in docs are
// ignored; documents without masks count as nothing masked.
func Score(docs []Doc, masks Masks) Scores {
	s := Scores{ByType: map[string]Ratio{}}
	for i := range docs {
		scoreDoc(&s, &docs[i], masks[docs[i].ID])
	}
	return s
}

func scoreDoc(s *Scores, d *Doc, spans [][2]int) {
	text := []rune(d.Text)
	masked := make([]bool, len(text))
	for _, sp := range spans {
		a, b := clip(sp[0], sp[1], len(text))
		for i := a; i < b; i++ {
			masked[i] = true
		}
	}
	var order []string
	ents := map[string]*goldEntity{}
	for _, m := range d.Mentions() {
		e := ents[m.EntityID]
		if e == nil {
			e = &goldEntity{direct: m.IdentifierType == Direct}
			ents[m.EntityID] = e
			order = append(order, m.EntityID)
		}
		e.mentions = append(e.mentions, [2]int{m.Start, m.End})
		e.mask = append(e.mask, m.IdentifierType == Direct || m.IdentifierType == Quasi)
		e.typ = append(e.typ, m.EntityType)
	}
	var goldMask [][2]int
	for _, id := range order {
		e := ents[id]
		need := false
		for _, mk := range e.mask {
			need = need || mk
		}
		if !need {
			continue
		}
		ok := true
		for k, m := range e.mentions {
			if !e.mask[k] {
				continue
			}
			c := covered(text, masked, m[0], m[1])
			ok = ok && c
			goldMask = append(goldMask, m)
			s.MentionRecall.add(c)
			r := s.ByType[e.typ[k]]
			r.add(c)
			s.ByType[e.typ[k]] = r
			a, b := clip(m[0], m[1], len(text))
			for _, t := range tokens(text, a, b, isWord) {
				s.TokenRecall.add(covered(text, masked, t[0], t[1]))
			}
		}
		if e.direct {
			s.ERDirect.add(ok)
		} else {
			s.ERQuasi.add(ok)
		}
	}
	for _, sp := range spans {
		a, b := clip(sp[0], sp[1], len(text))
		for _, t := range tokens(text, a, b, isWord) {
			in := false
			for _, g := range goldMask {
				if g[0] <= t[0] && g[1] >= t[1] {
					in = true
					break
				}
			}
			s.Precision.add(in)
		}
	}
}
