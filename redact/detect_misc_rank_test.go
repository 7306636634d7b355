package redact

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// rankMatcherForTest is the phrase matcher the rank detector ran over every word before it
// looked only at its anchors: findRanks must find what it finds.
func rankMatcherForTest() *matcher {
	m := newExactMatcher()
	for i, r := range rankList {
		m.add(phraseKeySep(r, " "), i)
	}
	return m
}

func TestFindRanksAsMatcher(t *testing.T) {
	texts := []string{
		"Lieutenant Colonel Kim and a lieutenant-colonel, Sergeant  Major Pak, the sergeant, major.",
		"He was a second lieutenant, then first  lieutenant; the generals and a private first class.",
		"senior sergeant\n\nmajor; teukmu sangsa, teukmusangsa, ilgeup byeongsa, junior lieutenant general",
		"하사 특무상사 하사로 상사 전사 대장님 colonel general marshal vice marshal brigadier general",
		"Lieutenant\nColonel Ri; chief warrant officer; warrant officer; chief, warrant officer.",
		"", "major", "private first", "sergeant first class", "master sergeant major general",
	}
	for _, dir := range []string{"../testdata/gold", "../testdata/interviews", "testdata/golden"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil {
				texts = append(texts, string(b))
			}
		}
	}
	m := rankMatcherForTest()
	found := 0
	for _, s := range texts {
		tx := NewText(s)
		var want []rankMatch
		for _, pm := range m.find(tx, nil) {
			want = append(want, rankMatch{pm.start, pm.end, pm.payloads[0]})
		}
		got := findRanks(newWordScan(tx))
		found += len(got)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("findRanks(%.60q...) = %v, want %v", s, got, want)
		}
	}
	if found < 100 {
		t.Errorf("%d ranks found in all the texts: the test reads too little", found)
	}
}
