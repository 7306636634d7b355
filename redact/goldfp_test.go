package redact_test

import (
	"testing"

	"github.com/testimony-archive/testimony/redact"
)

// Over-redactions found by reading what strict removed from our gold interviews that the
// gold does not mark: public bodies, a common word with a particle, a hyphenated English
// word. Each comes with the near miss that must still be removed.
func TestGoldOverRedactions(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		// North Korean state bodies are public bodies; "General" before "Bureau" is no rank.
		"The threats come from groups linked to the Reconnaissance General Bureau.": "The threats come from groups linked to the Reconnaissance General Bureau.",
		"General Kim Su-ryon gave the order.":                                       "[general officer] [Person A] gave the order.",
		// A public body's office in a town: the body stays, the town is generalized.
		"I was called to the Ministry of State Security office in Kanggye.": "I was called to the Ministry of State Security office in [a city in Jagang Province].",
		"She worked at the Ministry of Foreign Affairs office in Beijing.":  "She worked at the Ministry of Foreign Affairs office in Beijing.",
		// A private office keeps being removed with its town.
		"He worked at the Sunrise Trading office in Yanji.": "He worked at [an office] in [a city in Jilin Province].",
		// Wi-Fi is no surname Wi; Wi alone still is.
		"My laptop never goes on the Wi-Fi at home. Sci-fi films.": "My laptop never goes on the Wi-Fi at home. Sci-fi films.",
		"Wi was arrested in March.":                                "[Person A] was arrested in [a date].",
	})
	redactDocs(t, "strict", map[string]string{
		// 정부나 is 정부 (government) with the particle 나, not 정 + 부나.
		"정부나 단체의 도움은 어떠세요? 학교나 시장에 갔어요.": "정부나 단체의 도움은 어떠세요? 학교나 시장에 갔어요.",
		// Before an honorific it is a name all the same.
		"이수나 씨가 왔어요.": "[Person A] 씨가 왔어요.",
	}, func(in string) redact.Document { return redact.Document{Text: in, Language: "ko"} })
}

// Border crossings and counties the gazetteer lacked (red-team round 3): each is a place
// below the province, generalized as its neighbours are.
func TestBorderCrossingPlaces(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"We crossed at Sambong in the dark.": "We crossed at [a city in North Hamgyong Province] in the dark.",
		"A girl from Saebyol helped us.":     "A girl from [a county in North Hamgyong Province] helped us.",
		"I crossed at 삼봉 and then Jongsong.": "I crossed at [a city in North Hamgyong Province] and then [a city in North Hamgyong Province].",
	})
}

// Nicknames given to guards and others, said with "called him" or in apposition (red-team
// round 3): removed as quoted nicknames are. A quote further from the cue, a thing called
// so, and a nationality in apposition stay.
func TestNicknamesCalledAndInApposition(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		`We called him "the Badger".`:                    `We called him "[removed]".`,
		`She was known as "Auntie Ok".`:                  `She was known as "[removed]".`,
		`I called them at "home" often.`:                 `I called them at "home" often.`,
		`They called it "the hungry march".`:             `They called it "the hungry march".`,
		"The warden, the Old Fox, signed the paper.":     "The warden, the [removed], signed the paper.",
		"The broker, the Chinese man, came to the door.": "The broker, the Chinese man, came to the door.",
	})
}

// Korean compounds of a common word and a noun suffix are no names ("정보원이", "위안부"),
// nor is a common word with the subject particle 가 after a Chinese city a street ("용정
// 문제가": a problem, which the propagation then removed everywhere); names of the same
// shape stay names ("한지원", "박사장", "이수자").
func TestKoreanCompoundsAreNoNames(t *testing.T) {
	redactDocs(t, "strict", map[string]string{
		"위안부 문제는 오래된 문제예요.":     "위안부 문제는 오래된 문제예요.",
		"정보원이 왔어요. 이민국에 갔어요.":   "정보원이 왔어요. 이민국에 갔어요.",
		"용정 문제가 컸어요. 문제가 많았어요.": "[a city in Jilin Province] 문제가 컸어요. 문제가 많았어요.",
		"연길 신흥가에 살았어요.":         "[a city in Jilin Province]에 살았어요.",
		"친구 한지원이 왔어요.":          "친구 [Person A]이 왔어요.",
		"박사장이 왔어요.":             "[Person A]이 왔어요.",
		"제 동생 이수자가 왔어요.":        "제 동생 [Person A]가 왔어요.",
	}, func(in string) redact.Document { return redact.Document{Text: in, Language: "ko"} })
}

// A guard who held the witness is named by that role ("He was our guard"): it says who he
// was to the witness, not a job that identifies someone at risk. A relative's job still goes.
func TestCustodialRoleStays(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"He was our guard.":                   "He was our guard.",
		"She was my interrogator for a week.": "She was my interrogator for a week.",
		"My father was a guard at the camp.":  "My father was a [removed] at the camp.",
	})
}

// Verb stems said with an ending ("기다리는": waiting; "굶주리는": starving) are no village
// in 리 and no surname with a given name (기 + 다리); a village is still one. The stems are
// the dictionary's (policies/data/hangul_verb_stems.txt).
func TestVerbStemsInRi(t *testing.T) {
	redactDocs(t, "strict", map[string]string{
		"저는 기다리는 사람이에요. 문을 두드리고 기다리면 돼요.": "저는 기다리는 사람이에요. 문을 두드리고 기다리면 돼요.",
		"빚에 시달리는 사람. 줄에 매달리는 아이.":         "빚에 시달리는 사람. 줄에 매달리는 아이.",
		"칠성리에 살았어요.":                      "[a place]에 살았어요.",
		// Any verb's stem from the dictionary list, not only those in 리.
		"상황이 나아지는 중이었어요. 굶주리는 사람들이 많았어요.": "상황이 나아지는 중이었어요. 굶주리는 사람들이 많았어요.",
		"그가 저를 노려보는 눈빛. 마음이 흔들리는 순간.":     "그가 저를 노려보는 눈빛. 마음이 흔들리는 순간.",
		// A stem that reads as a common surname and a listed given name stays a name.
		"친구 신명지는 울었어요.": "친구 [Person A]는 울었어요.",
		// Long common words whose ending reads as a particle or the name suffix.
		"우리나라는 작아요. 남자아이는 울었어요. 여자아이가 왔어요.": "우리나라는 작아요. 남자아이는 울었어요. 여자아이가 왔어요.",
		"선인장은 죽었어요. 친구 김우리는 왔어요.":           "선인장은 죽었어요. 친구 [Person A]는 왔어요.",
	}, func(in string) redact.Document { return redact.Document{Text: in, Language: "ko"} })
}

// "handle" is a door's as often as a user's: a word after it is a handle only when a
// messenger or a possessive says so, or when it looks like one.
func TestDoorHandleIsNoHandle(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"The door handle was broken. He grabbed the handle.": "The door handle was broken. He grabbed the handle.",
		"Her WeChat handle was sunflower.":                   "Her WeChat handle was [handle].",
		"My handle is moonriver.":                            "My handle is [handle].",
		"The handle was moon_river88.":                       "The handle was [handle].",
	})
}
