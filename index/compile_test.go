package index_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAddAcceptsOnlyRedacted proves the promise of the package: a program that hands Add raw
// text, or anything but *redact.Redacted, does not compile. Each case is a small program built
// with the go tool in a temporary directory inside the module (so that the module's import
// paths resolve); the directory starts with "_" so that "./..." patterns run by others at the
// same time never see it.
func TestAddAcceptsOnlyRedacted(t *testing.T) {
	if testing.Short() {
		t.Skip("builds programs with the go tool")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go tool not found")
	}

	tests := []struct {
		name    string
		body    string
		wantErr string // "" means the program must compile
	}{
		{
			name:    "redacted document compiles",
			body:    `var r *redact.Redacted; _ = ix.Add(r)`,
			wantErr: "",
		},
		{
			name:    "raw string",
			body:    `_ = ix.Add("Kim Chol-su crossed at Hyesan")`,
			wantErr: `cannot use "Kim Chol-su crossed at Hyesan" (untyped string constant) as *redact.Redacted value`,
		},
		{
			name:    "string variable",
			body:    `text := "raw"; _ = ix.Add(text)`,
			wantErr: `cannot use text (variable of type string) as *redact.Redacted value`,
		},
		{
			name:    "bytes",
			body:    `_ = ix.Add([]byte("raw"))`,
			wantErr: `as *redact.Redacted value`,
		},
		{
			name:    "engine input document",
			body:    `_ = ix.Add(&redact.Document{Text: "raw"})`,
			wantErr: `cannot use &redact.Document{…} (value of type *redact.Document) as *redact.Redacted value`,
		},
		{
			name: "look-alike struct",
			body: `type fake struct{ id, title, text string }
	_ = ix.Add(&fake{text: "raw"})`,
			wantErr: `(value of type *fake) as *redact.Redacted value`,
		},
		{
			name:    "redacted struct with fields set from outside",
			body:    `_ = ix.Add(&redact.Redacted{text: "raw"})`,
			wantErr: `cannot refer to unexported field text in struct literal`,
		},
	}

	dir, err := os.MkdirTemp(".", "_compilecheck")
	require.NoError(t, err)
	t.Cleanup(func() { _ = os.RemoveAll(dir) })

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := `package main

import (
	"github.com/testimony-archive/testimony/index"
	"github.com/testimony-archive/testimony/redact"
)

var _ = redact.New

func main() {
	var ix *index.Index
	` + tt.body + `
}
`
			require.NoError(t, os.WriteFile(filepath.Join(dir, "main.go"), []byte(src), 0o600))
			cmd := exec.Command(goTool, "build", "-o", os.DevNull, "./"+filepath.Base(dir))
			out, err := cmd.CombinedOutput()
			if tt.wantErr == "" {
				require.NoError(t, err, "%s", out)
				return
			}
			require.Error(t, err, "the program compiled")
			assert.Contains(t, string(out), tt.wantErr)
		})
	}
}
