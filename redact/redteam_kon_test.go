package redact_test

import "testing"

// Red team rt6ko items 1-4 and rt6mx item 2: given names said without a surname the ways
// family, friends and chats say them (hangul_kin.go), and a name spelled with 자.

// A given name before a kinship word is the relative's name ("Aunt Sunhui", "Chunsik's
// father"); a common word before one is not.
func TestKonGivenBeforeKin(t *testing.T) {
	cases := map[string]string{
		"순희 이모가 쌀을 보냈어요.": "[Person A] 이모가 쌀을 보냈어요.",
		"경자 고모네 집에 갔어요.":  "[Person A] 고모네 집에 갔어요.",
		"영남 삼촌은 광부였어요.":   "[Person A] 삼촌은 [removed]였어요.", // a relative's job (session 19)
		"정숙 아주머니가 숨겨줬어요.": "[Person A] 아주머니가 숨겨줬어요.",
		"춘식이 아버지가 잡혀갔어요.": "[Person A]이 아버지가 잡혀갔어요.",
		"그때 춘실 이모가 왔어요.":  "그때 [Person A] 이모가 왔어요.",
	}
	cases["막내 삼촌은 광부였어요."] = "막내 삼촌은 [removed]였어요." // no name; the job goes (session 19)
	for _, s := range []string{"시골 이모가 쌀을 보냈어요.", "옆집 아주머니가 숨겨줬어요.",
		"한 달에 한 번 정도 어머니를 만났어요.", "우리 아버지가 잡혀갔어요.", "친구 아버지가 잡혀갔어요.",
		"그때 이모가 왔어요.", "동네 아저씨가 도와줬어요.", "지금 삼촌은 한국에 있어요."} {
		cases[s] = s
	}
	redactWith(t, "strict", cases)
	redactWith(t, "base", map[string]string{"순희 이모가 왔어요.": "[Person A] 이모가 왔어요."})
}

// A listed given name with the household suffix 네, a kinship word glued on, or a particle
// alone is a name with no cue; a noun so written is not.
func TestKonGivenWithoutCue(t *testing.T) {
	cases := map[string]string{
		"경수는 그해에 떠났어요.":    "[Person A]는 그해에 떠났어요.",
		"영철이형이 먼저 넘어갔어요.":  "[Person A]이형이 먼저 넘어갔어요.",
		"옥순이네 집에서 잤어요.":    "[Person A]이네 집에서 잤어요.",
		"춘자네 가족은 다 잡혀갔어요.": "[Person A]네 가족은 다 잡혀갔어요.",
		"철호한테 전해줘요.":       "[Person A]한테 전해줘요.",
		"철호가 왔어요.":         "[Person A]가 왔어요.",
		"순희랑 같이 갔어요.":      "[Person A]랑 같이 갔어요.",
		"옥련님 고마워요":         "[Person A]님 고마워요",
		"순옥님이 나갔습니다.":      "[Person A]님이 나갔습니다.",
		"순옥아 미안해.":         "[Person A]아 미안해.",
	}
	for _, s := range []string{"3호선을 탔어요.", "부자네 집에서 잤어요.", "사람이네 정말.", "사각형이 있었어요.",
		"불을 태우는 냄새가 났어요.", "그 사람 이라는 말을 했어요.", "사장님이 나갔습니다.", "선생님 고마워요",
		"정은 많았어요.", "시장이랑 가까웠어요.", "사촌 시장이랑 가까웠어요.", "엄마 사상이랑 달랐어요."} {
		cases[s] = s
	}
	redactWith(t, "strict", cases)
}

// After a clear cue a name that is also a word (보람, 은혜) or of one syllable (철, 별) is a
// name: with the name suffix 이, before a person's predicate, or said as what a name is.
func TestKonCuedWordNames(t *testing.T) {
	cases := map[string]string{
		"조카 보람이가 아파요.":               "조카 [Person A]이가 아파요.",
		"친구 은혜가 도와줬어요.":              "친구 [Person A]가 도와줬어요.",
		"오빠 이름은 철이에요.":               "오빠 이름은 [Person A]이에요.",
		"막내 이름은 별이에요.":               "막내 이름은 [Person A]이에요.",
		"오빠 이름은 철이에요. 철이는 군대에 있어요.":  "오빠 이름은 [Person A]이에요. [Person A]이는 군대에 있어요.",
		"I crossed with her son 철이.": "I crossed with her son [Relative A]이.",
		"딸 이름은 하늘이에요.":               "딸 이름은 [Person A]이에요.",
	}
	for _, s := range []string{"오빠 이름은 뭐예요?", "그 이름은 몰라요.", "진짜 이름은 비밀이에요.", "조카 사진이 있어요.", "친구 은혜를 잊지 못해요.",
		"친구 반지가 있었어요.", "동생 고양이가 아파요."} {
		cases[s] = s
	}
	redactWith(t, "strict", cases)
}

// A name said syllable by syllable with 자 after each syllable, the respectful way.
func TestKonSpelledWithJa(t *testing.T) {
	cases := map[string]string{
		"할머니 성함은 박 자 순 자 례 자예요.": "할머니 성함은 [Person A]예요.",
		"아버지 함자는 김 영 자 길 자입니다.":  "아버지 함자는 [Person A]입니다.",
		"아버지 함자는 김 명자 철자예요.":     "아버지 함자는 [Person A]예요.",
	}
	for _, s := range []string{"이 자 저 자 다 봤어요.", "그 자 이름은 몰라요."} {
		cases[s] = s
	}
	redactWith(t, "strict", cases)
}

// A Hangul given name in an English sentence or a gloss is a name, with the label of its
// romanized form beside it.
func TestKonGivenAmidEnglish(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"순옥's mother stayed.":            "[Person A]'s mother stayed.",
		"We called Chol-su 철수야 at home.": "We called [Person A] [Person A]야 at home.",
		"Min-ji [민지] came.":              "[Person A] [[Person A]] came.",
		"My uncle (삼촌) 철수 came.":         "My uncle (삼촌) [Relative A] came.",
		"The note said: 순옥아 미안해.":        "The note said: [Person A]아 미안해.",
		"The word 사람 means person.":      "The word 사람 means person.",
	})
}
