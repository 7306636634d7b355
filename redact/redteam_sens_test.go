package redact_test

import (
	"testing"

	"github.com/testimony-archive/testimony/redact"
)

// sensRTTermDocs makes each input a Document with the given sensitive terms.
func sensRTTermDocs(terms ...string) func(string) redact.Document {
	return func(in string) redact.Document {
		d := redact.Document{Text: in}
		for _, s := range terms {
			d.Known = append(d.Known, redact.Known{Text: s, Category: redact.SensitiveTerm})
		}
		return d
	}
}

// A sensitive term is removed in every case and inflected form: Cyrillic upper case, the
// Russian case endings of each of its words, the English plural, and a no-break space
// (or its HTML entity) between its words.
func TestSensRedteamTermForms(t *testing.T) {
	for _, pol := range []string{"base", "strict"} {
		redactDocs(t, pol, map[string]string{
			"СИНИЙ ДОМ стоял там.":            "[removed] стоял там.",
			"Мы жили в Синем доме.":           "Мы жили в [removed].",
			"Это синий дом.":                  "Это [removed].",
			"РЫЖИК пришёл.":                   "[removed] пришёл.",
			"Рыжика звали так.":               "[removed] звали так.",
			"С Рыжиком мы шли.":               "С [removed] мы шли.",
			"Рыжик пришёл.":                   "[removed] пришёл.",
			"The red bicycles were ours.":     "The [removed] were ours.",
			"The RED BICYCLE was ours.":       "The [removed] was ours.",
			"We met at the moon&nbsp;bridge.": "We met at the [removed].",
			"We met at the moon\u00a0bridge.": "We met at the [removed].",
			"We met at the Moon Bridges.":     "We met at the [removed].",
			// must not fire: other words of the same start, other nouns.
			"Синяя птица пела. Дом стоял.":   "Синяя птица пела. Дом стоял.",
			"Рыжий кот спал.":                "Рыжий кот спал.",
			"The red car and a bicycle.":     "The red car and a bicycle.",
			"The moon rose over the bridge.": "The moon rose over the bridge.",
		}, sensRTTermDocs("Синий дом", "Рыжик", "moon bridge", "red bicycle"))
	}
}

// A phone number with Japanese kana written on it (a particle, the copula) is a number of
// its own, as one beside Han or Hangul is; full-width digits too.
func TestSensRedteamKanaPhones(t *testing.T) {
	for _, pol := range []string{"base", "strict"} {
		redactWith(t, pol, map[string]string{
			"電話番号は090-1234-5678です。":  "電話番号は[phone number]です。",
			"母の番号が090-1234-5678だった。": "母の番号が[phone number]だった。",
			"090-1234-5678に電話した。":    "[phone number]に電話した。",
			"電話番号は０９０－１２３４－５６７８です。":  "電話番号は[phone number]です。",
			"携帯はエー090-1234-5678ですよ。": "携帯はエー[phone number]ですよ。",
			// must not fire: a short number with kana, a token of Latin letters and digits.
			"りんごを3つ買った。":           "りんごを3つ買った。",
			"コードはabc1234567xyzです。": "コードはabc1234567xyzです。",
		})
	}
}

// A messenger ID after the cues Chinese writes in Latin letters glued to the Han around
// them (QQ号码, 我的QQ是, V信：) or alone (wx:, vx).
func TestSensRedteamChineseMessengerCues(t *testing.T) {
	for _, pol := range []string{"base", "strict"} {
		redactWith(t, pol, map[string]string{
			"QQ号码 2843719956":  "QQ号码 [handle]",
			"我的QQ是2843719956。": "我的QQ是[handle]。",
			"wx: kimyj1979":    "wx: [handle]",
			"V信：kimyj1979":     "V信：[handle]",
			"加我vx kimyj1979":   "加我vx [handle]",
			"QQ：123456789":     "QQ：[handle]",
			// must not fire: QQ as a product, a Han run after it that links no ID.
			"她喜欢听QQ音乐。":             "她喜欢听QQ音乐。",
			"The wx was bad today.": "The wx was bad today.",
		})
	}
}

// A phone number said in pieces: the digits after "ended in" and after "the middle four
// digits" are pieces of a phone number, and so are digit groups after "dial".
func TestSensRedteamPhonePieces(t *testing.T) {
	for _, pol := range []string{"base", "strict"} {
		redactWith(t, pol, map[string]string{
			"My son's number ended in 3391, and the middle four digits were 4827.": "My son's number ended in [phone number], and the middle four digits were [phone number].",
			"Dial 010, then 4827, then 3391.":                                      "Dial [phone number], then [phone number], then [phone number].",
			"Her card ended in 4472.":                                              "Her card ended in [ID number].",
			"The first four digits were 5521.":                                     "The first four digits were [ID number].",
			// must not fire: one short number after "dial", a count.
			"Dial 112 in an emergency.":       "Dial 112 in an emergency.",
			"I dialled 3 or 4 times, then 5.": "I dialled 3 or 4 times, then 5.",
		})
	}
}

// Time stamps of chats and bank messages, a date said with "on", a phone number after a
// messenger cue and a number after its label are what they are, not IDs and handles.
func TestSensRedteamStampsAndLabels(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"[2021/03/04 21:13] Mom: hello":  "[2021/03/04 21:13] Mom: hello",
		"[KB국민] 05/03 21:14 입금":          "[KB국민] 05/03 21:14 입금",
		"We crossed on 3/4 at night.":    "We crossed on 3/4 at night.",
		"Her Viber is +7 914 123 45 67.": "Her Viber is [phone number].",
		"Signal: +44 7700 900123":        "Signal: [phone number]",
		"IMEI 356938035643809":           "IMEI [ID number]",
		// must not fire as dates: a case number, a slashed code with no date word.
		"The case was no. 19124/02.": "The case was no. [ID number].",
		"Plot 1996/302 was sold.":    "Plot [ID number] was sold.",
		"Her Viber is kim_88.":       "Her Viber is [handle].",
	})
	redactWith(t, "strict", map[string]string{
		"We crossed on 3/4 at night.":    "We crossed on [a date] at night.",
		"IMEI 356938035643809":           "IMEI [ID number]",
		"Her Viber is +7 914 123 45 67.": "Her Viber is [phone number].",
	})
}
