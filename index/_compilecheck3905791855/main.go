package main

import (
	"github.com/testimony-archive/testimony/index"
	"github.com/testimony-archive/testimony/redact"
)

var _ = redact.New

func main() {
	var ix *index.Index
	var r *redact.Redacted; _ = ix.Add(r)
}
