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
	"sort"
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
	sort.SliceStable(m.Entries, func(i, j int) bool {
		if !m.Entries[i].Ingested.Equal(m.Entries[j].Ingested) {
			return m.Entries[i].Ingested.Before(m.Entries[j].Ingested)
		}
		return m.Entries[i].ID < m.Entries[j].ID
	})
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
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for i, e := range m.Entries {
		buf.Reset()
		if err := enc.Encode(e); err != nil {
			return err
		}
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n ")
		bw.Write(bytes.TrimRight(buf.Bytes(), "\n"))
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
