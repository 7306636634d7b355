package policies_test

import (
	"fmt"
	"log"

	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

func ExampleList() {
	for _, p := range policies.List() {
		fmt.Printf("%s %s review=%v\n", p.Name, p.Version, p.ReviewRequired)
	}
	// Output:
	// base 1.0 review=false
	// defector-family 1.2 review=false
	// pow 1.2 review=true
	// strict 1.1 review=false
}

func ExampleLoad() {
	p, err := policies.Load("defector-family")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(p.Rules[redact.Place].Action, p.Rules[redact.Place].Level)
	fmt.Println(p.Rules[redact.Money].Action, p.Rules[redact.Money].Level)
	// Output:
	// generalize province
	// generalize range
}

func ExampleParse() {
	_, err := policies.Parse("local.yaml", []byte("name: local\nversion: \"1\"\ndescription: d\nrules:\n  person: shred\n"))
	fmt.Println(err)
	// Output:
	// local.yaml:5: unknown action "shred" for person (known: pseudonymize, generalize, suppress, keep)
}
