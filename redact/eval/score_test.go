package eval

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// repoRoot is the directory holding go.mod.
func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	require.NoError(t, err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		require.NotEqual(t, dir, parent, "no go.mod above the test directory")
		dir = parent
	}
}

// tabDir is the shared TAB benchmark folder; tests that need it skip when it is absent.
func tabDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(repoRoot(t), "..", "shared", "benchmarks", "tab")
	if _, err := os.Stat(filepath.Join(dir, "approx_score.py")); err != nil {
		t.Skipf("TAB benchmark not present at %s", dir)
	}
	return dir
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// mentionDoc builds a one-annotator document.
func mentionDoc(id, text string, ms ...Mention) Doc {
	for i := range ms {
		ms[i].MentionID = id + "_em" + strconv.Itoa(i)
	}
	return Doc{ID: id, Text: text, Annotations: Annotations{{Name: "a", EntityMentions: ms}}}
}

func TestScoreSmall(t *testing.T) {
	// code points: "Mr John Smith of Seoul met the Court on 3 May 2001."
	text := "Mr John Smith of Seoul met the Court on 3 May 2001."
	doc := mentionDoc("d", text,
		Mention{EntityType: "PERSON", Start: 0, End: 13, IdentifierType: Direct, EntityID: "p"},
		Mention{EntityType: "LOC", Start: 17, End: 22, IdentifierType: Quasi, EntityID: "l"},
		Mention{EntityType: "ORG", Start: 27, End: 36, IdentifierType: NoMask, EntityID: "c"},
		Mention{EntityType: "DATETIME", Start: 40, End: 50, IdentifierType: Quasi, EntityID: "t"},
		Mention{EntityType: "PERSON", Start: 3, End: 7, IdentifierType: Direct, EntityID: "p"},
	)
	tests := []struct {
		name                      string
		masks                     [][2]int
		di, qi, tok, prec         Ratio
		personRecall, datetimeRec Ratio
	}{
		{
			name:         "nothing masked",
			di:           Ratio{0, 1},
			qi:           Ratio{0, 2},
			tok:          Ratio{1, 3 + 1 + 3 + 1}, // Mr John Smith, Seoul, 3 May 2001, John; a lone Mr is forgiven
			prec:         Ratio{0, 0},
			personRecall: Ratio{0, 2}, datetimeRec: Ratio{0, 1},
		},
		{
			name:         "name without Mr is enough, court kept",
			masks:        [][2]int{{3, 13}, {17, 22}, {40, 50}},
			di:           Ratio{1, 1},
			qi:           Ratio{2, 2},
			tok:          Ratio{8, 8}, // "Mr" is forgiven
			prec:         Ratio{6, 6},
			personRecall: Ratio{2, 2}, datetimeRec: Ratio{1, 1},
		},
		{
			name:         "partial date misses the entity, masking the Court costs precision",
			masks:        [][2]int{{0, 13}, {17, 22}, {27, 36}, {42, 45}},
			di:           Ratio{1, 1},
			qi:           Ratio{1, 2},
			tok:          Ratio{6, 8},
			prec:         Ratio{3 + 1 + 1, 3 + 1 + 2 + 1},
			personRecall: Ratio{2, 2}, datetimeRec: Ratio{0, 1},
		},
		{
			name:         "function words and punctuation are forgiven",
			masks:        [][2]int{{3, 7}, {8, 13}, {17, 22}, {40, 41}, {42, 45}, {46, 50}},
			di:           Ratio{1, 1},
			qi:           Ratio{2, 2},
			tok:          Ratio{8, 8},
			prec:         Ratio{6, 6},
			personRecall: Ratio{2, 2}, datetimeRec: Ratio{1, 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Score([]Doc{doc}, Masks{"d": tt.masks})
			assert.Equal(t, tt.di, s.ERDirect, "ER_di")
			assert.Equal(t, tt.qi, s.ERQuasi, "ER_qi")
			assert.Equal(t, tt.tok, s.TokenRecall, "token recall")
			assert.Equal(t, tt.prec, s.Precision, "precision")
			assert.Equal(t, tt.personRecall, s.ByType["PERSON"])
			assert.Equal(t, tt.datetimeRec, s.ByType["DATETIME"])
			_, hasOrg := s.ByType["ORG"]
			assert.False(t, hasOrg, "NO_MASK entities are not recall targets")
		})
	}
}

func TestScoreEntityDirectnessFromFirstMention(t *testing.T) {
	// Like the reference scorer: an entity is direct when its first mention is, and it needs
	// masking when any mention does; NO_MASK mentions of it need not be covered.
	doc := mentionDoc("d", "Anna and Anna and Anna",
		Mention{EntityType: "PERSON", Start: 0, End: 4, IdentifierType: NoMask, EntityID: "a"},
		Mention{EntityType: "PERSON", Start: 9, End: 13, IdentifierType: Direct, EntityID: "a"},
		Mention{EntityType: "PERSON", Start: 18, End: 22, IdentifierType: Quasi, EntityID: "a"},
	)
	s := Score([]Doc{doc}, Masks{"d": {{9, 13}, {18, 22}}})
	assert.Equal(t, Ratio{0, 0}, s.ERDirect)
	assert.Equal(t, Ratio{1, 1}, s.ERQuasi)
	assert.Equal(t, Ratio{2, 2}, s.MentionRecall)
}

func TestScoreCodePointsNotBytes(t *testing.T) {
	// Hangul is three bytes per character in Go; gold and masks count code points.
	text := "김지민 was born in 혜산."
	doc := mentionDoc("k", text,
		Mention{EntityType: "PERSON", Start: 0, End: 3, IdentifierType: Direct, EntityID: "p"},
		Mention{EntityType: "LOC", Start: 16, End: 18, IdentifierType: Quasi, EntityID: "l"},
	)
	require.Equal(t, "혜산", string([]rune(text)[16:18]))
	s := Score([]Doc{doc}, Masks{"k": {{0, 3}, {16, 18}}})
	assert.Equal(t, Ratio{1, 1}, s.ERDirect)
	assert.Equal(t, Ratio{1, 1}, s.ERQuasi)
	assert.Equal(t, Ratio{2, 2}, s.Precision)
}

func TestRuneIndex(t *testing.T) {
	s := "a김b😀c"
	idx := newRuneIndex(s)
	tests := []struct{ b, cp, cpEnd int }{
		{0, 0, 0}, {1, 1, 1}, {2, 1, 2}, {4, 2, 2}, {5, 3, 3}, {7, 3, 4}, {9, 4, 4}, {10, 5, 5},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.cp, idx.cp(tt.b), "cp(%d)", tt.b)
		assert.Equal(t, tt.cpEnd, idx.cpEnd(tt.b), "cpEnd(%d)", tt.b)
	}
	for cp, b := range []int{0, 1, 4, 5, 9, 10} {
		assert.Equal(t, b, idx.byteOff(cp), "byteOff(%d)", cp)
	}
}

func TestMergeSpans(t *testing.T) {
	assert.Equal(t, [][2]int{{0, 9}, {10, 12}},
		mergeSpans([][2]int{{5, 9}, {0, 3}, {10, 12}, {3, 5}, {6, 7}}))
	assert.Empty(t, mergeSpans(nil))
}

func TestWriteMasksRoundTrip(t *testing.T) {
	m := Masks{"b": {{3, 5}}, "a": {{0, 1}, {2, 4}}, "c": nil}
	var buf bytes.Buffer
	require.NoError(t, WriteMasks(&buf, m))
	var generic map[string][][]int
	require.NoError(t, json.Unmarshal(buf.Bytes(), &generic))
	assert.Equal(t, map[string][][]int{"a": {{0, 1}, {2, 4}}, "b": {{3, 5}}, "c": {}}, generic)
	back, err := ReadMasks(&buf)
	require.NoError(t, err)
	assert.Equal(t, m["a"], back["a"])
}

func TestAnnotationsKeepOrder(t *testing.T) {
	data := []byte(`[{"doc_id":"x","text":"ab","annotations":{
		"zed":{"entity_mentions":[{"entity_type":"PERSON","start_offset":0,"end_offset":1,"identifier_type":"DIRECT","entity_id":"e1"}]},
		"amy":{"entity_mentions":[]}}}]`)
	docs, err := ParseGold(data)
	require.NoError(t, err)
	require.Len(t, docs[0].Annotations, 2)
	assert.Equal(t, "zed", docs[0].Annotations[0].Name, "the first annotator in the file is scored")
	assert.Len(t, docs[0].Mentions(), 1)
	out, err := json.Marshal(docs[0].Annotations)
	require.NoError(t, err)
	assert.Regexp(t, `^\{"zed":.*"amy":`, string(out))
}

func TestParseGoldRejectsBadOffsets(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"past the end", `[{"doc_id":"x","text":"김","annotations":{"a":{"entity_mentions":[{"start_offset":0,"end_offset":2,"identifier_type":"DIRECT"}]}}}]`, "outside the text"},
		{"bad id type", `[{"doc_id":"x","text":"ab","annotations":{"a":{"entity_mentions":[{"start_offset":0,"end_offset":1,"identifier_type":"MAYBE"}]}}}]`, "identifier_type"},
		{"duplicate doc", `[{"doc_id":"x","text":"","annotations":{}},{"doc_id":"x","text":"","annotations":{}}]`, "twice"},
		{"no doc id", `[{"text":"","annotations":{}}]`, "no doc_id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseGold([]byte(tt.data))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// referenceScores are approx_score.py's figures on the shared baselines (31 test documents),
// as it printed them. The test also re-runs the script when python3 is available.
var referenceScores = map[string]map[string]float64{
	"presidio_masks_subset144_test31.json":      {"di": 0.492, "qi": 0.744, "tok": 0.705, "prec": 0.707, "mention": 0.667, "n_di": 63, "n_qi": 715, "n_sys_tokens": 2215},
	"spacy_masks_subset144_test31.json":         {"di": 0.921, "qi": 0.894, "tok": 0.921, "prec": 0.436, "mention": 0.889, "n_di": 63, "n_qi": 715, "n_sys_tokens": 4793},
	"stanford_ner3_masks_subset144_test31.json": {"di": 0.413, "qi": 0.169, "tok": 0.261, "prec": 0.338, "mention": 0.256, "n_di": 63, "n_qi": 715, "n_sys_tokens": 1454},
	"stanford_ner4_masks_subset144_test31.json": {"di": 0.444, "qi": 0.204, "tok": 0.29, "prec": 0.277, "mention": 0.296, "n_di": 63, "n_qi": 715, "n_sys_tokens": 2036},
	"stanford_ner7_masks_subset144_test31.json": {"di": 0.429, "qi": 0.277, "tok": 0.617, "prec": 0.5, "mention": 0.344, "n_di": 63, "n_qi": 715, "n_sys_tokens": 2772},
}

// pythonScores runs the reference scorer and parses its printed dicts.
func pythonScores(t *testing.T, dir, gold string, files []string) map[string]map[string]float64 {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		return nil
	}
	cmd := exec.Command(py, append([]string{filepath.Join(dir, "approx_score.py"), gold}, files...)...)
	out, err := cmd.Output()
	require.NoError(t, err, "approx_score.py")
	line := regexp.MustCompile(`(?m)^(\S+) \{(.*)\}$`)
	kv := regexp.MustCompile(`'(\w+)': ([0-9.]+|nan)`)
	res := map[string]map[string]float64{}
	for _, m := range line.FindAllStringSubmatch(string(out), -1) {
		row := map[string]float64{}
		for _, p := range kv.FindAllStringSubmatch(m[2], -1) {
			v, err := strconv.ParseFloat(p[2], 64)
			require.NoError(t, err)
			row[p[1]] = v
		}
		res[m[1]] = row
	}
	return res
}

func TestScoreMatchesReferenceScorer(t *testing.T) {
	dir := tabDir(t)
	goldPath := filepath.Join(dir, "data", "subset144", "tab_subset144_test.json")
	docs, err := ReadGold(goldPath)
	require.NoError(t, err)
	require.Len(t, docs, 31)
	var files []string
	for name := range referenceScores {
		files = append(files, filepath.Join(dir, "baselines", name))
	}
	if py := pythonScores(t, dir, goldPath, files); py != nil {
		assert.Equal(t, referenceScores, py, "approx_score.py no longer prints the recorded figures")
	}
	for name, want := range referenceScores {
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(filepath.Join(dir, "baselines", name))
			require.NoError(t, err)
			defer f.Close()
			masks, err := ReadMasks(f)
			require.NoError(t, err)
			s := Score(docs, masks)
			assert.Equal(t, want["di"], round3(s.ERDirect.Value()), "ER_di")
			assert.Equal(t, want["qi"], round3(s.ERQuasi.Value()), "ER_qi")
			assert.Equal(t, want["tok"], round3(s.TokenRecall.Value()), "token recall")
			assert.Equal(t, want["prec"], round3(s.Precision.Value()), "precision")
			assert.Equal(t, want["mention"], round3(s.MentionRecall.Value()), "mention recall")
			assert.Equal(t, int(want["n_di"]), s.ERDirect.Total)
			assert.Equal(t, int(want["n_qi"]), s.ERQuasi.Total)
			assert.Equal(t, int(want["n_sys_tokens"]), s.Precision.Total)
		})
	}
}
