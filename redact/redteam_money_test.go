package redact_test

import "testing"

// Red team round 6, money: sums written with thousands separators that run into the word
// after them (a Korean particle, Chinese prose) are read whole, from their first group.
func TestRedteamMoneyGroupedSums(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"그는 1,500,000원을 받았어요.": "그는 [1–5 million 원]을 받았어요.",
		"잔액 4,215,000원이 남았어요.": "잔액 [1–5 million 원]이 남았어요.",
		"3,000,000원을 보냈어요.":    "[1–5 million 원]을 보냈어요.",
		"그는 15,000원을 냈어요.":     "그는 [10,000–50,000 원]을 냈어요.",
		"RMB 30,000给了中介。":      "[10,000–50,000 RMB]给了中介。",
		"그는 ₩2.000.000을 냈다.":   "그는 [₩1,000,000–₩5,000,000]을 냈다.",
		// must not fire: counts, years, phone numbers, lengths.
		"1,500,000명이 굶어 죽었어요.":                 "1,500,000명이 굶어 죽었어요.",
		"10,000 people came to the rally.":     "[people] came to the rally.",
		"We walked 2,000 meters to the river.": "We walked 2,000 meters to the river.",
		"2,000명이 넘게 왔어요.":                      "2,000명이 넘게 왔어요.",
	})
}

// A Korean sum with 여 (more than) after its amount, or a word for money before an amount
// with no currency after it, is a sum.
func TestRedteamMoneyKoreanWordBefore(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"삼천여 위안을 받았어요.":   "[1,000–5,000 위안]을 받았어요.",
		"5000여원을 냈어요.":    "[5,000–10,000 원]을 냈어요.",
		"중국돈 8천을 받았어요.":   "중국돈 [5,000–10,000]을 받았어요.",
		"북한 돈 50만을 줬어요.":  "북한 돈 [500,000–1,000,000]을 줬어요.",
		"인민폐 5000을 받았어요.": "인민폐 [5,000–10,000]을 받았어요.",
		"돈 이백을 보냈어요.":     "돈 [100–500]을 보냈어요.",
		"원화로 200만을 보냈어요.": "원화로 [1,000,000–5,000,000]을 보냈어요.",
		// must not fire: counts and other words after a word for money.
		"돈 2번 받았어요.":      "돈 2번 받았어요.",
		"현금 5일에 받았어요.":    "현금 5일에 받았어요.",
		"돈 이야기를 했어요.":     "돈 이야기를 했어요.",
		"여기 3천여 명이 있었어요.": "여기 3천여 명이 있었어요.",
	})
}

// Sums in Chinese and Japanese prose: 多 or 来 before the currency, ten thousands said alone
// at the end of a clause, and the currencies written after digits (韩元, 円).
func TestRedteamMoneyChineseJapanese(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"他们要两万五。":          "他们要[10,000–50,000 元]。",
		"花了八千多块。":          "花了[5,000–10,000 元]。",
		"他花了两千来块钱。":        "他花了[1,000–5,000 元]。",
		"一共给了十二万。":         "一共给了[100,000–500,000 元]。",
		"一共30万韩元。":         "一共[100,000–500,000 韩元]。",
		"彼は50万円と三百万円を払った。": "彼は[500,000–1 million 円]と[1–5 million 円]を払った。",
		// must not fire: counts of people, pieces and friends.
		"死了三万人。":    "死了三万人。",
		"三十块砖。":     "三十块砖。",
		"他有两千多个朋友。": "他有两千多个朋友。",
	})
}

// Russian sums: a multiplier or number words between the number and the currency, an
// abbreviated currency, a symbol after the amount.
func TestRedteamMoneyRussian(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Он заплатил сто двадцать тысяч рублей.": "Он заплатил [a sum of money] рублей.",
		"Потом 350 тыс. руб. за дорогу.":         "Потом [100,000–500,000] руб. за дорогу.",
		"Она отдала 1,5 млн рублей.":             "Она отдала [1,000,000–5,000,000] рублей.",
		"Он заплатил 50 000 ₽ за билет.":         "Он заплатил [₽50,000–₽100,000] за билет.",
		// must not fire: counts and lengths.
		"Прошли 2 000 метров.":             "Прошли 2 000 метров.",
		"Пришли 10 000 человек на митинг.": "Пришли 10 000 человек на митинг.",
	})
}
