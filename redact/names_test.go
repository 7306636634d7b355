package redact_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// All sentences here are synthetic, written for these tests.

// nameSpan is an expected candidate: its exact original text, category and, where it matters,
// entity key, role and place.
type nameSpan struct {
	text     string
	cat      redact.Category
	entity   string // "" = don't check
	role     redact.Role
	kind     string // place kind
	province string // place province
}

func wantPerson(text, entity string) nameSpan {
	return nameSpan{text: text, cat: redact.Person, entity: entity}
}
func wantPlace(text, kind, province string) nameSpan {
	return nameSpan{text: text, cat: redact.Place, kind: kind, province: province}
}

type nameCase struct {
	name string
	doc  string
	want []nameSpan
	// keep are substrings that must not be inside any person candidate (nor any place
	// candidate below country level).
	keep []string
}

var nameCases = []nameCase{
	{
		name: "full name then given name alone, possessive",
		doc:  "Park Ji-min told me that Jimin's mother was taken away in spring.",
		want: []nameSpan{wantPerson("Park Ji-min", "park|jimin"), wantPerson("Jimin", "park|jimin")},
		keep: []string{"mother", "spring"},
	},
	{
		name: "North and South Korean romanizations of one person group together",
		doc:  "Ri Chol-su worked at the station. Years later Rhee Cheol-soo lived in Seoul.",
		want: []nameSpan{wantPerson("Ri Chol-su", "lee|jolsu"), wantPerson("Rhee Cheol-soo", "lee|jolsu"), wantPlace("Seoul", "city", "Seoul")},
		keep: []string{"station", "Years"},
	},
	{
		name: "English full name in a header line",
		doc:  "Interviewer: Marcus Webb. Later Tom Harris joined the call.",
		want: []nameSpan{wantPerson("Marcus Webb", ""), wantPerson("Tom Harris", "")},
		keep: []string{"Interviewer", "Later"},
	},
	{
		name: "given name spaced vs young men",
		doc:  "The young men left first. Later Young Mi followed them across the river.",
		want: []nameSpan{wantPerson("Young Mi", "")},
		keep: []string{"young men", "Later"},
	},
	{
		name: "Sun the name vs the sun and Sunday",
		doc:  "On Sunday the sun was hot. Sun said the guards had gone.",
		want: []nameSpan{wantPerson("Sun", "")},
		keep: []string{"Sunday", "the sun"},
	},
	{
		name: "public figures and countries stay readable",
		doc:  "Kim Jong Un and Kim Jong-il were on every wall. China and North Korea share a river; Vladimir Putin met Kim Jong Un in Russia.",
		want: []nameSpan{
			{text: "China", cat: redact.Place, kind: "country"},
			{text: "North Korea", cat: redact.Place, kind: "country"},
			{text: "Russia", cat: redact.Place, kind: "country"},
		},
		keep: []string{"Kim Jong Un", "Kim Jong-il", "Vladimir Putin"},
	},
	{
		name: "city with its province",
		doc:  "She grew up in Hyesan and later moved to Chongjin.",
		want: []nameSpan{wantPlace("Hyesan", "city", "Ryanggang"), wantPlace("Chongjin", "city", "North Hamgyong")},
	},
	{
		name: "name inside identifiers",
		doc:  "The file was saved as Ji_Min_Working_3 and the account was jimin.park88 on the phone; her handle is KimYoungmi_91.",
		want: []nameSpan{wantPerson("Ji_Min", ""), wantPerson("jimin.park", "park|jimin"), wantPerson("KimYoungmi", "kim|yongmi")},
		keep: []string{"Working", "account"},
	},
	{
		name: "Hangul name with honorific and particle",
		doc:  "그날 김지민 씨가 전화를 했어요. 지민이는 울었어요.",
		want: []nameSpan{wantPerson("김지민", "kim|jimin"), wantPerson("지민", "kim|jimin")},
		keep: []string{"그날", "전화를"},
	},
	{
		name: "joined and hyphenated given names with surname",
		doc:  "Kim Jeonghyuk and his cousin Lee Hye-Joo crossed together.",
		want: []nameSpan{wantPerson("Kim Jeonghyuk", "kim|jonghyog"), wantPerson("Lee Hye-Joo", "lee|hyeju")},
		keep: []string{"cousin", "crossed"},
	},
	{
		name: "surname last",
		doc:  "Back then Ji-min Park was still a student.",
		want: []nameSpan{wantPerson("Ji-min Park", "park|jimin")},
		keep: []string{"Back then", "student"},
	},
	{
		name: "surname alone with context",
		doc:  "Kim was arrested in March. Later a woman surnamed Park came, and Mr Pak and Comrade Ri waited.",
		want: []nameSpan{wantPerson("Kim", "kim|"), wantPerson("Park", "park|"), wantPerson("Pak", "park|"), wantPerson("Ri", "lee|")},
		keep: []string{"March", "woman"},
	},
	{
		name: "ambiguous surnames need context",
		doc:  "We walked through the park. Song was playing on the radio. Moon light. Later, Song said he would pay.",
		want: []nameSpan{wantPerson("Song", "song|")},
		keep: []string{"the park", "Moon light"},
	},
	{
		name: "cues: named, called, known as, nicknamed, kin",
		doc:  "A broker named Chol met us. The guide, known as Bear, laughed. My sister Miso cried. His friend called Sunhee waved. We nicknamed him Tiger.",
		want: []nameSpan{
			{text: "Chol", cat: redact.Person, role: redact.RoleBroker},
			{text: "Bear", cat: redact.Person},
			{text: "Miso", cat: redact.Person, role: redact.RoleRelative},
			{text: "Sunhee", cat: redact.Person},
			{text: "Tiger", cat: redact.Person},
		},
		keep: []string{"broker", "guide", "sister"},
	},
	{
		name: "a village called X is a place, not a person",
		doc:  "We hid in a village called Sanggol near Musan for two weeks.",
		want: []nameSpan{wantPlace("Sanggol", "ri", "North Hamgyong"), wantPlace("Musan", "county", "North Hamgyong")},
		keep: []string{"village"},
	},
	{
		name: "dong with its city, province forms",
		doc:  "Our house was in Yeokjeon-dong, Hyesan, in Ryanggang Province. My aunt lived in North Hamgyong Province, in Onsong county, Namyang.",
		want: []nameSpan{
			wantPlace("Yeokjeon-dong", "dong", "Ryanggang"), wantPlace("Hyesan", "city", "Ryanggang"),
			wantPlace("Ryanggang Province", "province", "Ryanggang"),
			wantPlace("North Hamgyong Province", "province", "North Hamgyong"),
			wantPlace("Onsong county", "county", "North Hamgyong"),
			wantPlace("Namyang", "district", "North Hamgyong"),
		},
	},
	{
		name: "ri and gu found by form, province from the place before",
		doc:  "In Musan we stayed at Sangdu-ri first, then at Songpyong-guyok in Chongjin.",
		want: []nameSpan{wantPlace("Sangdu-ri", "ri", "North Hamgyong"), wantPlace("Songpyong-guyok", "district", "North Hamgyong")},
	},
	{
		name: "Chinese and Russian border places",
		doc:  "From Yanji in Yanbian we went to Shenyang, then Kunming, Vientiane and Bangkok. Others went to Vladivostok in Primorsky Krai; he was captured near Kursk.",
		want: []nameSpan{
			wantPlace("Yanji", "city", "Jilin"), wantPlace("Yanbian", "region", "Jilin"), wantPlace("Shenyang", "city", "Liaoning"),
			wantPlace("Kunming", "city", "Yunnan"), wantPlace("Vientiane", "city", "Laos"), wantPlace("Bangkok", "city", "Thailand"),
			wantPlace("Vladivostok", "city", "Primorsky Krai"), wantPlace("Primorsky Krai", "province", "Primorsky Krai"),
			wantPlace("Kursk", "city", "Kursk Oblast"),
		},
	},
	{
		name: "Chinese names in pinyin",
		doc:  "The landlord Wang Xiaoming rented us a room; his wife Zhang Wei cooked.",
		want: []nameSpan{wantPerson("Wang Xiaoming", "wang|xiaoming"), wantPerson("Zhang Wei", "")},
		keep: []string{"landlord", "room"},
	},
	{
		name: "Russian and English names, titles",
		doc:  "Sergeant Ivan Petrov questioned him. Later Petrov left. Dr Morgan and Mrs Whitfield visited; Anna Kovalenko translated.",
		want: []nameSpan{
			// The surname alone has an entity of its own; the pseudonyms join it to the one
			// longer name it ends (TestRedteamLatSharedSurname).
			wantPerson("Ivan Petrov", "ivan|petrov"), wantPerson("Petrov", "|petrov"),
			{text: "Morgan", cat: redact.Person}, {text: "Whitfield", cat: redact.Person},
			{text: "Anna Kovalenko", cat: redact.Person},
		},
		keep: []string{"Later", "visited"},
	},
	{
		name: "speaker labels",
		doc:  "Interviewer: Where were you born?\nKim Ji-min: In a small town.\nQ: And then?\nA: We left.\nJimin's aunt was there.",
		want: []nameSpan{{text: "Kim Ji-min", cat: redact.Person, entity: "kim|jimin", role: redact.RoleSpeaker}, wantPerson("Jimin", "kim|jimin")},
		keep: []string{"Interviewer", "Q", "A"},
	},
	{
		name: "short speaker labels link to the person named in full",
		doc:  "JIMIN: I was born in Musan.\nNAM: And your father?\nJIMIN: Nam Chol-su was his name, Nam Ji-min is mine.",
		want: []nameSpan{
			{text: "JIMIN", cat: redact.Person, entity: "nam|jimin", role: redact.RoleSpeaker},
			{text: "NAM", cat: redact.Person, role: redact.RoleSpeaker},
			wantPerson("Nam Chol-su", "nam|jolsu"), wantPerson("Nam Ji-min", "nam|jimin"),
		},
	},
	{
		name: "zero-width character inside a name",
		doc:  "Then Park Ji\u200b-min spoke.",
		want: []nameSpan{wantPerson("Park Ji\u200b-min", "park|jimin")},
	},
	{
		name: "Cyrillic confusables inside a name",
		doc:  "Then \u041aim Ji-min (Cyrillic K) and Pаrk Hye-joo spoke.",
		want: []nameSpan{wantPerson("\u041aim Ji-min", "kim|jimin"), wantPerson("Pаrk Hye-joo", "park|hyeju")},
	},
	{
		name: "ordinary sentence-initial words are not names",
		doc:  "Young people do not cross in winter. Will you help? Grace was a word we never used. Hope is all we had. So it goes.",
		keep: []string{"Young", "Will", "Hope", "So"},
	},
	{
		name: "Hangul: speaker label, comrade, bare surname with 씨, places with particles",
		doc:  "리철수: 저는 혜산에서 왔어요.\n함경북도 무산군에 살던 박 씨가 도와줬어요. 철수 동무는 김정은 사진을 봤어요. 조심하세요.",
		want: []nameSpan{
			{text: "리철수", cat: redact.Person, role: redact.RoleSpeaker},
			{text: "박", cat: redact.Person},
			{text: "철수", cat: redact.Person},
			wantPlace("혜산", "city", "Ryanggang"), wantPlace("함경북도", "province", "North Hamgyong"),
			wantPlace("무산군", "county", "North Hamgyong"),
		},
		keep: []string{"김정은", "조심하세요", "저는"},
	},
	{
		name: "Hangul dong by its suffix takes the province of the city before it",
		doc:  "고향은 청진시 석현동이에요.",
		want: []nameSpan{wantPlace("청진시", "city", "North Hamgyong"), wantPlace("석현동", "dong", "North Hamgyong")},
	},
	{
		name: "an acronym in the allow list does not protect a name",
		doc:  "The UN report did not mention Choe Un-chol.",
		want: []nameSpan{wantPerson("Choe Un-chol", "choi|unjol")},
		keep: []string{"UN report"},
	},
	{
		name: "western names: ambiguous first names with a surname, mid-sentence",
		doc:  "A missionary, Grace Yi, and a reporter, Mark Feldman, came. A woman I know helped.",
		want: []nameSpan{{text: "Grace Yi", cat: redact.Person}, {text: "Mark Feldman", cat: redact.Person}},
		keep: []string{"woman I know"},
	},
	{
		name: "a village by its Slavic ending, after a preposition",
		doc:  "He was captured near Lebedevka in Kursk Oblast; the officer Dyomin signed.",
		want: []nameSpan{wantPlace("Lebedevka", "ri", "Kursk Oblast"), wantPlace("Kursk Oblast", "province", "Kursk Oblast"), {text: "Dyomin", cat: redact.Person}},
	},
	{
		name: "ambiguous given names decided by their capital",
		doc:  "We met in spring. With Lily, no. Lily's brother knew a rose garden.",
		want: []nameSpan{{text: "Lily", cat: redact.Person}},
		keep: []string{"spring", "rose garden"},
	},
	{
		name: "a one-word name found by context is found again at the start of a sentence",
		doc:  "We shared a room with Lily in Seoul. Lily said her papers were ready. Only Jo stayed behind.",
		want: []nameSpan{{text: "Lily", cat: redact.Person}, {text: "Jo", cat: redact.Person}},
		keep: []string{"Only", "room"},
	},
	{
		name: "Hangul name before a rank",
		doc:  "소대장은 김혁 소위였어요.",
		want: []nameSpan{{text: "김혁", cat: redact.Person}},
		keep: []string{"소대장은", "소위"},
	},
	{
		name: "South Korean cities in Hangul; Hanawon is a public body, not a place",
		doc:  "하나원을 나와서 경기도 안산에 살았어요. 안산의 공장에서 일했어요.",
		want: []nameSpan{wantPlace("안산", "city", "Gyeonggi"), wantPlace("경기도", "province", "Gyeonggi")},
		keep: []string{"하나원"},
	},
	{
		name: "given name used alone after a full mention, in every spelling",
		doc:  "Choi Young-mi was my neighbour. Youngmi had two sons, and Young Mi's husband was a soldier.",
		want: []nameSpan{wantPerson("Choi Young-mi", "choi|yongmi"), wantPerson("Youngmi", "choi|yongmi"), wantPerson("Young Mi", "choi|yongmi")},
		keep: []string{"neighbour", "soldier"},
	},
}

// hangulCases are the Hangul failures found on the gold corpus and the sample interviews.
var hangulCases = []nameCase{
	{
		name: "name before the particle 뿐 and the copula 인데; given syllable 국",
		doc:  "살아남은 사람은 저와 리성국뿐인데, 다른 수용소에 있다고 들었어요. 김정국은 친구였어요.",
		want: []nameSpan{wantPerson("리성국", ""), wantPerson("김정국", "")},
		keep: []string{"살아남은", "수용소에", "친구였어요"},
	},
	{
		name: "foreign names in Hangul with particles and copulas",
		doc:  "러시아 교관 이름은 세르게이였어요. 나타샤는 울었고 드미트리가 왔어요. 블라디미르한테 물었어요. 마이클 씨와 리우가 도왔어요.",
		want: []nameSpan{
			wantPerson("세르게이", ""), wantPerson("나타샤", ""), wantPerson("드미트리", ""),
			wantPerson("블라디미르", ""), wantPerson("마이클", ""), wantPerson("리우", ""),
		},
		keep: []string{"러시아", "교관", "울었고", "물었어요"},
	},
	{
		name: "foreign names that are also words need context",
		doc:  "왕이 되고 싶었어요. 이반에서 공부했어요. 중국 브로커 왕 씨가 왔어요. 교관 이반이 소리쳤어요.",
		want: []nameSpan{wantPerson("왕", ""), wantPerson("이반", "")},
		keep: []string{"왕이 되고", "이반에서"},
	},
	{
		name: "surname + one syllable with the name suffix, then the syllable alone",
		doc:  "우리 반 학생 김별이가 올해 대학에 붙었어요. 별이가 합격했다고 울면서 전화했어요. 한국이가 아니에요.",
		want: []nameSpan{wantPerson("김별", "kim|byol"), wantPerson("별", "kim|byol")},
		keep: []string{"한국이가", "합격했다고"},
	},
	{
		name: "one-syllable given name alone after the full name",
		doc:  "남동생 황보철이요. 철이는 스물다섯 살이에요. 동생 이름 철이, 꼭 지워 주세요. 철도 공사는 끝났어요.",
		want: []nameSpan{wantPerson("황보철", "hwangbo|jol"), wantPerson("철", "hwangbo|jol")},
		keep: []string{"철도", "스물다섯"},
	},
	{
		name: "bare surname with honorific and particle chain; name with copula",
		doc:  "인민반장 박 씨 아주머니가 알았지만 말하지 않았어요. 박 씨한테는 지금도 고마워요. 반장 이름이 최동욱이었는데, 동욱 씨가 가르쳐 줬어요.",
		want: []nameSpan{wantPerson("박", "park|"), wantPerson("최동욱", "choi|dongug"), wantPerson("동욱", "choi|dongug")},
		keep: []string{"인민반장", "아주머니가", "고마워요"},
	},
	{
		name: "predicates are not names",
		doc:  "여기에 이름을 쓰지 마세요. 조심하세요. 공장 반장이 왔어요.",
		keep: []string{"마세요", "조심하세요", "공장"},
	},
}

func TestHangulNames(t *testing.T) {
	g := namesGazetteer(t)
	for _, tc := range hangulCases {
		t.Run(tc.name, func(t *testing.T) {
			cands := detectNames(tc.doc, g)
			for _, w := range tc.want {
				n := 0
				for _, c := range cands {
					if c.Category == w.cat && tc.doc[c.Start:c.End] == w.text {
						n++
						if w.entity != "" {
							assert.Equal(t, w.entity, c.Entity, "entity of %q", w.text)
						}
					}
				}
				assert.Positive(t, n, "want %s %q exactly; got %s", w.cat, w.text, describeNames(tc.doc, cands))
			}
			for _, k := range tc.keep {
				s := strings.Index(tc.doc, k)
				require.GreaterOrEqual(t, s, 0, k)
				for _, c := range cands {
					if c.Category == redact.Person && c.Start < s+len(k) && s < c.End {
						t.Errorf("%q must stay readable, but %q is a person (%s)", k, tc.doc[c.Start:c.End], c.Reason)
					}
				}
			}
		})
	}
}

func namesGazetteer(t *testing.T) *redact.Gazetteer {
	t.Helper()
	g, err := policies.Gazetteer()
	require.NoError(t, err)
	return g
}

func detectNames(doc string, g *redact.Gazetteer) []redact.Candidate {
	return redact.RunDetectors([]string{"names", "hangul-names", "places"}, doc, g)
}

// findSpan returns the candidate whose original text is exactly want.text.
func findNameSpan(doc string, cands []redact.Candidate, w nameSpan) (redact.Candidate, bool) {
	for _, c := range cands {
		if c.Category == w.cat && doc[c.Start:c.End] == w.text {
			return c, true
		}
	}
	return redact.Candidate{}, false
}

func TestNamesAndPlaces(t *testing.T) {
	g := namesGazetteer(t)
	found, total := 0, 0
	for _, tc := range nameCases {
		t.Run(tc.name, func(t *testing.T) {
			cands := detectNames(tc.doc, g)
			for _, c := range cands {
				require.True(t, 0 <= c.Start && c.Start < c.End && c.End <= len(tc.doc), "offsets in range: %+v", c)
				assert.NotEmpty(t, c.Reason, "every candidate explains itself")
				assert.NotEmpty(t, c.Rule)
			}
			for _, w := range tc.want {
				total++
				c, ok := findNameSpan(tc.doc, cands, w)
				if !assert.True(t, ok, "want %s %q; got %s", w.cat, w.text, describeNames(tc.doc, cands)) {
					continue
				}
				found++
				if w.entity != "" {
					assert.Equal(t, w.entity, c.Entity, "entity of %q", w.text)
				}
				if w.role != "" {
					assert.Equal(t, w.role, c.Role, "role of %q", w.text)
				}
				if w.cat == redact.Place {
					require.NotNil(t, c.Place, "place entry of %q", w.text)
					if w.kind != "" {
						assert.Equal(t, w.kind, c.Place.Kind, "kind of %q", w.text)
					}
					if w.province != "" {
						assert.Equal(t, w.province, c.Place.Province, "province of %q", w.text)
					}
				}
			}
			for _, k := range tc.keep {
				for off := 0; ; {
					i := strings.Index(tc.doc[off:], k)
					if i < 0 {
						break
					}
					s, e := off+i, off+i+len(k)
					for _, c := range cands {
						if c.Start < e && s < c.End && (c.Category == redact.Person || c.Place != nil && c.Place.Kind != "country") {
							t.Errorf("%q must stay readable, but %s candidate %q covers it (%s)", k, c.Category, tc.doc[c.Start:c.End], c.Reason)
						}
					}
					off = e
				}
			}
		})
	}
	t.Logf("recall on the names and places cases: %d/%d", found, total)
}

func describeNames(doc string, cands []redact.Candidate) string {
	var b strings.Builder
	for _, c := range cands {
		fmt.Fprintf(&b, "\n  %s %q (%s; %s; %s)", c.Category, doc[c.Start:c.End], c.Rule, c.Reason, c.Entity)
	}
	return b.String()
}

func TestFoldSyllable(t *testing.T) {
	groups := [][]string{
		{"cheol", "chol", "chul"},
		{"su", "soo"},
		{"jeong", "jung", "chong", "cheong"},
		{"young", "yeong", "yong", "ryong"},
		{"hee", "hui", "heui"},
		{"joo", "ju", "chu"},
		{"hyuk", "hyeok", "hyok"},
		{"gyeong", "kyung", "kyong"},
		{"im", "rim", "lim"},
		{"ok", "ock"},
	}
	for _, grp := range groups {
		for _, y := range grp[1:] {
			assert.Equal(t, redact.FoldSyllable(grp[0]), redact.FoldSyllable(y), "%s ~ %s", grp[0], y)
		}
	}
	assert.NotEqual(t, redact.FoldSyllable("min"), redact.FoldSyllable("mun"))
	// Hangul names get the key of their romanized spellings.
	g := namesGazetteer(t)
	ko := redact.RunDetectors([]string{"hangul-names"}, "리철수 동무와 김영미 씨", g)
	require.Len(t, ko, 2)
	assert.Equal(t, "lee|jolsu", ko[0].Entity)
	assert.Equal(t, "kim|yongmi", ko[1].Entity)
	assert.NotEqual(t, redact.FoldSyllable("ji"), redact.FoldSyllable("jin"))
}

func TestPersonVariants(t *testing.T) {
	g := namesGazetteer(t)
	v := redact.PersonVariants("Park Ji-min", g)
	for _, want := range []string{"Park Ji-min", "Pak Ji-min", "Bak Jimin", "Park Ji Min", "Ji-min Park", "Jimin", "Ji-min", "Ji Min", "Mr Park", "Comrade Pak"} {
		assert.Contains(t, v, want)
	}
	assert.NotContains(t, v, "Park", "a bare surname would match other people and public figures")

	v = redact.PersonVariants("Ri Chol-su", g)
	assert.Contains(t, v, "Rhee Chol-su")
	assert.Contains(t, v, "Lee Cholsu")
	assert.Contains(t, v, "Chol-su")

	v = redact.PersonVariants("김지민", g)
	assert.Equal(t, []string{"김지민", "김 지민", "지민"}, v)

	v = redact.PersonVariants("Ivan Petrov", g)
	assert.Contains(t, v, "Petrov")
	assert.Contains(t, v, "Ivan")
	assert.Contains(t, v, "Mr Petrov")

	// A one-syllable given name that is an English word is not a variant on its own.
	v = redact.PersonVariants("Kim Song", g)
	assert.NotContains(t, v, "Song")
	assert.Contains(t, v, "Gim Song")
}

func TestDetectorsOnEmptyAndOddInput(t *testing.T) {
	g := namesGazetteer(t)
	for _, doc := range []string{"", " ", "\n\n", "Kim", "-", "Ji-", "김", "씨", "Mr", "named", ":", "\u200b", "Park Ji-\n"} {
		for _, c := range detectNames(doc, g) {
			assert.True(t, 0 <= c.Start && c.Start <= c.End && c.End <= len(doc), "%q: %+v", doc, c)
		}
	}
	// A nil gazetteer must not panic.
	assert.NotPanics(t, func() { detectNames("Park Ji-min in Hyesan", nil) })
}

// A speaker label that is a bare surname ("RI:") names the speaker; two people with that
// surname in the text ("Ri Jong-ho", the uncle "Ri Sang-chol") must not share its label, and
// two spellings of one name ("Ri Jong-ho", "Lee Jong Ho") share one.
func TestBareSurnameSpeakerLabel(t *testing.T) {
	p, err := policies.Load("strict")
	require.NoError(t, err)
	e, err := redact.New(p)
	require.NoError(t, err)
	text := "INTERVIEWER: Where did you cross the river?\n\n" +
		"RI: I am Ri Jong-ho, some papers write Lee Jong Ho. We crossed near Musan in January 2016.\n\n" +
		"RI: My uncle Ri Sang-chol paid a border guard 1,500 yuan.\n"
	red, err := e.Redact(redact.Document{ID: "srt", Text: text, Known: []redact.Known{{Text: "RI", Category: redact.Person, Role: redact.RoleSpeaker}}})
	require.NoError(t, err)
	label := map[string]string{}
	for _, s := range red.Report().Spans {
		if s.Category == redact.Person {
			label[s.Text] = s.Replacement
		}
	}
	for _, k := range []string{"RI", "Ri Jong-ho", "Lee Jong Ho", "Ri Sang-chol"} {
		require.Contains(t, label, k, "%q removed as one span", k)
	}
	assert.Equal(t, label["Ri Jong-ho"], label["Lee Jong Ho"], "two spellings of one person")
	assert.NotEqual(t, label["Ri Sang-chol"], label["Ri Jong-ho"], "two people")
	assert.NotEqual(t, label["Ri Sang-chol"], label["RI"], "the uncle is not the speaker")
	assert.NotContains(t, red.Text(), "Sang-chol")

	// Names detector alone: with two people surnamed Ri the label links to neither; with one
	// it links to that one.
	g := namesGazetteer(t)
	cands := redact.RunDetector("names", "RI: I am Ri Jong-ho.\nRI: My uncle Ri Sang-chol came.\n", g)
	for _, c := range cands {
		if c.Rule == "speaker-label" {
			assert.Equal(t, "lee|", c.Entity)
		}
	}
	doc := "RI: I am Ri Jong-ho.\nRI: Lee Jong Ho is my name in the South.\n"
	cands = redact.RunDetector("names", doc, g)
	n := 0
	for _, c := range cands {
		switch doc[c.Start:c.End] {
		case "RI", "Ri Jong-ho", "Lee Jong Ho":
			n++
			assert.Equal(t, "lee|jongho", c.Entity, "%q", doc[c.Start:c.End])
		}
	}
	assert.Equal(t, 4, n)
}
