package archive

import (
	"bufio"
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"time"
)

// statusWithdrawing marks a withdrawal in progress; check --repair completes it.
const statusWithdrawing = "withdrawing"

// manifest is manifest.json: the catalogue of testimonies. It holds IDs, times, policy
// identities, keyed fingerprints, hashes and counts: nothing that identifies anyone.
type manifest struct {
	Format  int              `json:"format"`
	Entries []*manifestEntry `json:"entries"`
	// Reindex is set only while a reindex switches to its new index (see Write order).
	Reindex *reindexJournal `json:"reindex,omitempty"`

	byID map[string]*manifestEntry
	byFP map[string]*manifestEntry
}

type manifestEntry struct {
	ID            string         `json:"id"`
	Status        string         `json:"status"`
	Ingested      time.Time      `json:"ingested"`
	Policy        string         `json:"policy"`
	PolicyVersion string         `json:"policy_version,omitempty"`
	PolicySHA256  string         `json:"policy_sha256,omitempty"`
	Fingerprint   string         `json:"fingerprint"`   // HMAC-SHA256 of the original bytes, keyed
	ObjectSHA256  string         `json:"object_sha256"` // SHA-256 of objects/<id>.age (ciphertext)
	Run           string         `json:"run,omitempty"` // the redaction run: reports/<id>-<run>.age
	ReportSHA256  string         `json:"report_sha256,omitempty"`
	Counts        map[string]int `json:"counts,omitempty"`
	OutputSHA256  string         `json:"output_sha256,omitempty"` // of the redacted text
	Review        bool           `json:"review,omitempty"`        // under the review gate for good: held once, by policy or request, or approved
	Problem       string         `json:"problem,omitempty"`       // fixed wording, why pending
	// Amendments names the reviewers' amendments file, amendments/<id>-<Amendments>.age.
	Amendments       string `json:"amendments,omitempty"`
	AmendmentsSHA256 string `json:"amendments_sha256,omitempty"` // of its ciphertext
}

func readManifest(dir string) (*manifest, error) {
	b, err := os.ReadFile(filepath.Join(dir, manifestName))
	if err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	m := &manifest{}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(m); err != nil {
		return nil, errors.New("manifest.json is malformed; run check")
	}
	if m.Format > FormatVersion {
		return nil, fmt.Errorf("manifest format %d is newer than this program understands", m.Format)
	}
	m.reindex()
	return m, nil
}

func (m *manifest) reindex() {
	m.byID = make(map[string]*manifestEntry, len(m.Entries))
	m.byFP = make(map[string]*manifestEntry, len(m.Entries))
	for _, e := range m.Entries {
		m.byID[e.ID] = e
		if e.Fingerprint != "" {
			m.byFP[e.Fingerprint] = e
		}
	}
}

// put adds or replaces an entry and returns the manifest's copy.
func (m *manifest) put(e *manifestEntry) *manifestEntry {
	if m.byID == nil {
		m.reindex()
	}
	if old, ok := m.byID[e.ID]; ok {
		*old = *e
		m.byFP[e.Fingerprint] = old
		return old
	}
	m.Entries = append(m.Entries, e)
	m.byID[e.ID] = e
	m.byFP[e.Fingerprint] = e
	return e
}

func (m *manifest) remove(id string) {
	e, ok := m.byID[id]
	if !ok {
		return
	}
	delete(m.byID, id)
	if m.byFP[e.Fingerprint] == e {
		delete(m.byFP, e.Fingerprint)
	}
	for i, x := range m.Entries {
		if x == e {
			m.Entries = append(m.Entries[:i], m.Entries[i+1:]...)
			break
		}
	}
}

func writeManifest(dir string, m *manifest) error {
	if m.Entries == nil {
		m.Entries = []*manifestEntry{}
	}
	less := func(i, j int) bool {
		if !m.Entries[i].Ingested.Equal(m.Entries[j].Ingested) {
			return m.Entries[i].Ingested.Before(m.Entries[j].Ingested)
		}
		return m.Entries[i].ID < m.Entries[j].ID
	}
	// An ingest rewrites the manifest twice per batch; all but the batch's entries are in
	// order already, and a check is one pass rather than a sort.
	if !sort.SliceIsSorted(m.Entries, less) {
		sort.SliceStable(m.Entries, less)
	}
	return writeStreamAtomic(filepath.Join(dir, manifestName), func(w io.Writer) error {
		return m.encode(w)
	})
}

// encode writes the manifest as JSON, one entry per line, without building the whole
// document in memory (a bulk ingest rewrites it twice per batch).
func (m *manifest) encode(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	fmt.Fprintf(bw, "{\"format\": %d, ", m.Format)
	if m.Reindex != nil {
		j, err := json.Marshal(m.Reindex)
		if err != nil {
			return err
		}
		fmt.Fprintf(bw, "\"reindex\": %s, ", j)
	}
	bw.WriteString("\"entries\": [")
	var line []byte
	for i, e := range m.Entries {
		var err error
		if line, err = e.appendJSON(line[:0]); err != nil {
			return err
		}
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n ")
		bw.Write(line)
	}
	bw.WriteString("\n]}\n")
	return bw.Flush()
}

// fingerprint is the keyed hash used to recognise a file ingested before.
func (a *Archive) fingerprint(original []byte) string {
	key, _ := hex.DecodeString(a.cfg.FingerprintKey)
	mac := hmac.New(sha256.New, key)
	mac.Write(original)
	return hex.EncodeToString(mac.Sum(nil))
}

// appendJSON appends the entry's JSON, byte for byte what json.Marshal writes (field order,
// omitempty, sorted counts, HTML-safe escaping), without reflection: an ingest writes every
// entry of the manifest twice per batch, so this runs for each testimony already in the
// archive, over and over. TestManifestEntryJSON holds it to json.Marshal.
func (e *manifestEntry) appendJSON(b []byte) ([]byte, error) {
	b = append(b, `{"id":`...)
	b = appendJSONString(b, e.ID)
	b = append(b, `,"status":`...)
	b = appendJSONString(b, e.Status)
	b = append(b, `,"ingested":"`...)
	b, err := e.Ingested.AppendText(b) // RFC 3339, as Time.MarshalJSON writes it
	if err != nil {
		return b, &json.MarshalerError{Type: reflect.TypeFor[time.Time](), Err: err}
	}
	b = append(b, `","policy":`...)
	b = appendJSONString(b, e.Policy)
	b = appendOmitEmpty(b, `,"policy_version":`, e.PolicyVersion)
	b = appendOmitEmpty(b, `,"policy_sha256":`, e.PolicySHA256)
	b = append(b, `,"fingerprint":`...)
	b = appendJSONString(b, e.Fingerprint)
	b = append(b, `,"object_sha256":`...)
	b = appendJSONString(b, e.ObjectSHA256)
	b = appendOmitEmpty(b, `,"run":`, e.Run)
	b = appendOmitEmpty(b, `,"report_sha256":`, e.ReportSHA256)
	if len(e.Counts) > 0 {
		var array [16]string // a few categories: no allocation
		keys := array[:0]
		for k := range e.Counts {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		b = append(b, `,"counts":{`...)
		for i, k := range keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, k)
			b = append(b, ':')
			b = strconv.AppendInt(b, int64(e.Counts[k]), 10)
		}
		b = append(b, '}')
	}
	b = appendOmitEmpty(b, `,"output_sha256":`, e.OutputSHA256)
	if e.Review {
		b = append(b, `,"review":true`...)
	}
	b = appendOmitEmpty(b, `,"problem":`, e.Problem)
	b = appendOmitEmpty(b, `,"amendments":`, e.Amendments)
	b = appendOmitEmpty(b, `,"amendments_sha256":`, e.AmendmentsSHA256)
	return append(b, '}'), nil
}

func appendOmitEmpty(b []byte, key, s string) []byte {
	if s == "" {
		return b
	}
	return appendJSONString(append(b, key...), s)
}

// appendJSONString appends s as a JSON string. Printable ASCII that needs no escaping (IDs,
// hashes, policy names, fixed wording) is copied; anything else goes through json.Marshal.
func appendJSONString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			q, _ := json.Marshal(s) // a string always marshals
			return append(b, q...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}
