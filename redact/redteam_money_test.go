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
