package redact

import (
	"regexp"
	"strings"
)

// legalMoneyDetector finds sums written the way courts and officials write them: an ISO
// currency code before or after the amount ("EUR 4,000", "100,000,000 TRL"), a currency
// named in words ("200,000 Turkish liras", "1,500 Austrian schillings"), with the glosses
// that follow ("(TRY)", "[approx. EUR 138]"). A fine, an award or a pension is a detail that
// matches a record to one person.
//
// It works outward from each number rather than with one large pattern: a pattern that
// knows every currency runs at a few MB/s, and testimonies are full of numbers.
type legalMoneyDetector struct{}

func init() { register(legalMoneyDetector{}) }

func (legalMoneyDetector) name() string { return "legal_money" }

// legalISOCurrencies are the currency codes courts write before or after a sum.
var legalISOCurrencies = setOfWords(`EUR USD GBP TRL TRY YTL PLN DEM ATS FRF CHF SEK NOK DKK CZK HUF
	RUB UAH BGN RON ROL HRK CNY RMB KRW KPW JPY CYP GRD ITL ESP NLG BEF LUF FIM SIT SKK LTL LVL EEK
	MDL GEL AMD AZN ISK MKD RSD BAM ALL PTE IEP THB LAK`)

// isoCurrencyCode says whether the three bytes c are a code of legalISOCurrencies. Every code
// is three capitals: the other bytes before and after every number are turned away without
// the map lookup.
func isoCurrencyCode(c string) bool {
	return isUpperASCII(c[0]) && isUpperASCII(c[1]) && isUpperASCII(c[2]) && legalISOCurrencies[c]
}

// legalCurrencyWords are currencies written in words after a sum, lower case, longest first
// where one is the start of another.
var legalCurrencyWords = []string{
	"new turkish liras", "new turkish lira", "turkish liras", "turkish lira", "polish zlotys",
	"polish zloty", "deutsche marks", "deutsche mark", "deutsch marks", "deutsch mark",
	"gdr marks", "austrian schillings", "austrian schilling", "swiss francs", "french francs",
	"belgian francs", "luxembourg francs", "swedish kronor", "norwegian kroner", "danish kroner",
	"icelandic kronur", "czech korunas", "czech koruna", "pounds sterling", "pound sterling",
	"us dollars", "zlotys", "zloty", "złoty", "marks", "schillings", "francs", "kronor", "kroner",
	"kronur", "korunas", "crowns", "pounds", "dollars", "roubles", "rubles", "hryvnias", "hryvnia",
	"lei", "leva", "forints", "forint", "yuan", "renminbi", "won", "yen", "liras", "lire",
	"drachmas", "pesetas", "euros", "euro", "euro cents", "cents",
}

// currencyWordsByFirst are legalCurrencyWords by their first byte, each list in the order of
// legalCurrencyWords: currencyAfter tries only the few a text's byte can start.
var currencyWordsByFirst = func() (m [256][]string) {
	for _, w := range legalCurrencyWords {
		m[w[0]] = append(m[w[0]], w)
	}
	return m
}()

var (
	// moneyGloss is a parenthesis after a sum naming its currency, possibly with a conversion:
	// " (TRY)", " (SEK; approximately 27,000 euros)".
	moneyGloss = regexp.MustCompile(`^ ?\((?:[A-Z]{3}|[\p{L} ]{3,30})(?:\s?[;,–‑-]\s?(?:approximately|approx\.?|about)?\s?[^()\n]{0,40}(?:\([A-Z]{3}\))?)?\)`)
	// moneyBracket is a bracketed conversion after a sum: " [approx. EUR 138]".
	moneyBracket = regexp.MustCompile(`^ ?\[(?:approx\.?|approximately|about)?\s?[^\[\]\n]{1,40}\]`)
)

// moneyHedges are words before a sum that belong to it.
var moneyHedges = []string{"approximately ", "approx. ", "nearly ", "almost ", "over ", "some ",
	"around ", "more than ", "less than "}

func (legalMoneyDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	s, f := t.Norm, t.Fold
	out := t.candidateRoom()
	last := 0
	for _, p := range numberAnchors(t) {
		if p < last {
			continue
		}
		e := numberEnd(s, p)
		start, end := -1, -1
		// A code before the amount: "EUR 4,000", "PLN85".
		if c := codeBefore(s, p); c >= 0 {
			start, end = c, e
		}
		// A code or a currency word after it: "4,000 EUR", "200,000 Turkish liras".
		after := e
		// Each multiplier starts with a space: after most numbers none can follow, and the
		// three are not tried.
		if after < len(f) && f[after] == ' ' {
			for _, m := range []string{" million", " billion", " thousand"} {
				if strings.HasPrefix(f[after:], m) {
					after += len(m)
					if start >= 0 {
						end = after
					}
				}
			}
		}
		if start < 0 {
			if w := currencyAfter(s, f, after); w > after {
				start, end = p, w
			}
		}
		if start < 0 {
			continue
		}
		score := 0.85
		for _, h := range moneyHedges {
			if start >= len(h) && f[start-len(h):start] == h && wordStartsAt(s, start-len(h)) {
				start -= len(h)
				// The hedged sum is the whole mention: it wins over the bare amount found
				// inside it (0.9), which left "more than" to a second replacement.
				score = 0.91
				break
			}
		}
		if m := moneyGloss.FindStringIndex(s[end:min(len(s), end+100)]); m != nil {
			end += m[1]
		}
		if m := moneyBracket.FindStringIndex(s[end:min(len(s), end+60)]); m != nil {
			end += m[1]
		}
		last = end
		oa, ob := t.Orig(start, end)
		out = append(out, Candidate{Start: oa, End: ob, Category: Money, Detector: "legal_money",
			Rule: "sum with currency code or name", Reason: "an amount with its currency", Score: score})
	}
	return out
}

// numberEnd returns the end of the written number that starts at p: digits with thousands
// separators and a decimal part ("1,574,919,236", "615.478.0000", "5,699.21").
func numberEnd(s string, p int) int {
	e, done := numberBytesEnd(s, p, false)
	if done {
		return e
	}
	for e < len(s) {
		c := s[e]
		switch {
		case c >= '0' && c <= '9':
			e++
		case (c == ',' || c == '.' || c == ' ') && e+1 < len(s) && s[e+1] >= '0' && s[e+1] <= '9' && c != ' ':
			e++
		default:
			return e
		}
	}
	return e
}

// codeBefore returns where a currency code written just before p starts, or -1.
func codeBefore(s string, p int) int {
	q := p
	if q > 0 && s[q-1] == ' ' {
		q--
	}
	if q < 3 || !isoCurrencyCode(s[q-3:q]) {
		return -1
	}
	if q > 3 && isUpperASCII(s[q-4]) {
		return -1
	}
	return q - 3
}

// currencyAfter returns the end of a currency code or word at (or one space after) i, or i.
func currencyAfter(s, f string, i int) int {
	j := i
	if j < len(s) && s[j] == ' ' {
		j++
	}
	if j+3 <= len(s) && isoCurrencyCode(s[j:j+3]) && (j+3 == len(s) || !isWordRune(rune(s[j+3]))) {
		return j + 3
	}
	if j >= len(f) {
		return i
	}
	for _, w := range currencyWordsByFirst[f[j]] {
		if strings.HasPrefix(f[j:], w) && (j+len(w) == len(f) || !isWordRune(rune(f[j+len(w)]))) {
			return j + len(w)
		}
	}
	return i
}

// wordStartsAt says whether a word starts at i (i is 0 or follows a non-letter).
func wordStartsAt(s string, i int) bool {
	return i == 0 || !isWordRune(rune(s[i-1]))
}
