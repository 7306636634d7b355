package redact

import (
	"math/rand"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// firstNumber must find what it found when it lowered s first and split every rune: the
// function below is that version, kept to compare with.
func TestFirstNumberMatchesLoweredScan(t *testing.T) {
	pieces := []string{"35", "007", "thirty", "Five", "FIVE", "a", "an", "A few", "several", "dozen",
		"hundred", "twenty", "-", " ", "years", "old", "Ünter", "İ", "\u212aelvin", "\xff", "는", "3",
		"12345678901234567890", "999999999999999999", "1000000000000000000", "nine", "teen", "Seventeen"}
	rng := rand.New(rand.NewSource(1))
	inputs := []string{"", "thirty-five", "a 35-year-old", "Twenty Two", "about a dozen people", "one hundred"}
	for range 20000 {
		var b strings.Builder
		for n := 1 + rng.Intn(4); n > 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
			if rng.Intn(3) > 0 {
				b.WriteByte(" -,"[rng.Intn(3)])
			}
		}
		inputs = append(inputs, b.String())
	}
	for _, in := range inputs {
		gv, gok := firstNumber(in)
		wv, wok := oldFirstNumber(in)
		if gv != wv || gok != wok {
			t.Fatalf("firstNumber(%q) = %v, %v, want %v, %v", in, gv, gok, wv, wok)
		}
	}
}

func oldFirstNumber(s string) (float64, bool) {
	l := strings.ToLower(s)
	for i := 0; i < len(l); i++ {
		if l[i] >= '0' && l[i] <= '9' {
			j := i
			for j < len(l) && (l[j] >= '0' && l[j] <= '9') {
				j++
			}
			v, err := strconv.Atoi(l[i:j])
			return float64(v), err == nil
		}
	}
	var total float64
	var found bool
	prev := ""
	// The runs of letters of l, as strings.FieldsFunc with !unicode.IsLetter splits them, read
	// in place: the detectors call this for every number they meet.
	for i := 0; i < len(l); {
		r, n := utf8.DecodeRuneInString(l[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(l) {
			r, n = utf8.DecodeRuneInString(l[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += n
		}
		w := l[i:j]
		i = j
		if v, ok := numberWords[w]; ok && w != "a" && w != "an" {
			if found && (w == "hundred" || w == "dozen") {
				total *= v // "fifteen hundred"
			} else {
				total += v
			}
			found, prev = true, w
		} else if found && (w != "and" || prev != "hundred") {
			break
		}
	}
	return total, found
}
