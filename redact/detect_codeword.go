package redact

import (
	"strings"
	"unicode/utf8"
)

// codewordDetector finds codewords spoken in the testimony itself: a short quoted phrase right
// after a cue such as "the word", "code word" or "password" ("We use the word "white rabbit"
// to check it is me"). Families verify brokers and callers with such words, so they identify
// as surely as a name (threat model, rule 4); the archivist may not have listed them in the
// front matter, and plain-text, WebVTT and SRT files have none.
type codewordDetector struct{}

func init() { register(codewordDetector{}) }

func (codewordDetector) name() string { return "codeword" }

// codewordCues come before the quoted codeword, within a few words.
var codewordCues = []string{"word", "words", "codeword", "codewords", "code word", "password", "passphrase",
	"signal", "phrase", "암호", "신호", "암호는", "암구호"}

// codewordQuotes pairs each opening quote with its closing quote.
var codewordQuotes = map[rune]string{'"': "\"", '“': "”", '\'': "'", '‘': "’", '「': "」"}

func (codewordDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	var out []Candidate
	s := t.Fold
	for i := 0; i < len(s); {
		// Every opening quote starts with '"', '\'' or the lead byte 0xE2 or 0xE3: skip to the
		// next of those without decoding the text in between.
		for i < len(s) && s[i] != '"' && s[i] != '\'' && s[i] != 0xe2 && s[i] != 0xe3 {
			i++
		}
		if i == len(s) {
			break
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		closeQ, ok := codewordQuotes[r]
		if !ok {
			i += w
			continue
		}
		start := i + w
		end := strings.Index(s[start:], closeQ)
		if end <= 0 || end > 40 {
			i = start
			continue
		}
		phrase := s[start : start+end]
		if strings.ContainsAny(phrase, "\n.!?") || len(strings.Fields(phrase)) > 4 || (r == '\'' && strings.Count(phrase, " ") == 0 && start > 1 && isASCIIWordByte(s[i-1])) {
			i = start // an apostrophe in "don't", or a quoted sentence, is no codeword
			continue
		}
		cue, hasCue := cueBefore(s, i, 30, codewordCues)
		if hasCue {
			c := t.cand(start, start+end, SensitiveTerm, "quoted after a codeword cue",
				"a short quoted phrase after "+quoteCue(cue), 0.85)
			out = append(out, c)
		}
		i = start + end + len(closeQ)
	}
	return out
}
