package redact

func init() { register(bornYearDetector{}) }

// bornYearDetector reads a year of birth written as an adjective, "a 1998-born woman": the
// year joined to "born" by a hyphen was read as an alphanumeric code ("[ID number]"), which
// hid the year but said something false about the text.
type bornYearDetector struct{}

func (bornYearDetector) name() string { return "date" }

// bornAnchors holds "born", found with the text's other anchor words.
var bornAnchors = newAnchorTable(setOfWords("born"))

func (bornYearDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	s := t.Fold
	out := t.candidateRoom()
	for _, p := range bornAnchors.find(t)[0] {
		at := p - 1 // the hyphen
		if at < 4 || s[at] != '-' || !isYearDigits(s[at-4:at]) || at > 4 && isDigit(s[at-5]) {
			continue
		}
		out = append(out, t.cand(at-4, at, Date, "year of birth", `a year joined to "born"`, 0.75))
	}
	return out
}

// isYearDigits says whether s is four digits from 1900 to 2099.
func isYearDigits(s string) bool {
	return len(s) == 4 && (s[:2] == "19" || s[:2] == "20") && isDigit(s[2]) && isDigit(s[3])
}
