package redact

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestInitialsMatchers holds the hand-written initials matchers to the patterns they stand
// for, on the corpus' lines and on strings built of initials, names and separators.
func TestInitialsMatchers(t *testing.T) {
	texts := []string{"H. Winkler", "J.-P. Costa", "K.H. Christoph", "A.\tB", "Ch. Smith", "F.E.", "É.Ö.",
		"Mr A.B. Surname", "the U.S. army", "I. The", "A. -B. C", "A. B. C. D. Eve", "Ch.Th. Zs. Né", "x.A.B.",
		"(A.B.C.D.)", "A.-B.-C.", "Ph. D'Arcy", "A. B.\u0301C. Dé", "\xffA. Bé", "A.\u00a0B"}
	texts = append(texts, testdataLines(t)...)
	pieces := []string{"A", "B", "É", "Ch", "Th", "h", ".", ".", ".", "-", " ", " ", "\t", "\n", "Smith", "smith", "é",
		"x", "'", "’", "Ö", "A.", "É.", "B.", "Ch.", "(", "\u0301", "1", "van ", "-Ö"}
	r := rand.New(rand.NewSource(7))
	for range 40000 {
		var b strings.Builder
		for range r.Intn(12) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	names, bare := 0, 0
	for _, w := range texts {
		want := initialsName.FindAllStringSubmatchIndex(w, -1)
		names += len(want)
		if got := findInitialsNames(w); !reflect.DeepEqual(got, want) {
			t.Errorf("findInitialsNames(%q) = %v, initialsName finds %v", w, got, want)
		}
		want = bareInitials.FindAllStringSubmatchIndex(w, -1)
		bare += len(want)
		if got := findBareInitials(w); !reflect.DeepEqual(got, want) {
			t.Errorf("findBareInitials(%q) = %v, bareInitials finds %v", w, got, want)
		}
	}
	if names < 1000 || bare < 1000 {
		t.Errorf("initialsName matched %d times, bareInitials %d: the test no longer exercises them", names, bare)
	}
}
