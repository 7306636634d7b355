package policies

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/testimony-archive/testimony/redact"
	"gopkg.in/yaml.v3"
)

// file is one policy file as written, before extends.
type file struct {
	File              string
	data              []byte
	Name              string
	Version           string
	Extends           string
	extendsLine       int
	Description       string
	ReviewRequired    *bool
	ArchivePseudonyms *bool
	Rules             map[redact.Category]redact.Rule
	Allow, Deny       []string
}

// posError is "file:line: what is wrong".
func posError(file string, n *yaml.Node, format string, args ...any) error {
	line := 0
	if n != nil {
		line = n.Line
	}
	return fmt.Errorf("%s:%d: %s", file, line, fmt.Sprintf(format, args...))
}

var nameRE = regexp.MustCompile(`^[a-z][a-z0-9-]{0,63}$`)

// parseFile reads one policy file strictly: every key known, every value of the right kind.
// It works on yaml.v3 nodes rather than struct decoding so that every error has a line.
func parseFile(name string, data []byte) (*file, error) {
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%s:1: not valid UTF-8", name)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, yamlError(name, err)
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return nil, fmt.Errorf("%s:1: empty policy file", name)
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return nil, posError(name, doc, "a policy is a mapping of keys (name, version, rules, ...)")
	}
	f := &file{File: name, data: data, Rules: map[redact.Category]redact.Rule{}}
	seen := map[string]bool{}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		if seen[k.Value] {
			return nil, posError(name, k, "duplicate key %q", k.Value)
		}
		seen[k.Value] = true
		var err error
		switch k.Value {
		case "name":
			f.Name, err = scalar(name, v, "name")
			if err == nil && !nameRE.MatchString(f.Name) {
				err = posError(name, v, "name %q: use lower-case letters, digits and hyphens", clip(f.Name))
			}
		case "version":
			f.Version, err = scalar(name, v, "version")
		case "extends":
			f.Extends, err = scalar(name, v, "extends")
			f.extendsLine = v.Line
		case "description":
			f.Description, err = scalar(name, v, "description")
		case "review_required":
			f.ReviewRequired, err = boolean(name, v, "review_required")
		case "archive_pseudonyms":
			f.ArchivePseudonyms, err = boolean(name, v, "archive_pseudonyms")
		case "rules":
			err = parseRules(name, v, f.Rules)
		case "allow":
			f.Allow, err = stringList(name, v, "allow")
		case "deny":
			f.Deny, err = stringList(name, v, "deny")
		default:
			err = posError(name, k, "unknown key %q (known: name, version, extends, description, review_required, archive_pseudonyms, rules, allow, deny)", clip(k.Value))
		}
		if err != nil {
			return nil, err
		}
	}
	for _, req := range []string{"name", "version", "description"} {
		if !seen[req] {
			return nil, posError(name, doc, "missing required key %q", req)
		}
	}
	if f.Version == "" {
		return nil, posError(name, doc, "version must not be empty")
	}
	return f, nil
}

// yamlLine pulls the line out of a yaml.v3 error ("yaml: line 3: ...").
var yamlLine = regexp.MustCompile(`line (\d+): (.*)`)

func yamlError(name string, err error) error {
	var te *yaml.TypeError
	msg := err.Error()
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		return fmt.Errorf("%s:%s: invalid YAML: %s", name, m[1], m[2])
	}
	return fmt.Errorf("%s:1: invalid YAML: %s", name, strings.TrimPrefix(msg, "yaml: "))
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}

func scalar(file string, v *yaml.Node, key string) (string, error) {
	if v.Kind != yaml.ScalarNode {
		return "", posError(file, v, "%s must be a single value", key)
	}
	return v.Value, nil
}

func boolean(file string, v *yaml.Node, key string) (*bool, error) {
	if v.Kind != yaml.ScalarNode {
		return nil, posError(file, v, "%s must be true or false", key)
	}
	switch v.Value {
	case "true":
		b := true
		return &b, nil
	case "false":
		b := false
		return &b, nil
	}
	return nil, posError(file, v, "%s must be true or false, not %q", key, clip(v.Value))
}

func stringList(file string, v *yaml.Node, key string) ([]string, error) {
	if v.Kind != yaml.SequenceNode {
		return nil, posError(file, v, "%s must be a list", key)
	}
	var out []string
	for _, it := range v.Content {
		if it.Kind != yaml.ScalarNode || strings.TrimSpace(it.Value) == "" {
			return nil, posError(file, it, "%s entries must be non-empty strings", key)
		}
		out = append(out, it.Value)
	}
	return out, nil
}

func categoryList() string {
	var s []string
	for _, c := range redact.Categories() {
		s = append(s, string(c))
	}
	return strings.Join(s, ", ")
}

// parseRules reads "category: action" or "category: {action: ..., level: ..., min_score: ...}".
func parseRules(file string, v *yaml.Node, into map[redact.Category]redact.Rule) error {
	if v.Kind != yaml.MappingNode {
		return posError(file, v, "rules must map categories to actions")
	}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, rv := v.Content[i], v.Content[i+1]
		c := redact.Category(k.Value)
		if !c.Valid() {
			return posError(file, k, "unknown category %q (known: %s)", clip(k.Value), categoryList())
		}
		if _, dup := into[c]; dup {
			return posError(file, k, "duplicate rule for %s", c)
		}
		var r redact.Rule
		switch rv.Kind {
		case yaml.ScalarNode:
			r.Action = redact.Action(rv.Value)
		case yaml.MappingNode:
			seen := map[string]bool{}
			for j := 0; j+1 < len(rv.Content); j += 2 {
				rk, val := rv.Content[j], rv.Content[j+1]
				if seen[rk.Value] {
					return posError(file, rk, "duplicate key %q", clip(rk.Value))
				}
				seen[rk.Value] = true
				if val.Kind != yaml.ScalarNode {
					return posError(file, val, "%s must be a single value", clip(rk.Value))
				}
				switch rk.Value {
				case "action":
					r.Action = redact.Action(val.Value)
				case "level":
					r.Level = val.Value
				case "min_score":
					f, err := strconv.ParseFloat(val.Value, 64)
					if err != nil {
						return posError(file, val, "min_score must be a number between 0 and 1")
					}
					r.MinScore = f
				default:
					return posError(file, rk, "unknown key %q in rule for %s (known: action, level, min_score)", clip(rk.Value), c)
				}
			}
			if !seen["action"] {
				return posError(file, rv, "rule for %s has no action", c)
			}
		default:
			return posError(file, rv, "rule for %s must be an action or a mapping with an action", c)
		}
		if !r.Action.Valid() {
			return posError(file, rv, "unknown action %q for %s (known: pseudonymize, generalize, suppress, keep)", clip(string(r.Action)), c)
		}
		if err := r.Check(c); err != nil {
			return posError(file, rv, "%v", err)
		}
		into[c] = r
	}
	return nil
}
