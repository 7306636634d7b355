package redact_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// redactDated is redactWith for a testimony with an interview date: relative dates are read
// against it.
func redactDated(t *testing.T, policy string, at time.Time, cases map[string]string) {
	t.Helper()
	p, err := policies.Load(policy)
	require.NoError(t, err)
	e, err := redact.New(p)
	require.NoError(t, err)
	for in, want := range cases {
		red, err := e.Redact(redact.Document{Text: in, Date: at})
		require.NoError(t, err)
		assert.Equal(t, want, red.Text(), in)
	}
}

// Korean sums: the multiplier is counted once, the currency stays, and a sum written with
// several units ("1만5천"), in Hangul numerals ("오천") or in another currency (불, 루블) is
// a sum too.
func TestRedTeamKoreanSums(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"브로커한테 3천 위안, 그리고 100만 원을 줬어요.": "브로커한테 [1,000–5,000 위안], 그리고 [1–5 million 원]을 줬어요.",
		"2만 위안을 냈어요.":                   "[10,000–50,000 위안]을 냈어요.",
		"1억 원이 들었어요.":                   "[100–500 million 원]이 들었어요.",
		"3000위안을 줬어요.":                  "[1,000–5,000 위안]을 줬어요.",
		"5달러를 줬어요.":                     "[5–10 달러]를 줬어요.",
		"50만원, 700만원.":                  "[500,000–1 million 원], [5–10 million 원].",
		"중국 돈 1만5천 위안, 천 위안, 300불, 3만 루블을 줬어요.": "중국 돈 [10,000–50,000 위안], [1,000–5,000 위안], [100–500 불], [10,000–50,000 루블]을 줬어요.",
		"오천 위안을 줬어요.":  "[5,000–10,000 위안]을 줬어요.",
		"2천만 원이 들었어요.": "[10–50 million 원]이 들었어요.",
		"1.5만 위안이었어요.": "[10,000–50,000 위안]이었어요.",
		// must not fire: a numeral without a currency, a place, a word that starts like one.
		"천 명이 모였어요.":      "천 명이 모였어요.",
		"이천에 살았어요.":       "이천에 살았어요.",
		"천천히 걸었어요.":       "천천히 걸었어요.",
		"버스가 만원이었어요.":     "버스가 만원이었어요.",
		"오천 원래 값이 아니었어요.": "오천 원래 값이 아니었어요.",
		"사 불이 났어요.":       "사 불이 났어요.",
	})
}

// A full stop between groups of three digits is a thousands separator in a sum (no currency
// has three decimals); "fifteen hundred" is 1,500.
func TestRedTeamSumsWritten(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"She received 12.000 yuan.":    "She received [10,000–50,000 yuan].",
		"Fifteen hundred dollars.":     "[1,000–5,000 dollars].",
		"He paid two dozen dollars.":   "He paid [10–50 dollars].",
		"It cost 2.5 yuan.":            "It cost [1–5 yuan].",
		"He paid one hundred dollars.": "He paid [100–500 dollars].",
	})
}
