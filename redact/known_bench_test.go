package redact_test

import (
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// BenchmarkPrepareKnown is the per-document preparation of the known identifiers' forms
// for the corpus under the strict policy.
func BenchmarkPrepareKnown(b *testing.B) {
	corpus := loadCorpus(b)
	p, err := policies.Load("strict")
	require.NoError(b, err)
	e, err := redact.New(p)
	require.NoError(b, err)
	b.ReportAllocs()
	for range b.N {
		for _, c := range corpus {
			redact.PrepareKnownOnly(e, c.doc)
		}
	}
}
