package redact

import (
	"math"
	"math/rand"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// generalizeMoney must write what it wrote when it concatenated a string per part: the
// functions below are that version, kept to compare with.
func TestGeneralizeMoneyMatchesConcatenation(t *testing.T) {
	pieces := []string{"20,000", "2.7", "1.000.000", "5000", "20 000", "3", "999999", "1,000,000", "0", "12.5",
		" ", " ", "-", "yuan", "RMB", "rmb", "won", "KPW", "dollars", "USD", "euro", "CHF", "deutsche marks",
		"million", "thousand", "k", "bn", "lakh", "만", "억", "천", "$", "¥", "₩", "€", "£", "₽", "元", "원",
		"three", "a few", "several", "about", "Über", "İ", "\xff", "francs", "3만", "5억", "1e400"}
	rng := rand.New(rand.NewSource(1))
	inputs := []string{"20,000 yuan", "$500", "2.7 million won", "three million dollars", "5000 RMB",
		"₩1,000,000", "3만 원", "1억", "CHF 2,000", "500 deutsche marks", "", "nothing", "€7.5 million"}
	for range 20000 {
		var b strings.Builder
		for n := 1 + rng.Intn(4); n > 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
			if rng.Intn(2) == 0 {
				b.WriteByte(' ')
			}
		}
		inputs = append(inputs, b.String())
	}
	for _, in := range inputs {
		if hasHangulSyllable(in) {
			continue // Korean sums are read by koreanSum, each unit once (TestRedTeamKoreanSums)
		}
		if got, want := generalizeMoney(in), oldGeneralizeMoney(in); got != want {
			t.Fatalf("generalizeMoney(%q) = %q, want %q", in, got, want)
		}
	}
}

func oldParseAmount(s string) (float64, bool) {
	l := strings.ToLower(s)
	var v float64
	found := false
	i := strings.IndexFunc(l, func(r rune) bool { return r >= '0' && r <= '9' })
	rest := l
	if i >= 0 {
		j := i
		for j < len(l) && (isDigit(l[j]) || l[j] == ',' || l[j] == '.' || l[j] == ' ' && j+1 < len(l) && isDigit(l[j+1]) && j+4 <= len(l)) {
			j++
		}
		num := strings.TrimRight(l[i:j], ".,")
		num = normaliseNumber(num)
		f, err := strconv.ParseFloat(num, 64)
		if err != nil {
			return 0, false
		}
		v, found, rest = f, true, l[j:]
	} else {
		n, ok := firstNumber(l)
		if !ok {
			return 0, false
		}
		v, found = n, true
	}
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if m, ok := multipliers[w]; ok {
			v *= m
		}
	}
	for k, m := range multipliers {
		if len(k) > 1 && k[0] >= 0x80 && strings.Contains(rest, k) {
			v *= m
		}
	}
	return v, found
}

func oldOtherCurrency(s, lower string) string {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) == 3 && legalISOCurrencies[w] {
			return w
		}
	}
	for _, w := range legalCurrencyWords {
		if i := strings.Index(lower, w); i >= 0 && (i == 0 || !isWordRune(rune(lower[i-1]))) &&
			(i+len(w) == len(lower) || !isWordRune(rune(lower[i+len(w)]))) {
			return w
		}
	}
	return ""
}

func oldGeneralizeMoney(s string) string {
	v, ok := oldParseAmount(s)
	if !ok || v <= 0 {
		return "[a sum of money]"
	}
	lo := math.Pow(10, math.Floor(math.Log10(v)))
	hi := 5 * lo
	if v >= 5*lo {
		lo, hi = 5*lo, 10*lo
	}
	sym, word := "", ""
	for _, r := range s {
		switch r {
		case '$', '¥', '₩', '€', '£', '₽', '元', '원':
			sym = string(r)
		}
	}
	l := strings.ToLower(s)
	for _, w := range strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, c := range currencyWords {
			if w == c {
				word = w
				if w == "rmb" || w == "cny" || w == "usd" || w == "krw" || w == "kpw" || w == "eur" || w == "gbp" || w == "jpy" || w == "rub" {
					word = strings.ToUpper(w)
				}
			}
		}
	}
	if word == "" {
		// A currency the table above does not know (CHF, "deutsche marks") is kept as written
		// in the legal detectors' lists: the range alone would not say what the sum was in.
		word = oldOtherCurrency(s, l)
	}
	if sym == "원" || sym == "元" {
		word, sym = sym, ""
	}
	f := func(x float64) string {
		if x >= 1e6 && math.Mod(x, 1e6) == 0 && word != "" {
			return oldFormatInt(x/1e6) + " million"
		}
		return sym + oldFormatInt(x)
	}
	out := f(lo) + "–" + f(hi)
	if lo >= 1e6 && word != "" {
		out = oldFormatInt(lo/1e6) + "–" + oldFormatInt(hi/1e6) + " million"
	}
	if word != "" {
		out += " " + word
	}
	return "[" + out + "]"
}

// oldFormatInt writes an integer with thousands separators.
func oldFormatInt(x float64) string {
	s := strconv.FormatFloat(math.Round(x), 'f', 0, 64)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// appendGroupedInt writes the digits strconv.FormatFloat writes, grouped by three.
func TestAppendGroupedInt(t *testing.T) {
	for _, x := range []float64{0, 0.4, 0.5, 1, 9.5, 999, 1000, 12345.6, 1e6, 5e15, 1 << 53, 1<<53 + 2, 1 << 62, 1e19, 1e300, math.Inf(1)} {
		if got, want := string(appendGroupedInt(nil, x)), oldFormatInt(x); got != want {
			t.Errorf("appendGroupedInt(%v) = %q, want %q", x, got, want)
		}
	}
}
