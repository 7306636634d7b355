package redact_test

import (
	"testing"

	"github.com/testimony-archive/testimony/redact"
)

// A given name after a kinship or role cue that the generated lists do not know at all: the
// dictionary lists too few people by it (many are the North's: 춘실, 은향, 설향), and it is
// no word the dictionary knows as one in use. Names and nouns are ours.
func TestHglUnlistedGivenAfterCue(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"언니 춘실은 먼저 넘어왔어요. 춘실이는 울었어요.": "언니 [Person A]은 먼저 넘어왔어요. [Person A]이는 울었어요.",
		"동무 은향이 강을 건넜어요.":             "동무 [Person A]이 강을 건넜어요.",
		"누나 설향도 그때 잡혀갔어요.":            "누나 [Person A]도 그때 잡혀갔어요.",
		"삼촌 혁남을 다시 만났어요.":             "삼촌 [Person A]을 다시 만났어요.",
		"할머니 옥분한테 전화했어요.":             "할머니 [Person A]한테 전화했어요.",
		// A common surname first: surname + given name, so the given name alone is found later.
		"제 남편 오준이 잡혀갔어요. 준이는 착했어요.": "제 남편 [Person A]이 잡혀갔어요. [Person A]이는 착했어요.",
	})
	// Must not fire: words in use after the same cues, though the model gave them no cost of
	// their own (parts of compounds: 국수집, 주소록, 택시비, 현금카드, 전세금), ordinary nouns, a
	// verb, an unlisted word with no particle, and the cue used as a word of its own.
	redactWith(t, "strict", map[string]string{
		"엄마 국수가 제일 맛있었어요.":    "엄마 국수가 제일 맛있었어요.",
		"언니 주소는 몰라요.":         "언니 주소는 몰라요.",
		"아빠 택시가 왔어요.":         "아빠 택시가 왔어요.",
		"동생 현금은 다 썼어요.":       "동생 현금은 다 썼어요.",
		"친구 만나는 게 좋았어요.":      "친구 만나는 게 좋았어요.",
		"엄마 음식이 그리워요.":        "엄마 음식이 그리워요.",
		"이름은 모르고 친구 소개로 왔어요.": "이름은 모르고 친구 소개로 왔어요.",
	})
}

// Surname + one given syllable right after a kinship cue with the particle dropped, as
// people speak ("오빠 김철 왔어요"), and then the same name with a particle. Bare nouns after
// the same cues stay, listed words and parts of compounds (전세) alike.
func TestHglBareSurnameOneSyllableAfterCue(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"오빠 김철 왔어요. 그날 김철이 문을 열었어요.": "오빠 [Person A] 왔어요. 그날 [Person A]이 문을 열었어요.",
		"친구 박진 만났어요.":                "친구 [Person A] 만났어요.",
		"아빠 전세 얻었어요.":                "아빠 전세 얻었어요.",
		"엄마 김치 생각나요.":                "엄마 김치 생각나요.",
		"오빠 고향 얘기했어요.":               "오빠 고향 얘기했어요.",
		"친구 이름 몰라요.":                 "친구 이름 몰라요.",
	})
}

// A listed given name whose first syllable is neither a given-name syllable nor a surname
// (갑순, 귀남, 점순) was turned away by the first-syllable filter before cuedGivenName saw it.
func TestHglListedGivenOtherFirstSyllable(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"할머니 갑순은 소식을 몰라요.":   "할머니 [Person A]은 소식을 몰라요.",
		"그때 남편 귀남과 같이 있었어요.": "그때 남편 [Person A]과 같이 있었어요.",
		"어머니 점순의 고향은 길주예요.":  "어머니 [Person A]의 고향은 [a county in North Hamgyong Province]예요.",
		// No cue, or a listed name that is a word in use (대문, a gate): the filter stays.
		"갑자기 귀신이 나왔대요.":   "갑자기 귀신이 나왔대요.",
		"고모 대문이 열려 있었어요.": "고모 대문이 열려 있었어요.",
	})
}

// A listed given name with no cue, as the subject at the start of a sentence whose
// predicate only a person takes (an age, crying), then again.
func TestHglSubjectGivenName(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"옥화는 그때 열 살이었어요. 옥화가 울었어요.": "[Person A]는 그때 10대였어요. [Person A]가 울었어요.",
		"그날 밤이었어요. 순희가 울면서 뛰어왔어요.":  "그날 밤이었어요. [Person A]가 울면서 뛰어왔어요.",
		// Must not fire: a listed name that is also a word, with a predicate of things; a
		// listed name not at the start of its sentence; a predicate a thing takes.
		"홍수가 났어요. 기근이 심했어요.": "홍수가 났어요. 기근이 심했어요.",
		"대문이 열렸어요.":          "대문이 열렸어요.",
		"그해 홍수가 울었어요.":       "그해 홍수가 울었어요.",
		// Another subject before the predicate: the predicate is its.
		"홍수가 나서 사람들이 울었어요.": "홍수가 나서 사람들이 울었어요.",
	})
}

// A hyphenated given name whose first syllable is I, the romanization of 이 (I-seul, I-na):
// the syllable list leaves i out for the pronoun, so the name was read nowhere on its own.
func TestHglHyphenatedGivenWithI(t *testing.T) {
	redactDocs(t, "strict", map[string]string{
		"I-seul is my niece. I-seul stayed behind.": "[Person A] is my niece. [Person A] stayed behind.",
		"We called her I-na at home.":               "We called her [Person A] at home.",
		// Must not fire: the pronoun with a word or a number, a stutter.
		"We used an I-beam there.":       "We used an I-beam there.",
		"We drove on I-95 north.":        "We drove on I-95 north.",
		"I-in the camp we slept.":        "I-in the camp we slept.",
		"I-I-I do not know.":             "I-I-I do not know.",
		"I-so I left, I-um, I was lost.": "I-so I left, I-um, I was lost.",
	}, func(in string) redact.Document { return redact.Document{Text: in, Language: "en"} })
}

// A word that is also the given name of many people (Gazetteer.HangulHomographs: 재현,
// 철수, 은지) after a person cue is a name when the clause says what a person does, or
// asks for news of them; in other clauses it is the word.
func TestHglHomographGivenAfterCue(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"아버지 재현도 그때 잡혀갔어요.":   "아버지 [Person A]도 그때 잡혀갔어요.",
		"애인 철수가 찾아왔어요.":       "애인 [Person A]가 찾아왔어요.",
		"선배 은지의 소식을 몰라요.":     "선배 [Person A]의 소식을 몰라요.",
		"삼촌 동석이 그때 잡혀갔어요.":    "삼촌 [Person A]이 그때 잡혀갔어요.",
		"거기서 남편 대성을 다시 만났어요.": "거기서 남편 [Person A]을 다시 만났어요.",
		// Must not fire: the word in a clause of its own, a numeral, no person's predicate.
		"엄마 상태가 나빠져서 많이 울었어요.": "엄마 상태가 나빠져서 많이 울었어요.",
		"친구 하나가 찾아왔어요.":        "친구 하나가 찾아왔어요.",
		"아버지 병환이 깊어졌어요.":       "아버지 병환이 깊어졌어요.",
		"남편 승진은 늦었어요.":         "남편 승진은 늦었어요.",
		"아빠 현재 소식은 몰라요.":       "아빠 현재 소식은 몰라요.",
	})
}
