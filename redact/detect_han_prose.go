package redact

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Chinese prose. Escapees who lived in China quote WeChat messages and speech in Chinese,
// or write parts of a testimony in it. Chinese writes no space between words, so a whole
// clause ("我被卖到黑龙江省鸡西市密山县的一个村子") is one Han run, and the run-as-a-word rules
// of hanDetector find nothing in it. hanProse reads inside the runs hanDetector walks (never
// the whole text), character by character, for what identifies someone:
//
//   - names after a cue: 叫/名叫 ("我叫金英姬"), 姓 (the surname alone, "老板姓王"), a kin or
//     role word (丈夫, 儿子, 老板, 中介 ...: "儿子张小明"); a surname with 老, 小 or 阿 ("老李");
//     and, without a cue, a common surname beginning a word of two or three characters right
//     before a verb a person does ("张国强打我"), unless the word is an ordinary one (王国, 高兴);
//   - places: a name the gazetteer knows in Han characters ("会宁", "沈阳"), and a name ending
//     with an administrative unit character ("鸡西市", "密山县"), never the words around it;
//   - ages ("三十二岁", "32岁", "比我大二十岁"), sums in Chinese numerals ("一万五千块钱"),
//     and a named school or workplace ("密山第二小学").

// hanProseMinRun is the shortest run read as prose: a shorter one is a word, which the
// run-as-a-word rules judge.
const hanProseMinRun = 3

// hanNameCues are the words after which a name follows in Chinese: calling verbs and kin
// or role words ("丈夫张国强", "丈夫叫张国强").
var hanNameCues = setOfHan(`叫 名叫 丈夫 老公 妻子 老婆 爱人 儿子 女儿 孩子 父亲 母亲 爸爸 妈妈 哥哥 姐姐 弟弟 妹妹
	婆婆 公公 爷爷 奶奶 叔叔 阿姨 舅舅 姑姑 表哥 表姐 老板 老板娘 中介 朋友 男朋友 女朋友 同事 邻居 同学 对象 媒人 人贩子 司机
	添加 添加了`) // 添加了: WeChat's "你已添加了朴英哲" (you added ...)

// hanNameStops end a given name: particles, pronouns, verbs, numerals and the first
// characters of titles (王先生, 李老师) that follow a name in a clause.
const hanNameStops = "的是在了和跟与今也就都说被把从到给去来有没不很还又才已现住当做吗呢吧啊他她我你们比对向为让叫打收带要会能每年岁一二三四五六七八九十两后先女老师经医同总地得着过把骂问告帮笑哭走跑死刚买卖找家个这那里上下，。"

// hanTitles follow a surname or a full name: "高老师", "王先生", "张小明经理".
var hanTitles = []string{"先生", "女士", "小姐", "老师", "師傅", "师傅", "经理", "經理", "老板", "医生", "醫生", "书记", "書記",
	"主任", "队长", "隊長", "科长", "所长", "大姐", "大哥", "大妈", "大爷", "阿姨", "同志", "社长", "社長"}

func hanTitleAt(s string) bool { return hanTitleOf(s) != "" }

// hanKinTitles are kin words of one character said after a surname: "崔叔" (Uncle Choe),
// "王姐", "李哥".
const hanKinTitles = "叔姨婶嬸伯哥姐嫂"

// hanKinTitle says whether rs[q] is a kin title that ends the word (the run's end, a stop
// or the same character again, "崔叔叔"): inside a given name the character goes on.
func hanKinTitle(rs []rune, q int) bool {
	if q >= len(rs) || !strings.ContainsRune(hanKinTitles, rs[q]) {
		return false
	}
	return q+1 == len(rs) || rs[q+1] == rs[q] || strings.ContainsRune(hanNameStops, rs[q+1])
}

// hanTitleOf is the title s begins with, or "".
func hanTitleOf(s string) string {
	for _, w := range hanTitles {
		if strings.HasPrefix(s, w) {
			return w
		}
	}
	return ""
}

// hanPersonVerbs, right after a word that starts with a surname, make it a name without a
// cue: what a person does ("张国强打我", "李英说").
// 拍 and 撤 begin WeChat's system lines: "朴英哲拍了拍你" (nudged you), "撤回了一条消息".
const hanPersonVerbs = "说打骂问告带卖买帮让笑哭走跑死把被给对跟和也就都又还已刚不没叫找拍撤"

// hanCuelessSurnames are the surnames a name without a cue may start with: common ones that
// seldom begin an ordinary word, or whose words hanCommonWords lists.
const hanCuelessSurnames = "金李朴崔郑鄭姜赵趙尹张張林韩韓吴吳徐申权權黄黃宋柳刘劉洪孙孫梁裴裵许許卢盧罗羅陈陳蔡杨楊吕呂苏蘇王胡郭谢謝唐冯馮邓鄧曹彭萧蕭肖董袁潘杜叶葉程魏薛姚钟鍾谭譚陆陸范廖贾賈邱秦侯顾顧孟熊戴庞龐闵閔严嚴周朱"

// hanCommonWords are ordinary words that begin (or, for a surname after 老 小 阿, are) a
// surname character and a second one: not names.
var hanCommonWords = setOfHan(`王国 王子 王八 国王 高兴 张开 张口 张贴 张望 金钱 金子 金色 金额 金属 金融 金牌 李子 周末 周围 周年 周日 周一
	周二 周三 周四 周五 周六 周期 周边 周到 方便 方法 方面 方向 朱红 黄色 黄金 黄昏 黄瓜 黄豆 黄河 林业 林子 孙子 孙女
	宋朝 唐朝 秦朝 曾经 程度 程序 陈旧 陈列 杨树 苏联 苏醒 胡子 胡说 胡同 胡乱 谢谢 谢意 罗马 叶子 顾客 顾问 顾虑 顾不
	熊猫 戴着 戴上 戴了 董事 严重 严格 严厉 严肃 洪水 许多 许可 许久 韩国 郑重 柳树 范围 陆地 陆续 钟头 钟点 钟表 朴素
	朴实 姜汤 申请 申报 庞大 肖像 萧条 徐徐 权利 权力 梁上 卢布 潘多 杜绝 魏国 秦国 吴国 赵国 刘海 蔡国 马上
	明天 明白 明显 明确 高中 高大 全家 全都 全是 安排 安静 安心 成了 成为 成绩 文字 白白 白色 马上 马路 石头 南方 南边 任何
	任务 延长 表示 表现 房子 房间 房东 元旦 千万 夏天 秋天 都是 何时 宣传 吉利 奇怪 田地 江边 高高 太太 太阳 孔雀 池塘
	老太 小太 老千 老表 小河 小石 小车 小程 老成 小白菜 小金库 老朱 小黄鱼 小马哥 老都 小都 老高兴 老实 阿拉
	上周 下周 本周 也许 或许 允许 照顾 照顧 押金 现金 资金 奖金 租金 美金 基金`) // the last: words that end with one ("上周家里")

// hanFamilyAfter are the characters after a surname and 家 that make them no family: a
// village named after one ("王家村", "李家庄", "张家口"), or a word of 家 after another word
// ending with the surname character ("家庭", "家具", "家乡").
const hanFamilyAfter = hanProseUnits + hanVillageUnits + "口界庄莊堡寨湾灣岭嶺营營店铺鋪窝窩坡洼窪峪坊河桥橋集" +
	"庭境具务務电電畜禽教乡鄉园園用访訪常伙底产產"

// hanSurnameHomeWords are a surname and 家 that make an ordinary word: "顾家" (devoted to
// one's family).
var hanSurnameHomeWords = setOfHan(`顾家 顧家`)

// hanProseUnits are the unit characters that end a place in prose. 里, 面, 洞, 街 and 道
// are left out: in Chinese they are mostly locatives and words (家里, 里面, 山洞, 上街, 知道);
// 道 ends a province the gazetteer knows ("京畿道").
const hanProseUnits = "省市郡縣县區区鎭鎮镇邑村乡鄉"

// hanPlaceNotNames are words that end with a unit character and name no place: the unit
// character is part of an ordinary word ("超市" supermarket, "知道" know, "地区" region).
var hanPlaceNotNames = setOfHan(`城市 超市 股市 夜市 门市 上市 菜市 都市 知道 味道 街道 难道 一道 轨道 频道 通道 管道 渠道 报道 人道 铁道
	地区 社区 小区 山区 郊区 市区 城区 景区 灾区 农村 乡村 家乡 老乡 故乡 城乡 下乡 全省 外省 本省 该省 全市 本市
	全县 本县 一个村 这个村 那个村 邻村 同村 全村 整村 回道 说道 顺道 绕道 车道 赤道 厚道 公道 霸道 大道 正道
	区区 节省 反省 交道 隧道 跑道 水道 山村 渔村 黑市 集市 城镇 乡镇 小镇 村镇 同乡 他乡 异乡 思乡 回乡 返乡
	禁区 牧区 林区 矿区`)

// hanVillageUnits end a village's name: a gully (沟), a hamlet (屯), a village (村).
const hanVillageUnits = "沟溝屯村"

// hanMinistryFields are the fields of North Korea's ministries, whose names end with 省 as a
// province's does: "国家保卫省" (State Security), "人民武力省", "外务省". A public body, no
// place.
var hanMinistryFields = setOfHan(`保卫 保衛 安全 保安 外务 外務 武力 国防 國防 铁道 鐵道 教育 商业 商業 农业 農業 财政 財政 文化 体育 體育
	内务 內務 社会 社會 劳动 勞動 保健 外贸 外貿 对外`)

// hanKuaiNouns are the nouns 块 counts pieces of ("三十块砖", thirty bricks; "两块布", two
// pieces of cloth): a number and 块 before one of them is a count, not a sum of money. 块 at
// the end of a clause, before 钱 or 人民币, or before anything else is yuan ("给了他三十块").
var hanKuaiNouns = strings.Fields(`砖 磚 石 布 地 田 肉 手表 手錶 表 錶 面包 麵包 木 板 玻璃 瓦 铁 鐵 钢 鋼 冰 糖 饼 餅
	蛋糕 巧克力 肥皂 香皂 豆腐 骨头 骨頭 毛巾 手帕 西瓜 瓜 牌 碑 玉 煤 疤 伤疤 傷疤 金子 金砖 金磚 银子 銀子 金条 金條 地方 土 泥 岩`)

// hanKuaiCounts says whether rest, the run after 块, begins with a noun 块 counts.
func hanKuaiCounts(rest string) bool {
	for _, w := range hanKuaiNouns {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// hanAfterUnit are the characters after a unit character that make it part of another word:
// "省钱" (save money), "市场" (market), "道歉" (apologize).
var hanAfterUnit = setOfHan(`省钱 省得 省心 省事 省力 省略 省下 省吃 市场 市民 道理 道歉 道德 道具 道路 区别 区分 村子 乡下 县城 镇定 镇静 镇压 乡亲 乡音 乡情 道士`)

// hanInstitutions are the words a named school or workplace ends with ("密山第二小学").
var hanInstitutions = []string{"大学校", "大學校", "小学", "中学", "初中", "高中", "大学", "学校", "医院", "饭店", "餐厅", "餐馆", "饭馆",
	"工厂", "公司", "农场", "宾馆", "酒店", "商店", "煤矿", "矿山", "歌厅", "网吧", "按摩店", "美容院", "幼儿园",
	"小學", "中學", "大學", "學校", "醫院", "飯店", "餐廳", "工廠", "農場", "賓館", "商店", "煤礦", "幼兒園"}

// hanInstitutionStops end the name before an institution word: particles, prepositions,
// classifiers and demonstratives ("在沈阳的一家饭店" names none).
const hanInstitutionStops = "的在到从去了一这那家个上我他她们里是就也都所间座着过和跟"

// hanAgeNumerals are hanNumerals (plan.go) and the characters of an approximate age
// ("十几岁", "二十多岁", "一岁半").
const hanAgeNumerals = hanNumerals + "几半多"

// hanProseDetector names the candidates hanProse finds. They are words inside a run of Han,
// and the plan keeps their bounds (knownApart, as for known names): widened to the whole run,
// "现在住在京畿道安山市" would lose "now I live in" with the place.
const hanProseDetector = "han_prose"

func proseCand(t *Text, a, b int, c Category, rule, reason string, score float64) Candidate {
	cand := t.cand(a, b, c, rule, reason, score)
	cand.Detector = hanProseDetector
	return cand
}

func setOfHan(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// hanProse appends what identifies someone in the Han run s[i:j] of Chinese prose (see the
// comment at the top). g may be nil.
func hanProse(t *Text, g *Gazetteer, s string, i, j int, out []Candidate) []Candidate {
	// The run's characters and their byte offsets; off[n] is the run's end.
	var rbuf [64]rune
	var obuf [65]int
	rs, off := rbuf[:0], obuf[:0]
	for k := i; k < j; {
		r, w := utf8.DecodeRuneInString(s[k:])
		rs, off = append(rs, r), append(off, k)
		k += w
	}
	off = append(off, j)
	n := len(rs)
	word := func(a, b int) string { return s[off[a]:off[b]] }
	in := func(set string, r rune) bool { return strings.ContainsRune(set, r) }
	var last *Candidate // the place that ends where the next unit starts
	lastEnd, done := -1, 0
	// cuelessStart says whether a surname at p may start a name without a cue: not after
	// a numeral or a classifier ("一张"), nor as the end of a word ("国王", "上周").
	cuelessStart := func(p int) bool {
		return p == 0 || !in(hanNumerals+"这那每张", rs[p-1]) && !hanCommonWords[word(p-1, p+1)]
	}
	notPlaceWord := func(a, b int) bool {
		return hanPlaceNotNames[word(a, b)] || hanPlaceNotNames[word(b-2, b)] || hanNotNames[word(a, b)] ||
			b < n && hanAfterUnit[word(b-1, b+1)]
	}
	for p := 0; p < n; p++ {
		if p < done {
			continue
		}
		r := rs[p]
		_, surname := hanSurnames[r]
		// Names with a cue, first: "我叫金英姬" is a name even where 金海 is a city.
		if surname && p > 0 {
			if rs[p-1] == '姓' {
				out = append(out, proseCand(t, off[p], off[p+1], Person, "Chinese surname", "a surname after 姓", 0.8))
				done = p + 1
				continue
			}
			if in("老小阿", rs[p-1]) && (p < 2 || !in("一这那个", rs[p-2])) && !hanCommonWords[word(p-1, p+1)] &&
				!hanCommonWords[word(p-1, min(n, p+2))] && (p+1 == n || !hanCommonWords[word(p, p+2)]) {
				a := p - 1
				if a > done && in(hanCuelessSurnames, rs[a-1]) && (a < 2 || !in(hanNumerals+"这那每个张", rs[a-2])) {
					a-- // "张小明": the given name 小明 of a full name, not 张 and a familiar name
				}
				out = append(out, proseCand(t, off[a], off[p+1], Person, "Chinese familiar name", "a surname after 老, 小 or 阿", 0.75))
				done = p + 1
				continue
			}
		}
		nameEnd := 0 // the end of a name that starts here, 0 for none
		if surname {
			q := p + 1
			cued := false
			for l := 1; l <= 3 && p-l >= 0; l++ {
				cued = cued || hanNameCues[word(p-l, p)]
			}
			// A kin or role word and a copula: "中介是朴成浩", "中介叫王建国".
			for l := 2; !cued && l <= 3 && p-l-1 >= 0 && in("是叫", rs[p-1]); l++ {
				cued = hanNameCues[word(p-l-1, p-1)]
			}
			// A title ends the name too ("李阿姨", "王大哥", "张小姐"): its first character
			// may also be one of a given name (阿, 大, 小), so the title is read whole.
			// After a cue, 家 may begin a given name ("叫李家明"), where a stop does not follow
			// it ("丈夫李家的人" is the Li family's).
			givenJia := cued && q < n-1 && rs[q] == '家' && !in(hanNameStops, rs[q+1])
			for q < n && q < p+3 && (!in(hanNameStops, rs[q]) || givenJia && q == p+1) && !hanTitleAt(s[off[q]:j]) && !hanKinTitle(rs, q) {
				q++
			}
			w := word(p, q)
			place := false
			if g != nil {
				_, place = g.Places[w]
			}
			if q-p >= 2 && hanPublicFigure(g, w) {
				done = q // kept readable, as the allow list keeps it between spaces
				continue
			}
			// 表 and a kin word is a relative on the mother's side ("表哥", "表叔"), no surname.
			titled := q < n && (hanTitleAt(s[off[q]:j]) || hanKinTitle(rs, q) && r != '表') && (p == 0 || !in(hanNumerals+"这那每个位", rs[p-1]))
			if q-p == 1 && titled {
				// A surname before a title: "高老师", "王先生".
				out = append(out, proseCand(t, off[p], off[q], Person, "Chinese surname", "a surname before a title (老师, 先生 ...)", 0.8))
				done = q
				continue
			}
			// A family by its surname, as "the Kims" is one: "李家和王家", "王家的孩子"
			// (老王家 is 老王's, above). 家 alone is also home, and ends many words (国家,
			// 大家, 回家): only a common surname, starting a word, before it.
			if q == p+1 && q < n && rs[q] == '家' && in(hanCuelessSurnames, r) && cuelessStart(p) &&
				!hanSurnameHomeWords[word(p, q+1)] && (q+1 == n || !in(hanFamilyAfter, rs[q+1])) {
				out = append(out, proseCand(t, off[p], off[q], Person, "Chinese family", "a surname before 家: a family", 0.75))
				done = q
				continue
			}
			if q-p >= 2 && !hanCommonWords[word(p, p+2)] && !hanNotNames[word(p, p+2)] && !hanNotNames[w] && !hanjaNotName(w) && !place &&
				!in(hanBusinessChars, rs[p+1]) {
				switch {
				case cued, titled:
					nameEnd = q
				case in(hanCuelessSurnames, r) && q < n && in(hanPersonVerbs, rs[q]) && cuelessStart(p):
					// No cue: a common surname, not after a numeral or a classifier ("一张"),
					// before what a person does ("张国强打我").
					nameEnd = q
				}
			}
			// A name of three characters wins over a place it starts with ("金海燕说", 金海 a
			// city); one of two is a place the gazetteer knows ("在金海打工").
			if nameEnd > 0 && (cued || nameEnd-p == 3) {
				out = append(out, proseCand(t, off[p], off[nameEnd], Person, "Chinese name", "a surname and a given name in Chinese prose", 0.75))
				done = nameEnd
				continue
			}
		}
		// A name the gazetteer knows in Han characters ("会宁", "沈阳", "黑龙江").
		if g != nil {
			if e, q, ok := hanKnownPlaceAt(g, rs, off, s, p); ok {
				end := q
				if q < n && in(hanProseUnits+"道", rs[q]) && !(q+1 < n && hanAfterUnit[word(q, q+2)]) {
					end = q + 1 // with its unit: "会宁市", "京畿道"
				}
				c := proseCand(t, off[p], off[end], Place, "Han place", "a gazetteer place in Han characters", 0.9)
				c.Place, c.Entity, c.Reason = &e, placeEntity(e.Name), "gazetteer "+e.Kind+" in Han characters"
				out = append(out, c)
				last, lastEnd, done = &out[len(out)-1], end, end
				continue
			}
		}
		// A name of two characters and a unit ("鸡西市", "密山县"), neither of them a particle
		// or a numeral, and not an ordinary word ("城市", "超市", "地区").
		// Right after a known place a street or a neighbourhood is one too ("延吉市河南街").
		// A village right after a known place, numbered as the gullies along the Yalu are
		// ("长白县十四道沟", "十三道沟村"): up to four characters and 沟, 屯 or 村.
		if lp := lastPlace(last); lp != nil && lastEnd == p {
			q := p
			for q < n && q < p+4 && !in(hanInstitutionStops, rs[q]) && !in(hanVillageUnits, rs[q]) {
				q++
			}
			if q < n && q > p && in(hanVillageUnits, rs[q]) && !(q+1 < n && rs[q+1] == '通') { // 沟通: to talk
				if lp.Kind != "province" && !strings.EqualFold(lp.Name, lp.Province) {
					// A village of a known city or county is inside it: one place.
					_, last.End = t.Orig(off[p], off[q+1])
					lastEnd, done = q+1, q+1
					continue
				}
				w := word(p, q+1)
				c := proseCand(t, off[p], off[q+1], Place, "Han place", "a village right after a known place", 0.85)
				c.Place = &PlaceEntry{Name: w, Kind: "ri", Province: cmp.Or(lp.Province, lp.Name), Country: lp.Country}
				out = append(out, c)
				last, lastEnd, done = &out[len(out)-1], q+1, q+1
				continue
			}
		}
		afterPlace := last != nil && lastEnd == p && in("街路洞里", rs[min(p+2, n-1)])
		if p+2 < n && (in(hanProseUnits, rs[p+2]) || afterPlace) && !in(hanInstitutionStops+hanNumerals+hanNameStops, rs[p]) &&
			!in(hanInstitutionStops+hanNumerals+hanNameStops, rs[p+1]) && !notPlaceWord(p, p+3) &&
			!(rs[p+2] == '省' && hanMinistryFields[word(p, p+2)]) {
			// A longer name runs back to a particle: "在三道沟村", "到二道白河镇".
			a := p
			for a > done && a > p-2 && !in(hanInstitutionStops, rs[a-1]) {
				a--
			}
			w := word(a, p+3)
			c := proseCand(t, off[a], off[p+3], Place, "Han place", "Han characters ending with an administrative unit character", 0.85)
			// A unit right after a known place is in it ("黑龙江省鸡西市密山县").
			if lp := lastPlace(last); lp != nil && lastEnd == a {
				if kind := hanUnitKind(w); kind != "" {
					c.Place = &PlaceEntry{Name: w, Kind: kind, Province: lp.Province, Country: lp.Country}
					if lp.Province == "" {
						c.Place.Province = lp.Name
					}
				}
			}
			out = append(out, c)
			last, lastEnd, done = &out[len(out)-1], p+3, p+3
			if c.Place == nil {
				last = nil
			}
			continue
		}
		if nameEnd > 0 {
			out = append(out, proseCand(t, off[p], off[nameEnd], Person, "Chinese name", "a surname and a given name in Chinese prose", 0.75))
			done = nameEnd
			continue
		}
		// Ages: a number before 岁 ("三十二岁", "八岁"), or digits before the run ("32岁").
		if r == '岁' || r == '歲' {
			a := p
			for a > done && in(hanAgeNumerals, rs[a-1]) {
				a--
			}
			start := off[a]
			if a == 0 {
				for start > 0 && isDigit(s[start-1]) {
					start--
				}
			}
			if start < off[p] {
				out = append(out, proseCand(t, start, off[p+1], Age, "Chinese age", "a number before 岁 (years of age)", 0.85))
			}
			continue
		}
		// Sums in Chinese numerals: "一万五千块钱", "三千元".
		if in(hanNumerals, r) {
			q := p
			for q < n && in(hanNumerals, rs[q]) {
				q++
			}
			if q == n && q-p >= 2 && strings.ContainsAny(word(p, q), "万萬亿億") && hanClauseEndAt(s, j) {
				// "要两万五", "一共给了十二万。": ten thousands said alone at the end of a clause
				// are yuan, as "1.5万" is; "三万人" goes on with what is counted.
				out = append(out, proseCand(t, off[p], off[q], Money, "Chinese sum", "Chinese numerals in ten thousands at the end of a clause", 0.8))
				done = q
				continue
			}
			if q < n && q-p >= 2 && strings.ContainsAny(word(p, q), "十百千万萬亿億") {
				unit := 0
				// "八千多块", "两千来块钱", "三千余元": more than, about.
				if q+1 < n && in("多来來余餘", rs[q]) && in("块元圆塊圓円", rs[q+1]) {
					q++
				}
				rest := s[off[q]:j]
				switch {
				case strings.HasPrefix(rest, "块钱"), strings.HasPrefix(rest, "塊錢"):
					unit = 2
				case strings.HasPrefix(rest, "人民币"), strings.HasPrefix(rest, "人民幣"):
					unit = 3
				case in("块元圆塊圓円", rs[q]) && !(in("块塊", rs[q]) && hanKuaiCounts(s[off[q+1]:j])):
					unit = 1
				}
				if unit > 0 {
					out = append(out, proseCand(t, off[p], off[q+unit], Money, "Chinese sum", "Chinese numerals with a currency word", 0.85))
					done = q + unit
					continue
				}
			}
		}
		// A named school or workplace: the characters before the institution word back to a
		// particle or a classifier ("在密山第二小学"; "一家饭店" names none).
		for _, inst := range hanInstitutions {
			if !strings.HasPrefix(s[off[p]:j], inst) {
				continue
			}
			q := p + utf8.RuneCountInString(inst)
			if q < n && rs[q] == '生' { // 小学生, 大学生: pupils, not the school
				break
			}
			a := p
			for a > done && !in(hanInstitutionStops, rs[a-1]) {
				a--
			}
			// A kin or role word before it is the subject, not the name: "儿子高中毕业".
			for l := 3; l >= 1; l-- {
				if a+l <= p && hanNameCues[word(a, a+l)] {
					a += l
					break
				}
			}
			// An institution named by its country alone ("朝鮮大学校", Korea University) is a
			// public body, as a country is no place of a private person.
			if p-a >= 2 {
				if !hanNotNames[word(a, p)] {
					out = append(out, proseCand(t, off[a], off[q], Workplace, "Chinese institution", "a named school or workplace", 0.8))
				}
				done = q
			}
			break
		}
	}
	return out
}

// hanPublicFigure says whether the Han word w is a public figure's name in the gazetteer
// ("金正恩", "朴槿惠"). The allow list matches whole words, and a name inside Chinese prose is
// no word of its own. Han text is rare: the list is read only for a name found in it.
func hanPublicFigure(g *Gazetteer, w string) bool {
	return g != nil && slices.Contains(g.PublicFigures, w)
}

// hanKnownPlaceAt finds the longest name of the gazetteer in Han characters (two to four)
// starting at character p of the run.
func hanKnownPlaceAt(g *Gazetteer, rs []rune, off []int, s string, p int) (PlaceEntry, int, bool) {
	for l := min(4, len(rs)-p); l >= 2; l-- {
		w := s[off[p]:off[p+l]]
		if e, ok := g.Places[w]; ok {
			return e, p + l, true
		}
		if key, ok := hanPlaces[w]; ok {
			if e, ok := g.Places[key]; ok {
				return e, p + l, true
			}
		}
	}
	return PlaceEntry{}, 0, false
}

// hanClauseEndAt says whether the Han run that ends at j ends a clause: the text ends or
// punctuation or a space follows, not a word in another script ("十萬이").
func hanClauseEndAt(s string, j int) bool {
	r, _ := utf8.DecodeRuneInString(s[j:])
	return j >= len(s) || !isWordRune(r)
}

// hanAmount reads a number written in Chinese numerals at the start of s ("一万五千",
// "三十二", "两千"): its value and its length in bytes, 0 when s starts with none.
func hanAmount(s string) (v float64, n int) {
	var yi, wan, section, cur float64 // "三亿 两千万 五千 六": the parts under each unit
	for n < len(s) {
		r, w := utf8.DecodeRuneInString(s[n:])
		switch r {
		case '〇', '零':
			cur = 0
		case '一':
			cur = 1
		case '二', '两', '兩':
			cur = 2
		case '三':
			cur = 3
		case '四':
			cur = 4
		case '五':
			cur = 5
		case '六':
			cur = 6
		case '七':
			cur = 7
		case '八':
			cur = 8
		case '九':
			cur = 9
		case '十', '百', '千':
			unit := 10.0
			if r == '百' {
				unit = 100
			} else if r == '千' {
				unit = 1000
			}
			if cur == 0 {
				cur = 1 // "十五": ten and five
			}
			section += cur * unit
			cur = 0
		case '万', '萬':
			wan, section, cur = (section+cur)*1e4, 0, 0
		case '亿', '億':
			yi, wan, section, cur = (wan+section+cur)*1e8, 0, 0, 0
		default:
			return yi + wan + section + cur, n
		}
		n += w
	}
	return yi + wan + section + cur, n
}

// hanProseWords are characters of Chinese sentences that Korean Hanja compounds seldom hold:
// particles and pronouns, and 叫 (is called: "中介叫王建国").
const hanProseWords = "的了我你他她们們这這那吗嗎呢说說是在叫"

// hanIsProse says whether the Han run [i, j) is Chinese prose: more Han than letters around
// it, or a particle or pronoun in it. A long Hanja name in Korean or English text
// ("金日成綜合大學을") is not: the run-as-a-word rules judge it.
func hanIsProse(s string, i, j int) bool {
	return strings.ContainsAny(s[i:j], hanProseWords) || hanInProse(s, i, j)
}
