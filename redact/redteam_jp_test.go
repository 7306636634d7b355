package redact_test

import "testing"

// Red-team finding 17: Japanese names (returnees from Japan, Japanese wives, helpers in
// Japan, abductees) leaked whole or in part in every script. A romanized surname before or
// after a given name is one name, a surname or given name before a Japanese honorific is a
// name, names in kanji inside Japanese sentences and Japanese names in Hangul are removed;
// Japanese neighbourhoods are generalized like other foreign places.
func TestRedteamJpRomanized(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Tanaka Yoshiko helped us in Osaka.":         "[Person A] helped us in [a city in Japan].",
		"Grandfather Suzuki Ichiro stayed in Japan.": "Grandfather [Relative A] stayed in Japan.",
		"Yamada-san helped us.":                      "[Person A]-san helped us.",
		"Sato Kenji drove.":                          "[Person A] drove.",
		"Kenji Sato drove.":                          "[Person A] drove.",
		"Yoshiko Tanaka met us at the port.":         "[Person A] met us at the port.",
		"Mr. Watanabe cooked for us.":                "Mr. [Person A] cooked for us.",
		"My friend Akiko wrote to us.":               "My friend [Person A] wrote to us.",
		"Tanaka san came to the ship.":               "[Person A] san came to the ship.",
		"Kenji-kun was small.":                       "[Person A]-kun was small.",
		"Morishita-sensei taught us Japanese.":       "[Person A]-sensei taught us Japanese.",
		"Mori-san cooked.":                           "[Person A]-san cooked.",
		// Not listed, but of Japanese sound shape before an honorific that is only one.
		"Hanae-chan cried.":                                 "[Person A]-chan cried.",
		"Chisato-sensei taught us.":                         "[Person A]-sensei taught us.",
		"Takahashi said we could stay.":                     "[Person A] said we could stay.",
		"We lived in Ikuno, near Tsuruhashi, in Osaka.":     "We lived in [a city in Japan], near [a city in Japan], in [a city in Japan].",
		"Suzuki Ichiro came. Later Ichiro wrote to Suzuki.": "[Person A] came. Later [Person A] wrote to [Person A].",
	})
}

// Japanese public figures stay readable in every order and script; words that are also
// Japanese names stay without context; Korean places with "-san" and "-kun" stay places.
func TestRedteamJpMustNotFire(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Abe Shinzo met Koizumi Junichiro.":               "Abe Shinzo met Koizumi Junichiro.",
		"Shinzo Abe and Fumio Kishida spoke.":             "Shinzo Abe and Fumio Kishida spoke.",
		"Yokota Megumi was taken. Soga Hitomi came back.": "Yokota Megumi was taken. Soga Hitomi came back.",
		"Hasuike Kaoru came back. Emperor Akihito spoke.": "Hasuike Kaoru came back. Emperor Akihito spoke.",
		"小泉純一郎は首相だった。":                                    "小泉純一郎は首相だった。",
		"安倍晋三は首相だった。":                                     "安倍晋三は首相だった。",
		"横田めぐみさんは拉致された。":                                  "横田めぐみさんは拉致された。",
		"아베 신조 총리가 말했다.":                                  "아베 신조 총리가 말했다.",
		"요코타 메구미는 납치됐다.":                                  "요코타 메구미는 납치됐다.",
		"Memento mori.":                                   "Memento mori.",
		"The Suzuki motorcycle broke.":                    "The Suzuki motorcycle broke.",
		"A Toyota truck came.":                            "A Toyota truck came.",
		"Ken came later.":                                 "Ken came later.",
		"We ate with Ai and Yu.":                          "We ate with Ai and Yu.",
		"I ate mayo.":                                     "I ate mayo.",
		"We climbed Paektu-san.":                          "We climbed Paektu-san.",
		"Onsong-kun is a county.":                         "[a county in North Hamgyong Province] is a county.",
		"San Francisco is far.":                           "[a city in United States] is far.",
		"The AI said no.":                                 "The AI said no.",
		"山口県に住んだ。":                                        "山口県に住んだ。",
		"松本駅で降りた。":                                        "松本駅で降りた。",
		"本田技研で働いた。":                                       "本田技研で働いた。",
		"小松菜を食べた。":                                        "小松菜を食べた。",
		"森の中を歩いた。":                                        "森の中を歩いた。",
		"山の下に住んだ。":                                        "山の下に住んだ。",
		"日本に帰った。":                                         "日本に帰った。",
		"스즈키 자동차를 샀어요.":                                   "스즈키 자동차를 샀어요.",
		"하라고 했어요.":                                        "하라고 했어요.",
		"오다가 넘어졌어요.":                                      "오다가 넘어졌어요.",
		"오타가 있어요.":                                        "오타가 있어요.",
		"구도가 좋아요.":                                        "구도가 좋아요.",
		"소가 풀을 먹어요.":                                      "소가 풀을 먹어요.",
		"나오는 길에 만났어요.":                                    "나오는 길에 만났어요.",
		"시로 가는 버스를 탔어요.":                                  "시로 가는 버스를 탔어요.",
	})
}

// Names in kanji inside Japanese sentences: a listed surname with a given name of one to
// three characters, with an honorific, or after a kinship word and の; places the
// gazetteer knows in kanji are generalized.
func TestRedteamJpKanji(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"伯父の山本武は新潟に残った。": "伯父の[Person A]は[a city in Japan]に残った。",
		"田中さんが手伝ってくれた。":  "[Person A]さんが手伝ってくれた。",
		"鈴木先生が来た。":       "[Person A]先生が来た。",
		"友達の中村が手伝ってくれた。": "友達の[Person A]が手伝ってくれた。",
		"田中よしこさんが来た。":    "[Person A]さんが来た。",
		"林さんも来た。":        "[Person A]さんも来た。",
		"私たちは生野区に住んだ。":   "私たちは[a city in Japan]に住んだ。",
		"私は東京に住んでいます。":   "私は[a city in Japan]に住んでいます。",
	})
}

// Japanese names in Hangul, with the honorifics 씨 and 상. Surname and given name are one
// person: a listed foreign name in Hangul takes the listed names after it (names_route.go).
func TestRedteamJpHangul(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"다나카 요시코였어요.":      "[Person A]였어요.",
		"야마모토 다케시는 친절했어요.": "[Person A]는 친절했어요.",
		"다나카 씨가 도와줬어요.":    "[Person A] 씨가 도와줬어요.",
		"스즈키 상이 왔어요.":      "[Person A] 상이 왔어요.",
		"야마다상이 왔어요.":       "[Person A]상이 왔어요.",
		"쓰루하시에 살았어요.":      "[a city in Japan]에 살았어요.",
	})
}

// Every policy removes the names.
func TestRedteamJpPolicies(t *testing.T) {
	for _, p := range []string{"base", "defector-family", "pow"} {
		redactWith(t, p, map[string]string{
			"Tanaka Yoshiko helped us.": "[Person A] helped us.",
			"伯父の山本武は残った。":               "伯父の[Person A]は残った。",
			"다나카 요시코였어요.":               "[Person A]였어요.",
		})
	}
}
