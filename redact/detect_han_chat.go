package redact

import (
	"strings"
	"unicode/utf8"
)

// Names in Chinese characters that the layout of a chat or a transcript sets apart. Chinese
// writes no space between words, so a name inside Chinese prose is read with a cue
// (hanProse); but exports and transcripts put names where only a name stands, whatever
// the words around them:
//
//   - a speaker label: the run begins its line (after blanks, list marks or a time stamp)
//     and a colon follows, ASCII or full-width ("张金花: 钱给你妈了", "朴英哲：我是会宁人。");
//     a WebVTT voice tag ("<v 朴英哲>");
//   - a field of a chat export's row: after a time stamp and a tab, before a tab (LINE:
//     "21:14\t朴英哲\t了解"), or alone at a line's start before a date or a time (WeChat:
//     "张金花 2021-03-04 21:13");
//   - a table cell ("| 2021-03-04 | 王丽华 | 20000元 |");
//   - a name in quotes, as WeChat's system lines quote it ("“朴英哲”撤回了一条消息").
//
// The run must read as a name: two to four characters after a surname character (or 老, 小
// or 阿 and a surname, "老崔"), not an ordinary word, a country or a place. A speaker label
// without a surname ("春花:") is a speaker only in a document where a label with one was
// found, or when it labels more than one line: a field label ("时间:", "备注:") has no
// surname either.

// hanChatKind is how the layout sets a Han run apart.
type hanChatKind int

const (
	hanChatNone hanChatKind = iota
	hanChatLabel
	hanChatField
	hanChatCell
	hanChatQuoted
)

// hanQuotes open and close a quoted word.
const (
	hanOpenQuotes  = "“\"「『‘'"
	hanCloseQuotes = "”\"」』’'"
)

// hanNonSpeakers are the field and role words a transcript writes before a colon: not a
// person's name.
var hanNonSpeakers = setOfHan(`问 答 问题 回答 记者 采访者 受访者 主持人 翻译 译者 编者 作者 旁白 注 注意 备注 说明 时间 地点 日期
	地址 电话 手机 微信 邮箱 内容 主题 标题 来源 原因 结果 年龄 性别 民族 籍贯 职业 出生 出生地 姓名 名字 户名 收款人 付款人
	汇款人 金额 备考 附 按 提问 口述 整理 記者 問 答 翻譯 時間 地點 備註 內容`)

// hanChatLayout says how the layout around the Han run [i, j) of s sets it apart.
func hanChatLayout(s string, i, j int) hanChatKind {
	ls := i // the line's start
	for ls > 0 && s[ls-1] != '\n' {
		ls--
		if i-ls > 40 {
			break
		}
	}
	// A time stamp may write its date with slashes ("[2021/03/04 21:15] 春花: ...").
	lineStart := (ls == 0 || s[ls-1] == '\n') && isLabelLead(strings.ReplaceAll(s[ls:i], "/", "-"))
	after := strings.TrimLeft(s[j:min(len(s), j+16)], " ")
	before := strings.TrimRight(s[max(0, i-8):i], " ")
	switch {
	case lineStart && (strings.HasPrefix(after, ":") || strings.HasPrefix(after, "：")):
		return hanChatLabel
	case strings.HasSuffix(s[:i], "<v ") && strings.HasPrefix(s[j:], ">"):
		return hanChatLabel
	case lineStart && strings.HasPrefix(s[j:], "\t") && (ls == i || s[i-1] == '\t'):
		return hanChatField // "21:14\t朴英哲\t了解"
	case lineStart && ls == i && j < len(s) && s[j] == ' ' && hanStampAhead(after):
		return hanChatField // "张金花 2021-03-04 21:13"
	case strings.HasSuffix(before, "|") && strings.HasPrefix(after, "|"):
		return hanChatCell
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:i]); strings.ContainsRune(hanOpenQuotes, r) {
		if r, _ := utf8.DecodeRuneInString(s[j:]); strings.ContainsRune(hanCloseQuotes, r) {
			return hanChatQuoted
		}
	}
	return hanChatNone
}

// hanStampAhead says whether s begins with a date or a time: digits and one of - / : . 年.
func hanStampAhead(s string) bool {
	k := 0
	for k < len(s) && k < 4 && isDigit(s[k]) {
		k++
	}
	if k == 0 || k == len(s) {
		return false
	}
	return strings.IndexByte("-/:.", s[k]) >= 0 || strings.HasPrefix(s[k:], "年")
}

// hanChatNameShape says whether the Han word w reads as a person's name: two to four
// characters after a surname character, or 老, 小 or 阿 and a surname; not an ordinary word,
// a country, a place or a public figure. cueless asks for a common surname that seldom
// begins an ordinary word (a quoted word may be any word).
func hanChatNameShape(g *Gazetteer, w string, cueless bool) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 4 {
		return false
	}
	r, size := utf8.DecodeRuneInString(w)
	if strings.ContainsRune("老小阿", r) && n == 2 {
		r2, _ := utf8.DecodeRuneInString(w[size:])
		_, ok := hanSurnames[r2]
		return ok && !hanCommonWords[w]
	}
	if _, ok := hanSurnames[r]; !ok || cueless && !strings.ContainsRune(hanCuelessSurnames, r) {
		return false
	}
	r2, size2 := utf8.DecodeRuneInString(w[size:])
	two := w[:size+size2]
	if hanCommonWords[two] || hanNotNames[two] || hanjaNotName(w) || hanPublicFigure(g, w) || strings.ContainsRune(hanBusinessChars, r2) {
		return false
	}
	if g != nil {
		if _, ok := g.Places[w]; ok {
			return false
		}
	}
	return true
}

// hanChatNames appends the name the layout sets the Han run [i, j) apart as (see the top of
// the file), and reports whether it found one. A label without a surname is kept in
// pending until a label with one is found.
func hanChatNames(t *Text, g *Gazetteer, s string, i, j int, st *hanChatState, out []Candidate) ([]Candidate, bool) {
	kind := hanChatLayout(s, i, j)
	if kind == hanChatNone {
		return out, false
	}
	w := s[i:j]
	if !hanChatNameShape(g, w, kind == hanChatQuoted || kind == hanChatCell) {
		if kind == hanChatLabel && !hanNonSpeakers[w] && !hanNotNames[w] && utf8.RuneCountInString(w) <= 3 && !hanjaNotName(w) {
			st.pending = append(st.pending, t.cand(i, j, Person, "Han speaker label", "Han characters before a colon at the start of a line, in a document whose other speakers have Han names", 0.75))
			st.pending[len(st.pending)-1].Role = RoleSpeaker
		}
		return out, false
	}
	c := t.cand(i, j, Person, "Han name in chat layout", "Han name set apart by a chat or transcript's layout (a speaker label, a row's field, a table cell, quotes)", 0.85)
	if kind == hanChatLabel {
		c.Rule, c.Reason, c.Role = "Han speaker label", "Han name before a colon at the start of a line", RoleSpeaker
		st.labelled = true
	}
	out = append(out, c)
	st.named(w)
	return out, true
}

// hanChatState is what hanChatNames keeps across the runs of one text: labels without a
// surname waiting for a labelled name, and the full names found, whose given names alone
// elsewhere are the same person ("<v 朴英哲>英哲就是我").
type hanChatState struct {
	pending  []Candidate
	labelled bool
	given    []hanGiven
	runs     [][2]int // the Han runs of the text, read again for the given names
}

type hanGiven struct {
	given, entity string
}

// named records a full name (a surname character and a given name of two), whose given
// name alone is the same person.
func (st *hanChatState) named(w string) {
	if utf8.RuneCountInString(w) != 3 {
		return
	}
	r, size := utf8.DecodeRuneInString(w)
	if _, ok := hanSurnames[r]; !ok {
		return
	}
	for _, h := range st.given {
		if h.entity == w {
			return
		}
	}
	st.given = append(st.given, hanGiven{given: w[size:], entity: w})
}

// finish appends the pending labels when the text has a labelled Han name, and each given
// name alone of a full name found, with the full name's entity; the full names' candidates
// take that entity too.
func (st *hanChatState) finish(t *Text, s string, out []Candidate) []Candidate {
	for k, c := range st.pending {
		// A speaker speaks more than one turn; a field label is said once a record and
		// hanNonSpeakers lists the common ones.
		again := false
		for m, o := range st.pending {
			again = again || m != k && t.Original[o.Start:o.End] == t.Original[c.Start:c.End]
		}
		if st.labelled || again {
			out = append(out, c)
		}
	}
	if len(st.given) == 0 {
		return out
	}
	for k := range out {
		c := &out[k]
		if c.Category != Person || c.Entity != "" {
			continue
		}
		for _, h := range st.given {
			if t.Original[c.Start:c.End] == h.entity {
				c.Entity = hanGivenEntity(h.entity)
			}
		}
	}
	for _, rn := range st.runs {
		run := s[rn[0]:rn[1]]
		for _, h := range st.given {
			for from := 0; ; {
				p := strings.Index(run[from:], h.given)
				if p < 0 {
					break
				}
				a := from + p
				from = a + len(h.given)
				// Not the full name itself: the character before is not its surname.
				if a > 0 && strings.HasSuffix(run[:a], h.entity[:len(h.entity)-len(h.given)]) {
					continue
				}
				c := t.cand(rn[0]+a, rn[0]+from, Person, "Han given name", "the given name of a Han name found in full", 0.8)
				c.Entity, c.Detector = hanGivenEntity(h.entity), hanProseDetector
				out = append(out, c)
			}
		}
	}
	return out
}

// hanGivenEntity is the entity of a Han full name: its surname character and its given name.
func hanGivenEntity(full string) string {
	_, size := utf8.DecodeRuneInString(full)
	return full[:size] + "|" + full[size:]
}

// hanBusinessChars, after a surname character, make a place of business, not a given name:
// "金店" (a gold shop), "王厂" (Wang's factory).
const hanBusinessChars = "店铺鋪厂廠矿礦"
