package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// Korean surnames in Cyrillic are part of the name they stand in, before or after a
// Russian first name and patronymic, after a rank, and alone in a case form (red team
// round 6). Words spelt like a surname at a sentence start stay.
func TestRedteamCyr2KoreanSurnames(t *testing.T) {
	for _, policy := range []string{"base", "strict"} {
		redactWith(t, policy, map[string]string{
			"Разговор шёл о Татьяне Сергеевне Ким.":      "Разговор шёл о [Person A].",
			"Николай Ли, 1975 г.р., работал.":            map[string]string{"base": "[Person A], 1975 г.р., работал.", "strict": "[Person A], 1970-х гг.р., работал."}[policy],
			"Она звонила Ким Наталье.":                   "Она звонила [Person A].",
			"Мы встретились с Кимом.":                    "Мы встретились с [Person A].",
			"Ким сказал, что уйдёт.":                     "[Person A] сказал, что уйдёт.",
			"Мы говорили с Николаем Кимом и Ким Ольгой.": "Мы говорили с [Person A] и [Person B].",
			// must not fire: words, at a sentence start, that Korean surnames are spelt as.
			"Нам сказали ждать.": "Нам сказали ждать.",
			"Хана пришла всему.": "Хана пришла всему.",
		})
	}
	redactWith(t, "base", map[string]string{
		"Рядовой Ким Чер Ун попал в плен.": "Рядовой [Person A] попал в плен.",
		"Сержант Пак Ён Чер ранен.":        "Сержант [Person A] ранен.",
		"Рядовой Ли попал в плен.":         "Рядовой [Person A] попал в плен.",
	})
	redactWith(t, "strict", map[string]string{
		"Рядовой Ким Чер Ун попал в плен.": "[soldier] [Person A] попал в плен.",
	})
}

// One person, one label, in every grammatical case: a Russian name is keyed by the
// nominative of its first name and the stem of its surname; a first name and patronymic
// without a surname join the one fuller name they begin; a Korean given name's last
// syllable loses its case ending. The interviewee stays [Interviewee] in every case.
func TestRedteamCyr2Cases(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"Бригадира звали Хван Ён Нам. Хван Ён Нама все боялись. С Хван Ён Намом я работал.": "Бригадира звали [Person A]. [Person A] все боялись. С [Person A] я работал.",
		"Сосед Мельников пришёл. Мы видели Мельникова. С Мельниковым пили чай.":             "Сосед [Person A] пришёл. Мы видели [Person A]. С [Person A] пили чай.",
		"Это Ольга Петровна Ким. Ольгу Петровну все знают.":                                 "Это [Person A]. [Person A] все знают.",
		// must not fire: two women of one first name and another patronymic stay two.
		"Это Ольга Петровна Ким. Ольгу Ивановну все знают.": "Это [Person A]. [Person B] все знают.",
	})
	p, err := policies.Load("base")
	require.NoError(t, err)
	e, err := redact.New(p)
	require.NoError(t, err)
	red, err := e.Redact(redact.Document{
		Text:  "Меня зовут Ольга Петровна Ким. Ольгу Петровну все знают. У Ольги Петровны трое детей. Ким Ольга.",
		Known: []redact.Known{{Text: "Ольга Петровна Ким", Category: redact.Person, Role: redact.RoleInterviewee}},
	})
	require.NoError(t, err)
	assert.Equal(t, "Меня зовут [Interviewee]. [Interviewee] все знают. У [Interviewee] трое детей. [Interviewee].", red.Text())
}

// The North's leaders stay readable in every Russian case and in Russian-style
// romanization; other people of the surname Ким do not.
func TestRedteamCyr2Leaders(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Портрет Ким Чен Ына висел везде.":                "Портрет Ким Чен Ына висел везде.",
		"Встреча с Ким Чен Ыном.":                         "Встреча с Ким Чен Ыном.",
		"Памятник Ким Ир Сену стоит. Речь Ким Ир Сена.":   "Памятник Ким Ир Сену стоит. Речь Ким Ир Сена.",
		"Kim Chen In and Kim Ir Sen were on the posters.": "Kim Chen In and Kim Ir Sen were on the posters.",
		"Kim Jung Eun visited.":                           "Kim Jung Eun visited.",
		"Бригадир Ким Чен Ок пришёл.":                     "Бригадир [Person A] пришёл.",
	})
}

// Ages said in Russian: after a relative in the dative, as an adjective, in words.
func TestRedteamCyr2Ages(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Сыну было 12 лет.":         "Сыну было 10–19 лет.",
		"Пришла 35-летняя женщина.": "Пришла 30–39 лет женщина.",
		"Ей тридцать пять лет.":     "Ей 30–39 лет.",
		"Мне было сорок три года.":  "Мне было 40–49 лет.",
		// must not fire: a duration.
		"Через пять лет он вернулся.": "Через пять лет он вернулся.",
		"Это длилось 12 лет.":         "Это длилось 12 лет.",
	})
}

// A prisoner of war's unit and capture place in Russian go under pow, as in English.
func TestRedteamCyr2POW(t *testing.T) {
	redactWith(t, "pow", map[string]string{
		"Он служил в 11-й армейский корпус, в/ч 35148.": "Он служил в [removed], [removed].",
		"Попал в плен под Курском.":                     "Попал в плен под [a city in Kursk Oblast].",
		"Из 155 полка никто не вернулся.":               "Из [removed] никто не вернулся.",
		// must not fire: a formation without a number, an adjective not a town.
		"Армейский корпус отступил.":   "Армейский корпус отступил.",
		"Он говорил на русском языке.": "Он говорил на русском языке.",
	})
}

// A day and month in Russian without a year go under strict, as "15 April" does.
func TestRedteamCyr2DayMonth(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Встретились 15 апреля.":         "Встретились [a date].",
		"Он родился 12 марта 1961 года.": "Он родился в 1960-х годах.",
		// must not fire: a number that is no day.
		"Было 45 апреля.": "Было 45 апреля.",
	})
}
