package redact_test

import "testing"

// A listed first name and a Korean surname that is also an English word or interjection
// ("Oh", "Son", "No") are one full name; the word alone, or across a comma, stays.
func TestFixNmWordSurnameAfterFirstName(t *testing.T) {
	policies := []string{"strict", "base", "defector-family", "pow"}
	for _, p := range policies {
		redactWith(t, p, map[string]string{
			"We stayed with Pastor Daniel Oh from Onnuri church.":  "We stayed with Pastor [Person A] from Onnuri church.",
			"We met Grace Son there.":                              "We met [Person A] there.",
			"We met Grace Son and Peter Ha there.":                 "We met [Person A] and [Person B] there.",
			"My son Peter came. I met my Son Peter.":               "My son [Relative A] came. I met my Son [Relative A].",
			"Mary Yu and John An came, then Paul Do and Sarah Ma.": "[Person A] and [Person B] came, then [Person C] and [Person D].",
			"James No, David Bang and Anna Gong helped us.":        "[Person A], [Person B] and [Person C] helped us.",
			"Daniel Oh helped us. Oh, Daniel came later.":          "[Person A] helped us. Oh, [Person A] came later.",
			"Pastor Daniel Oh came. Daniel, oh no, he said.":       "Pastor [Person A] came. [Person A], oh no, he said.",
			"We met Mark Do. Mark, do it, I said.":                 "We met [Person A]. [Person A], do it, I said.",
			"We met John Oh. John, oh no, I said.":                 "We met [Person A]. [Person A], oh no, I said.",
		})
	}
	redactWith(t, "strict", map[string]string{
		"Daniel Oh helped us. Oh said nothing.": "[Person A] helped us. [Person A] said nothing.",
		// Named again in full after a cue found the name: one span, not two labels.
		"We stayed with Pastor Daniel Oh. Then Daniel Oh left.":           "We stayed with Pastor [Person A]. Then [Person A] left.",
		"We stayed with Pastor Daniel Feldman. Daniel Feldman said so.":   "We stayed with Pastor [Person A]. [Person A] said so.",
		"I called Mark Do. Then Mark Do came, and Do said he was tired.":  "I called [Person A]. Then [Person A] came, and [Person A] said he was tired.",
		"Daniel Oh helped us. Oh no, I thought.":                          "[Person A] helped us. Oh no, I thought.",
		"In Shenyang we stayed with Pastor Daniel Oh from Onnuri church.": "In [a city in Liaoning Province] we stayed with Pastor [Person A] from Onnuri church.",
		// The word, not a surname: after a comma, in lower case, a pronoun, title case.
		"Oh, Daniel came later.":                        "Oh, [Person A] came later.",
		"Daniel, oh no, he said.":                       "[Person A], oh no, he said.",
		"When I saw Daniel I cried.":                    "When I saw [Person A] I cried.",
		"Then Daniel said no. So we left.":              "Then [Person A] said no. So we left.",
		"Life With Daniel In Beijing":                   "Life With [Person A] In Beijing",
		"Oh no. So do we. No, son, do not go.":          "Oh no. So do we. No, son, do not go.",
		"I read the Son of Man and said oh well to Ma.": "I read the Son of Man and said oh well to Ma.",
	})
}

// A family named in the plural after "the" is one, also when the plural is an English word
// ("the Parks", "the Songs"): mid-sentence, or starting a sentence before what people do.
func TestFixNmFamilyOfWordSurname(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"The Kims lived next door, and the Parks across the road.": "The [Person A] lived next door, and the [Person B] across the road.",
		"We visited the Songs and the Hans.":                       "We visited the [Person A] and the [Person B].",
		"I stayed at the Mins' house for a week.":                  "I stayed at the [Person A]' house for a week.",
		"The Parks lived next door.":                               "The [Person A] lived next door.",
		"The Parks' son was my friend.":                            "The [Person A]' son was my friend.",
		"The Moons said nothing.":                                  "The [Person A] said nothing.",
	})
	redactWith(t, "strict", map[string]string{
		"The Parks were green.":                        "The Parks were green.",
		"We walked in the parks. The parks were shut.": "We walked in the parks. The parks were shut.",
		"The Parks Department closed the gate.":        "The Parks Department closed the gate.",
		"We sang the Songs of Arirang.":                "We sang the Songs of Arirang.",
		"Life In The Parks":                            "Life In The Parks",
		"The Parks":                                    "The Parks",
		"We heard the songs and the gongs.":            "We heard the songs and the gongs.",
	})
}

// Chinese prose: a surname and 家 is a family ("李家", "王家的孩子"), the surname alone
// removed as "Kim" alone is; 家 as home and the words that end with it stay.
func TestFixNmChineseFamily(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"李家和王家都走了。":  "[Person A]家和[Person B]家都走了。",
		"王家的孩子也走了。":  "[Person A]家的孩子也走了。",
		"老王家的孩子也走了。": "[Person A]家的孩子也走了。",
		"老张家的孩子也走了。": "[Person A]家的孩子也走了。",
		"我在李家住了三年。":  "我在[Person A]家住了三年。",
		"崔家的人都被抓了。":  "[Person A]家的人都被抓了。",
		// After a cue, 家 begins a given name; before a stop the family again.
		"我丈夫叫李家明。":   "我丈夫叫[Person A]。",
		"我丈夫李家豪打我。":  "我丈夫[Person A]打我。",
		"丈夫李家的人都走了。": "丈夫[Person A]家的人都走了。",
	})
	redactWith(t, "strict", map[string]string{
		"我们回家了。国家很大。大家都知道。":       "我们回家了。国家很大。大家都知道。",
		"他是作家，也是专家。我在家里，我家很穷。":    "他是作家，也是专家。我在家里，我家很穷。",
		"我的老家很远。全家人都走了。我们要安家。":    "我的老家很远。全家人都走了。我们要安家。",
		"他们到张家口去了。王家村很小。":         "他们到张家口去了。王家村很小。",
		"他很顾家。上周家里来了客人。我照顾家里的老人。": "他很顾家。上周家里来了客人。我照顾家里的老人。",
		"我和家人一起走了。小时候家里很穷。一张家具。":  "我和家人一起走了。小时候家里很穷。一张家具。",
		"他交了押金家里就没钱了。提高家庭收入。":     "他交了押金家里就没钱了。提高家庭收入。",
	})
}
