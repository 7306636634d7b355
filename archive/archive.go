package archive

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"filippo.io/age"
	"github.com/pelletier/go-toml/v2"
	"github.com/testimony-archive/testimony/archive/audit"
	"github.com/testimony-archive/testimony/index"
	"github.com/testimony-archive/testimony/policies"
)

// FormatVersion is the on-disk format this package writes and reads.
const FormatVersion = 1

// Names inside the archive directory.
const (
	configName   = "testimony.toml"
	secretName   = "secret.age"
	manifestName = "manifest.json"
	objectsDir   = "objects"
	reportsDir   = "reports"
	indexDir     = "index"
	auditName    = "audit.log"
	lockName     = "lock"
)

// InitOptions configures a new archive.
type InitOptions struct {
	Recipients     []string // age recipient strings (-r)
	RecipientsFile string   // a recipients file (-R)
	// IdentityOut receives a newly generated X25519 identity when no recipient is given.
	IdentityOut   string
	DefaultPolicy string
	Actor         string // recorded in the audit log
	// RevealReasonRequired makes Reveal refuse to run without a reason.
	RevealReasonRequired bool
	// ReviewRequired holds every testimony for a reviewer, whatever its policy says.
	ReviewRequired bool
}

// InitResult says what Init made.
type InitResult struct {
	Dir        string
	Recipients []string // public recipients the archive encrypts to
	Generated  string   // path of the generated identity file, "" if none
}

// config is testimony.toml. It holds no secrets: the fingerprint key only keys the duplicate
// check (see the package documentation).
type config struct {
	Format         int       `toml:"format"`
	Created        time.Time `toml:"created"`
	DefaultPolicy  string    `toml:"default_policy"`
	Recipients     []string  `toml:"recipients"`
	FingerprintKey string    `toml:"fingerprint_key"`
	// ArchiveID names the archive's log in checkpoints; CheckpointKey is their public
	// verifier key. Both are empty in an archive made before checkpoints until it signs one.
	ArchiveID            string `toml:"archive_id,omitempty"`
	CheckpointKey        string `toml:"checkpoint_key,omitempty"`
	RevealReasonRequired bool   `toml:"reveal_reason_required"`
	ReviewRequired       bool   `toml:"review_required"` // hold every testimony for a reviewer
}

// Init creates a new archive at dir (which must not exist or be empty).
func Init(dir string, opts InitOptions) (_ *InitResult, err error) {
	if dir == "" {
		return nil, errors.New("init: no archive directory given")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if ents, err := os.ReadDir(abs); err == nil && len(ents) > 0 {
		return nil, fmt.Errorf("init %s: the directory is not empty", dir)
	} else if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("init %s: %w", dir, err)
	}
	policy := opts.DefaultPolicy
	if policy == "" {
		policy = policies.Default
	}
	if _, err := policies.Load(policy); err != nil {
		return nil, fmt.Errorf("init: %w", err)
	}

	recipientStrs, err := recipientList(opts.Recipients, opts.RecipientsFile)
	if err != nil {
		return nil, fmt.Errorf("init: %w", err)
	}

	var identity *age.X25519Identity
	var identityOut string
	if len(recipientStrs) == 0 {
		if opts.IdentityOut == "" {
			return nil, errors.New("init: give recipients (-r or -R) or a file for a new identity (--identity-out)")
		}
		identityOut, err = filepath.Abs(opts.IdentityOut)
		if err != nil {
			return nil, err
		}
		if inside(abs, identityOut) {
			return nil, errors.New("init: the identity file must not be inside the archive: whoever takes the archive would take the key too")
		}
		if _, err := os.Lstat(identityOut); err == nil {
			return nil, fmt.Errorf("init: identity file %s already exists; refusing to overwrite it", opts.IdentityOut)
		}
		identity, err = age.GenerateX25519Identity()
		if err != nil {
			return nil, err
		}
		recipientStrs = []string{identity.Recipient().String()}
	}
	recipients, err := parseRecipients(recipientStrs)
	if err != nil {
		return nil, fmt.Errorf("init: %w", err)
	}

	// A failed Init leaves nothing behind: not a half-made archive, not an unused key.
	_, statErr := os.Stat(abs)
	existed := statErr == nil
	wroteIdentity := false
	defer func() {
		if err == nil {
			return
		}
		if existed {
			ents, _ := os.ReadDir(abs)
			for _, e := range ents {
				os.RemoveAll(filepath.Join(abs, e.Name()))
			}
		} else {
			os.RemoveAll(abs)
		}
		if wroteIdentity {
			os.Remove(identityOut)
		}
	}()

	// Write the identity first: an archive whose key was lost is worse than no archive.
	if identity != nil {
		content := fmt.Sprintf("# created: %s\n# public key: %s\n%s\n",
			time.Now().Format(time.RFC3339), identity.Recipient(), identity)
		f, err := os.OpenFile(identityOut, os.O_WRONLY|os.O_CREATE|os.O_EXCL, fileMode)
		if err != nil {
			return nil, fmt.Errorf("init: identity file: %w", err)
		}
		wroteIdentity = true
		if _, err := f.WriteString(content); err != nil {
			f.Close()
			return nil, fmt.Errorf("init: identity file: %w", err)
		}
		if err := f.Sync(); err != nil {
			f.Close()
			return nil, err
		}
		if err := f.Close(); err != nil {
			return nil, err
		}
		// The file's directory entry too: a crash must not keep the archive and lose its key.
		if err := syncDir(filepath.Dir(identityOut)); err != nil {
			return nil, fmt.Errorf("init: identity file: %w", err)
		}
	}

	for _, d := range []string{abs, filepath.Join(abs, objectsDir), filepath.Join(abs, reportsDir)} {
		if err := os.MkdirAll(d, dirMode); err != nil {
			return nil, fmt.Errorf("init: %w", err)
		}
		if err := os.Chmod(d, dirMode); err != nil {
			return nil, fmt.Errorf("init: %w", err)
		}
	}
	ix, err := index.Create(filepath.Join(abs, indexDir))
	if err != nil {
		return nil, fmt.Errorf("init: index: %w", err)
	}
	if err := ix.Close(); err != nil {
		return nil, fmt.Errorf("init: index: %w", err)
	}
	if err := fixModes(filepath.Join(abs, indexDir)); err != nil {
		return nil, fmt.Errorf("init: %w", err)
	}

	// The archive secret keys archive-wide pseudonyms; only identities can read it.
	if _, err := writeEncrypted(filepath.Join(abs, secretName), recipients, func(w io.Writer) error {
		_, err := w.Write([]byte(randomHex(32)))
		return err
	}); err != nil {
		return nil, fmt.Errorf("init: secret: %w", err)
	}
	cfg := config{
		Format:               FormatVersion,
		Created:              time.Now().UTC().Truncate(time.Second),
		DefaultPolicy:        policy,
		Recipients:           recipientStrs,
		FingerprintKey:       randomHex(32),
		RevealReasonRequired: opts.RevealReasonRequired,
		ReviewRequired:       opts.ReviewRequired,
	}
	signer, err := newCheckpointKey(abs, recipients, &cfg)
	if err != nil {
		return nil, fmt.Errorf("init: %w", err)
	}
	if err := writeConfig(abs, cfg); err != nil {
		return nil, fmt.Errorf("init: %w", err)
	}
	if err := writeManifest(abs, &manifest{Format: FormatVersion}); err != nil {
		return nil, fmt.Errorf("init: %w", err)
	}
	lf, err := os.OpenFile(filepath.Join(abs, lockName), os.O_WRONLY|os.O_CREATE, fileMode)
	if err != nil {
		return nil, fmt.Errorf("init: %w", err)
	}
	lf.Close()
	files, err := ageFileSums(abs)
	if err != nil {
		return nil, fmt.Errorf("init: %w", err)
	}
	if _, err := audit.Append(filepath.Join(abs, auditName), audit.Entry{
		Actor: actorOr(opts.Actor), Action: "init", Policy: policy, Files: files,
		Detail: fmt.Sprintf("archive created, format %d, %d recipient(s)", FormatVersion, len(recipients)),
	}); err != nil {
		return nil, fmt.Errorf("init: %w", err)
	}
	if err := recordKey(abs, signer, cfg.CheckpointKey, audit.KeyEntry(actorOr(opts.Actor), cfg.CheckpointKey)); err != nil {
		return nil, fmt.Errorf("init: %w", err)
	}
	if err := syncDir(abs); err != nil {
		return nil, err
	}
	res := &InitResult{Dir: abs, Recipients: recipientStrs}
	if identity != nil {
		res.Generated = identityOut
	}
	return res, nil
}

// recipientList joins -r recipients and the lines of a -R recipients file ("#" comments).
func recipientList(recipients []string, file string) ([]string, error) {
	out := append([]string(nil), recipients...)
	if file == "" {
		return out, nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("recipients file: %w", err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	if len(out) == len(recipients) {
		return nil, fmt.Errorf("recipients file %s holds no recipients", file)
	}
	return out, nil
}

func inside(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// Archive is an open archive.
type Archive struct {
	dir        string
	cfg        config
	recipients []age.Recipient
}

// Open opens an existing archive (no key needed).
func Open(dir string) (*Archive, error) {
	if dir == "" {
		return nil, errors.New("no archive directory given (--archive or TESTIMONY_ARCHIVE)")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	b, err := os.ReadFile(filepath.Join(abs, configName))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%s is not a Testimony archive (no %s); create one with init", dir, configName)
	}
	if err != nil {
		return nil, fmt.Errorf("open archive: %w", err)
	}
	var cfg config
	dec := toml.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		return nil, fmt.Errorf("open archive: %s is malformed", configName)
	}
	if cfg.Format > FormatVersion {
		return nil, fmt.Errorf("open archive: %s: format version %d is newer than this program understands (%d); upgrade Testimony",
			filepath.Join(dir, configName), cfg.Format, FormatVersion)
	}
	if cfg.Format < 1 {
		return nil, fmt.Errorf("open archive: %s has no format version", configName)
	}
	recipients, err := parseRecipients(committedRecipients(abs, cfg.Recipients))
	if err != nil {
		return nil, fmt.Errorf("open archive: %w", err)
	}
	if len(cfg.FingerprintKey) != 64 {
		return nil, fmt.Errorf("open archive: %s has no valid fingerprint_key", configName)
	}
	return &Archive{dir: abs, cfg: cfg, recipients: recipients}, nil
}

// Dir is the archive's directory.
func (a *Archive) Dir() string { return a.dir }

// Recipients returns the public recipients the archive encrypts to.
func (a *Archive) Recipients() []string { return append([]string(nil), a.cfg.Recipients...) }

// ReviewRequired reports whether the archive holds every testimony for a reviewer.
func (a *Archive) ReviewRequired() bool { return a.cfg.ReviewRequired }

// DefaultPolicy is the policy used when neither the ingest nor the front matter names one.
func (a *Archive) DefaultPolicy() string { return a.cfg.DefaultPolicy }

func (a *Archive) objectPath(id string) string {
	return filepath.Join(a.dir, objectsDir, id+".age")
}

func (a *Archive) reportPath(id, run string) string {
	return filepath.Join(a.dir, reportsDir, id+"-"+run+".age")
}

func (a *Archive) auditPath() string { return filepath.Join(a.dir, auditName) }

var idPattern = regexp.MustCompile(`^t[a-z2-7]{20}$`)

// newID returns a random testimony ID: "t" and 20 base32 characters (100 random bits).
func newID() string {
	const alphabet = "abcdefghijklmnopqrstuvwxyz234567"
	b := []byte(randomHex(20))
	out := make([]byte, 0, 21)
	out = append(out, 't')
	raw := make([]byte, 20)
	if _, err := hex.Decode(raw, b[:40]); err != nil {
		panic(err)
	}
	for i := 0; i < 20; i++ {
		out = append(out, alphabet[raw[i]&31])
	}
	return string(out)
}

func checkID(id string) error {
	if !idPattern.MatchString(id) {
		return fmt.Errorf("%q is not a testimony ID", id)
	}
	return nil
}

func actorOr(s string) string {
	if s != "" {
		return s
	}
	if u := os.Getenv("USER"); u != "" {
		return u
	}
	return "unknown"
}

// hasher is a SHA-256 writer that also counts what it was given.
type hasher struct {
	h hash.Hash
	n int64
}

func newHasher() *hasher { return &hasher{h: sha256.New()} }
func (h *hasher) Write(p []byte) (int, error) {
	h.n += int64(len(p))
	return h.h.Write(p)
}
func (h *hasher) Sum() string { return hex.EncodeToString(h.h.Sum(nil)) }

func sha256Hex(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := newHasher()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return h.Sum(), nil
}

// fixModes makes every directory under root 0700 and every file 0600.
func fixModes(root string) error {
	return filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		want := os.FileMode(fileMode)
		if d.IsDir() {
			want = dirMode
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if info.Mode().Perm() != want {
			return os.Chmod(p, want)
		}
		return nil
	})
}
