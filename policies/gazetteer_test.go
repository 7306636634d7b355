package policies

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoadGazetteer(t *testing.T) {
	g, err := loadGazetteer()
	require.NoError(t, err)

	surnames := map[string]string{
		"kim": "kim", "gim": "kim", "rhee": "lee", "ri": "lee", "yi": "lee", "pak": "park",
		"bak": "park", "choe": "choi", "jeong": "jung", "chong": "jung", "yun": "yoon",
		"rim": "lim", "gwon": "kwon", "suh": "seo", "김": "kim", "박": "park", "리": "", "wang": "wang",
	}
	for s, want := range surnames {
		if want == "" {
			continue
		}
		assert.Equal(t, want, g.Surnames[s], "surname %q", s)
	}
	for _, s := range []string{"ji", "min", "hyuk", "hyeok", "chol", "cheol", "hee", "young", "xiao", "ming"} {
		assert.True(t, g.GivenSyllables[s], "given syllable %q", s)
	}
	for _, s := range []string{"ivan", "sergei", "john", "xiaoming"} {
		assert.True(t, g.FirstNames[s], "first name %q", s)
	}
	for _, s := range []string{"young", "sun", "lily", "miso", "jo", "rose", "hope", "grace", "will", "mark", "song"} {
		assert.True(t, g.AmbiguousNames[s], "ambiguous %q", s)
	}

	places := []struct{ key, name, kind, province, country string }{
		{"hyesan", "Hyesan", "city", "Ryanggang", "North Korea"},
		{"yanggang", "Ryanggang", "province", "Ryanggang", "North Korea"},
		{"hamgyongbuk-do", "North Hamgyong", "province", "North Hamgyong", "North Korea"},
		{"musan", "Musan", "county", "North Hamgyong", "North Korea"},
		{"yanji", "Yanji", "city", "Jilin", "China"},
		{"vladivostok", "Vladivostok", "city", "Primorsky Krai", "Russia"},
		{"kursk", "Kursk", "city", "Kursk Oblast", "Russia"},
		{"china", "China", "country", "", "China"},
		{"dprk", "North Korea", "country", "", "North Korea"},
	}
	for _, p := range places {
		e, ok := g.Places[p.key]
		if assert.True(t, ok, "place %q", p.key) {
			assert.Equal(t, p.name, e.Name)
			assert.Equal(t, p.kind, e.Kind)
			assert.Equal(t, p.province, e.Province)
			assert.Equal(t, p.country, e.Country)
		}
	}
	assert.Contains(t, g.PublicFigures, "Kim Jong Un")
	assert.Contains(t, g.PublicFigures, "Kim Jong-un")
	assert.Contains(t, g.PublicFigures, "Vladimir Putin")
	// The generated Hangul given names: names common as names, not the nouns their
	// syllables also make, and the North's spelling with an initial ㄹ.
	for _, name := range []string{"영철", "미영", "영수", "광철", "룡남"} {
		assert.True(t, g.HangulGiven[name], "given name %s", name)
	}
	for _, noun := range []string{"직원", "의자", "사진", "정부", "학교", "친구"} {
		assert.False(t, g.HangulGiven[noun], "noun %s", noun)
	}
	for _, noun := range []string{"도시락", "유치원", "지하실", "변호사"} {
		assert.True(t, g.HangulNouns[noun], "name-shaped noun %s", noun)
	}
	for _, name := range []string{"김영철", "이영수", "박지민", "최성국"} {
		assert.False(t, g.HangulNouns[name], "full name %s", name)
	}
	// The elements of Mongolian given names in Hangul: no Korean word among them.
	for _, part := range []string{"바트", "바야르", "체체그", "간"} {
		assert.True(t, g.MongolianHangulParts[part], "Mongolian element %s", part)
	}
	for part := range g.MongolianHangulParts {
		assert.False(t, g.HangulNouns[part] || g.HangulVerbStems[part] || g.HangulGiven[part], "Mongolian element %s is a Korean word", part)
	}
	// The generated verb stems: verbs, not villages or names.
	for _, verb := range []string{"기다리", "굶주리", "흔들리", "어울리", "헷갈리", "나아지", "노려보"} {
		assert.True(t, g.HangulVerbStems[verb], "verb stem %s", verb)
	}
	for _, place := range []string{"칠성리", "김유리", "개나리", "김영철", "박지민"} {
		assert.False(t, g.HangulVerbStems[place], "not a verb stem: %s", place)
	}
}

func TestGazetteerErrorsNameFileAndLine(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, f := range []string{fileChineseSurnames, fileGivenSyllables, filePinyin, fileFirstNames, fileAmbiguous, fileHangulForeign, fileHangulMongolian, fileHangulGiven, fileHangulNouns, fileHangulVerbs, fileHangulCompound, fileHangulHomograph, fileJapaneseSurname, fileJapaneseGiven, filePublicFigures, fileRouteNames} {
		fsys[f] = &fstest.MapFile{Data: []byte("# empty\n")}
	}
	fsys[fileKoreanSurnames] = &fstest.MapFile{Data: []byte("kim\t김\tKim,Gim\n")}
	fsys[filePlaces] = &fstest.MapFile{Data: []byte("# c\nHyesan\tcitty\tRyanggang\tNorth Korea\n")}
	_, err := parseGazetteer(fsys)
	require.Error(t, err)
	assert.True(t, strings.HasPrefix(err.Error(), "data/places.tsv:2: kind \"citty\""), err.Error())

	// A Hangul given name must be two syllables.
	fsys[filePlaces] = &fstest.MapFile{Data: []byte("Hyesan\tcity\tRyanggang\tNorth Korea\n")}
	fsys[fileHangulGiven] = &fstest.MapFile{Data: []byte("# names\n영철\n영수증\n")}
	_, err = parseGazetteer(fsys)
	require.Error(t, err)
	assert.True(t, strings.HasPrefix(err.Error(), "data/hangul_given_names.txt:3: "), err.Error())
	fsys[fileHangulGiven] = &fstest.MapFile{Data: []byte("# empty\n")}

	// A line of route_names.txt starts with a known kind and a colon.
	fsys[fileRouteNames] = &fstest.MapFile{Data: []byte("vi-surname: nguyen tran\nsurname nguyen\n")}
	_, err = parseGazetteer(fsys)
	require.Error(t, err)
	assert.True(t, strings.HasPrefix(err.Error(), "data/route_names.txt:2: "), err.Error())
	fsys[fileRouteNames] = &fstest.MapFile{Data: []byte("vi-surname: nguyen\nmn-part: bat erdene\n")}
	g, err := parseGazetteer(fsys)
	require.NoError(t, err)
	assert.True(t, g.VietSurnames["nguyen"] && g.MongolianParts["erdene"])

	// public_bodies.txt is optional; when present it is read.
	fsys[filePlaces] = &fstest.MapFile{Data: []byte("Hyesan\tcity\tRyanggang\tNorth Korea\n")}
	g, err = parseGazetteer(fsys)
	require.NoError(t, err)
	assert.Empty(t, g.PublicBodies)
	fsys[filePublicBodies] = &fstest.MapFile{Data: []byte("# bodies\nUnited Nations\tUN,U.N.\n")}
	g, err = parseGazetteer(fsys)
	require.NoError(t, err)
	assert.Equal(t, []string{"United Nations", "UN", "U.N."}, g.PublicBodies)
}
