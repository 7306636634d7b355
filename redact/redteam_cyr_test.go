package redact_test

import "testing"

// A date written with dots ("14.03.1998") is a date, not a handle: the dates detector
// generalizes it (a birth date after "born"), where the handle detector removed it as an
// identifier-like token. Dotted tokens that are no date stay identifiers.
func TestRedteamCyrDottedDate(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"I was born on 14.03.1998.":        "I was born in the 1990s.",
		"We met on 03.11.2019 in Seoul.":   "We met in the 2010s in Seoul.",
		"His messenger ID was hj.1990.kr.": "His messenger ID was [ID number].",
		"The code was 12.34.5678.":         "The code was [handle].",
	})
}

// Cyrillic text (Russian and Ukrainian) in testimonies: names, call signs, unit numbers,
// ranks, ages and places are removed as their Latin forms are; public figures, countries,
// regions and ordinary words capitalised at a sentence start stay.
func TestRedteamCyrStrict(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Жена Мельникова Ольга Петровна ждёт меня дома.": "Жена [Relative A] ждёт меня дома.",
		"Мне 26 лет.":                    "Мне 20–29 лет.",
		"Я родился 14.03.1998 в Курске.": "Я родился [1990-е] в [a city in Kursk Oblast].", // in Russian, as a label: the case is the sentence's
		"Потом пришёл Сережа.":           "Потом пришёл [Person A].",
		"Командир роты старший лейтенант Кузнецов Андрей Викторович приказал.": "Командир роты [officer] [Person A] приказал.",
		"Позывной «Мельник».":     "Позывной «[Person A]».",
		"Мы служили в в/ч 13140.": "Мы служили в [a military unit].",
		"Нас взяли под селом Русское Поречное Суджанского района.":        "Нас взяли под селом [a county in Kursk Oblast] [a city in Kursk Oblast].",
		"Меня зовут Дима, а моего друга звали Волков.":                    "Меня зовут [Person A], а моего друга звали [Person B].",
		"Брат Игорь ушёл в армию.":                                        "Брат [Relative A] ушёл в армию.",
		"The guard Иванов И.И. was there.":                                "The guard [Person A] was there.",
		"Петренко told us, and later Petrenko came back.":                 "[Person A] told us, and later [Person A] came back.",
		"\"Саша\" laughed. Волков and Пётр stayed.":                       "\"[Person A]\" laughed. [Person B] and [Person C] stayed.",
		"Сержант Бондаренко был ранен.":                                   "[non-commissioned officer] [Person A] был ранен.",
		"Бондаренко пришёл.":                                              "[Person A] пришёл.",
		"Любовь Ивановна пришла.":                                         "[Person A] пришла.",
		"Я из Сум, потом жил в Судже.":                                    "Я из [a city in Sumy Oblast], потом жил в [a city in Kursk Oblast].",
		"Валерий Герасимов пришёл.":                                       "Валерий Герасимов пришёл.", // a listed public figure (Valery Gerasimov)
		"Мой брат Герасимов Иван тоже служил.":                            "Мой брат [Relative A] тоже служил.",
		"제 동생 이름은 Мельников Сергей 였어요.":                                  "제 동생 이름은 [Person A] 였어요.",
		"My wife Olga Melnikova waited. Ольга Мельникова писала мне.":     "My wife [Relative A] waited. [Relative A] писала мне.",
		"Я народився в Сумах. Його звуть Остап Ковальчук. Мені 30 років.": "Я народився в [a city in Sumy Oblast]. Його звуть [Person A]. Мені 30–39 років.",
		"Позывной у него был «Тихий», позывной: Грач.":                    "Позывной у него был «[Person A]», позывной: [Person B].",
		// must not fire
		"Позывной у него был простой.":                                              "Позывной у него был простой.",
		"Владимир Путин говорил.":                                                   "Владимир Путин говорил.",
		"Вера в победу была. Надежды не было.":                                      "Вера в победу была. Надежды не было.",
		"Министерство обороны России. Красный Крест помог.":                         "Министерство обороны России. Красный Крест помог.",
		"Мы пошли домой. Потом стало тихо. Когда рассвело, мы ушли. Там было поле.": "Мы пошли домой. Потом стало тихо. Когда рассвело, мы ушли. Там было поле.",
		"Путин выступал по телевизору, Зеленский тоже.":                             "Путин выступал по телевизору, Зеленский тоже.",
		"Шойгу, Белоусов и Герасимов были в Москве.":                                "Шойгу, Белоусов и Герасимов были в Москве.",
		"Россия и Украина. Курская область.":                                        "Россия и Украина. Курская область.",
		"Нас везли через Москву в Россию.":                                          "Нас везли через Москву в Россию.",
		"Один из нас был готов.":                                                    "Один из нас был готов.",
		"Русский солдат стоял рядом.":                                               "Русский солдат стоял рядом.",
		"Нас было восемь человек. Утром пришли солдаты. Многих ранило. Готовых ответов не было. Каждый думал о семье. Спасибо Красному Кресту. Украинские военные относились нормально. Магазин был закрыт.": "Нас было восемь человек. Утром пришли солдаты. Многих ранило. Готовых ответов не было. Каждый думал о семье. Спасибо Красному Кресту. Украинские военные относились нормально. Магазин был закрыт.",
		"Через 5 лет всё изменилось.": "Через 5 лет всё изменилось.",
	})
}

// Base keeps quasi-identifiers (places, ages, ranks) but removes names in Cyrillic.
func TestRedteamCyrBase(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"Жена Мельникова Ольга Петровна ждёт меня дома. Мне 26 лет.": "Жена [Relative A] ждёт меня дома. Мне 26 лет.",
		"Позывной \"Мельник\".": "Позывной \"[Person A]\".",
		"Путин выступал.":       "Путин выступал.",
	})
}
