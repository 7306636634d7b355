package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// South Korean places (krp): where an escapee lives now is a quasi-identifier, and few live
// in any one district. Inputs are synthetic.

// Every South Korean city, county and autonomous district is in the gazetteer, with its
// province: bare ("in Bupyeong"), with its suffix, in McCune-Reischauer and in Hangul with
// its particles. One case or more per province and metropolitan city.
func TestRedteamKrpSouthKoreanUnits(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"We moved to Lotte Castle in Bupyeong.": "We moved to [a place] in [a district of Incheon].",
		"We live in Bupyeong-gu now.":           "We live in [a district of Incheon] now.",
		"We lived in Pupyong for a year.":       "We lived in [a district of Incheon] for a year.",
		"She rents a room in Namdong.":          "She rents a room in [a district of Incheon].",
		"Her flat is in Dobong-gu.":             "Her flat is in [a district of Seoul].",
		"He found work in Yeongdeungpo.":        "He found work in [a district of Seoul].",
		"He found work in Yongdungpo.":          "He found work in [a district of Seoul].",
		"My sister lives in Haeundae.":          "My sister lives in [a district of Busan].",
		"We settled in Dalseo.":                 "We settled in [a district of Daegu].",
		"He studies in Yuseong.":                "He studies in [a district of Daejeon].",
		"He moved to Gwangsan-gu.":              "He moved to [a district of Gwangju].",
		"She works in Ulju.":                    "She works in [a district of Ulsan].",
		"I live in Gwangmyeong.":                "I live in [a city in Gyeonggi Province].",
		"I live in Dongducheon now.":            "I live in [a city in Gyeonggi Province] now.",
		"My son is in Samcheok.":                "My son is in [a city in Gangwon Province].",
		"Our parents are in Goesan.":            "Our parents are in [a county in North Chungcheong Province].",
		"She was placed in Dangjin.":            "She was placed in [a city in South Chungcheong Province].",
		"He drives a bus in Iksan.":             "He drives a bus in [a city in North Jeolla Province].",
		"We went to Mokpo.":                     "We went to [a city in South Jeolla Province].",
		"Her brother lives in Gimcheon.":        "Her brother lives in [a city in North Gyeongsang Province].",
		"He moved to Geoje.":                    "He moved to [a city in South Gyeongsang Province].",
		"I run a shop in Seogwipo.":             "I run a shop in [a city in Jeju Province].",
		"부평구에서 일해요.":                            "[a district of Incheon]에서 일해요.",
		"남동구에 살아요.":                             "[a district of Incheon]에 살아요.",
		"도봉구로 이사했어요.":                           "[a district of Seoul]로 이사했어요.",
		"지금은 해운대에 살아요.":                         "지금은 [a district of Busan]에 살아요.",
		"광명시에 살아요.":                             "[a city in Gyeonggi Province]에 살아요.",
		"고양시 일산에 살아요.":                          "[a city in Gyeonggi Province]에 살아요.",
		"괴산군에서 농사를 지어요.":                        "[a county in North Chungcheong Province]에서 농사를 지어요.",
		"진도군에 갔어요.":                             "[a county in South Jeolla Province]에 갔어요.",
		"세종시로 이사했어요.":                           "[a city in South Korea]로 이사했어요.",
	})
}

// A district name of several cities (Jung-gu of six, Gangseo of Seoul and Busan) says no
// city on its own: it generalizes to the country. The city named right after it says which.
// A name of both Koreas (Cheorwon, Goseong, Suncheon) generalizes to Korea.
func TestRedteamKrpSharedNames(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Her friend lives in Jung-gu.":        "Her friend lives in [a city in South Korea].",
		"My aunt lives in Jung-gu, Incheon.":  "My aunt lives in [a district of Incheon], [a city in South Korea].",
		"She lives in Seo-gu, Daejeon.":       "She lives in [a district of Daejeon], [a city in South Korea].",
		"She lives in Gangseo-gu.":            "She lives in [a city in South Korea].",
		"She lives in Gangseo, Busan.":        "She lives in [a district of Busan], [a city in South Korea].",
		"그는 중구에 살아요.":                         "그는 [a city in South Korea]에 살아요.",
		"그는 인천 중구에 살아요.":                      "그는 [a city in South Korea]에 살아요.",
		"그는 부산 강서구에 살아요.":                     "그는 [a city in South Korea] [a district of Busan]에 살아요.",
		"남구에서 살았어요.":                          "[a city in South Korea]에서 살았어요.",
		"서구에서 살아요.":                           "[a city in South Korea]에서 살아요.",
		"I grew up in Cheorwon.":              "I grew up in [a county in Korea].",
		"순천에서 태어났어요.":                         "[a city in Korea]에서 태어났어요.",
		"He lives in Suncheon, South Jeolla.": "He lives in [a place in South Jeolla Province], South Jeolla.",
		"I was born in Sunchon.":              "I was born in [a city in South Pyongan Province].",
	})
	// The loader files a shared spelling under what its rows have in common.
	g, err := policies.Gazetteer()
	require.NoError(t, err)
	assert.Equal(t, redact.PlaceEntry{Name: "Jung-gu", Kind: "district", Province: "South Korea", Country: "South Korea"}, g.Places["jung-gu"])
	assert.Equal(t, "Korea", g.Places["cheorwon"].Country)
	assert.Equal(t, "Seoul", g.Places["dobong"].Province)
}

// SharedPlace: the common part of two places, never lower than either.
func TestRedteamKrpSharedPlace(t *testing.T) {
	seoul := redact.PlaceEntry{Name: "Jung-gu", Kind: "district", Province: "Seoul", Country: "South Korea"}
	busan := redact.PlaceEntry{Name: "Jung-gu", Kind: "district", Province: "Busan", Country: "South Korea"}
	north := redact.PlaceEntry{Name: "Kosong", Kind: "county", Province: "Kangwon", Country: "North Korea"}
	china := redact.PlaceEntry{Name: "Jinan", Kind: "city", Province: "Shandong", Country: "China"}
	prov := redact.PlaceEntry{Name: "Kangwon", Kind: "province", Province: "Kangwon", Country: "North Korea"}
	assert.Equal(t, redact.PlaceEntry{Name: "Jung-gu", Kind: "district", Province: "South Korea", Country: "South Korea"}, redact.SharedPlace(seoul, busan))
	assert.Equal(t, redact.SharedPlace(busan, seoul), redact.SharedPlace(seoul, busan))
	assert.Equal(t, redact.PlaceEntry{Name: "Jung-gu", Kind: "city", Province: "Korea", Country: "Korea"}, redact.SharedPlace(north, seoul))
	assert.Equal(t, redact.PlaceEntry{Name: "Jinan", Kind: "city"}, redact.SharedPlace(china, seoul))
	assert.Equal(t, prov, redact.SharedPlace(prov, seoul)) // a province's name stays the province
	assert.Equal(t, seoul, redact.SharedPlace(seoul, seoul))
}

// Must not fire: a district's part that is a common word or a name alone ("Jung", "Dong",
// "Nam", "Seo" as people), Hangul district names that are also words (서구 the West, 북구
// the Nordic countries, 광산 a mine, 사상 ideology, 고양이 a cat, 화성 Mars, 동해 the sea),
// a place that is a given name before an honorific ("원주 씨"), a dog breed, the king.
func TestRedteamKrpMustNotFire(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		"Dong and Buk came later.":             "Dong and Buk came later.",
		"서구 문화에 익숙하지 않았어요.":                    "서구 문화에 익숙하지 않았어요.",
		"북구 나라들은 복지가 좋다.":                      "북구 나라들은 복지가 좋다.",
		"광산에서 일했어요.":                           "광산에서 일했어요.",
		"사상 교육을 받았다.":                          "사상 교육을 받았다.",
		"고양이를 키워요.":                            "고양이를 키워요.",
		"화성에 가고 싶다.":                           "화성에 가고 싶다.",
		"동해 바다를 봤어요.":                          "동해 바다를 봤어요.",
		"당의 영도를 받았다.":                          "당의 영도를 받았다.",
		"만 사천 위안을 냈어요.":                        "[10,000–50,000 위안]을 냈어요.",
		"분당 요금이 올랐어요.":                         "분당 요금이 올랐어요.",
		"세종대왕은 한글을 만들었다.":                      "세종대왕은 한글을 만들었다.",
		"We have a Jindo dog.":                 "We have a Jindo dog.",
		"The Gwangju Uprising was a massacre.": "The Gwangju Uprising was a massacre.",
	})
	// People stay people: a given name that is also a place, and a surname with a given name.
	redactWith(t, "strict", map[string]string{
		"원주 씨가 말했어요.":                        "[Person A] 씨가 말했어요.",
		"성동 선생님은 친절했어요.":                     "[Person A] 선생님은 친절했어요.",
		"Kang Seo-yeon lives in Dobong-gu.":  "[Person A] lives in [a district of Seoul].",
		"Kim Seongju met me at the station.": "[Person A] met me at the station.",
		"Park Boseong is my cousin.":         "[Person A] is my cousin.",
		"In Bupyeong we found a flat.":       "In [a district of Incheon] we found a flat.",
	})
}
