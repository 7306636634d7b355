package redact

// Russian addresses put the street type first: "ulitsa Lenina 5, kv. 12", "на улице Ленина,
// дом 5, кв. 12". The English street rule (detect_context.go) wants the type after the name.
// Anchored on the digit words: the few words before a number are read for a Russian street
// type with a name after it, or for дом/кв (house, flat) right before it.

func init() {
	register(ruAddressDetector{})
	// The words are looked up in Fold, which writes Cyrillic letters that look Latin as Latin
	// ("улице" is "yлицe"): the sets hold the folded forms.
	for _, set := range []map[string]bool{ruStreetTypes, ruHouseWords} {
		for w := range set {
			set[NewText(w).Fold] = true
		}
	}
	ruStreetTypeSet, ruHouseWordSet = newWordTable(ruStreetTypes), newWordTable(ruHouseWords)
	ruStreetTypeAnchors = newAnchorTable(ruStreetTypes)
}

type ruAddressDetector struct{}

func (ruAddressDetector) name() string { return "address" }

var (
	// ruStreetTypes start a Russian street name, in Latin and in Cyrillic (with their cases).
	ruStreetTypes = setOfWords("ulitsa ulitse ul prospekt pr pereulok per shosse naberezhnaya bulvar " +
		"улица улице улицу улицы ул проспект проспекте пр переулок переулке пер шоссе набережная набережной бульвар бульваре")
	// ruHouseWords come right before the number of a house, a block or a flat.
	ruHouseWords = setOfWords("dom d kv korpus korp kvartira дом д кв корпус корп квартира квартире")
	// The two sets probed with the hashes of the text's words (wordScan.inSet), made once
	// init has added the folded forms.
	ruStreetTypeSet, ruHouseWordSet *wordTable[bool]
	// ruStreetTypeAnchors finds the street types with the text's other anchor words: a
	// text without one (most) holds no Russian address, and its digit words need not be read.
	ruStreetTypeAnchors *anchorTable
)

func (ruAddressDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	if len(ruStreetTypeAnchors.find(t)[0]) == 0 {
		return nil
	}
	out := t.candidateRoom()
	c := newWordScan(t)
	ws := c.ws
	done := 0
	for i := c.next(0, clsDigit); i < len(ws); i = c.next(i+1, clsDigit) {
		if i == 0 || ws[i].start < done || !isAllDigits(c.w(i)) {
			continue
		}
		start := -1
		// "ulitsa Lenina 5", "улице Ленина, дом 5": a street type, one or two names, and
		// perhaps a house word, within five words before the number.
		for k := i - 1; k >= 0 && k >= i-5; k-- {
			if c.inSet(ruStreetTypeSet, k) && k+1 < i && c.upper(k+1) {
				start = k
				break
			}
			if !(c.joined(k+1) || c.gap(k+1) == ". ") {
				break
			}
		}
		if start < 0 {
			continue
		}
		// The house, block and flat numbers after it: ", kv. 12", ", дом 5, кв. 12".
		end := i
		for k := i + 1; k+1 < len(ws) && k <= end+2; k++ {
			if !(c.joined(k) || c.gap(k) == ". ") {
				break
			}
			if c.inSet(ruHouseWordSet, k) && isAllDigits(c.w(k+1)) && (c.joined(k+1) || c.gap(k+1) == ". ") {
				end, k = k+1, k+1
				continue
			}
			break
		}
		out = append(out, c.emit(start, end, Address, "Russian street address", "a Russian street type, a name and a house number", 0.85))
		done = ws[end].end
	}
	return out
}
