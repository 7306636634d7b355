// Package policies holds the shipped redaction policies (YAML), the gazetteers and allow lists,
// embedded in the binary, and turns them into the engine's redact.Policy.
//
// A policy file looks like this:
//
//	name: strict              # required; the name runs record
//	version: "1.0"            # required; bump it whenever the file changes meaning
//	extends: base             # optional; a shipped policy whose rules and lists this one inherits
//	description: ...          # required
//	review_required: false    # a reviewer must approve a run before it is searchable
//	archive_pseudonyms: false # pseudonyms stable across testimonies, keyed by the archive secret
//	rules:                    # one action per category; a category left out is kept
//	  person: pseudonymize
//	  place: {action: generalize, level: province}
//	  phone: {action: suppress, level: category, min_score: 0.5}
//	allow: [Kim Jong Un, United Nations]   # never redacted (public figures and bodies)
//	deny: [a codeword]                     # always removed
//
// A child's rules override its parent's per category; allow and deny lists add up. Unknown
// keys, categories, actions and levels are errors, reported as "file:line: what is wrong".
// A resolved policy's SHA-256 covers every file of its extends chain, so a run records
// exactly which rules it applied.
package policies

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"

	"github.com/testimony-archive/testimony/redact"
	"gopkg.in/yaml.v3"
)

// Default is the policy used when neither the archive, the flag nor the front matter names one.
const Default = "base"

// Info describes one shipped policy.
type Info struct {
	Name           string `json:"name"`
	Version        string `json:"version"`
	Extends        string `json:"extends,omitempty"`
	Description    string `json:"description"`
	ReviewRequired bool   `json:"review_required"`
	SHA256         string `json:"sha256"`
}

//go:embed *.yaml
var shippedFS embed.FS

// shipped holds the parsed shipped files, by name; parsed once.
var (
	shippedOnce sync.Once
	shipped     map[string]*file
	shippedErr  error
)

func loadShipped() (map[string]*file, error) {
	shippedOnce.Do(func() {
		shipped = map[string]*file{}
		names, err := fs.Glob(shippedFS, "*.yaml")
		if err != nil {
			shippedErr = err
			return
		}
		for _, n := range names {
			data, err := shippedFS.ReadFile(n)
			if err != nil {
				shippedErr = err
				return
			}
			f, err := parseFile(n, data)
			if err != nil {
				shippedErr = err
				return
			}
			if f.Name+".yaml" != n {
				shippedErr = fmt.Errorf("%s: name %q does not match the file name", n, f.Name)
				return
			}
			shipped[f.Name] = f
		}
	})
	return shipped, shippedErr
}

// List returns the shipped policies, sorted by name.
func List() []Info {
	fs, err := loadShipped()
	if err != nil {
		// The shipped files are tested; a broken build must not look like "no policies".
		panic("policies: shipped policy files are invalid: " + err.Error())
	}
	var out []Info
	for _, f := range fs {
		r, err := resolve(f, fs)
		if err != nil {
			panic("policies: shipped policy files are invalid: " + err.Error())
		}
		out = append(out, Info{Name: r.Name, Version: r.Version, Extends: f.Extends,
			Description: r.Description, ReviewRequired: r.ReviewRequired, SHA256: r.SHA256})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Names returns the shipped policy names, sorted.
func Names() []string {
	var out []string
	for _, i := range List() {
		out = append(out, i.Name)
	}
	return out
}

// Load resolves a shipped policy by name (following extends) with the gazetteer attached.
// An unknown name is an error that lists the known ones.
func Load(name string) (*redact.Policy, error) {
	r, err := resolveShipped(name)
	if err != nil {
		return nil, err
	}
	return r.policy()
}

// resolveShipped finds a shipped policy by name and resolves its extends chain.
func resolveShipped(name string) (*resolved, error) {
	fs, err := loadShipped()
	if err != nil {
		return nil, err
	}
	f, ok := fs[name]
	if !ok {
		return nil, unknownPolicy(name, fs)
	}
	return resolve(f, fs)
}

func unknownPolicy(name string, fs map[string]*file) error {
	var names []string
	for n := range fs {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(name) > 64 {
		name = name[:64] + "..."
	}
	return fmt.Errorf("unknown policy %q (known: %s)", name, strings.Join(names, ", "))
}

// Show returns the resolved policy (after extends) as YAML, for `policy show`.
func Show(name string) ([]byte, error) {
	r, err := resolveShipped(name)
	if err != nil {
		return nil, err
	}
	return r.yaml()
}

// Parse validates one policy file's bytes. Errors carry file:line and what is wrong.
// Extends is resolved against the shipped set.
func Parse(file string, data []byte) (*redact.Policy, error) {
	f, err := parseFile(file, data)
	if err != nil {
		return nil, err
	}
	fs, err := loadShipped()
	if err != nil {
		return nil, err
	}
	r, err := resolve(f, fs)
	if err != nil {
		return nil, err
	}
	return r.policy()
}

// resolved is a policy after extends.
type resolved struct {
	Name, Version, Description string
	Extends                    []string // the chain, nearest parent first
	ReviewRequired             bool
	ArchivePseudonyms          bool
	Rules                      map[redact.Category]redact.Rule
	Allow, Deny                []string
	SHA256                     string
}

func resolve(f *file, fs map[string]*file) (*resolved, error) {
	chain := []*file{f}
	seen := map[string]bool{f.Name: true}
	for cur := f; cur.Extends != ""; {
		p, ok := fs[cur.Extends]
		if !ok || p == cur {
			if ok && p == cur {
				return nil, fmt.Errorf("%s:%d: policy %q extends itself", cur.File, cur.extendsLine, cur.Name)
			}
			var names []string
			for n := range fs {
				names = append(names, n)
			}
			sort.Strings(names)
			return nil, fmt.Errorf("%s:%d: extends unknown policy %q (known: %s)", cur.File, cur.extendsLine,
				cur.Extends, strings.Join(names, ", "))
		}
		if seen[p.Name] && p != f {
			return nil, fmt.Errorf("%s:%d: extends %q makes a cycle", cur.File, cur.extendsLine, cur.Extends)
		}
		seen[p.Name] = true
		chain = append(chain, p)
		cur = p
	}
	r := &resolved{Name: f.Name, Version: f.Version, Description: f.Description,
		Rules: map[redact.Category]redact.Rule{}}
	h := sha256.New()
	// Root first: parents' rules, then each child's overrides; lists add up.
	for i := len(chain) - 1; i >= 0; i-- {
		c := chain[i]
		fmt.Fprintf(h, "%s\x00%d\x00", c.File, len(c.data))
		h.Write(c.data)
		for cat, rule := range c.Rules {
			r.Rules[cat] = rule
		}
		if c.ReviewRequired != nil {
			r.ReviewRequired = *c.ReviewRequired
		}
		if c.ArchivePseudonyms != nil {
			r.ArchivePseudonyms = *c.ArchivePseudonyms
		}
		r.Allow = appendNew(r.Allow, c.Allow)
		r.Deny = appendNew(r.Deny, c.Deny)
		if i > 0 {
			r.Extends = append([]string{c.Name}, r.Extends...)
		}
	}
	r.SHA256 = hex.EncodeToString(h.Sum(nil))
	return r, nil
}

func appendNew(to, from []string) []string {
	seen := map[string]bool{}
	for _, s := range to {
		seen[strings.ToLower(s)] = true
	}
	for _, s := range from {
		if !seen[strings.ToLower(s)] {
			seen[strings.ToLower(s)] = true
			to = append(to, s)
		}
	}
	return to
}

func (r *resolved) policy() (*redact.Policy, error) {
	g, err := Gazetteer()
	if err != nil {
		return nil, fmt.Errorf("policies: gazetteer: %w", err)
	}
	p := &redact.Policy{
		Name:              r.Name,
		Version:           r.Version,
		SHA256:            r.SHA256,
		Rules:             map[redact.Category]redact.Rule{},
		Allow:             append([]string(nil), r.Allow...),
		Deny:              append([]string(nil), r.Deny...),
		ReviewRequired:    r.ReviewRequired,
		ArchivePseudonyms: r.ArchivePseudonyms,
		Gazetteer:         g,
	}
	for c, rule := range r.Rules {
		p.Rules[c] = rule
	}
	return p, nil
}

// yaml writes the resolved policy in the file format, rules in the engine's category order.
func (r *resolved) yaml() ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# resolved policy %s %s, sha256 %s\n", r.Name, r.Version, r.SHA256)
	if len(r.Extends) > 0 {
		fmt.Fprintf(&b, "# extends: %s\n", strings.Join(r.Extends, " → "))
	}
	doc := &yaml.Node{Kind: yaml.MappingNode}
	add := func(k string, v *yaml.Node) {
		doc.Content = append(doc.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: k}, v)
	}
	str := func(s string) *yaml.Node {
		n := &yaml.Node{Kind: yaml.ScalarNode, Value: s, Tag: "!!str"}
		return n
	}
	boolean := func(v bool) *yaml.Node {
		return &yaml.Node{Kind: yaml.ScalarNode, Value: fmt.Sprint(v), Tag: "!!bool"}
	}
	add("name", str(r.Name))
	add("version", &yaml.Node{Kind: yaml.ScalarNode, Value: r.Version, Tag: "!!str", Style: yaml.DoubleQuotedStyle})
	add("description", str(r.Description))
	add("review_required", boolean(r.ReviewRequired))
	add("archive_pseudonyms", boolean(r.ArchivePseudonyms))
	rules := &yaml.Node{Kind: yaml.MappingNode}
	for _, c := range redact.Categories() {
		rule, ok := r.Rules[c]
		if !ok {
			rule = redact.Rule{Action: redact.Keep}
		}
		m := &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
		m.Content = append(m.Content, str("action"), str(string(rule.Action)))
		if rule.Level != "" {
			m.Content = append(m.Content, str("level"), str(rule.Level))
		}
		if rule.MinScore != 0 {
			m.Content = append(m.Content, str("min_score"),
				&yaml.Node{Kind: yaml.ScalarNode, Value: fmt.Sprint(rule.MinScore), Tag: "!!float"})
		}
		rules.Content = append(rules.Content, str(string(c)), m)
	}
	add("rules", rules)
	list := func(items []string) *yaml.Node {
		n := &yaml.Node{Kind: yaml.SequenceNode}
		if len(items) == 0 {
			n.Style = yaml.FlowStyle
		}
		for _, s := range items {
			n.Content = append(n.Content, str(s))
		}
		return n
	}
	add("allow", list(r.Allow))
	add("deny", list(r.Deny))
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
