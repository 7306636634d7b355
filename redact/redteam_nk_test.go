package redact_test

import "testing"

// Two nouns written as one are that compound, not a surname and a given name with the
// particle 도: 현지지도 (on-the-spot guidance, 현지 + 지도), a word of nearly every testimony
// about the leaders, read as 현 지지 and removed as a person.
func TestHangulCompoundIsNoNameWithParticle(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"김정은 위원장이 현지지도 왔을 때 봤어요.": "김정은 위원장이 현지지도 왔을 때 봤어요.",
		"장군님의 현지지도 말씀을 배웠어요.":     "장군님의 현지지도 말씀을 배웠어요.",
		// Must not fire: names with the particle 도.
		"김영수도 왔어요. 박지민도 왔어요.":  "[Person A]도 왔어요. [Person B]도 왔어요.",
		"한지수도 있었어요. 강수지도 왔어요.": "[Person A]도 있었어요. [Person B]도 왔어요.",
	})
}
