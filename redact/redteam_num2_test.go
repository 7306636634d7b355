package redact_test

import "testing"

// Red-team finding 1: a date written in digits is a date, not an ID, a handle or a phone
// number: kept in base, generalized by the other policies; after "DOB" or "born" it is a
// birth date. Near misses (a case number after "No.", a handle, a phone number after a
// call) stay what they were.
func TestRedteamNum2NumericDates(t *testing.T) {
	redactWith(t, "base", map[string]string{
		"I crossed on 3/4/2011. On 12.06.2016 my sister called. She called again on 2014.03.05.": "I crossed on 3/4/2011. On 12.06.2016 my sister called. She called again on 2014.03.05.",
		"Date of capture: 09.01.2025":   "Date of capture: 09.01.2025",
		"On 9/1/25 he left.":            "On 9/1/25 he left.",
		"DOB 14/03/1999":                "DOB 1999",
		"2018.3.5에 왔어요.":                "2018.3.5에 왔어요.",
		"She called again on 20140307.": "She called again on 20140307.",
		// must not fire
		"Application no. 3/4/2011 was refused.": "Application no. [ID number] was refused.",
		"Call 2014 0307 11 after dark.":         "Call [phone number] after dark.",
		"My account is kim.88.2016 there.":      "My account is [ID number] there.",
	})
	redactWith(t, "strict", map[string]string{
		"I crossed on 3/4/2011. On 12.06.2016 my sister called.": "I crossed in the 2010s. In the 2010s my sister called.",
		"Date of capture: 09.01.2025":                            "Date of capture: the 2020s",
		"On 9/1/25 he left.":                                     "On [a date] he left.",
		"2018.3.5에 왔어요.":                                         "2010년대에 왔어요.",
		"2018. 3. 5.에 왔어요.":                                      "2010년대에 왔어요.",
		"My son was born in Juche 87 (1998).":                    "My son was born in the 1990s (the 1990s).",
		"97년생이에요":                                                "90년대생이에요",
		"2015/06/12. 15.6.12. 왔어요":                               "the 2010s. [a date]. 왔어요",
	})
	redactWith(t, "defector-family", map[string]string{
		"I crossed on 3/4/2011.":        "I crossed in 2011.",
		"2018.3.5에 왔어요.":                "2018년에 왔어요.",
		"2018. 3. 5.에 왔어요.":             "2018년에 왔어요.",
		"She called again on 20140307.": "She called again in 2014.",
	})
}

// Red-team finding 4: ages said without "years old": in parentheses after a name, set off by
// commas, "a man of 70", "in her thirty-fifth year", "Age: 23", "At 17 I", "He's 45 now",
// "turned two"; Korean native numerals with 에, 먹다 and 인, and the birthdays that are ages
// (환갑, 칠순). Near misses stay.
func TestRedteamNum2Ages(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"My father (62) stayed.":                   "My father (in his 60s) stayed.",
		"My mother, then sixty-three, stayed too.": "My mother, then in her 60s, stayed too.",
		"The broker, 45, had a cough.":             "The broker, in their 40s, had a cough.",
		"A man of 70 was with us.":                 "A man in his 70s was with us.",
		"She is in her thirty-fifth year.":         "She is in her 30s.",
		"Age: 23.":                                 "Age: in their 20s.",
		"At 17 I joined.":                          "As a teenager I joined.",
		"He's 45 now.":                             "He's in his 40s now.",
		"My son turned two.":                       "My son turned under 10.",
		"마흔둘에 나왔어요.":                               "40대에 나왔어요.",
		"열일곱 먹었을 때 잡혔어요.":                          "10대 먹었을 때 잡혔어요.",
		"쉰여섯인 언니.":                                 "50대인 언니.",
		"올해 환갑이에요.":                                "[a date] 60대예요.",
		"어머니 칠순 잔치.":                               "어머니 70대 잔치.",
		"누이는 열아홉이에요.":                              "누이는 10대예요.",
		// must not fire
		"We walked for 45 minutes, then 20 more.": "We walked for 45 minutes, then 20 more.",
		"Room (62) was cold.":                     "Room (62) was cold.",
		"사과 열아홉 개를 샀어요.":                          "사과 열아홉 개를 샀어요.",
	})
	redactWith(t, "pow", map[string]string{
		"누이는 열아홉이에요.": "누이는 10대예요.",
	})
}

// Red-team finding 6: replacements that read wrong.
func TestRedteamNum2Garbles(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"The fee was 30%.":         "The fee was 30%.",
		"At age 23 I was sold.":    "In their 20s I was sold.",
		"I'm twenty-three.":        "I'm in my 20s.",
		"A 19 year old kid came.":  "A kid in their teens came.",
		"You know, Chunhua is 15.": "You know, [Person A] is in their teens.",
		"He worked there for eleven years. Before that he farmed.": "He worked there for [years]. Before that he farmed.",
	})
	redactWith(t, "pow", map[string]string{
		"I was captured on 2024-08-14.": "I was captured in 2024.",
	})
}

// Red-team finding 3: a leader's birthday or funeral, a state holiday or Christmas dates an
// event: with a year it is generalized as a date, without one the day goes (strict).
func TestRedteamNum2NamedDays(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Two days before Kim Jong Il's funeral my uncle vanished.":  "[a date] my uncle vanished.",
		"My father was arrested on Kim Il Sung's birthday in 2010.": "My father was arrested in the 2010s.",
		"He was released on the Day of the Shining Star, 2012.":     "He was released in the 2010s.",
		"We left at Christmas 2015.":                                "We left at the 2010s.",
		"On Christmas Day 2024 they came.":                          "In the 2020s they came.",
		"2월 16일 광명성절 전날 잡혔어요.":                                      "[a date] [a date] 잡혔어요.",
		"태양절 사흘 전에 잡혔어요.":                                           "[a date]에 잡혔어요.",
		"4.15에 체포됐어요. 2.16 전날 나왔어요. 10.10에 갔어요.":                    "[a date]에 체포됐어요. [a date] 나왔어요. [a date]에 갔어요.",
		// must not fire
		"We had no Christmas in the camp.":     "We had no Christmas in the camp.",
		"Kim Il Sung's birthday is a holiday.": "Kim Il Sung's birthday is a holiday.",
		"가격이 3.5배 올랐어요.":                       "가격이 3.5배 올랐어요.",
	})
}

// Red-team finding 7: the part of a month or year (말, 초) goes with the Korean date, or the
// year left alone reads as a part of the decade ("2010년대 말"); "초등학교" is no 초.
func TestRedteamNum2KoreanPeriodParts(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"2010년 3월 말에 왔어요.": "2010년대에 왔어요.",
		// must not fire
		"2010년 초등학교에 들어갔어요.": "2010년대 초등학교에 들어갔어요.",
	})
	redactWith(t, "defector-family", map[string]string{
		"2010년 3월 말에 왔어요.": "2010년에 왔어요.",
		"2012년 5월 초 떠났어요.": "2012년 떠났어요.",
	})
}

// Red-team finding 2 (in part): durations written short ("9 yrs, 4 mos") are durations.
func TestRedteamNum2ShortUnits(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"I have been in the South for 9 yrs, 4 mos.": "I have been in the South for [years], [months].",
	})
}

// Red-team finding 2 (in part): a year written short after an apostrophe is a year.
func TestRedteamNum2ShortYears(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"She was released in the spring of '15.": "She was released in the 2010s.",
		"I left in winter '09–'10.":              "I left in the 2000s.",
		// must not fire
		"It's the spring.": "It's the spring.",
	})
	redactWith(t, "defector-family", map[string]string{
		"She was released in the spring of '15.": "She was released in 2015.",
	})
}
