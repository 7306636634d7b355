package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/testimony-archive/testimony/redact"
)

// Result is one policy evaluated on one gold file. Its JSON form is the stable output of
// `testimony policy eval --json`.
type Result struct {
	Policy        string `json:"policy"`
	PolicyVersion string `json:"policy_version"`
	PolicySHA256  string `json:"policy_sha256"`
	Gold          string `json:"gold"`
	Documents     int    `json:"documents"`
	Scores
	// Masks are the spans the policy changed, for WriteMasks. They are not part of the JSON.
	Masks Masks `json:"-"`
}

// Run evaluates the engine's policy on the gold at goldPath (TAB JSON, an annotated .md
// interview, or a directory of them; see ReadGold): it redacts every document, takes the
// spans whose action changes text as masks, and scores them as the TAB scorer does.
func Run(e *redact.Engine, goldPath string) (*Result, error) {
	docs, err := ReadGold(goldPath)
	if err != nil {
		return nil, err
	}
	masks, err := MasksFor(e, docs)
	if err != nil {
		return nil, err
	}
	r := &Result{Gold: goldPath, Documents: len(docs), Scores: Score(docs, masks), Masks: masks}
	if p := e.Policy(); p != nil {
		r.Policy, r.PolicyVersion, r.PolicySHA256 = p.Name, p.Version, p.SHA256
	}
	return r, nil
}

// MasksFor runs the engine's detection over every document and returns the spans whose
// action changes text, merged, in code points. Documents are detected in parallel (the
// engine is safe for concurrent use); the first error, in document order, is returned.
func MasksFor(e *redact.Engine, docs []Doc) (Masks, error) {
	spans := make([][][2]int, len(docs))
	errs := make([]error, len(docs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(len(docs), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				ss, err := e.Detect(Document(&docs[i]))
				if err != nil {
					errs[i] = fmt.Errorf("document %s: %w", docs[i].ID, err)
					continue
				}
				spans[i] = changedSpans(docs[i].Text, ss)
			}
		}()
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	masks := make(Masks, len(docs))
	for i := range docs {
		if errs[i] != nil {
			return nil, errs[i]
		}
		masks[docs[i].ID] = spans[i]
	}
	return masks, nil
}

// Document builds the engine's input for a gold document. What the caller would know is
// taken from the meta: our gold's front matter (interviewee, interviewer, sensitive_terms,
// language, interview_date) and TAB's "applicant", the person the TAB task says to protect.
func Document(d *Doc) redact.Document {
	doc := redact.Document{ID: d.ID, Text: d.Text}
	doc.Language, _ = d.Meta["language"].(string)
	if s, ok := d.Meta["interview_date"].(string); ok {
		doc.Date, _ = time.Parse(time.DateOnly, s)
	}
	for _, f := range []struct {
		field string
		cat   redact.Category
		role  redact.Role
	}{
		{"interviewee", redact.Person, redact.RoleInterviewee},
		{"applicant", redact.Person, redact.RoleInterviewee},
		{"interviewer", redact.Person, redact.RoleInterviewer},
		{"sensitive_terms", redact.SensitiveTerm, ""},
	} {
		for _, s := range metaStrings(d.Meta[f.field]) {
			doc.Known = append(doc.Known, redact.Known{Text: s, Category: f.cat, Role: f.role})
		}
	}
	return doc
}

func metaStrings(v any) []string {
	switch x := v.(type) {
	case string:
		if strings.TrimSpace(x) != "" {
			return []string{x}
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, metaStrings(e)...)
		}
		return out
	case []string:
		return x
	}
	return nil
}

// changedSpans converts the text spans whose action is not Keep to merged code-point ranges.
func changedSpans(text string, spans []redact.Span) [][2]int {
	idx := newRuneIndex(text)
	var out [][2]int
	for _, s := range spans {
		if s.Action == redact.Keep || s.Field != "" || s.End <= s.Start {
			continue
		}
		out = append(out, [2]int{idx.cp(s.Start), idx.cpEnd(s.End)})
	}
	return mergeSpans(out)
}

// mergeSpans sorts spans and merges overlapping or touching ones, so that each masked
// character is counted once.
func mergeSpans(in [][2]int) [][2]int {
	slices.SortFunc(in, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
	out := make([][2]int, 0, len(in))
	for _, s := range in {
		if n := len(out); n > 0 && s[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], s[1])
			continue
		}
		out = append(out, s)
	}
	return out
}

// WriteMasks writes masks as TAB's masks file: {doc_id: [[start, end], ...]} in code points,
// keys sorted.
func WriteMasks(w io.Writer, m Masks) error {
	out := make(map[string][][2]int, len(m))
	for k, v := range m {
		if v == nil {
			v = [][2]int{}
		}
		out[k] = v
	}
	return newIndentEncoder(w).Encode(out)
}

// ReadMasks reads a masks file as WriteMasks writes it (and as TAB's baselines are stored).
func ReadMasks(r io.Reader) (Masks, error) {
	var m Masks
	if err := json.NewDecoder(r).Decode(&m); err != nil {
		return nil, fmt.Errorf("masks: %w", err)
	}
	return m, nil
}

func newIndentEncoder(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	return enc
}

// WriteText writes the result for people: the TAB metrics, then recall per entity type.
func (r *Result) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "policy %s %s on %s (%d documents)\n", r.Policy, r.PolicyVersion, r.Gold, r.Documents)
	row := func(name string, x Ratio, unit string) {
		fmt.Fprintf(&b, "  %-15s %s  (%d/%d %s)\n", name, fmtRatio(x), x.Hit, x.Total, unit)
	}
	row("ER_di", r.ERDirect, "direct entities")
	row("ER_qi", r.ERQuasi, "quasi entities")
	row("token recall", r.TokenRecall, "tokens")
	row("precision", r.Precision, "masked tokens")
	row("mention recall", r.MentionRecall, "mentions")
	b.WriteString("recall by entity type (mentions)\n")
	for _, t := range EntityTypes {
		if x, ok := r.ByType[t]; ok {
			row(t, x, "mentions")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func fmtRatio(x Ratio) string {
	if x.Total == 0 {
		return "  n/a"
	}
	return fmt.Sprintf("%.3f", x.Value())
}
