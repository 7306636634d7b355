package redact_test

import (
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// Example_redact redacts a short synthetic testimony with the defector-family policy.
func Example_redact() {
	p, err := policies.Load("defector-family")
	if err != nil {
		log.Fatal(err)
	}
	e, err := redact.New(p)
	if err != nil {
		log.Fatal(err)
	}
	red, err := e.Redact(redact.Document{
		ID:    "example",
		Title: "Kang Eun-ji on sending money",
		Text: "Kang Eun-ji sent 20,000 yuan to her mother in Yeokjeon-dong, Hyesan last month. " +
			"Eun-ji's broker called from 138-0013-8000. We say \"green kettle\" when it arrives.",
		Date: time.Date(2024, 4, 9, 0, 0, 0, 0, time.UTC),
		Known: []redact.Known{
			{Text: "Kang Eun-ji", Category: redact.Person, Role: redact.RoleInterviewee},
			{Text: "green kettle", Category: redact.SensitiveTerm},
		},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(red.Title())
	fmt.Println(red.Text())
	fmt.Println(red.Year(), red.Policy())
	// Output:
	// [Interviewee] on sending money
	// [Interviewee] sent [10,000–50,000 yuan] to her mother in [a city in Ryanggang Province] in 2024. [Interviewee]'s broker called from [phone number]. We say "[removed]" when it arrives.
	// 2024 defector-family
}

// ExampleEngine_Redact_report shows the report's account of one decision.
func ExampleEngine_Redact_report() {
	p, err := policies.Load("base")
	if err != nil {
		log.Fatal(err)
	}
	e, err := redact.New(p)
	if err != nil {
		log.Fatal(err)
	}
	red, err := e.Redact(redact.Document{Text: "Call me on 010-1234-5678."})
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range red.Report().Spans {
		fmt.Printf("%d-%d %s %s %q: %s\n", s.Start, s.End, s.Category, s.Action, s.Replacement, s.Rule)
	}
	// Output:
	// 11-24 phone suppress "[phone number]": South Korean mobile (01x-xxxx-xxxx)
}

// ExampleErrResidual shows how a caller tells a failed residual check from other errors.
func ExampleErrResidual() {
	var err error = fmt.Errorf("redact: text: %w", redact.ErrResidual)
	if errors.Is(err, redact.ErrResidual) {
		fmt.Println("keep the original encrypted, index nothing, mark the testimony pending")
	}
	// Output:
	// keep the original encrypted, index nothing, mark the testimony pending
}
