package archive_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/testimony-archive/testimony/archive"
	"github.com/testimony-archive/testimony/index"
)

const sample = `---
title: Crossing in winter
language: en
interview_date: 2019-05-04
interviewer: Lee Min-ji
interviewee: Pak Chol-su
sensitive_terms: [green kettle]
---

Lee Min-ji: When did you cross?

Pak Chol-su: In the winter. The broker said "green kettle" at the door.
`

// The common case: create an archive with a new key kept outside it, ingest with only the
// public recipient, search the redacted copies, reveal the original with the key.
func Example() {
	root, _ := os.MkdirTemp("", "testimony-example")
	defer os.RemoveAll(root)
	dir := filepath.Join(root, "archive")
	keyFile := filepath.Join(root, "key.txt") // keep it offline, never inside the archive
	input := filepath.Join(root, "crossing.md")
	_ = os.WriteFile(input, []byte(sample), 0o600)

	if _, err := archive.Init(dir, archive.InitOptions{IdentityOut: keyFile}); err != nil {
		fmt.Println(err)
		return
	}
	a, _ := archive.Open(dir)
	results, err := a.Ingest(context.Background(), []string{input}, archive.IngestOptions{Actor: "archivist"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(results[0].Status)

	hits, _ := a.Search(index.Request{Query: "broker", Limit: 10})
	fmt.Println(hits.Total)

	ids, _ := archive.LoadIdentities(keyFile, nil)
	original, _ := a.Reveal(ids, results[0].ID, "archivist", "example")
	fmt.Println(string(original) == sample)

	n, err := a.VerifyAudit()
	fmt.Println(n > 0, err)
	// Output:
	// released
	// 1
	// true
	// true <nil>
}

// Check reports what a crash left and repairs it.
func ExampleArchive_Check() {
	root, _ := os.MkdirTemp("", "testimony-example")
	defer os.RemoveAll(root)
	dir := filepath.Join(root, "archive")
	_, _ = archive.Init(dir, archive.InitOptions{IdentityOut: filepath.Join(root, "key.txt")})
	a, _ := archive.Open(dir)

	// A temporary file left by an interrupted write.
	_ = os.WriteFile(filepath.Join(dir, "objects", ".tmp-x.age-1"), []byte("ciphertext"), 0o600)
	rep, _ := a.Check(true)
	fmt.Println(rep.Problems)
	fmt.Println(rep.Repaired)
	rep, _ = a.Check(false)
	fmt.Println(len(rep.Problems))
	// Output:
	// [objects/.tmp-x.age-1: temporary file left by an interrupted command]
	// [objects/.tmp-x.age-1: removed]
	// 0
}

// Ingest refuses bad input before storing anything, naming the file and never its content.
func ExampleArchive_Ingest_badInput() {
	root, _ := os.MkdirTemp("", "testimony-example")
	defer os.RemoveAll(root)
	dir := filepath.Join(root, "archive")
	_, _ = archive.Init(dir, archive.InitOptions{IdentityOut: filepath.Join(root, "key.txt")})
	a, _ := archive.Open(dir)
	bad := filepath.Join(root, "scan.txt")
	_ = os.WriteFile(bad, []byte("%PDF-1.7 ..."), 0o600)

	_, err := a.Ingest(context.Background(), []string{bad}, archive.IngestOptions{})
	fmt.Println(filepath.Base(err.Error()))
	// Output:
	// scan.txt: binary content (PDF), not a text transcript
}
