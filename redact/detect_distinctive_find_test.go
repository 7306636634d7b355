package redact

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

// TestDistinctiveFindersAgreeWithRegexps: trying the distinctive patterns at their
// determiners only finds what FindAll finds, on windows of the interviews and the gold texts
// and on strings made of the patterns' pieces.
func TestDistinctiveFindersAgreeWithRegexps(t *testing.T) {
	var texts []string
	for _, s := range testdataTexts(t) {
		for i := 0; i < len(s); i += 200 {
			texts = append(texts, s[i:min(len(s), i+600)])
		}
	}
	pieces := []string{"the", "The", "THE", "that", "this", "thiſ", "xthe", "_the", "the_", "only", "Only", "piano",
		"blue", "gate", "in", "on", "our", "my", "street", "village", "lane", "video", "Video", "photo", "clip", "where",
		"in which", "that shows", "showing", "the prisoner sings to the guards", "é", "1", ".", "!", " ", " ", "  ",
		"\t", "\n", "-", "ſ", "the only piano in our street", "The only blue gate on my lane", "the video where",
		"this photo showing", "that clip in which", "the film that shows"}
	rng := rand.New(rand.NewPCG(13, 14))
	for n := 0; n < 30000; n++ {
		texts = append(texts, spacedPiecesText(rng, pieces, 20))
	}
	matched := 0
	for _, w := range texts {
		for _, c := range []struct {
			name string
			want [][]int
			got  [][]int
		}{
			{"onlyOneInPlace", onlyOneInPlace.FindAllStringSubmatchIndex(w, -1), findOnlyOneInPlace(w)},
			{"describedRecording", describedRecording.FindAllStringSubmatchIndex(w, -1), findDescribedRecordings(w)},
		} {
			if !reflect.DeepEqual(c.want, c.got) {
				t.Fatalf("%s in %q: %v, the pattern says %v", c.name, w, c.got, c.want)
			}
			matched += len(c.want)
		}
	}
	if matched < 100 {
		t.Errorf("only %d matches: the test tries too little", matched)
	}
}
