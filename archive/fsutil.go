package archive

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"filippo.io/age"
	"github.com/gofrs/flock"
	"golang.org/x/sync/errgroup"
)

const (
	dirMode  = 0o700
	fileMode = 0o600
	// tempPrefix starts the name of every temporary file the archive creates. Temporary files
	// live next to their destination (so the rename is atomic) and only ever hold ciphertext or
	// data without testimony text; check removes leftovers.
	tempPrefix = ".tmp-"
)

// ErrBusy is returned when another command holds the archive's writer lock.
var ErrBusy = errors.New("archive is busy: another command holds the lock")

// lockWait is how long a mutating command waits for the writer lock.
var lockWait = 3 * time.Second

// lock takes the archive's exclusive writer lock, waiting briefly.
func (a *Archive) lock(ctx context.Context) (func(), error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	fl := flock.New(filepath.Join(a.dir, lockName), flock.SetPermissions(fileMode))
	ctx, cancel := context.WithTimeout(ctx, lockWait)
	defer cancel()
	ok, err := fl.TryLockContext(ctx, 50*time.Millisecond)
	if !ok {
		if err != nil && !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, context.Canceled) {
			return nil, fmt.Errorf("archive lock: %w", err)
		}
		return nil, ErrBusy
	}
	return func() { _ = fl.Unlock() }, nil
}

// pendingFile is a temporary file next to its destination; Commit fsyncs, renames it into
// place. The caller fsyncs the directory (syncDir) before relying on the rename.
type pendingFile struct {
	*os.File
	dest   string
	done   bool
	noSync bool // the caller makes the destination durable later (syncBatch)
	direct bool // written under dest itself (createDirect): no rename
}

func createPending(dest string) (*pendingFile, error) {
	var rnd [8]byte
	if _, err := rand.Read(rnd[:]); err != nil {
		return nil, err
	}
	tmp := filepath.Join(filepath.Dir(dest), tempPrefix+filepath.Base(dest)+"-"+hex.EncodeToString(rnd[:]))
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, fileMode)
	if err != nil {
		return nil, err
	}
	return &pendingFile{File: f, dest: dest}, nil
}

// createDirect creates dest itself, which must not exist; Commit only closes it and Cleanup
// removes it. For files nothing refers to until a later sync (see writeEncryptedSync).
func createDirect(dest string) (*pendingFile, error) {
	f, err := os.OpenFile(dest, os.O_WRONLY|os.O_CREATE|os.O_EXCL, fileMode)
	if err != nil {
		return nil, err
	}
	return &pendingFile{File: f, dest: dest, direct: true, noSync: true}, nil
}

// writeFault, when a test sets it, is asked before each write to one of the archive's own
// files (objects, reports, manifest) and may fail it, as a full disk would; nil otherwise.
var writeFault func(path string, n int) error

// Write is os.File's Write, failed when a test says so.
func (p *pendingFile) Write(b []byte) (int, error) {
	if writeFault != nil {
		if err := writeFault(p.Name(), len(b)); err != nil {
			return 0, &fs.PathError{Op: "write", Path: p.Name(), Err: err}
		}
	}
	return p.File.Write(b)
}

// Commit makes the file durable and renames it over its destination.
func (p *pendingFile) Commit() error {
	if p.direct {
		p.done = true
		if err := p.File.Close(); err != nil {
			os.Remove(p.dest)
			return err
		}
		return nil
	}
	if !p.noSync {
		if err := p.Sync(); err != nil {
			p.Cleanup()
			return err
		}
	}
	if err := p.File.Close(); err != nil {
		os.Remove(p.Name())
		return err
	}
	if err := os.Rename(p.Name(), p.dest); err != nil {
		os.Remove(p.Name())
		return err
	}
	p.done = true
	return nil
}

// Cleanup removes the temporary file unless it was committed.
func (p *pendingFile) Cleanup() {
	if p.done {
		return
	}
	p.done = true
	p.File.Close()
	os.Remove(p.Name())
}

// writeFileAtomic writes data (never testimony plaintext) to path: temp, fsync, rename, fsync dir.
func writeFileAtomic(path string, data []byte) error {
	p, err := createPending(path)
	if err != nil {
		return err
	}
	if _, err := p.Write(data); err != nil {
		p.Cleanup()
		return err
	}
	if err := p.Commit(); err != nil {
		return err
	}
	return syncDir(filepath.Dir(path))
}

// writeStreamAtomic is writeFileAtomic for data (never testimony plaintext) that fill streams.
func writeStreamAtomic(path string, fill func(w io.Writer) error) error {
	p, err := createPending(path)
	if err != nil {
		return err
	}
	if err := fill(p); err != nil {
		p.Cleanup()
		return err
	}
	if err := p.Commit(); err != nil {
		return err
	}
	return syncDir(filepath.Dir(path))
}

// writeEncrypted streams fill's output through age to path, atomically. Plaintext exists only
// in memory: age encrypts each chunk before it reaches the file. It returns the SHA-256 of the
// ciphertext. The directory is not fsynced; the caller does it once per batch.
func writeEncrypted(path string, recipients []age.Recipient, fill func(w io.Writer) error) (string, error) {
	return writeEncryptedSync(path, recipients, fill, true)
}

// writeEncryptedSync is writeEncrypted; with sync false the file is written without an
// fsync, and the caller must call syncBatch before anything refers to it. Ingest does so once
// per batch: one journal commit instead of one per file. With sync false the file is also
// written under its final name, with no temporary file and rename (on a slow file system each
// costs as much as the create): as nothing refers to path until syncBatch has returned, a
// crash can leave at most a file nobody refers to, which check --repair deletes. The name
// must be new (O_EXCL).
func writeEncryptedSync(path string, recipients []age.Recipient, fill func(w io.Writer) error, sync bool) (string, error) {
	sum, _, err := writeEncryptedSize(path, recipients, fill, sync)
	return sum, err
}

// writeEncryptedSize is writeEncryptedSync that also returns the ciphertext's size, so that
// the caller can record the file (audit.FileSum) without a stat of what it just wrote.
func writeEncryptedSize(path string, recipients []age.Recipient, fill func(w io.Writer) error, sync bool) (string, int64, error) {
	var p *pendingFile
	var err error
	if sync {
		p, err = createPending(path)
	} else {
		p, err = createDirect(path)
	}
	if err != nil {
		return "", 0, err
	}
	h := newHasher()
	bw := cipherBuffers.Get().(*bufio.Writer) // ciphertext only: age encrypts before this buffer
	bw.Reset(p)
	defer func() { bw.Reset(nil); cipherBuffers.Put(bw) }()
	w, err := age.Encrypt(io.MultiWriter(bw, h), recipients...)
	if err != nil {
		p.Cleanup()
		return "", 0, err
	}
	if err := fill(w); err != nil {
		p.Cleanup()
		return "", 0, err
	}
	if err := w.Close(); err != nil {
		p.Cleanup()
		return "", 0, err
	}
	if err := bw.Flush(); err != nil {
		p.Cleanup()
		return "", 0, err
	}
	if !sync {
		p.noSync = true
	}
	if err := p.Commit(); err != nil {
		return "", 0, err
	}
	return h.Sum(), h.n, nil
}

// cipherBuffers reuses the 64 KiB write buffers of writeEncryptedSync: a bulk ingest writes two
// files per testimony, and allocating a buffer for each cost more CPU than filling it.
var cipherBuffers = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, 64<<10) }}

// syncEach fsyncs files written without sync, then dirs. The files are fsynced up to
// syncParallel at a time: on the benchmark VM's ext4 one fsync of a 5 KB file waits
// 0.5-1.5 ms for the journal, and concurrent fsyncs share a journal commit, so 16 at a time
// took 2,000 files from 1.0-3.0 s to 0.2-0.3 s of wall time, and less CPU time too (a
// batch of 1,000 testimonies writes 2,000 files, and the batch's commit waits for them).
// The directories are fsynced after every file, one after the other.
func syncEach(paths []string, dirs []string) error {
	var g errgroup.Group
	g.SetLimit(syncParallel)
	for _, p := range paths {
		g.Go(func() error { return syncFile(p) })
	}
	if err := g.Wait(); err != nil {
		return err
	}
	for _, d := range dirs {
		if err := syncDir(d); err != nil {
			return err
		}
	}
	return nil
}

// syncParallel is how many fsyncs syncEach keeps in flight.
const syncParallel = 16

// syncFile fsyncs one file written earlier and closed.
func syncFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	err = f.Sync()
	f.Close()
	return err
}

// syncDirObserver, when a test sets it, is told each directory syncDir is about to fsync.
var syncDirObserver func(dir string)

// syncDir fsyncs a directory so that renames and removals in it are durable.
func syncDir(dir string) error {
	if syncDirObserver != nil {
		syncDirObserver(dir)
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return err
	}
	return nil
}

func isTemp(name string) bool {
	return strings.HasPrefix(name, tempPrefix) || strings.HasPrefix(name, ".audit.log")
}

func randomHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	return hex.EncodeToString(b)
}
