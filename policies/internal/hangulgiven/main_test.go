package main

import (
	"bytes"
	"encoding/binary"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The North keeps an initial ㄹ where the South writes ㅇ or ㄴ; which names had one
// depends on their Chinese characters, which the list does not know, so it takes both.
func TestNorthernInitial(t *testing.T) {
	for in, want := range map[string]string{"용남": "룡남", "연희": "련희", "이철": "리철", "영철": "령철", "노을": "로을"} {
		got, ok := northernInitial(in)
		assert.True(t, ok, in)
		assert.Equal(t, want, got)
	}
	for _, in := range []string{"미영", "아름", "은별"} { // no initial ㅇ before ㅑㅕㅖㅛㅠㅣ, no ㄴ
		_, ok := northernInitial(in)
		assert.False(t, ok, in)
	}
}

// fullName is a person-name entry; word a common noun with a trained cost or a sense class.
var (
	fullName = entry{tag: "NNP", class: "인명", cost: 5000}
	rareWord = entry{tag: "NNG", class: "*", cost: 2640}
)

func TestSelectNamesAndNouns(t *testing.T) {
	words := map[string][]entry{
		"영수":  {rareWord},                                      // a rare word; a name of many
		"사진":  {{tag: "NNG", class: "*", cost: 900}},           // a frequent word
		"지원":  {{tag: "NNG", class: "행위", cost: 5800}},         // a word with a sense
		"철수":  {{tag: "NNG", class: "행위", cost: 3288}},         // a word, but a name of very many
		"드문":  {rareWord},                                      // a name of too few
		"도시락": {{tag: "NNG", class: "*", cost: 2330}},          // a name-shaped noun
		"오금희": {fullName, {tag: "NNG", class: "*", cost: 100}}, // a word, and someone's name
		"여자":  {fullName, {tag: "NNG", class: "*", cost: 261}}, // two syllables: a word whatever else
	}
	add := func(given string, n int) {
		for i := range n {
			surname := string([]rune(oneSyllableSurnames)[i])
			words[surname+given] = append(words[surname+given], fullName)
		}
	}
	add("영수", minFullNames)
	add("사진", minFullNames+3)
	add("지원", wordyNameFloor-1)
	add("철수", wordyNameFloor)
	add("드문", minFullNames-1)
	add("연희", minFullNames)
	assert.Equal(t, []string{"련희", "령수", "연희", "영수", "철수"}, selectNames(words))
	// 지원 is a word and the name of many, too few to list as a name: a homograph. 철수 is
	// listed as a name; 사진 carries too few.
	assert.Equal(t, []string{"지원"}, homographs(words))
	nouns := nameShapedNouns(words)
	assert.Contains(t, nouns, "도시락")
	assert.NotContains(t, nouns, "오금희")
	assert.Contains(t, nouns, "여자")
	assert.NotContains(t, nouns, "영수")
}

// TestReadEntries builds a dictionary of two tokens in MeCab's binary layout.
func TestReadEntries(t *testing.T) {
	features := []byte("NNG,*,T,사진,*,*,*,*\x00NNP,인명,F,영수,*,*,*,*\x00")
	var tokens bytes.Buffer
	for _, tok := range []struct {
		cost    int16
		feature uint32
	}{{900, 0}, {5000, uint32(bytes.IndexByte(features, 0) + 1)}} {
		require.NoError(t, binary.Write(&tokens, binary.LittleEndian, []uint16{0, 0, 0, uint16(tok.cost)}))
		require.NoError(t, binary.Write(&tokens, binary.LittleEndian, []uint32{tok.feature, 0}))
	}
	darray := make([]byte, 8)
	header := make([]byte, 40)
	for i, v := range []int{0, 102, 0, 2, 0, 0, len(darray), tokens.Len(), len(features), 0} {
		binary.LittleEndian.PutUint32(header[i*4:], uint32(v))
	}
	charset := make([]byte, 32)
	copy(charset, "UTF-8")
	data := bytes.Join([][]byte{header, charset, darray, tokens.Bytes(), features}, nil)
	words, err := readEntries(data)
	require.NoError(t, err)
	assert.Equal(t, []entry{{tag: "NNG", class: "*", cost: 900}}, words["사진"])
	assert.Equal(t, []entry{{tag: "NNP", class: "인명", cost: 5000}}, words["영수"])

	_, err = readEntries(data[:50])
	assert.Error(t, err)
	copy(data[40:], "EUC-KR\x00")
	_, err = readEntries(data)
	assert.ErrorContains(t, err, "charset")
}

// Verb and adjective stems of three or four syllables are listed; shorter ones, nouns and
// stems that are also a proper noun (a name, a place) are not.
func TestVerbStems(t *testing.T) {
	words := map[string][]entry{
		"굶주리":  {{tag: "VV", class: "*", cost: 3000}},
		"어리석":  {{tag: "VA", class: "*", cost: 3000}},
		"가다":   {{tag: "VV", class: "*", cost: 100}},                             // two syllables
		"도시락":  {{tag: "NNG", class: "*", cost: 2330}},                           // a noun
		"나리":   {{tag: "VV", class: "*", cost: 3000}},                            // two syllables
		"칠성리":  {{tag: "VV", class: "*", cost: 9000}, {tag: "NNP", class: "지명"}}, // also a place
		"오금희":  {{tag: "VV", class: "*", cost: 9000}, fullName},                  // also a name
		"두드리다": {{tag: "VV", class: "*", cost: 9000}},
	}
	assert.Equal(t, []string{"굶주리", "두드리다", "어리석"}, verbStems(words))
}

// A word of which several common-noun compounds are built is a word in use, though the
// model gave it no cost of its own; one or two compounds are a coincidence of spelling, and
// a word the other tests call a word is on the noun list already.
func TestCompoundParts(t *testing.T) {
	compound := func(parts ...string) entry { return entry{tag: "NNG", class: "*", cost: 3000, parts: parts} }
	words := map[string][]entry{
		"전세": {rareWord},
		"옥심": {rareWord},
		"사진": {{tag: "NNG", class: "*", cost: 900}},
	}
	for _, c := range []string{"전세금", "전세방", "전세집"} {
		words[c] = []entry{compound("전세", c[len("전세"):])}
	}
	words["옥심지"] = []entry{compound("옥심", "지")}
	words["사진관"] = []entry{compound("사진", "관")}
	words["사진첩"] = []entry{compound("사진", "첩")}
	words["사진기"] = []entry{compound("사진", "기")}
	assert.Equal(t, []string{"전세"}, compoundParts(words))
}
