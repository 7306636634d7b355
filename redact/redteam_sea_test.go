package redact_test

import "testing"

// Red-team finding 18: names of the people met on the escape routes through Vietnam, Laos,
// Thailand and Mongolia (brokers, drivers, church helpers, police) stayed readable:
// Vietnamese names with and without diacritics, a given name after a Vietnamese word of
// address, Mongolian given names used alone, Lao and Thai names, and the same names in
// Hangul. "Van" of "Tran Van Minh" was the Turkish city. Leaders of those countries, the
// Bangkok detention centre and English words that look like name parts stay.
func TestRedteamSeaRouteNames(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Le Thi Hoa cooked.":                       "[Person A] cooked.",
		"Nguyen Thi Lan paid.":                     "[Person A] paid.",
		"Anh Tuan came.":                           "[Person A] came.",
		"Chị Lan cried.":                           "Chị [Person A] cried.",
		"Nguyễn Thị Lan paid, and later Lan left.": "[Person A] paid, and later [Person A] left.",
		"Nguyen Thi Lan paid. Chị Lan cried.":      "[Person A] paid. Chị [Person A] cried.",
		"Trần Văn Minh came. Ông Hùng waited.":     "[Person A] came. Ông [Person B] waited.",
		"Tran Van Minh drove the van.":             "[Person A] drove the van.",
		"Nguyen Van Xoai drove.":                   "[Person A] drove.",
		"Pham Duc Anh and Vo Thi Mai met us.":      "[Person A] and [Person B] met us.",
		"Ganbaatar and Bat-Erdene drove us.":       "[Person A] and [Person B] drove us.",
		"Oyuntsetseg cooked.":                      "[Person A] cooked.",
		"We met Tsetseg at the station.":           "We met [Person A] at the station.",
		"Khamphone Sisavath hid us.":               "[Person A] hid us.",
		"Somchai drove the truck to the river.":    "[Person A] drove the truck to the river.",
		"응우옌 반 훙 씨가 왔어요.":                          "[Person A] 씨가 왔어요.",
		"바트바야르가 운전했어요.":                            "[Person A]가 운전했어요.",
		"쩐 반 민이 왔어요.":                              "[Person A]이 왔어요.",
		// must not fire: leaders of the region, public bodies, places, English words.
		"Ho Chi Minh founded it. Hun Sen spoke.":          "Ho Chi Minh founded it. Hun Sen spoke.",
		"Thaksin fled. Ukhnaagiin Khurelsukh visited.":    "Thaksin fled. Ukhnaagiin Khurelsukh visited.",
		"Putin came. Luvsannamsrai Oyun-Erdene resigned.": "Putin came. Luvsannamsrai Oyun-Erdene resigned.",
		// A leader's given name alone is the given name of many Mongolians.
		"Our driver Enkhbayar waited.":                      "Our driver [Person A] waited.",
		"Ngo Van Ba and an NGO worker met us.":              "[Person A] and an NGO worker met us.",
		"We stayed near Suan Phlu IDC.":                     "We stayed near Suan Phlu IDC.",
		"We reached Ho Chi Minh City.":                      "We reached [a city in Vietnam].",
		"We flew to Ulaanbaatar.":                           "We flew to [a city in Mongolia].",
		"He is a bold man. The bat flew. We drove the van.": "He is a bold man. The bat flew. We drove the van.",
		"Do you know him? Ho hum.":                          "Do you know him? Ho hum.",
		"Le monde est petit, she said.":                     "Le monde est petit, she said.",
		"Do Le and Vu agree?":                               "Do Le and Vu agree?",
		"The Goldman family helped.":                        "The Goldman family helped.",
		"Gandalf is a wizard.":                              "Gandalf is a wizard.",
		"반 친구들이 왔어요. 우리 반에서 1등이에요.":                         "반 친구들이 왔어요. 우리 반에서 1등이에요.",
	})
}

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
