package index_test

import (
	"fmt"
	"math/rand"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/index"
	"github.com/testimony-archive/testimony/redact"
)

// testPolicy removes known people and sensitive terms; everything else is kept, so the tests
// do not depend on the detectors' coverage.
func testPolicy() *redact.Policy {
	return &redact.Policy{
		Name:    "index-test",
		Version: "1",
		Rules: map[redact.Category]redact.Rule{
			redact.Person:        {Action: redact.Pseudonymize},
			redact.SensitiveTerm: {Action: redact.Suppress},
		},
	}
}

func redactAll(tb testing.TB, docs ...redact.Document) []*redact.Redacted {
	tb.Helper()
	e, err := redact.New(testPolicy())
	require.NoError(tb, err)
	out := make([]*redact.Redacted, 0, len(docs))
	for _, d := range docs {
		r, err := e.Redact(d)
		require.NoError(tb, err, "redacting %s", d.ID)
		out = append(out, r)
	}
	return out
}

func year(y int) time.Time { return time.Date(y, time.March, 14, 0, 0, 0, 0, time.UTC) }

var sampleDocs = []redact.Document{
	{
		ID: "en1", Title: "Crossing in winter", Language: "en", Date: year(2019), Topics: []string{"crossing", "brokers"},
		Text: "Pak Yong-ho said the broker took the family across the frozen river. The codeword was Moonflower.",
		Known: []redact.Known{
			{Text: "Pak Yong-ho", Category: redact.Person, Role: redact.RoleInterviewee},
			{Text: "Moonflower", Category: redact.SensitiveTerm},
		},
	},
	{
		ID: "en2", Title: "Market work", Language: "en", Date: year(2021), Topics: []string{"work"},
		Text: "She talked about the market, food rations and the remittance her brother sent.",
	},
	{
		ID: "ko1", Title: "어머니의 이야기", Language: "ko", Date: year(2019), Topics: []string{"remittance"},
		Text:  "어머니가 북한에서 송금을 받았다고 말했다. 암호는 달맞이꽃이었다.",
		Known: []redact.Known{{Text: "달맞이꽃", Category: redact.SensitiveTerm}},
	},
}

func newIndex(t *testing.T, docs ...redact.Document) (*index.Index, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := index.Create(dir)
	require.NoError(t, err)
	t.Cleanup(func() { _ = ix.Close() })
	require.NoError(t, ix.Add(redactAll(t, docs...)...))
	return ix, dir
}

func ids(r *index.Result) []string {
	out := make([]string, 0, len(r.Hits))
	for _, h := range r.Hits {
		out = append(out, h.ID)
	}
	return out
}

func TestAddAndSearch(t *testing.T) {
	ix, _ := newIndex(t, sampleDocs...)
	tests := []struct {
		name  string
		query string
		want  []string
	}{
		{"korean query finds korean document", "북한", []string{"ko1"}},
		{"korean word with particle", "어머니", []string{"ko1"}},
		{"phrase", `"frozen river"`, []string{"en1"}},
		{"field", "topic:remittance", []string{"ko1"}},
		{"year and language", "+year:2019 +language:en", []string{"en1"}},
		{"policy", "policy:index-test", []string{"en1", "en2", "ko1"}},
		{"released", "status:released", []string{"en1", "en2", "ko1"}},
		{"excluded", "+remittance -rations", nil},
		{"removed person is not searchable", `"Yong-ho"`, nil},
		{"removed codeword is not searchable", "Moonflower", nil},
		{"removed korean codeword is not searchable", "달맞이꽃", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ix.Search(index.Request{Query: tt.query})
			require.NoError(t, err)
			assert.ElementsMatch(t, tt.want, ids(res))
		})
	}
}

func TestGetReturnsRedactedCopy(t *testing.T) {
	ix, _ := newIndex(t, sampleDocs...)
	red := redactAll(t, sampleDocs[0])[0]
	title, text, err := ix.Get("en1")
	require.NoError(t, err)
	assert.Equal(t, red.Title(), title)
	assert.Equal(t, red.Text(), text)
	assert.NotContains(t, text, "Pak Yong-ho")
	assert.NotContains(t, text, "Moonflower")
}

func TestFacetCounts(t *testing.T) {
	ix, _ := newIndex(t, sampleDocs...)
	res, err := ix.Search(index.Request{Query: "*"})
	require.NoError(t, err)
	assert.Equal(t, uint64(3), res.Total)
	assert.Equal(t, []index.Facet{{Term: "2019", Count: 2}, {Term: "2021", Count: 1}}, res.Facets[index.FieldYear])
	assert.Equal(t, []index.Facet{{Term: "en", Count: 2}, {Term: "ko", Count: 1}}, res.Facets[index.FieldLanguage])
	assert.Equal(t, []index.Facet{{Term: "index-test", Count: 3}}, res.Facets[index.FieldPolicy])
	assert.ElementsMatch(t, []index.Facet{
		{Term: "brokers", Count: 1}, {Term: "crossing", Count: 1}, {Term: "remittance", Count: 1}, {Term: "work", Count: 1},
	}, res.Facets[index.FieldTopic])
}

func TestAddRejectsInvalid(t *testing.T) {
	ix, _ := newIndex(t)
	tests := []struct {
		name string
		docs []*redact.Redacted
		want string
	}{
		{"nil", []*redact.Redacted{nil}, "document 0 is nil"},
		{"zero value made outside the engine", []*redact.Redacted{{}}, "document 0 has no ID"},
		{"one bad document stops the call", append(redactAll(t, sampleDocs[1]), nil), "document 1 is nil"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ix.Add(tt.docs...)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			all, err := ix.IDs()
			require.NoError(t, err)
			assert.Empty(t, all, "nothing was indexed")
		})
	}
}

func TestAddManyBatchesAndReadd(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes 2,500 documents")
	}
	docs := syntheticDocs(2*index.BatchSize+500, 600)
	red := redactAll(t, docs...)
	ix, _ := newIndex(t)
	require.NoError(t, ix.Add(red...))
	require.NoError(t, ix.Add(red[:10]...), "re-adding after a crash")
	all, err := ix.IDs()
	require.NoError(t, err)
	assert.Len(t, all, len(docs), "no duplicates")
}

func TestReadOnlyWhileWriterHoldsIt(t *testing.T) {
	_, dir := newIndex(t, sampleDocs...) // writer open until cleanup
	start := time.Now()
	_, err := index.OpenReadOnly(dir, 250*time.Millisecond)
	assert.ErrorIs(t, err, index.ErrBusy)
	assert.Less(t, time.Since(start), 3*time.Second)
}

func TestReadOnlyAfterWriterCloses(t *testing.T) {
	ix, dir := newIndex(t, sampleDocs...)
	require.NoError(t, ix.Close())
	ro, err := index.OpenReadOnly(dir, time.Second)
	require.NoError(t, err)
	defer ro.Close()
	res, err := ro.Search(index.Request{Query: "북한"})
	require.NoError(t, err)
	require.Len(t, res.Hits, 1)
	assert.Equal(t, "ko1", res.Hits[0].ID)
	assert.Contains(t, strings.Join(res.Hits[0].Snippets, " "), index.MarkStart+"북한"+index.MarkEnd)
	assert.ErrorIs(t, ro.Add(redactAll(t, sampleDocs[1])...), index.ErrReadOnly)
}

// syntheticDocs generates n English and Korean interviews of about size bytes each, with
// topics, years and languages spread over a few values. The words follow a Zipf distribution
// over a vocabulary of a few thousand (common interview words first, then made-up ones), so
// that the index has the term statistics of real text rather than of a 50-word list.
// Deterministic.
func syntheticDocs(n, size int) []redact.Document {
	en := strings.Fields(`the border river night broker family market winter train village
		soldier mother father brother sister money phone call letter food ration work factory
		school police station crossing mountain road truck boat rice corn field house city
		province country friend neighbour interview memory fear hope escape return prison camp`)
	ko := strings.Fields(`국경 강 밤 브로커 가족 시장 겨울 기차 마을 군인 어머니가 아버지는
		형제 돈을 전화 편지 식량 배급 일 공장 학교 경찰 건너서 산 길 트럭 배 쌀 옥수수 집
		북한에서 중국으로 친구 이웃 기억 두려움 희망 탈출 감옥 수용소`)
	enSyl := strings.Fields("ka ro mi den sul ta ven or pa lin es tor am bri co nu")
	koSyl := strings.Fields("가 나 다 라 마 바 사 아 자 차 카 타 파 하 서 고")
	extend := func(words, syl []string, sep string) []string {
		for _, a := range syl {
			for _, b := range syl {
				for _, c := range syl[:8] {
					words = append(words, a+sep+b+sep+c)
				}
			}
		}
		return words
	}
	en, ko = extend(en, enSyl, ""), extend(ko, koSyl, "")
	rng := rand.New(rand.NewSource(1))
	enZipf := rand.NewZipf(rng, 1.1, 2, uint64(len(en)-1))
	koZipf := rand.NewZipf(rng, 1.1, 2, uint64(len(ko)-1))

	topics := []string{"crossing", "remittance", "work", "family", "prison", "food"}
	docs := make([]redact.Document, n)
	for i := range docs {
		words, zipf, lang := en, enZipf, "en"
		if i%5 == 4 {
			words, zipf, lang = ko, koZipf, "ko"
		}
		var b strings.Builder
		for b.Len() < size {
			for j := 0; j < 12; j++ {
				if j > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(words[zipf.Uint64()])
			}
			b.WriteString(". ")
		}
		docs[i] = redact.Document{
			ID:       fmt.Sprintf("syn-%06d", i),
			Title:    fmt.Sprintf("Interview %d", i),
			Text:     b.String(),
			Language: lang,
			Date:     year(2010 + i%12),
			Topics:   []string{topics[i%len(topics)], topics[(i/7)%len(topics)]},
		}
	}
	return docs
}

// TestCompact: an index written in several batches is several segment files; Compact leaves
// one, with every document still found, and a second Compact has nothing to do.
func TestCompact(t *testing.T) {
	red := redactAll(t, syntheticDocs(30, 400)...)
	ix, dir := newIndex(t)
	for start := 0; start < len(red); start += 10 {
		require.NoError(t, ix.Add(red[start:start+10]...)) // a segment per call
	}
	segments := func() []string {
		s, err := filepath.Glob(filepath.Join(dir, "store", "*.zap"))
		require.NoError(t, err)
		return s
	}
	require.Greater(t, len(segments()), 1, "three batches should leave more than one segment")
	require.NoError(t, ix.Compact())
	assert.Len(t, segments(), 1)
	require.NoError(t, ix.Compact())
	assert.Len(t, segments(), 1)
	all, err := ix.IDs()
	require.NoError(t, err)
	assert.Len(t, all, len(red))
	res, err := ix.Search(index.Request{Query: "*", Limit: 100})
	require.NoError(t, err)
	assert.EqualValues(t, len(red), res.Total)
	require.NoError(t, ix.Close())

	ro, err := index.OpenReadOnly(dir, time.Second)
	require.NoError(t, err)
	defer ro.Close()
	assert.ErrorIs(t, ro.Compact(), index.ErrReadOnly)
}
