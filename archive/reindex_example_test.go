package archive_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/testimony-archive/testimony/archive"
	"github.com/testimony-archive/testimony/index"
)

const winterSample = `---
title: Leaving
language: en
interview_date: 2019-05-04
interviewee: Pak Chol-su
---

Pak Chol-su: I left Hyesan in the winter.
`

// Changing a policy: see what it would change (counts only), then apply it to the whole
// archive; searches switch from the old index to the new one in one step.
func ExampleArchive_Reindex() {
	root, _ := os.MkdirTemp("", "testimony-example")
	defer os.RemoveAll(root)
	dir, keyFile := filepath.Join(root, "archive"), filepath.Join(root, "key.txt")
	input := filepath.Join(root, "leaving.md")
	_ = os.WriteFile(input, []byte(winterSample), 0o600)
	_, _ = archive.Init(dir, archive.InitOptions{IdentityOut: keyFile})
	a, _ := archive.Open(dir)
	_, _ = a.Ingest(context.Background(), []string{input}, archive.IngestOptions{Policy: "base"})
	ids, _ := archive.LoadIdentities(keyFile, nil)

	diff, err := a.PolicyDiff(context.Background(), archive.PolicyDiffOptions{From: "base", To: "strict", Identities: ids})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range diff.Categories {
		if c.NewlyRemoved > 0 {
			fmt.Println(c.Category, "newly removed:", c.NewlyRemoved)
		}
	}

	hits, _ := a.Search(index.Request{Query: "Hyesan"})
	fmt.Println("before:", hits.Total)
	results, err := a.Reindex(context.Background(), archive.ReindexOptions{Policy: "strict", Identities: ids})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(results[0].Previous, "->", results[0].Status, results[0].Policy)
	hits, _ = a.Search(index.Request{Query: "Hyesan"})
	fmt.Println("after:", hits.Total)
	// Output:
	// place newly removed: 1
	// before: 1
	// released -> released strict
	// after: 0
}
