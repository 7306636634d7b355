package index_test

import (
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/testimony-archive/testimony/index"
	"github.com/testimony-archive/testimony/redact"
)

// exampleDir returns a fresh directory for an example's index.
func exampleDir() (string, func()) {
	tmp, err := os.MkdirTemp("", "index-example")
	if err != nil {
		log.Fatal(err)
	}
	return filepath.Join(tmp, "index"), func() { os.RemoveAll(tmp) }
}

// The index accepts only what the redaction engine returns.
func Example() {
	dir, cleanup := exampleDir()
	defer cleanup()

	engine, err := redact.New(&redact.Policy{
		Name: "example", Version: "1",
		Rules: map[redact.Category]redact.Rule{redact.Person: {Action: redact.Pseudonymize}},
	})
	if err != nil {
		log.Fatal(err)
	}
	doc, err := engine.Redact(redact.Document{
		ID:       "t1",
		Title:    "Crossing in winter",
		Text:     "Pak Yong-ho crossed the frozen river at night.",
		Language: "en",
		Known:    []redact.Known{{Text: "Pak Yong-ho", Category: redact.Person, Role: redact.RoleInterviewee}},
	})
	if err != nil {
		log.Fatal(err)
	}

	ix, err := index.Create(dir)
	if err != nil {
		log.Fatal(err)
	}
	if err := ix.Add(doc); err != nil {
		log.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		log.Fatal(err)
	}

	ix, err = index.OpenReadOnly(dir, 2*time.Second)
	if err != nil {
		log.Fatal(err)
	}
	defer ix.Close()
	for _, q := range []string{`"frozen river"`, `"Yong-ho"`} {
		res, err := ix.Search(index.Request{Query: q})
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: %d\n", q, res.Total)
	}
	// Output:
	// "frozen river": 1
	// "Yong-ho": 0
}

func ExampleIndex_Search() {
	dir, cleanup := exampleDir()
	defer cleanup()
	ix, err := index.Create(dir)
	if err != nil {
		log.Fatal(err)
	}
	defer ix.Close()

	engine, err := redact.New(&redact.Policy{Name: "example", Version: "1"})
	if err != nil {
		log.Fatal(err)
	}
	for _, d := range []redact.Document{
		{ID: "ko1", Language: "ko", Topics: []string{"remittance"}, Text: "어머니가 북한에서 송금을 받았다."},
		{ID: "en1", Language: "en", Topics: []string{"remittance"}, Text: "The broker carried the money."},
	} {
		r, err := engine.Redact(d)
		if err != nil {
			log.Fatal(err)
		}
		if err := ix.Add(r); err != nil {
			log.Fatal(err)
		}
	}

	res, err := ix.Search(index.Request{Query: "+topic:remittance 북한", Limit: 10})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Total, res.Hits[0].ID, res.Hits[0].Snippets[0])
	fmt.Println(res.Facets[index.FieldLanguage])
	// Output:
	// 2 ko1 어머니가 «북한»에서 송금을 받았다.
	// [{en 1} {ko 1}]
}

func ExampleOpenReadOnly() {
	dir, cleanup := exampleDir()
	defer cleanup()
	writer, err := index.Create(dir)
	if err != nil {
		log.Fatal(err)
	}

	// While the writer holds the index, a search waits at most its timeout and says so.
	_, err = index.OpenReadOnly(dir, 100*time.Millisecond)
	fmt.Println(errors.Is(err, index.ErrBusy))

	if err := writer.Close(); err != nil {
		log.Fatal(err)
	}
	ix, err := index.OpenReadOnly(dir, 100*time.Millisecond)
	fmt.Println(err)
	ix.Close()
	// Output:
	// true
	// <nil>
}

func ExampleIndex_Get() {
	dir, cleanup := exampleDir()
	defer cleanup()
	ix, err := index.Create(dir)
	if err != nil {
		log.Fatal(err)
	}
	defer ix.Close()

	engine, err := redact.New(&redact.Policy{
		Name: "example", Version: "1",
		Rules: map[redact.Category]redact.Rule{redact.SensitiveTerm: {Action: redact.Suppress}},
	})
	if err != nil {
		log.Fatal(err)
	}
	r, err := engine.Redact(redact.Document{
		ID: "t1", Title: "Codewords",
		Text:  "We agreed on the codeword Moonflower.",
		Known: []redact.Known{{Text: "Moonflower", Category: redact.SensitiveTerm}},
	})
	if err != nil {
		log.Fatal(err)
	}
	if err := ix.Add(r); err != nil {
		log.Fatal(err)
	}

	title, text, err := ix.Get("t1")
	fmt.Println(title, "|", text, "|", err)
	_, _, err = ix.Get("t2")
	fmt.Println(errors.Is(err, index.ErrNotFound))
	// Output:
	// Codewords | We agreed on the codeword [removed]. | <nil>
	// true
}

func ExampleIndex_Delete() {
	dir, cleanup := exampleDir()
	defer cleanup()
	ix, err := index.Create(dir)
	if err != nil {
		log.Fatal(err)
	}
	defer ix.Close()
	engine, err := redact.New(&redact.Policy{Name: "example", Version: "1"})
	if err != nil {
		log.Fatal(err)
	}
	for _, id := range []string{"t1", "t2"} {
		r, err := engine.Redact(redact.Document{ID: id, Text: "A testimony."})
		if err != nil {
			log.Fatal(err)
		}
		if err := ix.Add(r); err != nil {
			log.Fatal(err)
		}
	}

	// Consent withdrawn for t1.
	if err := ix.Delete("t1"); err != nil {
		log.Fatal(err)
	}
	ids, err := ix.IDs()
	fmt.Println(ids, err)
	has, err := ix.Has("t1")
	fmt.Println(has, err)
	// Output:
	// [t2] <nil>
	// false <nil>
}
