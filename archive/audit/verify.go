package audit

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"golang.org/x/mod/sumdb/tlog"
)

// VerifyOptions says what to check a log against besides itself.
type VerifyOptions struct {
	// Key is the log's verifier key (see [GenerateKey]). With it, the stored checkpoint's
	// signature is checked, and Key must be the key the log's last key entry records.
	// Without it, the stored checkpoint's size and root are checked but not its signature.
	Key string
	// Since is a signed checkpoint kept outside the archive. The log must extend it: a
	// consistency proof from it to the log must hold. It needs Key.
	Since []byte
}

// Result describes a verified log.
type Result struct {
	Size   int64
	Root   tlog.Hash   // RFC 6962 tree hash of all entries
	Stored *Checkpoint // the stored checkpoint the log extends; nil if there is none
	Since  *Checkpoint // VerifyOptions.Since, parsed and verified
	Proof  tlog.TreeProof
	// KeySeq is the last key entry and Key the verifier key it records; 0 and "" when the
	// log records no key.
	KeySeq int
	Key    string
}

// RootBase64 is the root hash as a checkpoint body writes it.
func (r *Result) RootBase64() string { return Checkpoint{Root: r.Root}.RootBase64() }

// recorded is a checkpoint entry: the log says that a checkpoint of size covered entries with
// this root was signed at entry seq.
type recorded struct {
	seq  int
	size int64
	root string
}

// VerifyLog checks, in this order, and stops at the first failure:
//
//   - every entry: well-formed, in canonical form, numbered in order, chained to the previous
//     entry, carrying the hash of its own content (the error names the first bad entry);
//   - the head file: the log is not shorter than it, and the entry it names has its hash;
//   - with VerifyOptions.Key: the log's last key entry records that key;
//   - the stored checkpoint (required once the log records a key or a checkpoint): its
//     signature (with Key), that the log's first Size entries have its root, and that it is
//     not older than the last checkpoint entry (its Size is at least the size that entry
//     records, and covers every entry before that entry);
//   - every checkpoint entry: the root it records is the tree hash of the entries before it;
//   - with VerifyOptions.Since: its signature, and a consistency proof that the log only
//     grew since it.
func VerifyLog(path string, opts VerifyOptions) (*Result, error) {
	// The head, then the stored checkpoint, then the log: each is written after the one that
	// follows it here, so a reader that takes no lock never sees a head or checkpoint ahead of
	// the log it reads.
	h, err := readHead(path)
	if err != nil {
		return nil, err
	}
	storedBytes, err := readStored(path)
	if err != nil {
		return nil, err
	}
	var t tree
	prev, headHash := Genesis, ""
	var checkpoints []recorded
	keySeq, key := 0, ""
	err = scan(path, func(n int, line []byte, complete bool) error {
		if !complete {
			return fmt.Errorf("audit log truncated: entry %d is incomplete", n)
		}
		var e Entry
		if err := strictUnmarshal(line, &e); err != nil {
			return fmt.Errorf("audit entry %d is malformed (edited?)", n)
		}
		if e.Seq != n {
			return fmt.Errorf("audit entry %d: found seq %d where %d belongs (an entry was removed, inserted or reordered)", n, e.Seq, n)
		}
		if e.Prev != prev {
			return fmt.Errorf("audit entry %d does not chain to entry %d (an entry was removed, reordered or edited)", n, n-1)
		}
		if ComputeHash(e) != e.Hash {
			return fmt.Errorf("audit entry %d was edited: its hash does not match its content", n)
		}
		if !bytes.Equal(line, canonical(e)) {
			return fmt.Errorf("audit entry %d was edited: it is not written in canonical form", n)
		}
		if err := t.add(line); err != nil {
			return err
		}
		switch e.Action {
		case ActionCheckpoint:
			var r recorded
			if _, err := fmt.Sscanf(e.Detail, checkpointDetail, &r.size, &r.root); err != nil {
				return fmt.Errorf("audit entry %d is a checkpoint entry without size and root", n)
			}
			r.seq = n
			checkpoints = append(checkpoints, r)
		case ActionKey:
			k, ok := keyIn(e.Detail)
			if !ok {
				return fmt.Errorf("audit entry %d is a key entry without a key", n)
			}
			keySeq, key = n, k
		}
		if n == h.Seq {
			headHash = e.Hash
		}
		prev = e.Hash
		return nil
	})
	if err != nil {
		return nil, err
	}
	count := int(t.size)
	switch {
	case h.missing && count > 0:
		return nil, errors.New("audit log head is missing: cannot tell whether entries were cut from the end")
	case h.Seq > count:
		return nil, fmt.Errorf("audit log truncated: the head records entry %d but the log ends at entry %d", h.Seq, count)
	case h.Seq > 0 && headHash != h.Hash:
		return nil, fmt.Errorf("audit entry %d does not match the recorded head (the log was rewritten)", h.Seq)
	}
	root, err := t.root(t.size)
	if err != nil {
		return nil, err
	}
	res := &Result{Size: t.size, Root: root, KeySeq: keySeq, Key: key}

	if opts.Key != "" {
		if keySeq == 0 {
			return nil, errors.New("audit log records no checkpoint key, but the archive has one (the log was rewritten, or the key was added by hand)")
		}
		if key != opts.Key {
			return nil, fmt.Errorf("the archive's checkpoint key is not the one audit entry %d records (the key was replaced)", keySeq)
		}
	}

	var last recorded // the last checkpoint entry; size 0 when there is none
	if len(checkpoints) > 0 {
		last = checkpoints[len(checkpoints)-1]
	}
	// The file is replaced, never removed, once a checkpoint was signed, and a key is
	// recorded only after a checkpoint signed by it was stored (see SignNewKey). So someone
	// without the key can neither delete it nor put an older one back while the log keeps
	// the entries of later checkpoints.
	switch {
	case storedBytes == nil && len(checkpoints) > 0:
		return nil, fmt.Errorf("stored checkpoint is missing, but audit entry %d records one of %d entries", last.seq, last.size)
	case storedBytes == nil && keySeq > 0:
		return nil, fmt.Errorf("stored checkpoint is missing, but audit entry %d records the checkpoint key (a checkpoint is stored before a key is recorded)", keySeq)
	case storedBytes != nil:
		stored, err := openStored(path, storedBytes, opts.Key)
		if err != nil {
			return nil, err
		}
		if err := t.extends(stored, "the stored checkpoint"); err != nil {
			return nil, err
		}
		if stored.Size < last.size {
			return nil, fmt.Errorf("the stored checkpoint is older than the log: it signed %d entries, but audit entry %d records a checkpoint of %d (an older checkpoint was put back)", stored.Size, last.seq, last.size)
		}
		// A checkpoint entry is appended right after its checkpoint was signed and stored,
		// so the stored one covers every entry before it, whatever size the entry says.
		if last.seq > 0 && stored.Size < int64(last.seq-1) {
			return nil, fmt.Errorf("the stored checkpoint is older than the log: it signed %d entries, but audit entry %d records a checkpoint signed after entry %d (an older checkpoint was put back)", stored.Size, last.seq, last.seq-1)
		}
		res.Stored = &stored
	}

	for _, r := range checkpoints {
		got, err := t.root(r.size)
		if err != nil || r.size >= int64(r.seq) || base64.StdEncoding.EncodeToString(got[:]) != r.root {
			return nil, fmt.Errorf("audit entry %d records a checkpoint of %d entries that the log does not match (the log was rewritten)", r.seq, r.size)
		}
	}
	if opts.Since != nil {
		if opts.Key == "" {
			return nil, errors.New("cannot check a checkpoint without the archive's checkpoint key")
		}
		since, err := OpenCheckpoint(opts.Since, opts.Key)
		if err != nil {
			return nil, err
		}
		if since.Size > t.size {
			return nil, fmt.Errorf("audit log truncated: the checkpoint signed %d entries but the log has %d (entries were cut from the end)", since.Size, t.size)
		}
		if since.Size == 0 {
			if err := t.extends(since, "the checkpoint"); err != nil {
				return nil, err
			}
		} else {
			if res.Proof, err = tlog.ProveTree(t.size, since.Size, &t); err != nil {
				return nil, err
			}
			if err := tlog.CheckTree(res.Proof, t.size, root, since.Size, since.Root); err != nil {
				return nil, fmt.Errorf("audit log forked after the checkpoint of %d entries: the consistency proof fails", since.Size)
			}
		}
		res.Since = &since
	}
	return res, nil
}

// extends checks that the log's first c.Size entries have c's root.
func (t *tree) extends(c Checkpoint, what string) error {
	if c.Size > t.size {
		return fmt.Errorf("audit log truncated: %s signed %d entries but the log has %d (entries were cut from the end)", what, c.Size, t.size)
	}
	got, err := t.root(c.Size)
	if err != nil {
		return err
	}
	if got != c.Root {
		return fmt.Errorf("audit log forked after %s: entries 1 to %d are not those it signed (the log was rewritten)", what, c.Size)
	}
	return nil
}

// headState is the head file, or that there is none.
type headState struct {
	head
	missing bool
}

func readHead(path string) (headState, error) {
	hb, err := os.ReadFile(path + ".head")
	if errors.Is(err, os.ErrNotExist) {
		return headState{missing: true}, nil
	}
	if err != nil {
		return headState{}, fmt.Errorf("audit log head: %w", err)
	}
	var h head
	if err := json.Unmarshal(hb, &h); err != nil || h.Seq < 0 {
		return headState{}, errors.New("audit log head is malformed")
	}
	return headState{head: h}, nil
}

// keyIn returns the verifier key a key entry's detail records.
func keyIn(detail string) (string, bool) {
	var k string
	if _, err := fmt.Sscanf(detail, keyDetail, &k); err != nil || strings.TrimSpace(k) == "" {
		return "", false
	}
	return k, true
}
