package redact_test

import "testing"

// A year in a Russian or Ukrainian sentence is generalized in that language, in the case
// its year word is in: "с 1998 года" → "с 1990-х годов", not "с the 1990s года".
func TestRedteamHcyCyrillicYear(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Я работал там с 1998 года.":       "Я работал там с 1990-х годов.",
		"В 2004 году я уехал.":             "В 2000-х годах я уехал.",
		"Это было в 1998 г.":               "Это было в 1990-х гг.",
		"С 2003 по 2005 год работал.":      "С [2000-е] по 2000-е годы работал.",
		"Перед 2011 годом всё изменилось.": "Перед 2010-ми годами всё изменилось.",
		"К 1999 году всё кончилось.":       "К 1990-м годам всё кончилось.",
		"Я жив там з 1998 року.":           "Я жив там з 1990-х років.",
		"У 2015 році я поїхав.":            "У 2010-х роках я поїхав.",
		// English stays English
		"I lived there since 1998.": "I lived there since the 1990s.",
	})
}

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
