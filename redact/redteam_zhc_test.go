package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// Red team round 6 (rt6mx #1): names in Chinese characters that a chat's or a transcript's
// layout sets apart: speaker labels, export rows, table cells, quotes; names after a role
// word and a copula; a given name alone after the full name.
func TestZhcHanNamesInChatLayout(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"老崔: 到了\n张金花: 钱给你妈了\n张金花：好\n春花: 收到\n":     "[Speaker A]: 到了\n[Speaker B]: 钱给你妈了\n[Speaker B]：好\n[Speaker C]: 收到\n",
		"朴英哲：我是会宁人。\n":                            "[Speaker A]：我是[a city in North Hamgyong Province]人。\n",
		"[21:15] 春花: 到了\n[21:17] 春花: 好的\n":        "[21:15] [Speaker A]: 到了\n[21:17] [Speaker A]: 好的\n",
		"张金花 2021-03-04 21:13\n钱给你妈了\n":           "[Person A] the 2020s 21:13\n钱给你妈了\n",
		"21:14\t朴英哲\t了解\n":                        "21:14\t[Person A]\t了解\n",
		"“朴英哲”撤回了一条消息\n":                          "“[Person A]”撤回了一条消息\n",
		"以下为与\"朴英哲\"的聊天记录\n":                      "以下为与\"[Person A]\"的聊天记录\n",
		"朴英哲拍了拍你\n":                               "[Person A]拍了拍你\n",
		"你已添加了朴英哲\n":                              "你已添加了[Person A]\n",
		"| 日期 | 收款人 |\n|---|---|\n| 3月 | 王丽华 |\n": "| 日期 | 收款人 |\n|---|---|\n| 3月 | [Person A] |\n",
		"中介叫王建国。\n":                               "中介叫[Person A]。\n",
		"中介是朴成浩。\n":                               "中介是[Person A]。\n",
		"中介叫朴成浩（Pak Song-ho）。\n":                  "中介叫[Person A]（[Person A]）。\n",
		"<v 朴英哲>英哲就是我。\n":                         "<v [Speaker A]>[Speaker A]就是我。\n",
		// must not fire: a field label said once, a table's header, a quoted word, a shop.
		"时间: 2021年3月\n":       "时间: 2020年代\n",
		"| 日期 | 收款人 | 金额 |\n": "| 日期 | 收款人 | 金额 |\n",
		"他说“高兴”就好。\n":         "他说“高兴”就好。\n",
		"我的表哥来了。\n":           "我的表哥来了。\n",
		"他在金店打工。\n":           "他在金店打工。\n",
		"我们沟通了一下。\n":          "我们沟通了一下。\n",
	})
}

// rt6mx #13 and #18: a North Korean ministry (…省) and a university named by its country
// are public bodies; a village after a known place and a border town are places; a
// surname with a kin word ("崔叔") is a person.
func TestZhcHanPlacesAndBodies(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"他在朝鲜国家保卫省工作。\n":       "他在朝鲜国家保卫省工作。\n",
		"我哥是朝鮮大学校的老师。\n":       "我哥是朝鮮大学校的老师。\n",
		"我在密山大学校学习。\n":         "我在[a workplace]学习。\n",
		"长白县十四道沟过的江。\n":        "[a city in Jilin Province]过的江。\n",
		"让她去南阳找崔叔。\n":          "让她去[a city in North Hamgyong Province]找[Person A]叔。\n",
		"他说黑龙江省鸡西市密山县的一个村子。\n": "他说黑龙江省[a city in Heilongjiang Province][a county in Heilongjiang Province]的一个村子。\n",
	})
}

// A chat's time stamp may write its date with slashes: the label after it is still a
// speaker's (whatever the time stamp becomes).
func TestZhcHanLabelAfterSlashedStamp(t *testing.T) {
	p, err := policies.Load("strict")
	require.NoError(t, err)
	e, err := redact.New(p)
	require.NoError(t, err)
	red, err := e.Redact(redact.Document{Text: "[2021/03/04 21:15] 春花: 到了\n[2021/03/04 21:17] 春花: 好的\n"})
	require.NoError(t, err)
	assert.NotContains(t, red.Text(), "春花")
	assert.Contains(t, red.Text(), "[Speaker A]: 好的")
}
