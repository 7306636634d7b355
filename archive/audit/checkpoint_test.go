package audit

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

const testOrigin = "testimony.archive/0123456789abcdef"

// signedLog is a log of n ingest entries after a key entry, with its keys.
type signedLog struct {
	path          string
	signer, vkey  string
	checkpoint    []byte // the last signed checkpoint
	checkpointCut Checkpoint
}

func newSignedLog(t *testing.T, n int) *signedLog {
	t.Helper()
	sk, vk, err := GenerateKey(testOrigin)
	require.NoError(t, err)
	l := &signedLog{path: filepath.Join(t.TempDir(), "audit.log"), signer: sk, vkey: vk}
	_, err = Append(l.path, Entry{Actor: "tester", Action: "init"})
	require.NoError(t, err)
	startKey(t, l.path, sk, vk)
	l.grow(t, n)
	return l
}

// startKey stores a first checkpoint signed by a new key and records the key, as the
// archive does.
func startKey(t *testing.T, path, signer, verifier string) {
	t.Helper()
	_, _, err := SignNewKey(path, signer, verifier)
	require.NoError(t, err)
	_, err = Append(path, KeyEntry("tester", verifier))
	require.NoError(t, err)
}

func (l *signedLog) grow(t *testing.T, n int) {
	t.Helper()
	for i := 0; i < n; i++ {
		_, err := Append(l.path, Entry{Actor: "tester", Action: "ingest", Testimony: fmt.Sprintf("id%d", i),
			Counts: map[string]int{"person": i}})
		require.NoError(t, err)
	}
}

func (l *signedLog) sign(t *testing.T) []byte {
	t.Helper()
	signed, c := signAndRecord(t, l.path, l.signer, l.vkey, "reviewer")
	l.checkpoint, l.checkpointCut = signed, c
	return signed
}

// signAndRecord signs and stores a checkpoint and appends its entry, as the archive does.
func signAndRecord(t *testing.T, path, signer, verifier, actor string) ([]byte, Checkpoint) {
	t.Helper()
	signed, c, err := Sign(path, signer, verifier)
	require.NoError(t, err)
	_, err = Append(path, CheckpointEntry(actor, c))
	require.NoError(t, err)
	return signed, c
}

// forgeStored replaces the stored checkpoint with one of the log as it is now, signed with
// signer: what someone holding the key can do after rewriting the log.
func forgeStored(t *testing.T, path, signer, verifier string) {
	t.Helper()
	var tr tree
	for _, l := range lines(t, path) {
		require.NoError(t, tr.add(l[:len(l)-1]))
	}
	root, err := tr.root(tr.size)
	require.NoError(t, err)
	v, err := note.NewVerifier(verifier)
	require.NoError(t, err)
	signed, err := SignCheckpoint(Checkpoint{Origin: v.Name(), Size: tr.size, Root: root}, signer)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(checkpointPath(path), signed, 0o600))
}

func (l *signedLog) verify(since []byte) (*Result, error) {
	return VerifyLog(l.path, VerifyOptions{Key: l.vkey, Since: since})
}

// rfc6962Root is an independent, recursive RFC 6962 tree hash over the log's lines.
func rfc6962Root(leaves [][]byte) [32]byte {
	switch len(leaves) {
	case 0:
		return sha256.Sum256(nil)
	case 1:
		return sha256.Sum256(append([]byte{0}, leaves[0]...))
	}
	k := 1
	for k*2 < len(leaves) {
		k *= 2
	}
	l, r := rfc6962Root(leaves[:k]), rfc6962Root(leaves[k:])
	return sha256.Sum256(append(append([]byte{1}, l[:]...), r[:]...))
}

func TestRootIsRFC6962OverTheLines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	for n := 1; n <= 13; n++ {
		_, err := Append(path, Entry{Action: "ingest", Testimony: fmt.Sprintf("id%d", n)})
		require.NoError(t, err)
		res, err := VerifyLog(path, VerifyOptions{})
		require.NoError(t, err)
		var leaves [][]byte
		for _, l := range lines(t, path) {
			leaves = append(leaves, l[:len(l)-1])
		}
		assert.Equal(t, rfc6962Root(leaves), [32]byte(res.Root), "size %d", n)
		assert.EqualValues(t, n, res.Size)
	}
}

func TestCheckpointFormat(t *testing.T) {
	l := newSignedLog(t, 3)
	signed := l.sign(t)
	// C2SP signed note: the tlog-checkpoint body, a blank line, one signature line by the
	// key named after the origin.
	want := regexp.MustCompile(`^` + regexp.QuoteMeta(testOrigin) + `\n5\n[A-Za-z0-9+/]{43}=\n\n— ` +
		regexp.QuoteMeta(testOrigin) + ` [A-Za-z0-9+/]+=*\n$`)
	assert.Regexp(t, want, string(signed))
	c, err := OpenCheckpoint(signed, l.vkey)
	require.NoError(t, err)
	assert.EqualValues(t, 5, c.Size)
	assert.Equal(t, testOrigin, c.Origin)
	assert.Equal(t, l.checkpointCut, c)

	stored, err := os.ReadFile(checkpointPath(l.path))
	require.NoError(t, err)
	assert.Equal(t, signed, stored)
	st, err := os.Stat(checkpointPath(l.path))
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), st.Mode().Perm())

	es, err := Read(l.path)
	require.NoError(t, err)
	last := es[len(es)-1]
	assert.Equal(t, ActionCheckpoint, last.Action)
	assert.Equal(t, fmt.Sprintf("checkpoint signed: size 5, root %s", c.RootBase64()), last.Detail)

	res, err := l.verify(nil)
	require.NoError(t, err)
	assert.EqualValues(t, 6, res.Size)
	require.NotNil(t, res.Stored)
	assert.Equal(t, c, *res.Stored)
}

func TestCheckpointWrongKeyOrAltered(t *testing.T) {
	l := newSignedLog(t, 3)
	signed := l.sign(t)
	otherSigner, otherKey, err := GenerateKey(testOrigin)
	require.NoError(t, err)

	_, err = OpenCheckpoint(signed, otherKey)
	require.ErrorContains(t, err, "not signed by the key")

	altered := strings.Replace(string(signed), "\n5\n", "\n4\n", 1)
	_, err = OpenCheckpoint([]byte(altered), l.vkey)
	require.ErrorContains(t, err, "signature is invalid")

	_, otherOriginKey, err := GenerateKey("testimony.archive/another")
	require.NoError(t, err)
	_, err = OpenCheckpoint(signed, otherOriginKey)
	require.ErrorContains(t, err, "not signed by the key")

	_, err = OpenCheckpoint([]byte("not a note"), l.vkey)
	require.ErrorContains(t, err, "not a signed checkpoint")

	// A signer key that is not the archive's is refused before anything is written.
	before, err := os.ReadFile(l.path)
	require.NoError(t, err)
	_, _, err = Sign(l.path, otherSigner, l.vkey)
	require.ErrorContains(t, err, "does not match")
	after, err := os.ReadFile(l.path)
	require.NoError(t, err)
	assert.Equal(t, before, after)

	// The stored checkpoint is checked with the key given.
	_, err = VerifyLog(l.path, VerifyOptions{Key: otherKey})
	require.Error(t, err)
	// A checkpoint signed with another key under the same name (the archive's key replaced).
	forged, err := SignCheckpoint(l.checkpointCut, otherSigner)
	require.NoError(t, err)
	_, err = l.verify(forged)
	require.ErrorContains(t, err, "not signed by the key")
}

func TestConsistencyAcrossGrowth(t *testing.T) {
	l := newSignedLog(t, 1)
	var kept [][]byte
	for round := 0; round < 6; round++ {
		kept = append(kept, l.sign(t))
		l.grow(t, round*3+1)
	}
	for i, cp := range kept {
		res, err := l.verify(cp)
		require.NoError(t, err, "checkpoint %d", i)
		require.NotNil(t, res.Since)
		assert.Less(t, res.Since.Size, res.Size)
		// The proof is a real RFC 6962 consistency proof: it checks against the roots alone.
		require.NoError(t, tlog.CheckTree(res.Proof, res.Size, res.Root, res.Since.Size, res.Since.Root))
		wrong := res.Since.Root
		wrong[0] ^= 1
		require.Error(t, tlog.CheckTree(res.Proof, res.Size, res.Root, res.Since.Size, wrong))
	}
}

// rewrite replaces the log by entries re-appended from scratch: a valid chain and head, as
// someone who can write the files but has no key would make it.
func rewrite(t *testing.T, path string, es []Entry) {
	t.Helper()
	tmp := filepath.Join(t.TempDir(), "audit.log")
	_, err := Append(tmp, es...)
	require.NoError(t, err)
	for _, suffix := range []string{"", ".head"} {
		b, err := os.ReadFile(tmp + suffix)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(path+suffix, b, 0o600))
	}
}

func TestTamperAfterCheckpoint(t *testing.T) {
	tests := []struct {
		name   string
		tamper func(t *testing.T, l *signedLog, es []Entry)
		want   string
	}{
		{"edit an entry, chain and head recomputed", func(t *testing.T, l *signedLog, es []Entry) {
			es[3].Counts = map[string]int{"person": 0}
			rewrite(t, l.path, es)
		}, "forked after the stored checkpoint: entries 1 to 8 are not those it signed"},
		{"delete an entry, chain and head recomputed", func(t *testing.T, l *signedLog, es []Entry) {
			rewrite(t, l.path, append(es[:3:3], es[4:]...))
		}, "forked after the stored checkpoint"},
		{"reorder two entries, chain and head recomputed", func(t *testing.T, l *signedLog, es []Entry) {
			es[3], es[4] = es[4], es[3]
			rewrite(t, l.path, es)
		}, "forked after the stored checkpoint"},
		{"insert a forged entry, chain and head recomputed", func(t *testing.T, l *signedLog, es []Entry) {
			forged := Entry{Actor: "someone", Action: "reveal", Testimony: "id1", Detail: "original revealed"}
			rewrite(t, l.path, append(es[:2:2], append([]Entry{forged}, es[2:]...)...))
		}, "forked after the stored checkpoint"},
		{"truncate the tail and the head", func(t *testing.T, l *signedLog, es []Entry) {
			rewrite(t, l.path, es[:5])
		}, "truncated: the stored checkpoint signed 8 entries but the log has 5"},
		{"delete the stored checkpoint", func(t *testing.T, l *signedLog, es []Entry) {
			require.NoError(t, os.Remove(checkpointPath(l.path)))
		}, "stored checkpoint is missing, but audit entry 9 records one of 8 entries"},
		{"delete the stored checkpoint and cut the log before its entry", func(t *testing.T, l *signedLog, es []Entry) {
			require.NoError(t, os.Remove(checkpointPath(l.path)))
			rewrite(t, l.path, es[:8])
		}, "stored checkpoint is missing, but audit entry 2 records the checkpoint key"},
		{"put an older stored checkpoint back", func(t *testing.T, l *signedLog, es []Entry) {
			older := l.checkpoint
			l.grow(t, 2)
			l.sign(t) // 11 entries signed, the checkpoint entry is 12
			require.NoError(t, os.WriteFile(checkpointPath(l.path), older, 0o600))
		}, "the stored checkpoint is older than the log: it signed 8 entries, but audit entry 12 records a checkpoint of 11"},
		{"put an older stored checkpoint back, the later checkpoint entry rewritten to match it", func(t *testing.T, l *signedLog, es []Entry) {
			older, c := l.checkpoint, l.checkpointCut
			l.grow(t, 2)
			l.sign(t)
			require.NoError(t, os.WriteFile(checkpointPath(l.path), older, 0o600))
			es, err := Read(l.path)
			require.NoError(t, err)
			es[11] = CheckpointEntry("reviewer", c) // "size 8" and the true root of 8 entries
			rewrite(t, l.path, es)
		}, "the stored checkpoint is older than the log: it signed 8 entries, but audit entry 12 records a checkpoint signed after entry 11"},
		{"rewrite the checkpoint entry", func(t *testing.T, l *signedLog, es []Entry) {
			es[8].Detail = strings.Replace(es[8].Detail, "size 8", "size 7", 1)
			rewrite(t, l.path, es)
		}, "audit entry 9 records a checkpoint of 7 entries that the log does not match"},
		{"replace the key entry", func(t *testing.T, l *signedLog, es []Entry) {
			_, other, err := GenerateKey(testOrigin)
			require.NoError(t, err)
			es[1] = KeyEntry("tester", other)
			rewrite(t, l.path, es)
		}, "not the one audit entry 2 records (the key was replaced)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := newSignedLog(t, 6)
			l.sign(t) // 8 entries signed, the checkpoint entry is 9
			es, err := Read(l.path)
			require.NoError(t, err)
			require.Len(t, es, 9)
			tt.tamper(t, l, es)
			_, err = l.verify(nil)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			_, err = Verify(l.path)
			require.Error(t, err, "the keyless Verify catches it too")
		})
	}
}

func TestForkAfterExternalCheckpoint(t *testing.T) {
	t.Run("rewritten history re-signed with a new key", func(t *testing.T) {
		l := newSignedLog(t, 4)
		kept := l.sign(t)
		es, err := Read(l.path)
		require.NoError(t, err)
		// The attacker edits entry 4, makes a new key, records it and signs the new history.
		sk, vk, err := GenerateKey(testOrigin)
		require.NoError(t, err)
		es[3].Testimony = "other"
		es[1] = KeyEntry("tester", vk)
		rewrite(t, l.path, es[:len(es)-1])
		forgeStored(t, l.path, sk, vk)
		signAndRecord(t, l.path, sk, vk, "attacker")
		_, err = VerifyLog(l.path, VerifyOptions{Key: vk})
		require.NoError(t, err, "on its own, a complete rewrite with a new key is consistent")

		_, err = VerifyLog(l.path, VerifyOptions{Key: vk, Since: kept})
		require.ErrorContains(t, err, "not signed by the key", "the reviewer's checkpoint exposes the new key")
		_, err = VerifyLog(l.path, VerifyOptions{Key: l.vkey, Since: kept})
		require.ErrorContains(t, err, "key was replaced", "the key the reviewer noted exposes it too")
	})
	t.Run("a different log of the same size signed with the same key", func(t *testing.T) {
		l := newSignedLog(t, 4)
		kept := l.sign(t)
		es, err := Read(l.path)
		require.NoError(t, err)
		es[5].Counts = map[string]int{"person": 99}
		rewrite(t, l.path, es[:len(es)-1])
		forgeStored(t, l.path, l.signer, l.vkey)
		signAndRecord(t, l.path, l.signer, l.vkey, "insider")
		res, err := l.verify(nil)
		require.NoError(t, err)
		assert.EqualValues(t, 7, res.Size)

		_, err = l.verify(kept)
		require.ErrorContains(t, err, "forked after the checkpoint of 6 entries")
	})
	t.Run("the log cut below the checkpoint", func(t *testing.T) {
		l := newSignedLog(t, 4)
		kept := l.sign(t)
		es, err := Read(l.path)
		require.NoError(t, err)
		rewrite(t, l.path, es[:4])
		require.NoError(t, os.Remove(checkpointPath(l.path)))
		_, err = l.verify(nil)
		require.ErrorContains(t, err, "stored checkpoint is missing, but audit entry 2 records the checkpoint key")
		forgeStored(t, l.path, l.signer, l.vkey)
		_, err = l.verify(kept)
		require.ErrorContains(t, err, "truncated: the checkpoint signed 6 entries but the log has 4")
	})
}

func TestNonCanonicalLineIsEdited(t *testing.T) {
	path := writeLog(t, 3)
	ls := lines(t, path)
	ls[1] = []byte(strings.Replace(string(ls[1]), `"seq":2,`, `"seq": 2,`, 1))
	require.NoError(t, os.WriteFile(path, []byte(strings.Join([]string{string(ls[0]), string(ls[1]), string(ls[2])}, "")), 0o600))
	_, err := Verify(path)
	require.ErrorContains(t, err, "audit entry 2 was edited: it is not written in canonical form")
}

func TestParseBody(t *testing.T) {
	root := base64.StdEncoding.EncodeToString(make([]byte, 32))
	for _, bad := range []string{
		"", "origin\n5\n", "\n5\n" + root + "\n", "o\n05\n" + root + "\n", "o\n-1\n" + root + "\n",
		"o\n5\nAAAA\n", "o\n5\n" + root + "\nextension\n", "o\n5\n" + root,
	} {
		_, err := parseBody(bad)
		assert.Error(t, err, "%q", bad)
	}
	c, err := parseBody("o\n5\n" + root + "\n")
	require.NoError(t, err)
	assert.Equal(t, Checkpoint{Origin: "o", Size: 5}, c)
}

func TestAppendedEntries(t *testing.T) {
	l := newSignedLog(t, 3)
	kept := l.sign(t)
	b, err := os.ReadFile(l.path)
	require.NoError(t, err)
	ls := lines(t, l.path)
	last := ls[len(ls)-1]
	t.Run("a forged entry that does not chain", func(t *testing.T) {
		forged := strings.Replace(string(last), `"seq":6`, `"seq":7`, 1)
		require.NoError(t, os.WriteFile(l.path, append(append([]byte{}, b...), forged...), 0o600))
		_, err := l.verify(kept)
		require.ErrorContains(t, err, "audit entry 7 does not chain to entry 6")
	})
	t.Run("a forged entry with a wrong hash", func(t *testing.T) {
		require.NoError(t, os.WriteFile(l.path, b, 0o600))
		es, err := Read(l.path)
		require.NoError(t, err)
		e := Entry{Seq: 7, Time: es[5].Time, Actor: "someone", Action: "reveal", Prev: es[5].Hash, Hash: es[5].Hash}
		require.NoError(t, os.WriteFile(l.path, append(append([]byte{}, b...), append(canonical(e), '\n')...), 0o600))
		_, err = l.verify(kept)
		require.ErrorContains(t, err, "audit entry 7 was edited")
	})
	// The limit the package documents: appending needs no key, so a well-formed entry appended
	// by someone with write access is indistinguishable from a real one.
	t.Run("a well-formed appended entry is growth", func(t *testing.T) {
		require.NoError(t, os.WriteFile(l.path, b, 0o600))
		_, err := Append(l.path, Entry{Actor: "someone", Action: "reveal", Testimony: "id1"})
		require.NoError(t, err)
		_, err = l.verify(kept)
		require.NoError(t, err)
	})
}

// FuzzOpenCheckpoint: untrusted checkpoint files never panic, and what is accepted is the
// checkpoint that was signed.
func FuzzOpenCheckpoint(f *testing.F) {
	sk, vk, err := GenerateKey(testOrigin)
	require.NoError(f, err)
	want := Checkpoint{Origin: testOrigin, Size: 42, Root: tlog.RecordHash([]byte("x"))}
	signed, err := SignCheckpoint(want, sk)
	require.NoError(f, err)
	f.Add(signed)
	f.Add([]byte(testOrigin + "\n42\n\n— x AAAA\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := OpenCheckpoint(b, vk)
		if err != nil {
			return
		}
		assert.Equal(t, want, c, "only the signed checkpoint verifies (other signature lines may be added)")
		_, _ = openUnverified(b)
	})
}

func TestSinceCheckpointOfTheWholeLog(t *testing.T) {
	l := newSignedLog(t, 2)
	res, err := l.verify(nil)
	require.NoError(t, err)
	signed, err := SignCheckpoint(Checkpoint{Origin: testOrigin, Size: res.Size, Root: res.Root}, l.signer)
	require.NoError(t, err)
	got, err := l.verify(signed)
	require.NoError(t, err)
	assert.Equal(t, res.Size, got.Since.Size)
	assert.Empty(t, got.Proof, "a tree is its own prefix: the proof is empty")

	wrong := Checkpoint{Origin: testOrigin, Size: res.Size, Root: tlog.RecordHash([]byte("other"))}
	signed, err = SignCheckpoint(wrong, l.signer)
	require.NoError(t, err)
	_, err = l.verify(signed)
	require.ErrorContains(t, err, "forked after the checkpoint of 4 entries")
}

func TestSignNewKeyOnlyForALogWithoutKey(t *testing.T) {
	l := newSignedLog(t, 2)
	res, err := l.verify(nil)
	require.NoError(t, err)
	require.NotNil(t, res.Stored, "the first checkpoint is stored before the key entry")
	assert.EqualValues(t, 1, res.Stored.Size)
	assert.Equal(t, 2, res.KeySeq)
	assert.Equal(t, l.vkey, res.Key)

	before, err := os.ReadFile(checkpointPath(l.path))
	require.NoError(t, err)
	sk, vk, err := GenerateKey(testOrigin)
	require.NoError(t, err)
	_, _, err = SignNewKey(l.path, sk, vk)
	require.ErrorContains(t, err, "audit entry 2 already records a checkpoint key")
	after, err := os.ReadFile(checkpointPath(l.path))
	require.NoError(t, err)
	assert.Equal(t, before, after, "the stored checkpoint is not replaced")
}
