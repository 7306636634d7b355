package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/archive"
)

// cliResult is what one run of the real testimony binary did.
type cliResult struct {
	code           int
	stdout, stderr string
	maxRSS         int64 // bytes; 0 where the platform does not say
}

// hangLimit is how long a command may take before a test calls it hung. Commands wait at
// most a few seconds for a lock; this only catches one that never returns.
const hangLimit = 60 * time.Second

// runCLI runs the testimony command (this test binary, put on PATH by TestMain) in dir. A
// command still running after hangLimit is killed and fails the test. It may be called from
// several goroutines.
func runCLI(t *testing.T, dir string, env []string, args ...string) cliResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), hangLimit)
	defer cancel()
	cmd := exec.CommandContext(ctx, "testimony", args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "TESTIMONY_ARCHIVE=", "TESTIMONY_ACTOR=tester", "TESTIMONY_PASSPHRASE="), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Errorf("testimony %v hung (killed after %v)", args, hangLimit)
	}
	res := cliResult{stdout: out.String(), stderr: errb.String()}
	if ee, ok := err.(*exec.ExitError); ok {
		res.code = ee.ExitCode()
	} else if err != nil {
		t.Errorf("running testimony %v: %v", args, err)
		res.code = -1
	}
	if cmd.ProcessState == nil {
		return res
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && runtime.GOOS == "linux" {
		res.maxRSS = ru.Maxrss * 1024 // kilobytes on Linux
	}
	return res
}

// treeBytes is every file under dir with its mode and the SHA-256 of its bytes.
func treeBytes(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	require.NoError(t, filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		info, err := d.Info()
		if err != nil {
			return err
		}
		if d.IsDir() {
			out[rel+"/"] = info.Mode().String()
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		out[rel] = fmt.Sprintf("%s %x", info.Mode(), sha256.Sum256(b))
		return nil
	}))
	return out
}

func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	require.NoError(t, filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		info, err := d.Info()
		if err != nil {
			return err
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), info.Mode().Perm())
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, info.Mode().Perm())
	}))
}

const (
	seedText = "Interviewer: Where were you born?\nKwon Su-bin: In Hoeryong, in 1989.\n"
	goodText = "Interviewer: And your sister?\nKwon Su-jin: She stayed in Onsong.\n"
)

// TestBadInputTable runs every bad input of issue 5 through the real command: each gets one
// line on stderr ("testimony: " + the file + the problem), a non-zero exit code, an archive
// byte for byte as before that check still passes, and the testimony stored before it
// intact. README.md lists the same cases with their error lines.
func TestBadInputTable(t *testing.T) {
	work := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(work, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o700))
		require.NoError(t, os.WriteFile(p, data, 0o600))
		return name
	}
	res := runCLI(t, work, nil, "init", "--archive", "arc", "--identity-out", "key.txt")
	require.Equal(t, 0, res.code, res.stderr)
	write("seed.txt", []byte(seedText))
	res = runCLI(t, work, nil, "ingest", "--archive", "arc", "seed.txt")
	require.Equal(t, 0, res.code, res.stderr)
	seedID := strings.Fields(res.stdout)[0]

	// Inputs. The 100 MB single line is generated here, never committed.
	write("empty.txt", nil)
	write("invalid-utf8.txt", []byte("Interviewer: where?\nKwon Su-bin: In Hoeryong \xff\xfe near the station.\n"))
	write("nul.txt", []byte("Interviewer: where?\nKwon Su-bin: In Hoeryong\x00 near the station.\n"))
	write("binary.md", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"))
	write("notes.xyz", []byte(goodText))
	write("interview.docx", []byte("PK\x03\x04 Kwon Su-bin"))
	write("unclosed.md", []byte("---\ntitle: An interview\ninterviewee: Kwon Su-bin\n\nKwon Su-bin: I was born in Hoeryong.\n"))
	write("badyaml.md", []byte("---\ntitle: [unclosed\ninterviewee: Kwon Su-bin\n---\n\nKwon Su-bin: I was born in Hoeryong.\n"))
	write("front-policy.md", []byte("---\ntitle: An interview\npolicy: no-such-policy\n---\n\nKwon Su-bin: I was born in Hoeryong.\n"))
	write("good.txt", []byte(goodText))
	write("bad-policy.yaml", []byte("name: mine\nversion: \"1\"\nextends: base\nrules:\n  person: {action: erase\n"))
	huge := filepath.Join(work, "huge.txt")
	f, err := os.Create(huge)
	require.NoError(t, err)
	line := bytes.Repeat([]byte("Kwon Su-bin walked to Hoeryong "), 1<<15) // ~1 MiB, no newline
	for n := 0; n < 100<<20; n += len(line) {
		_, err := f.Write(line)
		require.NoError(t, err)
	}
	require.NoError(t, f.Truncate(100<<20))
	require.NoError(t, f.Close())

	// A second archive's key, and the archive's own key behind a passphrase.
	res = runCLI(t, work, nil, "init", "--archive", "other", "--identity-out", "other-key.txt")
	require.Equal(t, 0, res.code, res.stderr)
	key, err := os.ReadFile(filepath.Join(work, "key.txt"))
	require.NoError(t, err)
	wrapped, err := scryptWrap(key, "correct horse")
	require.NoError(t, err)
	write("key.txt.age", wrapped)

	// An archive from a newer format version: a copy with format = 2.
	copyTree(t, filepath.Join(work, "arc"), filepath.Join(work, "newer"))
	toml := filepath.Join(work, "newer", "testimony.toml")
	b, err := os.ReadFile(toml)
	require.NoError(t, err)
	require.Contains(t, string(b), "format = 1\n")
	require.NoError(t, os.WriteFile(toml, bytes.Replace(b, []byte("format = 1\n"), []byte("format = 2\n"), 1), 0o600))

	tests := []struct {
		name    string
		archive string // the archive the command must leave as it was
		args    []string
		env     []string
		code    int
		stderr  string             // regexp for the one stderr line
		setup   func(t *testing.T) // e.g. make the archive read-only; skips when it cannot
	}{
		{name: "empty file", args: []string{"ingest", "--archive", "arc", "empty.txt"},
			code: 1, stderr: `^testimony: empty\.txt: empty file: nothing to ingest$`},
		{name: "invalid UTF-8", args: []string{"ingest", "--archive", "arc", "invalid-utf8.txt"},
			code: 1, stderr: `^testimony: invalid-utf8\.txt: invalid UTF-8 at line 2 \(byte 45\)`},
		{name: "NUL bytes", args: []string{"ingest", "--archive", "arc", "nul.txt"},
			code: 1, stderr: `^testimony: nul\.txt: contains NUL bytes \(line 2\)`},
		{name: "100 MB single line", args: []string{"ingest", "--archive", "arc", "huge.txt"},
			code: 1, stderr: `^testimony: huge\.txt: too large \(104857600 bytes; one testimony may be at most 64 MiB\)`},
		{name: "100 MB single line, dry run", args: []string{"redact", "huge.txt"},
			code: 1, stderr: `^testimony: huge\.txt: too large `},
		{name: "binary file", args: []string{"ingest", "--archive", "arc", "binary.md"},
			code: 1, stderr: `^testimony: binary\.md: binary content \(PNG image\)`},
		{name: "unknown extension", args: []string{"ingest", "--archive", "arc", "notes.xyz"},
			code: 1, stderr: `^testimony: notes\.xyz: unknown file extension \.xyz`},
		{name: "document extension", args: []string{"ingest", "--archive", "arc", "interview.docx"},
			code: 1, stderr: `^testimony: interview\.docx: unsupported file extension \.docx`},
		{name: "missing path", args: []string{"ingest", "--archive", "arc", "missing.txt"},
			code: 1, stderr: `^testimony: missing\.txt: no such file or directory$`},
		{name: "front matter never closed", args: []string{"ingest", "--archive", "arc", "unclosed.md"},
			code: 1, stderr: `^testimony: unclosed\.md: malformed front matter`},
		{name: "front matter not YAML", args: []string{"ingest", "--archive", "arc", "badyaml.md"},
			code: 1, stderr: `^testimony: badyaml\.md: malformed front matter at line \d+`},
		{name: "unknown policy flag", args: []string{"ingest", "--archive", "arc", "--policy", "no-such-policy", "good.txt"},
			code: 1, stderr: `^testimony: good\.txt: unknown policy "no-such-policy" \(known: `},
		{name: "unknown policy in front matter", args: []string{"ingest", "--archive", "arc", "front-policy.md"},
			code: 1, stderr: `^testimony: front-policy\.md: unknown policy "no-such-policy"`},
		{name: "policy file given to --policy", args: []string{"ingest", "--archive", "arc", "--policy", "bad-policy.yaml", "good.txt"},
			code: 1, stderr: `^testimony: good\.txt: unknown policy "bad-policy\.yaml"`},
		{name: "malformed policy YAML", args: []string{"policy", "check", "bad-policy.yaml"},
			code: 1, stderr: `^testimony: bad-policy\.yaml:\d+: invalid YAML`},
		{name: "wrong identity", args: []string{"reveal", "--archive", "arc", "-i", "other-key.txt", seedID},
			code: 1, stderr: `^testimony: testimony ` + seedID + `: identity did not match .*\(identity file other-key\.txt is not a key of this archive\)$`},
		{name: "wrong passphrase", args: []string{"reveal", "--archive", "arc", "-i", "key.txt.age", seedID},
			env: []string{"TESTIMONY_PASSPHRASE=wrong horse"}, code: 1,
			stderr: `^testimony: identity file key\.txt\.age: incorrect passphrase$`},
		{name: "newer format version", archive: "newer", args: []string{"ingest", "--archive", "newer", "good.txt"},
			code: 1, stderr: `^testimony: open archive: newer/testimony\.toml: format version 2 is newer than this program understands \(1\)`},
		{name: "read-only archive", archive: "ro", args: []string{"ingest", "--archive", "ro", "good.txt"},
			code: 1, stderr: `^testimony: ingest: archive \S+/ro cannot be written \((read-only file system|permission denied)\); nothing was stored$`,
			setup: func(t *testing.T) { readOnlyCopy(t, filepath.Join(work, "arc"), filepath.Join(work, "ro")) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arc := tt.archive
			if arc == "" {
				arc = "arc"
			}
			if tt.setup != nil {
				tt.setup(t)
			}
			before := treeBytes(t, filepath.Join(work, arc))
			res := runCLI(t, work, tt.env, tt.args...)
			assert.Equal(t, tt.code, res.code, "exit code; stderr: %s", res.stderr)
			assert.Empty(t, res.stdout)
			lines := strings.Split(strings.TrimSuffix(res.stderr, "\n"), "\n")
			require.Len(t, lines, 1, "one line on stderr: %q", res.stderr)
			assert.Regexp(t, regexp.MustCompile(tt.stderr), lines[0])
			t.Log(lines[0])
			assert.NotRegexp(t, `Kwon|Hoeryong|Onsong`, res.stderr, "the error quotes no content")
			assert.Equal(t, before, treeBytes(t, filepath.Join(work, arc)), "the archive is byte for byte as before")
			if tt.archive == "" {
				chk := runCLI(t, work, nil, "check", "--archive", arc)
				assert.Equal(t, 0, chk.code, "check passes: %s%s", chk.stdout, chk.stderr)
				assert.Equal(t, before, treeBytes(t, filepath.Join(work, arc)), "check changed nothing")
			}
			if tt.name == "100 MB single line" && res.maxRSS > 0 {
				// Refused by its size: the process never held the file (100 MiB) in memory.
				assert.Less(t, res.maxRSS, int64(archive.MaxInputSize), "peak RSS %d bytes", res.maxRSS)
				t.Logf("peak RSS refusing a 100 MiB file: %.1f MiB", float64(res.maxRSS)/(1<<20))
			}
		})
	}

	t.Run("mixed directory", func(t *testing.T) {
		write("mixed/a-good.md", []byte("---\ntitle: A market\n---\n\nInterviewer: What did you sell?\nPak Mi-rae: Rice, in Musan.\n"))
		write("mixed/b-nul.txt", []byte("Interviewer: where?\nPak Mi-rae: Musan\x00\n"))
		write("mixed/c-empty.srt", nil)
		write("mixed/d-good.txt", []byte("Interviewer: And then?\nPak Mi-rae: Then I crossed at night.\n"))
		write("mixed/photo.jpg", []byte("\xff\xd8\xff\xe0 not a transcript"))
		res := runCLI(t, work, nil, "ingest", "--archive", "arc", "mixed")
		assert.Equal(t, 1, res.code, "some failed: exit 1")
		assert.Regexp(t, `(?m)^\S+\s+released\s+base\s+mixed/a-good\.md$`, res.stdout)
		assert.Regexp(t, `(?m)^\S+\s+released\s+base\s+mixed/d-good\.txt$`, res.stdout)
		assert.Equal(t, 2, strings.Count(res.stdout, "\n"), "two stored: %s", res.stdout)
		lines := strings.Split(strings.TrimSuffix(res.stderr, "\n"), "\n")
		require.Len(t, lines, 2, "one line per bad file: %q", res.stderr)
		assert.Regexp(t, `^testimony: mixed/b-nul\.txt: contains NUL bytes`, lines[0])
		assert.Regexp(t, `^testimony: mixed/c-empty\.srt: empty file`, lines[1])
		assert.NotContains(t, res.stderr, "photo.jpg", "a directory walk skips what is not a transcript")
		assert.NotRegexp(t, `Pak|Musan`, res.stderr)
		chk := runCLI(t, work, nil, "check", "--archive", "arc")
		assert.Equal(t, 0, chk.code, chk.stdout+chk.stderr)
	})

	// Nothing earlier is lost: the first testimony is listed, released, and reveals byte
	// for byte; the audit log verifies.
	res = runCLI(t, work, nil, "list", "--archive", "arc")
	require.Equal(t, 0, res.code, res.stderr)
	assert.Regexp(t, `(?m)^`+seedID+`\s+\S+\s+base\s+released$`, res.stdout)
	res = runCLI(t, work, nil, "reveal", "--archive", "arc", "-i", "key.txt", seedID)
	require.Equal(t, 0, res.code, res.stderr)
	assert.Equal(t, seedText, res.stdout)
	res = runCLI(t, work, nil, "audit", "verify", "--archive", "arc")
	assert.Equal(t, 0, res.code, res.stderr)
}

// readOnlyCopy copies the archive to dst and makes dst read-only the way that stops root
// too: a read-only bind mount, else the immutable attribute on the directory. It skips the
// test when neither is permitted (permission bits alone do not stop root).
func readOnlyCopy(t *testing.T, src, dst string) {
	copyTree(t, src, dst)
	if os.Geteuid() != 0 {
		require.NoError(t, os.Chmod(dst, 0o500))
		t.Cleanup(func() { _ = os.Chmod(dst, 0o700) })
		return
	}
	if out, err := exec.Command("mount", "--bind", dst, dst).CombinedOutput(); err == nil {
		t.Cleanup(func() { _ = exec.Command("umount", dst).Run() })
		if out, err := exec.Command("mount", "-o", "remount,bind,ro", dst).CombinedOutput(); err != nil {
			t.Skipf("cannot remount read-only: %v: %s", err, out)
		}
		return
	} else if out2, err2 := exec.Command("chattr", "+i", dst).CombinedOutput(); err2 == nil {
		t.Cleanup(func() { _ = exec.Command("chattr", "-i", dst).Run() })
		return
	} else {
		t.Skipf("running as root, and neither a read-only bind mount (%v: %s) nor chattr +i (%v: %s) is permitted", err, out, err2, out2)
	}
}
