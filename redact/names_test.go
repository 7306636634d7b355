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

// span is an expected candidate: its exact original text, category and, where it matters,
// entity key, role and place.
type span struct {
	text     string
	cat      redact.Category
	entity   string // "" = don't check
	role     redact.Role
	kind     string // place kind
	province string // place province
}

func person(text, entity string) span { return span{text: text, cat: redact.Person, entity: entity} }
func place(text, kind, province string) span {
	return span{text: text, cat: redact.Place, kind: kind, province: province}
}

type nameCase struct {
	name string
	doc  string
	want []span
	// keep are substrings that must not be inside any person candidate (nor any place
	// candidate below country level).
	keep []string
}

var nameCases = []nameCase{
	{
		name: "full name then given name alone, possessive",
		doc:  "Park Ji-min told me that Jimin's mother was taken away in spring.",
		want: []span{person("Park Ji-min", "park|jimin"), person("Jimin", "park|jimin")},
		keep: []string{"mother", "spring"},
	},
	{
		name: "North and South Korean romanizations of one person group together",
		doc:  "Ri Chol-su worked at the station. Years later Rhee Cheol-soo lived in Seoul.",
		want: []span{person("Ri Chol-su", "lee|jolsu"), person("Rhee Cheol-soo", "lee|jolsu"), place("Seoul", "city", "Seoul")},
		keep: []string{"station", "Years"},
	},
	{
		name: "given name spaced vs young men",
		doc:  "The young men left first. Later Young Mi followed them across the river.",
		want: []span{person("Young Mi", "")},
		keep: []string{"young men", "Later"},
	},
	{
		name: "Sun the name vs the sun and Sunday",
		doc:  "On Sunday the sun was hot. Sun said the guards had gone.",
		want: []span{person("Sun", "")},
		keep: []string{"Sunday", "the sun"},
	},
	{
		name: "public figures and countries stay readable",
		doc:  "Kim Jong Un and Kim Jong-il were on every wall. China and North Korea share a river; Vladimir Putin met Kim Jong Un in Russia.",
		want: []span{
			{text: "China", cat: redact.Place, kind: "country"},
			{text: "North Korea", cat: redact.Place, kind: "country"},
			{text: "Russia", cat: redact.Place, kind: "country"},
		},
		keep: []string{"Kim Jong Un", "Kim Jong-il", "Vladimir Putin"},
	},
	{
		name: "city with its province",
		doc:  "She grew up in Hyesan and later moved to Chongjin.",
		want: []span{place("Hyesan", "city", "Ryanggang"), place("Chongjin", "city", "North Hamgyong")},
	},
	{
		name: "name inside identifiers",
		doc:  "The file was saved as Ji_Min_Working_3 and the account was jimin.park88 on the phone.",
		want: []span{person("Ji_Min", ""), person("jimin.park", "park|jimin")},
		keep: []string{"Working", "account"},
	},
	{
		name: "Hangul name with honorific and particle",
		doc:  "그날 김지민 씨가 전화를 했어요. 지민이는 울었어요.",
		want: []span{person("김지민", "ko:kim|지민"), person("지민", "ko:kim|지민")},
		keep: []string{"그날", "전화를"},
	},
	{
		name: "joined and hyphenated given names with surname",
		doc:  "Kim Jeonghyuk and his cousin Lee Hye-Joo crossed together.",
		want: []span{person("Kim Jeonghyuk", "kim|jonghyog"), person("Lee Hye-Joo", "lee|hyeju")},
		keep: []string{"cousin", "crossed"},
	},
	{
		name: "surname last",
		doc:  "Back then Ji-min Park was still a student.",
		want: []span{person("Ji-min Park", "park|jimin")},
		keep: []string{"Back then", "student"},
	},
	{
		name: "surname alone with context",
		doc:  "Kim was arrested in March. Later a woman surnamed Park came, and Mr Pak and Comrade Ri waited.",
		want: []span{person("Kim", "kim|"), person("Park", "park|"), person("Pak", "park|"), person("Ri", "lee|")},
		keep: []string{"March", "woman"},
	},
	{
		name: "ambiguous surnames need context",
		doc:  "We walked through the park. Song was playing on the radio. Moon light. Later, Song said he would pay.",
		want: []span{person("Song", "song|")},
		keep: []string{"the park", "Moon light"},
	},
	{
		name: "cues: named, called, known as, nicknamed, kin",
		doc:  "A broker named Chol met us. The guide, known as Bear, laughed. My sister Miso cried. His friend called Sunhee waved. We nicknamed him Tiger.",
		want: []span{
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
		want: []span{place("Sanggol", "ri", "North Hamgyong"), place("Musan", "county", "North Hamgyong")},
		keep: []string{"village"},
	},
	{
		name: "dong with its city, province forms",
		doc:  "Our house was in Yeokjeon-dong, Hyesan, in Ryanggang Province. My aunt lived in North Hamgyong Province, in Onsong county, Namyang.",
		want: []span{
			place("Yeokjeon-dong", "dong", "Ryanggang"), place("Hyesan", "city", "Ryanggang"),
			place("Ryanggang Province", "province", "Ryanggang"),
			place("North Hamgyong Province", "province", "North Hamgyong"),
			place("Onsong county", "county", "North Hamgyong"),
			place("Namyang", "district", "North Hamgyong"),
		},
	},
	{
		name: "ri and gu found by form, province from the place before",
		doc:  "In Musan we stayed at Sangdu-ri first, then at Songpyong-guyok in Chongjin.",
		want: []span{place("Sangdu-ri", "ri", "North Hamgyong"), place("Songpyong-guyok", "district", "North Hamgyong")},
	},
	{
		name: "Chinese and Russian border places",
		doc:  "From Yanji in Yanbian we went to Shenyang, then Kunming, Vientiane and Bangkok. Others went to Vladivostok in Primorsky Krai; he was captured near Kursk.",
		want: []span{
			place("Yanji", "city", "Jilin"), place("Yanbian", "region", "Jilin"), place("Shenyang", "city", "Liaoning"),
			place("Kunming", "city", "Yunnan"), place("Vientiane", "city", "Laos"), place("Bangkok", "city", "Thailand"),
			place("Vladivostok", "city", "Primorsky Krai"), place("Primorsky Krai", "province", "Primorsky Krai"),
			place("Kursk", "city", "Kursk Oblast"),
		},
	},
	{
		name: "Chinese names in pinyin",
		doc:  "The landlord Wang Xiaoming rented us a room; his wife Zhang Wei cooked.",
		want: []span{person("Wang Xiaoming", "wang|xiaoming"), person("Zhang Wei", "")},
		keep: []string{"landlord", "room"},
	},
	{
		name: "Russian and English names, titles",
		doc:  "Sergeant Ivan Petrov questioned him. Later Petrov left. Dr Morgan and Mrs Whitfield visited; Anna Kovalenko translated.",
		want: []span{
			person("Ivan Petrov", "ivan|petrov"), person("Petrov", "ivan|petrov"),
			{text: "Morgan", cat: redact.Person}, {text: "Whitfield", cat: redact.Person},
			{text: "Anna Kovalenko", cat: redact.Person},
		},
		keep: []string{"Later", "visited"},
	},
	{
		name: "speaker labels",
		doc:  "Interviewer: Where were you born?\nKim Ji-min: In a small town.\nQ: And then?\nA: We left.\nJimin's aunt was there.",
		want: []span{{text: "Kim Ji-min", cat: redact.Person, entity: "kim|jimin", role: redact.RoleSpeaker}, person("Jimin", "kim|jimin")},
		keep: []string{"Interviewer", "Q", "A"},
	},
	{
		name: "zero-width character inside a name",
		doc:  "Then Park Ji\u200b-min spoke.",
		want: []span{person("Park Ji\u200b-min", "park|jimin")},
	},
	{
		name: "Cyrillic confusables inside a name",
		doc:  "Then \u041aim Ji-min (Cyrillic K) and Pаrk Hye-joo spoke.",
		want: []span{person("\u041aim Ji-min", "kim|jimin"), person("Pаrk Hye-joo", "park|hyeju")},
	},
	{
		name: "ordinary sentence-initial words are not names",
		doc:  "Young people do not cross in winter. Will you help? Grace was a word we never used. Hope is all we had. So it goes.",
		keep: []string{"Young", "Will", "Hope", "So"},
	},
	{
		name: "Hangul: speaker label, comrade, bare surname with 씨, places with particles",
		doc:  "리철수: 저는 혜산에서 왔어요.\n함경북도 무산군에 살던 박 씨가 도와줬어요. 철수 동무는 김정은 사진을 봤어요. 조심하세요.",
		want: []span{
			{text: "리철수", cat: redact.Person, role: redact.RoleSpeaker},
			{text: "박", cat: redact.Person},
			{text: "철수", cat: redact.Person},
			place("혜산", "city", "Ryanggang"), place("함경북도", "province", "North Hamgyong"),
			place("무산군", "county", "North Hamgyong"),
		},
		keep: []string{"김정은", "조심하세요", "저는"},
	},
	{
		name: "Hangul dong by its suffix takes the province of the city before it",
		doc:  "고향은 청진시 석현동이에요.",
		want: []span{place("청진시", "city", "North Hamgyong"), place("석현동", "dong", "North Hamgyong")},
	},
	{
		name: "an acronym in the allow list does not protect a name",
		doc:  "The UN report did not mention Choe Un-chol.",
		want: []span{person("Choe Un-chol", "choi|unjol")},
		keep: []string{"UN report"},
	},
	{
		name: "western names: ambiguous first names with a surname, mid-sentence",
		doc:  "A missionary, Grace Yi, and a reporter, Mark Feldman, came. A woman I know helped.",
		want: []span{{text: "Grace Yi", cat: redact.Person}, {text: "Mark Feldman", cat: redact.Person}},
		keep: []string{"woman I know"},
	},
	{
		name: "a village by its Slavic ending, after a preposition",
		doc:  "He was captured near Lebedevka in Kursk Oblast; the officer Dyomin signed.",
		want: []span{place("Lebedevka", "ri", "Kursk Oblast"), place("Kursk Oblast", "province", "Kursk Oblast"), {text: "Dyomin", cat: redact.Person}},
	},
	{
		name: "ambiguous given names decided by their capital",
		doc:  "We met in spring. With Lily, no. Lily's brother knew a rose garden.",
		want: []span{{text: "Lily", cat: redact.Person}},
		keep: []string{"spring", "rose garden"},
	},
	{
		name: "given name used alone after a full mention, in every spelling",
		doc:  "Choi Young-mi was my neighbour. Youngmi had two sons, and Young Mi's husband was a soldier.",
		want: []span{person("Choi Young-mi", "choi|yongmi"), person("Youngmi", "choi|yongmi"), person("Young Mi", "choi|yongmi")},
		keep: []string{"neighbour", "soldier"},
	},
}

func loadGazetteer(t *testing.T) *redact.Gazetteer {
	t.Helper()
	g, err := policies.Gazetteer()
	require.NoError(t, err)
	return g
}

func detectAll(doc string, g *redact.Gazetteer) []redact.Candidate {
	return redact.RunDetectors([]string{"names", "hangul-names", "places"}, doc, g)
}

// findSpan returns the candidate whose original text is exactly want.text.
func findSpan(doc string, cands []redact.Candidate, w span) (redact.Candidate, bool) {
	for _, c := range cands {
		if c.Category == w.cat && doc[c.Start:c.End] == w.text {
			return c, true
		}
	}
	return redact.Candidate{}, false
}

func TestNamesAndPlaces(t *testing.T) {
	g := loadGazetteer(t)
	found, total := 0, 0
	for _, tc := range nameCases {
		t.Run(tc.name, func(t *testing.T) {
			cands := detectAll(tc.doc, g)
			for _, c := range cands {
				require.True(t, 0 <= c.Start && c.Start < c.End && c.End <= len(tc.doc), "offsets in range: %+v", c)
				assert.NotEmpty(t, c.Reason, "every candidate explains itself")
				assert.NotEmpty(t, c.Rule)
			}
			for _, w := range tc.want {
				total++
				c, ok := findSpan(tc.doc, cands, w)
				if !assert.True(t, ok, "want %s %q; got %s", w.cat, w.text, describe(tc.doc, cands)) {
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

func describe(doc string, cands []redact.Candidate) string {
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
	assert.NotEqual(t, redact.FoldSyllable("ji"), redact.FoldSyllable("jin"))
}

func TestPersonVariants(t *testing.T) {
	g := loadGazetteer(t)
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
	g := loadGazetteer(t)
	for _, doc := range []string{"", " ", "\n\n", "Kim", "-", "Ji-", "김", "씨", "Mr", "named", ":", "\u200b", "Park Ji-\n"} {
		for _, c := range detectAll(doc, g) {
			assert.True(t, 0 <= c.Start && c.Start <= c.End && c.End <= len(doc), "%q: %+v", doc, c)
		}
	}
	// A nil gazetteer must not panic.
	assert.NotPanics(t, func() { detectAll("Park Ji-min in Hyesan", nil) })
}
