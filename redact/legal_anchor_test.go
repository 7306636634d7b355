package redact

import (
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// anchorTestTexts are our interviews, split into paragraphs, and hand-made cases that each
// anchor test must let through.
func anchorTestTexts(t *testing.T) []string {
	t.Helper()
	texts := []string{
		"He was wounded in the spring of that year. They were captured and later in the late winter sent back.",
		"She lives in Mersin and he grew up in Bursa; they moved back to Izmir. The village of Kalogrea, Greece.",
		"The company “Domgos” and the publishing house Aram hired the firm Kaya. The newspaper Özgür Gündem.",
		"the University of Vienna, the Hôpital de la Croix, the Université du Québec, School of Economics",
		"the Kayseri Administrative Court and the Berlin Social Court; the Ankara court. The Court's ruling.",
		"Aschaffenburg Labour Office, the Dornbirn District Administrative Authority, Istanbul Public Prosecutor",
		"MotoMeter AG, Pedro Emmanuel Solicitors, Kaya A.Ş., Nordic A/S, Foo S.A. and Bar s.r.o. and Baz Ltd.",
		"Wronki Prison, the Kim Co-operative, the Erich-Weinert-Ensemble and Sariwon Town Hall",
		"Royds Rdw, solicitors in London; Bobbetts Mackan, a firm of solicitors; Kaya Co,\tthe law firm lawyers; Cd, law firm",
		"membership of the Dev-Yol, an illegal armed organisation, the PRK-Rızgari; members of an Öcalan group; involvement in ETA; terrorist organization, The Cell",
		"the Socialist Women's Union, the Youth League, the Union of Agricultural Workers, Trade Unions, the Kim Il Sung Socialist Youth League, Farmers’ Ab Cd Federation, the Union of Ab Students, -Veterans League",
		"Etibank and Ziraatbank, ÖmerbankX, xÖmerbank; RA 7720413, UA-POW-25-0417, ВК 1120457, D-4840, AB 12-3, A 1-23",
		"their daughter Selma, married Marlene Willis, his fiancée Anna, a Turkish national, Mehmet Ali Ege",
		"I sold batteries and USB sticks at Sunam market. We used to trade rice in the jangmadang.",
		"we also sold it at the market; I would sell shoes on the Hyesan market stalls",
		"the only piano in our street; the video where the prisoner sings to the guards; this photo showing us",
		"my WeChat ID is jimin_88 and kc_yun_help, 12.05.2019 and user name rina.fox.82",
		"수수료는 절반 가까이, 브로커 비는 삼분의 일, 브로커비 몫몫 절반. 중개료가 아주아주아주아주 비싸서 사분의 삼이었다 중개비수수료 절반",
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*", "*.md"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n\n")...)
	}
	return texts
}

// The anchor tests (anchorTest) let a pattern skip an anchor or a window: each must say yes
// wherever its pattern matches, checked against the pattern itself on every paragraph of our
// interviews and on hand-made cases.
func TestAnchorTestsKeepEveryMatch(t *testing.T) {
	type atCase struct {
		name    string
		re      *regexp.Regexp // anchored
		anchors func(tx *Text) []int
		span    int
		ok      anchorTest
	}
	at := []atCase{
		{"seasonOfEvent", seasonOfEventAt, func(tx *Text) []int { return eventAnchors.find(tx)[0] }, 120, seasonAfter},
		{"placeCue", placeCueAt, func(tx *Text) []int { return placeAnchors.find(tx)[0] }, 60, placeCueOK},
		{"ofOrg", ofOrgAt, func(tx *Text) []int { return orgAnchors.find(tx)[2] }, 140, institutionOfOK},
		{"namedAfterKind", namedAfterKindAt, func(tx *Text) []int { return orgAnchors.find(tx)[4] }, 140, kindThenName},
	}
	// Patterns searched in windows: every match must hold an anchor whose test is true.
	type nearCase struct {
		name    string
		re      *regexp.Regexp
		anchors func(tx *Text) []int
		ok      anchorTest
		anyway  string // scanNearOK's word that is no anchor
	}
	near := []nearCase{
		{"companyName", companyName, func(tx *Text) []int {
			return mergeAnchors(orgAnchors.find(tx)[0], foldAnchors(tx, dottedForms...))
		}, legalFormOK, "A/S"},
		{"headedOrg", headedOrg, func(tx *Text) []int { return capitalAnchors(tx, orgAnchors.find(tx)[1]) }, headWordOK, "Co-operative"},
		{"localCourt", localCourt, func(tx *Text) []int { return orgAnchors.find(tx)[3] }, namedCourtOK, ""},
		{"localAuthority", localAuthority, func(tx *Text) []int { return orgAnchors.find(tx)[7] }, officeOK, ""},
		{"massOrg", massOrg, func(tx *Text) []int { return capitalAnchors(tx, orgAnchors.find(tx)[9]) }, massOK, ""},
		{"firmOfSolicitors", firmOfSolicitors, func(tx *Text) []int { return orgAnchors.find(tx)[5] }, firmOK, ""},
		{"bankName", bankName, func(tx *Text) []int { return substrAnchors(tx, "bank") }, bankOK, ""},
		{"memberOrg", memberOrg, func(tx *Text) []int { return orgAnchors.find(tx)[6] }, memberOK, ""},
		{"letterCode", letterCode, letterCodeAnchors, twoDigitsOK, ""},
		{"onlyOneInPlace", onlyOneInPlace, func(tx *Text) []int { return distinctiveAnchors.find(tx)[0] }, theOnly, ""},
		{"describedRecording", describedRecording, func(tx *Text) []int { return distinctiveAnchors.find(tx)[1] }, recordingShows, ""},
	}
	hits := map[string]int{}
	for _, text := range anchorTestTexts(t) {
		tx := NewText(text)
		s := tx.Norm
		for _, c := range at {
			for _, p := range c.anchors(tx) {
				if c.re.MatchString(s[p:min(len(s), p+c.span)]) {
					hits[c.name]++
					if !c.ok(tx, p) {
						t.Errorf("%s: the anchor test skips a match at %q", c.name, s[p:min(len(s), p+40)])
					}
				}
			}
		}
		// placeCueKept also turns away cues the detector drops: those no capital follows.
		for _, p := range placeAnchors.find(tx)[0] {
			if m := placeCueAt.FindStringIndex(s[p:min(len(s), p+60)]); m != nil && upperAt(s, p+m[1]) {
				hits["placeCueKept"]++
				if !placeCueKept(tx, p) {
					t.Errorf("placeCueKept skips a kept cue at %q", s[p:min(len(s), p+40)])
				}
			}
		}
		for _, c := range near {
			anchors := c.anchors(tx)
			for _, m := range c.re.FindAllStringIndex(s, -1) {
				hits[c.name]++
				found := c.anyway != "" && strings.Contains(s[m[0]:m[1]], c.anyway)
				for _, p := range anchors {
					if p >= m[0] && p < m[1] && c.ok(tx, p) {
						found = true
					}
				}
				if !found {
					t.Errorf("%s: no anchor test lets the match %q through", c.name, s[m[0]:m[1]])
				}
			}
		}
		// So does the Korean fee pattern.
		if want := feeFraction.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(feeFractionMatches(tx), want, slices.Equal[[]int]) {
			t.Errorf("feeFractionMatches differs from FindAll on %q", s)
		} else {
			hits["feeFraction"] += len(want)
		}
		// The goods pattern runs only where a match can start.
		if want := soldAtMarket.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(soldAtMarketMatches(tx), want, slices.Equal[[]int]) {
			t.Errorf("soldAtMarketMatches differs from FindAll on %q", s)
		} else {
			hits["soldAtMarket"] += len(want)
		}
	}
	// Each check means something only if its pattern matches somewhere.
	for _, c := range at {
		if hits[c.name] == 0 {
			t.Errorf("%s never matches: the texts no longer exercise it", c.name)
		}
	}
	for _, c := range near {
		if hits[c.name] == 0 {
			t.Errorf("%s never matches: the texts no longer exercise it", c.name)
		}
	}
	if hits["placeCueKept"] == 0 {
		t.Errorf("placeCueKept is never exercised")
	}
	if hits["feeFraction"] < 3 {
		t.Errorf("feeFraction matches %d times: the texts no longer exercise it", hits["feeFraction"])
	}
	if hits["soldAtMarket"] < 2 {
		t.Errorf("soldAtMarket matches %d times: the texts no longer exercise it", hits["soldAtMarket"])
	}
}

// The hand-written matchers and searches give what the code they replace gives.
func TestHandWrittenMatchersAgree(t *testing.T) {
	texts := anchorTestTexts(t)
	texts = append(texts, ", and Kim", " and Lee", ",Kim", "  and", ",\tand Park", "and", "",
		"a.s.a.s. s.a.s.a. no.no. nos. d.o.o.d.o.o", "sentenced to twenty-odd years' imprisonment",
		"a 12-year sentence, custody lasted eight days, served one and a half years, x.two years in prison",
		"SENTENCED TO Three Years, _two years in prison, two_years, 1234 years' jail, 12.5 years' custody, a-year probation",
		"Sentenced to ſix years; ſentenced to two years; detained for ſixty dayſ; imprisonment of Twenty-\u212Aind days; termſ of two years, sentenceſ of five days, cuſtody of two days, practiſe for three years",
		"three brothers, Twenty-One other persons, 12345 children, x3 sons, 12 co-accused; ſix ſiſters, two ſons, Four Brothers",
		"along with sixteen other co-accused and sixty-nine other defendants; 2 grandchildren, one-two children",
		"Plots nos. 260, 268 and 425; ID CARD No. 5; paſſport number 7; the Land Register nr. 4; xcase no. 3; identity card № 9",
		"case file no. IC 119/05, registration no. D-4840, title deed number 12, applications nos. 1/2, bloc\u212As no. 4, _file no. 8",
		"Mr Mrs Dr. K.H. Christoph; Mr.Kim, Mrs.  Kim, Mr. Dr.\tProf Professor von der Leyen said; Madame Madam X; Mr\tDr\nKim",
		"Messrs A.B. and C.D.; Mr Ch.-Sz. Kim Lee Park Choi Jung Yoon; Mr KIM JONG UN HIMSELF; Ms Ó Súilleabháin-Ní Bhriain",
		"Judge Ambassador Sir Dame Monsieur Herr Frau Mlle Mme Miss Müller; Professor Strobel; MrKim; Mrs; Dr.; Mr ",
		"Mr J. S. T. De la Cruz y Gasset ibn Saud; Dr Anne-Marie O’Neill-Lee’s; Mr. d’Arcy; Mr de Gaulle; Mr van",
		"강계 트랙터 공장, 탄광산, 3공장 A학교 교화소교화소 제철소제련소 농장병원 기업소. 공 장 학",
		"Mine: 광산 and the 학교; 공장",
		"Nampo glass factory workers, Kaechon women's prison, the Hamhung school mine, McKinley school, deBurgh factory",
		"Nampo factory school\tKim tractor mill\nO'Neill-Ré farm; Ünsan ssangyong cooperative_x; Ab miner; Ab minefarm; A b c d mine",
		"Éé\u0301 hospital, Ǆx college, ǅx college, Σa shipyard's, X-y\u2019z smelter, AB CD university, A  school, Ab two three mill",
		"Wronki Prison No. 12345, Wronki Prison No.7x, Wronki Prison No. 77, Kim Co-operative, A B C D E F Hospital, Aé Bank\xff, Kim Mine_, Kim Minefield, Kim Remand Prison, Kim Remand Centrex, Kim Police Stations",
		"X&Y./Z’1 Plant, ǅa Farm, É\u0301 Town Hall No.\t9, Σ\tBank\nKim Club, Erich-Weinert-Ensemble, A-B Works, A. B. Railways No. 1 2, Hotel Hotel Hotel Hotel Hotel, Kim Bar Association",
		"Ab\xffc farm, Ab c\xff mine, Ab Cd plant, Ab cd Ef plant, Ab cd ef gh plant, Ab cd ef plant, Ab cd plantation, Ab mill2",
		"0123456789/:@`\x7f\x80\xb0\xb9\xba\xff 1 2, 3.4 5 x 6  7,8.9 12345678 a1b2c3d4e5 ９ ¹²³ 0")
	totalHangulWorkplaces := 0
	defer func() {
		if totalHangulWorkplaces < 20 {
			t.Errorf("the Korean workplace nouns stand %d times: the texts no longer exercise them", totalHangulWorkplaces)
		}
	}()
	titledNameAt := anchored(titledName)
	totalTitled := 0
	defer func() {
		if totalTitled < 30 {
			t.Errorf("titledName matches %d times: the texts no longer exercise it", totalTitled)
		}
	}()
	totalCues, totalDurations, totalWordStartMatches := 0, 0, 0
	defer func() {
		if totalCues < 10 || totalDurations < 5 || totalWordStartMatches < 50 {
			t.Errorf("the cue patterns match %d times, legalDuration %d, the word-start patterns %d: the texts no longer exercise them",
				totalCues, totalDurations, totalWordStartMatches)
		}
	}()
	for _, text := range texts {
		tx := NewText(text)
		s := tx.Norm
		for i := range len(s) + 1 {
			want := 0
			if m := listNext.FindStringIndex(s[i:]); m != nil {
				want = m[1]
			}
			if got := listNextLen(s[i:]); got != want {
				t.Errorf("listNextLen(%q) = %d, listNext says %d", s[i:min(len(s), i+10)], got, want)
			}
		}
		for _, words := range [][]string{dottedForms, {"no.", "nos.", "number", "nr", "№"}} {
			if got, want := foldAnchors(tx, words...), naiveFoldAnchors(tx.Fold, words...); !slices.Equal(got, want) {
				t.Errorf("foldAnchors(%v) = %v, want %v", words, got, want)
			}
		}
		var numbers []int // findNumberAnchors' walk, a byte at a time
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				continue
			}
			numbers = append(numbers, i)
			for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == ',' || s[i] == '.' || s[i] == ' ') {
				if s[i] == ' ' && (i+1 >= len(s) || s[i+1] < '0' || s[i+1] > '9') {
					break
				}
				i++
			}
		}
		if got := findNumberAnchors(tx); !slices.Equal(got, numbers) {
			t.Errorf("findNumberAnchors = %v, a walk byte by byte finds %v", got, numbers)
		}
		for i := 0; i+8 <= len(s); i++ {
			var want uint64
			for k := range 8 {
				if s[i+k] >= '0' && s[i+k] <= '9' {
					want |= 0x80 << (8 * k)
				}
			}
			if got := digitBytes(load64(s[i:])); got != want {
				t.Errorf("digitBytes(%q) = %x, want %x", s[i:i+8], got, want)
			}
		}
		var hangulNouns []int
		for _, w := range hangulWorkplaceNouns {
			hangulNouns = append(hangulNouns, substrAnchors(tx, w)...)
		}
		totalHangulWorkplaces += len(hangulNouns)
		for c := 0; c <= len(text); c += 7 {
			all := strings.Fields(strings.ToLower(text[:c]))
			got := strings.Fields(strings.ToLower(lastFields(text[:c], 4)))
			if n := min(4, len(all)); len(got) < n || !slices.Equal(got[len(got)-n:], all[len(all)-n:]) {
				t.Errorf("lastFields keeps %q of %q", got, all[len(all)-n:])
			}
		}
		cues := 0
		for p := range len(s) {
			// titledNameMatch, where the pattern may match: at an ASCII capital that starts
			// a word (its titles start so, and "\b" needs it).
			if isUpperASCII(s[p]) && (p == 0 || !isRegexpWordByte(s[p-1])) {
				w := s[p:min(len(s), p+160)]
				want := titledNameAt.FindStringSubmatchIndex(w)
				if got := titledNameMatch(w); !slices.Equal(got, want) {
					t.Errorf("titledNameMatch(%q) = %v, the pattern says %v", w, got, want)
				}
				totalTitled += len(want) / 6
			}
			w := s[p:min(len(s), p+40)]
			for _, c := range []struct {
				re  *regexp.Regexp
				end func(string) int
			}{{kinCueAt, kinCueEnd}, {nationalCueAt, nationalCueEnd}} {
				want := c.re.FindStringIndex(w)
				if got := c.end(w); want == nil && got != 0 || want != nil && (want[0] != 0 || want[1] != got) {
					t.Errorf("%s at %q: %v, the pattern says %v", c.re, w, got, want)
				}
				cues += len(want) / 2
			}
			want := occupationWords.FindStringIndex(s[p:])
			if got := []int(nil); lowerOrHyphenAt(s, p) {
				got = occupationWords.FindStringIndex(s[p:spaceBound(s, p, 3)])
				if !slices.Equal(got, want) {
					t.Errorf("occupationWords bounded at %q: %v, unbounded %v", s[p:min(len(s), p+40)], got, want)
				}
			} else if want != nil {
				t.Errorf("lowerOrHyphenAt skips occupationWords' match at %q", s[p:min(len(s), p+40)])
			}
			if !upperAt(s, p) {
				continue
			}
			if want, got := nameRun.FindStringIndex(s[p:]), nameRun.FindStringIndex(s[p:nameRunEnd(s, p)]); !slices.Equal(got, want) {
				t.Errorf("nameRun bounded at %q: %v, unbounded %v", s[p:min(len(s), p+40)], got, want)
			}
		}
		// The duration patterns, tried at word starts only, find what FindAll finds: on the
		// whole text, and from a few offsets inside a word or after one; on the text before
		// NFKC too, which may hold "ſ" and the Kelvin sign.
		for _, src := range []string{s, text} {
			for _, from := range []int{0, 1, 2, 5, 11} {
				if from > len(src) {
					break
				}
				w := src[from:]
				for _, c := range []struct {
					re   *regexp.Regexp
					find func(string) [][]int
				}{{legalDuration, findDurations}, {legalGroupCount, findGroupCounts}, {cuedCode, findCuedCodes},
					{localWorkplace, findLocalWorkplaces}, {headedOrg, findHeadedOrgs}} {
					want := c.re.FindAllStringSubmatchIndex(w, -1)
					if got := c.find(w); !slices.EqualFunc(got, want, slices.Equal[[]int]) {
						t.Errorf("%.30s on %q: %v, the pattern says %v", c.re, w, got, want)
					}
					totalWordStartMatches += len(want)
				}
			}
		}
		// Every duration holds what hasDurationSpan looks for.
		for _, m := range legalDuration.FindAllStringIndex(s, -1) {
			totalDurations++
			if !hasDurationSpan(tx.Fold[m[0]:m[1]]) {
				t.Errorf("hasDurationSpan skips the duration %q", s[m[0]:m[1]])
			}
		}
		totalCues += cues
		// cueBefore finds a messenger cue only where handleCueNear says one may stand.
		ws, cls := tx.wordList(), tx.classes()
		for i, w := range ws {
			if _, ok := cueBefore(tx.Fold, w.start, 80, handleCues); ok && !handleCueNear(tx.Fold, ws, cls, i, w.start, 80) {
				t.Errorf("handleCueNear misses the cue before %q", tx.Fold[w.start:w.end])
			}
		}
	}
}

// digitBytes finds exactly the ASCII digits of eight bytes, whatever bytes stand beside them.
func TestDigitBytes(t *testing.T) {
	for b := range 256 {
		for _, other := range []uint64{0x00, 0x2F, 0x30, 0x39, 0x3A, 0x7F, 0x80, 0xB0, 0xB9, 0xFF} {
			for k := range 8 {
				var v, want uint64
				for j := range 8 {
					c := other
					if j == k {
						c = uint64(b)
					}
					v |= c << (8 * j)
					if c >= '0' && c <= '9' {
						want |= 0x80 << (8 * j)
					}
				}
				if got := digitBytes(v); got != want {
					t.Fatalf("digitBytes(%016x) = %016x, want %016x", v, got, want)
				}
			}
		}
	}
}

// TestNumberAnchorsRandom holds findNumberAnchors' walk over the words with a digit to a walk
// byte by byte, on texts of digits beside separators, marks, Hangul and other characters.
func TestNumberAnchorsRandom(t *testing.T) {
	pieces := []string{"1", "23", "4", ",", ".", " ", "  ", "\n", "a", "-", "/", "_", "é", "\u0301", "한", "٣", "²", "①", "+", "(", "x1"}
	r := rand.New(rand.NewSource(7))
	for range 5000 {
		var b strings.Builder
		for range r.Intn(40) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		tx := NewText(b.String())
		s := tx.Norm
		var want []int
		for i := 0; i < len(s); i++ {
			if isDigit(s[i]) {
				want = append(want, i)
				i = numberRunEnd(s, i)
			}
		}
		if got := findNumberAnchors(tx); !slices.Equal(got, want) {
			t.Fatalf("findNumberAnchors(%q) = %v, want %v", s, got, want)
		}
	}
}

// naiveFoldAnchors is foldAnchors by a search per word: the offsets in f of each word that
// starts f, follows a byte that is not a letter, or starts with a space.
func naiveFoldAnchors(f string, words ...string) []int {
	var out []int
	for _, w := range words {
		for off := 0; ; {
			i := strings.Index(f[off:], w)
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(w)
			if w[0] == ' ' || at == 0 || !isLetterByte(f[at-1]) {
				out = append(out, at)
			}
		}
	}
	slices.Sort(out)
	return out
}
