package redact

import "regexp"

// legalMoneyDetector finds sums written the way courts and officials write them: an ISO
// currency code before or after the amount ("EUR 4,000", "100,000,000 TRL"), a currency
// named in words ("200,000 Turkish liras", "1,500 Austrian schillings"), with the glosses
// that follow ("(TRY)", "[approx. EUR 138]"). A fine, an award or a pension is a detail that
// matches a record to one person.
type legalMoneyDetector struct{}

func init() { register(legalMoneyDetector{}) }

func (legalMoneyDetector) name() string { return "legal_money" }

const (
	legalISOCurrency = `(?:EUR|USD|GBP|TRL|TRY|YTL|PLN|DEM|ATS|FRF|CHF|SEK|NOK|DKK|CZK|HUF|RUB|UAH|BGN|RON|ROL|HRK|CNY|RMB|KRW|KPW|JPY|CYP|GRD|ITL|ESP|NLG|BEF|LUF|FIM|SIT|SKK|LTL|LVL|EEK|MDL|GEL|AMD|AZN|ISK|MKD|RSD|BAM|ALL|PTE|IEP)`
	legalAmount      = `\d{1,3}(?:[,.  ]\d{3,4})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`
	// legalCurrencyWords are currencies written in words, after the amount.
	legalCurrencyWords = `(?:(?:New |new )?Turkish [Ll]iras?|Polish [Zz]lotys?|zlotys?|złoty|(?:Deutsche?|Deutsch) [Mm]arks?|GDR [Mm]arks?|[Mm]arks|Austrian [Ss]chillings?|schillings?|(?:Swiss |French |Belgian |Luxembourg )?francs|(?:Swedish |Norwegian |Danish |Icelandic |Czech )?(?:kronor|kroner|kronur|krona|krone|korun|koruna)|crowns|(?:pounds|pound) sterling|pounds|US dollars|dollars|roubles|rubles|hryvnias?|lei|leva|forints?|yuan|renminbi|won|yen|liras|drachmas|pesetas|[Ee]uros?|euro cents|cents)`
)

var (
	moneyAmount = regexp.MustCompile(`(?:^|[^\w.,])((?:(?:approximately|approx\.|nearly|almost|over|some|around|more than|less than) )?(?:` + legalISOCurrency + `\s?(?:` + legalAmount + `)(?:\s(?:million|billion|thousand))?|(?:` + legalAmount + `)(?:\s(?:million|billion|thousand))?\s?(?:` + legalISOCurrency + `|` + legalCurrencyWords + `))` +
		// glosses: "(TRY)", "(euros)", "[approx. EUR 138]", "(approximately 100,000 euros)" stay separate sums
		`(?:\s?\((?:` + legalISOCurrency + `|` + legalCurrencyWords + `)(?:\s?[;,–‑-]\s?(?:approximately|approx\.?|about)?\s?[^()\n]{0,40}(?:\([A-Z]{3}\))?)?\))?(?:\s?\[(?:approx\.?|approximately|about)?\s?(?:` + legalISOCurrency + `\s?(?:` + legalAmount + `)|(?:` + legalAmount + `)\s(?:` + legalCurrencyWords + `|` + legalISOCurrency + `)(?:\s\((?:` + legalISOCurrency + `)\))?)\])?)(?:[^\w]|$)`)
)

func (legalMoneyDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	s := t.Norm
	var out []Candidate
	for _, m := range moneyAmount.FindAllStringSubmatchIndex(s, -1) {
		a, b := m[2], m[3]
		oa, ob := t.Orig(a, b)
		out = append(out, Candidate{Start: oa, End: ob, Category: Money, Detector: "legal_money",
			Rule: "sum with currency code or name", Reason: "an amount with its currency", Score: 0.85})
	}
	return dedupeCandidates(out)
}
