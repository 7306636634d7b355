package redact

import (
	"math/rand"
	"strings"
	"testing"
)

// TestInitialsPrefilters holds the window tests of the initials patterns to the patterns:
// wherever initialsName or bareInitials matches, the test must say the window can hold it.
func TestInitialsPrefilters(t *testing.T) {
	texts := []string{"H. Winkler", "J.-P. Costa", "K.H. Christoph", "A.\tB", "Ch. Smith", "F.E.", "É.Ö.",
		"Mr A.B. Surname", "the U.S. army", "I. The", "A. -B. C"}
	texts = append(texts, testdataLines(t)...)
	pieces := []string{"A", "B", "É", "Ch", "h", ".", ".", "-", " ", " ", "\t", "Smith", "smith", "é", "x", "'", "Ö", "A.", "É.", "B."}
	r := rand.New(rand.NewSource(5))
	for range 20000 {
		var b strings.Builder
		for range r.Intn(10) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	names, bare := 0, 0
	for _, w := range texts {
		if initialsName.MatchString(w) {
			names++
			if !mayHoldInitialsName(w) {
				t.Errorf("initialsName matches %q, mayHoldInitialsName says no", w)
			}
		}
		if bareInitials.MatchString(w) {
			bare++
			if !mayHoldBareInitials(w) {
				t.Errorf("bareInitials matches %q, mayHoldBareInitials says no", w)
			}
		}
	}
	if names < 100 || bare < 100 {
		t.Errorf("initialsName matched %d texts, bareInitials %d: the test no longer exercises them", names, bare)
	}
}

// TestNationalOK holds nationality's anchor test to the pattern: wherever nationality
// matches, the test says yes at the word "national" of the match.
func TestNationalOK(t *testing.T) {
	pieces := []string{"a", "an", "was", "two", "A", "Turkish", "German-born", "é", "É", "national", "nationals", "x"}
	seps := []string{" ", " ", " ", "\t", "-", ",", ""}
	r := rand.New(rand.NewSource(6))
	texts := []string{"by a Turkish national", "two Polish nationals,", "was a\tGerman national", "is Ö national"}
	for range 40000 {
		var b strings.Builder
		for range r.Intn(8) {
			b.WriteString(pieces[r.Intn(len(pieces))])
			b.WriteString(seps[r.Intn(len(seps))])
		}
		texts = append(texts, b.String())
	}
	matched := 0
	for _, text := range texts {
		tx := NewText(text)
		for _, m := range nationality.FindAllStringSubmatchIndex(tx.Norm, -1) {
			matched++
			if p := m[3] + 1; !nationalOK(tx, p) {
				t.Errorf("nationality matches %q, nationalOK(%d) says no", tx.Norm[m[0]:m[1]], p)
			}
		}
	}
	if matched < 100 {
		t.Errorf("nationality matched %d times: the test no longer exercises it", matched)
	}
}
