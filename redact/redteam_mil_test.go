package redact_test

import "testing"

// A unit's full proper name is removed whole, with its ordinal ("the 95th Separate Air
// Assault Brigade"), not only the words before the unit noun; a possessive at the start of
// a sentence is no name of a workplace ("My unit was ...").
func TestUnitProperNames(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"My unit was the 95th Separate Air Assault Brigade.":   "My unit was [a military unit].",
		"Later the 155th Separate Guards Marine Brigade came.": "Later [a military unit] came.",
		"He served in the 3rd Assault Company.":                "He served in [a military unit].",
		"Later Storm Corps came.":                              "Later [a military unit] came.",
		"We met the reconnaissance company.":                   "We met [a military unit].",
		"Our farm was small. My school was far.":               "Our farm was small. My school was far.",
	})
}

// Russian and Ukrainian ranks as English texts transliterate them are ranks; every rank is
// generalized to its class, NCOs before officers ("Sergeant Major"), Korean ranks in Hangul
// too.
func TestTransliteratedAndKoreanRanks(t *testing.T) {
	redactWith(t, "pow", map[string]string{
		"I was an efreitor, then a mladshiy serzhant.":       "I was an [soldier], then a [non-commissioned officer].",
		"Our starshina shouted. The praporshchik left.":      "Our [non-commissioned officer] shouted. The [non-commissioned officer] left.",
		"He was a starshyi leitenant, then a kapitan.":       "He was a [officer], then a [officer].",
		"The Sergeant Major came.":                           "The [non-commissioned officer] came.",
		"그는 대좌였어요. 형은 중사였어요.":                                "그는 [officer]였어요. 형은 [non-commissioned officer]였어요.",
		"The mayor of the town came. The general staff met.": "The mayor of the town came. The general staff met.",
	})
}

// Unit designations in full: lists of units with lower-case nouns, names in quotes, Korean
// numbered companies, platoons and squads, and field units (군부대).
func TestUnitDesignationsInFull(t *testing.T) {
	redactWith(t, "pow", map[string]string{
		"I was in the 1st platoon, 2nd squad, company 3.":   "I was in [removed], [removed], [removed].",
		"We joined the \"Magura\" battalion at once.":       "We joined [removed] at once.",
		"He served in the \"Bars-16\" volunteer battalion.": "He served in [removed].",
		"제2중대, 1소대, 2분대에 있었어요. 제1234군부대 소속이었어요.":            "[removed], [removed], [removed]에 있었어요. [removed] 소속이었어요.",
		"A squad of police came. The battalion moved.":      "A squad of police came. The battalion moved.",
	})
}

// A possessive after a cue is whose, not an occupation: "he was the broker's driver" does not
// make "broker" someone's job, removed throughout.
func TestPossessiveIsNoOccupation(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"He was the broker's driver. The broker took us away. Every broker wants money.": "He was the broker's driver. The broker took us away. Every broker wants money.",
		"My father was a miner.": "My father was a [removed].",
	})
}

// A distinguishing mark is removed with where it is: "over my right eye", "on my left
// forearm".
func TestMarksWithTheirPlace(t *testing.T) {
	redactWith(t, "pow", map[string]string{
		"I have a tattoo of a wolf on my left forearm and a scar over my right eye.": "I have [removed] and [removed].",
	})
}

// The last digits of a phone, card or account number are an identifier (a phone's are
// labelled as a phone number's, a card's as an ID); a year after "ended in" is not one.
func TestPartialNumbers(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"The last four digits of his number were 2211.":                      "The last four digits of his number were [phone number].",
		"The broker's bank card ended in 4472.":                              "The broker's bank card ended in [ID number].",
		"휴대폰 끝자리는 3344예요.":                                                   "휴대폰 끝자리는 [phone number]예요.",
		"The war ended in 1953. The number of people ended in the hundreds.": "The war ended in 1953. The number of people ended in the hundreds.",
	})
}

// The numbered parts of a workplace, school or prison are workplaces; a numbered
// institution's name is one span ("Hyesan No. 2 Primary School"), and so is a name with
// "and" inside ("Kim Chaek Iron and Steel Complex").
func TestNumberedWorkUnits(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"My mother was in work team 4, sub-work team 2.":         "My mother was in [a workplace], [a workplace].",
		"My brother worked in Pit No. 18. She had stall 112.":    "My brother worked in [a workplace]. She had [a workplace].",
		"I studied at Hyesan No. 2 Primary School in class 3-2.": "I studied at [a school] in [a workplace].",
		"He was at the Kim Chaek Iron and Steel Complex.":        "He was at [a complex].",
		"The team won 3 games. Class 1 offences are minor.":      "The team won 3 games. Class 1 offences are minor.",
	})
}
