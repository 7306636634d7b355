package audit

import (
	"fmt"

	"golang.org/x/mod/sumdb/tlog"
)

// tree is the Merkle tree (RFC 6962, as golang.org/x/mod/sumdb/tlog computes it) over the
// log's leaves, held in memory: tlog's stored hashes, about two per entry (64 bytes). The log
// itself is the source of truth; the tree is rebuilt from it on every verification, so there
// is no second file that could disagree with it.
type tree struct {
	size   int64
	hashes []tlog.Hash
}

// add appends the leaf for one entry's canonical bytes.
func (t *tree) add(leaf []byte) error {
	hs, err := tlog.StoredHashes(t.size, leaf, t)
	if err != nil {
		return err
	}
	t.hashes = append(t.hashes, hs...)
	t.size++
	return nil
}

// ReadHashes implements tlog.HashReader.
func (t *tree) ReadHashes(indexes []int64) ([]tlog.Hash, error) {
	out := make([]tlog.Hash, len(indexes))
	for i, x := range indexes {
		if x < 0 || x >= int64(len(t.hashes)) {
			return nil, fmt.Errorf("audit tree: hash %d is not stored (%d entries)", x, t.size)
		}
		out[i] = t.hashes[x]
	}
	return out, nil
}

// root returns the tree hash of the first n entries.
func (t *tree) root(n int64) (tlog.Hash, error) {
	if n < 0 || n > t.size {
		return tlog.Hash{}, fmt.Errorf("audit tree: no tree of size %d (%d entries)", n, t.size)
	}
	return tlog.TreeHash(n, t)
}
