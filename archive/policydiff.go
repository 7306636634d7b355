package archive

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sort"

	"filippo.io/age"
	"github.com/testimony-archive/testimony/archive/audit"
	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// PolicyDiffOptions configures [Archive.PolicyDiff].
type PolicyDiffOptions struct {
	// From and To are shipped policy names or policy files (see policies.LoadRef), so a
	// reviewer can try an edited policy before it ships.
	From, To string
	// Identities decrypt the originals (in memory only).
	Identities []age.Identity
	Actor      string // recorded in the audit log
	// Show keeps the surface form of every change in the result, for the caller to print to
	// a terminal. The archive writes it nowhere, and the audit entry only says it was asked.
	Show    bool
	Workers int // 0 means 2 × runtime.NumCPU()
}

// PolicyInfo identifies a policy as a run records it.
type PolicyInfo struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	SHA256  string `json:"sha256"`
}

// PolicyDiff is what changes if the archive moves from one policy to another.
type PolicyDiff struct {
	From        PolicyInfo `json:"from"`
	To          PolicyInfo `json:"to"`
	Testimonies int        `json:"testimonies"` // compared: both runs succeeded
	Failed      int        `json:"failed"`      // a run failed under From or To (not counted)
	// Categories sums the testimonies compared, one entry per category with spans under
	// either policy, sorted by category.
	Categories   []CategoryDiff  `json:"categories"`
	PerTestimony []TestimonyDiff `json:"per_testimony"`
}

// CategoryDiff counts one category's spans under both policies and what changes.
type CategoryDiff struct {
	Category string         `json:"category"`
	From     map[string]int `json:"from"` // spans per action under From (keep included)
	To       map[string]int `json:"to"`
	// NewlyRemoved counts spans To changes (pseudonymize, generalize, suppress) where From
	// changed nothing; NoLongerRemoved the reverse (newly kept); ActionChanged spans both
	// change, with different actions (counted under To's category).
	NewlyRemoved    int `json:"newly_removed"`
	NoLongerRemoved int `json:"no_longer_removed"`
	ActionChanged   int `json:"action_changed"`
}

// TestimonyDiff is one testimony's part of a [PolicyDiff].
type TestimonyDiff struct {
	ID         string         `json:"id"`
	Status     string         `json:"status"`
	Categories []CategoryDiff `json:"categories"`
	// FromError and ToError say that the run under that policy fails (the testimony would be
	// pending); fixed wording, never text.
	FromError string       `json:"from_error,omitempty"`
	ToError   string       `json:"to_error,omitempty"`
	Changes   []SpanChange `json:"changes,omitempty"` // only with Show
}

// SpanChange is one change with its surface form: only in a diff asked for with Show.
type SpanChange struct {
	Change          string `json:"change"` // "newly removed", "no longer removed", "action changed"
	Category        string `json:"category"`
	Field           string `json:"field,omitempty"` // "title" for the title
	FromAction      string `json:"from_action,omitempty"`
	ToAction        string `json:"to_action,omitempty"`
	Text            string `json:"text"`
	FromReplacement string `json:"from_replacement,omitempty"`
	ToReplacement   string `json:"to_replacement,omitempty"`
}

// The kinds of change.
const (
	ChangeNewlyRemoved    = "newly removed"
	ChangeNoLongerRemoved = "no longer removed"
	ChangeActionChanged   = "action changed"
)

// PolicyDiff runs two policies over every original of the archive, in memory, and reports
// per category and per testimony what the second removes, generalizes or keeps that the
// first does not. Nothing is stored; an audit entry records that the diff was run, by whom,
// with which policies and totals (never text). It holds the writer lock, so the archive
// does not change under it, and needs an identity that decrypts the archive (tried on
// secret.age first).
func (a *Archive) PolicyDiff(ctx context.Context, opts PolicyDiffOptions) (*PolicyDiff, error) {
	if len(opts.Identities) == 0 {
		return nil, errors.New("policy diff needs an identity (-i) that can decrypt the archive")
	}
	if opts.From == "" || opts.To == "" {
		return nil, errors.New("policy diff needs two policies (--from and --to)")
	}
	m, unlock, err := a.lockManifest(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	if !a.auditWritable() {
		return nil, errors.New("policy diff: the audit log ends in an incomplete entry; run check --repair first")
	}
	if _, err := decryptFile(filepath.Join(a.dir, secretName), opts.Identities); err != nil {
		return nil, fmt.Errorf("policy diff: the identity cannot decrypt this archive (secret.age: %v)", err)
	}
	pc := newPolicyCache(a, opts.Identities)
	from, err := diffEngine(pc, opts.From)
	if err != nil {
		return nil, err
	}
	to, err := diffEngine(pc, opts.To)
	if err != nil {
		return nil, err
	}
	var entries []*manifestEntry
	for _, e := range m.Entries {
		if e.Status != statusWithdrawing {
			entries = append(entries, e)
		}
	}

	d := &PolicyDiff{From: infoOf(from.Policy()), To: infoOf(to.Policy()), PerTestimony: make([]TestimonyDiff, len(entries))}
	forEach(ctx, workers(IngestOptions{Workers: opts.Workers}), len(entries), func(i int) {
		d.PerTestimony[i] = a.diffOne(entries[i], from, to, opts)
	})
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("policy diff: %w", err)
	}

	totals := map[string]*CategoryDiff{}
	for _, t := range d.PerTestimony {
		if t.FromError != "" || t.ToError != "" {
			d.Failed++
			continue
		}
		d.Testimonies++
		for _, c := range t.Categories {
			addCategory(totals, c)
		}
	}
	d.Categories = sortedCategories(totals)
	var added, dropped, changed int
	for _, c := range d.Categories {
		added, dropped, changed = added+c.NewlyRemoved, dropped+c.NoLongerRemoved, changed+c.ActionChanged
	}
	shown := "no"
	if opts.Show {
		shown = "yes, to the caller's terminal"
	}
	if _, err := audit.Append(a.auditPath(), audit.Entry{Actor: actorOr(opts.Actor), Action: "policy-diff",
		Policy: d.To.Name, PolicyVersion: d.To.Version, PolicySHA256: d.To.SHA256,
		Detail: fmt.Sprintf("policy diff from %s %s (sha256 %s) to %s %s: %d testimonies compared, %d failed; %d spans newly removed, %d no longer removed, %d with a changed action; surface forms shown: %s",
			d.From.Name, d.From.Version, d.From.SHA256, d.To.Name, d.To.Version, d.Testimonies, d.Failed, added, dropped, changed, shown)}); err != nil {
		return nil, fmt.Errorf("policy diff: could not record the diff, so none is shown: %w", err)
	}
	return d, nil
}

// diffEngine loads a policy by name or file and builds its engine.
func diffEngine(pc *policyCache, ref string) (*redact.Engine, error) {
	p, err := policies.LoadRef(ref)
	if err != nil {
		return nil, fmt.Errorf("policy diff: %w", err)
	}
	e, err := pc.engineFor(p.Name, p)
	if err != nil {
		return nil, fmt.Errorf("policy diff: %w", err)
	}
	return e, nil
}

func infoOf(p *redact.Policy) PolicyInfo {
	return PolicyInfo{Name: p.Name, Version: p.Version, SHA256: p.SHA256}
}

// diffOne runs both policies over one testimony. It runs on a worker.
func (a *Archive) diffOne(e *manifestEntry, from, to *redact.Engine, opts PolicyDiffOptions) TestimonyDiff {
	t := TestimonyDiff{ID: e.ID, Status: e.Status, Categories: []CategoryDiff{}}
	doc, err := a.storedDocument(opts.Identities, e.ID)
	if err != nil {
		t.FromError, t.ToError = err.Error(), err.Error()
		return t
	}
	if doc, err = a.withAmendments(opts.Identities, e, doc); err != nil { // as every later run will
		err = errors.New("its reviewer amendments cannot be read")
		t.FromError, t.ToError = err.Error(), err.Error()
		return t
	}
	spans := func(eng *redact.Engine) ([]redact.Span, string) {
		red, err := verifiedRun(eng, doc)
		if err != nil {
			return nil, fmt.Sprintf("the run fails: %v", err)
		}
		return red.Report().Spans, ""
	}
	var a0, b0 []redact.Span
	a0, t.FromError = spans(from)
	b0, t.ToError = spans(to)
	if t.FromError != "" || t.ToError != "" {
		return t
	}
	cats := map[string]*CategoryDiff{}
	cat := func(c redact.Category) *CategoryDiff {
		k := string(c)
		if cats[k] == nil {
			cats[k] = &CategoryDiff{Category: k, From: map[string]int{}, To: map[string]int{}}
		}
		return cats[k]
	}
	for _, s := range a0 {
		cat(s.Category).From[string(s.Action)]++
	}
	for _, s := range b0 {
		cat(s.Category).To[string(s.Action)]++
	}
	for _, ch := range compareSpans(a0, b0) {
		c := cat(redact.Category(ch.Category))
		switch ch.Change {
		case ChangeNewlyRemoved:
			c.NewlyRemoved++
		case ChangeNoLongerRemoved:
			c.NoLongerRemoved++
		case ChangeActionChanged:
			c.ActionChanged++
		}
		if opts.Show {
			t.Changes = append(t.Changes, ch)
		}
	}
	t.Categories = sortedCategories(cats)
	return t
}

// compareSpans matches the spans two runs over the same text changed (any action but keep)
// by overlap within the same field: a span of to that overlaps none of from is newly
// removed, one that overlaps only spans with another action has its action changed, and a
// span of from that overlaps none of to is no longer removed.
func compareSpans(from, to []redact.Span) []SpanChange {
	changed := func(ss []redact.Span) []redact.Span {
		var out []redact.Span
		for _, s := range ss {
			if s.Action != redact.Keep {
				out = append(out, s)
			}
		}
		return out
	}
	from, to = changed(from), changed(to)
	overlap := func(x, y redact.Span) bool { return x.Field == y.Field && x.Start < y.End && y.Start < x.End }
	var out []SpanChange
	for _, b := range to {
		var first *redact.Span
		same := false
		for i := range from {
			if overlap(from[i], b) {
				if first == nil {
					first = &from[i]
				}
				same = same || from[i].Action == b.Action
			}
		}
		switch {
		case first == nil:
			out = append(out, SpanChange{Change: ChangeNewlyRemoved, Category: string(b.Category), Field: b.Field,
				ToAction: string(b.Action), Text: b.Text, ToReplacement: b.Replacement})
		case !same:
			out = append(out, SpanChange{Change: ChangeActionChanged, Category: string(b.Category), Field: b.Field,
				FromAction: string(first.Action), ToAction: string(b.Action), Text: b.Text,
				FromReplacement: first.Replacement, ToReplacement: b.Replacement})
		}
	}
	for _, s := range from {
		unmatched := true
		for _, b := range to {
			if overlap(s, b) {
				unmatched = false
				break
			}
		}
		if unmatched {
			out = append(out, SpanChange{Change: ChangeNoLongerRemoved, Category: string(s.Category), Field: s.Field,
				FromAction: string(s.Action), Text: s.Text, FromReplacement: s.Replacement})
		}
	}
	return out
}

func addCategory(into map[string]*CategoryDiff, c CategoryDiff) {
	t := into[c.Category]
	if t == nil {
		t = &CategoryDiff{Category: c.Category, From: map[string]int{}, To: map[string]int{}}
		into[c.Category] = t
	}
	for k, v := range c.From {
		t.From[k] += v
	}
	for k, v := range c.To {
		t.To[k] += v
	}
	t.NewlyRemoved += c.NewlyRemoved
	t.NoLongerRemoved += c.NoLongerRemoved
	t.ActionChanged += c.ActionChanged
}

func sortedCategories(m map[string]*CategoryDiff) []CategoryDiff {
	out := make([]CategoryDiff, 0, len(m))
	for _, c := range m {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Category < out[j].Category })
	return out
}
