package redact

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzPolicy removes every category (no generalization can leave a form as it was, no allow
// list can keep one), so any detected form found in the output is a leak.
func fuzzPolicy() *Policy {
	p := testPolicy()
	p.Allow = nil
	for _, c := range Categories() {
		a := Suppress
		if c == Person {
			a = Pseudonymize
		}
		p.Rules[c] = Rule{Action: a}
	}
	return p
}

var bracketed = regexp.MustCompile(`\[[^\[\]]*\]`)

// containsWord reports whether the folded form occurs in the folded text on word boundaries.
func containsWord(text, form string) bool {
	t := NewText(text).Fold
	f := strings.TrimSpace(NewText(form).Fold)
	if f == "" {
		return false
	}
	for off := 0; ; {
		i := strings.Index(t[off:], f)
		if i < 0 {
			return false
		}
		s := off + i
		e := s + len(f)
		if isBoundaryBefore(t, s) && isBoundaryAfter(t, e) {
			return true
		}
		_, w := utf8.DecodeRuneInString(t[s:])
		off = s + w
	}
}

func FuzzRedact(f *testing.F) {
	seeds := []string{
		"Kim Ji-min said we should call 010-1234-5678 or +86 138 0013 8000.",
		"A 35-year-old woman from Hyesan sent 20,000 yuan last month.",
		"He served in Unit 1234 as a Sergeant; card 4111 1111 1111 1111.",
		"Ji Min's mother, KIM JI MIN, Jimin and Min. The green kettle.",
		"Ｋｉｍ Ji\u200bmin wrote to jimin@example.com and @jimin_88.",
		"김지민이 \"노란 우산\"이라고 말했다. 300만원, 35세, 2019년 3월 12일.",
		"in the spring of 2017 via Shenyang and Kunming to Laos",
		"He was taller than",                 // a comparison at the very end once read past the last word
		"'s unit, Kangan 2-dong, in Hyesan.", // an excerpt starting inside a possessive once read before the first word
	}
	for _, dir := range []string{"../testdata/interviews", "../testdata/gold"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
		for i, fn := range files {
			if i >= 8 {
				break
			}
			if b, err := os.ReadFile(fn); err == nil && len(b) < 8000 {
				seeds = append(seeds, string(b))
			}
		}
	}
	for _, s := range seeds {
		f.Add(s, "Kim Ji-min")
	}
	e, err := New(fuzzPolicy())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, known string) {
		doc := Document{Title: text[:min(len(text), 40)], Text: text,
			Known: []Known{{Text: known, Category: Person, Role: RoleInterviewee}, {Text: "green kettle", Category: SensitiveTerm}}}
		start := time.Now()
		done := make(chan struct{})
		go func() {
			select {
			case <-done:
			case <-time.After(20 * time.Second):
				panic("Redact did not return: an endless loop")
			}
		}()
		red, err := e.Redact(doc)
		close(done)
		if d := time.Since(start); d > 3*time.Second {
			// The engine must stay linear: a slow input is a bug as much as a panic.
			t.Fatalf("redacting %d bytes took %v", len(text), d)
		}
		if !utf8.ValidString(text) || !utf8.ValidString(known) || !utf8.ValidString(doc.Title) {
			if err == nil {
				t.Fatal("invalid UTF-8 accepted")
			}
			return
		}
		if err != nil {
			if errors.Is(err, ErrResidual) {
				t.Fatalf("residual check failed: propagation missed a form: %v", err)
			}
			t.Fatal(err)
		}
		out := bracketed.ReplaceAllString(red.Text(), " ")
		for _, s := range red.Report().Spans {
			src := doc.Text
			if s.Field == "title" {
				src = doc.Title
			}
			if s.Start < 0 || s.End > len(src) || s.Start >= s.End || src[s.Start:s.End] != s.Text {
				t.Fatalf("bad span %d-%d", s.Start, s.End)
			}
			if s.Field != "" || s.Action == Keep || strings.Contains(s.Rule, "rest of") {
				continue
			}
			key := phraseKey(s.Text)
			// A number in words found as an age or a count ("he was one") is removed where it
			// stands and deliberately not spread (propagatable): "the copper one" elsewhere
			// says nothing, so it may stay.
			if functionWords[key] || utf8.RuneCountInString(key) < 2 || commonWords[key] || keyIsNumberWords(key) {
				continue
			}
			if containsWord(out, s.Text) {
				t.Fatalf("a removed %s form is still in the output", s.Category)
			}
		}
	})
}

// TestNewTextFuzzRegressions: inputs the fuzzers once crashed NewText on ("Ŀ΄" panicked
// inside x/text/unicode/norm), and the offset map must still cover every byte.
func TestNewTextFuzzRegressions(t *testing.T) {
	for _, s := range []string{"Ŀ΄", "΄Ŀ΄΄", "ĿĿ΄ Kim", "\u0384\u013f"} {
		tx := NewText(s)
		if len(tx.Norm) != len(tx.Fold) {
			t.Fatalf("%q: Norm and Fold differ in length", s)
		}
		if _, err := mustEngine(t, fuzzPolicy()).Redact(Document{Text: s}); err != nil && !errors.Is(err, ErrResidual) {
			t.Fatalf("%q: %v", s, err)
		}
	}
}
