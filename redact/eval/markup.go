package eval

import (
	"bytes"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// markupAnnotator is the annotator name our converted gold carries.
const markupAnnotator = "testimony"

// ParseMarkup converts one of our annotated interviews to a TAB gold document. The file is
// YAML front matter between "---" lines (title, language, interview_date, interviewer,
// interviewee, policy, topics, sensitive_terms, ...) and a body in which every annotated
// mention is written
//
//	{{TYPE:IDTYPE:ENTITY|surface text}}
//
// with TYPE one of EntityTypes, IDTYPE one of DIRECT, QUASI, NO_MASK, and ENTITY a
// document-local entity id ("p1"). Markup does not nest and "{{" and "}}" appear nowhere else.
// The document's ID is the file name without its extension, its text is the body with the
// markup stripped, its meta the front matter; offsets are code points. Errors name the file
// and line.
func ParseMarkup(name string, data []byte) (Doc, error) {
	id := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	if !utf8.Valid(data) {
		return Doc{}, fmt.Errorf("%s: not valid UTF-8", name)
	}
	meta, body, bodyLine, err := splitFrontMatter(name, data)
	if err != nil {
		return Doc{}, err
	}
	text, mentions, err := stripMarkup(name, id, body, bodyLine)
	if err != nil {
		return Doc{}, err
	}
	return Doc{
		ID:             id,
		Text:           text,
		DatasetType:    "synthetic",
		Meta:           meta,
		QualityChecked: true,
		Annotations:    Annotations{{Name: markupAnnotator, EntityMentions: mentions}},
	}, nil
}

// splitFrontMatter returns the front matter as a map, the body, and the body's first line number.
func splitFrontMatter(name string, data []byte) (map[string]any, string, int, error) {
	s := strings.TrimPrefix(string(data), "\ufeff")
	first, rest, ok := strings.Cut(s, "\n")
	if !ok || strings.TrimRight(first, " \r") != "---" {
		return nil, "", 0, fmt.Errorf("%s:1: want YAML front matter starting with a \"---\" line", name)
	}
	line := 2
	var fm strings.Builder
	for {
		l, r, more := strings.Cut(rest, "\n")
		if strings.TrimRight(l, " \r") == "---" {
			rest = r
			line++
			break
		}
		if !more {
			return nil, "", 0, fmt.Errorf("%s:1: front matter is not closed by a \"---\" line", name)
		}
		fm.WriteString(l)
		fm.WriteByte('\n')
		rest = r
		line++
	}
	var node yaml.Node
	if err := yaml.Unmarshal([]byte(fm.String()), &node); err != nil {
		return nil, "", 0, fmt.Errorf("%s: front matter: %v", name, yamlErr(err, 1))
	}
	meta := map[string]any{}
	if len(node.Content) > 0 {
		root := node.Content[0]
		if root.Kind != yaml.MappingNode {
			return nil, "", 0, fmt.Errorf("%s:%d: front matter must be a mapping of fields", name, root.Line+1)
		}
		for i := 0; i+1 < len(root.Content); i += 2 {
			k, v := root.Content[i], root.Content[i+1]
			var val any
			if err := v.Decode(&val); err != nil {
				return nil, "", 0, fmt.Errorf("%s:%d: front matter field %q: %v", name, v.Line+1, k.Value, err)
			}
			meta[k.Value] = plainYAML(val)
		}
	}
	return meta, rest, line, nil
}

// yamlErr shifts yaml.v3's "line N" by the front matter's offset in the file.
func yamlErr(err error, offset int) string {
	msg := err.Error()
	var n int
	if i := strings.Index(msg, "line "); i >= 0 {
		if _, e := fmt.Sscanf(msg[i:], "line %d", &n); e == nil {
			return strings.Replace(msg, fmt.Sprintf("line %d", n), fmt.Sprintf("line %d", n+offset), 1)
		}
	}
	return msg
}

// plainYAML turns YAML-decoded values into JSON-friendly ones (timestamps as dates, maps
// with string keys) so that the front matter round-trips through TAB JSON unchanged.
func plainYAML(v any) any {
	switch x := v.(type) {
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 && x.Nanosecond() == 0 {
			return x.Format(time.DateOnly)
		}
		return x.Format(time.RFC3339)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plainYAML(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = plainYAML(e)
		}
		return out
	case int:
		return float64(x)
	}
	return v
}

// stripMarkup removes the markup from body and returns the text and the mentions.
func stripMarkup(name, docID, body string, line int) (string, []Mention, error) {
	var out strings.Builder
	var mentions []Mention
	types := map[string]string{} // entity → TYPE, to catch one entity annotated with two types
	cp := 0                      // code points written to out
	for len(body) > 0 {
		open := strings.Index(body, "{{")
		close := strings.Index(body, "}}")
		if close >= 0 && (open < 0 || close < open) {
			return "", nil, fmt.Errorf("%s:%d: \"}}\" without an opening \"{{\"", name, line+strings.Count(body[:close], "\n"))
		}
		if open < 0 {
			out.WriteString(body)
			break
		}
		out.WriteString(body[:open])
		cp += utf8.RuneCountInString(body[:open])
		line += strings.Count(body[:open], "\n")
		body = body[open+2:]
		end := strings.Index(body, "}}")
		if end < 0 {
			return "", nil, fmt.Errorf("%s:%d: \"{{\" is never closed by \"}}\"", name, line)
		}
		inner := body[:end]
		if strings.Contains(inner, "{{") {
			return "", nil, fmt.Errorf("%s:%d: nested \"{{\" inside a mention", name, line)
		}
		m, err := parseMention(inner)
		if err != nil {
			return "", nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
		if t, ok := types[m.EntityID]; ok && t != m.EntityType {
			return "", nil, fmt.Errorf("%s:%d: entity %q is %s here but %s before", name, line, m.EntityID, m.EntityType, t)
		}
		types[m.EntityID] = m.EntityType
		n := utf8.RuneCountInString(m.SpanText)
		m.Start, m.End = cp, cp+n
		m.MentionID = fmt.Sprintf("%s_em%d", docID, len(mentions)+1)
		mentions = append(mentions, m)
		out.WriteString(m.SpanText)
		cp += n
		line += strings.Count(inner, "\n")
		body = body[end+2:]
	}
	return out.String(), mentions, nil
}

// parseMention parses "TYPE:IDTYPE:ENTITY|surface".
func parseMention(inner string) (Mention, error) {
	head, surface, ok := strings.Cut(inner, "|")
	if !ok {
		return Mention{}, fmt.Errorf("mention has no \"|\": want {{TYPE:IDTYPE:ENTITY|surface text}}")
	}
	parts := strings.Split(head, ":")
	if len(parts) != 3 {
		return Mention{}, fmt.Errorf("mention head %q: want TYPE:IDTYPE:ENTITY", shorten(head))
	}
	typ, idType, ent := strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1]), strings.TrimSpace(parts[2])
	if !slices.Contains(EntityTypes, typ) {
		return Mention{}, fmt.Errorf("unknown entity type %q, want one of %s", typ, strings.Join(EntityTypes, " "))
	}
	switch idType {
	case Direct, Quasi, NoMask:
	default:
		return Mention{}, fmt.Errorf("unknown identifier type %q, want DIRECT, QUASI or NO_MASK", idType)
	}
	if ent == "" || strings.ContainsAny(ent, " \t\n") {
		return Mention{}, fmt.Errorf("entity id %q must be a non-empty word", ent)
	}
	if strings.TrimSpace(surface) == "" {
		return Mention{}, fmt.Errorf("mention of %s has empty surface text", ent)
	}
	return Mention{
		EntityType:         typ,
		SpanText:           surface,
		EditType:           "check",
		IdentifierType:     idType,
		EntityID:           ent,
		ConfidentialStatus: "NOT_CONFIDENTIAL",
	}, nil
}

// shorten keeps error messages about markup heads short; errors never quote surface text.
func shorten(s string) string {
	if utf8.RuneCountInString(s) <= 40 {
		return s
	}
	return string([]rune(s)[:40]) + "…"
}

// MarshalGold writes docs as indented TAB JSON, the form of testdata/gold/gold.json.
func MarshalGold(docs []Doc) ([]byte, error) {
	var buf bytes.Buffer
	enc := newIndentEncoder(&buf)
	if err := enc.Encode(docs); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
