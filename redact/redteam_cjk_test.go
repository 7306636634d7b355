package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// Red-team (cjk) 1: names in katakana (Japanese names, and Korean names as Japanese writes
// them) stayed readable. A katakana word is a name before an honorific, as parts joined by
// "・" with a part that reads as a listed name or a Korean surname, or alone when it reads
// as a listed Japanese surname; loanwords and places in katakana stay.
func TestRedteamCjkKatakanaNames(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"叔母のタナカ・ヨシコは大阪に住んでいる。":    "叔母の[Person A]は[a city in Japan]に住んでいる。",
		"ヤマモトさんが助けてくれた。":          "[Person A]さんが助けてくれた。",
		"ヤマモトさんが来た。ヤマモトさんは優しかった。": "[Person A]さんが来た。[Person A]さんは優しかった。",
		"母はキム・ヨンスクという名前だった。":      "母は[Person A]という名前だった。",
		"キム・ヨンスクが来た。キム・ヨンスクは母だ。":  "[Person A]が来た。[Person A]は母だ。",
		"イ・ミョンスクさんに会った。":          "[Person A]さんに会った。",
		"ヤマモトが助けてくれた。":            "[Person A]が助けてくれた。",
		"友達のパクは中国に行った。":           "友達の[Person A]は中国に行った。",
		"ブローカーのキム・チョルスが来た。":       "ブローカーの[Person A]が来た。",
		"キムさんとパクさんが来た。":           "[Person A]さんと[Person B]さんが来た。",
		"タナカ・ヨシコが来た。タナカ・ヨシコは叔母だ。": "[Person A]が来た。[Person A]は叔母だ。",
		// The parts of a full name alone are that person, before or after it.
		"タナカ・ヨシコが来た。タナカさんは叔母だ。ヨシコは優しい。": "[Person A]が来た。[Person A]さんは叔母だ。[Person A]は優しい。",
		"ヨンスクは泣いた。母はキム・ヨンスクだ。":          "[Person A]は泣いた。母は[Person A]だ。",
		"キムは来た。": "[Person A]は来た。",
		"The helper ヤマモトさん took us to the port.": "The helper [Person A]さん took us to the port.",
	})
}

func TestRedteamCjkKatakanaMustNotFire(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"テレビとラジオで聞いた。":                        "テレビとラジオで聞いた。",
		"ブローカーがパスポートを持ってきた。":                  "ブローカーがパスポートを持ってきた。",
		"ソウルとピョンヤンに行った。":                      "ソウルとピョンヤンに行った。",
		"テレビ・ラジオ・新聞で知った。":                     "テレビ・ラジオ・新聞で知った。",
		"叔母のパスポートを見た。":                        "叔母のパスポートを見た。",
		"パンを食べた。":                             "パンを食べた。",
		"カメラとトマトを買った。":                        "カメラとトマトを買った。",
		"ブローカーというのは危ない仕事だ。":                   "ブローカーというのは危ない仕事だ。",
		"ブローカーさんに頼んだ。":                        "ブローカーさんに頼んだ。",
		"ニュー・ヨークとアメリカ・ドル。":                    "ニュー・ヨークとアメリカ・ドル。",
		"ソウル・オリンピックを見た。":                      "ソウル・オリンピックを見た。",
		"スズキのバイクとホンダの車。":                      "スズキのバイクとホンダの車。",
		"母のパンを食べた。":                           "母のパンを食べた。",
		"We watched テレビ and listened to ラジオ.": "We watched テレビ and listened to ラジオ.",
	})
}

// Red-team (cjk) 2: a name in kanji or Chinese characters written into English or Korean
// text, whose surname is a Japanese one (山本), stayed readable.
func TestRedteamCjkHanNamesInOtherText(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"My aunt 山本和子 stayed in Niigata.":      "My aunt [Relative A] stayed in [a city in Japan].",
		"이모 山本和子는 니가타에 남았어요.":                  "이모 [Person A]는 [a city in Japan]에 남았어요.",
		"Then the broker 王建国 took 5000 yuan.":  "Then the broker [Broker A] took [5,000–10,000 yuan].",
		"그 브로커 李春花가 돈을 받았어요.":                  "그 브로커 [Person A]가 돈을 받았어요.",
		"Our neighbour 田中一郎 helped us.":        "Our neighbour [Person A] helped us.",
		"The teacher 佐藤 was kind.":             "The teacher [Person A] was kind.",
		"We went to 中国 and 朝鲜, then to 延吉市.":   "We went to 中国 and 朝鲜, then to [a city in Jilin Province].",
		"He paid in 人民币. 金日成 was on the wall.": "He paid in 人民币. 金日成 was on the wall.",
		"We got off at 松本駅 and walked.":        "We got off at 松本駅 and walked.",
		"We flew to 大阪 and then to 東京.":        "We flew to [a city in Japan] and then to [a city in Japan].",
		"He worked for 本田技研 in Japan.":         "He worked for 本田技研 in Japan.",
	})
}

// Red-team (cjk) 3: a Han surname before a title ("李老师", teacher Li) joined the known
// person of that surname. It is someone else unless the full name is written.
func TestRedteamCjkSurnameTitleNotKnown(t *testing.T) {
	p, err := policies.Load("strict")
	require.NoError(t, err)
	e, err := redact.New(p)
	require.NoError(t, err)
	for in, want := range map[string]string{
		"李老师说我们明天走。":       "[Person A]老师说我们明天走。",
		"李先生帮了我们。":         "[Person A]先生帮了我们。",
		"我叫李春花。李阿姨说我们明天走。": "我叫[Interviewee]。[Person A]阿姨说我们明天走。",
		"李春花老师说我们明天走。":     "[Interviewee]老师说我们明天走。",
		"我叫李春花。":           "我叫[Interviewee]。",
		"我叫李春花。李大哥帮了我们。":   "我叫[Interviewee]。[Person A]大哥帮了我们。",
		"我叫李春花。李同志来了。":     "我叫[Interviewee]。[Person A]同志来了。",
		"我叫李春花。李女士和李小姐来了。": "我叫[Interviewee]。[Person A]女士和[Person A]小姐来了。",
		// The full name written with the title: the same person.
		"李春花老师来了。李老师说我们明天走。": "[Interviewee]老师来了。[Interviewee]老师说我们明天走。",
		// Not known: a full name and a titled surname are two people, as "Ko Tae-il ... Mr Ko".
		"张小明来了。张老师说我们明天走。": "[Person A]来了。[Person B]老师说我们明天走。",
	} {
		red, err := e.Redact(redact.Document{
			Text:  in,
			Known: []redact.Known{{Text: "李春花", Category: redact.Person, Role: redact.RoleInterviewee}},
		})
		require.NoError(t, err)
		assert.Equal(t, want, red.Text(), in)
	}
}

// Red-team (cjk) 4: "块" after a number is a sum only when no noun it counts follows:
// "三十块砖" is thirty bricks.
func TestRedteamCjkKuaiCountsThings(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"他搬了三十块砖。":    "他搬了三十块砖。",
		"我们捡了五块石头。":   "我们捡了五块石头。",
		"她买了两块布。":     "她买了两块布。",
		"他偷了一块手表。":    "他偷了一块手表。",
		"我吃了三块面包。":    "我吃了三块面包。",
		"他种了三块地。":     "他种了三块地。",
		"我们花了三十块钱。":   "我们花了[10–50 元]。",
		"他给了他三十块。":    "他给了他[10–50 元]。",
		"那是三十块人民币。":   "那是[10–50 元]人民币。",
		"他给了我三十块，走了。": "他给了我[10–50 元]，走了。",
	})
}
