package redact_test

import "testing"

// Mongolian given names written in Hangul are compounds of a few elements (바트 + 바야르,
// 간 + 바타르, 오윤 + 체체그): a Hangul word made of two elements or more, with only grammar
// after it, is a name even when the compound is in no list. Korean words that begin with
// the same syllables stay.
func TestRedteamHcyMongolianHangul(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"바트바야르가 국경까지 데려다줬어요.": "[Person A]가 국경까지 데려다줬어요.",
		"간바타르 씨가 차를 몰았다.":     "[Person A] 씨가 차를 몰았다.",
		"오윤체체그는 울란바토르에 살았다.":  "[Person A]는 울란바토르에 살았다.",
		"바트에르덴이 말했다.":         "[Person A]이 말했다.",
		"엥흐토야와 같이 갔다.":        "[Person A]와 같이 갔다.",
		"뭉흐도르지였어요.":           "[Person A]였어요.",
		"알탄게렐한테 돈을 줬다.":       "[Person A]한테 돈을 줬다.",
		"수흐바아타르가 도와줬다.":       "[Person A]가 도와줬다.",
		// must not fire: Korean words that begin with the elements' syllables
		"간간이 소식을 들었다.": "간간이 소식을 들었다.",
		"나란히 앉았다.":     "나란히 앉았다.",
		"태국 돈은 바트였어요.": "태국 돈은 바트였어요.",
		"볼드체로 썼다.":     "볼드체로 썼다.",
		"간부가 왔다.":      "간부가 왔다.",
		"간다고 했다.":      "간다고 했다.",
		"도르래를 썼다.":     "도르래를 썼다.",
	})
}

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

// One Korean person written in Cyrillic and in Latin letters is one person: "Ким Чол Су"
// transliterates to "Kim Chol Su", and Russian writes the final ㅇ as н ("Пак Ён Хо" is
// Park Yong-ho).
func TestRedteamHcyCyrillicKoreanLinked(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Kim Chol-su came. Потом Ким Чол Су уехал.":        "[Person A] came. Потом [Person A] уехал.",
		"Park Yong-ho came. Потом Пак Ён Хо уехал.":        "[Person A] came. Потом [Person A] уехал.",
		"Lee Myong-chol came. Потом Ли Мён Чоль уехал.":    "[Person A] came. Потом [Person A] уехал.",
		"Ri Chol-ho came. Потом Ри Чол Хо уехал.":          "[Person A] came. Потом [Person A] уехал.",
		"Потом Чхве Ын Хи уехала, а Choe Un-hui осталась.": "Потом [Person A] уехала, а [Person A] осталась.",
		"김철수가 왔다. Потом Ким Чол Су уехал.":                 "[Person A]가 왔다. Потом [Person A] уехал.",
		// different people stay apart
		"Kim Chol-su came. Потом Ким Мён Су уехал.": "[Person A] came. Потом [Person B] уехал.",
		"Park Yong-ho came. Потом Пак Ён Ир уехал.": "[Person A] came. Потом [Person B] уехал.",
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

// A Russian or Ukrainian date with its day and month keeps neither: "12 марта 1985 года"
// is a birthday, as "12 March 1985" is.
func TestRedteamHcyCyrillicDayMonth(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Родился 12 марта 1985 года в селе.": "Родился в 1980-х годах в селе.",
		"В марте 2004 года я уехал.":         "В 2000-х годах я уехал.",
		"С 5 мая 2001 года работал.":         "С 2000-х годов работал.",
		"12 марта 1985 года я родился.":      "В 1980-х годах я родился.",
		"Народився 3 березня 1990 року.":     "Народився у 1990-х роках.",
		"Это было 12 марта 1985 г.":          "Это было в 1980-х гг.",
		"Мы уехали 9 мая 1995.":              "Мы уехали в 1990-х годах.",
		"Born on 12 March 1985.":             "Born in the 1980s.",
	})
}

// At level year (pow) the year of a Russian date stays, in its case; a year alone still
// climbs to its decade, as an English one does.
func TestRedteamHcyCyrillicDateYearLevel(t *testing.T) {
	redactWith(t, "pow", map[string]string{
		"В марте 2004 года я уехал.":  "В 2004 году я уехал.",
		"С 5 мая 2001 года работал.":  "С 2001 года работал.",
		"Я работал там с 1998 года.":  "Я работал там с 1990-х годов.",
		"Мы уехали 9 мая 1995.":       "Мы уехали в 1995 году.",
		"Нас взяли 14.03.2023 утром.": "Нас взяли [2023 г.] утром.",
	})
}
