package policies

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/redact"
)

func TestListShipped(t *testing.T) {
	infos := List()
	var names []string
	for _, i := range infos {
		names = append(names, i.Name)
		assert.NotEmpty(t, i.Version, i.Name)
		assert.NotEmpty(t, i.Description, i.Name)
		assert.Len(t, i.SHA256, 64, i.Name)
	}
	assert.Equal(t, []string{"base", "defector-family", "pow", "strict"}, names)
}

func TestLoadResolvesExtends(t *testing.T) {
	tests := []struct {
		name   string
		review bool
		rules  map[redact.Category]redact.Action
	}{
		{"base", false, map[redact.Category]redact.Action{redact.Person: redact.Pseudonymize, redact.Phone: redact.Suppress}},
		{"strict", false, map[redact.Category]redact.Action{redact.Person: redact.Pseudonymize, redact.Place: redact.Generalize, redact.Money: redact.Generalize}},
		{"defector-family", false, map[redact.Category]redact.Action{redact.Route: redact.Generalize, redact.Money: redact.Generalize, redact.Email: redact.Suppress}},
		{"pow", true, map[redact.Category]redact.Action{redact.MilitaryUnit: redact.Suppress, redact.Rank: redact.Generalize, redact.Person: redact.Pseudonymize}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Load(tt.name)
			require.NoError(t, err)
			assert.Equal(t, tt.name, p.Name)
			assert.Equal(t, tt.review, p.ReviewRequired)
			assert.NotNil(t, p.Gazetteer)
			assert.Contains(t, p.Allow, "Kim Jong Un", "allow list inherited from base")
			for c, a := range tt.rules {
				assert.Equal(t, a, p.Rules[c].Action, "category %s", c)
			}
			_, err = redact.New(p)
			require.NoError(t, err)
		})
	}
}

func TestLoadUnknown(t *testing.T) {
	_, err := Load("lenient")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "unknown policy")
	assert.Contains(t, err.Error(), "defector-family")
}

func TestShowIsResolvedAndParses(t *testing.T) {
	out, err := Show("pow")
	require.NoError(t, err)
	s := string(out)
	assert.Contains(t, s, "name: pow")
	assert.Contains(t, s, "review_required: true")
	assert.Contains(t, s, "person: {action: pseudonymize}", "inherited from base")
	assert.Contains(t, s, "military_unit: {action: suppress}")
	// The resolved form is itself a valid policy with the same rules.
	p, err := Parse("shown.yaml", out)
	require.NoError(t, err)
	orig, err := Load("pow")
	require.NoError(t, err)
	for c, r := range orig.Rules {
		assert.Equal(t, r, p.Rules[c], "category %s", c)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"unknown key", "name: x\nversion: \"1\"\ndescription: d\ncolour: red\n", "p.yaml:4: unknown key \"colour\""},
		{"unknown category", "name: x\nversion: \"1\"\ndescription: d\nrules:\n  shoe_size: suppress\n", "p.yaml:5: unknown category \"shoe_size\""},
		{"unknown action", "name: x\nversion: \"1\"\ndescription: d\nrules:\n  person: shred\n", "p.yaml:5: unknown action \"shred\""},
		{"unknown rule key", "name: x\nversion: \"1\"\ndescription: d\nrules:\n  person: {action: suppress, colour: 1}\n", "p.yaml:5: unknown key \"colour\" in rule"},
		{"bad level", "name: x\nversion: \"1\"\ndescription: d\nrules:\n  place:\n    action: generalize\n    level: galaxy\n", "p.yaml:6: "},
		{"missing version", "name: x\ndescription: d\n", "p.yaml:1: missing required key \"version\""},
		{"bad yaml", "name: x\nversion: [\n", "p.yaml:"},
		{"empty", "", "p.yaml:1: empty policy file"},
		{"not a mapping", "- a\n- b\n", "p.yaml:1: a policy is a mapping"},
		{"unknown parent", "name: x\nversion: \"1\"\ndescription: d\nextends: lenient\n", "p.yaml:4: extends unknown policy \"lenient\""},
		{"bad bool", "name: x\nversion: \"1\"\ndescription: d\nreview_required: maybe\n", "p.yaml:4: review_required must be true or false"},
		{"duplicate key", "name: x\nname: y\nversion: \"1\"\ndescription: d\n", "p.yaml:2: duplicate key \"name\""},
		{"bad name", "name: X Y\nversion: \"1\"\ndescription: d\n", "p.yaml:1: name"},
		{"allow not list", "name: x\nversion: \"1\"\ndescription: d\nallow: Kim\n", "p.yaml:4: allow must be a list"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("p.yaml", []byte(tt.src))
			require.Error(t, err)
			assert.True(t, strings.HasPrefix(err.Error(), tt.want), "got %q, want prefix %q", err, tt.want)
		})
	}
}

func TestParseExtendsOverrides(t *testing.T) {
	src := `name: local
version: "2"
extends: strict
description: strict, but amounts stay exact
review_required: true
rules:
  money: keep
  person: {action: suppress, level: category}
allow: [Hanawon]
deny: [red lantern]
`
	p, err := Parse("local.yaml", []byte(src))
	require.NoError(t, err)
	assert.Equal(t, redact.Keep, p.Rules[redact.Money].Action)
	assert.Equal(t, redact.Rule{Action: redact.Suppress, Level: "category"}, p.Rules[redact.Person])
	assert.Equal(t, redact.Generalize, p.Rules[redact.Place].Action, "inherited from strict")
	assert.True(t, p.ReviewRequired)
	assert.Contains(t, p.Deny, "red lantern")
	assert.Len(t, p.SHA256, 64)
	strict, err := Load("strict")
	require.NoError(t, err)
	assert.NotEqual(t, strict.SHA256, p.SHA256)
}

func FuzzParsePolicy(f *testing.F) {
	for _, n := range []string{"base.yaml", "strict.yaml", "pow.yaml", "defector-family.yaml"} {
		b, err := shippedFS.ReadFile(n)
		require.NoError(f, err)
		f.Add(b)
	}
	f.Add([]byte("name: x\nversion: \"1\"\ndescription: d\nrules:\n  person: {action: suppress}\n"))
	f.Add([]byte("name: x\nextends: x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse("fuzz.yaml", data)
		if err != nil {
			// Every error names the file and a line.
			if !strings.HasPrefix(err.Error(), "fuzz.yaml:") && !strings.HasPrefix(err.Error(), "policies:") {
				t.Fatalf("error without position: %v", err)
			}
			return
		}
		if _, err := redact.New(p); err != nil {
			t.Fatalf("parsed policy rejected by the engine: %v", err)
		}
	})
}
