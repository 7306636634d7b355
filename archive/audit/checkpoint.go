package audit

import (
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/google/renameio/v2"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// Checkpoint commits to the first Size entries of a log: the root of their Merkle tree.
type Checkpoint struct {
	Origin string    // names the log: "testimony.archive/<archive id>"
	Size   int64     // number of entries covered
	Root   tlog.Hash // RFC 6962 tree hash of entries 1..Size
}

// Body is the checkpoint in the C2SP tlog-checkpoint format: the origin, the size in decimal
// and the base64 root hash, one per line. It is the text a signed checkpoint signs.
func (c Checkpoint) Body() []byte {
	return fmt.Appendf(nil, "%s\n%d\n%s\n", c.Origin, c.Size, base64.StdEncoding.EncodeToString(c.Root[:]))
}

// RootBase64 is the root hash as the checkpoint body writes it.
func (c Checkpoint) RootBase64() string { return base64.StdEncoding.EncodeToString(c.Root[:]) }

// parseBody reads a tlog-checkpoint body. Extension lines after the root are allowed by the
// format; this log writes none and accepts none, so a body means exactly one thing.
func parseBody(text string) (Checkpoint, error) {
	lines := strings.Split(text, "\n")
	if len(lines) != 4 || lines[3] != "" {
		return Checkpoint{}, errors.New("not a checkpoint: want three lines (origin, size, root hash)")
	}
	origin, sizeText, rootText := lines[0], lines[1], lines[2]
	if origin == "" {
		return Checkpoint{}, errors.New("not a checkpoint: the origin line is empty")
	}
	size, err := strconv.ParseInt(sizeText, 10, 64)
	if err != nil || size < 0 || strconv.FormatInt(size, 10) != sizeText {
		return Checkpoint{}, errors.New("not a checkpoint: the size line is not a decimal number")
	}
	raw, err := base64.StdEncoding.DecodeString(rootText)
	if err != nil || len(raw) != tlog.HashSize {
		return Checkpoint{}, errors.New("not a checkpoint: the root line is not a base64 SHA-256 hash")
	}
	c := Checkpoint{Origin: origin, Size: size}
	copy(c.Root[:], raw)
	return c, nil
}

// GenerateKey makes a new Ed25519 key pair for signing checkpoints of the log named origin,
// in the signed-note encoding: the signer key ("PRIVATE+KEY+<origin>+...", keep it
// encrypted) and the verifier key ("<origin>+<key hash>+<public key>", publish it).
func GenerateKey(origin string) (signer, verifier string, err error) {
	if strings.ContainsAny(origin, "+ \t\n") || origin == "" {
		return "", "", fmt.Errorf("checkpoint key: %q cannot name a key (no spaces or '+')", origin)
	}
	return note.GenerateKey(rand.Reader, origin)
}

// SignCheckpoint returns c as a C2SP signed note signed with signerKey, whose name must be
// the checkpoint's origin.
func SignCheckpoint(c Checkpoint, signerKey string) ([]byte, error) {
	s, err := note.NewSigner(signerKey)
	if err != nil {
		return nil, fmt.Errorf("checkpoint key: %w", err)
	}
	if s.Name() != c.Origin {
		return nil, fmt.Errorf("checkpoint key is named %q, not %q", s.Name(), c.Origin)
	}
	return note.Sign(&note.Note{Text: string(c.Body())}, s)
}

// OpenCheckpoint parses a signed checkpoint and checks its signature with verifierKey. The
// checkpoint's origin must be the key's name. The error says whether the note is not a
// checkpoint, is signed by another key, or carries a bad signature.
func OpenCheckpoint(signed []byte, verifierKey string) (Checkpoint, error) {
	v, err := note.NewVerifier(verifierKey)
	if err != nil {
		return Checkpoint{}, fmt.Errorf("checkpoint key %q is not a verifier key: %w", verifierKey, err)
	}
	n, err := note.Open(signed, note.VerifierList(v))
	var unverified *note.UnverifiedNoteError
	var invalid *note.InvalidSignatureError
	switch {
	case errors.As(err, &unverified):
		var by []string
		for _, s := range unverified.Note.UnverifiedSigs {
			by = append(by, fmt.Sprintf("%s+%08x", s.Name, s.Hash))
		}
		return Checkpoint{}, fmt.Errorf("checkpoint is not signed by the key %s+%08x (signed by %s): the key was replaced or the checkpoint is of another log",
			v.Name(), v.KeyHash(), strings.Join(by, ", "))
	case errors.As(err, &invalid):
		return Checkpoint{}, fmt.Errorf("checkpoint signature is invalid for key %s+%08x: the checkpoint was altered", invalid.Name, invalid.Hash)
	case err != nil:
		return Checkpoint{}, fmt.Errorf("not a signed checkpoint: %w", err)
	}
	c, err := parseBody(n.Text)
	if err != nil {
		return Checkpoint{}, err
	}
	if c.Origin != v.Name() {
		return Checkpoint{}, fmt.Errorf("checkpoint is of the log %q, not %q", c.Origin, v.Name())
	}
	return c, nil
}

// openUnverified parses a signed checkpoint without checking the signature (for a log whose
// verifier key is not known to the caller).
func openUnverified(signed []byte) (Checkpoint, error) {
	_, err := note.Open(signed, nil)
	var unverified *note.UnverifiedNoteError
	if !errors.As(err, &unverified) {
		return Checkpoint{}, fmt.Errorf("not a signed checkpoint: %w", err)
	}
	return parseBody(unverified.Note.Text)
}

// checkpointPath is where the latest signed checkpoint of the log at path is kept.
func checkpointPath(path string) string { return path + ".checkpoint" }

// checkpointDetail is the fixed wording of a checkpoint entry.
const checkpointDetail = "checkpoint signed: size %d, root %s"

// keyDetail is the fixed wording of a key entry.
const keyDetail = "checkpoint key created: %s"

// KeyEntry is the entry that records a new checkpoint key (its public verifier key), so that
// the log itself says which key signs its checkpoints.
func KeyEntry(actor, verifierKey string) Entry {
	return Entry{Actor: actor, Action: ActionKey, Detail: fmt.Sprintf(keyDetail, verifierKey)}
}

// Actions this package gives meaning to.
const (
	ActionCheckpoint = "checkpoint"
	ActionKey        = "key"
)

// Sign verifies the log at path (with the stored checkpoint, and verifierKey), signs a
// checkpoint of it with signerKey and stores it beside the log (path + ".checkpoint",
// replaced atomically). It refuses to sign a log that does not verify. It returns the signed
// checkpoint (a C2SP signed note). The caller then makes the file's directory durable and
// appends [CheckpointEntry]; a checkpoint stored without its entry verifies.
func Sign(path, signerKey, verifierKey string) ([]byte, Checkpoint, error) {
	res, err := VerifyLog(path, VerifyOptions{Key: verifierKey})
	if err != nil {
		return nil, Checkpoint{}, fmt.Errorf("refusing to sign a checkpoint: %w", err)
	}
	return store(path, res, signerKey, verifierKey)
}

// SignNewKey starts checkpoints with a new key, for a log that records none yet: it verifies
// the log, signs a checkpoint of it with signerKey and stores it as [Sign] does. The caller
// then makes the file's directory durable and appends [KeyEntry] for verifierKey. In that
// order a log never records a key without a stored checkpoint signed by it, which
// [VerifyLog] requires; a crash between the two leaves a stored checkpoint no entry refers
// to, which verifies.
func SignNewKey(path, signerKey, verifierKey string) ([]byte, Checkpoint, error) {
	res, err := VerifyLog(path, VerifyOptions{})
	if err != nil {
		return nil, Checkpoint{}, fmt.Errorf("refusing to sign a checkpoint: %w", err)
	}
	if res.KeySeq != 0 {
		return nil, Checkpoint{}, fmt.Errorf("audit entry %d already records a checkpoint key: refusing to start another", res.KeySeq)
	}
	return store(path, res, signerKey, verifierKey)
}

// store signs a checkpoint of the verified log res with signerKey and writes it beside the
// log at path.
func store(path string, res *Result, signerKey, verifierKey string) ([]byte, Checkpoint, error) {
	v, err := note.NewVerifier(verifierKey)
	if err != nil {
		return nil, Checkpoint{}, fmt.Errorf("checkpoint key: %w", err)
	}
	c := Checkpoint{Origin: v.Name(), Size: res.Size, Root: res.Root}
	signed, err := SignCheckpoint(c, signerKey)
	if err != nil {
		return nil, Checkpoint{}, err
	}
	if _, err := OpenCheckpoint(signed, verifierKey); err != nil {
		return nil, Checkpoint{}, errors.New("the checkpoint signer key does not match the archive's verifier key")
	}
	if err := renameio.WriteFile(checkpointPath(path), signed, 0o600, renameio.WithTempDir(filepath.Dir(path))); err != nil {
		return nil, Checkpoint{}, fmt.Errorf("audit checkpoint: %w", err)
	}
	return signed, c, nil
}

// CheckpointEntry is the entry that records a signed checkpoint's size and root.
func CheckpointEntry(actor string, c Checkpoint) Entry {
	return Entry{Actor: actor, Action: ActionCheckpoint, Detail: fmt.Sprintf(checkpointDetail, c.Size, c.RootBase64())}
}

// readStored reads the stored checkpoint's bytes; nil when there is none.
func readStored(path string) ([]byte, error) {
	b, err := os.ReadFile(checkpointPath(path))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("stored checkpoint: %w", err)
	}
	return b, nil
}

// openStored parses the stored checkpoint, checking its signature when verifierKey is given.
func openStored(path string, b []byte, verifierKey string) (Checkpoint, error) {
	var c Checkpoint
	var err error
	if verifierKey != "" {
		c, err = OpenCheckpoint(b, verifierKey)
	} else {
		c, err = openUnverified(b)
	}
	if err != nil {
		return c, fmt.Errorf("stored checkpoint %s: %w", filepath.Base(checkpointPath(path)), err)
	}
	return c, nil
}
