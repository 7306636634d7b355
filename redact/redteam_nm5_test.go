package redact_test

import "testing"

// Red-team round 4 (nm5), finding 9: map coordinates find a house as surely as its street
// address, and a MAC or IPv6 address leads to a device as an IPv4 address does. They are
// removed under every policy, and strict no longer reads their degrees as ages or years.
func TestCoordinatesAndNetworkAddresses(t *testing.T) {
	cases := map[string]string{
		"We met at 39.0392° N, 125.7625° E.":                      "We met at [address].",
		"The camp is at 41°24'12\"N 128°10'33\"E near the river.": "The camp is at [address] near the river.",
		"The house was at 42.0456, 128.3012 on the map.":          "The house was at [address] on the map.",
		"Send geo:42.0456,128.3012 to him.":                       "Send geo:[address] to him.",
		"The pin was 41.8012N 129.7744E.":                         "The pin was [address].",
		"It was at -33.8688, 151.2093 then.":                      "It was at [address] then.",
		"위도 41.8012, 경도 129.7744에 집이 있었어요.":                       "위도 [address], 경도 [address]에 집이 있었어요.",
		"북위 41도 48분에 있었어요.":                                       "북위 [address]에 있었어요.",
		"The MAC was 3C:5A:B4:12:9E:07.":                          "The MAC was [ID number].",
		"The server was IPv6 2001:db8::1 at home.":                "The server was IPv6 [handle] at home.",
		"Her router said fe80::1ff:fe23:4567:890a then.":          "Her router said [handle] then.",
		// must not fire: clock times, temperatures, prices, scores and a plain decimal.
		"We left at 12:30:45 that night.": "We left at 12:30:45 that night.",
		"It was -20° outside.":            "It was -20° outside.",
		"Rice cost 2.50, then 3.75.":      "Rice cost 2.50, then 3.75.",
		"The river rose 1.5 m in a day.":  "The river rose 1.5 m in a day.",
	}
	for _, p := range []string{"base", "strict", "pow"} {
		redactWith(t, p, cases)
	}
}
