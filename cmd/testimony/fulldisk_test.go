package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFullDisk ingests into an archive on a 4 MiB tmpfs that a filler file has left with 0 to
// 400 KB free, so the disk fills up at a different step each time (the object, the report,
// the manifest, the index). Each time the ingest exits non-zero with one stderr line per file
// it did not release, naming the file; the archive stays consistent (check passes, or
// check --repair makes it pass) and the testimony stored before is intact. With the space
// back, the same ingest completes every file, without duplicates. It needs root (mount);
// elsewhere it skips.
func TestFullDisk(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	work := t.TempDir()
	disk := filepath.Join(work, "disk")
	require.NoError(t, os.Mkdir(disk, 0o700))
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a small tmpfs (needs root): %v: %s", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("umount", disk).Run() })

	res := runCLI(t, work, nil, "init", "--archive", "disk/arc", "--identity-out", "key.txt")
	require.Equal(t, 0, res.code, res.stderr)
	require.NoError(t, os.WriteFile(filepath.Join(work, "seed.txt"), []byte(seedText), 0o600))
	res = runCLI(t, work, nil, "ingest", "--archive", "disk/arc", "seed.txt")
	require.Equal(t, 0, res.code, res.stderr)
	seedID := strings.Fields(res.stdout)[0]

	// Ten interviews of about 32 KB each: their objects alone need more than 320 KB, their
	// reports (every removed name listed) much more.
	corpus := filepath.Join(work, "corpus")
	require.NoError(t, os.Mkdir(corpus, 0o700))
	const docs = 10
	for i := 0; i < docs; i++ {
		var b strings.Builder
		fmt.Fprintf(&b, "---\ntitle: Coal %d\n---\n\n", i)
		for k := 0; k < 300; k++ {
			fmt.Fprintf(&b, "Interviewer: week %d?\n\nPak Mi-rae: We loaded coal at the harbour near Chongjin, shift %d of %d.\n\n", k, i, k)
		}
		require.NoError(t, os.WriteFile(filepath.Join(corpus, fmt.Sprintf("c%02d.md", i)), []byte(b.String()), 0o600))
	}

	filler := filepath.Join(disk, "filler")
	for _, free := range []int64{0, 100_000, 200_000, 300_000, 400_000} {
		t.Run(fmt.Sprintf("%d bytes free", free), func(t *testing.T) {
			fillDisk(t, filler, free)
			res := runCLI(t, work, nil, "ingest", "--archive", "disk/arc", "corpus")
			require.NoError(t, os.Remove(filler))
			assert.Equal(t, 1, res.code, "the ingest fails: %s", res.stderr)
			released := map[string]bool{}
			for _, l := range strings.Split(strings.TrimSpace(res.stdout), "\n") {
				if f := strings.Fields(l); len(f) == 4 && f[1] == "released" {
					released[filepath.Base(f[3])] = true
				}
			}
			named := map[string]int{}
			lines := strings.Split(strings.TrimSuffix(res.stderr, "\n"), "\n")
			line := regexp.MustCompile(`^testimony: corpus/(c\d\d\.md): \S`)
			for _, l := range lines {
				m := line.FindStringSubmatch(l)
				if assert.NotNil(t, m, "each error line names its file: %q", l) {
					named[m[1]]++
				}
			}
			for i := 0; i < docs; i++ {
				name := fmt.Sprintf("c%02d.md", i)
				if !released[name] {
					assert.Equal(t, 1, named[name], "%s: not released, so named by exactly one error line", name)
				}
			}
			assert.NotRegexp(t, `Pak|Chongjin|coal`, res.stderr, "errors quote no content")
			t.Logf("%d released, %d error lines, e.g. %s", len(released), len(lines), lines[0])

			chk := runCLI(t, work, nil, "check", "--archive", "disk/arc")
			if chk.code != 0 {
				t.Logf("check after the full disk: %s", chk.stdout)
				rep := runCLI(t, work, nil, "check", "--archive", "disk/arc", "--repair")
				assert.Equal(t, 0, rep.code, rep.stdout+rep.stderr)
				chk = runCLI(t, work, nil, "check", "--archive", "disk/arc")
			}
			assert.Equal(t, 0, chk.code, "consistent: %s%s", chk.stdout, chk.stderr)
			rev := runCLI(t, work, nil, "reveal", "--archive", "disk/arc", "-i", "key.txt", seedID)
			assert.Equal(t, 0, rev.code, rev.stderr)
			assert.Equal(t, seedText, rev.stdout, "the earlier testimony is intact")
			av := runCLI(t, work, nil, "audit", "verify", "--archive", "disk/arc")
			assert.Equal(t, 0, av.code, av.stderr)
		})
	}

	// With space, the same ingest completes every file (pending ones under their IDs).
	res = runCLI(t, work, nil, "ingest", "--archive", "disk/arc", "corpus")
	require.Equal(t, 0, res.code, res.stderr)
	assert.Equal(t, docs, strings.Count(res.stdout, " released "), res.stdout)
	list := runCLI(t, work, nil, "list", "--archive", "disk/arc")
	require.Equal(t, 0, list.code)
	assert.Equal(t, docs+1, strings.Count(list.stdout, "\n"), "no duplicates:\n%s", list.stdout)
	chk := runCLI(t, work, nil, "check", "--archive", "disk/arc")
	assert.Equal(t, 0, chk.code, chk.stdout+chk.stderr)
}

// fillDisk writes path until the file system is full, then shortens it to leave free bytes.
func fillDisk(t *testing.T, path string, free int64) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	require.NoError(t, err)
	buf := make([]byte, 64<<10)
	var n int64
	for {
		k, err := f.Write(buf)
		n += int64(k)
		if err != nil {
			require.True(t, errors.Is(err, syscall.ENOSPC), "filling: %v", err)
			break
		}
	}
	require.NoError(t, f.Truncate(max(n-free, 0)))
	require.NoError(t, f.Close())
}
