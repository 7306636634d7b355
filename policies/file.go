package policies

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/testimony-archive/testimony/redact"
)

// LoadFile reads and validates a policy file (YAML) as the shipped policies are validated;
// extends resolves against the shipped set. Errors name the file.
func LoadFile(path string) (*redact.Policy, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // "no such file or directory", without Go's "open PATH:" prefix
		}
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return Parse(path, data)
}

// IsFile reports whether ref names a policy file rather than a shipped policy: it holds a
// path separator or ends in .yaml or .yml. (A shipped name is lower-case letters, digits
// and hyphens only, so the two never collide.)
func IsFile(ref string) bool {
	ext := strings.ToLower(filepath.Ext(ref))
	return strings.ContainsRune(ref, '/') || strings.ContainsRune(ref, filepath.Separator) || ext == ".yaml" || ext == ".yml"
}

// LoadRef loads a shipped policy by name, or a policy file (see [IsFile]) so that a reviewer
// can try an edited policy before it ships.
func LoadRef(ref string) (*redact.Policy, error) {
	if IsFile(ref) {
		return LoadFile(ref)
	}
	return Load(ref)
}
