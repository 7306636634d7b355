package archive

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/testimony-archive/testimony/index"
)

// The index in service is the directory index.current names ("index-<16 hex digits>"), or
// index/ when there is no index.current (archives before the first reindex). A reindex builds
// a new index-<run> beside it and switches by replacing index.current atomically, so a reader
// sees either the old index or the new one, never a mix.
const (
	indexPointerName = "index.current"
	indexDirPrefix   = indexDir + "-"
)

// indexNamePattern matches every directory name an index may have.
var indexNamePattern = regexp.MustCompile(`^index(-[0-9a-f]{16})?$`)

// currentIndexName returns the name of the index directory in service.
func (a *Archive) currentIndexName() (string, error) {
	b, err := os.ReadFile(filepath.Join(a.dir, indexPointerName))
	if errors.Is(err, fs.ErrNotExist) {
		return indexDir, nil
	}
	if err != nil {
		return "", fmt.Errorf("index: %w", err)
	}
	name := strings.TrimSpace(string(b))
	if !indexNamePattern.MatchString(name) {
		return "", fmt.Errorf("index: %s is malformed (run check)", indexPointerName)
	}
	return name, nil
}

// indexDir resolves the index in service. Every command that opens the index goes through
// it (writers under the writer lock, readers through openReadOnly).
func (a *Archive) indexDir() (string, error) {
	name, err := a.currentIndexName()
	if err != nil {
		return "", err
	}
	return filepath.Join(a.dir, name), nil
}

// openIndexWriter opens the index in service for writing; the caller holds the writer lock.
func (a *Archive) openIndexWriter() (*index.Index, error) {
	dir, err := a.indexDir()
	if err != nil {
		return nil, err
	}
	ix, err := index.Open(dir, indexOpenTimeout)
	if errors.Is(err, index.ErrBusy) {
		return nil, ErrBusy
	}
	return ix, err
}

// switchIndex puts the index directory name in service: index.current is replaced by
// rename and the archive directory fsynced. The caller holds the writer lock.
func (a *Archive) switchIndex(name string) error {
	if !indexNamePattern.MatchString(name) {
		return fmt.Errorf("index: %q is not an index directory name", name)
	}
	return writeFileAtomic(filepath.Join(a.dir, indexPointerName), []byte(name+"\n"))
}

// staleIndexes lists the index directories that are not in service: left by a reindex that
// was interrupted before its switch, or, after it, an old index a reader still held.
func (a *Archive) staleIndexes() ([]string, error) {
	current, err := a.currentIndexName()
	if err != nil {
		return nil, err
	}
	ents, err := os.ReadDir(a.dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range ents {
		if e.IsDir() && e.Name() != current && indexNamePattern.MatchString(e.Name()) {
			out = append(out, e.Name())
		}
	}
	return out, nil
}

// removeIndex deletes an index directory that is not in service. It first waits briefly for
// readers that opened it before the switch to let go; one that does not keeps its open
// files (the file system frees them on close) and so its consistent view.
func (a *Archive) removeIndex(name string) error {
	current, err := a.currentIndexName()
	if err != nil {
		return err
	}
	if name == current || !indexNamePattern.MatchString(name) {
		return fmt.Errorf("index: refusing to remove %s", name)
	}
	dir := filepath.Join(a.dir, name)
	if ix, err := index.Open(dir, searchTimeout); err == nil {
		_ = ix.Close()
	}
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("index: removing %s: %w", name, err)
	}
	return syncDir(a.dir)
}

// inIndexDir reports whether rel (a path relative to the archive) lies inside an index
// directory, whose files bleve names and manages.
func inIndexDir(rel string) bool {
	top, _, found := strings.Cut(rel, string(filepath.Separator))
	return found && indexNamePattern.MatchString(top)
}

// staleIndexes finds index directories not in service (repair removes them: they hold only
// redacted text, but text redacted under a policy the archive no longer applies).
func (c *checker) staleIndexes() error {
	stale, err := c.a.staleIndexes()
	if err != nil {
		c.rep.Problems = append(c.rep.Problems, err.Error())
		return nil
	}
	for _, name := range stale {
		if err := c.found(fmt.Sprintf("%s/: an index not in service (left by an interrupted reindex)", name), func() (string, error) {
			if err := c.a.removeIndex(name); err != nil {
				return "", err
			}
			return fmt.Sprintf("%s/: removed", name), nil
		}); err != nil {
			return err
		}
	}
	return nil
}
