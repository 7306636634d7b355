package archive

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"filippo.io/age"
	"filippo.io/age/armor"
	"filippo.io/age/plugin"
)

// pluginUI is the non-interactive UI used for plugin recipients and identities: the archive
// never prompts on its own; plugins that need a PIN or a touch print to standard error.
var pluginUI = &plugin.ClientUI{
	DisplayMessage: func(name, message string) error {
		fmt.Fprintf(os.Stderr, "age-plugin-%s: %s\n", name, message)
		return nil
	},
	RequestValue: func(name, prompt string, secret bool) (string, error) {
		return "", fmt.Errorf("age-plugin-%s asked for input, which this command cannot give", name)
	},
	Confirm: func(name, prompt, yes, no string) (bool, error) {
		return false, fmt.Errorf("age-plugin-%s asked for confirmation, which this command cannot give", name)
	},
	WaitTimer: func(name string) {
		fmt.Fprintf(os.Stderr, "waiting on age-plugin-%s (touch your token?)\n", name)
	},
}

// parseRecipients parses recipient strings: X25519 (age1...), hybrid post-quantum
// (age1pq1...) and plugin recipients (age1name1...).
func parseRecipients(strs []string) ([]age.Recipient, error) {
	if len(strs) == 0 {
		return nil, errors.New("no recipients")
	}
	var out []age.Recipient
	for i, s := range strs {
		s = strings.TrimSpace(s)
		var r age.Recipient
		var err error
		switch {
		case strings.HasPrefix(s, "age1pq1"):
			r, err = age.ParseHybridRecipient(s)
		case strings.HasPrefix(s, "age1") && strings.Count(s, "1") >= 2: // bech32 data has no "1": a second one means age1<plugin>1...
			r, err = plugin.NewRecipient(s, pluginUI)
		case strings.HasPrefix(s, "age1"):
			r, err = age.ParseX25519Recipient(s)
		case strings.HasPrefix(s, "AGE-SECRET-KEY-"):
			return nil, fmt.Errorf("recipient %d is a private key, not a public recipient; give the public key (age1...)", i+1)
		default:
			return nil, fmt.Errorf("recipient %d is not an age recipient (age1...)", i+1)
		}
		if err != nil {
			return nil, fmt.Errorf("recipient %d: %v", i+1, err)
		}
		out = append(out, r)
	}
	return out, nil
}

// LoadIdentities reads an age identity file (X25519, passphrase-protected, or plugin).
//
// A plain identity file holds one key per line as age-keygen writes it (AGE-SECRET-KEY-1...,
// AGE-SECRET-KEY-PQ-1..., or AGE-PLUGIN-... for hardware tokens), with "#" comments. A
// passphrase-protected identity file is such a file encrypted with age -p (binary or
// armored); passphrase is called once to decrypt it and may be nil for files that do not need
// one.
func LoadIdentities(path string, passphrase func() ([]byte, error)) ([]age.Identity, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("identity file: %w", err)
	}
	trimmed := bytes.TrimSpace(b)
	if bytes.HasPrefix(b, []byte("age-encryption.org/")) || bytes.HasPrefix(trimmed, []byte(armor.Header)) {
		if passphrase == nil {
			return nil, fmt.Errorf("identity file %s is passphrase-protected and no passphrase was given", path)
		}
		pass, err := passphrase()
		if err != nil {
			return nil, fmt.Errorf("identity file %s: could not read the passphrase: %v", path, err)
		}
		sid, err := age.NewScryptIdentity(string(pass))
		if err != nil {
			return nil, fmt.Errorf("identity file %s: %v", path, err)
		}
		var r io.Reader = bytes.NewReader(b)
		if bytes.HasPrefix(trimmed, []byte(armor.Header)) {
			r = armor.NewReader(bytes.NewReader(trimmed))
		}
		dr, err := age.Decrypt(r, sid)
		if err != nil {
			var nm *age.NoIdentityMatchError
			if errors.As(err, &nm) || errors.Is(err, age.ErrIncorrectIdentity) {
				return nil, fmt.Errorf("identity file %s: incorrect passphrase", path)
			}
			return nil, fmt.Errorf("identity file %s: %v", path, err)
		}
		inner, err := io.ReadAll(io.LimitReader(dr, 1<<24))
		if err != nil {
			return nil, fmt.Errorf("identity file %s: %v", path, err)
		}
		b = inner
	}
	ids, err := parseIdentities(b)
	if err != nil {
		return nil, fmt.Errorf("identity file %s: %v", path, err)
	}
	return ids, nil
}

// parseIdentities is age.ParseIdentities plus plugin identities.
func parseIdentities(b []byte) ([]age.Identity, error) {
	var ids []age.Identity
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 64<<10), 1<<24)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !utf8.ValidString(line) {
			return nil, errors.New("not valid UTF-8")
		}
		var id age.Identity
		var err error
		switch {
		case strings.HasPrefix(line, "AGE-PLUGIN-"):
			id, err = plugin.NewIdentity(line, pluginUI)
		case strings.HasPrefix(line, "AGE-SECRET-KEY-"):
			var parsed []age.Identity
			parsed, err = age.ParseIdentities(strings.NewReader(line))
			if err == nil {
				id = parsed[0]
			}
		case strings.HasPrefix(line, "age1"):
			return nil, fmt.Errorf("line %d is a public recipient, not an identity", n)
		default:
			// Never echo the line: it may be key material.
			return nil, fmt.Errorf("line %d is not an age identity", n)
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: not a valid identity", n)
		}
		ids = append(ids, id)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, errors.New("no identities found")
	}
	return ids, nil
}

// decryptFile opens an age file with identities and returns its plaintext.
func decryptFile(path string, ids []age.Identity) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := age.Decrypt(bufio.NewReader(f), ids...)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}
