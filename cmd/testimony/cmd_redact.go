package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/testimony-archive/testimony/archive"
	"github.com/testimony-archive/testimony/archive/transcript"
	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
	"github.com/urfave/cli/v2"
)

func redactCommand() *cli.Command {
	return &cli.Command{
		Name:      "redact",
		Usage:     "dry run: print the redacted copy of a file; nothing is stored",
		UsageText: "testimony redact [--policy NAME] [--json [--with-text]] FILE|-",
		Description: "Parses the file as ingest would, redacts it with the policy (the flag, else the\n" +
			"front matter's, else base), verifies the output and prints it. Nothing is written\n" +
			"anywhere. --json prints the run report: every span with its byte offsets, category,\n" +
			"action, replacement, rule, detector and reason, but not the removed text;\n" +
			"--with-text adds it, for your own terminal only.",
		Flags: []cli.Flag{
			policyFlag("redact with policy `NAME` (default: the front matter's policy, else base)"),
			jsonFlag("print the redacted text and every span as JSON"),
			&cli.BoolFlag{Name: "with-text", Usage: "with --json, include each span's removed text (never pipe this to a file)", DisableDefaultText: true},
		},
		Action: runRedact,
	}
}

// redactJSON is the output of `redact --json`, documented in README.md.
type redactJSON struct {
	Source        string         `json:"source"`
	Format        string         `json:"format"`
	Policy        string         `json:"policy"`
	PolicyVersion string         `json:"policy_version"`
	PolicySHA256  string         `json:"policy_sha256"`
	InputSHA256   string         `json:"input_sha256"`
	OutputSHA256  string         `json:"output_sha256"`
	Counts        map[string]int `json:"counts"`
	Title         string         `json:"title,omitempty"`
	Text          string         `json:"text"`
	Spans         []spanJSON     `json:"spans"`
}

// spanJSON is one decision of the run. Offsets are bytes, end exclusive, in the parsed body
// ("field": "text") or the title ("field": "title").
type spanJSON struct {
	Field       string  `json:"field"`
	Start       int     `json:"start"`
	End         int     `json:"end"`
	Category    string  `json:"category"`
	Action      string  `json:"action"`
	Replacement string  `json:"replacement"`
	Rule        string  `json:"rule"`
	Detector    string  `json:"detector"`
	Reason      string  `json:"reason"`
	Score       float64 `json:"score"`
	Entity      string  `json:"entity,omitempty"` // only with --with-text
	Text        *string `json:"text,omitempty"`   // only with --with-text
}

func runRedact(c *cli.Context) error {
	path, err := oneArg(c, "FILE (or - for stdin)")
	if err != nil {
		return err
	}
	if c.Bool("with-text") && !c.Bool("json") {
		return usagef("redact: --with-text needs --json")
	}
	name, data, err := readInput(path, c.App.Reader)
	if err != nil {
		return err
	}
	t, err := transcript.Parse(name, data)
	if err != nil {
		return err
	}
	policyName := c.String("policy")
	if policyName == "" {
		policyName = t.Meta.Policy
	}
	if policyName == "" {
		policyName = policies.Default
	}
	p, err := policies.Load(policyName)
	if err != nil {
		return err
	}
	engine, err := redact.New(p)
	if err != nil {
		return fmt.Errorf("policy %s: %w", policyName, err)
	}
	doc, err := archive.Document(t)
	if err != nil {
		return err
	}
	doc.ID = "dry-run"
	red, err := engine.Redact(doc)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if c.Bool("json") {
		return writeJSON(c.App.Writer, toRedactJSON(name, t.Format, red, c.Bool("with-text")))
	}
	_, err = io.WriteString(c.App.Writer, formatShow(red.Title(), red.Text()))
	return err
}

// readInput reads a file, or stdin for "-"; the name it returns is what errors call it.
func readInput(path string, stdin io.Reader) (string, []byte, error) {
	data, err := archive.ReadInput(path, stdin)
	return path, data, err
}

func toRedactJSON(source, format string, red *redact.Redacted, withText bool) redactJSON {
	rep := red.Report()
	out := redactJSON{
		Source:        source,
		Format:        format,
		Policy:        rep.Policy,
		PolicyVersion: rep.PolicyVersion,
		PolicySHA256:  rep.PolicySHA256,
		InputSHA256:   rep.InputSHA256,
		OutputSHA256:  rep.OutputSHA256,
		Counts:        map[string]int{},
		Title:         red.Title(),
		Text:          red.Text(),
		Spans:         spansJSON(rep.Spans, withText, red.Title()+"\n"+red.Text()),
	}
	for k, n := range rep.Counts {
		out.Counts[string(k)] = n
	}
	return out
}

func spansJSON(spans []redact.Span, withText bool, visible string) []spanJSON {
	out := make([]spanJSON, 0, len(spans))
	for _, s := range spans {
		j := spanJSON{
			Field:       s.Field,
			Start:       s.Start,
			End:         s.End,
			Category:    string(s.Category),
			Action:      string(s.Action),
			Replacement: s.Replacement,
			Rule:        s.Rule,
			Detector:    s.Detector,
			Reason:      s.Reason,
			Score:       s.Score,
		}
		if !withText {
			j.Reason = scrubReason(s.Reason, s.Text, visible)
		}
		if j.Field == "" {
			j.Field = "text"
		}
		if withText {
			// The entity key is built from the name ("kim|jimin"): it is surface text too.
			text := s.Text
			j.Text, j.Entity = &text, s.Entity
		}
		out = append(out, j)
	}
	return out
}

// scrubReason hides the parts of a reason that quote the span's own text: detectors explain
// themselves with quoted evidence (`Hangul surname "마" + ...`, `after cue "named"`), and
// evidence taken from the name itself is the name. Quoted evidence that is not part of the span
// stays only if the redacted copy (visible) shows it as a word anyway, as it does a cue word:
// a gazetteer's romanized name for a Hangul place (`gazetteer county "Onsong"`) or the
// canonical form of a variant is the removed place or name in other letters.
func scrubReason(reason, text, visible string) string {
	if text == "" || !strings.Contains(reason, `"`) {
		return reason
	}
	low := strings.ToLower(text)
	var b strings.Builder
	rest := reason
	for {
		i := strings.IndexByte(rest, '"')
		if i < 0 {
			break
		}
		j := strings.IndexByte(rest[i+1:], '"')
		if j < 0 {
			break
		}
		quoted := rest[i+1 : i+1+j]
		b.WriteString(rest[:i+1])
		if q := strings.TrimSpace(strings.ToLower(quoted)); q != "" && (strings.Contains(low, q) || !wordIn(quoted, visible)) {
			b.WriteString("…")
		} else {
			b.WriteString(quoted)
		}
		b.WriteByte('"')
		rest = rest[i+1+j+1:]
	}
	b.WriteString(rest)
	return b.String()
}

// wordIn reports whether w occurs in text as a whole word (the characters around it are not
// letters or digits).
func wordIn(w, text string) bool {
	for i := 0; w != ""; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before, _ := utf8.DecodeLastRuneInString(text[:j])
		after, _ := utf8.DecodeRuneInString(text[j+len(w):])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		i = j + 1
	}
	return false
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_')
}
