package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// writeInterviews writes interviews from..to-1 (about 3 KB each, distinct bytes) into dir.
func writeInterviews(t *testing.T, dir string, from, to int) {
	t.Helper()
	require.NoError(t, os.MkdirAll(dir, 0o700))
	for i := from; i < to; i++ {
		var b strings.Builder
		fmt.Fprintf(&b, "---\ntitle: Harbour interview %d\ntopics: [work]\n---\n\n", i)
		for k := 0; b.Len() < 3000; k++ {
			fmt.Fprintf(&b, "Interviewer: What happened in week %d?\n\nPak Mi-rae: We loaded coal at the harbour and waited for the border guards to change shift, batch %d.\n\n", k, i)
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("i%03d.md", i)), []byte(b.String()), 0o600))
	}
}
