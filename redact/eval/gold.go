package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Identifier types of a gold mention (TAB's identifier_type).
const (
	Direct = "DIRECT"  // identifies the person on its own: must be masked
	Quasi  = "QUASI"   // identifies in combination: must be masked
	NoMask = "NO_MASK" // annotated but must stay readable
)

// EntityTypes are TAB's entity types, the TYPE of our markup.
var EntityTypes = []string{"PERSON", "CODE", "LOC", "ORG", "DEM", "DATETIME", "QUANTITY", "MISC"}

// Doc is one gold document in TAB JSON.
type Doc struct {
	ID             string         `json:"doc_id"`
	Text           string         `json:"text"`
	DatasetType    string         `json:"dataset_type,omitempty"`
	Task           string         `json:"task,omitempty"`
	Meta           map[string]any `json:"meta,omitempty"`
	QualityChecked bool           `json:"quality_checked"`
	Annotations    Annotations    `json:"annotations"`
}

// Mention is one annotated entity mention. Offsets are Unicode code points, end exclusive.
type Mention struct {
	EntityType         string `json:"entity_type"`
	MentionID          string `json:"entity_mention_id"`
	Start              int    `json:"start_offset"`
	End                int    `json:"end_offset"`
	SpanText           string `json:"span_text"`
	EditType           string `json:"edit_type"`
	IdentifierType     string `json:"identifier_type"`
	EntityID           string `json:"entity_id"`
	ConfidentialStatus string `json:"confidential_status"`
}

// Annotator is one annotator's mentions of a document.
type Annotator struct {
	Name           string
	EntityMentions []Mention
}

// Annotations are a document's annotators in file order. TAB stores them as a JSON object;
// the order matters because, like the reference scorer, we score the first annotator only.
type Annotations []Annotator

type annotatorJSON struct {
	EntityMentions []Mention `json:"entity_mentions"`
}

// UnmarshalJSON reads the annotators object keeping its key order.
func (a *Annotations) UnmarshalJSON(b []byte) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return fmt.Errorf("annotations: want an object, got %v", tok)
	}
	*a = (*a)[:0]
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		name, _ := tok.(string)
		var v annotatorJSON
		if err := dec.Decode(&v); err != nil {
			return fmt.Errorf("annotations of %q: %w", name, err)
		}
		*a = append(*a, Annotator{Name: name, EntityMentions: v.EntityMentions})
	}
	_, err = dec.Token()
	return err
}

// MarshalJSON writes the annotators as an object in order.
func (a Annotations) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, an := range a {
		if i > 0 {
			buf.WriteByte(',')
		}
		k, err := json.Marshal(an.Name)
		if err != nil {
			return nil, err
		}
		v, err := json.Marshal(annotatorJSON{EntityMentions: an.EntityMentions})
		if err != nil {
			return nil, err
		}
		buf.Write(k)
		buf.WriteByte(':')
		buf.Write(v)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// Mentions returns the mentions of the document's first annotator (the one that is scored).
func (d *Doc) Mentions() []Mention {
	if len(d.Annotations) == 0 {
		return nil
	}
	return d.Annotations[0].EntityMentions
}

// ParseGold decodes TAB JSON gold and checks every mention's offsets against the text.
func ParseGold(data []byte) ([]Doc, error) {
	var docs []Doc
	if err := json.Unmarshal(data, &docs); err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for i := range docs {
		d := &docs[i]
		if d.ID == "" {
			return nil, fmt.Errorf("document %d has no doc_id", i)
		}
		if seen[d.ID] {
			return nil, fmt.Errorf("document %s appears twice", d.ID)
		}
		seen[d.ID] = true
		n := len([]rune(d.Text))
		for _, m := range d.Mentions() {
			if m.Start < 0 || m.End < m.Start || m.End > n {
				return nil, fmt.Errorf("document %s: mention %s has offsets [%d, %d) outside the text (%d code points)",
					d.ID, m.MentionID, m.Start, m.End, n)
			}
			switch m.IdentifierType {
			case Direct, Quasi, NoMask:
			default:
				return nil, fmt.Errorf("document %s: mention %s has identifier_type %q, want DIRECT, QUASI or NO_MASK",
					d.ID, m.MentionID, m.IdentifierType)
			}
		}
	}
	return docs, nil
}

// ReadGold reads gold annotations from path: a TAB JSON file, one of our annotated Markdown
// interviews (.md, see ParseMarkup), or a directory of them.
func ReadGold(path string) ([]Doc, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		files, err := filepath.Glob(filepath.Join(path, "*.md"))
		if err != nil {
			return nil, err
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("%s: no *.md gold files", path)
		}
		return readMarkupFiles(files)
	}
	if strings.EqualFold(filepath.Ext(path), ".md") {
		return readMarkupFiles([]string{path})
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	docs, err := ParseGold(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

func readMarkupFiles(files []string) ([]Doc, error) {
	slices.Sort(files)
	docs := make([]Doc, 0, len(files))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		d, err := ParseMarkup(f, data)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// runeIndex converts between Go byte offsets and code-point offsets of one string.
type runeIndex struct {
	byteAt []int // byteAt[cp] is the byte offset of code point cp; byteAt[n] == len(s)
}

func newRuneIndex(s string) runeIndex {
	idx := runeIndex{byteAt: make([]int, 0, len(s)+1)}
	for i := range s {
		idx.byteAt = append(idx.byteAt, i)
	}
	idx.byteAt = append(idx.byteAt, len(s))
	return idx
}

// cp returns the code-point offset of byte offset b; a b inside a character rounds down to it.
func (x runeIndex) cp(b int) int {
	i, found := slices.BinarySearch(x.byteAt, b)
	if found {
		return i
	}
	return i - 1
}

// cpEnd returns the code-point offset of an exclusive end byte offset; a b inside a character
// rounds up, so the character is covered.
func (x runeIndex) cpEnd(b int) int {
	i, _ := slices.BinarySearch(x.byteAt, b)
	return i
}

// byteOff returns the byte offset of code point cp.
func (x runeIndex) byteOff(cp int) int {
	return x.byteAt[min(max(cp, 0), len(x.byteAt)-1)]
}
