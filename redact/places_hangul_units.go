package redact

import (
	"strconv"
	"strings"
)

// Korean administrative units the gazetteer does not hold, known by their suffix: a
// district ("사포구역"), a workers' district ("유선노동자구"), a village of four syllables
// ("대오천리") or a city or county ("덕천시", "은덕군") in a place context. The North has
// some two hundred counties and many more districts and villages, renamed now and then; an
// address left out of the gazetteer would otherwise stay in the copy whole. The place takes
// the province of a known place near it (detect), else it is a place of unknown province.

// unitShaped says whether the Hangul token w may be such a unit, so that matchPlaces reads
// it though no gazetteer place begins as it does: its third syllable is 시 or 군, its fourth
// 리, or it holds 구역 or 노동자구 (로동자구).
func unitShaped(w string) bool {
	if len(w) >= 9 && (w[6:9] == "시" || w[6:9] == "군") || len(w) >= 12 && w[9:12] == "리" {
		return true
	}
	return strings.Contains(w, "구역") || strings.Contains(w, "동자구") // 노동자구, or 로동자구 as the North spells it
}

// hangulNotDistricts are the words before 구역 that make an area, not a district:
// "금지구역" (a no-go area), "담당구역" (the area one is assigned to).
var hangulNotDistricts = set("금지", "통제", "보호", "경계", "관할", "선거", "행정", "위험", "작업", "담당", "책임", "경비",
	"군사", "특별", "개발", "주차", "흡연", "금연", "출입", "비무장", "국경", "접경", "관리", "안전", "격리", "봉쇄", "수용",
	"배치", "활동", "감시", "순찰", "전투", "방어", "통행", "재개발", "출입금지", "구획", "판매", "거주", "휴식", "오염",
	"사격", "훈련", "공사", "청소", "분담", "담당자", "해당", "일부", "전체", "다른", "같은", "우리", "이웃", "주거", "상업",
	"공업", "농업", "제한", "지정", "영업", "진입", "접근", "무장", "중립", "완충", "점령", "해방", "분쟁", "피해", "재난")

// hangulNotCounties are the words before 시 or 군 that make a time ("비상시", "필요시") or an
// army ("인민군", "의용군"), not a city or county.
var hangulNotCounties = set("비상", "유사", "필요", "평상", "전쟁", "출근", "퇴근", "야간", "주간", "도착", "출발", "발생", "긴급",
	"유고", "사용", "위반", "이동", "입국", "출국", "체포", "검거", "귀가", "근무", "식사", "작업", "훈련", "사고", "화재", "정전",
	"인민", "국방", "해방", "의용", "정부", "반란", "연합", "지원", "점령", "경비", "동맹", "원정", "토벌", "혁명", "유격", "항일",
	"독립", "소련", "일본", "미국", "한국", "중국", "남한", "북한", "조선", "러시아", "적", "아군", "국군", "우리", "상대", "정규",
	"예비", "민병", "빨치", "십자", "구세", "감시", "도시", "신도", "대도", "소도", "중소", "위성", "광역", "특별", "직할", "임시")

// hangulHomeCues before a unit make it where someone is from: "고향은 덕천시예요".
var hangulHomeCues = []string{"고향", "출신", "태어난", "태어났", "살던", "살았던", "주소"}

// unknownHangulUnit matches cand, the Hangul token w at i without its ending, as a unit the
// gazetteer does not hold, with suffix and kind as hangulAdminSuffix gives them.
func unknownHangulUnit(norm string, toks []token, i int, w, cand, stem, suffix, kind string, h *hangulIndex) (placeMatch, bool) {
	if gluedToLatin(norm, toks, i) || hangulNotPlaces[cand] {
		return placeMatch{}, false
	}
	n := runeCount(stem)
	if !sinoKoreanShaped(stem) {
		return placeMatch{}, false // a loanword or a foreign name ("드미트리")
	}
	ok := false
	switch suffix {
	case "노동자구", "로동자구":
		ok = n >= 2 && n <= 3
	case "구역":
		// "전구역" (the whole area) is no name: two syllables or three, as the
		// districts are ("수남구역", "모란봉구역").
		ok = n >= 2 && n <= 3 && !hangulNotDistricts[stem]
	case "리":
		// A village of four syllables, where a common word would more often end in a
		// noun ("가장자리"): with an ending or in a place context.
		ok = n == 3 && !commonNounInUnit(cand) && (cand != w || strongUnitCue(norm, toks, i, h))
	case "시", "군":
		// A city or county: most common words in 시 or 군 say a time or an army, so
		// only in a place context.
		ok = n == 2 && !hangulNotCounties[stem] && !hangulNotPlaces[stem] &&
			(strongUnitCue(norm, toks, i, h) || suffix == "군" && placeWordContext(norm, toks, i, w[len(cand):], h))
	}
	if !ok {
		return placeMatch{}, false
	}
	return placeMatch{from: i, to: i + 1, byteEnd: toks[i].s + len(cand), entry: PlaceEntry{Name: cand, Kind: kind},
		rule: "admin-suffix", reason: "Hangul administrative unit " + strconv.Quote(suffix) + " unknown to the gazetteer", score: 0.7}, true
}

// strongUnitCue says whether the Hangul word at i stands where a place does: after a province
// or place ("평안남도 덕천시"), after a word of origin in the two words before it ("고향은
// 덕천시예요"), or before a smaller unit ("은덕군 학송리", "김정숙군 신파노동자구").
func strongUnitCue(norm string, toks []token, i int, h *hangulIndex) bool {
	if placeWordContext(norm, toks, i, "", h) {
		return true // a place before it, or a place noun after it
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if toks[k].kind != tokHangul || !isSpaceGap(gapBefore(norm, toks, k+1)) {
			break
		}
		if hasAnyPrefix(toks[k].text(norm), hangulHomeCues) {
			return true
		}
	}
	if i+1 < len(toks) && toks[i+1].kind == tokHangul && isSpaceGap(gapBefore(norm, toks, i+1)) {
		nx := stripPlaceEndings(toks[i+1].text(norm))
		if runeCount(nx) >= 3 && !hangulNotPlaces[nx] && !commonNounInUnit(nx) {
			for _, sfx := range [...]string{"리", "동", "구역", "동자구", "읍", "면"} {
				if strings.HasSuffix(nx, sfx) {
					return true
				}
			}
		}
	}
	return false
}

// hangulNounsInRi are common words of three syllables in 리 whose last two are no noun of
// hangulNotPlaces ("사투리", "울타리").
var hangulNounsInRi = set("사투리", "울타리", "꾀꼬리", "메아리", "개나리", "종아리", "소쿠리", "오가리", "실마리", "너구리",
	"도토리", "가오리", "회오리", "쪼가리", "두루마리", "부스러기", "새우리", "가장자리", "오지랖리", "보자기리", "물동이리",
	"나머지리", "칼로리", "얼마리", "이따리", "기우리", "그저리", "한가리", "도마리", "해바라기리", "까치발리", "곰팡이리")

// commonNounInUnit says whether the word w, which ends in 리 or 동, is a common word: its
// last two syllables are one ("끝자리", "목소리", "사거리", "돌다리", "뒷머리"), or it is
// listed.
func commonNounInUnit(w string) bool {
	if hangulNounsInRi[w] {
		return true
	}
	if len(w) >= 9 && runeCount(w) >= 3 {
		if hangulNotPlaces[w[len(w)-6:]] {
			return true
		}
	}
	return false
}

// sinoKoreanShaped says whether every syllable of the Hangul word w can be read from a Chinese
// character, as the names of Korean units are: no final but ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ, no ㅋ or double
// consonant first, no ㅔ, ㅒ or ㅞ, no ㅡ without a final, no 러. Loanwords and foreign names
// in Hangul have such syllables ("드미트리", "카테고리", "액세서리").
func sinoKoreanShaped(w string) bool {
	for _, r := range w {
		if r < 0xAC00 || r > 0xD7A3 {
			return false
		}
		c := int(r - 0xAC00)
		ini, vow, fin := c/588, c%588/28, c%28
		switch {
		case fin != 0 && fin != 1 && fin != 4 && fin != 8 && fin != 16 && fin != 17 && fin != 21:
			return false
		case ini == 1 || ini == 4 || ini == 8 || ini == 10 || ini == 13 || ini == 15:
			return false
		case vow == 5 || vow == 3 || vow == 15:
			return false
		case vow == 18 && fin == 0:
			return false
		case ini == 5 && vow == 4:
			return false
		}
	}
	return true
}
