// Package index is the searchable side of the archive: a bleve index that holds only redacted
// documents. Its writer accepts *redact.Redacted and nothing else.
package index

import (
	"errors"
	"time"

	"github.com/testimony-archive/testimony/redact"
)

// ErrBusy is returned when another process holds the index and it did not free in time.
var ErrBusy = errors.New("the archive index is busy (another command is writing); try again shortly")

// Index is an open bleve index.
type Index struct{}

// Create makes a new, empty index at dir with Testimony's mapping.
func Create(dir string) (*Index, error) { panic("not implemented") }

// Open opens the index for writing, waiting at most timeout for another writer to let go.
func Open(dir string, timeout time.Duration) (*Index, error) { panic("not implemented") }

// OpenReadOnly opens the index for searching, waiting at most timeout.
func OpenReadOnly(dir string, timeout time.Duration) (*Index, error) { panic("not implemented") }

// Close closes the index.
func (ix *Index) Close() error { panic("not implemented") }

// Add indexes documents in one batch (status is "released").
func (ix *Index) Add(docs ...*redact.Redacted) error { panic("not implemented") }

// Delete removes documents by testimony ID.
func (ix *Index) Delete(ids ...string) error { panic("not implemented") }

// Has reports whether a testimony is indexed.
func (ix *Index) Has(id string) (bool, error) { panic("not implemented") }

// IDs lists every indexed testimony ID.
func (ix *Index) IDs() ([]string, error) { panic("not implemented") }

// Get returns the stored redacted text and title of one document.
func (ix *Index) Get(id string) (title, text string, err error) { panic("not implemented") }

// Request is a search.
type Request struct {
	Query string // bleve query-string syntax
	Limit int
}

// Result is a search result.
type Result struct {
	Total  uint64             `json:"total"`
	Hits   []Hit              `json:"hits"`
	Facets map[string][]Facet `json:"facets,omitempty"`
	Took   time.Duration      `json:"-"`
}

// Hit is one matching testimony.
type Hit struct {
	ID       string   `json:"id"`
	Score    float64  `json:"score"`
	Snippets []string `json:"snippets"`
}

// Facet is one value of a facet field with its count.
type Facet struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

// Search runs a query.
func (ix *Index) Search(req Request) (*Result, error) { panic("not implemented") }
