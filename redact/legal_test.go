package redact

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// legalFound runs one detector and returns the surface forms it found, in order.
func legalFound(d detector, s string) []string {
	t := NewText(s)
	var out []string
	for _, c := range d.detect(t, &Gazetteer{}) {
		out = append(out, s[c.Start:c.End])
	}
	return out
}

func TestLegalCaseDetector(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"application number", "The case originated in an application (no. 19124/02) against Germany.", []string{"19124/02"}},
		{"several applications", "applications nos. 26480/95, 28291/95 and 29280/95 were joined", []string{"26480/95", "28291/95", "29280/95"}},
		{"case number at sentence end", "He was tried under case no. 1996/302. On 10 April", []string{"1996/302"}},
		{"plot list", "registered under the plots nos. 260, 268, 45, 119/5 and 425.", []string{"119/5", "260", "268", "45", "425"}},
		{"sheet and plan", "plot no. 937, sheet/plan 3/21.2.3; a certificate", []string{"3/21.2.3", "937"}},
		{"registration code", "the land was entered under registration no. D-4840. On this land", []string{"D-4840"}},
		{"file with letters", "the note indicates case file no. IC 119/05.", []string{"119/05", "IC 119/05"}},
		{"service number", "his service number was RA 7720413 and his tag UA-POW-25-0417.", []string{"RA 7720413", "UA-POW-25-0417"}},
		{"cyrillic prefix", "военный билет ВК 1120457", []string{"ВК 1120457"}},
		{"Korean case number", "사건번호 2018-형-0417 로", []string{"2018-형-0417"}},
		{"Korean case number, joined", "사건 2019고단1234 판결", []string{"2019고단1234"}},
		{"Korean date is no case number", "2019년 3월 12일에", nil},
		{"sums and citation years stay", "EUR 4000 and ECHR 2008 and PLN 1500", nil},
		{"law report", "as the Supreme Court held in NJA 2005 p. 884 and in [2001] 3 WLR 206", []string{"NJA 2005 p. 884", "3 WLR 206"}},
		{"protocol and law stay", "Protocol No. 11 came into force; Law no. 3953 of 27 December 1993 applies.", nil},
		{"article stays", "Article 6 § 1 of the Convention and Article 29 § 3", nil},
		{"decimal stays", "a rate of 4.5 per cent and 1,500 euros", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, legalFound(legalCaseDetector{}, tt.text))
		})
	}
}

func TestLegalPersonDetector(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"titled full name", "by a German national, Ms Gisela Kirsten (“the applicant”)", []string{"Gisela Kirsten", "Kirsten"}},
		{"initials and hyphen", "represented by their Agent, Mrs A. Wittling-Vogel, Ministerialrätin", []string{"A. Wittling-Vogel", "Wittling-Vogel"}},
		{"spaced initials", "represented by Mr M. N. Eldem, a lawyer", []string{"M. N. Eldem", "Eldem"}},
		{"titles stay readable", "an Austrian national, Dr. Heidemarie Abrahamian (“the applicant”)", []string{"Heidemarie Abrahamian", "Abrahamian"}},
		{"a name is not an initial", "The guard was called Jo. Only Jo, a sergeant, knew.", []string{"Jo"}},
		{"initials only", "the applicant replied that Mr J.S. Further, she claimed", []string{"J.S."}},
		{"possessive", "under Mrs Willis's occupational pension scheme", []string{"Willis"}},
		{"surname alone later", "Mr Karl Strobel sued. Strobel lost.", []string{"Karl Strobel", "Strobel", "Strobel"}},
		{"several applicants", "by two Turkish nationals, Melahat Filiz and Nadir Kalkan (“the applicants”)", []string{"Melahat Filiz", "Nadir Kalkan", "Filiz", "Kalkan"}},
		{"relative", "They had a child, Selma, who was born in 2003.", []string{"Selma"}},
		{"a place called", "We lived in a town called Hyesan and a river named Tumen.", nil},
		{"a person called", "A broker called Piao Yuzhen helped us.", []string{"Piao Yuzhen", "Yuzhen"}},
		{"bare initials", "The authority noted that F.E., also a member, agreed.", []string{"F.E."}},
		{"heading is not a name", "\nA. Proceedings before the courts\n", nil},
		{"abbreviation is not a person", "The U.S. Government and the U.K. Government replied.", nil},
		{"capitalised act after kin word stays", "under the Federal Child Benefits Act", nil},
		{"title before an institution stays", "Mr Court was not named; the Government replied.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, legalFound(legalPersonDetector{}, tt.text))
		})
	}
}

func TestLegalOrgDetector(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"company", "the applicant worked for MotoMeter AG until 1995", []string{"MotoMeter AG"}},
		{"solicitors", "represented by Pedro Emmanuel Solicitors, lawyers practising in London", []string{"Pedro Emmanuel Solicitors"}},
		{"prison with gloss", "a note sent from Sztum Prison (Zakład Karny) on 21 December", []string{"Sztum Prison (Zakład Karny)"}},
		{"university of", "a research institute at the University of Köln (Germany)", []string{"University of Köln (Germany)"}},
		{"local court", "On 13 January 1995 the Berlin Social Court referred the case", []string{"Berlin Social Court"}},
		{"local court of first instance", "proceedings before the Beyoğlu Court of First Instance for permission", []string{"Beyoğlu Court of First Instance"}},
		{"local authority", "the Dornbirn District Administrative Authority issued an order", []string{"Dornbirn District Administrative Authority"}},
		{"proscribed organisation", "membership of the PKK (the Kurdistan Workers' Party), an illegal", []string{"PKK (the Kurdistan Workers' Party)"}},
		{"national courts stay", "the Supreme Court and the Federal Constitutional Court and the Court of Cassation", nil},
		{"government stays", "The Turkish Government and the Ministry of Justice replied.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, legalFound(legalOrgDetector{}, tt.text))
		})
	}
}

func TestLegalPlaceDetector(t *testing.T) {
	g := &Gazetteer{Places: map[string]PlaceEntry{"turkey": {Name: "Turkey", Kind: "country"},
		"frankfurt": {Name: "Frankfurt", Kind: "city", Country: "Germany"}}}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"lives in", "The applicant was born in 1944 and lives in Mersin.", []string{"Mersin"}},
		{"with its country", "He lives in Częstochowa, Poland. In June", []string{"Częstochowa, Poland"}},
		{"capitalised cue", "a village in the District of Kyrenia. During", []string{"District of Kyrenia"}},
		{"lawyer's town", "represented by Mr Y. Hoş, a lawyer practising in Frankfurt am Main.", []string{"Frankfurt am Main"}},
		{"village of", "their house in the village of Kalogrea was taken", []string{"Kalogrea"}},
		{"country stays", "He lives in Turkey.", nil},
		{"institution stays", "He was detained in the Prison of Sztum and lives in the United Kingdom.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range (legalPlaceDetector{}).detect(NewText(tt.text), g) {
				assert.Equal(t, Place, c.Category)
				if c.Place != nil && c.Place.Name == "Frankfurt am Main" {
					assert.Equal(t, "Germany", c.Place.Country, "the country of the town's first word")
					assert.Greater(t, c.Score, 0.9, "the whole name wins over its first word")
				}
				got = append(got, tt.text[c.Start:c.End])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestLegalDemDetector(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"occupation with modifier", "From 1960 she worked as a ballet dancer for the company.", []string{"ballet dancer"}},
		{"two modifiers", "He was a primary school teacher in Van.", []string{"primary school teacher"}},
		{"former is not part of it", "She is a former nurse.", []string{"nurse"}},
		{"counts are not part of it", "Hye-sun works with two brokers, one for money", []string{"brokers"}},
		{"first person, capitalised cue", "I am a kindergarten teacher in Suwon. As her homeroom teacher I knew.", []string{"kindergarten teacher", "homeroom teacher"}},
		{"apposition", "the applicant, a primary school teacher in Van, was dismissed", []string{"primary school teacher"}},
		{"participle is not part of it", "they were working miners", []string{"miners"}},
		{"minority", "the Sami villages and the Jehovah’s Witnesses", []string{"Sami", "Jehovah’s Witnesses"}},
		{"stated nationality", "by a Turkish national, who is a German resident", []string{"Turkish"}},
		{"adjective alone stays", "the Turkish courts and German law", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range (legalDemDetector{}).detect(NewText(tt.text), &Gazetteer{}) {
				assert.Equal(t, Demographic, c.Category)
				got = append(got, tt.text[c.Start:c.End])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestLegalMoneyDetector(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"code first", "the court awarded the applicant PLN 85,000 in compensation", []string{"PLN 85,000"}},
		{"code after", "and a fine of 100,000,000 TRL. The applicant appealed", []string{"100,000,000 TRL"}},
		{"words and gloss", "a total of 200,000 Turkish liras (TRY) was requested", []string{"200,000 Turkish liras (TRY)"}},
		{"bracketed conversion", "a pension of PLN 552.21 [approx. EUR 138]. He further", []string{"PLN 552.21 [approx. EUR 138]"}},
		{"schillings", "to pay a fine of 1,500 Austrian schillings with two days", []string{"1,500 Austrian schillings"}},
		{"plain numbers stay", "Article 125 of the Criminal Code, 1,500 metres, in 1995", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range (legalMoneyDetector{}).detect(NewText(tt.text), &Gazetteer{}) {
				assert.Equal(t, Money, c.Category)
				got = append(got, tt.text[c.Start:c.End])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestLegalDurationDetector(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"sentenced to", "It sentenced the applicant to six years’ imprisonment under Article 146.", []string{"six years"}},
		{"years imprisonment", "He was convicted and given 14 years' imprisonment.", []string{"14 years"}},
		{"custody lasted", "their detention in police custody lasted eight days without", []string{"eight days"}},
		{"sentence of", "a sentence of 18 years could have been expected", []string{"18 years"}},
		{"co-defendants", "charging the applicant, along with sixteen other persons, under Article 125", []string{"sixteen other persons"}},
		{"children", "She had three children and lived alone.", []string{"three children"}},
		{"time limits stay", "an appeal must be lodged within 42 days; the proceedings lasted two years", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range (legalDurationDetector{}).detect(NewText(tt.text), &Gazetteer{}) {
				assert.Equal(t, Quantity, c.Category)
				got = append(got, tt.text[c.Start:c.End])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestLegalOrgMembershipAndFirms(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"member organisation with gloss", "membership of an illegal armed organisation, the Dev-Yol (Revolutionary Way).", []string{"Dev-Yol (Revolutionary Way)"}},
		{"law firm", "The applicant was represented by Royds Rdw, solicitors in London.", []string{"Royds Rdw"}},
		{"company after its kind", "produced by the Swedish company Strix Television AB. It was sent", []string{"Strix Television AB"}},
		{"quoted company", "a claim against a company “Domgos” before the court", []string{"Domgos"}},
		{"numbered school", "We went to the Kilju Girls' Middle School No. 2. We learned", []string{"Kilju Girls' Middle School No. 2"}},
		{"workplace in lower case", "an accident at the Nampo glass factory. She was sent to the Kaechon women's prison", []string{"Nampo glass factory", "Kaechon women's prison"}},
		{"Hangul workplace", "아버지는 강계 트랙터 공장에서 일해요.", []string{"강계 트랙터 공장"}},
		{"verbs are not workplaces", "Sarah works at a school. Sung from school. 노래를 잘해서 학교에 갔어요.", nil},
		{"bank", "he was employed to work for Etibank, a State-owned company", []string{"Etibank"}},
		{"lower-case court", "the Court of Cassation upheld the decision of the Beyoğlu court.", []string{"Beyoğlu court"}},
		{"public membership stays", "a member of the European Parliament and of the Council", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, legalFound(legalOrgDetector{}, tt.text))
		})
	}
}

// FuzzLegalDetectors checks that the court-style detectors never panic and only propose
// spans that are valid, non-empty and on character boundaries of the original text.
func FuzzLegalDetectors(f *testing.F) {
	for _, s := range []string{
		"The case originated in an application (no. 19124/02) by a German national, Ms Gisela Kirsten.",
		"On 13 January 1995 the Berlin Social Court awarded PLN 552.21 [approx. EUR 138] to Mr K.H. Christoph.",
		"He lives in Częstochowa, Poland, and was sentenced to two and a half years’ imprisonment.",
		"사건번호 2018-형-0417, РА 7720413, Dr. Kim, the PKK (the Kurdistan Workers' Party)",
		"Mr \u200bJ.S.\u00ad Further, EUR", "no. ", "Mr", "¥", "",
	} {
		f.Add(s)
	}
	dets := []detector{legalCaseDetector{}, legalPersonDetector{}, legalOrgDetector{}, legalPlaceDetector{},
		legalDemDetector{}, legalMoneyDetector{}, legalDurationDetector{}}
	g := &Gazetteer{Places: map[string]PlaceEntry{"poland": {Name: "Poland", Kind: "country"}}}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip("the engine refuses text that is not UTF-8 before any detector runs")
		}
		text := NewText(s)
		for _, d := range dets {
			for _, c := range d.detect(text, g) {
				if c.Start < 0 || c.End > len(s) || c.Start >= c.End {
					t.Fatalf("%s: span [%d, %d) outside the text of %d bytes", d.name(), c.Start, c.End, len(s))
				}
				if !utf8.RuneStart(s[c.Start]) || c.End < len(s) && !utf8.RuneStart(s[c.End]) {
					t.Fatalf("%s: span [%d, %d) cuts a character", d.name(), c.Start, c.End)
				}
			}
		}
	})
}

// TestFindOccupationCuesAgreesWithRegexp: the hand-written cue finder returns what the
// occupationCue regexp does, on the interviews, the gold texts and edge cases.
func TestFindOccupationCuesAgreesWithRegexp(t *testing.T) {
	texts := []string{
		"He worked as a teacher. She was an engineer, and they were the doctors.",
		"WAS A nurse; Was the x; was\ta cook; was  a cook; was\n", "job as a driver, post of judge, career as lawyer",
		"job  as a; jobs as a; the applicant, a farmer; applicants,  x; was_a; x_was a; éwas a; 1was a",
		"became a became an became the; am a", "as", "as ", "is a", "is an", "a was", "worked,as a",
		"Job As An architect", "career as", "post of", "post ofx", "reworked as a", "workedas a",
	}
	for _, dir := range []string{"../testdata/interviews", "../testdata/gold"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
		for _, fn := range files {
			if b, err := os.ReadFile(fn); err == nil {
				texts = append(texts, strings.Split(string(b), "\n")...)
			}
		}
	}
	pieces := []string{"was", "WAS", "as", "job", "post", "of", "career", "applicant", "applicants", ",", " ", "  ",
		"\t", "\n", "a", "an", "the", "A", "x", "_", "é", "1", "worked", "Am", "is", "were"}
	rng := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(10); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		want := occupationCue.FindAllStringSubmatchIndex(s, -1)
		got := findOccupationCues(s)
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		require.Equal(t, want, got, "%q", s)
	}
}

// TestFindLocalWorkplacesAgreesWithRegexp: the hand-written localWorkplace matcher returns
// what the regexp does, on strings made of the pattern's pieces (the interviews are checked
// in TestHandWrittenMatchersAgree).
func TestFindLocalWorkplacesAgreesWithRegexp(t *testing.T) {
	pieces := []string{"Nampo", "Kim", "A", "É", "ǅ", "é\u0301", "glass", "women's", "x-y", "’", "-", "'", "Ab", "aB",
		"factory", "mine", "miner", "mill", "school", "farm", "college", "s", "_", "1", ".", ",", " ", " ", " ", "  ",
		"\t", "\n", "\xff", "한", "cd", "Σ"}
	rng := rand.New(rand.NewPCG(5, 6))
	matched := 0
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		for k := rng.IntN(12); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := localWorkplace.FindAllStringSubmatchIndex(s, -1)
		got := findLocalWorkplaces(s)
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		matched++
		require.Equal(t, want, got, "%q", s)
	}
	if matched < 1000 {
		t.Errorf("only %d strings match: the pieces no longer exercise the pattern", matched)
	}
}

// TestFindHeadedOrgsAgreesWithRegexp: the hand-written headedOrg matcher returns what the
// regexp does, on strings made of the pattern's pieces.
func TestFindHeadedOrgsAgreesWithRegexp(t *testing.T) {
	pieces := []string{"Kim", "A", "É", "ǅ", "é\u0301", "Σ", "x", "X&Y", "A.", "A/B", "O’Neill", "1", "_", ",", " ", " ", " ",
		"  ", "\t", "\n", "\xff", "한", "No.", "No", "12", "34567", "Hospital", "Mine", "Minefield", "Remand", "Centre",
		"Prison", "Police", "Station", "Co-operative", "Cooperative", "Town", "Hall", "Bank", "Works", "Railways"}
	rng := rand.New(rand.NewPCG(7, 8))
	matched := 0
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		for k := rng.IntN(12); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := headedOrg.FindAllStringSubmatchIndex(s, -1)
		got := findHeadedOrgs(s)
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		matched++
		require.Equal(t, want, got, "%q", s)
	}
	if matched < 1000 {
		t.Errorf("only %d strings match: the pieces no longer exercise the pattern", matched)
	}
}

// TestLegalEntity: legalEntity is "legal:" + strings.ToLower(name), ASCII or not.
func TestLegalEntity(t *testing.T) {
	names := []string{"", "Kim", "MARLENE WILLIS", "O’Neill", "Ó Súilleabháin", "ǅx", "İstanbul", "A.B. Surname", "\xff", "x_1-Y"}
	rng := rand.New(rand.NewPCG(9, 10))
	for n := 0; n < 2000; n++ {
		b := make([]byte, rng.IntN(12))
		for k := range b {
			b[k] = byte(rng.IntN(256))
		}
		names = append(names, string(b))
	}
	for _, name := range names {
		require.Equal(t, "legal:"+strings.ToLower(name), legalEntity(name), "%q", name)
	}
}

// TestDedupeCandidates: dedupeCandidates keeps the first candidate of each span and
// category, in order, for short lists (compared with the ones kept) and long (a map) alike.
func TestDedupeCandidates(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for n := 0; n < 3000; n++ {
		cs := make([]Candidate, rng.IntN(80))
		for k := range cs {
			cs[k] = Candidate{Start: rng.IntN(6), End: rng.IntN(6), Category: []Category{Person, Place, Demographic}[rng.IntN(3)], Score: float64(k)}
		}
		var want []Candidate
		type key struct {
			s, e int
			c    Category
		}
		seen := map[key]bool{}
		for _, c := range cs {
			if k := (key{c.Start, c.End, c.Category}); !seen[k] {
				seen[k] = true
				want = append(want, c)
			}
		}
		got := dedupeCandidates(append([]Candidate(nil), cs...))
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		require.Equal(t, want, got)
	}
}
