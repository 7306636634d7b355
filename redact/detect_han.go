package redact

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names and places written in Chinese characters inside English and Korean testimonies.
// The Hanja names detector (detect_hanja_names.go) finds Korean names in traditional
// characters standing in Korean text; this detector adds what it leaves:
//
//   - Chinese names in simplified or traditional characters ("张晓丽", "韩志强"), whose
//     surname characters differ from the Korean list, and names glossed in parentheses
//     ("Kim Myong-chol (김명철, 金明哲)"), which that detector leaves because of the ")".
//   - Places: a run that ends with an administrative unit character (道 省 市 郡 縣 区 洞 里
//     ...) is a place, generalized as its Hangul or Latin form is where the small table
//     below knows its name, otherwise as a place of unknown province. A finer unit right
//     after a known place ("會寧市 南門洞") is part of it, as in Hangul.
//
// Han words that are not names stay: countries (中国, 韓國), common words (人民, 高中), and
// Pyongyang (平壤), which the gazetteer keeps readable as it keeps "Pyongyang".
//
// linkHanGlosses (called after overlaps are resolved) gives a Han name that glosses a name
// right before it ("Zhang Xiaoli (张晓丽)", "임정숙 ... 한자로 林貞淑") that name's label.

func init() { register(hanDetector{}) }

type hanDetector struct{}

func (hanDetector) name() string { return "han" }

// hanSurnames maps common surname characters, Korean and Chinese, simplified and
// traditional, to their readings: Latin spellings (the first is the gazetteer's canonical
// Korean or pinyin form) and Hangul syllables. A gloss joins a name only when the reading of
// its surname agrees with the name it glosses.
var hanSurnames = func() map[rune][]string {
	m := map[rune][]string{}
	for _, line := range strings.Split(`金 kim jin 김
李 lee li 이 리
朴 park piao 박
崔 choi cui 최
鄭郑 jung zheng 정
姜 kang jiang 강
趙赵 cho zhao 조
尹 yoon yin 윤
張张 jang zhang chang 장
林 lim lin 임 림
韓韩 han 한
吳吴 oh wu 오
徐 seo xu 서
申 shin shen 신
權权 kwon quan 권
黃黄 hwang huang 황
安 ahn an 안
宋 song 송
柳 ryu liu 류 유
劉刘 liu ryu yu 유 류
洪 hong 홍
全 jeon quan 전
高 ko gao 고
文 moon wen 문
孫孙 son sun 손
梁 yang liang 양 량
裵 bae pei 배
白 baek bai 백
許许 heo xu 허
南 nam 남
沈 sim shen 심
盧卢 noh lu 노 로
河 ha he 하
丁 jeong ding 정
成 sung cheng 성
車车 cha che 차
具 koo ju 구
禹 woo yu 우
朱 ju zhu 주
任 im ren 임
羅罗 na luo 나 라
陳陈 jin chen 진
池 ji chi 지
嚴严 eom yan 엄
蔡 chae cai 채
千 cheon qian 천
方 bang fang 방
孔 kong 공
玄 hyun xuan 현
楊杨 yang 양 량
呂吕 yeo lu 여 려
蘇苏 so su 소
石 seok shi 석
馬马 ma 마
周 ju zhou 주
王 wang 왕
胡 ho hu 호
郭 kwak guo 곽
何 ha he 하
羅 na luo 나
謝谢 sa xie 사
唐 dang tang 당
馮冯 pung feng 풍
鄧邓 deung deng 등
曹 cho cao 조
彭 paeng peng 팽
曾 jeung zeng 증
蕭萧肖 so xiao 소
田 jeon tian 전
董 dong 동
袁 won yuan 원
潘 ban pan 반
蔣蒋 jang jiang 장
杜 du 두
葉叶 yeop ye 엽
程 jeong cheng 정
魏 wi wei 위
薛 seol xue 설
姚 yo yao 요
盧 noh lu 노
鍾钟 jong zhong 종
譚谭 dam tan 담
陸陆 yuk lu 육
范 beom fan 범
廖 ryo liao 요
賈贾 ga jia 가
夏 ha xia 하
邱 gu qiu 구
秦 jin qin 진
侯 hu hou 후
顧顾 go gu 고
孟 maeng meng 맹
熊 ung xiong 웅
錢钱 jeon qian 전
戴 dae dai 대
龐庞 bang pang 방
閔闵 min 민
卞 byun bian 변
廉 yeom lian 염
邊边 byun bian 변
魯鲁 noh lu 노
都 do du 도
愼 shin shen 신
宣 sun xuan 선
吉 gil ji 길
表 pyo biao 표
琴 geum qin 금
奇 ki qi 기
房 bang fang 방
元 won yuan 원
延 yeon yan 연
明 myung ming 명
秋 chu qiu 추
玉 ok yu 옥
咸 ham xian 함
曺 cho cao 조
皮 pi 피
桂 gye gui 계
太 tae tai 태
片 pyun pian 편
睦 mok mu 목
陰阴 eum yin 음
卓 tak zhuo 탁`, "\n") {
		f := strings.Fields(line)
		for _, r := range f[0] {
			m[r] = f[1:]
		}
	}
	return m
}()

// hanNotNames are Han words of name shape (two to four characters after a surname
// character) that name no private person or place: countries and their old names, which
// stay readable as "North Korea" does, and common words.
var hanNotNames = map[string]bool{
	"韓國": true, "韩国": true, "北韓": true, "北韩": true, "南韓": true, "南韩": true, "朝鮮": true, "朝鲜": true,
	"中國": true, "中国": true, "大韓民國": true, "大韩民国": true, "高麗": true, "高丽": true,
	"高中": true, "高校": true, "高級": true, "高级": true, "安全": true, "方法": true, "成功": true,
	"文化": true, "明年": true, "南北": true, "全國": true, "全国": true, "都市": true, "人民": true,
	"朝鮮人": true, "韓國人": true, "中國人": true, "中国人": true, "石油": true, "白天": true,
	"元旦": true, "太陽": true, "太阳": true, "周末": true, "千里馬": true, "千里马": true,
	"城市": true, "農村": true, "农村": true, "鐵道": true, "铁道": true, "報道": true, "报道": true, "人道": true,
	"柔道": true, "方面": true, "表面": true, "公里": true, "大街": true, "首都": true, "市場": true, "市场": true,
	"安全部": true, "安全員": true, "安全员": true, "全部": true, "高等": true, "明白": true, "文件": true,
	"白頭山": true, "白头山": true, "金剛山": true, "金刚山": true, "黃金": true, "黄金": true,
}

// hanPlaceSuffixes are the characters that end the name of an administrative unit:
// province, city, county, district, neighbourhood, village, town, street.
const hanPlaceSuffixes = "道省市郡縣县區区洞里鎭鎮镇邑面街村"

// hanPlaces maps the common places of testimonies, written in Han characters without their
// unit suffix, to their gazetteer names; others with a unit suffix are places the
// gazetteer cannot place.
var hanPlaces = map[string]string{
	"咸鏡北": "north hamgyong", "咸镜北": "north hamgyong", "咸鏡南": "south hamgyong", "咸镜南": "south hamgyong",
	"兩江": "ryanggang", "两江": "ryanggang", "惠山": "hyesan", "會寧": "hoeryong", "会宁": "hoeryong",
	"茂山": "musan", "穩城": "onsong", "稳城": "onsong", "清津": "chongjin", "延吉": "yanji", "長白": "changbai",
	"长白": "changbai", "圖們": "tumen", "图们": "tumen", "丹東": "dandong", "丹东": "dandong", "新義州": "sinuiju",
	"新义州": "sinuiju", "平安北": "north pyongan", "平安南": "south pyongan", "慈江": "chagang", "黃海北": "north hwanghae",
	"黄海北": "north hwanghae", "黃海南": "south hwanghae", "黄海南": "south hwanghae", "江原": "kangwon",
	"吉林": "jilin", "遼寧": "liaoning", "辽宁": "liaoning", "延邊": "yanbian", "延边": "yanbian", "瀋陽": "shenyang",
	"沈阳": "shenyang", "平壤": "pyongyang", "開城": "kaesong", "开城": "kaesong", "南浦": "nampo",
}

func (hanDetector) detect(t *Text, g *Gazetteer) []Candidate {
	if t.isASCII() {
		return nil
	}
	s := t.Norm
	out := t.candidateRoom()
	var chat hanChatState // names set apart by a chat's or transcript's layout
	var last *Candidate   // the place just found, which a finer unit after it extends
	var kana kanaRuns     // the katakana runs met, for the parts of names in katakana
	lastEnd := -1
	for i := 0; ; {
		var j, n int
		var kata bool
		if i, j, n, kata = nextCJKRun(s, i); i >= len(s) {
			break
		}
		if kata { // names in katakana (detect_kana_names.go)
			out = kana.run(t, g, i, j, out)
			last = nil
			i = j
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[i:]) // the run's first character
		word := s[i:j]
		out = hanDigitPhones(t, word, i, out)
		out = hanCuedHandle(t, s, i, j, out)
		out = hanLabelledNames(t, s, i, j, out)
		chat.runs = append(chat.runs, [2]int{i, j})
		var laidOut bool
		if out, laidOut = hanChatNames(t, g, s, i, j, &chat, out); laidOut {
			last = nil
			i = j
			continue
		}
		if n >= hanProseMinRun && hanIsProse(s, i, j) || i > 0 && isDigit(s[i-1]) { // "32岁": the run after digits
			out = hanProse(t, g, s, i, j, out) // names, places, ages and sums inside Chinese prose
		}
		next, _ := utf8.DecodeRuneInString(s[j:])
		// Kana beside the run is Japanese prose: its names and places are read there.
		if prev, _ := utf8.DecodeLastRuneInString(s[:i]); j < len(s) && isKana(next) || i > 0 && isKana(prev) {
			out = japaneseHan(t, g, i, j, out)
			last = nil
			i = j
			continue
		}
		// Han or kana right after the run, or Han all around it, is Chinese or Japanese
		// prose, not a name written into English or Korean.
		if j < len(s) && (unicode.Is(unicode.Hiragana, next) || unicode.Is(unicode.Katakana, next)) ||
			n < 2 || hanNotNames[word] {
			i = j
			continue
		}
		// Place names come in chains ("咸鏡北道 會寧市 南門洞이에요") that outweigh the
		// Korean around them: Chinese prose writes no space between words, so a run set
		// apart with Hangul or Latin letters near it is a name written into the text.
		// A run with Chinese prose's particles or pronouns in it is hanProse's, which finds
		// the places inside it: read whole, a clause that ends in one ("现在住在京畿道安山市",
		// now we live in Ansan) was a place.
		// A Japanese name in kanji ("山本和子", "中村"): its surname is none of the Chinese
		// and Korean ones, and 中村 ends with a unit character.
		if n <= 5 && jpNameWord(t, g, i, j) && hanBesideLetters(s, i, j) {
			c := t.cand(i, j, Person, "Japanese name in kanji", "a Japanese surname in kanji, alone or with a given name, in English or Korean text", 0.75)
			out = append(out, c)
			last = nil
			i = j
			continue
		}
		if c, ok := hanPlace(t, g, word, i, j); ok && !(n >= hanProseMinRun && strings.ContainsAny(word, hanProseWords)) && hanBesideLetters(s, i, j) {
			// A unit of no known name right after a known place, with only spaces between,
			// is inside it: a part of a city or county ("會寧市 南門洞"), or a unit of a
			// province or of a capital, which stay readable ("咸鏡北道 OO郡", "平壤市 OO區"):
			// that unit is placed in the province.
			if lp := lastPlace(last); lp != nil && c.Place == nil && strings.TrimSpace(s[lastEnd:i]) == "" && j-lastEnd < 16 {
				switch lp.Kind {
				case "city", "county", "district", "dong", "ri", "gu":
					if !strings.EqualFold(lp.Name, lp.Province) {
						_, last.End = t.Orig(i, j)
						lastEnd = j
						i = j
						continue
					}
				}
				if kind := hanUnitKind(word); kind != "" {
					prov := cmp.Or(lp.Province, lp.Name)
					c.Place = &PlaceEntry{Name: word, Kind: kind, Province: prov, Country: lp.Country}
				}
			}
			out = append(out, c)
			last, lastEnd = &out[len(out)-1], j
			if c.Place == nil {
				last = nil
			}
			i = j
			continue
		}
		last = nil
		if _, ok := hanSurnames[r]; ok && n <= 4 && !hanInProse(s, i, j) && !hanjaNotName(word) {
			out = append(out, t.cand(i, j, Person, "Han name", "two to four Han characters after a common surname character", 0.7))
		}
		i = j
	}
	return kana.parts(t, chat.finish(t, s, out))
}

// hanPlace says whether the Han word [i, j) is a place: a name the table knows, with or
// without its unit suffix, or a word of two characters or more ending with a unit suffix.
func hanPlace(t *Text, g *Gazetteer, word string, i, j int) (Candidate, bool) {
	stem := word
	last, w := utf8.DecodeLastRuneInString(word)
	suffixed := strings.ContainsRune(hanPlaceSuffixes, last)
	if suffixed {
		stem = word[:len(word)-w]
	}
	key, known := hanPlaces[stem]
	if !known {
		key, known = hanPlaces[word]
	}
	if !known && g != nil {
		// The gazetteer's Han forms (places.tsv): "大紅湍郡" is Taehongdan county.
		if _, ok := g.Places[stem]; ok {
			key, known = stem, true
		}
	}
	if !known && !suffixed {
		return Candidate{}, false
	}
	c := t.cand(i, j, Place, "Han place", "Han characters ending with an administrative unit character", 0.9)
	if known && g != nil {
		if e, ok := g.Places[key]; ok {
			c.Place = &e
			c.Entity = placeEntity(e.Name)
			c.Reason = "gazetteer " + e.Kind + " in Han characters"
		}
	}
	return c, true
}

// hanjaNotName says whether a Han word of name shape is something else: a country, a common
// word, or a place (hanPlace's words). The Hanja names detector leaves these.
func hanjaNotName(word string) bool {
	if hanNotNames[word] {
		return true
	}
	last, w := utf8.DecodeLastRuneInString(word)
	if strings.ContainsRune(hanPlaceSuffixes, last) {
		return true
	}
	_, known := hanPlaces[word[:len(word)-w]]
	_, whole := hanPlaces[word]
	return known || whole
}

// hanGlossWindow is how far before a Han name (in bytes) the name it glosses may end.
const hanGlossWindow = 120

// linkHanGlosses gives a person's name written in Han characters the entity of the name it
// glosses, so that both take one label: the person name right before it, with only a
// parenthesis, commas and other names of the gloss between ("Zhang Xiaoli (张晓丽)",
// "Kim Myong-chol (김명철, 金明哲)"), or, after "한자로" ("in Chinese characters"), the
// nearest name before it in the window ("임정숙이 남한 이름이에요. 제 이름은 한자로 林貞淑").
// The reading of the surname character must agree with the surname of that name, so a gloss
// never joins someone else. ds are the run's resolved decisions of field text s, sorted by
// start.
func (r *runState) linkHanGlosses(s string, ds []*decision) {
	for k, d := range ds {
		if d.Category != Person || d.Action != Pseudonymize && d.Action != Suppress {
			continue
		}
		first, _ := utf8.DecodeRuneInString(d.Text)
		readings, ok := hanSurnames[first]
		if !ok || !allHan(d.Text) {
			continue
		}
		afterHanja := hanjaCueBefore(s[:d.Start])
		pos := d.Start // the start of the gloss so far
	back:
		for m := k - 1; m >= 0; m-- {
			p := ds[m]
			if p.End > pos || d.Start-p.End > hanGlossWindow {
				break
			}
			if !afterHanja {
				// In a parenthesis the gloss follows the name, with only punctuation and
				// other forms of the name between (김명철 in "Kim Myong-chol (김명철, 金明哲)").
				if strings.Trim(s[p.End:pos], " (,、/·") != "" {
					break
				}
				pos = p.Start
			}
			if p.Category != Person || allHan(p.Text) {
				continue
			}
			if !surnameAgrees(r.e.gaz, p.Text, readings) {
				if afterHanja {
					continue
				}
				break
			}
			shareGlossEntity(p, d)
			if d.role == "" {
				d.role = p.role
			}
			break back
		}
		// The other way round, a romanization in brackets right after the Han name
		// ("朴成浩（Pak Song-ho）") is the same person: it takes the Han name's label.
		if k+1 < len(ds) && d.Entity == "" {
			p := ds[k+1]
			if p.Category == Person && !allHan(p.Text) && p.Start >= d.End && p.Start-d.End <= 4 &&
				strings.Trim(s[d.End:p.Start], " (（") == "" && strings.ContainsAny(s[d.End:p.Start], "(（") &&
				surnameAgrees(r.e.gaz, p.Text, readings) {
				shareGlossEntity(p, d)
			}
		}
	}
}

// hanjaCueBefore says whether s ends with "한자로" ("in Chinese characters"), with a
// particle, a comma or spaces after it.
func hanjaCueBefore(s string) bool {
	s = strings.TrimRight(s, " ,:")
	for _, p := range []string{"는", "도", "은"} {
		s = strings.TrimSuffix(s, p)
	}
	return strings.HasSuffix(s, "한자로") || strings.HasSuffix(s, "漢字로") || strings.HasSuffix(s, "in Chinese characters")
}

func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

// surnameAgrees says whether the name has a surname that is one of readings: its first
// word in Latin letters (or its last, for a name in Western order), spelled as one of them
// or as a spelling the gazetteer files under the same canonical surname, or its first
// Hangul syllable.
func surnameAgrees(g *Gazetteer, name string, readings []string) bool {
	first, _ := utf8.DecodeRuneInString(name)
	if isHangulSyllable(first) {
		return slices.Contains(readings, string(first))
	}
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) == 0 {
		return false
	}
	for _, w := range []string{words[0], words[len(words)-1]} {
		for _, rd := range readings {
			if w == rd {
				return true
			}
			if g != nil {
				if c, ok := g.Surnames[w]; ok && c == g.Surnames[rd] {
					return true
				}
			}
		}
	}
	return false
}

// hanBesideLetters says whether Hangul syllables or Latin letters, and no kana, are within
// 30 bytes of the Han run [i, j).
func hanBesideLetters(s string, i, j int) bool {
	a, b := max(0, i-30), min(len(s), j+30)
	for a > 0 && !utf8.RuneStart(s[a]) {
		a--
	}
	for b < len(s) && !utf8.RuneStart(s[b]) {
		b++
	}
	letters := false
	for _, r := range s[a:i] + s[j:b] {
		switch {
		case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
			return false
		case isHangulSyllable(r), r < utf8.RuneSelf && unicode.IsLetter(r):
			letters = true
		}
	}
	return letters
}

func lastPlace(c *Candidate) *PlaceEntry {
	if c == nil {
		return nil
	}
	return c.Place
}

// hanUnitKind is the gazetteer kind of a unit by its suffix character, "" for a province.
func hanUnitKind(word string) string {
	last, _ := utf8.DecodeLastRuneInString(word)
	switch {
	case strings.ContainsRune("市", last):
		return "city"
	case strings.ContainsRune("區区", last):
		return "district"
	case strings.ContainsRune("洞街", last):
		return "dong"
	case strings.ContainsRune("郡縣县邑鎭鎮镇面", last):
		return "county"
	case strings.ContainsRune("里村", last):
		return "ri"
	}
	return ""
}

// hanDigit says whether r is a Chinese numeral a number is read out with, one digit a
// character ("一三九四四三三二八一七"); 〇 and 零 are 0.
func hanDigit(r rune) bool {
	return strings.ContainsRune("〇零一二三四五六七八九", r)
}

// hanDigitPhones appends a phone number for each run of seven to fifteen Chinese digit
// characters in the Han run word (at offset at): a number read out digit by digit, as
// "他的电话是一三九四四三三二八一七". A sum or count has 十, 百, 千 or 万 among its digits, which
// end the run.
func hanDigitPhones(t *Text, word string, at int, out []Candidate) []Candidate {
	start, n := -1, 0
	for k := 0; k <= len(word); {
		r, w := utf8.DecodeRuneInString(word[k:])
		if k < len(word) && hanDigit(r) {
			if start < 0 {
				start = k
			}
			n++
			k += w
			continue
		}
		if n >= 7 && n <= 15 {
			out = append(out, t.cand(at+start, at+k, Phone, "digits read out in Chinese numerals", "a run of Chinese digit characters, one digit each", 0.85))
		}
		start, n = -1, 0
		if k == len(word) {
			break
		}
		k += w
	}
	return out
}

// hanNameLabels are the labels after which Chinese prose writes a person's name: the
// holder of an account (户名, 账户名, 开户名, 持卡人), the two ends of a transfer (收款人,
// 汇款人, 付款人, 收件人, 寄件人), a form's name or contact (姓名, 联系人), and "named"
// (名叫, 名字是). Written as
// one run with the name ("户名李春花") or before a colon, a name after such a label is a
// person's whatever its surname: Chinese prose is otherwise left to itself (hanInProse).
var hanNameLabels = []string{"户名", "戶名", "账户名", "帳戶名", "开户名", "開戶名", "持卡人", "收款人",
	"汇款人", "匯款人", "付款人", "收件人", "寄件人", "姓名", "联系人", "聯繫人", "名叫", "名字"}

// hanLabelRule is the rule of a name after a label: its span is the name alone, not the
// run of Chinese prose it is written into (planField snaps it as a known name's).
const hanLabelRule = "Han name after label"

// hanLabelCopulas may stand between a label and the name ("收款人是王建国").
const hanLabelCopulas = "是为為叫"

// hanNameEnders are characters that end a name's phrase, not a name's third character
// ("收款人王芳的账户": 王芳).
const hanNameEnders = "的是在和说說给給了也都就"

// hanLabelledNames appends the names that follow a name label in the Han run [i, j) of s:
// two to four characters after the label in the same run, or the run after it past a colon
// or spaces. Of a longer run the first three characters are taken (a two-character name
// before a particle, two): safety first.
func hanLabelledNames(t *Text, s string, i, j int, out []Candidate) []Candidate {
	run := s[i:j]
	for _, l := range hanNameLabels {
		p := strings.Index(run, l)
		if p < 0 {
			continue
		}
		a := i + p + len(l)
		if a == j { // "户名：李春花": the name is the next run
			k := a
			for k < len(s) {
				r, w := utf8.DecodeRuneInString(s[k:])
				if r != ':' && r != '：' && !unicode.IsSpace(r) {
					break
				}
				k += w
			}
			if k == a || k >= len(s) || k-a > 8 {
				continue
			}
			r, _ := utf8.DecodeRuneInString(s[k:])
			if !unicode.Is(unicode.Han, r) {
				continue
			}
			a = k
		}
		if r, w := utf8.DecodeRuneInString(s[a:]); strings.ContainsRune(hanLabelCopulas, r) {
			a += w
		}
		if r, _ := utf8.DecodeRuneInString(s[a:]); r == '不' || r == '没' || r == '沒' || r == '未' {
			continue // "姓名不详": no name given
		}
		b, n := a, 0
		for b < len(s) && n < 4 {
			r, w := utf8.DecodeRuneInString(s[b:])
			if !unicode.Is(unicode.Han, r) || n == 2 && strings.ContainsRune(hanNameEnders, r) {
				break
			}
			b += w
			n++
		}
		if n == 4 && b < len(s) {
			if r, _ := utf8.DecodeRuneInString(s[b:]); unicode.Is(unicode.Han, r) {
				_, w := utf8.DecodeLastRuneInString(s[a:b])
				b -= w // a longer run: the name is three characters
				n--
			}
		}
		if n >= 2 {
			out = append(out, t.cand(a, b, Person, hanLabelRule, "Han characters after a name label (户名, 收款人, 姓名, ...)", 0.85))
		}
	}
	return out
}

// shareGlossEntity gives the Han name d the entity of p, the romanized name it glosses or
// that glosses it: p's own, or one made of p's key (which p takes too).
func shareGlossEntity(p, d *decision) {
	switch {
	case p.Entity != "":
		d.Entity = p.Entity
	case p.key != "":
		p.Entity = "gloss|" + p.key
		d.Entity = p.Entity
	}
}
