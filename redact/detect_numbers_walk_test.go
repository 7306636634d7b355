package redact

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

// The in-place word walks must split exactly as the strings functions they replace.
var walkCases = []string{
	"", " ", "two", "seventy three", " seventy  three ", "about\ttwenty", "two\u00a0sons",
	"thirty-five", "a few", "one hundred and two", "\xffseven\xfe", "열두 명", "two\u3000three",
	"three\n", "5 kilos", "twenty\u0085one", "  ", "fifty-\u00e9ight",
}

func TestSingleSpacedIsJoinFields(t *testing.T) {
	for _, s := range walkCases {
		assert.Equal(t, strings.Join(strings.Fields(s), " "), singleSpaced(s), "%q", s)
	}
}

func TestAppendFieldsIsFields(t *testing.T) {
	for _, s := range walkCases {
		assert.Equal(t, strings.Fields(s), appendFields([]string{}, s), "%q", s)
		var buf [1]string
		assert.Equal(t, append([]string{"x"}, strings.Fields(s)...), appendFields(append(buf[:0], "x"), s), "%q", s)
	}
}

func TestOnlyNumberWordsIsPerField(t *testing.T) {
	ref := func(key string) bool {
		num := false
		for _, w := range strings.Fields(key) {
			switch {
			case isNumberWord(w) || koreanNumeral(w):
				num = true
			case functionWords[w] || approximators[w]:
			default:
				return false
			}
		}
		return num
	}
	for _, s := range append(walkCases, "about two", "two and", "the two of") {
		assert.Equal(t, ref(s), onlyNumberWords(s), "%q", s)
	}
}

func TestFirstNumberWordsAsFieldsFunc(t *testing.T) {
	ref := func(s string) (float64, bool) {
		var total float64
		var found bool
		prev := ""
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
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
	for _, s := range append(walkCases, "Twenty-One", "an hundred", "few, two; three") {
		if strings.IndexAny(s, "0123456789") >= 0 {
			continue // digits are read before the words
		}
		v, ok := firstNumber(s)
		rv, rok := ref(s)
		assert.Equal(t, rok, ok, "%q", s)
		assert.Equal(t, rv, v, "%q", s)
	}
}
