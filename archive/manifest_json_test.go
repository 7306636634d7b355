package archive

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestManifestEntryJSON holds manifestEntry.appendJSON to json.Marshal, byte for byte, for
// empty and full entries and strings that need escaping.
func TestManifestEntryJSON(t *testing.T) {
	kst := time.FixedZone("KST", 9*3600)
	odd := []string{"", "a\"b", `back\slash`, "<script>&amp;", "line\nbreak\ttab\x01", "한국어 이름", "\u2028\u2029", "bad utf8 \xff\xfe", "\x7f"}
	entries := []manifestEntry{
		{},
		{ID: "tabcdefghijklmnopqrst", Status: StatusReleased, Ingested: time.Date(2026, 12, 5, 7, 0, 0, 123456789, time.UTC),
			Policy: "base", PolicyVersion: "3", PolicySHA256: sha256Hex([]byte("p")), Fingerprint: sha256Hex([]byte("f")),
			ObjectSHA256: sha256Hex([]byte("o")), Run: "0123456789abcdef", ReportSHA256: sha256Hex([]byte("r")),
			Counts: map[string]int{"person": 3, "phone": 1, "address": 0, "date": -2}, OutputSHA256: sha256Hex([]byte("x")),
			Review: true, Problem: "indexing not finished", Amendments: "00ff", AmendmentsSHA256: sha256Hex([]byte("a"))},
		{ID: "t2", Status: StatusPending, Ingested: time.Date(2024, 1, 2, 3, 4, 5, 0, kst), Counts: map[string]int{}},
	}
	for i, s := range odd {
		entries = append(entries, manifestEntry{ID: s, Status: s, Policy: s, PolicyVersion: s, Fingerprint: s, Problem: s,
			Ingested: time.Unix(int64(i)*1e9, int64(i)).In(kst), Counts: map[string]int{s: i, s + "x": 1}})
	}
	for i := range entries {
		e := &entries[i]
		want, err := json.Marshal(e)
		require.NoError(t, err)
		got, err := e.appendJSON(nil)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got), "entry %d", i)
	}
	bad := manifestEntry{Ingested: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}
	_, err := json.Marshal(&bad)
	require.Error(t, err)
	_, err = bad.appendJSON(nil)
	assert.Error(t, err, "a time json cannot encode is an error here too")
}
