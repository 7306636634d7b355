package redact_test

import (
	"testing"

	"github.com/testimony-archive/testimony/redact"
)

// Red-team round 3 (nm4): a romanized name with a Korean particle glued to it ("Kim이",
// "Min-ji가") is one name that ends where the particle starts, in English and in Korean
// testimonies; the particle stays.
func TestGluedParticleEndsName(t *testing.T) {
	cases := map[string]string{
		"Kim이 came to the house.":         "[Person A]이 came to the house.",
		"Then Zhang이 took the money.":     "Then [Person A]이 took the money.",
		"Hyejin이 came.":                   "[Person A]이 came.",
		"Yeonggil이랑 left.":                "[Person A]이랑 left.",
		"Her name was Lily Zhang라는 name.": "Her name was [Person A]라는 name.",
		"I met Jin Guangming씨가 there.":    "I met [Person A]씨가 there.",
		"Oh Seong-min은 came.":             "[Person A]은 came.",
		"Kim Min-ji가 said no.":            "[Person A]가 said no.",
		"Kim Min-ji는 left. Kim Min-ji의 house. Kim Min-ji이에요. Kim Min-ji에게 gave. Kim Min-ji한테 gave.": "[Person A]는 left. [Person A]의 house. [Person A]이에요. [Person A]에게 gave. [Person A]한테 gave.",
		"Then Park이 said no.":          "Then [Person A]이 said no.",
		"Park 씨가 came. Song선생님이 came.": "[Person A] 씨가 came. [Person B]선생님이 came.",
		// must not fire: places, allow-listed bodies and words with a particle.
		"We met in the park에서 at noon.": "We met in the park에서 at noon.",
		"I learned it at Hanawon에서.":    "I learned it at Hanawon에서.",
		"The Juche가 idea.":              "The Juche가 idea.",
	}
	redactWith(t, "strict", cases)
	redactWith(t, "base", map[string]string{"Kim이 came to the house.": "[Person A]이 came to the house."})
	redactDocs(t, "strict", map[string]string{
		"Kim Min-ji가 said no.":          "[Interviewee]가 said no.",
		"Later Kim Min-ji에게 I gave it.": "Later [Interviewee]에게 I gave it.",
	}, func(in string) redact.Document {
		return redact.Document{Text: in, Known: []redact.Known{{Text: "Kim Min-ji", Category: redact.Person, Role: redact.RoleInterviewee}}}
	})
	redactDocs(t, "strict", map[string]string{
		"Kim이 말했어요.":          "[Person A]이 말했어요.",
		"브로커 Zhang이 돈을 받았어요.": "브로커 [Person A]이 돈을 받았어요.",
		"Park 씨가 왔어요.":        "[Person A] 씨가 왔어요.",
		"Park씨가 왔어요.":         "[Person A]씨가 왔어요.",
		"그때 Hyejin이 왔어요.":     "그때 [Person A]이 왔어요.",
	}, func(in string) redact.Document { return redact.Document{Text: in, Language: "ko"} })
}

// Given names whose first syllable is also a word or a surname ("Ok-hui", "Go-eun"), and
// syllables the list lacked (향, 웅, 늘, 고), are given names alone; a name's title
// ("Gang-dongmu") is no part of it, and a kin noun in a name ("Son-hui") gives no role.
func TestGivenNamesLikeWords(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"My cellmate was Ok-hui. Ok-hui was kind.":                    "My cellmate was [Person A]. [Person A] was kind.",
		"The female guard Ok-sun beat us.":                            "The female guard [Person A] beat us.",
		"Then Go-eun and Ha-neul came.":                               "Then [Person A] and [Person B] came.",
		"Son-hui and Go-un came.":                                     "[Person A] and [Person B] came.",
		"Ri Hyang-mi was there. Hyang-mi was kind.":                   "[Person A] was there. [Person A] was kind.",
		"Ri Chol-ung was my cellmate. Chol-ung died.":                 "[Person A] was my cellmate. [Person A] died.",
		"The guard called me Gang-dongmu. Later Ok-ryon dongmu came.": "The guard called me [Person A]. Later [Person B] dongmu came.",
		// must not fire
		"It was so-so. No-no, I said. Go on.":                      "It was so-so. No-no, I said. Go on.",
		"My son, Chol-su, came. My mother-in-law Kim Min-ji came.": "My son, [Relative A], came. My mother-in-law [Relative B] came.",
		"Dr. Kim came.": "Dr. [Person A] came.",
	})
}

// A surname alone is not the given name that starts with the same letters or syllable.
func TestSurnameIsNotGivenNamePart(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Officer Han came. A girl named Ha-na cried.":    "Officer [Person A] came. A girl named [Person B] cried.",
		"Officer So came. A girl named Sol-mi cried.":    "Officer [Person A] came. A girl named [Person B] cried.",
		"Officer Kang came. A girl named Kang-mi cried.": "Officer [Person A] came. A girl named [Person B] cried.",
		"Officer Mun came. Mun-hui cried.":               "Officer [Person A] came. [Person B] cried.",
		// must still join: a person's own surname and given name
		"Everyone called him Lao Jin or Jin laoban.":           "Everyone called him [Person A] or [Person A] laoban.",
		"Kim Min-ji came. Later Kim said no and Min-ji cried.": "[Person A] came. Later [Person A] said no and [Person A] cried.",
	})
}

// A Hangul surname + one given syllable after a cue: in an English sentence after a kin
// noun or a naming word, after a Korean post, or named as a person with 라는.
func TestHangulTwoSyllableNamesCued(t *testing.T) {
	cases := map[string]string{
		"My brother 양혁 came. 오빠 김철 too. Her name was 리경": "My brother [Relative A] came. 오빠 [Person A] too. Her name was [Person B]",
		"보위원 리혁이 심문했어요.":                                 "보위원 [Person A]이 심문했어요.",
		"감방에 한옥이라는 여자가 있었어요.":                            "감방에 [Person A]이라는 여자가 있었어요.",
		// must not fire: words, and a listed word named as a thing
		"감방에 한옥이라는 집이 있었어요.":            "감방에 한옥이라는 집이 있었어요.",
		"친구 반지가 예뻐요. 친구 한명 왔어요.":        "친구 반지가 예뻐요. 친구 한명 왔어요.",
		"My brother 이상 came.":           "My brother 이상 came.",
		"민지 is my Korean name.":         "[Person A] is my Korean name.",
		"I met 영수가 there.":              "I met [Person A]가 there.",
		"The 은하 was bright. We ate 사과.": "The 은하 was bright. We ate 사과.",
		// a place, not a name (the gazetteer now lists it: generalized as a place)
		"Then I crossed at 삼봉 in 2020.": "Then I crossed at [a city in North Hamgyong Province] in the 2020s.",
	}
	redactWith(t, "strict", cases)
	redactDocs(t, "strict", cases, func(in string) redact.Document { return redact.Document{Text: in, Language: "ko"} })
}

// A given name with a glued particle and a longer form of it ("Hyejin이", "Hyejin-ah") stay
// the interviewee's: the longer form in the same group is no second candidate.
func TestGluedGivenNameStaysInterviewee(t *testing.T) {
	redactDocs(t, "strict", map[string]string{
		"Hyejin이 said no. Hyejin-ah answered.": "[Interviewee]이 said no. [Interviewee] answered.",
		"Hyejin이 said no. Hyejin-ssi came.":    "[Interviewee]이 said no. [Interviewee] came.",
	}, func(in string) redact.Document {
		return redact.Document{Text: in, Known: []redact.Known{{Text: "Yang Hye-jin", Category: redact.Person, Role: redact.RoleInterviewee}}}
	})
}
