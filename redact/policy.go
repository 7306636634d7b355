package redact

import "strings"

// Policy is a resolved policy: what the engine does with each category. The policies package
// builds it from YAML; tests may build one directly.
type Policy struct {
	Name    string
	Version string
	SHA256  string // of the policy file(s) it was resolved from

	// Rules maps each category to its action. A category absent from Rules is kept.
	Rules map[Category]Rule

	// Allow lists surface forms that are never redacted (public figures, states, ministries,
	// public organisations), matched case-insensitively on whole words.
	Allow []string
	// Deny lists surface forms that are always suppressed.
	Deny []string

	// ReviewRequired says a reviewer must approve a run before it is searchable.
	ReviewRequired bool
	// ArchivePseudonyms makes pseudonyms stable across testimonies, keyed with Secret.
	ArchivePseudonyms bool
	// Secret keys archive-wide pseudonyms. Set by the archive, never by a policy file.
	Secret []byte

	// Gazetteer holds the name and place tables the detectors use.
	Gazetteer *Gazetteer
}

// Rule is the action for one category and its parameters.
type Rule struct {
	Action Action
	// Level is the generalization level: for places "province" or "country"; for dates
	// "year" or "decade"; for ages "decade"; for money "range".
	Level string
	// MinScore drops candidates of this category scoring below it (0 keeps all).
	MinScore float64
}

// Gazetteer is the data the detectors match against: name tables and the place hierarchy.
// The policies package loads it from embedded data files.
type Gazetteer struct {
	// Surnames maps each romanized surname spelling (lower case) to its canonical form
	// ("gim" → "kim", "rhee" → "lee").
	Surnames map[string]string
	// GivenSyllables is the set of romanized Korean given-name syllables (lower case).
	GivenSyllables map[string]bool
	// KoreanGivenSyllables is GivenSyllables without the pinyin syllables: the Korean ones
	// alone ("Jeonghyuk" is two of them; "Side", si + the pinyin de, is not).
	KoreanGivenSyllables map[string]bool
	// FirstNames holds common given names of other languages (English, Russian, Chinese pinyin).
	FirstNames map[string]bool
	// AmbiguousNames are names that are also common words ("young", "sun", "lily"); they
	// count as names only with context.
	AmbiguousNames map[string]bool
	// HangulGiven holds two-syllable Korean given names in Hangul that are common as names
	// and rare as ordinary words ("영철", "미영"): after a kinship or role cue such a word is
	// a name even without the name suffix ("친구 영수가").
	HangulGiven map[string]bool
	// HangulNouns holds common Korean words of name shape: of three syllables, beginning with
	// a surname syllable ("도시락", "유치원": never surname + given name); of two, any common
	// word ("여자", "시장", "지금"). Two-syllable words may also be given names ("수정"), so
	// they only decide where the grammar is ambiguous.
	HangulNouns map[string]bool
	// HangulCompoundParts holds two-syllable Korean words not in HangulNouns of which the
	// dictionary builds common nouns (국수, 전세, 택시): words in use all the same. After a
	// kinship cue, a word of given-name syllables on none of the Hangul lists is a name
	// ("언니 춘실은"); one of these is not ("아빠 전세는").
	HangulCompoundParts map[string]bool
	// HangulHomographs holds two-syllable Korean words (in HangulNouns, not in HangulGiven)
	// that are also the given names of many people (재현, 철수, 은지): after a person cue
	// they are names when the clause says what a person does ("애인 철수가 찾아왔어요").
	HangulHomographs map[string]bool
	// HangulVerbStems holds the stems of Korean verbs and adjectives of three or four
	// syllables ("기다리", "굶주리", "나아지"): with an ending after them ("굶주리는",
	// "나아지는") they are the verb, not a surname with a given name or a village in 리.
	HangulVerbStems map[string]bool
	// VietSurnames, VietMiddle and VietGiven hold the family, middle and given names of
	// Vietnamese, lower case, with and without diacritics ("nguyễn", "nguyen"); a Vietnamese
	// name is written family name first ("Nguyen Thi Lan"). MongolianParts holds the
	// elements Mongolian given names are composed of ("gan" + "baatar", "bat-erdene").
	VietSurnames, VietMiddle, VietGiven, MongolianParts map[string]bool
	// MongolianHangulParts holds the same elements as Korean writes them in Hangul ("바트",
	// "바야르", "체체그"): a Hangul word composed of them is a Mongolian given name.
	MongolianHangulParts map[string]bool
	// JapaneseSurnames holds common Japanese surnames romanized (lower case, also in
	// Surnames) and in kanji ("田中", "山本"): a romanized one before a first name is that
	// person's surname ("Tanaka Yoshiko"), a kanji one finds names inside Japanese
	// sentences (japaneseHanName). Their Hangul forms are in FirstNames.
	JapaneseSurnames map[string]bool
	// Places maps a place name (lower case) to its entry in the hierarchy.
	Places map[string]PlaceEntry
	// PublicFigures and PublicBodies are kept readable (merged into Policy.Allow).
	PublicFigures []string
	PublicBodies  []string
}

// PlaceEntry is one place in the hierarchy used for generalization.
type PlaceEntry struct {
	Name     string // canonical name
	Kind     string // "country", "province", "city", "county", "district", "dong", "ri", "region"
	Province string // canonical province (or region) name, "" for countries
	Country  string // canonical country name
}

// SharedPlace is the entry of a spelling that two places share: Jung-gu is a district of
// six South Korean cities, Goseong a county on both sides of the border, Suncheon a city in
// each Korea. A reader cannot tell which one a text means, so the spelling is filed under
// what the two have in common and generalizes no lower than that: the country ("[a district
// in South Korea]"), Korea for a name of both Koreas, and no place at all across countries.
// A spelling shared with a country, a province or a region (public names, kept readable),
// or by two places of one province, keeps the first entry, a.
func SharedPlace(a, b PlaceEntry) PlaceEntry {
	public := func(e PlaceEntry) bool { return e.Kind == "country" || e.Kind == "province" || e.Kind == "region" }
	if a == b || public(a) || public(b) || strings.EqualFold(a.Province, b.Province) && strings.EqualFold(a.Country, b.Country) {
		return a
	}
	e := PlaceEntry{Name: min(a.Name, b.Name), Kind: a.Kind} // the smaller name: the same entry whichever comes first
	if a.Kind != b.Kind {
		e.Kind = "city"
	}
	korean := func(c string) bool { return c == "North Korea" || c == "South Korea" || c == "Korea" }
	switch {
	case strings.EqualFold(a.Country, b.Country):
		e.Province, e.Country = a.Country, a.Country
	case korean(a.Country) && korean(b.Country):
		e.Province, e.Country = "Korea", "Korea"
	}
	return e
}
