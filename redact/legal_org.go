package redact

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// legalOrgDetector finds organisations that point to a person: the companies, hospitals,
// schools, prisons and local offices of their life, the local court that heard their case,
// and organisations whose membership endangers them. States, ministries, national courts and
// international bodies are not found here, and the public-bodies allow list keeps them
// readable if another detector proposes them. Spans are workplaces (the category for
// organisations of private persons).
type legalOrgDetector struct{}

func init() { register(legalOrgDetector{}) }

func (legalOrgDetector) name() string { return "legal_org" }

// maskLocalCourts says whether a court named after its town ("Kayseri Administrative Court")
// is removed. It narrows where the case was heard to one town; national courts stay.
const maskLocalCourts = true

// orgScore ranks a named organisation above a place name inside it (places score 0.9): the
// whole "Kayseri Administrative Court" is one entity and is generalized as one, rather than
// "Kayseri" staying readable as a province while the rest of the name goes.
const orgScore = 0.92

// maskLocalAuthorities says whether an administrative office named after its town is removed.
const maskLocalAuthorities = true

const orgWord = `\p{Lu}[\p{L}\p{M}\d&'’./-]*`

// fieldOfStudy is the second field a university or an academy is named for after "and"
// ("of Science and Technology", "of Arts and Sciences").
const fieldOfStudy = `(?:Technology|Sciences?|Arts|Engineering|Medicine|Economics|Letters|Law|Commerce|Industry|Agriculture|Culture|Music|Design|Management|Humanities)\b`

var (
	// companyName is capitalised words then a legal form: "MotoMeter AG", "Pedro Emmanuel
	// Solicitors", "Şirket A.Ş.".
	companyName = regexp.MustCompile(`((?:` + orgWord + `\s){1,5}(?:Ltd\.?|Limited|GmbH|AG|A\.Ş\.?|AŞ|S\.A\.|S\.A\.R\.L\.|SARL|Inc\.?|plc|PLC|LLC|Corporation|Corp\.|Co\.|KG|OHG|Sp\. z o\.o\.|S\.p\.A\.|B\.V\.|N\.V\.|Oy|Oyj|AB|ASA|A/S|ApS|SpA|S\.r\.l\.|Srl|SE|Kft\.?|Zrt\.?|s\.r\.o\.|a\.s\.|d\.o\.o\.|OOO|ZAO|JSC|Solicitors))(?:[^\p{L}\p{M}\d]|$)`)
	// headedOrg is capitalised words then a word that names a local institution: "Wronki
	// Prison", "Klagenfurt University", "Erich-Weinert-Ensemble". The detector matches it by
	// hand (findHeadedOrgs); the tests hold the two together.
	headedOrg = regexp.MustCompile(`((?:` + orgWord + `\s){1,4}(?:Hospital|Clinic|University|School|College|Gymnasium|Lyceum|Prison|Remand Centre|Remand Prison|Detention Centre|Police Station|Police Headquarters|Police Department|Police Directorate|Police Authority|Security Directorate|Gendarmerie Command|Gendarmerie Station|Municipality|Town Hall|Bar Association|Factory|Mine|Plant|Farm|Cooperative|Co-operative|Bank|Hotel|Restaurant|Church|Mosque|Parish|Association|Foundation|Club|Ensemble|Theatre|Orchestra|Company|Works|Railways)(?:\sNo\.\s?\d{1,4})?)\b`)
	// localWorkplace is a town's name then a workplace in lower case: "Nampo glass factory",
	// "Kaechon women's prison". Matched by hand too (findLocalWorkplaces).
	localWorkplace = regexp.MustCompile(`(\p{Lu}[\p{L}\p{M}'’-]+(?:\s[\p{Ll}'’-]+){0,2}\s(?:factory|prison|mine|plant|mill|school|hospital|farm|cooperative|enterprise|shipyard|smelter|university|college))\b`)
	// hangulWorkplace is a Korean workplace named after its town: "강계 트랙터 공장",
	// "해주 시멘트 공장" (particles may follow).
	hangulWorkplace = regexp.MustCompile(`([가-힣]{2,}\s(?:[가-힣]{1,6}\s)?(?:공장|광산|탄광|농장|협동농장|학교|중학교|병원|교화소|기업소|제철소|제련소))`)
	// ofOrg is an institution word then "of"/"du"/"de" and its name: "University of Vienna",
	// "Clinique du Parc", with a second field of study after "and" ("University of Science
	// and Technology").
	ofOrg = regexp.MustCompile(`\b((?:Hospital|Clinic|Clinique|Hôpital|University|Université|School|Prison|Municipality|Bank|Church|Mosque|Parish|Faculty|Institute|Academy)\s(?:of|du|de la|de|des|di|der)\s` + orgWord + `(?:\s` + orgWord + `){0,3}(?:\sand\s` + fieldOfStudy + `)?)`)
	// localCourt is a court named after its town: "Kayseri Administrative Court", "Berlin
	// Social Court", "Beyoğlu Court of First Instance".
	localCourt = regexp.MustCompile(`(` + orgWord + `(?:\s` + orgWord + `)?\s(?:(?:State Security|Civil|Criminal|Administrative|Labour|District|Regional|Assize|Magistrates['’]?|Family|Juvenile|Commercial|County|Provincial|Military|Peace|Cadastral|Social|Employment|Heavy Penal|Penal|Land|Tax|Public|Appeal|Appeals)\s){0,3}[Cc]ourt(?:\sof\s(?:First[ -][Ii]nstance|Appeal|Justice))?)\b`)
	// namedAfterKind is an organisation introduced by what it is: "the Swedish company TV3
	// AB", "a company “Domgos”", "the publishing house Aram", "the newspaper Özgür Gündem".
	namedAfterKind   = regexp.MustCompile(`\b(?:company|firm|channel|newspaper|magazine|periodical|publishing house|publisher|employer|factory|enterprise|cooperative|association|foundation|party|broadcaster|station) [“"«]?(\p{Lu}[\p{L}\p{M}\d&'’.-]*(?:\s(?:\p{Lu}[\p{L}\p{M}\d&'’.-]*|ve|and|&|de|du|of)){0,4})[”"»]?`)
	ofOrgAt          = anchored(ofOrg)
	namedAfterKindAt = anchored(namedAfterKind)
	// firmOfSolicitors is a law firm named before what it is: "Royds Rdw, solicitors in
	// London", "Bobbetts Mackan, a firm of solicitors".
	firmOfSolicitors = regexp.MustCompile(`((?:` + orgWord + `\s){0,3}` + orgWord + `),\s(?:a firm of |a law firm|the law firm )?(?:solicitors|lawyers|advocates|attorneys|law firm)\b`)
	// bankName is a one-word bank: "Etibank", "Ziraatbank".
	bankName = regexp.MustCompile(`\b(\p{Lu}[\p{L}\p{M}]+bank)\b`)
	// memberOrg is the organisation someone is accused of belonging to: "membership of the
	// Dev-Yol", "an illegal armed organisation, the PRK-Rızgari".
	memberOrg = regexp.MustCompile(`\b(?:membership of|member of|members of|illegal (?:armed |terrorist )?organi[sz]ation,?|terrorist organi[sz]ation,?|involvement in) (?:the |an? )?(\p{Lu}[\p{L}\p{M}\d'’-]*(?:\s\p{Lu}[\p{L}\p{M}\d'’-]*){0,3})`)
	// localAuthority is an administrative office named after its town: "Dornbirn District
	// Administrative Authority", "Aschaffenburg Labour Office".
	localAuthority = regexp.MustCompile(`(` + orgWord + `\s(?:` + orgWord + `\s){0,3}(?:Authority|Office|Directorate|Police|Police District|Administration|Public Prosecutor|Public Prosecutor['’]s Office|Chief Public Prosecutor|Prosecutor['’]s Office|Council|City Council|District Council|Gendarmerie Command|Gendarmerie Commandership|Bar|Governorship|Governor['’]s Office|Remand Centre|Penitentiary Commission|Land Registry|Registry Office|Revenue Office|Tax Office|Civil Registry))\b`)
	// chamberOf is the chamber or section of a court: "the Ninth Chamber of the".
	chamberOf = regexp.MustCompile(`(?:\b(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|\d{1,2}(?:st|nd|rd|th)) (?:Chamber|Section|Division|Criminal Division|Civil Division) of (?:the )?)$`)
	// gloss is a parenthesis after a name that gives its original form or its short form:
	// "Warsaw District Court (Sąd Rejonowy)", "PKK (the Kurdistan Workers' Party)".
	gloss = regexp.MustCompile(`^ \((?:the )?[\p{L}\p{M}][^()\d\n]{0,80}\)`)
	// proscribedOrg are organisations whose membership endangers a person; their names are
	// removed wherever they appear.
	proscribedOrg = regexp.MustCompile(`\b(PKK\d*|KADEK|Kongra-Gel|DHKP-C|TİKKO|TIKKO|MLKP|HADEP|DEHAP|DEP|HEP|ETA|IRA)\b`)
)

// The words the organisation patterns cannot match without, lower case: each occurrence is
// an anchor for scanNear.
// The words the organisation patterns cannot match without: each occurrence is an anchor.
var (
	companySuffixes = setOfWords(`ltd limited gmbh ag aş sarl inc plc llc corporation corp co kg ohg
		sp spa oy oyj ab asa aps srl se kft zrt ooo zao jsc solicitors`)
	// dottedForms are legal forms written with full stops, found as substrings.
	dottedForms = []string{"s.a.", "a.ş", "b.v.", "n.v.", "s.r.o", "a.s.", "d.o.o", "s.p.a", "s.r.l"}
	headedWords = setOfWords(`hospital clinic university universities school college gymnasium
		lyceum prison remand centre police directorate gendarmerie municipality hall association
		factory mine plant farm cooperative operative bank hotel restaurant church mosque parish
		foundation club ensemble theatre orchestra company works railways elementary kindergarten`)
	ofOrgWords = setOfWords(`hospital clinic clinique hôpital university université school prison
		municipality bank church mosque parish faculty institute academy`)
	kindWords = setOfWords(`company firm channel newspaper magazine periodical publishing publisher
		employer factory enterprise cooperative association foundation party broadcaster station`)
	courtWords     = setOfWords("court")
	firmWords      = setOfWords("solicitors lawyers advocates attorneys firm")
	memberWords    = setOfWords("member membership organisation organization involvement")
	authorityWords = setOfWords(`authority office directorate police administration prosecutor
		council gendarmerie bar governor governorship remand penitentiary registry command
		commandership`)
)

var orgAnchors = newAnchorTable(companySuffixes, headedWords, ofOrgWords, courtWords, kindWords,
	firmWords, memberWords, authorityWords, proscribedWords, massOrgHeads, dottedFormFirsts)

// dottedFormFirsts are the first letters of dottedForms, each a word of its own before the
// form's first full stop.
var dottedFormFirsts = func() map[string]bool {
	m := map[string]bool{}
	for _, f := range dottedForms {
		m[f[:1]] = true
	}
	return m
}()

// massOrgHeads end the name of a mass organisation (massOrg), case-folded.
var massOrgHeads = setOfWords("union unions league federation")

// massOrg is a mass organisation named by whom it enrols: "the Socialist Women's Union",
// "the Youth League", "the Union of Agricultural Workers". Under a state that enrols
// everyone by sex, age and trade, membership says who someone is; the national bodies on the
// public-bodies allow list stay readable.
var massOrg = regexp.MustCompile(`\b((?:` + orgWord + `\s){0,3}(?:Women['’]s|Youth|Workers['’]?|Farmers['’]?|Students['’]?|Trade|Veterans['’]?)\s(?:` + orgWord + `\s){0,2}(?:Unions?|League|Federation)|Union of (?:` + orgWord + `\s)?(?:Women|Youth|Workers|Farmers|Students|Agricultural Workers|Veterans))\b`)

// proscribedWords start the names of proscribedOrg, case-folded.
var proscribedWords = setOfWords("pkk kadek kongra dhkp tikko tİkko mlkp hadep dehap dep hep eta ira")

var proscribedOrgAt = anchored(proscribedOrg)

// orgGeneric are first words that make an organisation public or generic rather than
// local: "Supreme Court", "Turkish Government", "State Railways".
var orgGeneric = setOfWords(`supreme constitutional federal high regional district administrative
	military appeal appeals crown county european assize state civil criminal labour court
	social juvenile commercial family magistrates provincial local lower higher appellate
	superior national security first second third land cadastral disciplinary peace tax finance
	fiscal public employment industrial chief trial municipal specialised specialized central
	international general the this that these those a an at on in by for from to with of and or
	his her their its our my your which whose where when after before under if as court's
	turkish german polish austrian swedish norwegian british french cypriot russian ukrainian
	italian spanish greek dutch belgian swiss romanian bulgarian hungarian czech slovak croatian
	serbian slovenian finnish danish irish scottish english welsh portuguese lithuanian latvian
	estonian moldovan georgian armenian azerbaijani korean chinese japanese american european
	kurdish sami north south east west northern southern eastern western upper old new
	republic kingdom government ministry minister department office council authority agency
	directorate commission committee board parliament assembly senate instance city martial
	law military`)

func (legalOrgDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	an := orgAnchors.find(t)
	s := t.Norm
	out := t.candidateRoom()
	add := func(a, b int, rule, reason string, score float64) {
		if rule == "proscribed organisation" {
			b = withGloss(s, b)
		} else if a, b = trimOrg(s, a, b); b <= a {
			return
		} else {
			b = withGloss(s, b)
		}
		oa, ob := t.Orig(a, b)
		out = append(out, Candidate{Start: oa, End: ob, Category: Workplace, Detector: "legal_org",
			Rule: rule, Reason: reason, Score: score})
	}
	for _, m := range scanNearOKFunc(t, findCompanyNames, mergeAnchors(an[0], dottedFormAnchors(t, an[10])), 100, 16, legalFormOK, "A/S") {
		add(m[2], m[3], "company", "capitalised words with a company's legal form", orgScore)
	}
	for _, m := range scanNearOK(t, massOrg, capitalAnchors(t, an[9]), 80, 40, massOK, "") {
		add(m[2], m[3], "mass organisation", "a mass organisation named by whom it enrols (women, youth, workers, ...)", orgScore)
	}
	for _, m := range scanNearOKFunc(t, findHeadedOrgs, capitalAnchors(t, an[1]), 110, 40, headWordOK, "Co-operative") {
		add(m[2], m[3], "named institution", "a named local institution (school, hospital, prison, ...)", orgScore)
	}
	for _, m := range scanNearFunc(t, findLocalWorkplaces, an[1], 60, 12, func(lo, hi int) bool { return hasLocalWorkplace(s, lo, hi) }) {
		if ws := strings.Fields(s[m[2]:m[3]]); !anyStop(ws[1 : len(ws)-1]) {
			add(m[2], m[3], "local workplace", "a workplace named after its town", orgScore)
		}
	}
	for _, m := range scanNearFunc(t, findHangulWorkplaces, hangulWorkplaceWordAnchors(t), 40, 12, nil) {
		if ws := strings.Fields(s[m[2]:m[3]]); hangulEnding(ws[:len(ws)-1]) {
			continue // "노래를 잘해서 학교": a verb or a particle, not a name
		}
		oa, ob := t.Orig(m[2], m[3])
		out = append(out, Candidate{Start: oa, End: ob, Category: Workplace, Detector: "legal_org",
			Rule: "local workplace (Hangul)", Reason: "a workplace named after its town", Score: orgScore})
	}
	for _, m := range scanAtIf(t, ofOrgAt, an[2], 140, institutionOfOK) {
		// The name follows its head ("Bank of China"): it ends with its sentence or line
		// ("Bank of China.\nSend it ...").
		add(m[2], m[2]+firstSentenceEnd(s[m[2]:m[3]]), "named institution", "an institution named after its place or founder", orgScore)
	}
	out = joinInstitutions(out)
	if maskLocalCourts {
		for _, m := range scanNearOKFunc(t, findLocalCourts, an[3], 90, 40, namedCourtOK, "") {
			a, b := m[2], m[3]
			first := strings.ToLower(strings.Fields(s[a:b])[0])
			if orgGeneric[first] || nameStop[first] {
				// "the Supreme Court": a second word may still be the town ("the Ankara Court").
				rest := strings.Fields(s[a:b])
				if len(rest) < 2 || orgGeneric[strings.ToLower(rest[1])] || nameStop[strings.ToLower(rest[1])] {
					continue
				}
			}
			lo := max(0, a-48)
			if c := chamberOf.FindStringIndex(s[lo:a]); c != nil {
				a = lo + c[0]
			}
			add(a, b, "local court", "a court named after its town", orgScore)
		}
	}
	for _, m := range scanAtIf(t, namedAfterKindAt, an[4], 140, kindThenName) {
		a, b := m[2], m[3]
		if i := strings.Index(s[a:b], ". "); i >= 0 {
			b = a + i // the sentence ended
		}
		for _, suf := range []string{" of", " de", " du", " and", " ve", " &"} {
			b -= len(suf) * boolInt(strings.HasSuffix(s[a:b], suf))
		}
		if w := strings.ToLower(strings.Fields(s[a:b])[0]); orgGeneric[w] || nameStop[w] {
			continue
		}
		oa, ob := t.Orig(a, withGloss(s, b))
		out = append(out, Candidate{Start: oa, End: ob, Category: Workplace, Detector: "legal_org",
			Rule: "organisation named after its kind", Reason: "a name after \"company\", \"newspaper\", ...", Score: orgScore})
	}
	for _, m := range scanNearOK(t, firmOfSolicitors, an[5], 110, 30, firmOK, "") {
		add(m[2], m[3], "law firm", "a firm named before \"solicitors\"", 0.75)
	}
	for _, m := range scanNearOK(t, bankName, substrAnchors(t, "bank"), 40, 8, bankOK, "") {
		if !orgGeneric[strings.ToLower(strings.TrimSuffix(s[m[2]:m[3]], "bank"))] {
			b := withGloss(s, m[3])
			oa, ob := t.Orig(m[2], b)
			out = append(out, Candidate{Start: oa, End: ob, Category: Workplace, Detector: "legal_org",
				Rule: "bank", Reason: "a bank named in one word", Score: 0.7})
		}
	}
	for _, m := range scanNearOK(t, memberOrg, an[6], 40, 100, memberOK, "") {
		a, b := m[2], m[3]
		if w := strings.ToLower(strings.Fields(s[a:b])[0]); orgGeneric[w] || nameStop[w] {
			continue
		}
		oa, ob := t.Orig(a, withGloss(s, b))
		out = append(out, Candidate{Start: oa, End: ob, Category: Workplace, Detector: "legal_org",
			Rule: "organisation of a member", Reason: "an organisation a person is said to belong to", Score: 0.65})
	}
	if maskLocalAuthorities {
		for _, m := range scanNearOKFunc(t, findLocalAuthorities, an[7], 100, 40, officeOK, "") {
			a, b := m[2], m[3]
			if w := strings.ToLower(strings.Fields(s[a:b])[0]); orgGeneric[w] || nameStop[w] {
				continue
			}
			add(a, b, "local authority", "an administrative office named after its town", orgScore)
		}
	}
	for _, m := range scanAt(t, proscribedOrgAt, an[8], 40) {
		add(m[2], m[3], "proscribed organisation", "membership of this organisation endangers a person", 0.8)
	}
	return dedupeCandidates(out)
}

// The anchor tests of the organisation patterns (anchorTest). Each says what every match
// through the anchor holds.

// afterCapital says whether p follows one white space and a token with a capital: a legal
// form, a head word or "Court" follows a capitalised name word ("MotoMeter AG").
func afterCapital(s string, p int) bool { return p > 0 && isRESpace(s[p-1]) && upperBefore(s, p-1) }

// legalFormOK is companyName's test. "A/S" is the one legal form that is not an anchor
// word: a window that holds it is searched whatever its anchors (scanNearOK).
// companyName, localCourt and localAuthority start with a capital (orgWord) and read
// nothing before it: findFromUppers tries them only at capitals. A company's words and legal
// form hold at most 7 white spaces, and the character after it may be the 8th; a court's
// name at most 11 ("X Y State Security Heavy Penal Land Court of First Instance"), an
// authority's 6; "\b" sees the white space after them as the end of the input.
var (
	companyNameAt    = anchored(companyName)
	localCourtAt     = anchored(localCourt)
	localAuthorityAt = anchored(localAuthority)
)

func findCompanyNames(w string) [][]int {
	return findFromUppers(companyNameAt, w, 9, func(w string, i int) bool { return headAfterCapitals(w, i, companyFormHeads, 5) })
}

// companyFormHeads are the beginnings of companyName's legal forms, each alternative without
// its optional last full stop: every match of the form starts with one of them, so
// headAfterCapitals can tell where the pattern, which took some 14,000 instructions a try,
// need not run ("Ltd" for "Ltd\.?", "A.Ş" for "A\.Ş\.?").
var companyFormHeads = []string{"Ltd", "Limited", "GmbH", "AG", "A.Ş", "AŞ", "S.A.", "S.A.R.L.", "SARL", "Inc", "plc",
	"PLC", "LLC", "Corporation", "Corp.", "Co.", "KG", "OHG", "Sp. z o.o.", "S.p.A.", "B.V.", "N.V.", "Oy", "Oyj", "AB",
	"ASA", "A/S", "ApS", "SpA", "S.r.l.", "Srl", "SE", "Kft", "Zrt", "s.r.o.", "a.s.", "d.o.o.", "OOO", "ZAO", "JSC",
	"Solicitors"}

func findLocalCourts(w string) [][]int {
	return findFromUppers(localCourtAt, w, 12, func(w string, i int) bool { return headAfterCapitals(w, i, courtHeads, 8) })
}

func findLocalAuthorities(w string) [][]int {
	return findFromUppers(localAuthorityAt, w, 7, func(w string, i int) bool { return headAfterCapitals(w, i, authorityHeads, 4) })
}

// courtHeads and authorityHeads are the first words of localCourt's and localAuthority's
// last words: "Court", "Office", "Public Prosecutor", ...
var (
	courtHeads     = []string{"Court", "court"}
	authorityHeads = []string{"Authority", "Office", "Directorate", "Police", "Administration", "Public", "Chief",
		"Prosecutor", "Council", "City", "District", "Gendarmerie", "Bar", "Governorship", "Governor", "Remand",
		"Penitentiary", "Land", "Registry", "Revenue", "Tax", "Civil"}
)

// headAfterCapitals is a test for findFromUppers' mayStart of a pattern whose match is
// words that start with a capital, each followed by one white space, and then a head word:
// whether one of the 2nd to (last+1)-th words from i starts with one of heads, every word
// before it starting with a capital. localCourt's words before "Court" are at most 8 (two
// of its name, three kinds of two words each), localAuthority's before its head at most 4.
func headAfterCapitals(w string, i int, heads []string, last int) bool {
	for k := 0; k <= last && i < len(w); k++ {
		if k > 0 {
			for _, h := range heads {
				if strings.HasPrefix(w[i:], h) {
					return true
				}
			}
		}
		if !upperAt(w, i) {
			return false
		}
		for i < len(w) && !isRESpace(w[i]) {
			i++
		}
		i++
	}
	return false
}

func legalFormOK(t *Text, p int) bool { return afterCapital(t.Norm, p) }

// headWordOK is headedOrg's test; "Co-operative" is the one head whose word is not an
// anchor.
func headWordOK(t *Text, p int) bool { return afterCapital(t.Norm, p) }

// institutionOfOK is ofOrg's test: a capital, then after the word "of", "du", "de",
// "des", "di" or "der" ("University of Vienna").
func institutionOfOK(t *Text, p int) bool {
	return isUpperASCII(t.Norm[p]) && afterToken(t.Norm, p, "of", "d")
}

// namedCourtOK is localCourt's test: "Court" or "court", a whole word, after a
// capitalised word ("Kayseri Court").
func namedCourtOK(t *Text, p int) bool {
	s := t.Norm
	return afterCapital(s, p) && (strings.HasPrefix(s[p:], "Court") || strings.HasPrefix(s[p:], "court")) &&
		(p+5 == len(s) || !isRegexpWordByte(s[p+5]))
}

// officeOK is localAuthority's test: every office's name holds a capitalised anchor word
// ("Office", "Prosecutor") after a capitalised word.
func officeOK(t *Text, p int) bool { return isUpperASCII(t.Norm[p]) && afterCapital(t.Norm, p) }

// massGroups are the words of massOrg that say whom a mass organisation enrols.
var massGroups = []string{"Women", "Youth", "Workers", "Farmers", "Students", "Trade", "Veterans"}

// massOK is massOrg's test: "Union of " at p, or one of massGroups in the three tokens (up to
// a white space) before it: a match ends with its head word ("Union", "League") at most two
// name words after the group word.
func massOK(t *Text, p int) bool {
	s := t.Norm
	if strings.HasPrefix(s[p:], "Union of ") {
		return true
	}
	q := p
	for k := 0; k < 3 && q > 0 && isRESpace(s[q-1]); k++ {
		q--
		for q > 0 && !isRESpace(s[q-1]) {
			q--
		}
	}
	for _, g := range massGroups {
		if strings.Contains(s[q:p], g) {
			return true
		}
	}
	return false
}

// firmOK is firmOfSolicitors' test: a comma stands at most 16 bytes before the anchor. Every
// match holds ",\s" and then at most "the law firm " before its last word ("solicitors",
// "law firm"), or "a " before "firm of".
func firmOK(t *Text, p int) bool { return strings.IndexByte(t.Norm[max(0, p-16):p], ',') >= 0 }

// bankOK is bankName's test: "bank" at p ends a word (as "\b" sees it) that it does not
// start: "Etibank", not "the bank" nor "banking".
func bankOK(t *Text, p int) bool {
	s := t.Norm
	return p > 0 && isLetterByte(s[p-1]) && (p+4 >= len(s) || !isRegexpWordByte(s[p+4]))
}

// memberOK is memberOrg's test: the cue word at p ("member", "organisation", "involvement")
// is followed by an optional comma, a space, perhaps "of " or "in ", perhaps "the ", "a " or
// "an ", and a capital: what follows the last word of every cue.
func memberOK(t *Text, p int) bool {
	s := t.Norm
	q := wordEnd(s, p)
	if q < len(s) && s[q] == ',' {
		q++
	}
	if q >= len(s) || s[q] != ' ' {
		return false
	}
	q++
	for _, w := range []string{"of ", "in "} {
		if strings.HasPrefix(s[q:], w) {
			q += len(w)
			break
		}
	}
	for _, w := range []string{"the ", "an ", "a "} {
		if strings.HasPrefix(s[q:], w) && upperAt(s, q+len(w)) {
			return true
		}
	}
	return upperAt(s, q)
}

// kindThenName is namedAfterKind's test: the kind word at p ("company") is followed by a
// space, perhaps "house " (of "publishing house"), an optional opening quote and a capital.
func kindThenName(t *Text, p int) bool {
	s := t.Norm
	q := p
	for q < len(s) && !isRESpace(s[q]) {
		q++
	}
	if q >= len(s) || s[q] != ' ' {
		return false
	}
	q++
	if strings.HasPrefix(s[q:], "house ") {
		q += len("house ")
	}
	for _, quote := range []string{"“", "\"", "«"} {
		if strings.HasPrefix(s[q:], quote) {
			q += len(quote)
			break
		}
	}
	return upperAt(s, q)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// anyStop says whether one of ws is a function word or a verb, which no workplace name holds
// ("Sung from school", "Parents are farm...").
func anyStop(ws []string) bool {
	for _, w := range ws {
		if nameStop[w] || workplaceVerbs[w] {
			return true
		}
	}
	return false
}

// workplaceVerbs, and the pronouns a sentence puts between its subject and a workplace
// ("Kim Jong-il visited our mine"), end a local workplace's name.
var workplaceVerbs = setOfWords("is are was were be been works worked went goes go come came left from at in to our my your me us him them")

// hangulEnding says whether one of ws ends in a particle or a verb ending, or is the noun
// 때 ("열두살 때 학교를": when, which ends a clause, not a name).
func hangulEnding(ws []string) bool {
	for _, w := range ws {
		r, _ := utf8.DecodeLastRuneInString(w)
		if strings.ContainsRune("를을서고는은가이에도만로와과의게면다요지며니", r) || w == "때" {
			return true
		}
	}
	return false
}

// findHangulWorkplaces is hangulWorkplace.FindAllStringSubmatchIndex(w, -1) without the
// regexp, which has no literal prefix and ran its matcher from every byte of every window.
// A match starts with a run of syllables; one that starts inside a run ends where the run's
// first syllable's would, so only the first syllable of a run (or where the last match
// ended) is tried.
func findHangulWorkplaces(w string) [][]int {
	var out [][]int
	for i, runStart := 0, true; i < len(w); {
		r, n := utf8.DecodeRuneInString(w[i:])
		syllable := isSyllable(r)
		if syllable && runStart {
			if e := hangulWorkplaceAt(w, i); e >= 0 {
				out = append(out, []int{i, e, i, e})
				i = e
				continue
			}
		}
		runStart = !syllable
		i += n
	}
	return out
}

// hangulWorkplaceAt is the end of hangulWorkplace's match at i of w, or -1. The greedy
// syllable runs cannot give back a syllable (a white space must follow them), so each is
// the whole run; the optional word is tried first, as the pattern prefers it.
func hangulWorkplaceAt(w string, i int) int {
	q, n := syllableRun(w, i)
	if n < 2 || q >= len(w) || !isRESpace(w[q]) {
		return -1
	}
	q++
	if e, k := syllableRun(w, q); k >= 1 && k <= 6 && e < len(w) && isRESpace(w[e]) {
		if end := hangulKindEnd(w, e+1); end >= 0 {
			return end
		}
	}
	return hangulKindEnd(w, q)
}

// syllableRun returns the end of the run of Hangul syllables at i of w and their number.
func syllableRun(w string, i int) (end, n int) {
	for i < len(w) {
		r, size := utf8.DecodeRuneInString(w[i:])
		if !isSyllable(r) {
			break
		}
		i += size
		n++
	}
	return i, n
}

// hangulWorkplaceKinds are hangulWorkplace's last words, in the order it tries them.
var hangulWorkplaceKinds = []string{"공장", "광산", "탄광", "농장", "협동농장", "학교", "중학교", "병원", "교화소", "기업소", "제철소", "제련소"}

// hangulKindEnd is the end of the first of hangulWorkplaceKinds at i of w, or -1.
func hangulKindEnd(w string, i int) int {
	for _, k := range hangulWorkplaceKinds {
		if strings.HasPrefix(w[i:], k) {
			return i + len(k)
		}
	}
	return -1
}

// hangulWorkplaceNouns are the nouns hangulWorkplace ends with, its anchors.
var hangulWorkplaceNouns = []string{"공장", "광산", "탄광", "농장", "학교", "병원", "교화소", "기업소", "제철소", "제련소"}

// hangulWorkplaceWordAnchors returns, in order, the places of hangulWorkplaceNouns (found
// inside words too by substrAnchors) that hangulWorkplace's matches end at: a noun that starts a word after a white space, or
// stands in "협동농장" or "중학교" that does. The others, inside words, would only widen or join
// windows, and a window holds the two words a match reaches back over whatever its
// neighbours: the matches found are the same (the tests hold the two together). Only a
// word's first syllable is compared, not every syllable of every Korean word.
func hangulWorkplaceWordAnchors(t *Text) []int {
	f := t.Fold
	c := newWordScan(t)
	ws := c.ws
	var out []int
	// A noun starts with a syllable, and a word that does has clsHangul: the scan passes
	// over 64 words at a time where none has it (all of most English testimonies).
	for k := c.next(0, clsHangul); k < len(ws); k = c.next(k+1, clsHangul) {
		p := ws[k].start
		if p == 0 || !isRESpace(f[p-1]) || ws[k].end-p < 6 || f[p] < 0xEA || f[p] > 0xED {
			continue // every noun starts with a syllable of U+A000..U+DFFF (lead byte 0xEA to 0xED)
		}
		// Only a word whose first syllable starts a noun, "협동" or "중" is compared with them.
		r := rune(f[p]&0x0f)<<12 | rune(f[p+1]&0x3f)<<6 | rune(f[p+2]&0x3f)
		if !isSyllable(r) || hangulWorkplaceFirst[(r-0xac00)>>6]&(1<<((r-0xac00)&63)) == 0 {
			continue
		}
		for _, w := range hangulWorkplaceNouns {
			if strings.HasPrefix(f[p:], w) {
				out = append(out, p)
				break // no noun starts another
			}
		}
		// Two of hangulWorkplace's last words hold a noun after their first syllables.
		if strings.HasPrefix(f[p:], "협동농장") {
			out = append(out, p+len("협동"))
		} else if strings.HasPrefix(f[p:], "중학교") {
			out = append(out, p+len("중"))
		}
	}
	return out
}

// hangulWorkplaceFirst has a bit for each Hangul syllable (from U+AC00) a noun starts with,
// or "협동농장" and "중학교", which hold one.
var hangulWorkplaceFirst = func() (b [(0xd7a3-0xac00)/64 + 1]uint64) {
	for _, w := range append([]string{"협동농장", "중학교"}, hangulWorkplaceNouns...) {
		r, _ := utf8.DecodeRuneInString(w)
		b[(r-0xac00)>>6] |= 1 << ((r - 0xac00) & 63)
	}
	return b
}()

// dottedFormAnchors is foldAnchors(t, dottedForms...), given firsts, the words of
// dottedFormFirsts ("s", "a"), which the text's other anchor words came with: instead of a
// walk over every full stop of the text, a look at those few words. A form starts where a
// byte that is not a letter stands before it, which is where a word starts, after a
// separator, or inside one, after a digit, where a run of digits (numberAnchors) ends: its
// first letter is a word of its own or ends one. A letter after a byte that is not ASCII
// starts no form.
func dottedFormAnchors(t *Text, firsts []int) []int {
	f := t.Fold
	var out []int
	at := func(p int) {
		if p+1 >= len(f) || f[p+1] != '.' || p > 0 && isLetterByte(f[p-1]) {
			return
		}
		for _, w := range dottedFormsByFirst[f[p]] {
			if strings.HasPrefix(f[p:], w) {
				out = append(out, p)
				return // no two forms share a start
			}
		}
	}
	for _, p := range firsts {
		at(p)
	}
	var afterDigits []int
	for _, p := range numberAnchors(t) {
		if e := numberRunEnd(f, p); e < len(f) && isDigit(f[e-1]) && dottedFormsByFirst[f[e]] != nil {
			afterDigits = append(afterDigits, e)
		}
	}
	if afterDigits == nil {
		return out
	}
	for _, e := range afterDigits {
		at(e)
	}
	slices.Sort(out)
	return out
}

var dottedFormsByFirst = byFirstByte(dottedForms)

// sentenceBreak returns where the last sentence of s starts when a sentence ended inside
// it: after a full stop and a space or a line break that ends no abbreviation ("No. 2",
// "St. Mary's"), or after a line break (no organisation's name runs over a line's end);
// -1 if none.
func sentenceBreak(s string) int {
	at := strings.LastIndexByte(s, '\n') + 1
	for i := strings.LastIndexByte(s, '.'); i > at; i = strings.LastIndexByte(s[:i], '.') {
		if i+1 < len(s) && (s[i+1] == ' ' || s[i+1] == '\n') && !abbrevBefore(s, i) {
			at = i + 2
			break
		}
	}
	if at == 0 {
		return -1
	}
	return at
}

// joinInstitutions makes one span of two named institutions that overlap, a head word
// with its place before it and its field after it: "Pyongyang University" and "University
// of Science and Technology" are one "Pyongyang University of Science and Technology",
// not a workplace and a university.
func joinInstitutions(cs []Candidate) []Candidate {
	for i := range cs {
		a := &cs[i]
		if a.Rule != "named institution" {
			continue
		}
		for j := i + 1; j < len(cs); j++ {
			if b := &cs[j]; b.Rule == "named institution" && b.Start < a.End && a.Start < b.End {
				b.Start, b.End = min(a.Start, b.Start), max(a.End, b.End)
				a.End = a.Start // joined into b: dropped below
				break
			}
		}
	}
	return slices.DeleteFunc(cs, func(c Candidate) bool { return c.End == c.Start })
}

// firstSentenceEnd returns where the first sentence of s ends (its full stop, or a line
// break), by the same marks as sentenceBreak, or len(s).
func firstSentenceEnd(s string) int {
	end := len(s)
	if n := strings.IndexByte(s, '\n'); n >= 0 {
		end = n
	}
	for i := strings.IndexByte(s[:end], '.'); i >= 0 && i < end; {
		if i+1 < len(s) && (s[i+1] == ' ' || s[i+1] == '\n') && !abbrevBefore(s, i) {
			return i
		}
		k := strings.IndexByte(s[i+1:end], '.')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return end
}

// abbrevBefore says whether the full stop at i ends an abbreviation ("No.", "St.", "Co.").
func abbrevBefore(s string, i int) bool {
	w := s[strings.LastIndexAny(s[:i], " \n")+1 : i]
	return w == "No" || w == "no" || w == "Nr" || w == "St" || w == "Co"
}

// withGloss extends an organisation's end over a parenthesis that glosses it.
func withGloss(s string, b int) int {
	if !strings.HasPrefix(s[b:], " (") {
		return b // gloss starts with " (": most names have none, and need no regexp run
	}
	if m := gloss.FindStringIndex(s[b:]); m != nil {
		return b + m[1]
	}
	return b
}

// trimOrg drops leading generic words ("the", "Turkish") that a greedy match took in, so an
// organisation starts at its own name; it returns an empty span if nothing specific is left.
func trimOrg(s string, a, b int) (int, int) {
	if i := sentenceBreak(s[a:b]); i >= 0 {
		a += i // a sentence ended inside the match
	}
	for a < b {
		e := a
		for e < b && s[e] != ' ' && s[e] != '\n' {
			e++
		}
		w := strings.ToLower(s[a:e])
		if !orgGeneric[w] || e >= b {
			break
		}
		a = e
		for a < b && (s[a] == ' ' || s[a] == '\n') {
			a++
		}
	}
	if a >= b {
		return a, a
	}
	// Something specific must remain: the head word alone ("Prison", "Court") is generic.
	if !strings.ContainsAny(strings.TrimSpace(s[a:b]), " \n") {
		return a, a
	}
	return a, b
}

// capitalAnchors keeps the anchors written with an ASCII capital: headedOrg's head words are
// all capitalised ("Hospital"), so "the hospital" needs no window.
func capitalAnchors(t *Text, an []int) []int {
	var out []int
	for _, p := range an {
		if isUpperASCII(t.Norm[p]) {
			out = append(out, p)
		}
	}
	return out
}

// localWorkplaceNouns are the nouns localWorkplace ends with.
var localWorkplaceNouns = []string{"factory", "prison", "mine", "plant", "mill", "school", "hospital", "farm",
	"cooperative", "enterprise", "shipyard", "smelter", "university", "college"}

// localWorkplaceNounsByFirst are localWorkplaceNouns by their first byte: a word is compared
// only with the nouns it can be.
var localWorkplaceNounsByFirst = byFirstByte(localWorkplaceNouns)

// hasLocalWorkplace says whether norm[lo:hi] can hold a match of localWorkplace: a noun of
// the list after white space, with up to two lower-case words and then a capitalised one
// before it. It reads the pattern backwards from each noun, so the pattern runs only on the
// few windows that can match ("Nampo glass factory"), not on every "the school". One walk
// over the window finds the nouns (where a word starts after white space, as
// capitalisedBefore needs), instead of a search per noun.
func hasLocalWorkplace(norm string, lo, hi int) bool {
	w := norm[lo:hi]
	for q := 1; q < len(w); q++ {
		if isRESpace(w[q-1]) && localWorkplaceNounStart(w[q:]) && capitalisedBefore(w, q) {
			return true
		}
	}
	return false
}

// localWorkplaceNounStart says whether s starts with one of localWorkplaceNouns.
func localWorkplaceNounStart(s string) bool {
	if s == "" {
		return false
	}
	for _, n := range localWorkplaceNounsByFirst[s[0]] {
		if strings.HasPrefix(s, n) {
			return true
		}
	}
	return false
}

// capitalisedBefore reads `\p{Lu}[\p{L}\p{M}'’-]+(?:\s[\p{Ll}'’-]+){0,2}\s` backwards from q.
func capitalisedBefore(w string, q int) bool {
	pos := q
	for k := 0; k < 3; k++ {
		if pos == 0 || !isRESpace(w[pos-1]) {
			return false
		}
		end := pos - 1
		start, lower, follow := end, true, 0
		for start > 0 {
			r, n := utf8.DecodeLastRuneInString(w[:start])
			if !(unicode.IsLetter(r) || unicode.IsMark(r) || r == '\'' || r == '’' || r == '-') {
				break
			}
			if unicode.IsUpper(r) && follow > 0 {
				return true // the capitalised word (it may start inside a token)
			}
			if !(unicode.IsLower(r) || r == '\'' || r == '’' || r == '-') {
				lower = false
			}
			follow++
			start -= n
		}
		if !lower || follow == 0 {
			return false
		}
		pos = start
	}
	return false
}

// isRESpace is the class \s of Go's regular expressions.
func isRESpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// findLocalWorkplaces is localWorkplace.FindAllStringSubmatchIndex(w, -1) without the
// regexp, whose matcher tried every byte of every window: a match starts at an upper-case
// letter (the leftmost that starts one), and localWorkplaceAt reads the rest.
func findLocalWorkplaces(w string) [][]int {
	var out [][]int
	for x := 0; x < len(w); {
		r, n := utf8.DecodeRuneInString(w[x:])
		if !unicode.IsUpper(r) {
			x += n
			continue
		}
		end := localWorkplaceAt(w, x+n)
		if end < 0 {
			x += n
			continue
		}
		out = append(out, []int{x, end, x, end})
		x = end
	}
	return out
}

// localWorkplaceAt reads localWorkplace after its first capital, which ends at q:
// `[\p{L}\p{M}'’-]+(?:\s[\p{Ll}'’-]+){0,2}\s(?:factory|...|college)\b`. It returns the end of
// the match, or -1. No class holds white space, so each run of letters is read whole; the
// greedy {0,2} tries the noun after two lower-case words, then after one, then none.
func localWorkplaceAt(w string, q int) int {
	e := classRun(w, q, false)
	if e == q {
		return -1
	}
	// Where a noun may start: after the first word, then after each lower-case word.
	var at [3]int
	k := 0
	for ; k < 3; k++ {
		if e >= len(w) || !isRESpace(w[e]) {
			break
		}
		at[k] = e + 1
		if k == 2 {
			k++
			break
		}
		f := classRun(w, e+1, true)
		if f == e+1 {
			k++
			break
		}
		e = f
	}
	for k--; k >= 0; k-- {
		if end := workplaceNounAt(w, at[k]); end >= 0 {
			return end
		}
	}
	return -1
}

// classRun returns the end of the run from q of `[\p{L}\p{M}'’-]`, or with lower of
// `[\p{Ll}'’-]`.
func classRun(w string, q int, lower bool) int {
	for q < len(w) {
		r, n := utf8.DecodeRuneInString(w[q:])
		if r != '\'' && r != '’' && r != '-' {
			if lower && !unicode.IsLower(r) || !lower && !unicode.IsLetter(r) && !unicode.IsMark(r) {
				break
			}
		}
		q += n
	}
	return q
}

// workplaceNounAt returns the end of the localWorkplaceNouns word at q that a word boundary
// (`\b`, ASCII) follows, or -1. No noun begins another.
func workplaceNounAt(w string, q int) int {
	for _, n := range localWorkplaceNouns {
		if strings.HasPrefix(w[q:], n) {
			if e := q + len(n); e == len(w) || !isRegexpWordByte(w[e]) {
				return e
			}
			return -1
		}
	}
	return -1
}

// headedOrgHeads are headedOrg's institution words, in the order its alternation tries them.
var headedOrgHeads = []string{"Hospital", "Clinic", "University", "School", "College", "Gymnasium", "Lyceum",
	"Prison", "Remand Centre", "Remand Prison", "Detention Centre", "Police Station", "Police Headquarters",
	"Police Department", "Police Directorate", "Police Authority", "Security Directorate",
	"Gendarmerie Command", "Gendarmerie Station", "Municipality", "Town Hall", "Bar Association", "Factory",
	"Mine", "Plant", "Farm", "Cooperative", "Co-operative", "Bank", "Hotel", "Restaurant", "Church", "Mosque",
	"Parish", "Association", "Foundation", "Club", "Ensemble", "Theatre", "Orchestra", "Company", "Works",
	"Railways",
	// A school is called by its name and its level alone ("Hanbit Elementary").
	"Elementary", "Kindergarten"}

// headedOrgHeadsByFirst lists, for each ASCII capital, the indices in headedOrgHeads of the
// heads it starts, in their order: orgHeadAt compares a few heads, not all of them.
var headedOrgHeadsByFirst = func() (by [26][]uint8) {
	for k, h := range headedOrgHeads {
		by[h[0]-'A'] = append(by[h[0]-'A'], uint8(k))
	}
	return by
}()

// findHeadedOrgs is headedOrg.FindAllStringSubmatchIndex(w, -1) without the regexp, whose
// matcher tried every byte of every window: a match starts at an upper-case letter (the
// leftmost that starts one), and headedOrgAt reads the rest.
func findHeadedOrgs(w string) [][]int {
	var out [][]int
	for x := 0; x < len(w); {
		r, n := utf8.DecodeRuneInString(w[x:])
		if !unicode.IsUpper(r) {
			x += n
			continue
		}
		end := headedOrgAt(w, x+n)
		if end < 0 {
			x += n
			continue
		}
		out = append(out, []int{x, end, x, end})
		x = end
	}
	return out
}

// headedOrgAt reads headedOrg after its first capital, which ends at q:
// `[\p{L}\p{M}\d&'’./-]*\s(?:orgWord\s){0,3}(?:Hospital|...)(?:\sNo\.\s?\d{1,4})?\b`. It
// returns the end of the match, or -1. No class of orgWord holds white space, so each word
// is read whole; the greedy {1,4} tries the head after four words, then three, two, one.
func headedOrgAt(w string, q int) int {
	var at [4]int // where a head may start: after each word and its white space
	k := 0
	for e := orgWordRun(w, q); k < 4; {
		if e >= len(w) || !isRESpace(w[e]) {
			break
		}
		at[k] = e + 1
		k++
		r, n := utf8.DecodeRuneInString(w[at[k-1]:])
		if !unicode.IsUpper(r) {
			break
		}
		e = orgWordRun(w, at[k-1]+n)
	}
	for k--; k >= 0; k-- {
		if end := orgHeadAt(w, at[k]); end >= 0 {
			return end
		}
	}
	return -1
}

// orgWordRun returns the end of the run from q of `[\p{L}\p{M}\d&'’./-]`.
func orgWordRun(w string, q int) int {
	for q < len(w) {
		r, n := utf8.DecodeRuneInString(w[q:])
		switch {
		case r == '&' || r == '\'' || r == '’' || r == '.' || r == '/' || r == '-' || '0' <= r && r <= '9':
		case unicode.IsLetter(r) || unicode.IsMark(r):
		default:
			return q
		}
		q += n
	}
	return q
}

// orgHeadAt returns the end of the headedOrgHeads word at q with its optional number
// (" No. 5") and a word boundary after it, or -1: the first head that fits, as the
// alternation takes it.
func orgHeadAt(w string, q int) int {
	if q >= len(w) || w[q] < 'A' || w[q] > 'Z' {
		return -1 // every head starts with an ASCII capital
	}
	for _, k := range headedOrgHeadsByFirst[w[q]-'A'] {
		h := headedOrgHeads[k]
		if !strings.HasPrefix(w[q:], h) {
			continue
		}
		e := q + len(h)
		// `(?:\sNo\.\s?\d{1,4})?`, greedy, then `\b`.
		if p := e + 1; p+3 <= len(w) && isRESpace(w[e]) && w[p:p+3] == "No." {
			p += 3
			if p < len(w) && isRESpace(w[p]) {
				p++
			}
			d := 0
			for d < 4 && p+d < len(w) && '0' <= w[p+d] && w[p+d] <= '9' {
				d++
			}
			for ; d >= 1; d-- {
				if p+d == len(w) || !isRegexpWordByte(w[p+d]) {
					return p + d
				}
			}
		}
		if e == len(w) || !isRegexpWordByte(w[e]) {
			return e
		}
	}
	return -1
}
