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
	// Written under a temporary name, then linked to signing.age, which fails if it exists:
	// an archive's signing key is never replaced.
	tmp := filepath.Join(dir, tempPrefix+signingName+"-"+randomHex(8))
	if _, err := writeEncrypted(tmp, recipients, func(w io.Writer) error {
		_, err := io.WriteString(w, signer+"\n")
		return err
	}); err != nil {
		return "", fmt.Errorf("checkpoint key: %w", err)
	}
	err = os.Link(tmp, filepath.Join(dir, signingName))
	os.Remove(tmp)
	if err != nil {
		return "", fmt.Errorf("checkpoint key: %w", err)
	}
	if err := syncDir(dir); err != nil {
		return "", err
	}
	cfg.CheckpointKey = verifier
	return signer, nil
}

// recordKey stores a first checkpoint of the audit log in dir signed with signer, then
// appends keyEntry (the key entry of verifier): a log never records a key without a stored
// checkpoint signed by it.
func recordKey(dir, signer, verifier string, keyEntry audit.Entry) error {
	path := filepath.Join(dir, auditName)
	if _, _, err := audit.SignNewKey(path, signer, verifier); err != nil {
		return fmt.Errorf("checkpoint: %w", err)
	}
	if err := syncDir(dir); err != nil {
		return fmt.Errorf("checkpoint: %w", err)
	}
	if _, err := audit.Append(path, keyEntry); err != nil {
		return fmt.Errorf("checkpoint: %w", err)
	}
	return nil
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
// log and in testimony.toml. keyCreated says so. It does so only when neither signing.age nor
// a key entry in the log exists: a testimony.toml without checkpoint_key is otherwise an
// edit, and replacing the key would destroy the archive's signing key.
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

// createCheckpointKey gives an archive made before checkpoints its key, in this order:
// signing.age (never over an existing one), a stored checkpoint signed by it, the key entry
// in the log, then testimony.toml. A crash after the first step leaves a signing.age the
// next Checkpoint refuses to replace (the error says which file to restore or move away).
func (a *Archive) createCheckpointKey(ids []age.Identity, actor string) (string, error) {
	_, statErr := os.Lstat(filepath.Join(a.dir, signingName))
	res, err := audit.VerifyLog(a.auditPath(), audit.VerifyOptions{})
	switch {
	case res != nil && res.Key != "":
		return "", fmt.Errorf("checkpoint: %s; refusing to create another key (put checkpoint_key = %q back in testimony.toml)", noKeyConfigured(res), res.Key)
	case !errors.Is(statErr, os.ErrNotExist):
		return "", fmt.Errorf("checkpoint: testimony.toml has no checkpoint_key, but %s exists: refusing to replace the archive's signing key (put checkpoint_key back in testimony.toml; move %s away only if it is not the archive's key)", signingName, signingName)
	case err != nil:
		return "", fmt.Errorf("checkpoint: refusing to create a checkpoint key for a log that does not verify: %w", err)
	}
	if _, err := decryptFile(filepath.Join(a.dir, secretName), ids); err != nil {
		return "", fmt.Errorf("checkpoint: the identity must decrypt the archive to create its checkpoint key: %s: %w", secretName, err)
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
	if err := recordKey(a.dir, signer, cfg.CheckpointKey, entry); err != nil {
		return "", err
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
//
// With no key at all, a log that records one fails: the stored checkpoint's signature could
// not be checked, and removing checkpoint_key must not turn checking off.
func (a *Archive) VerifyAuditLog(since []byte, key string) (*audit.Result, error) {
	if key == "" {
		key = a.cfg.CheckpointKey
	}
	if key == "" {
		res, err := audit.VerifyLog(a.auditPath(), audit.VerifyOptions{})
		if err != nil {
			return nil, err
		}
		if res.Key != "" {
			return nil, errors.New(noKeyConfigured(res))
		}
		if since != nil {
			return nil, errors.New("this archive has no checkpoint key yet, so no checkpoint of it can be checked (run audit checkpoint)")
		}
		return res, nil
	}
	return audit.VerifyLog(a.auditPath(), audit.VerifyOptions{Key: key, Since: since})
}

// noKeyConfigured says that the log records a checkpoint key testimony.toml lacks.
func noKeyConfigured(res *audit.Result) string {
	return fmt.Sprintf("the log records checkpoint key %s (audit entry %d); testimony.toml has none", res.Key, res.KeySeq)
}
