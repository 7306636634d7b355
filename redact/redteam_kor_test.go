package redact_test

import (
	"testing"
)

// Red-team findings on Korean-language interviews (TAG kor). Sentences are synthetic.

// "우리 언니" is "my sister" and "위원장" a chairman: a possessive before a kinship word and a
// title on its own are not names. A real name before the same words still is.
func TestKorPossessivesAndTitlesAreNotNames(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"우리 엄마가 밥을 했어요. 우리 오빠가 군대에 갔어요. 우리 언니는 시장에 가요.": "우리 엄마가 밥을 했어요. 우리 오빠가 군대에 갔어요. 우리 언니는 시장에 가요.",
		"저희 언니가 왔어요. 자기 언니가 왔어요. 우리 선생님이 왔어요.":          "저희 언니가 왔어요. 자기 언니가 왔어요. 우리 선생님이 왔어요.",
		"위원장이 왔어요. 원장님도 왔어요. 지배인이 화를 냈어요.":              "위원장이 왔어요. 원장님도 왔어요. 지배인이 화를 냈어요.",
		"김정은 위원장이 연설했어요. 김 위원장은 웃었어요.":                  "김정은 위원장이 연설했어요. 김 위원장은 웃었어요.",
		"위원장님이 오셨어요.": "위원장님이 오셨어요.",
		// must still fire
		"영희 언니가 왔어요.":        "[Person A] 언니가 왔어요.",
		"박 씨가 왔어요.":          "[Person A] 씨가 왔어요.",
		"박명수 위원장이 왔어요.":      "[Person A] 위원장이 왔어요.",
		"우리 언니 박영희가 왔어요.":    "우리 언니 [Person A]가 왔어요.",
		"박영희 씨와 우리 오빠가 왔어요.": "[Person A] 씨와 우리 오빠가 왔어요.",
	})
}

// Common nouns that have the shape surname + two given-name syllables stay; real names of
// the same shape are still removed.
func TestKorCommonNounsAreNotNames(t *testing.T) {
	words := []string{"지도자", "변호사", "노동자", "봉사자", "방송국", "지하철", "옥수수", "유리창", "손전화",
		"강아지", "송아지", "전기세", "문화재", "국정원", "안전부", "백두산", "고양이", "호랑이"}
	cases := map[string]string{}
	for _, w := range words {
		s := "그때 " + w + "도 있었어요."
		cases[s] = s
	}
	for in, want := range map[string]string{
		"기다려 주세요.":         "기다려 주세요.",
		"민주주의의 나라예요.":      "민주주의의 나라예요.",
		"고양이가 울었어요.":       "고양이가 울었어요.",
		"김영식이 왔어요.":        "[Person A]이 왔어요.",
		"박영희가 갔어요.":        "[Person A]가 갔어요.",
		"리정옥이 말했어요.":       "[Person A]이 말했어요.",
		"최성국 씨가 왔어요.":      "[Person A] 씨가 왔어요.",
		"손전화로 박영희한테 걸었어요.": "손전화로 [Person A]한테 걸었어요.",
	} {
		cases[in] = want
	}
	redactWith(t, "strict", cases)
}

// A Korean given name that is an ordinary word ("소망" hope, "사랑" love) is a name after a
// cue (friend, broker, sibling) when it follows a surname.
func TestKorWordNamesAfterCue(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"친구 박소망과 같이 왔어요. 소망이는 지금 시장에 있어요.": "친구 [Person A]과 같이 왔어요. [Person A]이는 지금 시장에 있어요.",
		"브로커 최희망이 돈을 받았어요.":                "브로커 [Person A]이 돈을 받았어요.",
		"동생 이사랑이 전화했어요.":                   "동생 [Person A]이 전화했어요.",
		"오빠 정기쁨이 군대에 갔어요.":                 "오빠 [Person A]이 군대에 갔어요.",
		// must not fire: a cue before a common word
		"친구 이야기를 들었어요.": "친구 이야기를 들었어요.",
		"동생 유치원에 갔어요.":  "동생 유치원에 갔어요.",
		"친구 집에 갔어요.":    "친구 집에 갔어요.",
	})
}

// Given names alone, as family say them: the name suffix 이 before a particle, the vocative
// 아/야; with the full name elsewhere they take its label.
func TestKorBareGivenNames(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"영철이는 잡혀갔어요. 영철이가 울었어요.":           "[Person A]이는 잡혀갔어요. [Person A]이가 울었어요.",
		"엄마가 \"은별아, 가자\" 했어요.":             "엄마가 \"[Person A]아, 가자\" 했어요.",
		"박영철이 왔어요. 영철이는 잡혀갔어요. 영철이가 울었어요.": "[Person A]이 왔어요. [Person A]이는 잡혀갔어요. [Person A]이가 울었어요.",
		"박은별이 왔어요. 엄마가 \"은별아, 가자\" 했어요.":   "[Person A]이 왔어요. 엄마가 \"[Person A]아, 가자\" 했어요.",
		// must not fire
		"움직이는 사람이 있었어요. 망설이는 사람도 있었어요.":    "움직이는 사람이 있었어요. 망설이는 사람도 있었어요.",
		"쌍둥이가 태어났어요. 어린이가 많아요. 호랑이가 나왔어요.": "쌍둥이가 태어났어요. 어린이가 많아요. 호랑이가 나왔어요.",
		"내일 만나야, 할 수 있어.":                  "내일 만나야, 할 수 있어.",
		"\"괜찮아, 가자\" 했어요.":                 "\"괜찮아, 가자\" 했어요.",
	})
}

// Ordinary words that are also the Hangul names of places (안주 a snack with drinks, 수자 a
// number, 개천 a stream) need a place context; "데일리NK" is a news outlet.
func TestKorPlaceWordsNeedContext(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"데일리NK 기자가 왔어요.":    "데일리NK 기자가 왔어요.",
		"술 마실 때 안주가 없었어요.":  "술 마실 때 안주가 없었어요.",
		"그 수자가 맞아요?":        "그 수자가 맞아요?",
		"개천에서 놀았어요.":        "개천에서 놀았어요.",
		"새별이 떴어요. 삼수를 했어요.": "새별이 떴어요. 삼수를 했어요.",
		"새별 삼수 삼합.":         "새별 삼수 삼합.",
		"삼합을 먹었어요.":         "삼합을 먹었어요.",
		// must still fire
		"안주시에서 태어났어요.":       "[a city in South Pyongan Province]에서 태어났어요.",
		"평안남도 안주에서 살았어요.":    "평안남도 [a city in South Pyongan Province]에서 살았어요.",
		"개천으로 이사 갔어요.":       "[a city in South Pyongan Province]으로 이사 갔어요.",
		"삼합에 있는 브로커를 통해요.":   "[a city in Jilin Province]에 있는 브로커를 통해요.",
		"쿠르스크주 수자 근처였어요.":    "쿠르스크주 [a city in Kursk Oblast] 근처였어요.",
		"수자 남쪽 숲에서요.":        "[a city in Kursk Oblast] 남쪽 숲에서요.",
		"아버지는 해주항 부두 노동자예요.": "아버지는 [a city in South Hwanghae Province] 부두 [removed]예요.", // a relative's job (session 19)
		"안주 출신이에요.":          "[a city in South Pyongan Province] 출신이에요.",
		"석현리에서 왔어요.":         "[a place]에서 왔어요.",
	})
}

// A given name alone right after a kinship or role cue, with a particle and no name suffix
// ("친구 영수가"), is a name when it is a listed Hangul given name (common as a name, rare as
// a word); the ordinary nouns said after the same cues stay. The nouns are ours, chosen as
// an interviewee would say them after 친구, 동생 and 언니, many of them made of given-name
// syllables.
func TestKorCuedGivenNames(t *testing.T) {
	cases := map[string]string{
		"친구 영수가 먼저 강을 건넜어요. 영수가 나중에 전화했어요.": "친구 [Person A]가 먼저 강을 건넜어요. [Person A]가 나중에 전화했어요.",
		"동생 미영은 남았어요.":           "동생 [Person A]은 남았어요.",
		"브로커 영철이 왔어요.":           "브로커 [Person A]이 왔어요.",
		"언니 광철과 같이 살았어요.":        "언니 [Person A]과 같이 살았어요.",
		"오빠 룡남이 군대에 갔어요.":        "오빠 [Person A]이 군대에 갔어요.",
		"아들 성호한테 돈을 보냈어요.":       "아들 [Person A]한테 돈을 보냈어요.",
		"박영수가 왔어요. 친구 영수는 울었어요.": "[Person A]가 왔어요. 친구 [Person A]는 울었어요.",
	}
	// Known misses of the list, not tested here: 태풍, 평일, 사연, 홍수 and 대문 are also given
	// names of several people in the dictionary, and nothing in it tells them apart. 원금
	// (principal) has nothing in the dictionary that makes it a word in use (no trained cost,
	// no sense, no compound), so after a cue it is read as an unlisted given name, as 춘실 is.
	nouns := []string{"직원", "의자", "사진", "정부", "가방", "교과서", "동료", "주인", "이자", "수첩", "반지",
		"단추", "군복", "담보", "수익", "장비", "무기", "고향", "가구", "이웃", "동네", "마을",
		"문자", "편지", "소식", "생일", "선물", "약속", "성적", "숙제", "월급", "용돈", "재산", "신분", "영화",
		"노래", "소원", "기억", "우정", "상인", "인형", "창문", "일기", "학기", "지원", "동원", "수정",
		"인권", "성경", "정신", "한국", "중국", "나이", "기업", "부자", "주민", "지위", "학원", "경우", "원화", "가을"}
	for _, cue := range []string{"친구", "동생", "언니"} {
		for _, n := range nouns {
			particles := []string{"가", "는"}
			if r := []rune(n); (r[len(r)-1]-0xAC00)%28 != 0 { // ends in a consonant
				particles = []string{"이", "은"}
			}
			for _, p := range particles {
				s := "그때 " + cue + " " + n + p + " 있었어요."
				cases[s] = s
			}
		}
	}
	redactWith(t, "strict", cases)
}

// Three-syllable words that begin with a surname syllable and are listed as common words
// (hangul_name_shaped_nouns.txt) are not surname + given name, after a cue or not; full
// names of the same shape still are.
func TestKorNameShapedNouns(t *testing.T) {
	cases := map[string]string{
		"김영식이 왔어요. 이영수가 갔어요.": "[Person A]이 왔어요. [Person B]가 갔어요.",
		"친구 박미영이 지하실에 숨었어요.":  "친구 [Person A]이 지하실에 숨었어요.",
	}
	for _, s := range []string{"동생 도시락이 있었어요.", "친구 유치원이 있었어요.", "그때 지하실이 있었어요.",
		"아이를 탁아소가 맡았어요.", "동생 국정원이 있었어요.", "언니 변호사가 왔어요."} {
		cases[s] = s
	}
	redactWith(t, "strict", cases)
}

// A name of surname + one given syllable said as what a person or post is ("소대장은
// 박철이었어요") is a name; the words of that shape said so are not (여자, 남자, 한국, 문제).
func TestKorRoleHolderNames(t *testing.T) {
	cases := map[string]string{
		"소대장은 박철이었어요.":           "소대장은 [Person A]이었어요.",
		"브로커는 김혁이라는 사람이었어요.":     "브로커는 [Person A]이라는 사람이었어요.",
		"이름은 리철이에요.":             "이름은 [Person A]이에요.",
		"담당 보위원은 최광이었어요.":        "담당 보위원은 [Person A]이었어요.",
		"소대장은 박철이었어요. 박철이 때렸어요.": "소대장은 [Person A]이었어요. [Person A]이 때렸어요.",
	}
	for _, s := range []string{"소대장은 여자였어요.", "반장은 남자였어요.", "브로커는 한국이라는 나라를 몰랐어요.",
		"친구는 문제였어요.", "소대장은 조선사람이었어요.", "동생은 학생이었어요.", "아버지는 김치였어요.",
		"언니는 최고였어요.", "담당자는 정말이에요.", "소대장은 박사였어요."} {
		cases[s] = s
	}
	redactWith(t, "strict", cases)
}

// A common word before a kinship word or before the particle 이랑 is no name ("지금 언니가":
// now my sister; "시장이랑": with the market); a given name there still is.
func TestKorCommonWordsBeforeKinshipAndIrang(t *testing.T) {
	cases := map[string]string{
		"영희 언니가 왔어요.":      "[Person A] 언니가 왔어요.",
		"지민 오빠도 왔어요.":      "[Person A] 오빠도 왔어요.",
		"삼촌 혁철이랑 같이 살았어요.": "삼촌 [Person A]이랑 같이 살았어요.",
		"영철이랑 같이 갔어요.":     "[Person A]이랑 같이 갔어요.",
	}
	for _, s := range []string{"지금 언니가 왔어요.", "이제 오빠도 왔어요.", "정말 할머니가 보고 싶어요.", "지금은 동무들이 없어요.",
		"사촌 시장이랑 가까웠어요.", "딸 송환이랑 관련된 일이었어요.", "남편 국경이랑 가까운 데 살았어요.",
		"엄마 사상이랑 달랐어요.", "누나 성분이랑 상관없어요."} {
		cases[s] = s
	}
	redactWith(t, "strict", cases)
}
