package archive

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"filippo.io/age"
	"github.com/pelletier/go-toml/v2"
	"github.com/testimony-archive/testimony/archive/audit"
)

// signingName holds the archive's checkpoint signing key, encrypted to the recipients.
const signingName = "signing.age"

// originPrefix starts the name of every archive's log in its checkpoints.
const originPrefix = "testimony.archive/"

// Origin names the archive's audit log in its checkpoints ("testimony.archive/<archive id>");
// "" for an archive made before checkpoints that has not signed one yet.
func (a *Archive) Origin() string {
	if a.cfg.ArchiveID == "" {
		return ""
	}
	return originPrefix + a.cfg.ArchiveID
}

// CheckpointKey is the public verifier key of the archive's checkpoints, in the signed-note
// encoding ("<origin>+<key hash>+<public key>"); "" when the archive has none yet.
func (a *Archive) CheckpointKey() string { return a.cfg.CheckpointKey }

// RevealReasonRequired reports whether Reveal refuses to run without a reason.
func (a *Archive) RevealReasonRequired() bool { return a.cfg.RevealReasonRequired }

// newCheckpointKey gives cfg an archive ID (when it has none) and a new checkpoint key: it
// writes the signing key, encrypted to recipients, to dir/signing.age and sets
// cfg.CheckpointKey. It returns the signer key, which is never written in the clear.
func newCheckpointKey(dir string, recipients []age.Recipient, cfg *config) (string, error) {
	if cfg.ArchiveID == "" {
		cfg.ArchiveID = randomHex(16)
	}
	signer, verifier, err := audit.GenerateKey(originPrefix + cfg.ArchiveID)
	if err != nil {
		return "", err
	}
	if _, err := writeEncrypted(filepath.Join(dir, signingName), recipients, func(w io.Writer) error {
		_, err := io.WriteString(w, signer+"\n")
		return err
	}); err != nil {
		return "", fmt.Errorf("checkpoint key: %w", err)
	}
	if err := syncDir(dir); err != nil {
		return "", err
	}
	cfg.CheckpointKey = verifier
	return signer, nil
}

// writeConfig writes testimony.toml atomically.
func writeConfig(dir string, cfg config) error {
	b, err := toml.Marshal(cfg)
	if err != nil {
		return err
	}
	header := "# Testimony archive. No secrets here: see the archive package documentation.\n"
	return writeFileAtomic(filepath.Join(dir, configName), append([]byte(header), b...))
}

// Checkpoint verifies the audit log, signs a checkpoint of it with the archive's key and
// stores it (audit.log.checkpoint, and a checkpoint entry in the log). It returns the signed
// checkpoint, a C2SP signed note for a reviewer to keep outside the archive.
//
// The identities must decrypt the signing key (signing.age). An archive made before
// checkpoints has no key: the first Checkpoint creates one (and an archive ID), after
// checking that the identities decrypt the archive secret, and records its public key in the
// log and in testimony.toml. keyCreated says so.
func (a *Archive) Checkpoint(ids []age.Identity, actor string) (signed []byte, c audit.Checkpoint, keyCreated bool, err error) {
	if len(ids) == 0 {
		return nil, c, false, errors.New("checkpoint needs an identity (-i) that can decrypt the archive")
	}
	unlock, err := a.lock(context.Background())
	if err != nil {
		return nil, c, false, err
	}
	defer unlock()
	actor = actorOr(actor)
	var signer string
	if a.cfg.CheckpointKey == "" {
		if signer, err = a.createCheckpointKey(ids, actor); err != nil {
			return nil, c, false, err
		}
		keyCreated = true
	} else {
		b, err := decryptFile(filepath.Join(a.dir, signingName), ids)
		if errors.Is(err, os.ErrNotExist) {
			return nil, c, false, fmt.Errorf("checkpoint: %s is missing: the archive's checkpoint key is lost (restore it from a backup)", signingName)
		}
		if err != nil {
			return nil, c, false, fmt.Errorf("checkpoint: %s: %w", signingName, err)
		}
		signer = strings.TrimSpace(string(b))
	}
	signed, c, err = audit.Sign(a.auditPath(), signer, a.cfg.CheckpointKey)
	if err != nil {
		return nil, c, keyCreated, fmt.Errorf("checkpoint: %w", err)
	}
	// The stored checkpoint must be durable before the entry that says it exists.
	if err := syncDir(a.dir); err != nil {
		return nil, c, keyCreated, fmt.Errorf("checkpoint: %w", err)
	}
	if _, err := audit.Append(a.auditPath(), audit.CheckpointEntry(actor, c)); err != nil {
		return nil, c, keyCreated, fmt.Errorf("checkpoint: %w", err)
	}
	return signed, c, keyCreated, nil
}

// createCheckpointKey gives an archive made before checkpoints its key. The order keeps every
// crash recoverable: signing.age (nothing refers to it yet), the key entry in the log, then
// testimony.toml. A crash before the last step leaves a key entry the next checkpoint
// supersedes with a new key and entry.
func (a *Archive) createCheckpointKey(ids []age.Identity, actor string) (string, error) {
	if _, err := decryptFile(filepath.Join(a.dir, secretName), ids); err != nil {
		return "", fmt.Errorf("checkpoint: the identity must decrypt the archive to create its checkpoint key: %s: %w", secretName, err)
	}
	if _, err := audit.Verify(a.auditPath()); err != nil {
		return "", fmt.Errorf("checkpoint: refusing to create a checkpoint key for a log that does not verify: %w", err)
	}
	cfg := a.cfg
	signer, err := newCheckpointKey(a.dir, a.recipients, &cfg)
	if err != nil {
		return "", err
	}
	sum, err := sumFile(filepath.Join(a.dir, signingName))
	if err != nil {
		return "", fmt.Errorf("checkpoint: %w", err)
	}
	entry := audit.KeyEntry(actor, cfg.CheckpointKey)
	entry.Files = map[string]audit.FileSum{signingName: sum} // what check --read-data authenticates
	if _, err := audit.Append(a.auditPath(), entry); err != nil {
		return "", fmt.Errorf("checkpoint: %w", err)
	}
	if err := writeConfig(a.dir, cfg); err != nil {
		return "", fmt.Errorf("checkpoint: %w", err)
	}
	a.cfg = cfg
	return signer, nil
}

// VerifyAuditLog verifies the audit log (see audit.VerifyLog) with the archive's checkpoint
// key, or with key when it is not "" (a key the reviewer noted). since, when not nil, is a
// signed checkpoint kept outside the archive: the log must have only grown since.
func (a *Archive) VerifyAuditLog(since []byte, key string) (*audit.Result, error) {
	if key == "" {
		key = a.cfg.CheckpointKey
	}
	if since != nil && key == "" {
		return nil, errors.New("this archive has no checkpoint key yet, so no checkpoint of it can be checked (run audit checkpoint)")
	}
	return audit.VerifyLog(a.auditPath(), audit.VerifyOptions{Key: key, Since: since})
}
