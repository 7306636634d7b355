package redact_test

import "testing"

// A national university is a public body, and an infantry division without its number
// names no one unit: both stay. A numbered division is a unit, with or without its arm.
func TestRedteamHcyPublicUnits(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"그는 김책공업종합대학을 졸업했다.":   "그는 김책공업종합대학을 졸업했다.",
		"그는 김일성종합대학을 나왔다.":     "그는 김일성종합대학을 나왔다.",
		"그는 보병사단에서 복무했다.":      "그는 보병사단에서 복무했다.",
		"보병연대는 컸다.":            "보병연대는 컸다.",
		"그는 제3보병사단에서 복무했다.":    "그는 [a military unit]에서 복무했다.",
		"그는 제425기계화보병사단에 있었다.": "그는 [a military unit]에 있었다.",
		"그는 정찰중대에 있었다.":        "그는 [a military unit]에 있었다.",
		"그는 기계화보병사단에 있었다.":     "그는 [a military unit]에 있었다.",
		"그는 평양기계대학을 나왔다.":      "그는 [a workplace]을 나왔다.",
	})
}

func TestRedteamHcyNumberedArms(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"그는 제3경보병사단에 있었다.":  "그는 [a military unit]에 있었다.",
		"그는 제12저격수여단에 있었다.": "그는 [a military unit]에 있었다.",
		"그는 7군단에 있었다.":      "그는 [a military unit]에 있었다.",
	})
}
