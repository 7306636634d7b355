package redact_test

import "testing"

// Red-team findings on places (plc2). Inputs are synthetic.

// North Korean cities, counties and districts the gazetteer lacked, or unknown to it but named
// with their unit ("사포구역", "유선노동자구", "대오천리", "고향은 백양군이에요"), and a place
// alone as an answer ("회령시요"); common nouns in 리 are no villages ("끝자리", "사투리"),
// nor are areas, armies, times and loanwords ("금지구역", "인민군", "비상시", "카테고리").
func TestRedteamPlc2KoreanUnits(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"고향은 평안남도 덕천시 승리동이에요.": "고향은 평안남도 [a city in South Pyongan Province]이에요.",
		"구성시에 살았어요.":           "[a city in North Pyongan Province]에 살았어요.",
		"정주시에서 왔어요.":           "[a city in North Pyongan Province]에서 왔어요.",
		"송림시에서 일했어요.":          "[a city in North Hwanghae Province]에서 일했어요.",
		"문천시에 있었어요.":           "[a city in Kangwon Province]에 있었어요.",
		"경성군에서 자랐어요.":          "[a county in North Hamgyong Province]에서 자랐어요.",
		"부령군에 살았어요.":           "[a county in North Hamgyong Province]에 살았어요.",
		"대홍단군에 살았어요.":          "[a county in Ryanggang Province]에 살았어요.",
		"은덕군에서 일했어요.":          "[a county in North Hamgyong Province]에서 일했어요.",
		"은률군에 살았어요.":           "[a county in South Hwanghae Province]에 살았어요.",
		"김정숙군 신파노동자구에 살아요.":    "[a county in Ryanggang Province] [a city in Ryanggang Province]에 살아요.",
		"김형직군에서 왔어요.":          "[a county in Ryanggang Province]에서 왔어요.",
		"김형권군에 살았어요.":          "[a county in Ryanggang Province]에 살았어요.",
		"수남구역에 살았어요.":          "[a city in North Hamgyong Province]에 살았어요.",
		"동대원구역에서 일했어요.":        "[a district of Pyongyang]에서 일했어요.",
		"사포구역에 살았어요.":          "[a place]에 살았어요.",
		"유선노동자구에 살았어요.":        "[a place]에 살았어요.",
		"대오천리에 살았어요.":          "[a place]에 살았어요.",
		"하온포리에서 왔어요.":          "[a place]에서 왔어요.",
		"회령시요.":                "[a city in North Hamgyong Province]요.",
		"혜산시요.":                "[a city in Ryanggang Province]요.",
		"무산군요.":                "[a county in North Hamgyong Province]요.",
		"포항구역이요.":              "[a city in North Hamgyong Province]이요.",
		"고향은 백양군이에요.":          "고향은 [a place]이에요.",
		"금지구역에 들어갔어요.":         "금지구역에 들어갔어요.",
		"담당구역에서 일했어요.":         "담당구역에서 일했어요.",
		"인민군에 들어갔어요.":          "인민군에 들어갔어요.",
		"비상시에 갔어요.":            "비상시에 갔어요.",
		"도시에 살았어요.":            "도시에 살았어요.",
		"가장자리에 앉았어요.":          "가장자리에 앉았어요.",
		"끝자리가 뭐였는지 기억 안 나요.":   "끝자리가 뭐였는지 기억 안 나요.",
		"목소리가 컸어요.":            "목소리가 컸어요.",
		"사투리가 심했어요.":           "사투리가 심했어요.",
		"앞자리에 앉았어요.":           "앞자리에 앉았어요.",
		"빈자리가 없었어요.":           "빈자리가 없었어요.",
		"잠자리가 불편했어요.":          "잠자리가 불편했어요.",
		"뒷머리가 길었어요.":           "뒷머리가 길었어요.",
		"사거리에서 만났어요.":          "사거리에서 만났어요.",
		"네거리에서 기다렸어요.":         "네거리에서 기다렸어요.",
		"돌다리를 건넜어요.":           "돌다리를 건넜어요.",
		"카테고리에서 골랐어요.":         "카테고리에서 골랐어요.",
		"액세서리에 관심이 많았어요.":      "액세서리에 관심이 많았어요.",
		"울타리를 넘었어요.":           "울타리를 넘었어요.",
		"칠성리에서 왔어요.":           "[a place]에서 왔어요.",
	})
}

// Villages of the Kursk and Donetsk fronts, by the gazetteer or by a village or capture cue
// ("In the village Kositsa", "captured near Bolshoye Gorodishche").
func TestRedteamPlc2FrontVillages(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"I was captured near Oleshnya, then in Oleshnya the drones came.": "I was captured near [a county in Kursk Oblast], then in [a county in Kursk Oblast] the drones came.",
		"We fought at Zhuravka and Gornal.":                               "We fought at [a county in Kursk Oblast] and [a county in Kursk Oblast].",
		"In the village Kositsa we hid.":                                  "In the village [a county in Kursk Oblast] we hid.",
		"We stayed in selo Kazachya Loknya for a week.":                   "We stayed in selo [a county in Kursk Oblast] for a week.",
		"Staraya Sorochina was empty.":                                    "[a county in Kursk Oblast] was empty.",
		"He was wounded in Kurakhove.":                                    "He was wounded in [a city in Donetsk Oblast].",
		"We went to Pisky and Udachne.":                                   "We went to [a county in Donetsk Oblast] and [a county in Donetsk Oblast].",
		"Kotlyne, Pokrovsk district, was quiet.":                          "[a county in Donetsk Oblast], [a city in Donetsk Oblast], was quiet.",
		"I was captured near Bolshoye Gorodishche.":                       "I was captured near [a place].",
		"In the village we hid.":                                          "In the village we hid.",
		"플레호보 근처에서 잡혔어요.":                                                 "[a county in Kursk Oblast] 근처에서 잡혔어요.",
		"스베르들리코보에서 싸웠어요.":                                                 "[a county in Kursk Oblast]에서 싸웠어요.",
	})
	redactWith(t, "base", map[string]string{
		"They sent us to the Korenevsky district.": "They sent us to the Korenevsky district.",
	})
}

// Chinese places below city level ("연길 신흥가", "단동 진흥구 원보산", "장백현", "Sandaogou",
// "Jingxin town"), a camp's village ("Jongori"), and places abroad once taken for North Korean
// places or people ("Suan Phlu", "Lao Cai"). A trade after a city is no street ("연길 사업가").
func TestRedteamPlc2ChinaAndAbroad(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"연길 신흥가에 살았어요.":                               "[a city in Jilin Province]에 살았어요.",
		"단동 진흥구 원보산에 숨었어요.":                           "[a city in Liaoning Province] [a region in Liaoning Province]에 숨었어요.",
		"심양 서탑에서 일했어요.":                               "[a city in Liaoning Province]에서 일했어요.",
		"장백현을 거쳐 갔어요.":                                "[a city in Jilin Province]을 거쳐 갔어요.",
		"연길 사업가를 만났어요.":                               "[a city in Jilin Province] 사업가를 만났어요.",
		"We hid in Sandaogou, near Longjing.":         "We hid in [a county in Jilin Province], near [a city in Jilin Province].",
		"Then in Bamiancheng outside Hunchun.":        "Then in [a county in Jilin Province] outside [a city in Jilin Province].",
		"Then in Hunchun's Jingxin town.":             "Then in [a city in Jilin Province]'s [a city in Jilin Province].",
		"I was sent to Kyo-hwa-so No. 12 in Jongori.": "I was sent to Kyo-hwa-so No. 12 in [a city in North Hamgyong Province].",
		"We were held at the IDC in Suan Phlu.":       "We were held at the [a place] in [a city in Thailand].",
		"Lao Cai is in Vietnam.":                      "[a city in Vietnam] is in Vietnam.",
		"He read the Guardian in Canadian cafes.":     "He read the Guardian in Canadian cafes.",
	})
}
