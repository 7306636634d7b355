package redact

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// detectOne runs one detector over text and returns the surface forms it found per category.
func detectOne(d detector, text string) map[Category][]string {
	t := NewText(text)
	out := map[Category][]string{}
	for _, c := range d.detect(t, &Gazetteer{}) {
		out[c.Category] = append(out[c.Category], text[c.Start:c.End])
	}
	return out
}

func TestDetectors(t *testing.T) {
	tests := []struct {
		name string
		d    detector
		text string
		cat  Category
		want []string // surface forms, in order; nil means none
	}{
		// Phones.
		{"korean mobile", phoneDetector{}, "Call me on 010-1234-5678 tonight.", Phone, []string{"010-1234-5678"}},
		{"chinese mobile spaced", phoneDetector{}, "her number was 138 0013 8000", Phone, []string{"138 0013 8000"}},
		{"chinese mobile bare", phoneDetector{}, "Dial 13800138000.", Phone, []string{"13800138000"}},
		{"international +86", phoneDetector{}, "reach the broker at +86 431 8888 1234", Phone, []string{"+86 431 8888 1234"}},
		{"north korea +850", phoneDetector{}, "a line to +850 2 381 1234 was cut", Phone, []string{"+850 2 381 1234"}},
		{"korean +82", phoneDetector{}, "(+82) 10-9876-5432", Phone, []string{"+82) 10-9876-5432"}},
		{"north korean mobile", phoneDetector{}, "his Koryolink was 191 234 5678.", Phone, []string{"191 234 5678"}},
		{"not a date", phoneDetector{}, "On 2019-03-12 we left.", Phone, nil},
		{"not a year range", phoneDetector{}, "From 2017-2019 I worked.", Phone, nil},
		{"not money", phoneDetector{}, "It cost 20,000 yuan.", Phone, nil},
		// E-mail.
		{"email", emailDetector{}, "write to soojin.lee88@mail.example.kr, please", Email, []string{"soojin.lee88@mail.example.kr"}},
		{"email spelt out", emailDetector{}, "it was chol99 at example dot com then", Email, []string{"chol99 at example dot com"}},
		{"no email", emailDetector{}, "we met @ the station", Email, nil},
		// URLs.
		{"url", urlDetector{}, "see https://example.org/u/jimin88. Then", URL, []string{"https://example.org/u/jimin88"}},
		{"www", urlDetector{}, "at www.example.com/page", URL, []string{"www.example.com/page"}},
		{"profile", urlDetector{}, "my channel t.me/hyesan_news is closed", URL, []string{"t.me/hyesan_news"}},
		// Handles.
		{"at handle", handleDetector{}, "follow @young_mi_90 there", Handle, []string{"@young_mi_90"}},
		{"wechat id", handleDetector{}, "My WeChat ID is zhangwei_1988.", Handle, []string{"zhangwei_1988"}},
		{"kakaotalk", handleDetector{}, "KakaoTalk: hj1990", Handle, []string{"hj1990"}},
		{"wechat no handle", handleDetector{}, "We used WeChat and the phone.", Handle, nil},
		// IDs.
		{"luhn card", idDetector{}, "card 4111 1111 1111 1111 was blocked", IDNumber, []string{"4111 1111 1111 1111"}},
		{"rrn", idDetector{}, "her number 850312-1234567", IDNumber, []string{"850312-1234567"}},
		{"chinese id", idDetector{}, "ID 11010519491231002X issued", IDNumber, []string{"11010519491231002X"}},
		{"passport", idDetector{}, "passport number M12345678", IDNumber, []string{"M12345678"}},
		{"account", idDetector{}, "account 6222 0210 0101 2345 678", IDNumber, []string{"6222 0210 0101 2345 678"}},
		{"case code", idDetector{}, "case KP-2019-0345 was closed", IDNumber, []string{"KP-2019-0345"}},
		{"no id in prose", idDetector{}, "In 2019 about 1,200 people crossed.", IDNumber, nil},
		// Dates.
		{"day month year", dateDetector{}, "on 12 March 2019 we left", Date, []string{"12 March 2019"}},
		{"month day year", dateDetector{}, "on March 12, 2019 we left", Date, []string{"March 12, 2019"}},
		{"iso", dateDetector{}, "on 2019-03-12 we left", Date, []string{"on 2019-03-12"}},
		{"month year", dateDetector{}, "since March 2019", Date, []string{"March 2019"}},
		{"relative month", dateDetector{}, "she sent it last month", Date, []string{"last month"}},
		{"years ago", dateDetector{}, "two years ago I crossed", Date, []string{"two years ago"}},
		{"season", dateDetector{}, "in the spring of 2017 we met", Date, []string{"the spring of 2017"}},
		{"year", dateDetector{}, "in 2015 the market closed", Date, []string{"2015"}},
		{"korean", dateDetector{}, "2019년 3월 12일에 떠났다", Date, []string{"2019년 3월 12일"}},
		{"may is a verb", dateDetector{}, "you may go", Date, nil},
		{"birth date", dateDetector{}, "she was born on 3 May 1984", BirthDate, []string{"3 May 1984"}},
		{"dob numeric", dateDetector{}, "DOB: 12/05/1984", BirthDate, []string{"12/05/1984"}},
		// Ages.
		{"year-old", ageDetector{}, "a 35-year-old woman from the town", Age, []string{"a 35-year-old woman"}},
		{"aged", ageDetector{}, "he was aged 35 then", Age, []string{"aged 35"}},
		{"years old", ageDetector{}, "I was 35 years old", Age, []string{"35 years old"}},
		{"at 17", ageDetector{}, "I left home at 17, alone", Age, []string{"at 17"}},
		{"at the age of", ageDetector{}, "at the age of twelve she worked", Age, []string{"at the age of twelve"}},
		{"korean age", ageDetector{}, "그녀는 35세였다", Age, []string{"35세"}},
		{"not a time", ageDetector{}, "we met at 17:00", Age, nil},
		{"not a count", ageDetector{}, "we arrived at 3 o'clock", Age, nil},
		// Money.
		{"yuan", moneyDetector{}, "she sent 20,000 yuan home", Money, []string{"20,000 yuan"}},
		{"dollar sign", moneyDetector{}, "the fee was $2,786 in cash", Money, []string{"$2,786"}},
		{"million won", moneyDetector{}, "about 2.7 million won", Money, []string{"2.7 million won"}},
		{"words", moneyDetector{}, "he asked three million won", Money, []string{"three million won"}},
		{"yen sign", moneyDetector{}, "only ¥5000 left", Money, []string{"¥5000"}},
		{"rmb after", moneyDetector{}, "5,000 RMB a month", Money, []string{"5,000 RMB"}},
		{"code before", moneyDetector{}, "USD 2,000 for the car", Money, []string{"USD 2,000"}},
		{"korean won", moneyDetector{}, "300만원을 보냈다", Money, []string{"300만원"}},
		{"no money", moneyDetector{}, "we walked 20 kilometres", Money, nil},
		// Household counts.
		{"children", quantityDetector{}, "she has three children and two sons", Quantity, []string{"three children", "two sons"}},
		{"family of", quantityDetector{}, "a family of five", Quantity, []string{"family of five"}},
		// Military.
		{"unit number", unitDetector{}, "he served in Unit 1234 for years", MilitaryUnit, []string{"Unit 1234"}},
		{"corps", unitDetector{}, "with the 7th Corps in the east", MilitaryUnit, []string{"the 7th Corps"}},
		{"battalion", unitDetector{}, "Battalion 3 moved", MilitaryUnit, []string{"Battalion 3"}},
		{"named corps", unitDetector{}, "the 11th Storm Corps", MilitaryUnit, []string{"the 11th Storm Corps"}},
		{"company word", unitDetector{}, "a company 3 times larger", MilitaryUnit, nil},
		{"ranks", rankDetector{}, "Sergeant Ri and Lieutenant Colonel Pak, a sangsa", Rank, []string{"Sergeant", "Lieutenant Colonel", "sangsa"}},
		{"major adjective", rankDetector{}, "a major problem", Rank, nil},
		{"has a is no rank", rankDetector{}, "he has a scar", Rank, nil},
		// Context detectors.
		{"workplace", workplaceDetector{}, "she worked at the Musan Mine for years", Workplace, []string{"the Musan Mine"}},
		{"generic mine", workplaceDetector{}, "the mine closed", Workplace, nil},
		{"address", addressDetector{}, "he lives at 15 Changbai Road, Apartment 302 now", Address, []string{"15 Changbai Road, Apartment 302"}},
		{"kinship", kinshipDetector{}, "my younger sister stayed", Kinship, []string{"my younger sister"}},
		{"scar", physicalDetector{}, "a scar on his left cheek", Physical, []string{"a scar on his left cheek"}},
		{"height", physicalDetector{}, "he is 170 cm tall", Physical, []string{"170 cm tall"}},
		{"crossing", routeDetector{}, "we crossed the Tumen near Hoeryong at night", Route, []string{"the Tumen near Hoeryong"}},
		{"via", routeDetector{}, "then via Shenyang and Kunming to Laos.", Route, []string{"via Shenyang and Kunming to Laos"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := detectOne(tt.d, tt.text)
			assert.Equal(t, tt.want, got[tt.cat])
		})
	}
}

var zeroTime time.Time

func TestChecksums(t *testing.T) {
	assert.True(t, luhn("4111111111111111"))
	assert.False(t, luhn("4111111111111112"))
	assert.True(t, chineseIDChecksum("11010519491231002", true))
	assert.False(t, chineseIDChecksum("110105194912310021", false))
	require.True(t, validRRNDate("8503121234567"))
	assert.False(t, validRRNDate("8513121234567"), "month 13")
}

func TestNewTextOffsets(t *testing.T) {
	tests := []struct {
		name, in, find, want string
	}{
		{"ascii", "Kim Ji-min left", "ji-min", "Ji-min"},
		{"fullwidth", "Ｋｉｍ left", "kim", "Ｋｉｍ"},
		{"zero width", "Ji\u200bmin left", "jimin", "Ji\u200bmin"},
		{"cyrillic confusable", "Кim left", "kim", "Кim"},
		{"curly apostrophe", "Min’s bag", "min's", "Min’s"},
		{"hangul", "김지민이 갔다", "김지민", "김지민"},
		{"combining", "Jose\u0301 left", "josé", "Jose\u0301"},
		// McCune-Reischauer: breves folded, the aspiration apostrophe dropped.
		{"mr breves", "Kwŏn Hyŏk left", "kwon hyok", "Kwŏn Hyŏk"},
		{"mr apostrophe", "Ch'oe left", "choe", "Ch'oe"},
		{"mr apostrophe ascii", "then K'ang T'ae-ho left", "kang tae-ho", "K'ang T'ae-ho"},
		{"mr apostrophe after", "Ch'oe left", "oe", "oe"},
		{"mr curly apostrophe", "Hyŏk-ch’ŏl left", "hyok-chol", "Hyŏk-ch’ŏl"},
		{"mr modifier apostrophe", "Chʼoe Kŭm-ok left", "choe kum-ok", "Chʼoe Kŭm-ok"},
		{"mr combining breve", "Kwo\u0306n left", "kwon", "Kwo\u0306n"},
		{"mr in hangul text", "최 Ch'ŏl-su가", "chol-su", "Ch'ŏl-su"},
		{"not mr", "don't Ji'an it's Pyongyang's", "don't ji'an it's pyongyang's", "don't Ji'an it's Pyongyang's"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := NewText(tt.in)
			require.Len(t, x.Fold, len(x.Norm))
			i := indexFold(x.Fold, tt.find)
			require.GreaterOrEqual(t, i, 0, "normalised form %q", x.Fold)
			s, e := x.Orig(i, i+len(tt.find))
			assert.Equal(t, tt.want, tt.in[s:e])
		})
	}
}

func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func TestGeneralize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"20,000 yuan", "[10,000–50,000 yuan]"},
		{"$2,786", "[$1,000–$5,000]"},
		{"2.7 million won", "[1–5 million won]"},
		{"three million won", "[1–5 million won]"},
		{"¥5000", "[¥5,000–¥10,000]"},
		{"5,000 RMB", "[5,000–10,000 RMB]"},
		{"USD 700", "[500–1,000 USD]"},
		// Currencies only the legal detectors know are kept, not dropped.
		{"1,500 CHF", "[1,000–5,000 CHF]"},
		{"2,000 deutsche marks", "[1,000–5,000 deutsche marks]"},
		{"PLN 30,000", "[10,000–50,000 PLN]"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, generalizeMoney(tt.in), tt.in)
	}
	ages := []struct{ in, want string }{
		{"a 35-year-old woman", "a woman in her 30s"},
		{"aged 35", "in their 30s"},
		{"at 17", "as a teenager"},
		{"at 8", "as a child"},
		{"a 7-year-old boy", "a boy under 10"},
		{"42 years old", "in their 40s"},
	}
	for _, tt := range ages {
		assert.Equal(t, tt.want, generalizeAge(tt.in), tt.in)
	}
	assert.Equal(t, "2019", generalizeDate("12 March 2019", "year", zeroTime))
	assert.Equal(t, "the 2010s", generalizeDate("12 March 2019", "decade", zeroTime))
	assert.Equal(t, "in 2017", generalizeDate("in the spring of 2017", "year", zeroTime))
	assert.Equal(t, "[a date]", generalizeDate("last month", "year", zeroTime))
	assert.Equal(t, "[a mine]", generalizeByNoun("the Musan Mine", newNounKinds(workplaceNouns), "[a workplace]"))
	for in, want := range map[string]string{
		"Berlin Social Court":                      "[a court]",
		"the Administrative Tribunal":              "[a tribunal]",
		"Chongjin Prison":                          "[a prison]",
		"the Immigration Authority":                "[an authority]",
		"the Foreigners' Office":                   "[an office]",
		"the Security Directorate":                 "[a directorate]",
		"the Hamburg Police":                       "[a police force]",
		"Musan County People's Council":            "[a council]",
		"the Agricultural Bank":                    "[a bank]",
		"the Workers' Party":                       "[a party]",
		"the Ministry of the Interior Authorities": "[an authority]",
	} {
		assert.Equal(t, want, generalizeByNoun(in, workplaceKindLabels, "[a workplace]"), in)
	}
	assert.Equal(t, "[officer]", generalizeRank("Lieutenant Colonel"))
	assert.Equal(t, "[non-commissioned officer]", generalizeRank("sangsa"))
}

func TestPhraseKeyASCIIFastPathAgrees(t *testing.T) {
	for _, s := range []string{"Kim Ji-min", "  Ji_Min's  ", "O'Brien", "010-1234-5678", "", "--", "A.B.C", "Lieutenant  Colonel"} {
		k, ok := asciiKey(s, " ")
		require.True(t, ok)
		t2 := NewText(s)
		var ws []string
		for _, w := range t2.wordList() {
			ws = append(ws, t2.Fold[w.start:w.end])
		}
		assert.Equal(t, strings.Join(ws, " "), k, s)
	}
}

// referenceNorm is NewText's normalisation without its fast paths: every segment through
// the normaliser.
func referenceNorm(s string) string {
	var out []byte
	var it norm.Iter
	it.InitString(norm.NFKC, s)
	for !it.Done() {
		for _, r := range string(it.Next()) {
			if isZeroWidth(r) {
				continue
			}
			if l, ok := confusables[r]; ok {
				r = l
			}
			out = utf8.AppendRune(out, r)
		}
	}
	return withoutAspirationMarks(string(out))
}

// withoutAspirationMarks is s without the bytes aspirationMarkAt finds in it, one at a time.
func withoutAspirationMarks(s string) string {
	var out []byte
	for j := 0; j < len(s); j++ {
		if s[j] != '\'' || !aspirationMarkAt(s, j) {
			out = append(out, s[j])
		}
	}
	return string(out)
}

func TestNewTextFastPathsAgree(t *testing.T) {
	pieces := []string{"a", "K", " ", "-", "\u0301", "\u0308", "김", "지", "\u1100", "\u1161", "\u11a8", "ｋ", "ﬁ", "①",
		"\u200b", "К", "’", "é", "e", "가", "\u11a8", "漢", "½", "\u00a0", "ß", "İ", "Å", "\u212b",
		"'", "ʼ", "ch", "T", "ŏ", "Ŭ", "o\u0306", "y"}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := rng.IntN(12); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("NewText panics on %+q", s)
				}
			}()
			NewText(s)
		}()
		x := NewText(s)
		require.Equal(t, referenceNorm(s), x.Norm, "%q", s)
		require.Len(t, x.Fold, len(x.Norm))
		require.Equal(t, len(x.Norm)+1, x.origLen())
	}
}

func TestDetectorsMore(t *testing.T) {
	tests := []struct {
		name string
		d    detector
		text string
		cat  Category
		want []string
	}{
		{"copula age", ageDetector{}, "I am twenty. She is seventy and tired.", Age, []string{"twenty", "seventy"}},
		{"copula not age", ageDetector{}, "It was 5 kilometres away.", Age, nil},
		{"lowercase private in context", rankDetector{}, "In my unit I was a private, a gunner.", Rank, []string{"private"}},
		{"private property", rankDetector{}, "It was a private house.", Rank, nil},
		{"burn scar", physicalDetector{}, "a burn scar on the back of my right hand", Physical, []string{"a burn scar on the back of my right hand"}},
		{"address no", addressDetector{}, "She lives at No. 7 Binjiang Road. Then", Address, []string{"No. 7 Binjiang Road"}},
		{"code with letters first", idDetector{}, "My account is hyesun.chu.1979 now", IDNumber, []string{"hyesun.chu.1979"}},
		{"bare month", dateDetector{}, "in the autumn, September was cold", Date, nil},
		{"recurring month", dateDetector{}, "every September", Date, []string{"every September"}},
		// Hard-wrapped prose: one line break is a space, a blank line is not.
		{"age across a line break", ageDetector{}, "My aunt is\nsixty-one and still works.", Age, []string{"sixty-one"}},
		{"month across a line break", dateDetector{}, "We met in\nOctober at the market.", Date, []string{"October"}},
		{"no age across a blank line", ageDetector{}, "The one I trust most is\n\nforty kilometres away.", Age, nil},
		// Ages the sentence shows: an approximation after a copula, a decade, "turns N", an
		// apposition after a relative, the answer to "how old"; and what is no age.
		{"copula about N", ageContextDetector{}, "The guard was around thirty, tall and quiet.", Age, []string{"around thirty"}},
		{"N or so", ageContextDetector{}, "My uncle is sixty or so and blind.", Age, []string{"sixty or so"}},
		{"decade", ageContextDetector{}, "Her father was in his early seventies then.", Age, []string{"in his early seventies"}},
		{"decade digits", ageContextDetector{}, "The judge is in her 50s.", Age, []string{"in her 50s"}},
		{"children are", ageContextDetector{}, "Her sons are eleven and eight.", Age, []string{"eleven and eight"}},
		{"turns", ageContextDetector{}, "Once she turns eighteen she must work.", Age, []string{"turns eighteen"}},
		{"apposed to a relative", ageContextDetector{}, "I left a daughter, seven, with my mother.", Age, []string{"seven"}},
		{"apposed after a name", ageContextDetector{}, "My brother, Ri Chol-jun, sixteen, stayed.", Age, []string{"sixteen"}},
		{"answer to how old", ageContextDetector{}, "Q: And how old is she?\nA: Eleven.", Age, []string{"Eleven"}},
		{"answer to how many", ageContextDetector{}, "How many of you were there?\n\nAbout forty. Then fewer.", Quantity, []string{"About forty"}},
		{"there are N", ageContextDetector{}, "There are two. We were five in the room. I bought three, four.", Age, nil},
		{"is N with a noun", ageContextDetector{}, "The fee is about twenty yuan.", Age, nil},
		{"time after a comma", ageContextDetector{}, "We left Hyesan, eleven of us, at night.", Age, nil},
		{"are without people", ageContextDetector{}, "The rooms are nine and six.", Age, nil},
		// Korean household counts in native numerals.
		{"korean noun numeral", koreanCountDetector{}, "동생은 딸이 셋이에요.", Quantity, []string{"셋"}},
		{"korean noun numeral apart", koreanCountDetector{}, "그 집에는 아이 넷이 있었어요.", Quantity, []string{"넷"}},
		{"korean answer", koreanCountDetector{}, "형제가 몇 명이에요?\n다섯이에요.", Quantity, []string{"다섯"}},
		{"korean two of us", koreanCountDetector{}, "우리 둘이 같이 갔어요. 하나도 몰라요.", Quantity, nil},
		// Units without a number, ranks with Korean endings.
		{"named corps", namedUnitDetector{}, "He served in the Thunder Corps until 2020.", MilitaryUnit, []string{"the Thunder Corps"}},
		{"peace corps", namedUnitDetector{}, "She taught with the Peace Corps.", MilitaryUnit, nil},
		{"arm unit", namedUnitDetector{}, "I drove for an artillery battalion near Kursk.", MilitaryUnit, []string{"artillery battalion"}},
		{"company number", namedUnitDetector{}, "our platoon number, 2-7, was painted", MilitaryUnit, []string{"platoon number, 2-7"}},
		{"korean named unit", namedUnitDetector{}, "형은 번개군단에 있었고 정찰중대에서 일했어요.", MilitaryUnit, []string{"번개군단", "정찰중대"}},
		{"korean generations", namedUnitDetector{}, "우리 집은 대대로 농사를 지었어요.", MilitaryUnit, nil},
		{"korean rank ending", koreanRankDetector{}, "동생은 중사로 제대했고 친구는 상등병이었어요.", Rank, []string{"중사", "상등병"}},
		{"korean killed in action", koreanRankDetector{}, "그 중대에서 셋이 전사했어요.", Rank, nil},
		{"korean so-called", koreanRankDetector{}, "소위 말하는 장마당이에요.", Rank, nil},
		{"private ending a clause", rankDetector{}, "Back then I was a private, nothing more.", Rank, []string{"private"}},
		{"senior private", rankDetector{}, "He was a Senior Private by then.", Rank, []string{"Senior Private"}},
		// Traits: teeth, build, height by comparison; Korean marks and missing parts.
		{"silver tooth", traitDetector{}, "the broker with one silver tooth came back", Physical, []string{"one silver tooth"}},
		{"broken front teeth", traitDetector{}, "He had broken front teeth.", Physical, []string{"broken front teeth"}},
		{"gold price", traitDetector{}, "Gold prices rose and the missing money was found.", Physical, nil},
		{"handedness", traitDetector{}, "My sister is left-handed, like our father.", Physical, []string{"left-handed"}},
		{"hunched", traitDetector{}, "an old man with a hunched back", Physical, []string{"hunched back"}},
		{"taller than", traitDetector{}, "He is shorter than all of us, about 150 cm, and thin.", Physical, []string{"shorter than all of us, about 150 cm"}},
		{"korean burn mark", traitDetector{}, "동생은 오른쪽 다리에 화상 자국이 있어요.", Physical, []string{"오른쪽 다리에 화상 자국"}},
		{"korean scar", traitDetector{}, "이마에 흉터가 있어요.", Physical, []string{"이마에 흉터"}},
		{"korean missing finger", traitDetector{}, "아버지는 손가락이 두 개 없어요.", Physical, []string{"손가락이 두 개 없어요"}},
		{"korean no money", traitDetector{}, "돈이 없어요. 눈이 없어요. 발자국이 남았어요.", Physical, nil},
		// Posts and jobs without an occupation cue.
		{"post in a local body", positionDetector{}, "Her cousin was deputy head of the county women's union then.", Demographic, []string{"deputy head of the county women's union"}},
		{"named public body is no post", positionDetector{}, "He is Chairman of the State Affairs Commission.", Demographic, nil},
		{"workplace job", positionDetector{}, "The mine manager took the money.", Demographic, []string{"mine manager"}},
		{"job beside a name", positionDetector{}, "I stayed with Pak Chol-su, a teacher at the school.", Demographic, []string{"teacher at the school"}},
		{"teaches", positionDetector{}, "Her aunt taught chemistry in a college.", Demographic, []string{"taught chemistry in a college"}},
		{"teaches whom", positionDetector{}, "She taught me to read.", Demographic, nil},
		// Counts in context.
		{"dozens of", countContextDetector{}, "Hundreds of prisoners were moved.", Quantity, []string{"Hundreds of prisoners"}},
		{"casualties", countContextDetector{}, "We buried twelve dead that week.", Quantity, []string{"twelve dead"}},
		{"parts of a count", countContextDetector{}, "She had four sons; three live in Hyesan and one was killed.", Quantity, []string{"three", "one"}},
		{"no count before", countContextDetector{}, "I have a brother. Two were late and one left.", Quantity, nil},
		{"korean job", positionDetector{}, "지금은 인천에서 간호조무사로 일해요.", Demographic, []string{"간호조무사"}},
		{"korean place to work", positionDetector{}, "아침마다 공장으로 일하러 가요.", Demographic, nil},
		{"representative beside a name", positionDetector{}, "He was represented by Mr J. Novak, a lawyer practising in Brno.", Demographic, nil},
		// Names in Hanja; Korean codeword cues with particles and "라고 불렀어요".
		{"hanja name", hanjaNameDetector{}, "아버지 이름은 朴英男이에요.", Person, []string{"朴英男"}},
		{"hanja in chinese prose", hanjaNameDetector{}, "我们在中国生活了很多年，金先生说。", Person, nil},
		{"hanja without surname", hanjaNameDetector{}, "그 회사는 平和商事예요.", Person, nil},
		{"korean codeword cue", codewordDetector{}, `비밀번호는 써요. "진달래"라고 하면 돼요.`, SensitiveTerm, []string{"진달래"}},
		{"korean nickname", codewordDetector{}, "친구들은 그를 '곰'이라고 불렀어요.", SensitiveTerm, []string{"곰"}},
		{"korean reported speech", codewordDetector{}, `"안녕"이라고 했어요.`, SensitiveTerm, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, detectOne(tt.d, tt.text)[tt.cat])
		})
	}
}

func TestAddresses(t *testing.T) {
	tests := []struct{ text, want string }{
		{"She rents 14 Albion Terrace, New Malden, since May.", "14 Albion Terrace, New Malden"},
		{"at Juzi Street 118, Building 3, Unit 2. Then", "Juzi Street 118, Building 3, Unit 2"},
		{"the family lived at house 23, 5th people's unit, Kangan 2-dong, in Hyesan.", "house 23, 5th people's unit, Kangan 2-dong"},
		{"주소는 인천광역시 남동구 구월로 221번길 17 입니다", "인천광역시 남동구 구월로 221번길 17"},
		{"at No. 7 Binjiang Road, behind the customs house, so", "No. 7 Binjiang Road, behind the customs house"},
	}
	for _, tt := range tests {
		got := detectOne(addressDetector{}, tt.text)[Address]
		assert.Equal(t, []string{tt.want}, got, tt.text)
	}
	assert.Empty(t, detectOne(addressDetector{}, "We met in Trafalgar Square, London.")[Address])
}

func TestKoreanQuasi(t *testing.T) {
	tests := []struct {
		name string
		d    detector
		text string
		cat  Category
		want []string
	}{
		{"native age", ageDetector{}, "어머니는 예순여덟 살이었어요. 동생은 열두 살", Age, []string{"예순여덟 살이었", "열두 살"}},
		{"spaced won", moneyDetector{}, "150만 원을 보냈고 3만 위안이 들어갔다", Money, []string{"150만 원", "3만 위안"}},
		{"year season", dateDetector{}, "1997년 봄에 떠났다", Date, []string{"1997년 봄"}},
		{"last month", dateDetector{}, "지난 3월에 보냈다", Date, []string{"지난 3월"}},
		{"last autumn", dateDetector{}, "작년 가을에는 없어졌다", Date, []string{"작년 가을"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, detectOne(tt.d, tt.text)[tt.cat])
		})
	}
}

func TestWorkplaces(t *testing.T) {
	tests := []struct{ text, want string }{
		{"she worked on the Sambong cooperative farm for years", "the Sambong cooperative farm"},
		{"my father was at the Hoeryong textile mill.", "the Hoeryong textile mill"},
		{"they held us in the Tumen detention centre for weeks", "the Tumen detention centre"},
		{"sent to a labour training unit in Hoeryong, then", "a labour training unit in Hoeryong"},
		{"she now works at a hospital in Bucheon.", "a hospital in Bucheon"},
		{"검덕광산에서 일했어요", "검덕광산"},
		{"he was sent to the Hwanghae Iron Works in 1998", "the Hwanghae Iron Works"},
		{"He joined Sungri Works in 1998.", "Sungri Works"},
	}
	for _, tt := range tests {
		assert.Equal(t, []string{tt.want}, detectOne(workplaceDetector{}, tt.text)[Workplace], tt.text)
	}
	g := &Gazetteer{Places: map[string]PlaceEntry{"혜산": {Name: "Hyesan", Kind: "city", Province: "Ryanggang"}}}
	var got []string
	txt := "아버지는 혜산 신발공장에서 일했다"
	for _, c := range (workplaceDetector{}).detect(NewText(txt), g) {
		got = append(got, txt[c.Start:c.End])
	}
	assert.Equal(t, []string{"혜산 신발공장"}, got)
	// "Works" after one capitalised word is the verb of its subject, not a workplace.
	for _, s := range []string{"the mine closed", "a hospital is far", "Mines were closed in Musan.", "보위부에 끌려갔다",
		"Kim works at a bakery.", "Sarah works at a small publisher.", "She works nights. Mother works at home."} {
		assert.Empty(t, detectOne(workplaceDetector{}, s)[Workplace], s)
	}
}

func TestDetectorsLate(t *testing.T) {
	tests := []struct {
		name string
		d    detector
		text string
		cat  Category
		want []string
	}{
		{"last March", dateDetector{}, "Last March the money came.", Date, []string{"Last March"}},
		{"in May", dateDetector{}, "She left in May with them.", Date, []string{"May"}},
		{"may verb", dateDetector{}, "You may leave in May.", Date, []string{"May"}},
		{"chuseok", dateDetector{}, "Last Chuseok nobody called.", Date, []string{"Last Chuseok"}},
		{"korean duration", dateDetector{}, "15년을 선고받았다", Date, []string{"15년"}},
		{"korean unit particle", unitDetector{}, "제9군단이라고 했다", MilitaryUnit, []string{"제9군단"}},
		{"group", workplaceDetector{}, "Group 109 came at noon.", Workplace, []string{"Group 109"}},
		{"radio unit", workplaceDetector{}, "the Ryanggang Province radio detection unit found us", Workplace, []string{"the Ryanggang Province radio detection unit"}},
		{"cartons", quantityDetector{}, "two cartons of Chinese cigarettes", Quantity, []string{"two cartons of Chinese cigarettes"}},
		{"months old", ageDetector{}, "the baby was eleven months old.", Age, []string{"eleven months old"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, detectOne(tt.d, tt.text)[tt.cat])
		})
	}
	assert.Equal(t, "[under a year old]", generalizeAge("eleven months old"))
}

// TestProfileSitesHoldTheirPrefilter: the URL detector looks for profile links only when the
// text holds ".com/" or ".me/", so every site must contain one of them.
func TestProfileSitesHoldTheirPrefilter(t *testing.T) {
	for _, s := range profileSites {
		assert.True(t, strings.Contains(s, ".com/") || strings.Contains(s, ".me/"), s)
	}
}
