package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// Red-team findings on names and places in Chinese characters (TAG han). Sentences are
// synthetic.

// A Chinese name in simplified characters is a name; written in parentheses after its
// pinyin, or after a Korean name as its Hanja, it takes that name's label.
func TestHanNamesAndGlosses(t *testing.T) {
	for _, policy := range []string{"base", "strict"} {
		redactWith(t, policy, map[string]string{
			"The broker Zhang Xiaoli (张晓丽) took the money. My husband 韩志强 signed.": "The broker [Broker A] ([Broker A]) took the money. My husband [Relative A] signed.",
			"제 동생 Kim Myong-chol (김명철, 金明哲)이 왔어요.":                                 "제 동생 [Person A] ([Person A], [Person A])이 왔어요.",
			"My friend Park Sun-hee (朴善姬) came.":                                   "My friend [Person A] ([Person A]) came.",
			// A gloss whose surname reads otherwise is someone else.
			"Zhang Xiaoli met 王建国 later.": "[Person A] met [Person B] later.",
			"Zhang Xiaoli (王建国) came.":    "[Person A] ([Person B]) came.",
			// Not names: countries, public figures, common words, one character, kana.
			"We left 韓國 and 中国 long ago. The portrait of 金日成 hung there.":           "We left 韓國 and 中国 long ago. The portrait of 金日成 hung there.",
			"人民 was written on it. My uncle lived in 北韓. She wrote 高中 on the form.": "人民 was written on it. My uncle lived in 北韓. She wrote 高中 on the form.",
			// (Tokyo in a Japanese sentence is generalized where "Tokyo" is: redteam_jp_test.go.)
			"朝鮮 is the old name. 金 means gold. 私は日本に住んでいます。": "朝鮮 is the old name. 金 means gold. 私は日本に住んでいます。",
			"中国, 朝鮮, 韓國, 北韓에서 金日成, 金正日, 金正恩 얘기를 했어요.":        "中国, 朝鮮, 韓國, 北韓에서 金日成, 金正日, 金正恩 얘기를 했어요.",
			"安全部에 잡혀갔어요. 白頭山과 金剛山에 갔어요.":                     "安全部에 잡혀갔어요. 白頭山과 金剛山에 갔어요.",
		})
	}
}

// The Hanja of a name the front matter lists, given after "한자로", is that person.
func TestHanGlossOfKnownName(t *testing.T) {
	p, err := policies.Load("strict")
	require.NoError(t, err)
	e, err := redact.New(p)
	require.NoError(t, err)
	red, err := e.Redact(redact.Document{
		Text:  "임정숙이 남한 이름이에요. 제 이름은 한자로 林貞淑이에요.",
		Known: []redact.Known{{Text: "임정숙", Category: redact.Person, Role: redact.RoleInterviewee}},
	})
	require.NoError(t, err)
	assert.Equal(t, "[Interviewee]이 남한 이름이에요. 제 이름은 한자로 [Interviewee]이에요.", red.Text())
}

// The front matter gives the North Korean spelling (림정숙), the text the South Korean one
// (임정숙) and then the Hanja: all three are the interviewee; a name of another surname
// before the Hanja is not.
func TestHanGlossOfKnownNorthernSpelling(t *testing.T) {
	p, err := policies.Load("strict")
	require.NoError(t, err)
	e, err := redact.New(p)
	require.NoError(t, err)
	for in, want := range map[string]string{
		"임정숙이 남한 이름이에요. 제 이름은 한자로 林貞淑이에요.": "[Interviewee]이 남한 이름이에요. 제 이름은 한자로 [Interviewee]이에요.",
		"리정숙이 왔어요.": "[Person A]이 왔어요.",
		"김철수가 왔어요. 그 사람 이름은 한자로 朴英男이에요.": "[Person A]가 왔어요. 그 사람 이름은 한자로 [Person B]이에요.",
	} {
		red, err := e.Redact(redact.Document{
			Text:  in,
			Known: []redact.Known{{Text: "림정숙", Category: redact.Person, Role: redact.RoleInterviewee}},
		})
		require.NoError(t, err)
		assert.Equal(t, want, red.Text(), in)
	}
}

// Places in Han characters with an administrative unit character are places, generalized
// as their Hangul forms are; Pyongyang stays readable as it does in Hangul and Latin.
func TestHanPlaces(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"고향은 咸鏡北道 會寧市 南門洞이에요.":         "고향은 咸鏡北道 [a city in North Hamgyong Province]이에요.",
		"兩江道 惠山市에 살았어요.":               "兩江道 [a city in Ryanggang Province]에 살았어요.",
		"延吉 新興街에서 일했어요.":               "[a city in Jilin Province]에서 일했어요.",
		"長白縣에 갔어요.":                    "[a city in Jilin Province]에 갔어요.",
		"I was born in 大紅湍郡 long ago.": "I was born in [a county in Ryanggang Province] long ago.",
		"平壤에 살았어요. I lived in 平壤.":     "平壤에 살았어요. I lived in 平壤.",
		// A unit of no known name inside a province, or inside the capital, which stay
		// readable, is placed in it, never left with it.
		"咸鏡北道 某某郡 某某里에서 왔어요.": "咸鏡北道 [a county in North Hamgyong Province]에서 왔어요.",
		"平壤市 中區에 살았어요.":       "平壤市 [a district of Pyongyang]에 살았어요.",
		// Words ending in a unit character that are no place, and Chinese prose.
		"그 都市는 컸어요. 農村에서 왔어요.": "그 都市는 컸어요. 農村에서 왔어요.",
		// Chinese prose (hanProse): the place, not the clause.
		"我们住在咸镜北道会宁市。": "我们住在咸镜北道[a city in North Hamgyong Province]。",
	})
}
