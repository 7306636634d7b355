//go:build !linux

package archive

// syncBatch makes the files of an ingest batch durable, with their directory entries, before
// the manifest refers to them: every file and directory is fsynced.
func syncBatch(dir string, files []string, dirs []string) error {
	return syncEach(files, dirs)
}

func setSyncfs(bool) {}
