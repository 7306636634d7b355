package redact_test

import (
	"testing"

	"github.com/testimony-archive/testimony/redact"
)

// Red-team findings on Korean names in Hangul (TAG kor3). Sentences are synthetic.

// A full name before a spoken ending that is not a case particle (네 "'s family", 더러 and
// 보고 "to", the copula's 이면, 이래요, 이었던, 이더라고요 ...) is still a name.
func TestKor3FullNameBeforeSpokenEndings(t *testing.T) {
	cases := map[string]string{
		"그때 박성민네 그랬어요.":         "그때 [Person A]네 그랬어요.",
		"브로커 박성민더러 돈을 달라고 했어요.": "브로커 [Person A]더러 돈을 달라고 했어요.",
		"이웃 최경호네 집에 갔어요.":       "이웃 [Person A]네 집에 갔어요.",
		"보위부 지도원 한광철보고 말했어요.":   "보위부 지도원 [Person A]보고 말했어요.",
		"성함이 안복실이세요.":           "성함이 [Person A]이세요.",
		"할머니 성함은 안복실이셨어요.":      "할머니 성함은 [Person A]이셨어요.",
		"이름은 박옥순이래요.":           "이름은 [Person A]이래요.",
		"이름이 최경애였던 사람이에요.":      "이름이 [Person A]였던 사람이에요.",
		"최 씨네 집에 숨었어요.":         "[Person A] 씨네 집에 숨었어요.",
	}
	for _, end := range []string{"이네", "이었던", "이래요", "이더라고요", "이든", "이지요", "이면", "이라면", "이란", "이더러", "이보고", "같은", "네서", "네로"} {
		cases["그게 박성민"+end+" 그랬어요."] = "그게 [Person A]" + end + " 그랬어요."
	}
	// must not fire: verbs and nouns with the same endings
	for _, s := range []string{"빨리 기다리면 돼요.", "그 사람을 기다리래요.", "중간보고 했어요.", "동네 사람들이 왔어요.", "가만히 기다리든 말든."} {
		cases[s] = s
	}
	redactWith(t, "strict", cases)
	redactWith(t, "base", map[string]string{"그때 박성민네 그랬어요.": "그때 [Person A]네 그랬어요."})
}

// Surname + a one-syllable given name after a kinship or role cue ("남편 오준이"), and the
// given syllable alone later ("준이는", "철이네").
func TestKor3OneSyllableGivenAfterCue(t *testing.T) {
	for _, p := range []string{"strict", "base"} {
		redactWith(t, p, map[string]string{
			"제 남편 오준이 잡혀갔어요. 준이는 착했어요.": "제 남편 [Person A]이 잡혀갔어요. [Person A]이는 착했어요.",
			"친구 김철과 갔어요. 철이네 집에 갔어요.":   "친구 [Person A]과 갔어요. [Person A]이네 집에 갔어요.",
			"동생 박진은 군대에 갔어요.":           "동생 [Person A]은 군대에 갔어요.",
			"아들 리혁을 데리고 왔어요.":           "아들 [Person A]을 데리고 왔어요.",
			"브로커 최영하고 만났어요.":            "브로커 [Person A]하고 만났어요.",
			// must not fire: a cue before a common word
			"친구 이름이 뭐였어요?":  "친구 이름이 뭐였어요?",
			"남편 고향은 함경도예요.": "남편 고향은 함경도예요.",
			"엄마 정말 힘들었어요.":  "엄마 정말 힘들었어요.",
			"아들 지금은 잘 살아요.": "아들 지금은 잘 살아요.",
		})
	}
}

// A given name alone after 우리/저희 ("our Sunhui"), in a list of names, and after "my name is".
func TestKor3BareGivenNames(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"우리 순희가 왔어요.":            "우리 [Person A]가 왔어요.",
		"우리 영철이 왔어요.":            "우리 [Person A]이 왔어요.",
		"우리 명철은 착해요. 우리 광호는 커요.": "우리 [Person A]은 착해요. 우리 [Person B]는 커요.",
		"애들이 은하 미란 정아 이렇게 셋 있었어요. 은하는 잡혀가고 정아는 살았어요.": "애들이 [Person A] [Person B] [Person C] 이렇게 셋 있었어요. [Person A]는 잡혀가고 [Person C]는 살았어요.",
		"은하, 미란, 정아가 잡혀갔어요.":                          "[Person A], [Person B], [Person C]가 잡혀갔어요.",
		"제 이름은 은별이에요. 은별이라고 불러 주세요.":                  "제 이름은 [Person A]이에요. [Person A]이라고 불러 주세요.",
		// must not fire
		"우리 동네가 좋았어요. 우리 가족이 왔어요.": "우리 동네가 좋았어요. 우리 가족이 왔어요.",
		"우리 나라 사람이에요.":             "우리 나라 사람이에요.",
		"사과 배 감 이렇게 샀어요.":          "사과 배 감 이렇게 샀어요.",
		"제 이름은 비밀이에요.":             "제 이름은 비밀이에요.",
	})
}

// An adjective or verb in its adnominal form (a common word + 한/난/할/된) before a noun is
// no name, though it has the shape surname + two syllables.
func TestKor3AdnominalsAreNotNames(t *testing.T) {
	cases := map[string]string{
		"정직한 사람이었어요. 유명한 집. 배신한 사람. 임신한 여자들은 더 힘들었어요.": "정직한 사람이었어요. 유명한 집. 배신한 사람. 임신한 여자들은 더 힘들었어요.",
		// must still fire
		"이성한이 왔어요.":   "[Person A]이 왔어요.",
		"이성한 씨가 왔어요.": "[Person A] 씨가 왔어요.",
		"김정한이 왔어요.":   "[Person A]이 왔어요.",
	}
	for _, w := range []string{"한심한", "진지한", "신기한", "성실한", "우수한", "원만한", "유학한", "고문한", "진정한", "장황한", "공평한", "서운한", "신선한", "편안한", "오만한", "현명한", "허무한", "노련한", "명랑한"} {
		s := "그건 " + w + " 일이었어요."
		cases[s] = s
	}
	redactWith(t, "strict", cases)
}

// A surname alone before a post ("리 사장이") is a person, as "박 씨" is; 우리 before a post
// is "our" ("우리 지배인이"); "전 사장" is a former boss.
func TestKor3SurnameBeforePost(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"리 사장이 돈을 받았어요.": "[Person A] 사장이 돈을 받았어요.",
		"류 사장이 왔어요.":     "[Person A] 사장이 왔어요.",
		"박 과장이 때렸어요.":    "[Person A] 과장이 때렸어요.",
		// must not fire
		"우리 선생님이 좋았어요. 우리 지배인이 나빴어요. 우리 소대장이 때렸어요.": "우리 선생님이 좋았어요. 우리 지배인이 나빴어요. 우리 소대장이 때렸어요.",
		"전 사장이 왔어요.": "전 사장이 왔어요.",
	})
}

// The North's spelling of common words with an initial ㄹ or ㄴ is no name.
func TestKor3NorthSpellingsAreNotNames(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"그는 로동자였어요. 로동자들이 모였어요. 녀자들이 왔어요. 력사를 배웠어요.": "그는 로동자였어요. 로동자들이 모였어요. 녀자들이 왔어요. 력사를 배웠어요.",
		// must still fire
		"로영철이 왔어요.": "[Person A]이 왔어요.",
	})
}

// The given name alone of a public figure named in full in the same text is the figure.
func TestKor3PublicFigureGivenName(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"김정은이 왔어요. 정은이가 핵을 만들었대요.": "김정은이 왔어요. 정은이가 핵을 만들었대요.",
		"김여정이 왔어요. 여정이는 웃었어요.":     "김여정이 왔어요. 여정이는 웃었어요.",
		// must still fire: someone else of that given name named in full, or no figure
		"김정은이 왔어요. 친구 박정은이 울었어요. 정은이가 갔어요.": "김정은이 왔어요. 친구 [Person A]이 울었어요. [Person A]이가 갔어요.",
		"정은이가 울었어요.": "[Person A]이가 울었어요.",
	})
}

// A name spelled out one syllable at a time, with spaces or dots, is the name.
func TestKor3SpelledOutNames(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"아버지 김 광 호, 어머니 리 순 자였어요. 김.광.호 라고 썼어요.": "아버지 [Person A], 어머니 [Person B]였어요. [Person A] 라고 썼어요.",
		"박 영 수 이라는 보위부 사람이에요.":                   "[Person A] 이라는 보위부 사람이에요.",
		// must not fire: runs of one-syllable words
		"이 집 저 집 다녔어요. 한 번 더 했어요. 안 갈 수 없었어요.": "이 집 저 집 다녔어요. 한 번 더 했어요. 안 갈 수 없었어요.",
	})
}

// Korean contact fields: a messenger ID after "위챗:" (no digit in it), a QQ number after
// "큐큐 번호가"; the field word at a line's start is no speaker.
func TestKoreanContactFields(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"위챗: lee-boss-dandong 으로 연락했어요.": "위챗: [handle] 으로 연락했어요.",
		"큐큐 번호가 384723991이었어요.":          "큐큐 번호가 [handle]이었어요.",
		"위챗은 가끔 썼어요.":                    "위챗은 가끔 썼어요.",
	})
}

// A name spelled out one syllable at a time is one name, and its particle no piece of
// another ("림 정 숙 이라고": 정 숙 이 was read as a second name).
func TestSpelledOutNameRun(t *testing.T) {
	redactDocs(t, "strict", map[string]string{
		"림 정 숙 이라고 쓰면 돼요. 김 광 호 라고 불렀어요.": "[Interviewee] 이라고 쓰면 돼요. [Person A] 라고 불렀어요.",
	}, func(in string) redact.Document {
		return redact.Document{Text: in, Known: []redact.Known{{Text: "림정숙", Category: redact.Person, Role: redact.RoleInterviewee}}}
	})
}

// A nickname said without quotes is removed as quoted ones are: after 별명/별칭 with the
// copula, and called so with 라고; titles, kinship words and question words called so stay.
func TestKoreanNicknamesWithoutQuotes(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"그 브로커 별명이 곰이었어요.":           "그 브로커 별명이 [removed]이었어요.",
		"그 여자를 토끼 아줌마라고 불렀어요.":       "그 여자를 [removed]라고 불렀어요.",
		"다들 짝눈이라고 불렀어요.":             "다들 [removed]이라고 불렀어요.",
		"저는 그를 형님이라고 불렀어요.":          "저는 그를 형님이라고 불렀어요.",
		"별명은 없었어요.":                  "별명은 없었어요.",
		"사람들은 그냥 선생님이라고 불렀어요.":       "사람들은 그냥 선생님이라고 불렀어요.",
		"그냥 아줌마라고 불렀어요. 그걸 뭐라고 불러요?": "그냥 아줌마라고 불렀어요. 그걸 뭐라고 불러요?",
	})
}
