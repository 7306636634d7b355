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

// The holder of an account and the two ends of a transfer are persons: after a label in
// Chinese prose ("户名李春花"), after 예금주 (which is no name itself), and after an English
// label or "in the name of", where a public figure's name is a private namesake's.
func TestRedteamOrgAccountHolders(t *testing.T) {
	cases := map[string]string{
		"户名李春花。收款人王建国。":                              "户名[Person A]。收款人[Person B]。",
		"汇款人：欧阳春花":                                   "汇款人：[Person A]",
		"收款人是王芳的账户。":                                 "收款人是[Person A]的账户。",
		"我的名字是王建国。":                                  "我的名字是[Person A]。",
		"예금주 김순희.":                                   "예금주 [Person A].",
		"세대주는 박철수였다.":                                "세대주는 [Person A]였다.",
		"The account was in the name of Ri Yong-ho.": "The account was in the name of [Person A].",
		"Account holder: Ri Yong-ho.":                "Account holder: [Person A].",
		"Recipient: Ri Yong-ho.":                     "Recipient: [Person A].",
		"Beneficiary: Ryu Ok-ran.":                   "Beneficiary: [Person A].",
		// must not fire: no name given, Chinese prose without a label, a figure in public
		"姓名不详。":                       "姓名不详。",
		"开户行是中国银行。":                   "开户行是中国银行。",
		"In the name of the Father.":  "In the name of the Father.",
		"Kim Jong Un gave the order.": "Kim Jong Un gave the order.",
	}
	redactWith(t, "strict", cases)
	redactWith(t, "base", map[string]string{
		"예금주 김순희.":    "예금주 [Person A].",
		"하전사 출신이었다.":  "하전사 출신이었다.",
		"하사 김순희가 왔다.": "하사 [Person A]가 왔다.",
	})
}

// A handle may start with an underscore; a Markdown emphasis opened with one is no handle.
func TestRedteamOrgLeadingUnderscoreHandle(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Follow _sora on Instagram.": "Follow [handle] on Instagram.",
		"Her handle is __mina__x.":   "Her handle is [handle].",
		"Add me: __sora.":            "Add me: [handle].",
		// must not fire: emphasis
		"_Jin-hee_ lives here.":       "_[Person A]_ lives here.",
		"I _really_ want it.":         "I _really_ want it.",
		"My friend __Chol-su__ came.": "My friend __[Person A]__ came.",
	})
}

// An institution's name ends with its sentence and its line; the rest of a span that an
// allow-listed body or a place took keeps no possessive "s" or function word.
func TestRedteamOrgInstitutionEnds(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"I got a card from Bank of China.\nSend it to my aunt.":         "I got a card from Bank of China.\nSend it to my aunt.",
		"Kim Chaek University of Technology.\nWe gathered in the hall.": "Kim Chaek University of Technology.\nWe gathered in the hall.",
		"She studied at University of Hyesan. Then she left.":           "She studied at [a university]. Then she left.",
		"She studied at University of Hyesan.\nThen she left.":          "She studied at [a university].\nThen she left.",
		"UNHCR's office in Bangkok":                                     "UNHCR's [an office] in [a city in Thailand]",
		// must not fire: an abbreviation inside the name
		"He lay in St. Mary's Hospital for a week.": "He lay in [a hospital] for a week.",
	})
}

// A works named after a date is one workplace, not "[a date] [a complex]"; a hedged sum is
// one replacement that keeps its hedge.
func TestRedteamOrgDatedWorksAndHedgedSums(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"On 8 February Vinalon Complex workers struck.":     "On [a complex] workers struck.",
		"Workers of the February 8 Vinalon Complex struck.": "Workers of [a complex] struck.",
		"Don't send more than 5,000 yuan.":                  "Don't send [more than 5,000–10,000 yuan].",
		"He paid approximately 3,000 dollars.":              "He paid [approximately 1,000–5,000 dollars].",
		// must not fire: a date with a comma or a year is the story's date
		"On 8 February, Vinalon Complex workers struck.": "On [a date], [a complex] workers struck.",
		"On 8 February 2009 the workers struck.":         "In the 2000s the workers struck.",
		"He sent 5,000 yuan.":                            "He sent [5,000–10,000 yuan].",
	})
}
