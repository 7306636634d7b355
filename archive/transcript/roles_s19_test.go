package transcript

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Role words in Korean, Russian, Chinese and Japanese before a turn or in a subtitle voice
// name no one: they are not speakers (whose names the engine removes), and a real name
// beside them still is.
func TestRoleLabelsInOtherLanguages(t *testing.T) {
	vtt := "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v 면접자>어디에서 오셨어요?\n\n" +
		"00:00:05.000 --> 00:00:09.000\n<v 김영희>혜산에서 왔어요.\n\n" +
		"00:00:10.000 --> 00:00:12.000\n<v 질문자>언제요?\n"
	ts, err := Parse("t.vtt", []byte(vtt))
	require.NoError(t, err)
	assert.Equal(t, []string{"김영희"}, ts.Speakers)

	md := "---\ntitle: t\n---\nИнтервьюер: Откуда вы?\n\nОпрошенный: Из Хесана.\n\n" +
		"受访者: 我是从惠山来的。\n\nインタビュアー: はい。\n\n탈북민: 네.\n\nПак Ен Чоль: Да.\n"
	ts, err = Parse("t.md", []byte(md))
	require.NoError(t, err)
	assert.Equal(t, []string{"Пак Ен Чоль"}, ts.Speakers)
}
