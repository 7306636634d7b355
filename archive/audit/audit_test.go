package audit

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func writeLog(t *testing.T, n int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "audit.log")
	for i := 0; i < n; i++ {
		_, err := Append(path, Entry{Actor: "tester", Action: "ingest", Testimony: fmt.Sprintf("id%d", i),
			Counts: map[string]int{"person": i, "phone": 1}, Detail: "stored"})
		require.NoError(t, err)
	}
	return path
}

func lines(t *testing.T, path string) [][]byte {
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return bytes.SplitAfter(b, []byte("\n"))[:bytes.Count(b, []byte("\n"))]
}

func TestAppendReadVerify(t *testing.T) {
	path := writeLog(t, 3)
	more, err := Append(path, Entry{Action: "reveal"}, Entry{Action: "withdraw"})
	require.NoError(t, err)
	assert.Equal(t, 4, more[0].Seq)
	assert.Equal(t, more[0].Hash, more[1].Prev)

	es, err := Read(path)
	require.NoError(t, err)
	require.Len(t, es, 5)
	assert.Equal(t, Genesis, es[0].Prev)
	for i := 1; i < len(es); i++ {
		assert.Equal(t, es[i-1].Hash, es[i].Prev)
		assert.Equal(t, i+1, es[i].Seq)
	}
	n, err := Verify(path)
	require.NoError(t, err)
	assert.Equal(t, 5, n)

	st, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), st.Mode().Perm())
}

func TestVerifyDetectsTampering(t *testing.T) {
	tests := []struct {
		name   string
		tamper func(ls [][]byte) []byte
		want   string
	}{
		{"edit a count", func(ls [][]byte) []byte {
			ls[2] = bytes.Replace(ls[2], []byte(`"person":2`), []byte(`"person":0`), 1)
			return bytes.Join(ls, nil)
		}, "audit entry 3 was edited"},
		{"edit detail", func(ls [][]byte) []byte {
			ls[1] = bytes.Replace(ls[1], []byte(`stored`), []byte(`nothing`), 1)
			return bytes.Join(ls, nil)
		}, "audit entry 2 was edited"},
		{"add a field", func(ls [][]byte) []byte {
			ls[1] = bytes.Replace(ls[1], []byte(`{"seq"`), []byte(`{"x":1,"seq"`), 1)
			return bytes.Join(ls, nil)
		}, "audit entry 2 is malformed"},
		{"remove a middle entry", func(ls [][]byte) []byte {
			return bytes.Join(append(ls[:2:2], ls[3:]...), nil)
		}, "audit entry 3"},
		{"reorder", func(ls [][]byte) []byte {
			ls[1], ls[2] = ls[2], ls[1]
			return bytes.Join(ls, nil)
		}, "audit entry 2"},
		{"truncate mid-line", func(ls [][]byte) []byte {
			b := bytes.Join(ls, nil)
			return b[:len(b)-10]
		}, "truncated: entry 5 is incomplete"},
		{"cut the last entry", func(ls [][]byte) []byte {
			return bytes.Join(ls[:4], nil)
		}, "truncated: the head records entry 5"},
		{"rewrite the chain from entry 1", func(ls [][]byte) []byte {
			return nil
		}, "truncated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeLog(t, 5)
			require.NoError(t, os.WriteFile(path, tt.tamper(lines(t, path)), 0o600))
			_, err := Verify(path)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestRepairTail(t *testing.T) {
	path := writeLog(t, 3)
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	require.NoError(t, err)
	_, err = f.WriteString(`{"seq":4,"ti`)
	require.NoError(t, err)
	require.NoError(t, f.Close())

	_, err = Append(path, Entry{Action: "x"})
	require.Error(t, err, "append refuses a log with a partial line")
	_, err = Verify(path)
	require.Error(t, err)

	changed, err := RepairTail(path)
	require.NoError(t, err)
	assert.True(t, changed)
	n, err := Verify(path)
	require.NoError(t, err)
	assert.Equal(t, 3, n)
	_, err = Append(path, Entry{Action: "repair"})
	require.NoError(t, err)
	n, err = Verify(path)
	require.NoError(t, err)
	assert.Equal(t, 4, n)
}

func TestEmptyAndLongLog(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	n, err := Verify(path)
	require.NoError(t, err)
	assert.Equal(t, 0, n)
	// Entries larger than the tail-read chunk still chain.
	big := strings.Repeat("a", 200<<10)
	_, err = Append(path, Entry{Action: "x", Detail: big})
	require.NoError(t, err)
	_, err = Append(path, Entry{Action: "y"})
	require.NoError(t, err)
	n, err = Verify(path)
	require.NoError(t, err)
	assert.Equal(t, 2, n)
}

func ExampleAppend() {
	dir, _ := os.MkdirTemp("", "audit")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "audit.log")
	_, _ = Append(path, Entry{Actor: "archivist", Action: "ingest", Testimony: "t-1", Counts: map[string]int{"person": 2}})
	_, _ = Append(path, Entry{Actor: "archivist", Action: "reveal", Testimony: "t-1", Detail: "original revealed"})
	n, err := Verify(path)
	fmt.Println(n, err)
	// Output: 2 <nil>
}

func TestRepairTailReportsReadErrors(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "audit.log")
	require.NoError(t, os.Mkdir(dir, 0o700))
	changed, err := RepairTail(dir)
	require.Error(t, err, "a log that cannot be read is not a log without an incomplete entry")
	assert.False(t, changed)
}
