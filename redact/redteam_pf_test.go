package redact_test

import "testing"

// Red team round 4, finding 2: a listed figure after a third person's kin word ("His
// grandfather Kim Il Sung") is the figure's genealogy when no private person is named
// before it whose kin it could be; the Korean "김정은의 아버지 김정일" names the figure's kin
// by the figure's own name. A private person named like a figure's surname ("Kim Sol")
// never takes the figure's label.
func TestPfFigureKin(t *testing.T) {
	cases := map[string]string{
		"His grandfather Kim Il Sung founded the state.":                 "His grandfather Kim Il Sung founded the state.",
		"His father Kim Jong Il ruled later.":                            "His father Kim Jong Il ruled later.",
		"His sister Kim Yo Jong spoke.":                                  "His sister Kim Yo Jong spoke.",
		"His uncle Jang Song Thaek was shot.":                            "His uncle Jang Song Thaek was shot.",
		"김정은의 아버지 김정일도 죽었다.":                                             "김정은의 아버지 김정일도 죽었다.",
		"His grandfather Kim Il Sung founded the state. Kim Sol stayed.": "His grandfather Kim Il Sung founded the state. [Person A] stayed.",
		// must still fire: a private person's kin, a first person's kin
		"My friend Chol came. His uncle Ri Yong-ho drove.": "My friend [Person A] came. His uncle [Relative A] drove.",
		"My grandfather Kim Il Sung was kind.":             "My grandfather [Relative A] was kind.",
		"우리 아버지 김정일도 죽었다.":                                 "우리 아버지 [Person A]도 죽었다.",
		"그의 아버지 김영철도 죽었다.":                                 "그의 아버지 [Person A]도 죽었다.",
	}
	for _, policy := range []string{"base", "strict"} {
		redactWith(t, policy, cases)
	}
}
