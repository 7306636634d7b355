package archive

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"filippo.io/age"
	"github.com/testimony-archive/testimony/archive/transcript"
	"github.com/testimony-archive/testimony/redact"
)

// guardForm is one piece of testimony text a reviewer's reason or kept form must not carry
// into the audit log or back into the index, with what names it in an error (a span number
// and category, a role): the text itself is never quoted.
type guardForm struct {
	text string
	what string // "text the redaction removes (span 5, person)"
}

// testimonyForms lists the testimony's identifying text: the known identifiers (interviewee,
// interviewer, speakers, sensitive terms), the reviewers' added terms and kept forms, and
// every surface form the current run removed or generalized (spans, numbered as review show
// numbers them). spans may be nil for a testimony without a run.
func testimonyForms(ts *transcript.Testimony, am *amendmentsFile, spans []redact.Span) []guardForm {
	var out []guardForm
	for i, sp := range spans {
		if sp.Action == redact.Keep || sp.Text == sp.Replacement {
			continue
		}
		what := fmt.Sprintf("text the redaction removes (span %d, %s)", i+1, sp.Category)
		out = append(out, guardForm{sp.Text, what})
		if sp.Category == redact.Person {
			out = appendNameParts(out, sp.Text, what)
		}
	}
	doc, _ := Document(ts) // only the date can fail, and Known is filled before it matters
	for _, k := range doc.Known {
		what := "a known identifier of the testimony (" + string(k.Role) + ")"
		if k.Category == redact.SensitiveTerm {
			what = "a sensitive term of the testimony"
		}
		out = append(out, guardForm{k.Text, what})
		if k.Category == redact.Person {
			out = appendNameParts(out, k.Text, what)
		}
	}
	if am != nil {
		for i, t := range am.Terms {
			out = append(out, guardForm{t.Text, fmt.Sprintf("a term a reviewer added (term %d)", i+1)})
		}
		for i, k := range am.Keep {
			out = append(out, guardForm{k.Text, fmt.Sprintf("a form a reviewer kept (kept form %d)", i+1)})
		}
	}
	return out
}

// checkReason refuses a reason that contains any of forms: the audit log is plaintext and
// must never hold testimony text. The error names what matched, never the text.
func checkReason(reason string, forms []guardForm) error {
	if strings.TrimSpace(reason) == "" {
		return nil
	}
	for _, f := range forms {
		if containsForm(reason, f.text) {
			return fmt.Errorf("the reason contains %s; write the reason without it", f.what)
		}
	}
	return nil
}

// containsForm reports whether form occurs in s, case-insensitively and with runs of white
// space read as one space: anywhere for a form in Hangul or Han script (no spaces mark word
// ends there: 김철수씨), on word boundaries otherwise (a reason may say "Kimchi" though "Kim"
// is a name).
func containsForm(s, form string) bool {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	form = strings.ToLower(strings.Join(strings.Fields(form), " "))
	if form == "" {
		return false
	}
	if hasCJK(form) {
		return strings.Contains(s, form)
	}
	for i := 0; ; {
		j := strings.Index(s[i:], form)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(form)
		before, _ := utf8.DecodeLastRuneInString(s[:start])
		after, _ := utf8.DecodeRuneInString(s[end:])
		first, _ := utf8.DecodeRuneInString(form)
		last, _ := utf8.DecodeLastRuneInString(form)
		// A boundary is needed only where the form itself starts or ends with a word rune.
		if (start == 0 || !isWordRune(first) || !isWordRune(before)) && (end == len(s) || !isWordRune(last) || !isWordRune(after)) {
			return true
		}
		_, size := utf8.DecodeRuneInString(s[start:])
		i = start + size
	}
}

func hasCJK(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Hangul, unicode.Han) {
			return true
		}
	}
	return false
}

// runSpans returns the spans of the testimony's current run (read from its encrypted report),
// nil for a testimony without a run.
func (a *Archive) runSpans(ids []age.Identity, e *manifestEntry) ([]redact.Span, error) {
	if e.Run == "" {
		return nil, nil
	}
	rf, err := a.readRunReport(ids, e)
	if err != nil {
		return nil, err
	}
	return rf.Report.Spans, nil
}

// checkReviewReason refuses, before anything is written, a reviewer's reason that carries
// text of the testimony (extra: the form being kept).
func (a *Archive) checkReviewReason(ids []age.Identity, st *reviewState, reason string, extra ...guardForm) error {
	if strings.TrimSpace(reason) == "" {
		return nil
	}
	spans, err := a.runSpans(ids, st.e)
	if err != nil {
		return fmt.Errorf("%w; the reason cannot be checked against it, nothing changed", err)
	}
	if err := checkReason(reason, append(testimonyForms(st.ts, st.am, spans), extra...)); err != nil {
		return fmt.Errorf("testimony %s: %w; nothing changed", st.e.ID, err)
	}
	return nil
}

// checkRevealReason is checkReviewReason for reveal, which has the decrypted original.
func (a *Archive) checkRevealReason(ids []age.Identity, e *manifestEntry, source string, original []byte, reason string) error {
	if strings.TrimSpace(reason) == "" {
		return nil
	}
	ts, err := transcript.Parse(source, original)
	if err != nil {
		return fmt.Errorf("reveal %s: the reason cannot be checked against the testimony (its original no longer parses); reveal without --reason; nothing was revealed", e.ID)
	}
	am, err := a.readAmendments(ids, e)
	if err != nil {
		return fmt.Errorf("reveal %s: %w; nothing was revealed", e.ID, err)
	}
	spans, err := a.runSpans(ids, e)
	if err != nil {
		return fmt.Errorf("reveal %s: %w; the reason cannot be checked against it, nothing was revealed", e.ID, err)
	}
	if err := checkReason(reason, testimonyForms(ts, am, spans)); err != nil {
		return fmt.Errorf("reveal %s: %w; nothing was revealed", e.ID, err)
	}
	return nil
}

// checkKeep refuses a form to keep that would make an identifier readable by wrapping it in a
// longer phrase ("Mr Jin in the notes" around the person span "Jin"): it must not contain a
// known identifier, a reviewer's added term, or the text of a person or direct-identifier span
// of the current run, except a span whose whole text it is (the false positive itself).
func checkKeep(k string, ts *transcript.Testimony, am *amendmentsFile, spans []redact.Span) error {
	for _, f := range testimonyForms(ts, &amendmentsFile{Terms: am.Terms}, nil) {
		if containsForm(k, f.text) {
			return fmt.Errorf("the form to keep contains %s, which is always removed", f.what)
		}
	}
	norm := func(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
	for i, sp := range spans {
		if !directCategories[sp.Category] || sp.Action == redact.Keep || sp.Text == sp.Replacement {
			continue
		}
		if norm(sp.Text) != norm(k) && containsForm(k, sp.Text) {
			return fmt.Errorf("the form to keep contains the text of span %d (%s), which stays removed; keep only the false positive itself", i+1, sp.Category)
		}
	}
	return nil
}

// notNameParts are the words of a person span or known name that are titles, ranks or
// function words, not the name: a reason may say "private" or "the".
var notNameParts = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "the": true, "my": true, "our": true,
	"his": true, "her": true, "private": true, "corporal": true, "sergeant": true, "lieutenant": true,
	"captain": true, "major": true, "colonel": true, "general": true, "comrade": true, "officer": true,
	"auntie": true, "uncle": true, "grandma": true, "grandpa": true, "old": true, "little": true,
}

// appendNameParts adds each word of a name of several words ("Ri Chol-ung" in "Private Ri
// Chol-ung"), so a reason cannot carry a name in part; titles, ranks and one-letter words
// are left out.
func appendNameParts(out []guardForm, name, what string) []guardForm {
	parts := strings.Fields(name)
	if len(parts) < 2 {
		return out
	}
	for _, p := range parts {
		p = strings.Trim(p, ".,;:()\"'")
		if utf8.RuneCountInString(p) < 2 || notNameParts[strings.ToLower(p)] {
			continue
		}
		out = append(out, guardForm{p, what})
	}
	return out
}
