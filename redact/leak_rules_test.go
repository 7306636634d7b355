package redact_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// redactWith redacts each input with a shipped policy and compares the redacted text.
func redactWith(t *testing.T, policy string, cases map[string]string) {
	t.Helper()
	redactDocs(t, policy, cases, func(in string) redact.Document { return redact.Document{Text: in} })
}

// redactDocs is redactWith with each input's Document made by doc (a language, an
// interview date).
func redactDocs(t *testing.T, policy string, cases map[string]string, doc func(in string) redact.Document) {
	t.Helper()
	p, err := policies.Load(policy)
	require.NoError(t, err)
	e, err := redact.New(p)
	require.NoError(t, err)
	for in, want := range cases {
		red, err := e.Redact(doc(in))
		require.NoError(t, err)
		assert.Equal(t, want, red.Text(), in)
	}
}

// A public body on the allow list stays readable when it is named as the institution, but
// the same words as one person's job ("her husband is a border guard") are a quasi-identifier
// under defector-family; so is a spouse's job ("she married a soldier").
func TestPublicBodyAsSomeonesJob(t *testing.T) {
	redactWith(t, "defector-family", map[string]string{
		"Her husband is a border guard.":     "Her husband is a [occupation].",
		"Her husband is a\nborder guard.":    "Her husband is a\n[occupation].",
		"Her son is a former border guard.":  "Her son is a former [occupation].",
		"She married a soldier in the army.": "She married a [occupation] in the army.",
		"She married a doctor.":              "She married a [occupation].",
		// must not fire: the institution itself.
		"The Border Guard caught them.":          "The Border Guard caught them.",
		"It was the Border Guard that saw us.":   "It was the Border Guard that saw us.",
		"He worked for the Border Guard.":        "He worked for the Border Guard.",
		"We bribed a border guard at the river.": "We bribed a border guard at the river.",
		"The guard was\n\nborder guard lore.":    "The guard was\n\nborder guard lore.",
		"They married in a hurry.":               "They married in a hurry.",
	})
}

// Membership of a mass organisation named by whom it enrols is a quasi-identifier under
// strict; the words alone, a union of states and lower-case unions are not.
func TestMassOrganisationMembership(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"She went to the Socialist Women's Union meetings.":   "She went to the [a workplace] meetings.",
		"He joined the Youth League in school.":               "He joined the [a workplace] in school.",
		"My father was in the Union of Agricultural Workers.": "My father was in the [a workplace].",
		// must not fire
		"The European Union sent aid.":      "The European Union sent aid.",
		"They lived in the Soviet Union.":   "They lived in the Soviet Union.",
		"The women's union met on Mondays.": "The women's union met on Mondays.",
		"Youth was hard for us.":            "Youth was hard for us.",
	})
}

// A share said again without its unit ("eighty percent; now sixty") is the same kind of
// figure; a number with its own noun, "one" and a word that is no number are not.
func TestElidedPercent(t *testing.T) {
	redactWith(t, "defector-family", map[string]string{
		"She received eighty percent; now sixty.": "She received [percent]; now [a number].",
		"He took 40 percent, later only 25.":      "He took [percent], later only [a number].",
		// must not fire
		"It was ten percent, I think.":      "It was [percent], I think.",
		"He took twenty percent, and one.":  "He took [percent], and one.",
		"She got 40 percent; now none.":     "She got [percent]; now none.",
		"They kept sixty. Nobody knew why.": "They kept sixty. Nobody knew why.",
	})
}

// A fraction of a sum or a fee is a quantity; a fraction of something else is not.
func TestFractionOfASum(t *testing.T) {
	redactWith(t, "defector-family", map[string]string{
		"He charges a quarter of any money we send.": "He charges [a share] of any money we send.",
		"She kept half of the remittance.":           "She kept [a share] of the remittance.",
		"수수료는 절반 가까이 돼요.":                            "수수료는 [a share] 가까이 돼요.",
		// must not fire
		"Half of the village came to see.": "Half of the village came to see.",
		"We waited a quarter of an hour.":  "We waited a quarter of an hour.",
		"절반은 학교에 갔어요.":                     "절반은 학교에 갔어요.",
	})
}

// A month that recurs ("every March and every September") says when money or a broker is
// expected; "every" before a weekday or a lower-case "may" is not a month.
func TestRecurringMonths(t *testing.T) {
	redactWith(t, "defector-family", map[string]string{
		"Every March and every September.": "[a date].",
		"Each May or June I send money.":   "[a date] I send money.",
		// must not fire
		"We met every Monday.":    "We met every Monday.",
		"every may be different.": "every may be different.",
	})
}

// The season of an event and the length of custody date a capture or an arrest; a season
// that opens a sentence about everyone does not.
func TestEventDates(t *testing.T) {
	redactWith(t, "pow", map[string]string{
		"He was wounded in the spring.":           "He was wounded in [a date].",
		"They were captured early in the winter.": "They were captured early in [a date].",
		"He was questioned for a month.":          "He was questioned for [months].",
		// must not fire
		"In the spring the church sent us south.": "In the spring the church sent us south.",
		"In the winter, fewer came.":              "In the winter, fewer came.",
		"We waited for a month.":                  "We waited for a month.",
	})
}

// redact --json prints each span's rule and reason next to the redacted text; neither may
// quote the words the span removed from the text ("dozens of N" printed "dozens" of "dozens of families").
func TestRulesDoNotQuoteTheirSpan(t *testing.T) {
	for policy, inputs := range map[string][]string{
		"defector-family": {"Dozens of families were questioned.", "Hundreds of prisoners were moved.", "Scores of workers left."},
		"strict":          {"I have three children; two are with me and one is still there.", "Forty wounded in one night."},
	} {
		p, err := policies.Load(policy)
		require.NoError(t, err)
		e, err := redact.New(p)
		require.NoError(t, err)
		for _, in := range inputs {
			red, err := e.Redact(redact.Document{Text: in})
			require.NoError(t, err)
			require.NotEmpty(t, red.Report().Spans, in)
			for _, s := range red.Report().Spans {
				if s.Replacement == s.Text {
					continue
				}
				for _, w := range strings.Fields(strings.ToLower(s.Text)) {
					if len(w) < 4 || strings.Contains(strings.ToLower(s.Replacement), w) {
						continue // "of", or a word the redacted text shows anyway ("[families]")
					}
					assert.NotContains(t, strings.ToLower(s.Rule+" "+s.Reason), w, "%s: span %q", in, s.Text)
				}
			}
		}
	}
}

// The people someone traded with named by their work, a job told by what someone drove for
// whom, and a settlement described by lying on the border.
func TestTradeJobsAndBorderPlaces(t *testing.T) {
	redactWith(t, "defector-family", map[string]string{
		"I bought it from miners.":                    "I bought it from [occupation].",
		"We sold them to local fishermen.":            "We sold them to [occupation].",
		"He drove coal trucks for the mine.":          "He drove [occupation].",
		"She operated a crane for the port.":          "She operated [occupation].",
		"We lived in a border village near Hoeryong.": "We lived in [a place] near [a city in North Hamgyong Province].",
		// must not fire
		"I bought it from my brothers.":      "I bought it from my brothers.",
		"We sold it to others.":              "We sold it to others.",
		"We drove for an hour.":              "We drove for an hour.",
		"He drove the truck to the station.": "He drove the truck to the station.",
		"The border was closed.":             "The border was closed.",
	})
}

// A bare number after a verb of leaving or taking, in the sentence after a household count,
// is a part of that count ("I have three children. ... left with two and left one").
func TestPartsOfACountInTheNextSentence(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"I have three children. Few women left with two\nand left one.": "I have [children]. Few women left with [a number]\nand left [a number].",
		"I have two sons. I left with one and he stayed.":               "I have [sons]. I left with [a number] and he stayed.",
		// must not fire
		"I came with two friends. I left one behind.":                      "I came with two friends. I left one behind.",
		"He took two and left.":                                            "He took two and left.",
		"I have three children. We have lived here for years. I left one.": "I have [children]. We have lived here for years. I left one.",
	})
}

// A thing there was only one of in a small place and a recording described by what it
// shows point at one person.
func TestDistinctiveDetails(t *testing.T) {
	redactWith(t, "pow", map[string]string{
		"We had the only television in our village.":                 "We had [a distinctive detail].",
		"Yes. The video where the soldier waves a flag. I am him.":   "Yes. [a distinctive detail]. I am him.",
		"They shared the photo in which my brother holds his rifle.": "They shared [a distinctive detail].",
		// must not fire
		"I want the video taken down.":  "I want the video taken down.",
		"It was the only way out.":      "It was the only way out.",
		"He was the only one who knew.": "He was the only one who knew.",
		"Where is the video now?":       "Where is the video now?",
	})
}

func TestDistinctiveDetailsNeedSomeonesPlace(t *testing.T) {
	redactWith(t, "pow", map[string]string{
		"It is the only blue gate in the lane.": "It is the only blue gate in the lane.",
	})
}

// What someone sold at a market names the trader in a town with one market.
func TestGoodsSoldAtAMarket(t *testing.T) {
	redactWith(t, "defector-family", map[string]string{
		"I sold rice cakes at the market.":                    "I sold [goods] at the market.",
		"We used to sell batteries and cables in the market.": "We used to sell [goods] in the market.",
		// must not fire
		"My mother sells vegetables at the market.": "My mother sells vegetables at the market.",
		"I sold it at the market.":                  "I sold it at the market.",
		"We sold the house in a hurry.":             "We sold the house in a hurry.",
		"Everything was sold at the market.":        "Everything was sold at the market.",
		"I sold at the market every day.":           "I sold at the market every day.",
	})
}
