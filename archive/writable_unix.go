//go:build unix

package archive

import "golang.org/x/sys/unix"

// writableDir reports why dir cannot be written (a read-only mount, an immutable directory,
// missing permission), or nil. access(2) answers for the real user, root included: a
// read-only mount refuses root too, where permission bits would not.
func writableDir(dir string) error {
	return unix.Access(dir, unix.W_OK)
}
