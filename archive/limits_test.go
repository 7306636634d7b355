package archive

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadInputLimit: a file over MaxInputSize is refused by its size (a sparse file here:
// nothing is read or written), a stream by reading one byte past the limit, and what is
// within the limit is read whole.
func TestReadInputLimit(t *testing.T) {
	big := filepath.Join(t.TempDir(), "big.txt")
	f, err := os.Create(big)
	require.NoError(t, err)
	require.NoError(t, f.Truncate(MaxInputSize+1))
	require.NoError(t, f.Close())
	_, err = ReadInput(big, nil)
	require.Error(t, err)
	assert.Equal(t, big+": too large (67108865 bytes; one testimony may be at most 64 MiB): check that it is a transcript, or split it", err.Error())

	small := oneFile(t, "small.txt", "Interviewer: where?\n")
	b, err := ReadInput(small, nil)
	require.NoError(t, err)
	assert.Equal(t, "Interviewer: where?\n", string(b))

	b, err = ReadInput("-", strings.NewReader("from stdin"))
	require.NoError(t, err)
	assert.Equal(t, "from stdin", string(b))
	_, err = ReadInput("-", nil)
	assert.EqualError(t, err, "-: no standard input")

	// A stream is cut one byte past the limit (a small limit here, the same code path).
	_, err = readLimited("-", bytes.NewReader(make([]byte, 2<<20+1)), -1, 2<<20)
	assert.EqualError(t, err, "-: too large (more than 2 MiB, the most one testimony may be): check that it is a transcript, or split it")
	b, err = readLimited("-", bytes.NewReader(make([]byte, 2<<20)), -1, 2<<20)
	require.NoError(t, err)
	assert.Len(t, b, 2<<20)

	_, err = ReadInput(t.TempDir(), nil)
	assert.ErrorContains(t, err, "is a directory")
}
