package redact

import (
	"strings"
	"testing"
)

// The stack lowering of the generalizers gives strings.ToLower's bytes, or declines.
func TestAppendLowerASCII(t *testing.T) {
	for _, s := range []string{"", "Hyesan", "NORTH HAMGYONG", "the Musan mine", "March 2019",
		"Ünsan", "İstanbul", "K\u212aelvin", strings.Repeat("Ab", 20), "a.B,c;D:'\""} {
		var buf [32]byte
		b, ok := appendLowerASCII(buf[:0], s)
		if ok != (isASCII(s) && len(s) <= 32) {
			t.Errorf("appendLowerASCII(%q) ok = %v", s, ok)
		}
		if ok && string(b) != strings.ToLower(s) {
			t.Errorf("appendLowerASCII(%q) = %q, want %q", s, b, strings.ToLower(s))
		}
		m := map[string]bool{strings.ToLower(s): true}
		if v, _ := lookupLower(m, s); !v {
			t.Errorf("lookupLower(%q) misses", s)
		}
	}
}

func TestWithTheirAs(t *testing.T) {
	for _, age := range []string{"in their 30s", "a woman in their teens", "was in their 40s and in their 50s"} {
		for _, p := range []string{"his", "her", "my", "our", "your"} {
			if got, want := withTheirAs(age, p), strings.Replace(age, " their ", " "+p+" ", 1); got != want {
				t.Errorf("withTheirAs(%q, %q) = %q, want %q", age, p, got, want)
			}
		}
	}
}

func TestGeneralizeByNounLastWord(t *testing.T) {
	for s, want := range map[string]string{
		"the Musan mine":             "[a mine]",
		"the mine school":            "[a school]",
		"Police Station":             "[a station]",
		"the police":                 "[a police force]",
		"Hyesan Farms and Factories": "[a factory]",
		"nothing here":               "[a workplace]",
	} {
		if got := generalizeByNoun(s, workplaceKindLabels, "[a workplace]"); got != want {
			t.Errorf("generalizeByNoun(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestOnlyYearLower(t *testing.T) {
	for s, want := range map[string]bool{"2019": true, "in 2019": true, "2019년": true, "2019년에": true,
		"the year of 2019": true, "march 2019": false, "in 2018": false} {
		if got := onlyYearLower(s, 2019); got != want {
			t.Errorf("onlyYearLower(%q) = %v, want %v", s, got, want)
		}
	}
}
