package archive

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/testimony-archive/testimony/redact"
)

// errSecondResidual is the archive's own residual check failing. Its wording is fixed: it
// never says which identifier was found.
var errSecondResidual = errors.New("the archive's residual check found a removed identifier in the redacted copy")

// directCategories are removed wherever they occur in a testimony, under every policy.
var directCategories = map[redact.Category]bool{
	redact.Person: true, redact.Phone: true, redact.Email: true, redact.Handle: true,
	redact.IDNumber: true, redact.SensitiveTerm: true,
}

// secondResidual re-checks a verified run before it may reach the index, as defence in depth
// behind the engine's own residual check: no known identifier of the document (interviewee,
// interviewer, speakers, sensitive terms) and no removed direct identifier may remain in the
// redacted title or text. Latin-script forms match case-sensitively on whole words; Hangul
// forms of two syllables or more match anywhere, because Korean particles attach to names
// ("동욱이었는데"). Occurrences inside an allow-listed phrase, a kept span or a replacement
// label do not count. On a hit the testimony stays pending and nothing is indexed.
func secondResidual(red *redact.Redacted, doc redact.Document, pol *redact.Policy) error {
	out := red.Title() + "\n" + red.Text()
	rep := red.Report()
	forms := map[string]bool{}
	for _, k := range doc.Known {
		if k.Category == redact.Person || k.Category == redact.SensitiveTerm {
			forms[strings.TrimSpace(k.Text)] = true
		}
	}
	if rep != nil {
		for _, sp := range rep.Spans {
			if sp.Action != redact.Keep && directCategories[sp.Category] && sp.Text != sp.Replacement {
				forms[strings.TrimSpace(sp.Text)] = true
			}
		}
	}
	// Most runs are clean: look for the forms first, and only for the ones found work out
	// which occurrences an exempt phrase covers. The exempt phrases (the policy's allow list
	// and gazetteer of public names, thousands of them) are gathered only then.
	var found []string
	for f := range forms {
		if f != "" && leaked(out, f, nil) {
			found = append(found, f)
		}
	}
	if len(found) == 0 {
		return nil
	}
	var exempt []string
	if pol != nil {
		exempt = append(exempt, pol.Allow...)
		if g := pol.Gazetteer; g != nil {
			exempt = append(exempt, g.PublicFigures...)
			exempt = append(exempt, g.PublicBodies...)
		}
	}
	exempt = append(exempt, doc.Keep...)
	if rep != nil {
		for _, sp := range rep.Spans {
			if sp.Action == redact.Keep {
				exempt = append(exempt, sp.Text)
			}
			if sp.Replacement != "" {
				exempt = append(exempt, sp.Replacement)
			}
		}
	}
	var relevant []string
	for _, e := range exempt {
		le := strings.ToLower(e)
		for _, f := range found {
			if strings.Contains(le, strings.ToLower(f)) {
				relevant = append(relevant, e)
				break
			}
		}
	}
	covered := exemptRanges(out, relevant)
	for _, f := range found {
		if leaked(out, f, covered) {
			return errSecondResidual
		}
	}
	return nil
}

// exemptRanges finds every occurrence (case-insensitive) of the exempt phrases in out.
func exemptRanges(out string, exempt []string) [][2]int {
	lower := strings.ToLower(out)
	var rs [][2]int
	seen := map[string]bool{}
	for _, e := range exempt {
		e = strings.ToLower(strings.TrimSpace(e))
		if e == "" || seen[e] {
			continue
		}
		seen[e] = true
		for i := 0; ; {
			j := strings.Index(lower[i:], e)
			if j < 0 {
				break
			}
			rs = append(rs, [2]int{i + j, i + j + len(e)})
			i += j + 1
		}
	}
	return rs
}

func leaked(out, f string, covered [][2]int) bool {
	first, _ := utf8.DecodeRuneInString(f)
	hangul := unicode.Is(unicode.Hangul, first)
	for i := 0; ; {
		j := strings.Index(out[i:], f)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(f)
		i = start + 1
		if !hangul || utf8.RuneCountInString(f) < 2 {
			before, _ := utf8.DecodeLastRuneInString(out[:start])
			after, _ := utf8.DecodeRuneInString(out[end:])
			if hangul {
				if start > 0 && unicode.Is(unicode.Hangul, before) {
					continue
				}
			} else if start > 0 && isWordRune(before) || end < len(out) && isWordRune(after) {
				continue
			}
		}
		if wordSurnames[f] && sentenceStart(out, start) {
			continue // "He moves people." after a removed "Mrs He": the pronoun, not her name
		}
		inside := false
		for _, r := range covered {
			if r[0] <= start && end <= r[1] {
				inside = true
				break
			}
		}
		if !inside {
			return true
		}
	}
}

// wordSurnames are romanized surnames that are also English function words (何 He, 소 So,
// 안 An, 도 Do, 고 Go, 노 No, 인 In, 오 Oh). At the start of a sentence their capital says
// nothing, so there they are the word; anywhere else a capitalised one is still a name.
var wordSurnames = map[string]bool{"He": true, "So": true, "An": true, "Do": true, "Go": true, "No": true,
	"In": true, "On": true, "Oh": true, "To": true}

// sentenceStart says whether the word at i starts a sentence, a line or a speaker's turn:
// only spaces, quotes and Markdown emphasis stand between it and the text's start, a line
// break, or a sentence-ending or turn-ending mark.
func sentenceStart(out string, i int) bool {
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(out[:i])
		switch {
		case r == ' ' || r == '\t' || r == '*' || r == '_' || r == '"' || r == '“' || r == '\'' || r == '‘' || r == '(':
			i -= w
		case r == '\n' || r == '.' || r == '?' || r == '!' || r == ':':
			return true
		default:
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_'
}
