package main

import (
	"flag"
	"os"

	"filippo.io/age"
	"filippo.io/age/plugin"
	"github.com/rogpeppe/go-internal/testscript"
)

// fakePlugin is age-plugin-fake, a real age plugin (filippo.io/age/plugin's server side) for
// the scripts: its recipients carry an X25519 recipient string and its identities an X25519
// identity string, so it stands in for a hardware token without one.
func fakePlugin() {
	p, err := plugin.New("fake")
	if err != nil {
		panic(err)
	}
	fs := flag.NewFlagSet("age-plugin-fake", flag.ExitOnError)
	p.RegisterFlags(fs)
	if err := fs.Parse(os.Args[1:]); err != nil {
		os.Exit(2)
	}
	p.HandleRecipient(func(data []byte) (age.Recipient, error) { return age.ParseX25519Recipient(string(data)) })
	p.HandleIdentity(func(data []byte) (age.Identity, error) { return age.ParseX25519Identity(string(data)) })
	os.Exit(p.Main())
}

// pluginkey FILE: writes a new age-plugin-fake identity (AGE-PLUGIN-FAKE-1...) to FILE and
// sets $PLUGIN_RECIPIENT to its recipient (age1fake1...).
func cmdPluginKey(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 || neg {
		ts.Fatalf("usage: pluginkey FILE")
	}
	id, err := age.GenerateX25519Identity()
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(plugin.EncodeIdentity("fake", []byte(id.String()))+"\n"), 0o600))
	ts.Setenv("PLUGIN_RECIPIENT", plugin.EncodeRecipient("fake", []byte(id.Recipient().String())))
}
