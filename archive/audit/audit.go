// Package audit is the archive's append-only audit log: a hash chain and a Merkle tree over
// the same entries, with signed checkpoints a reviewer can keep elsewhere. Entries hold IDs,
// hashes, counts and fixed wording, never text from a testimony.
//
// # Format
//
// The log is a file of JSON lines, one [Entry] per line, in the order they were appended.
// Entry n has Seq n (from 1). Its Hash is the hex SHA-256 of its canonical JSON: the entry
// encoded with encoding/json (struct field order, map keys sorted, times in UTC RFC 3339) with
// Hash set to "" and Prev set to the previous entry's Hash ([Genesis] for the first entry).
// Each line is the canonical JSON of the whole entry; a line in any other form (reformatted,
// reordered fields) counts as edited. Changing, removing, inserting or reordering any entry
// breaks the chain at that point, and [Verify] names the sequence number where it breaks.
//
// The same lines are the leaves of a Merkle tree with RFC 6962 hashing (leaf
// SHA-256(0x00 || line), node SHA-256(0x01 || left || right)), computed with
// golang.org/x/mod/sumdb/tlog. The tree is rebuilt from the log whenever it is verified
// (about 64 bytes of memory per entry); nothing else stores it.
//
// Removing entries from the end keeps a valid chain, so each [Append] also records the new
// head (last Seq and Hash) atomically in a side file, path + ".head". Verify fails when the log
// is shorter than the head says, or when the entry at the head's Seq has another hash.
//
// # Checkpoints
//
// A checkpoint commits to the first N entries: its body is a C2SP tlog-checkpoint, the
// origin ("testimony.archive/<archive id>"), N in decimal and the base64 tree root, one per
// line, and it is signed as a C2SP signed note with an Ed25519 key ([GenerateKey]) whose name
// is the origin. [Sign] verifies the log, signs a checkpoint of it and keeps it beside the log
// (path + ".checkpoint", replaced by each new one); the caller then appends
// [CheckpointEntry], recording N and the root. A key entry records each new checkpoint key's public verifier key.
// [SignNewKey] stores a first checkpoint signed by a new key before its key entry is
// appended, so a log that records a key always has a stored checkpoint.
//
// [VerifyLog] checks the log against the stored checkpoint (required once the log records a
// key or a checkpoint; its signature when the caller gives the verifier key, that the log's
// first N entries have its root, and that it covers at least every entry before the last
// checkpoint entry), against every checkpoint entry, and, given a signed checkpoint kept elsewhere, proves with a consistency
// proof that the log only grew since it: a log that was cut below N or rewritten ("forked")
// fails. Someone who can rewrite the log, the head, the stored checkpoint and the archive's
// verifier key together can still replace the whole history; only a checkpoint kept outside
// the archive, and the verifier key a reviewer noted, detect that.
//
// # Durability
//
// Append writes all its entries with one write call on a file opened for appending and fsyncs
// it before returning. A crash can leave at most one partial last line; Verify reports it and
// [RepairTail] removes it.
package audit

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/google/renameio/v2"
)

// Entry is one audited step.
type Entry struct {
	Seq           int            `json:"seq"`
	Time          time.Time      `json:"time"`
	Actor         string         `json:"actor"`
	Action        string         `json:"action"` // init, ingest, redact, index, reveal, withdraw, repair, rekey
	Testimony     string         `json:"testimony,omitempty"`
	Policy        string         `json:"policy,omitempty"`
	PolicyVersion string         `json:"policy_version,omitempty"`
	PolicySHA256  string         `json:"policy_sha256,omitempty"`
	Counts        map[string]int `json:"counts,omitempty"`
	OutputSHA256  string         `json:"output_sha256,omitempty"`
	Detail        string         `json:"detail,omitempty"` // fixed wording, never testimony text
	Prev          string         `json:"prev"`             // hash of the previous entry
	Hash          string         `json:"hash"`

	// Files holds the SHA-256 and size of each encrypted file the step wrote, by its path
	// in the archive (slash-separated): what check --read-data authenticates without a key.
	// Last and omitted when empty, so entries written before it hash as they did.
	Files map[string]FileSum `json:"files,omitempty"`
}

// FileSum identifies the bytes of one file: its SHA-256 (hex) and size.
type FileSum struct {
	SHA256 string `json:"sha256"`
	Size   int64  `json:"size"`
}

// Genesis is the Prev of the first entry.
const Genesis = "0000000000000000000000000000000000000000000000000000000000000000"

// ComputeHash returns the hash an entry must carry: the SHA-256 of its canonical JSON with
// Hash empty.
func ComputeHash(e Entry) string {
	e.Hash = ""
	e.Time = e.Time.UTC()
	b, err := json.Marshal(e)
	if err != nil {
		panic(err) // an Entry always marshals
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// canonical is the entry's line in the log (without the newline): its JSON encoding with the
// time in UTC. It is also the entry's Merkle leaf.
func canonical(e Entry) []byte {
	e.Time = e.Time.UTC()
	b, err := json.Marshal(e)
	if err != nil {
		panic(err) // an Entry always marshals
	}
	return b
}

// encodeEntry returns what ComputeHash and canonical return for e, with one JSON encoding
// rather than two (a bulk ingest appends four entries per testimony): the canonical line
// differs from the hashed encoding only in the hash's value, which follows "prev" and is
// written into the gap. Should the gap not be found exactly once, it encodes twice.
func encodeEntry(e Entry) (line []byte, hash string) {
	e.Hash = ""
	e.Time = e.Time.UTC()
	b, err := json.Marshal(e)
	if err != nil {
		panic(err) // an Entry always marshals
	}
	sum := sha256.Sum256(b)
	hash = hex.EncodeToString(sum[:])
	gap := []byte(`"prev":"` + e.Prev + `","hash":""`)
	i := bytes.Index(b, gap)
	if i < 0 || bytes.Contains(b[i+1:], gap) {
		e.Hash = hash
		return canonical(e), hash
	}
	at := i + len(gap) - 1 // between the empty hash's quotes
	line = make([]byte, 0, len(b)+len(hash))
	line = append(line, b[:at]...)
	line = append(line, hash...)
	line = append(line, b[at:]...)
	return line, hash
}

// head is the side file's content.
type head struct {
	Seq  int    `json:"seq"`
	Hash string `json:"hash"`
}

// Append adds entries at the end of the log at path (created, mode 0600, if missing), setting
// Seq, Prev, Hash, and Time when it is zero. It fsyncs before returning the entries as written.
func Append(path string, entries ...Entry) ([]Entry, error) {
	if len(entries) == 0 {
		return nil, nil
	}
	last, err := lastEntry(path)
	if err != nil {
		return nil, err
	}
	seq, prev := 0, Genesis
	if last != nil {
		seq, prev = last.Seq, last.Hash
	}
	now := time.Now().UTC()
	var buf bytes.Buffer
	out := make([]Entry, len(entries))
	for i, e := range entries {
		seq++
		e.Seq = seq
		if e.Time.IsZero() {
			e.Time = now
		}
		e.Time = e.Time.UTC().Round(0)
		e.Prev = prev
		var line []byte
		line, e.Hash = encodeEntry(e)
		prev = e.Hash
		buf.Write(line)
		buf.WriteByte('\n')
		out[i] = e
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("audit log: %w", err)
	}
	if _, err := f.Write(buf.Bytes()); err != nil {
		f.Close()
		return nil, fmt.Errorf("audit log: append: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return nil, fmt.Errorf("audit log: fsync: %w", err)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("audit log: %w", err)
	}
	hb, _ := json.Marshal(head{Seq: seq, Hash: prev})
	if err := renameio.WriteFile(path+".head", append(hb, '\n'), 0o600, renameio.WithTempDir(filepath.Dir(path))); err != nil {
		return nil, fmt.Errorf("audit log: head: %w", err)
	}
	return out, nil
}

// lastEntry reads the last complete line of the log without reading the whole file.
func lastEntry(path string) (*Entry, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("audit log: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	size := st.Size()
	if size == 0 {
		return nil, nil
	}
	for chunk := int64(64 << 10); ; chunk *= 4 {
		start := max(size-chunk, 0)
		buf := make([]byte, size-start)
		if _, err := f.ReadAt(buf, start); err != nil && err != io.EOF {
			return nil, fmt.Errorf("audit log: %w", err)
		}
		if buf[len(buf)-1] != '\n' {
			return nil, errors.New("audit log: the last entry is incomplete (a crash during append?); run check --repair")
		}
		body := buf[:len(buf)-1]
		i := bytes.LastIndexByte(body, '\n')
		if i < 0 && start > 0 {
			continue
		}
		var e Entry
		if err := strictUnmarshal(body[i+1:], &e); err != nil {
			return nil, errors.New("audit log: the last entry is malformed; run audit verify")
		}
		return &e, nil
	}
}

func strictUnmarshal(b []byte, e *Entry) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(e); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data")
	}
	return nil
}

// Read returns every entry in order. A missing log is an empty log. It does not verify the
// chain; a malformed line is an error naming its position.
func Read(path string) ([]Entry, error) {
	var out []Entry
	err := scan(path, func(n int, line []byte, complete bool) error {
		if !complete {
			return fmt.Errorf("audit log truncated: entry %d is incomplete", n)
		}
		var e Entry
		if err := strictUnmarshal(line, &e); err != nil {
			return fmt.Errorf("audit entry %d is malformed", n)
		}
		out = append(out, e)
		return nil
	})
	return out, err
}

// scan calls fn for each line (n counts from 1); complete is false for a last line without
// a newline.
func scan(path string, fn func(n int, line []byte, complete bool) error) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("audit log: %w", err)
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 64<<10)
	for n := 1; ; n++ {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 {
			complete := line[len(line)-1] == '\n'
			if complete {
				line = line[:len(line)-1]
			}
			if ferr := fn(n, line, complete); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("audit log: %w", err)
		}
	}
}

// Verify checks the whole log (see [VerifyLog]; the stored checkpoint's signature is not
// checked, as no key is given) and returns the number of entries. The error names the first
// entry (by sequence number) where the log was changed.
func Verify(path string) (int, error) {
	res, err := VerifyLog(path, VerifyOptions{})
	if err != nil {
		return 0, err
	}
	return int(res.Size), nil
}

// RepairTail removes an incomplete last line (left by a crash during Append) and updates the
// head. It reports whether it changed anything; it never touches complete entries. A log
// that cannot be read is an error, not a log without an incomplete entry.
func RepairTail(path string) (bool, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("audit log: %w", err)
	}
	if len(b) == 0 || b[len(b)-1] == '\n' {
		return false, nil
	}
	keep := bytes.LastIndexByte(b, '\n') + 1
	if err := renameio.WriteFile(path, b[:keep], 0o600, renameio.WithTempDir(filepath.Dir(path))); err != nil {
		return false, err
	}
	if last, err := lastEntry(path); err == nil && last != nil {
		hb, _ := json.Marshal(head{Seq: last.Seq, Hash: last.Hash})
		if err := renameio.WriteFile(path+".head", append(hb, '\n'), 0o600, renameio.WithTempDir(filepath.Dir(path))); err != nil {
			return true, err
		}
	}
	return true, nil
}
