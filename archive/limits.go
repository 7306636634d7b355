package archive

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// MaxInputSize is the largest testimony an ingest (or a dry run) accepts: 64 MiB. The
// longest real interview transcripts are a few megabytes; the limit keeps a wrong file (a
// video, a database dump, a 100 MB single line) from being read whole into memory, which
// redaction would multiply several times over. A larger file is refused by its size, before
// a byte of it is read.
const MaxInputSize = 64 << 20

// errTooLarge is the problem, without the file name, for a file over MaxInputSize.
func errTooLarge(size int64) error {
	return fmt.Errorf("too large (%d bytes; one testimony may be at most %d MiB): check that it is a transcript, or split it",
		size, MaxInputSize>>20)
}

// ReadInput reads one input file, or r for the path "-", refusing more than MaxInputSize
// bytes without reading past the limit. Errors name the file (as "-" for r) and the problem.
func ReadInput(path string, r io.Reader) ([]byte, error) {
	if path == "-" {
		if r == nil {
			return nil, errors.New("-: no standard input")
		}
		return readLimited("-", r, -1, MaxInputSize)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %s", path, describeFSError(err))
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("%s: %s", path, describeFSError(err))
	}
	if st.IsDir() {
		return nil, fmt.Errorf("%s: is a directory", path)
	}
	if st.Size() > MaxInputSize {
		return nil, fmt.Errorf("%s: %w", path, errTooLarge(st.Size()))
	}
	return readLimited(path, f, st.Size(), MaxInputSize)
}

// readLimited reads r up to limit bytes; one byte more is an error (the file grew, or it is
// a stream). size, when known, sizes the buffer.
func readLimited(name string, r io.Reader, size, limit int64) ([]byte, error) {
	buf := make([]byte, 0, max(size, 0)+1)
	b, err := readAllInto(buf, io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %s", name, describeFSError(err))
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%s: too large (more than %d MiB, the most one testimony may be): check that it is a transcript, or split it",
			name, limit>>20)
	}
	return b, nil
}

// readAllInto is io.ReadAll appending to buf.
func readAllInto(buf []byte, r io.Reader) ([]byte, error) {
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}
