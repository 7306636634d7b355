package redact_test

import "testing"

// Red-team findings on organisations, banks, account holders and institution names
// (branch fix-org). Sentences are synthetic.

// Banks, national mass organisations, state ensembles and palaces are public bodies: their
// names stay readable (the account number beside a bank still goes), and a public figure's
// title before the name is public with it.
func TestRedteamOrgPublicBodies(t *testing.T) {
	cases := map[string]string{
		"Shinhan 110-234-567890 was my brother's.":        "Shinhan [ID number] was my brother's.",
		"Chongryon helped.":                               "Chongryon helped.",
		"The Kim Jong Il Youth League met.":               "The Kim Jong Il Youth League met.",
		"The Socialist Women's Union held a rally.":       "The Socialist Women's Union held a rally.",
		"It was organised by the Youth League.":           "It was organised by the Youth League.",
		"Moranbong Band sang.":                            "Moranbong Band sang.",
		"We visited Mangyongdae Schoolchildren's Palace.": "We visited Mangyongdae Schoolchildren's Palace.",
		"Marshal Kim Jong Un spoke.":                      "Marshal Kim Jong Un spoke.",
		"Vice Marshal Choe Ryong Hae came.":               "Vice Marshal Choe Ryong Hae came.",
		"Kim Kyong-hui ran light industry.":               "Kim Kyong-hui ran light industry.",
		// must not fire: membership of a mass organisation says whom it enrolled (strict)
		"She joined the Socialist Women's Union.":          "She joined the [a workplace].",
		"He was a member of the Kim Jong Il Youth League.": "He was a member of the [a workplace].",
		// must not fire: a private person's rank, a private namesake, a given name
		"Marshal Kim Jong Un spoke. Marshal Pak came.": "Marshal Kim Jong Un spoke. [general officer] [Person A] came.",
		"My aunt Kim Kyong-hui sold rice.":             "My aunt [Relative A] sold rice.",
		"Captain Ri Yong Ho hit me.":                   "[officer] [Person A] hit me.",
		"Hana Lee met me.":                             "[Person A] met me.",
	}
	redactWith(t, "strict", cases)
	redactWith(t, "base", map[string]string{
		"Kim Kyong-hui ran light industry.":        "Kim Kyong-hui ran light industry.",
		"Chongryon helped.":                        "Chongryon helped.",
		"Shinhan 110-234-567890 was my brother's.": "Shinhan [ID number] was my brother's.",
	})
}
