//go:build linux

package archive

import (
	"os"

	"golang.org/x/sys/unix"
)

// useSyncfs is false to fsync file by file (benchmarks compare the two).
var useSyncfs = true

// syncBatch makes the files of an ingest batch durable, with their directory entries, before
// the manifest refers to them. On Linux that is one syncfs(2) of the archive's file system:
// one journal commit for the whole batch instead of an open and fsync per file. syncfs
// reports write-back errors since Linux 5.8; where it is not available, or fails, every file
// and directory is fsynced instead.
func syncBatch(dir string, files []string, dirs []string) error {
	if !useSyncfs {
		return syncEach(files, dirs)
	}
	d, err := os.Open(dir)
	if err == nil {
		err = unix.Syncfs(int(d.Fd()))
		d.Close()
		if err == nil {
			return nil
		}
	}
	// The per-file path reports the error, naming the file, if it persists.
	return syncEach(files, dirs)
}

func setSyncfs(on bool) { useSyncfs = on }
