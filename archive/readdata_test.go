package archive

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"filippo.io/age"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// dataFixture is an archive with two released testimonies and one held for review.
type dataFixture struct {
	a         *Archive
	ids       []age.Identity
	rel, rel2 *manifestEntry // released
	rev       *manifestEntry // review
}

func newDataFixture(t *testing.T) *dataFixture {
	t.Helper()
	a, ids := newTestArchive(t)
	dir := filepath.Join(t.TempDir(), "corpus")
	writeCorpus(t, dir, 2, 1500, 7)
	res, err := a.Ingest(context.Background(), []string{dir}, IngestOptions{})
	require.NoError(t, err)
	rv, err := a.Ingest(context.Background(), []string{oneFile(t, "a.md", goodDoc)}, IngestOptions{Review: true})
	require.NoError(t, err)
	m, err := readManifest(a.dir)
	require.NoError(t, err)
	f := &dataFixture{a: a, ids: ids, rel: m.byID[res[0].ID], rel2: m.byID[res[1].ID], rev: m.byID[rv[0].ID]}
	require.Equal(t, StatusReleased, f.rel.Status)
	require.Equal(t, StatusReview, f.rev.Status)
	return f
}

func (f *dataFixture) obj(e *manifestEntry) string { return f.a.objectPath(e.ID) }
func (f *dataFixture) report(e *manifestEntry) string {
	return f.a.reportPath(e.ID, e.Run)
}

func (f *dataFixture) editManifest(t *testing.T, edit func(m *manifest)) {
	t.Helper()
	m, err := readManifest(f.a.dir)
	require.NoError(t, err)
	edit(m)
	require.NoError(t, writeManifest(f.a.dir, m))
}

func flipByte(t *testing.T, p string, at int) {
	t.Helper()
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	if at < 0 {
		at += len(b)
	}
	b[at] ^= 0x20
	require.NoError(t, os.WriteFile(p, b, 0o600))
}

func truncateFile(t *testing.T, p string, by int64) {
	t.Helper()
	fi, err := os.Stat(p)
	require.NoError(t, err)
	require.NoError(t, os.Truncate(p, fi.Size()-by))
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(to, b, 0o600))
}

func TestReadDataDetectsTampering(t *testing.T) {
	tests := []struct {
		name   string
		tamper func(t *testing.T, f *dataFixture) []string // returns what each report must say
		// withKey is what the decrypting pass must add (checked with an identity only).
		withKey func(f *dataFixture) []string
	}{
		{"flipped byte in an object", func(t *testing.T, f *dataFixture) []string {
			flipByte(t, f.obj(f.rel), -20)
			return []string{"objects/" + f.rel.ID + ".age (" + f.rel.ID + "): changed: same size as recorded, different SHA-256"}
		}, func(f *dataFixture) []string {
			return []string{"objects/" + f.rel.ID + ".age: decryption failed"}
		}},
		{"flipped byte in a report header", func(t *testing.T, f *dataFixture) []string {
			flipByte(t, f.report(f.rev), 40)
			return []string{"reports/" + f.rev.ID + "-" + f.rev.Run + ".age (" + f.rev.ID + "): changed: same size"}
		}, func(f *dataFixture) []string {
			return []string{"reports/" + f.rev.ID + "-" + f.rev.Run + ".age: decryption failed"}
		}},
		{"truncated object", func(t *testing.T, f *dataFixture) []string {
			truncateFile(t, f.obj(f.rel2), 7)
			return []string{"objects/" + f.rel2.ID + ".age (" + f.rel2.ID + "): truncated: "}
		}, func(f *dataFixture) []string {
			return []string{"objects/" + f.rel2.ID + ".age: decryption failed"}
		}},
		{"truncated report", func(t *testing.T, f *dataFixture) []string {
			truncateFile(t, f.report(f.rel), 100)
			return []string{"reports/" + f.rel.ID + "-" + f.rel.Run + ".age (" + f.rel.ID + "): truncated: "}
		}, nil},
		{"bytes appended to secret.age", func(t *testing.T, f *dataFixture) []string {
			p := filepath.Join(f.a.dir, secretName)
			fh, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
			require.NoError(t, err)
			_, err = fh.Write([]byte("extra"))
			require.NoError(t, err)
			require.NoError(t, fh.Close())
			return []string{"secret.age: grown: "}
		}, func(f *dataFixture) []string {
			return []string{"secret.age: decryption failed"}
		}},
		{"removed object", func(t *testing.T, f *dataFixture) []string {
			require.NoError(t, os.Remove(f.obj(f.rel)))
			return []string{"objects/" + f.rel.ID + ".age (" + f.rel.ID + "): missing"}
		}, nil},
		{"removed report", func(t *testing.T, f *dataFixture) []string {
			require.NoError(t, os.Remove(f.report(f.rev)))
			return []string{"reports/" + f.rev.ID + "-" + f.rev.Run + ".age (" + f.rev.ID + "): missing"}
		}, nil},
		{"removed secret", func(t *testing.T, f *dataFixture) []string {
			require.NoError(t, os.Remove(filepath.Join(f.a.dir, secretName)))
			return []string{"secret.age: missing"}
		}, nil},
		{"removed testimony: object, report and manifest entry", func(t *testing.T, f *dataFixture) []string {
			require.NoError(t, os.Remove(f.obj(f.rev)))
			require.NoError(t, os.Remove(f.report(f.rev)))
			f.editManifest(t, func(m *manifest) { m.remove(f.rev.ID) })
			return []string{f.rev.ID + ": the audit log records its ingest and no withdrawal, but manifest.json has no entry"}
		}, nil},
		{"added object", func(t *testing.T, f *dataFixture) []string {
			copyFile(t, f.obj(f.rel), filepath.Join(f.a.dir, objectsDir, "taaaaaaaaaaaaaaaaaaaa.age"))
			return []string{"objects/taaaaaaaaaaaaaaaaaaaa.age: not recorded in the audit log"}
		}, nil},
		{"added file at the top", func(t *testing.T, f *dataFixture) []string {
			copyFile(t, f.obj(f.rel), filepath.Join(f.a.dir, "extra.age"))
			return []string{"extra.age: not recorded in the audit log"}
		}, nil},
		{"manifest: status edited to released", func(t *testing.T, f *dataFixture) []string {
			f.editManifest(t, func(m *manifest) { m.byID[f.rev.ID].Status = StatusReleased })
			return []string{"manifest.json: " + f.rev.ID + ": status released, but the audit log records no release"}
		}, nil},
		{"manifest: policy edited", func(t *testing.T, f *dataFixture) []string {
			f.editManifest(t, func(m *manifest) {
				m.byID[f.rel.ID].Policy = "strict"
				m.byID[f.rel.ID].PolicySHA256 = strings.Repeat("0", 64)
			})
			return []string{"manifest.json: " + f.rel.ID + ": policy, policy_sha256 differ from the audit log's redact entry"}
		}, nil},
		{"manifest: counts edited", func(t *testing.T, f *dataFixture) []string {
			f.editManifest(t, func(m *manifest) { m.byID[f.rel.ID].Counts = map[string]int{"person": 0} })
			return []string{"manifest.json: " + f.rel.ID + ": counts differs from the audit log's redact entry"}
		}, nil},
		{"manifest: object swapped and its hash edited to match", func(t *testing.T, f *dataFixture) []string {
			copyFile(t, f.obj(f.rel2), f.obj(f.rel))
			f.editManifest(t, func(m *manifest) { m.byID[f.rel.ID].ObjectSHA256 = m.byID[f.rel2.ID].ObjectSHA256 })
			return []string{
				"manifest.json: " + f.rel.ID + ": object_sha256 differs from the audit log",
				"objects/" + f.rel.ID + ".age (" + f.rel.ID + "): ",
			}
		}, func(f *dataFixture) []string {
			// The swapped object decrypts (it is a genuine object of this archive), so only the
			// audit log can tell: the identity pass adds nothing for it.
			return nil
		}},
		{"manifest: report_sha256 edited", func(t *testing.T, f *dataFixture) []string {
			f.editManifest(t, func(m *manifest) { m.byID[f.rel2.ID].ReportSHA256 = strings.Repeat("a", 64) })
			return []string{"manifest.json: " + f.rel2.ID + ": report_sha256 differs from the audit log"}
		}, nil},
		{"manifest: run edited", func(t *testing.T, f *dataFixture) []string {
			old := f.report(f.rel2)
			f.editManifest(t, func(m *manifest) { m.byID[f.rel2.ID].Run = "00000000000000ff" })
			require.NoError(t, os.Rename(old, f.a.reportPath(f.rel2.ID, "00000000000000ff")))
			return []string{"manifest.json: " + f.rel2.ID + ": run 00000000000000ff is not the redaction run the audit log records"}
		}, nil},
		{"audit entry edited", func(t *testing.T, f *dataFixture) []string {
			p := f.a.auditPath()
			b, err := os.ReadFile(p)
			require.NoError(t, err)
			b = bytes.Replace(b, []byte(`"policy":"base"`), []byte(`"policy":"pow"`), 1)
			require.NoError(t, os.WriteFile(p, b, 0o600))
			return []string{"audit.log does not verify, so the hashes it records cannot be trusted: audit entry 1 was edited"}
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newDataFixture(t)
			rep, err := f.a.ReadData(nil)
			require.NoError(t, err)
			require.Empty(t, rep.Problems, "a clean archive")
			rep, err = f.a.ReadData(f.ids)
			require.NoError(t, err)
			require.Empty(t, rep.Problems, "a clean archive, decrypted")

			want := tt.tamper(t, f)
			rep, err = f.a.ReadData(nil)
			require.NoError(t, err)
			joined := strings.Join(rep.Problems, "\n")
			for _, w := range want {
				assert.Contains(t, joined, w)
			}
			for _, p := range rep.Problems {
				assert.NotContains(t, p, "Pak Chol-su", "a problem never quotes testimony text")
			}
			rep, err = f.a.ReadData(f.ids)
			require.NoError(t, err)
			joinedKey := strings.Join(rep.Problems, "\n")
			for _, w := range want {
				assert.Contains(t, joinedKey, w, "the identity pass keeps what the audit pass found")
			}
			if tt.withKey != nil {
				for _, w := range tt.withKey(f) {
					assert.Contains(t, joinedKey, w)
				}
			}
		})
	}
}

func TestReadDataWrongIdentity(t *testing.T) {
	f := newDataFixture(t)
	other, err := age.GenerateX25519Identity()
	require.NoError(t, err)
	rep, err := f.a.ReadData([]age.Identity{other})
	require.NoError(t, err)
	files, err := ageFiles(f.a.dir)
	require.NoError(t, err)
	require.Len(t, rep.Problems, len(files), "every file fails to decrypt: %v", rep.Problems)
	for _, p := range rep.Problems {
		assert.Contains(t, p, "decryption failed")
	}
}

// A testimony withdrawn, one re-ingested after its report was lost (a new run), and a
// check --repair that wrote audit entries from the manifest: all still read clean.
func TestReadDataFollowsArchiveHistory(t *testing.T) {
	f := newDataFixture(t)
	require.NoError(t, f.a.Withdraw(f.ids, f.rel2.ID, "tester"))
	require.NoError(t, os.Remove(f.report(f.rel)))
	rep, err := f.a.Check(true)
	require.NoError(t, err)
	require.True(t, rep.OK(), "%v", rep.Problems)
	rep, err = f.a.ReadData(f.ids)
	require.NoError(t, err)
	assert.Empty(t, rep.Problems, "a report check --repair dropped (testimony pending) is not a problem")

	dir := filepath.Join(t.TempDir(), "corpus")
	writeCorpus(t, dir, 2, 1500, 7) // the same files: the first is completed as a new run
	_, err = f.a.Ingest(context.Background(), []string{filepath.Join(dir, firstFile(t, dir))}, IngestOptions{})
	require.NoError(t, err)
	m, err := readManifest(f.a.dir)
	require.NoError(t, err)
	require.Equal(t, StatusReleased, m.byID[f.rel.ID].Status)
	rep, err = f.a.ReadData(f.ids)
	require.NoError(t, err)
	assert.Empty(t, rep.Problems)
}

func firstFile(t *testing.T, dir string) string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	require.NoError(t, err)
	require.NotEmpty(t, ents)
	return ents[0].Name()
}

// Check finds a file made 0644 and a directory made 0755, and --repair sets them back.
func TestCheckFileModes(t *testing.T) {
	f := newDataFixture(t)
	require.NoError(t, os.Chmod(f.obj(f.rel), 0o644))
	require.NoError(t, os.Chmod(filepath.Join(f.a.dir, reportsDir), 0o755))
	require.NoError(t, os.Chmod(filepath.Join(f.a.dir, manifestName), 0o640))
	rep, err := f.a.Check(false)
	require.NoError(t, err)
	joined := strings.Join(rep.Problems, "\n")
	assert.Contains(t, joined, "objects/"+f.rel.ID+".age: mode 0644, want 0600")
	assert.Contains(t, joined, "reports: mode 0755, want 0700")
	assert.Contains(t, joined, "manifest.json: mode 0640, want 0600")
	rep, err = f.a.Check(true)
	require.NoError(t, err)
	assert.True(t, rep.OK())
	for p, want := range map[string]os.FileMode{f.obj(f.rel): 0o600, filepath.Join(f.a.dir, reportsDir): 0o700, filepath.Join(f.a.dir, manifestName): 0o600} {
		fi, err := os.Stat(p)
		require.NoError(t, err)
		assert.Equal(t, want, fi.Mode().Perm(), p)
	}
	rep, err = f.a.Check(false)
	require.NoError(t, err)
	assert.Empty(t, rep.Problems)
}
