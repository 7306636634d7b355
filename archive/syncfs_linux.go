//go:build linux

package archive

import (
	"os"

	"golang.org/x/sys/unix"
)

// useSyncfs makes syncBatch use syncfs(2). It is off: on the benchmark machine (a VM) one
// syncfs per batch cost more than fsyncing the batch's files one by one, since it also
// writes back everything else dirty on the file system, the index included (measured
// 2026-11-22; syncEach now fsyncs 16 at a time, and the two were not compared again in
// the ingest; BenchmarkBulkIngest -archive.syncfs compares them).
var useSyncfs = false

// syncBatch makes the files of an ingest batch durable, with their directory entries, before
// the manifest refers to them: every file and directory is fsynced or, with useSyncfs, one
// syncfs(2) of the archive's file system covers them all (it reports write-back errors since
// Linux 5.8; if it fails, every file and directory is fsynced instead).
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
