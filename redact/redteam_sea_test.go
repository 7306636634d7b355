package redact_test

import "testing"

// Red-team finding 19: a Russian name with its patronymic, in Hangul or in Cyrillic case
// forms, left the patronymic readable between two labels, as if two people were named.
// The patronymic names the father: it goes with the name, as one person.
func TestRedteamSeaPatronymics(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"세르게이 페트로비치 볼코프를 만났어요.":                "[Person A]를 만났어요.",
		"세르게이 페트로비치 볼코프를 만났어요. 볼코프가 웃었어요.":     "[Person A]를 만났어요. [Person A]가 웃었어요.",
		"나탈리아 이바노브나가 왔어요.":                     "[Person A]가 왔어요.",
		"Я жила у Натальи Ивановны Соколовой.": "Я жила у [Person A].",
		"Мы говорили с Ольгой Петровной.":      "Мы говорили с [Person A].",
		"Оксані Іванівні дали хліб.":           "[Person A] дали хліб.",
		// must not fire: a word with the stem's letters but no feminine case ending.
		"Ровно в шесть пришёл поезд.": "Ровно в шесть пришёл поезд.",
	})
}
